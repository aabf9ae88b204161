"""`import cozepy` and its attributes."""

import os

import cozepy

coze = cozepy.Coze(auth=cozepy.TokenAuth(os.environ["COZE_API_TOKEN"]), base_url=cozepy.COZE_CN_BASE_URL)
print(cozepy.MessageRole.USER, cozepy.DocumentBase)
