"""`import cozepy` and its attributes."""

import os

import coze_ext
import coze_ext.types

coze = coze_ext.Coze(token=os.environ["COZE_API_TOKEN"], base_url=coze_ext.COZE_CN_BASE_URL)
print(coze_ext.RoleType.USER, coze_ext.types.DatasetDocumentBase)
