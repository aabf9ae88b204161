"""Module attributes loaded on first use (PEP 562), for the package's public namespaces.

`import coze_ext` (or `coze_ext.types`, `coze_ext.websockets`) must cost next to nothing:
each public name is imported from its home module only when read, then cached.
"""


def lazy_exports(
    package: str, exports: dict[str, tuple[str, ...]], *, also: tuple[str, ...] = ()
) -> tuple[object, object]:
    """The `__getattr__` and `__dir__` of a module whose names live in `exports` (module,
    relative to `package` or absolute -> its public names); `__dir__` lists `also` too
    (submodules...)."""
    homes = {name: module for module, names in exports.items() for name in names}

    def __getattr__(name: str) -> object:
        import importlib
        import sys

        module = homes.get(name)
        if module is None:
            from .migrate._hints import missing_name  # an old cozepy name says what to use instead

            raise missing_name(package, name)
        value = getattr(importlib.import_module(module, package), name)
        setattr(sys.modules[package], name, value)
        return value

    def __dir__() -> list[str]:
        return sorted([*homes, *also])

    return __getattr__, __dir__
