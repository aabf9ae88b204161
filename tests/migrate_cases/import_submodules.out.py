"""Names imported from cozepy's submodules: public ones are mapped, others stay for a person."""

from coze_ext import COZE_COM_BASE_URL
from cozepy.log import log_info

from coze_ext import Coze

coze = Coze(token="pat_example", base_url=COZE_COM_BASE_URL)
# coze migrate: cozepy.log.log_info has no equivalent mapped here (see docs/migration.md#every-cozepy-name)
log_info("client ready")
