"""The spec portability gate: a mainstream generator takes openapi/coze.yaml without a word.

Runs the stock openapi-python-client (the version pinned in requirements-dev.txt) over the
spec with the settings in codegen/portability.yaml, and fails if it prints anything beyond
its "Generating <path>" line (a warning about a construct it cannot read, an error, a
skipped post-hook) or exits non-zero. Then it type-checks the client it wrote with
`mypy --strict`, and fails on any error. So the spec stays plain OpenAPI that anyone may
generate a working client from; our own generator reads the `x-coze-*` extensions, which
stock generators ignore.

Usage: python codegen/portability.py [--spec openapi/coze.yaml] [--config codegen/portability.yaml] --out DIR

DIR is a scratch folder, emptied first and left behind for a look (`make portability`
removes it).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GENERATOR = "openapi-python-client"
# Neither step can hang the build: both are bounded well above their few seconds here.
TIMEOUT = 600.0


class GateError(Exception):
    """The stock generator complained, or its output does not type-check."""


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--spec", type=Path, default=ROOT / "openapi" / "coze.yaml")
    parser.add_argument("--config", type=Path, default=ROOT / "codegen" / "portability.yaml")
    parser.add_argument("--out", type=Path, required=True, help="scratch folder for the generated client")
    options = parser.parse_args()
    try:
        print(check(options.spec.resolve(), options.config.resolve(), options.out.resolve()))
    except GateError as error:
        print(f"portability: {error}", file=sys.stderr)
        return 1
    return 0


def check(spec: Path, config: Path, out: Path) -> str:
    """Generate a client from `spec` into `out` and type-check it; the summary, or GateError."""
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    package = generate(spec, config, out / "client")
    typecheck(package, out)
    modules = list(package.rglob("*.py"))
    lines = sum(len(path.read_text(encoding="utf-8").splitlines()) for path in modules)
    return (
        f"portability: {GENERATOR} {version(GENERATOR)} generated {len(modules)} modules ({lines} lines) "
        f"from {spec.name} without a warning, and mypy --strict passes on them"
    )


def generate(spec: Path, config: Path, project: Path) -> Path:
    """Run the stock generator; the package it wrote."""
    command = [sys.executable, "-m", "openapi_python_client", "generate", "--path", str(spec)]
    command += ["--config", str(config), "--output-path", str(project), "--fail-on-warning"]
    # Its post-hooks run `ruff` by name: the one installed beside this Python.
    path = os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")])
    done = run(command, cwd=project.parent, env={**os.environ, "PATH": path, "NO_COLOR": "1"})
    said = [line for line in done.stdout.splitlines() + done.stderr.splitlines() if line.strip()]
    extra = [line for line in said if not line.startswith("Generating ")]
    if done.returncode != 0 or extra:
        raise GateError(
            f"{GENERATOR} {version(GENERATOR)} does not take {spec.name} cleanly "
            f"(exit {done.returncode}):\n" + "\n".join(said)
        )
    packages = [path.parent for path in project.glob("*/__init__.py")]
    if len(packages) != 1:
        raise GateError(f"expected one generated package in {project}, found {len(packages)}")
    return packages[0]


def typecheck(package: Path, out: Path) -> None:
    """mypy --strict over the generated package, with a config of its own (not the repo's)."""
    config = out / "mypy.ini"
    config.write_text("[mypy]\nstrict = True\n", encoding="utf-8")
    command = [sys.executable, "-m", "mypy", "--config-file", str(config), "--cache-dir", str(out / ".mypy_cache")]
    done = run([*command, package.name], cwd=package.parent)
    if done.returncode != 0:
        raise GateError(f"mypy --strict fails on the client {GENERATOR} generated:\n{done.stdout}{done.stderr}")


def run(command: list[str], cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=TIMEOUT, check=False)
    except subprocess.TimeoutExpired as error:
        raise GateError(f"{' '.join(command[:4])} did not finish in {TIMEOUT:.0f} s") from error


if __name__ == "__main__":
    sys.exit(main())
