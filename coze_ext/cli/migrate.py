"""`coze migrate PATH...`: rewrite code written for cozepy into code for this SDK."""

from __future__ import annotations

import sys

import click


@click.command("migrate")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("--diff", "mode", flag_value="diff", default=True, help="Print a unified diff (the default).")
@click.option("--write", "mode", flag_value="write", help="Rewrite the files in place.")
@click.option("--check", is_flag=True, help="Exit 1 when a file would change (for CI).")
def command(paths: tuple[str, ...], mode: str, check: bool) -> None:
    """Rewrite Python code written for cozepy into code for coze_ext.

    Reads each file named and the .py files under each folder (honouring .gitignore),
    rewrites imports, client set-up and the calls whose name or shape changed, and marks
    what needs a person with a `# coze migrate:` comment pointing at the migration guide.
    Prints a diff unless --write; a summary line goes to stderr.
    """
    try:
        from ..migrate._run import migrate_paths
    except ImportError as error:  # libcst, from the migrate extra, is missing
        raise click.ClickException(f"coze migrate needs libcst: pip install 'coze-ext[migrate]' ({error})") from None
    report = migrate_paths(paths, write=mode == "write")
    if mode == "diff":
        for diff in report.diffs:
            click.echo(diff, nl=False)
    for problem in report.errors:
        click.echo(f"error: {problem}", err=True)
    click.echo(report.summary(), err=True)
    if report.errors or (check and report.changed):
        sys.exit(1)
