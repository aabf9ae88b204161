"""A name bound by a cozepy import and also elsewhere is left to a person, and keeps its import."""

from coze_ext import RoleType

try:
    from coze_ext import TokenAuth
    from cozepy import Coze
except ImportError:
    Coze = None

# coze migrate: Coze is bound by a cozepy import and again elsewhere: port it by hand (see docs/migration.md#every-cozepy-name)
if Coze is not None:
    # coze migrate: Coze is bound by a cozepy import and again elsewhere: port it by hand (see docs/migration.md#every-cozepy-name)
    coze = Coze(auth=TokenAuth("pat_example"))
print(RoleType.USER)
