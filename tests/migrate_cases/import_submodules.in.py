"""Names imported from cozepy's submodules: public ones are mapped, others stay for a person."""

from cozepy.auth import TokenAuth
from cozepy.config import COZE_COM_BASE_URL
from cozepy.log import log_info

from cozepy import Coze

coze = Coze(auth=TokenAuth("pat_example"), base_url=COZE_COM_BASE_URL)
log_info("client ready")
