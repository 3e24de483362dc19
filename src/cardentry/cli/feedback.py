"""``cardentry feedback new`` / ``import`` / ``list``: the secretariat's signed answer to a card.

network-format.md, "Command line additions". ``new`` (secretariat) signs the answer to a
partner's current revision with the network signing key, sealed to the partner's sealing
key when its trusted key file carries one; ``import`` (partner) checks and keeps feedback
files, sealed or plain, one outcome per file; ``list`` shows what a partner received (or,
on a secretariat profile, what was sent).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from cardentry.base import strictjson
from cardentry.bundleformat.feedback import STATUSES
from cardentry.bundleformat.models import Country, Cycle, field_problem_of_type
from cardentry.cli.common import (
    EXIT_FAILED,
    EXIT_USAGE,
    Context,
    fail,
    json_option,
    opened_store,
    pass_context,
    print_json,
)
from cardentry.cli.passphrase import passphrase_file_option, read_passphrase
from cardentry.cli.secretariat import partner_store, secretariat_store
from cardentry.partner import feedback as partner_feedback
from cardentry.secretariat import feedback as secretariat_feedback
from cardentry.secretariat.trust import printable
from cardentry.storage import keys, network_keys

MAX_FROM_BYTES = 1024 * 1024


@click.group("feedback")
def group() -> None:
    """The secretariat's signed feedback on a partner's card: write, import, list."""


def _read_from(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            value = strictjson.loads(handle.read(MAX_FROM_BYTES + 1))
    except (OSError, strictjson.StrictJSONError) as error:
        fail(f"cannot read {path}: {error}", EXIT_USAGE)
    if not isinstance(value, dict):
        fail(f"{path} must hold a JSON object of message, indicators, published_ranking", EXIT_USAGE)
    return value


@group.command("new")
@click.argument("country")
@click.option("--cycle", required=True, help="The cycle of the card, e.g. 2012.")
@click.option("--partner", "partner_key", required=True, metavar="KEY_ID", help="The partner's key id.")
@click.option("--status", required=True, type=click.Choice(STATUSES), help="What the secretariat decided.")
@click.option("--message", default=None, help="The message to the partner.")
@click.option(
    "--from",
    "from_file",
    type=click.Path(dir_okay=False, exists=True, path_type=Path),
    default=None,
    help="A JSON object with any of message, indicators, published_ranking.",
)
@click.option(
    "--out", required=True, type=click.Path(file_okay=False, path_type=Path), help="Folder to write to."
)
@click.option("--plain", is_flag=True, help="Do not seal, even when the partner has a sealing key.")
@passphrase_file_option(help="Read the network keys' passphrase from this file (else $CARDENTRY_PASSPHRASE).")
@json_option
@pass_context
def new(
    ctx: Context,
    country: str,
    cycle: str,
    partner_key: str,
    status: str,
    message: str | None,
    from_file: Path | None,
    out: Path,
    plain: bool,
    passphrase_file: Path | None,
    as_json: bool,
) -> None:
    """Secretariat: sign (and seal) the answer to a partner's current revision of a card.

    The published ratings and ranking come from the merged card when the status is
    'published'; each decision's reason is offered as its indicator's comment."""
    country = country.upper()
    for label, annotation, value in (("COUNTRY", Country, country), ("--cycle", Cycle, cycle)):
        problem = field_problem_of_type(annotation, value)
        if problem:
            fail(f"{label} {value!r}: {problem}", EXIT_USAGE)
    answers = _read_from(from_file) if from_file else {}
    with secretariat_store(ctx, "feedback new") as store:
        try:
            partner = secretariat_feedback.find_partner(store, country, cycle, partner_key)
            draft = secretariat_feedback.draft_for(store, country, cycle, partner, status)
            draft = secretariat_feedback.apply_answers(draft, answers)
            if message is not None:
                draft.message = message
        except secretariat_feedback.FeedbackError as error:
            fail(str(error), EXIT_USAGE)
    try:
        network = network_keys.load_network_keys(ctx.data_dir)
    except network_keys.NetworkKeysError as error:
        fail(str(error), EXIT_USAGE)
    passphrase = read_passphrase(passphrase_file, prompt="Passphrase of the network keys")
    try:
        signing_key = network.signing.unlock(passphrase)
    except keys.WrongPassphrase:
        fail("Wrong passphrase; nothing was written.", EXIT_USAGE)
    with secretariat_store(ctx, "feedback new") as store:
        try:
            out.mkdir(parents=True, exist_ok=True)
            sent = secretariat_feedback.send_feedback(store, draft, partner, signing_key, out, seal=not plain)
        except secretariat_feedback.FeedbackError as error:
            secretariat_feedback.save_draft(store, draft)  # kept to fix, never lost
            fail(f"{error} (kept as a draft)", EXIT_FAILED, error="invalid_feedback")
        except OSError as error:
            fail(f"cannot write into {out}: {error.strerror or error}; nothing was sent", EXIT_USAGE)
    if as_json:
        print_json({**sent.to_json(), "comments": draft.comment_count})
        return
    click.echo(str(sent.path))
    sealing = (
        "sealed to the partner's key"
        if sent.sealed
        else "not sealed (the partner's key file has no sealing key)"
    )
    click.echo(
        printable(
            f"Feedback '{sent.status}' to {sent.organisation} on revision {sent.revision}, "
            f"{draft.comment_count} comment(s), {sealing}. Send the file to the partner."
        ),
        err=True,
    )


def _keyring(ctx: Context, passphrase_file: Path | None) -> dict[str, Any] | None:
    """The partner's sealing key, by key id (its passphrase asked once), or ``None``."""
    with opened_store(ctx) as store:
        try:
            sealing = keys.load_sealing_key(store)
        except keys.KeyFileError as error:
            fail(str(error), EXIT_USAGE)
    if sealing is None:
        return None
    passphrase = read_passphrase(passphrase_file, prompt="Passphrase of your signing key")
    try:
        return {sealing.key_id: keys.unlock_sealing_key(sealing, passphrase)}
    except keys.WrongPassphrase:
        fail("Wrong passphrase; nothing was imported.", EXIT_USAGE)
    except keys.KeyFileError as error:
        fail(f"{error}; nothing was imported.", EXIT_USAGE)


def _read(path: Path) -> bytes | None:
    try:
        with path.open("rb") as handle:
            return handle.read(8 * 1024 * 1024)
    except OSError:
        return None


@group.command("import")
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=Path))
@passphrase_file_option(
    help="Your passphrase, for sealed feedback (else $CARDENTRY_PASSPHRASE, else a prompt)."
)
@json_option
@pass_context
def import_(ctx: Context, files: tuple[Path, ...], passphrase_file: Path | None, as_json: bool) -> None:
    """Partner: read feedback files from the secretariat, sealed or plain; exit 1 if one is rejected."""
    with partner_store(ctx, "feedback import"):
        pass
    contents = {path: _read(path) for path in files}
    sealed = any(data is not None and partner_feedback.feedback_is_sealed(data) for data in contents.values())
    keyring = _keyring(ctx, passphrase_file) if sealed else None
    results = []
    with partner_store(ctx, "feedback import") as store:
        for path, data in contents.items():
            if data is None:
                results.append(
                    partner_feedback.FeedbackImport(
                        str(path), "rejected", "unreadable", "the file cannot be read"
                    )
                )
                continue
            result = partner_feedback.import_feedback(store, data, str(path), keyring=keyring)
            results.append(result)
        lines = {
            r.assessment_id: partner_feedback.status_line(store, r.assessment_id) for r in results if r.ok
        }
    rejected = [r for r in results if not r.ok]
    if as_json:
        for result in results:
            print_json(result.to_json())
    else:
        for result in results:
            reason = f" ({result.reason}: {result.detail})" if result.status == "rejected" else ""
            click.echo(printable(f"{result.status}{reason}: {result.file}"))
        for line in lines.values():
            if line:
                click.echo(printable(line), err=True)
    if rejected:
        raise SystemExit(EXIT_FAILED)


@group.command("list")
@json_option
@pass_context
def list_(ctx: Context, as_json: bool) -> None:
    """Partner: every feedback kept, per card (the current one marked). Secretariat: what was sent."""
    with opened_store(ctx) as store:
        role = store.get_setting("role")
        if role == "partner":
            rows: list[dict[str, Any]] = [f.to_json() for f in partner_feedback.list_feedback(store)]
        else:
            rows = [s.to_json() for s in secretariat_feedback.list_sent(store)]
    if as_json:
        print_json(rows)
        return
    for row in rows:
        mark = "*" if row.get("current") else " "
        who = row.get("organisation", "")
        comments = (
            sum(1 for e in row.get("indicators", []) if e["comment"].strip()) if "indicators" in row else None
        )
        extra = f", {comments} comment(s)" if comments else ""
        click.echo(
            printable(
                f"{mark} {row['country']} {row['cycle']} r{row['revision']} {row['status']} "
                f"{row['issued_at']}{' ' + who if who else ''}{extra}"
            )
        )
        if role == "partner" and row.get("message"):
            click.echo("    " + printable(row["message"]))
        for entry in row.get("indicators", []):
            if entry["comment"].strip():
                click.echo(f"    {entry['code']}: " + printable(entry["comment"]))
