"""A name bound by a cozepy import and also elsewhere is left to a person, and keeps its import."""

from cozepy import MessageRole

try:
    from cozepy import Coze, TokenAuth
except ImportError:
    Coze = None

if Coze is not None:
    coze = Coze(auth=TokenAuth("pat_example"))
print(MessageRole.USER)
