"""``cardentry import PATH...``: import bundle files and folders in one go."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import click

from cardentry.cli.common import (
    EXIT_FAILED,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_USAGE,
    Context,
    fail,
    json_option,
    pass_context,
)
from cardentry.cli.passphrase import passphrase_file_option, read_passphrase
from cardentry.cli.secretariat import secretariat_store
from cardentry.secretariat.importer import (
    SKIPPED,
    ImportSummary,
    Keyring,
    count_bundle_files,
    import_paths,
    requires_sealing,
)
from cardentry.secretariat.trust import printable
from cardentry.storage import keys, network_keys

CLEAR_LINE = "\r\x1b[K"


@click.command("import")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@json_option
@click.option("--quiet", "-q", is_flag=True, help="No progress line, only the summary.")
@click.option(
    "--require-sealed",
    is_flag=True,
    help="Reject plain (unsealed) bundles as not_sealed (also the profile setting 'network require-sealed').",
)
@passphrase_file_option(
    help="Read the network keys' passphrase from this file (else $CARDENTRY_PASSPHRASE, else a prompt); "
    "asked once per import, to open sealed files."
)
@pass_context
def import_(
    ctx: Context,
    paths: tuple[Path, ...],
    as_json: bool,
    quiet: bool,
    require_sealed: bool,
    passphrase_file: Path | None,
) -> None:
    """Import bundle files and folders (sealed or plain); goes on past bad files.

    In a folder, every file whose name holds .cpc (X.cpc.json, X.cpc (1).json,
    X.cpc.json.txt, X.cpc.json.zip, X.sealed.cpc.json) or whose first bytes look like a
    bundle is imported; every other file is listed as skipped, with why. Links inside a
    folder are not followed (listed as skipped); a folder that cannot be read is rejected
    (unreadable).

    Exit code 0 when no file was rejected, 1 otherwise, 2 for a wrong passphrase (nothing
    is imported), 130 when interrupted (Ctrl-C: the files done so far stay imported, and
    the summary says how many). With --json, one JSON object per file on stdout, as soon
    as the file is committed: {file, status, reason, detail, bundle_id, country, cycle,
    revision, sealed} (status one of the outcomes, rejected or skipped; "unwrapped" when
    the bundle was inside a zip, an e-mail, UTF-16...).
    """
    summary = ImportSummary()
    show_progress = not quiet and sys.stderr.isatty()
    total = count_bundle_files(paths) if show_progress else 0
    shown_at = 0.0
    interrupted = False
    with secretariat_store(ctx, "import") as store:
        keyring = unlock_sealing_keys(ctx, passphrase_file)
        required = require_sealed or requires_sealing(store)
        try:
            for result in import_paths(store, paths, keyring=keyring, require_sealed=required):
                summary.add(result)
                line = None
                if as_json:
                    line = json.dumps(result.to_json(), ensure_ascii=False)
                elif result.status in ("rejected", SKIPPED):
                    line = printable(f"{result.status} ({result.reason}): {result.file}: {result.detail}")
                if line is not None:
                    if show_progress:
                        click.echo(CLEAR_LINE, nl=False, err=True)
                        shown_at = 0.0
                    click.echo(line)
                if show_progress and (time.monotonic() - shown_at > 0.1 or summary.total == total):
                    shown_at = time.monotonic()
                    counts = ", ".join(f"{n} {o}" for o, n in summary.outcomes.items())
                    click.echo(f"{CLEAR_LINE}{summary.total}/{total} files ({counts})", nl=False, err=True)
        except KeyboardInterrupt:
            interrupted = True
    if show_progress:
        click.echo(CLEAR_LINE, nl=False, err=True)
    outcomes = summary.to_json()["outcomes"]
    lines = [f"{summary.total} file(s): " + ", ".join(f"{n} {o}" for o, n in outcomes.items())]
    if summary.reasons:
        lines.append(
            "rejected by reason: " + ", ".join(f"{r} {n}" for r, n in sorted(summary.reasons.items()))
        )
    if summary.skip_reasons:
        lines.append(
            "skipped (not read as bundles): "
            + ", ".join(f"{r} {n}" for r, n in sorted(summary.skip_reasons.items()))
        )
    if summary.total == 0 and not interrupted:
        lines.append("No file was found: the folder(s) given are empty.")
    if interrupted:
        lines.append(
            f"Interrupted: the {summary.total} file(s) above are done and saved; "
            "run the same import again for the rest (files already imported are duplicates)."
        )
    for line in lines:
        click.echo(line, err=as_json)
    if as_json and interrupted:
        click.echo(json.dumps({"error": "interrupted", "exit_code": EXIT_INTERRUPTED, **summary.to_json()}))
    if interrupted:
        raise SystemExit(EXIT_INTERRUPTED)
    raise SystemExit(EXIT_FAILED if summary.rejected else EXIT_OK)


def unlock_sealing_keys(ctx: Context, passphrase_file: Path | None) -> Keyring | None:
    """The secretariat's sealing keys, unlocked once for the whole import (``None`` if it has
    none: sealed files are then ``not_for_us``); exit 2 before anything is imported on a
    wrong passphrase."""
    if not network_keys.has_network_keys(ctx.data_dir):
        return None
    passphrase = read_passphrase(
        passphrase_file, prompt="Passphrase of the network keys (to open sealed files)"
    )
    try:
        return network_keys.unlock_keyring(ctx.data_dir, passphrase)
    except keys.WrongPassphrase:
        fail("Wrong passphrase; nothing was imported.", EXIT_USAGE)
    except keys.KeyFileError as error:
        fail(f"{error}; nothing was imported.", EXIT_USAGE)


commands = [import_]
