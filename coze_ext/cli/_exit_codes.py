"""The exit codes of `coze`, and the `coze --help` text that documents them."""

from __future__ import annotations

EXIT_API = 1
EXIT_USAGE = 2  # click's own code for a bad command, option or argument
EXIT_AUTH = 3
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report it

EPILOG = f"""\b
Exit codes:
  0    success
  {EXIT_API}    an API or connection error (the Coze code, message and logid are printed), no
       sound to play on, or a file or address that cannot be used
  {EXIT_USAGE}    a usage error: a bad command, option or argument, or a value refused before sending
  {EXIT_AUTH}    an authentication error: no token, a token refused or not allowed, a login denied
  {EXIT_INTERRUPTED}  interrupted (Ctrl-C)
"""
