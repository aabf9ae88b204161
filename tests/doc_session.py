"""One page's Python samples, run as one session: `python tests/doc_session.py` reads them
from stdin as JSON, a list of [page, line, code] (tests/doc_samples.py sends them). Nothing
here imports the SDK, so the samples import what they use themselves."""

from __future__ import annotations

import ast
import asyncio
import inspect
import json
import sys
import traceback
from collections.abc import Sequence


def exec_samples(samples: Sequence[tuple[str, int, str]]) -> int:
    """Run (page, line, code) samples in order in one namespace, as one Python session: a
    sample with a top-level `await` runs on the session's event loop, as in
    `python -m asyncio`. Tracebacks name the page and its line numbers."""
    namespace: dict[str, object] = {"__name__": "__main__"}
    loop = asyncio.new_event_loop()
    for page, line, code in samples:
        print(f"--- {page}:{line}", flush=True)
        try:
            compiled = compile("\n" * (line - 1) + code, page, "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
            result = eval(compiled, namespace)
            if inspect.iscoroutine(result):
                loop.run_until_complete(result)
        except BaseException as error:  # every failure of a sample is reported, SystemExit too
            traceback.print_exception(type(error), error, error.__traceback__.tb_next if error.__traceback__ else None)
            print(f"FAILED: the sample at {page}:{line}", file=sys.stderr, flush=True)
            return 1
    loop.close()
    return 0


if __name__ == "__main__":
    sys.exit(exec_samples([(page, line, code) for page, line, code in json.loads(sys.stdin.read())]))
