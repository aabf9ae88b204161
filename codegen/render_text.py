"""Small helpers for writing Python source: headers, docstrings, wrapped text."""

from __future__ import annotations

import re

HEADER = '"""{doc}\n\nGenerated from openapi/coze.yaml by `make gen`; never edit by hand.\n"""\n\n'

BUILTIN_NAMES = ("list", "dict", "str", "int", "float", "bool", "bytes", "type", "object")


def header(doc: str) -> str:
    return HEADER.format(doc=doc)


def clean(text: str) -> str:
    """One line of spec prose, safe inside a triple-quoted docstring."""
    return " ".join(str(text).split()).replace("\\", "\\\\").replace('"""', "'''").rstrip('"')


def wrap(text: str, width: int = 88, first: str = "", rest: str = "") -> list[str]:
    words = clean(text).split(" ")
    lines: list[str] = []
    current = first
    for word in words:
        if len(current) + len(word) + 1 > width and current.strip():
            lines.append(current)
            current = rest + word
        else:
            current = (current + " " + word) if current.strip() else (rest if lines else first) + word
    if current.strip():
        lines.append(current)
    return lines


def docstring(text: str, indent: str, extra: list[str] | None = None) -> str:
    """A docstring: a summary line from `text`, then `extra` lines (already formatted)."""
    lines = wrap(text or "", 88 - len(indent)) or [""]
    if extra:
        lines += ["", *extra]
    if len(lines) == 1:
        return f'{indent}"""{lines[0]}"""\n'
    body = "\n".join((indent + line) if line else "" for line in lines)
    return f'{indent}"""{body.lstrip()}\n{indent}"""\n'


def builtin_safe(annotation: str, shadowed: set[str]) -> str:
    """Spell out builtins a class body shadows (a `list` method, a `type` field)."""
    for name in shadowed & set(BUILTIN_NAMES):
        annotation = re.sub(rf"(?<![\w.]){name}\b", f"builtins.{name}", annotation)
    return annotation


def indent(lines: list[str], prefix: str = "    ") -> list[str]:
    return [prefix + line if line else line for line in lines]
