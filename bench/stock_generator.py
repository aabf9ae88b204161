"""The generator decision, measured: the stock openapi-python-client's client for our spec
against our generated package (docs/contributing.md, "Why our own generator").

    .venv/bin/python bench/stock_generator.py [--rounds 20] [--size small] [--venv DIR]

1. Its output: codegen/portability.py generates the stock client (the pinned version, the
   gate's settings) and type-checks it with mypy --strict; its summary line is printed.
2. What it keeps of our `x-coze-*` extensions: how many the spec carries, how many its
   document model reads, and the fields of the objects its templates receive (`Endpoint`,
   `EndpointCollection`, `GeneratorData`): none is an extension or the raw operation.
3. Import cost, in fresh interpreters of a clean venv (built as bench/import_time.py builds
   its own: this project as a wheel, all bytecode compiled; plus attrs and python-dateutil
   at the versions in .venv, and the stock client copied into site-packages). The child
   times only the statement; cases take turns within a round; each figure is the best
   round (median beside it). Model definitions alone (httpx and attrs already imported),
   then cold, as a user pays them, then attrs and `dateutil.parser` by themselves. Last,
   attrs apart from everything else: one module of 500 made-up classes with five fields
   each (the stock models' shape: optional fields and `additional_properties`), defined with
   `attrs.define` against as plain slotted classes.
"""

from __future__ import annotations

import argparse
import dataclasses
import shutil
import statistics
import subprocess
import sys
import tempfile
from collections import Counter
from importlib.metadata import version
from pathlib import Path

import yaml
from import_time import prepare, run_child, step
from openapi_python_client.parser.openapi import Endpoint, EndpointCollection, GeneratorData
from openapi_python_client.schema import OpenAPI

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "coze.yaml"
STOCK = "coze_open_api_client"  # the package name it derives from the spec's title
METHODS = ("get", "put", "post", "delete", "patch")
ALL_OURS = "from coze_api.models import *"  # the lazy index loads every model module for it
CASES: dict[str, tuple[str, str]] = {
    "stock models, definitions alone": ("import httpx, attrs", f"import {STOCK}.models"),
    "our models, definitions alone": ("import httpx", ALL_OURS),
    "stock models, cold": ("", f"import {STOCK}.models"),
    "our models, cold": ("", ALL_OURS),
    "our models index (lazy), cold": ("", "import coze_api.models"),
    "import attrs": ("", "import attrs"),
    "import dateutil.parser": ("", "import dateutil.parser"),
}


# A child times one statement after its setup, so each figure is that statement alone.
CHILD = "import time\n{setup}\nstarted = time.perf_counter()\n{timed}\nprint(time.perf_counter() - started)\n"


@dataclasses.dataclass(frozen=True)
class Timing:
    """Seconds per round of one case: the best and the median of the rounds."""

    best: float
    median: float


def interleaved_children(python: Path, cases: dict[str, tuple[str, str]], rounds: int) -> dict[str, Timing]:
    """Each case once per round in a fresh interpreter, the cases taking turns, so a busy
    moment of the machine slows them all rather than one."""
    times: dict[str, list[float]] = {name: [] for name in cases}
    for _ in range(rounds):
        for name, (setup, timed) in cases.items():
            times[name].append(float(run_child(python, CHILD.format(setup=setup, timed=timed)).split()[-1]))
    return {name: Timing(min(values), statistics.median(values)) for name, values in times.items()}


def ratio(label: str, ours: float, peer: float, target: str) -> None:
    """One ratio line: `label: 1.23x (target ...)`."""
    print(f"{label + ':':<56} {ours / peer:>7.2f}x  (target {target})")


SYNTHETIC = 500
# One made-up class each way, `{i}` its number: five fields as the stock models have them.
ATTRS_CLASS = """
@define
class C{i}:
    a: str
    b: int | None = None
    c: str | None = None
    d: list[str] | None = None
    additional_properties: dict[str, object] = field(init=False, factory=dict)
"""
PLAIN_CLASS = """
class C{i}:
    __slots__ = ("a", "b", "c", "d", "additional_properties")

    def __init__(self, a: str, b: int | None = None, c: str | None = None, d: list[str] | None = None) -> None:
        self.a, self.b, self.c, self.d, self.additional_properties = a, b, c, d, {{}}
"""


def synthetic_cases(folder: Path) -> dict[str, tuple[str, str]]:
    """The made-up modules, written to `folder`, and the cases importing them (attrs already imported)."""
    sources = {
        "attrs": "from attrs import define, field\n" + "".join(ATTRS_CLASS.format(i=i) for i in range(SYNTHETIC)),
        "plain": "".join(PLAIN_CLASS.format(i=i) for i in range(SYNTHETIC)),
    }
    folder.mkdir(parents=True, exist_ok=True)
    for kind, source in sources.items():
        (folder / f"synthetic_{kind}.py").write_text("from __future__ import annotations\n" + source, encoding="utf-8")
    setup = f"import sys, attrs\nsys.path.insert(0, {str(folder)!r})"
    return {f"{SYNTHETIC} classes, {kind}": (setup, f"import synthetic_{kind}") for kind in sources}


def stock_output(out: Path) -> Path:
    """Generate and type-check the stock client (the portability gate); its package."""
    done = subprocess.run(
        [sys.executable, str(ROOT / "codegen" / "portability.py"), "--out", str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"the portability gate failed:\n{done.stderr}")
    print(f"1. {done.stdout.strip().removeprefix('portability: ')}")
    return out / "client" / STOCK


def extensions() -> None:
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    operations = [op for item in spec["paths"].values() for method, op in item.items() if method in METHODS]
    used = Counter(key for op in operations for key in op if key.startswith("x-coze-"))
    top = {key: len(value) for key, value in spec.items() if key.startswith("x-coze-")}
    print(f"\n2. coze.yaml: {len(operations)} operations; operation extensions: {dict(sorted(used.items()))}")
    print(f"   top-level extensions (entries): {top}")
    document = OpenAPI.model_validate(spec)
    parsed = [getattr(item, method) for item in document.paths.values() for method in METHODS]
    kept = sum(1 for op in parsed if op is not None for key in op.model_extra or {} if key.startswith("x-coze-"))
    print(f"   the stock document model reads them: {kept} operation extensions kept as pydantic extras")
    for cls in (Endpoint, EndpointCollection, GeneratorData):
        names = [field.name for field in dataclasses.fields(cls)]
        print(f"   but its templates receive {cls.__name__}, with fields {names}")


def prepared(venv: Path, package: Path) -> Path:
    """The clean venv, with attrs, python-dateutil and the stock client added; its python."""
    python = prepare(venv)
    step(str(python), "-m", "pip", "install", "--quiet", f"attrs=={version('attrs')}")
    step(str(python), "-m", "pip", "install", "--quiet", f"python-dateutil=={version('python-dateutil')}")
    site = Path(run_child(python, "import sysconfig; print(sysconfig.get_paths()['purelib'])").strip())
    shutil.rmtree(site / STOCK, ignore_errors=True)
    shutil.copytree(package, site / STOCK)
    step(str(python), "-m", "compileall", "-q", str(venv))
    return python


def import_costs(python: Path, rounds: int, scratch: Path) -> None:
    synthetic = synthetic_cases(scratch)
    step(str(python), "-m", "compileall", "-q", str(scratch))
    counts = run_child(
        python,
        f"import {STOCK}.models as s, coze_api.models as o; print(len(s.__all__), len(o.__all__))",
    ).split()
    timings = interleaved_children(python, {**CASES, **synthetic}, rounds)
    print(f"\n3. import, fresh interpreters of a clean venv, best of {rounds} rounds, Python {sys.version.split()[0]}")
    stock_classes, our_classes = int(counts[0]), int(counts[1])
    print(f"   classes: stock models {stock_classes} (attrs), ours {our_classes} (slotted classes)")
    for name, timing in timings.items():
        print(f"   {name:>34}: {timing.best * 1000:>8.2f} ms best, {timing.median * 1000:>8.2f} ms median")
    stock_each = timings["stock models, definitions alone"].best / stock_classes
    our_each = timings["our models, definitions alone"].best / our_classes
    print(f"   per class, definitions alone: stock {stock_each * 1e6:.0f} us, ours {our_each * 1e6:.0f} us")
    for kind in ("definitions alone", "cold"):
        stock, ours = timings[f"stock models, {kind}"].best, timings[f"our models, {kind}"].best
        ratio(f"   stock / our models, {kind} (time)", stock, ours, "none")
    attrs_made, plain = (timings[f"{SYNTHETIC} classes, {kind}"].best for kind in ("attrs", "plain"))
    ratio(f"   attrs.define / plain slotted, {SYNTHETIC} made-up classes (time)", attrs_made, plain, "none")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, help="fresh interpreters per case (default 20, small: 1)")
    parser.add_argument("--size", choices=("full", "small"), default="full", help="small: a quick smoke run")
    parser.add_argument("--venv", type=Path, help="build the clean venv here and keep it (default: a temporary one)")
    args = parser.parse_args()
    rounds = args.rounds or (1 if args.size == "small" else 20)
    with tempfile.TemporaryDirectory(prefix="coze-stock-") as folder:
        package = stock_output(Path(folder) / "stock")
        extensions()
        python = prepared((args.venv or Path(folder) / "venv").resolve(), package)
        import_costs(python, rounds, Path(folder) / "synthetic")


if __name__ == "__main__":
    main()
