"""Moving from cozepy: the name mapping, the hints old names get, and `coze migrate`.

`cozepy.toml` maps every public name of cozepy 0.20 to its equivalent here (or says why
none is needed) and lists the calls whose name or shape changed. The migration guide's
table, the import hints and the `coze migrate` codemod are all built from it. The codemod
needs libcst (`pip install 'coze-ext[migrate]'`) and is imported only by `coze migrate`;
the rest of this package uses the standard library only, and nothing is imported here so
that the hints cost nothing until an unknown name is asked for.
"""
