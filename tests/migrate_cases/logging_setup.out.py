"""setup_logging is the standard logging module's set-up."""

import logging

logging.basicConfig(level=logging.DEBUG)
logging.basicConfig(level=logging.INFO)
