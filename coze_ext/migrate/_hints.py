"""What an old cozepy name says when it is asked of `coze_ext` (or `coze_ext.types`,
`coze_ext.websockets`): the name to use instead, or why none is needed.

    from coze_ext import MessageRole
    ImportError: cannot import name 'MessageRole' from 'coze_ext': for cozepy's MessageRole
    use RoleType (from coze_ext import RoleType); see docs/migration.md#chat

CPython turns an AttributeError raised by a module's `__getattr__` under `from m import X`
into a generic "cannot import name" ImportError, dropping the message; an ImportError
raised there is passed on as it is. So for a cozepy name the error is an ImportError when
the caller is executing that import (its frame is at an IMPORT_FROM instruction), and an
AttributeError otherwise (`coze_ext.MessageRole`, `hasattr`, `getattr`).

Any other unknown name gets the plain AttributeError at once: tools probe modules with
`hasattr`, so the mapping is parsed only for a name its [names] table lists, found by a
plain text search of the file.
"""

from __future__ import annotations

import os
import sys
from types import FrameType

_MAPPING_FILE = os.path.join(os.path.dirname(__file__), "cozepy.toml")
_HOOK_MODULES = frozenset({"coze_ext._lazy", __name__})
_listed: frozenset[str] = frozenset()  # the [names] table's names, read on first need


def missing_name(package: str, name: str) -> Exception:
    """The error to raise for `name`, which module `package` does not have."""
    plain = f"module {package!r} has no attribute {name!r}"
    entry = None
    if _listed_name(name):
        from ._mapping import load

        entry = load().names.get(name)
    if entry is None:
        return AttributeError(plain, name=name, obj=sys.modules.get(package))
    advice = f"{entry.advice()}; see {entry.where}"
    if _importing_from(sys._getframe(1)):
        return ImportError(f"cannot import name {name!r} from {package!r}: {advice}", name=package)
    return AttributeError(f"{plain}: {advice}", name=name, obj=sys.modules.get(package))


def _listed_name(name: str) -> bool:
    """Whether `name` has an entry in the mapping's [names] table (`Name = {...}` lines)."""
    global _listed
    if name.startswith("_"):
        return False
    if not _listed:
        with open(_MAPPING_FILE, encoding="utf-8") as file:
            text = file.read()
        start = text.index("\n[names]\n")
        end = text.find("\n[", start + 1)
        lines = text[start : end if end != -1 else len(text)].splitlines()
        _listed = frozenset(line.partition(" = ")[0] for line in lines if " = " in line)
    return name in _listed


def _importing_from(frame: FrameType | None) -> bool:
    """Whether the first frame outside the lazy-export hook is running `from m import name`."""
    import opcode

    while frame is not None and frame.f_globals.get("__name__") in _HOOK_MODULES:
        frame = frame.f_back
    return frame is not None and frame.f_code.co_code[frame.f_lasti] == opcode.opmap["IMPORT_FROM"]
