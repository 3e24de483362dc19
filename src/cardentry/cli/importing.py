"""``cardentry import PATH...``: import bundle files and folders in one go."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import click

from cardentry.cli.common import EXIT_FAILED, EXIT_OK, Context, json_option, pass_context
from cardentry.cli.secretariat import secretariat_store
from cardentry.secretariat.importer import ImportSummary, count_bundle_files, import_paths

CLEAR_LINE = "\r\x1b[K"


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
    shown_at = 0.0
    with secretariat_store(ctx, "import") as store:
        for result in import_paths(store, paths):
            summary.add(result)
            line = None
            if as_json:
                line = json.dumps(result.to_json(), ensure_ascii=False)
            elif result.status == "rejected":
                line = f"rejected ({result.reason}): {result.file}: {result.detail}"
            if line is not None:
                if show_progress:
                    click.echo(CLEAR_LINE, nl=False, err=True)
                    shown_at = 0.0
                click.echo(line)
            if show_progress and (time.monotonic() - shown_at > 0.1 or summary.total == total):
                shown_at = time.monotonic()
                counts = ", ".join(f"{n} {o}" for o, n in summary.outcomes.items())
                click.echo(f"{CLEAR_LINE}{summary.total}/{total} files ({counts})", nl=False, err=True)
    if show_progress:
        click.echo(CLEAR_LINE, nl=False, err=True)
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
