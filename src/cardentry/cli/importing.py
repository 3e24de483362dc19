"""``cardentry import PATH...``: import bundle files and folders in one go."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from cardentry.cli.common import EXIT_FAILED, EXIT_OK, Context, json_option, pass_context, print_json
from cardentry.cli.secretariat import secretariat_store
from cardentry.importer import ImportSummary, count_bundle_files, import_paths


@click.command("import")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@json_option
@click.option("--quiet", "-q", is_flag=True, help="No progress line, only the summary.")
@pass_context
def import_(ctx: Context, paths: tuple[Path, ...], as_json: bool, quiet: bool) -> None:
    """Import bundle files and folders (*.cpc.json); goes on past bad files.

    Exit code 0 when no file was rejected, 1 otherwise. With --json, one JSON object per
    file on stdout: {file, status, reason, detail, bundle_id, country, cycle, revision}.
    """
    summary = ImportSummary()
    show_progress = not quiet and sys.stderr.isatty()
    total = count_bundle_files(paths) if show_progress else 0
    with secretariat_store(ctx, "import") as store:
        for result in import_paths(store, paths):
            summary.add(result)
            if as_json:
                print_json(result.to_json())
            elif result.status == "rejected":
                click.echo(f"rejected ({result.reason}): {result.file}: {result.detail}")
            if show_progress:
                click.echo(f"\r{summary.total}/{total} files", nl=False, err=True)
    if show_progress:
        click.echo("", err=True)
    lines = [
        f"{summary.total} file(s): " + ", ".join(f"{n} {o}" for o, n in summary.to_json()["outcomes"].items())
    ]
    if summary.reasons:
        lines.append(
            "rejected by reason: " + ", ".join(f"{r} {n}" for r, n in sorted(summary.reasons.items()))
        )
    for line in lines:
        click.echo(line, err=as_json)
    raise SystemExit(EXIT_FAILED if summary.rejected else EXIT_OK)


commands = [import_]
