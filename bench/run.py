"""`make bench`: every benchmark, one after the other, each printing ratios against its peer.

- import_time.py: cold `import coze_ext` against `import cozepy`, both installed in a clean venv.
- request.py: sequential `chat.retrieve` calls/s against a bare httpx client and cozepy.
- parse.py: a 5,000-message list, end to end and the model step alone, against cozepy.
- stream.py: chat-stream events per second against cozepy and a raw httpx loop.
- memory.py: peak memory of a 100 MiB upload from a path and download to a file.
- stock_generator.py: the stock openapi-python-client's client for our spec against ours.

`--size small` runs each with tiny sizes and one round: a smoke run that proves they work,
not a measurement.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SMALL = {
    "import_time.py": ["--size", "small"],
    "request.py": ["--size", "small", "--rounds", "1"],
    "parse.py": ["--size", "small", "--rounds", "1"],
    "stream.py": ["--deltas", "100", "--rounds", "1"],
    "memory.py": ["--mb", "2"],
    "stock_generator.py": ["--size", "small"],
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", choices=("full", "small"), default="full")
    size = parser.parse_args().size
    failed = 0
    for script, small_args in SMALL.items():
        print(f"\n== bench/{script}", flush=True)
        extra = small_args if size == "small" else []
        failed |= subprocess.run([sys.executable, str(HERE / script), *extra], check=False).returncode
    return failed


if __name__ == "__main__":
    sys.exit(main())
