"""`make bench`: every benchmark, one after the other, each printing ratios against its peer.

- stream.py: chat-stream events per second, coze_ext against cozepy and a raw httpx loop.
- memory.py: peak memory of a 100 MiB upload from a path and download to a file.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    failed = 0
    for script in ("stream.py", "memory.py"):
        print(f"\n== bench/{script}", flush=True)
        failed |= subprocess.run([sys.executable, str(HERE / script)], check=False).returncode
    return failed


if __name__ == "__main__":
    sys.exit(main())
