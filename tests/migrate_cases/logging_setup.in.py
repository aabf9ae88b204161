"""setup_logging is the standard logging module's set-up."""

import logging

from cozepy import setup_logging

setup_logging(logging.DEBUG)
setup_logging(level=logging.INFO)
