"""``cardentry export`` / ``exports list`` / ``verify``: signed bundles out, and checked."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import click

from cardentry.bundleformat.networkkey import NetworkKey
from cardentry.bundleformat.sealed import sealed_file_recipient
from cardentry.bundleformat.verify import Verification, describe, verify_bundle, verify_file
from cardentry.cli.common import (
    EXIT_FAILED,
    EXIT_USAGE,
    Context,
    error_json,
    fail,
    json_option,
    opened_store,
    pass_context,
    print_json,
)
from cardentry.cli.keys import ensure_sealing_key_or_exit, load_key_or_exit, unlock_or_exit
from cardentry.cli.passphrase import BACKUP_REMINDER, passphrase_file_option, read_passphrase
from cardentry.cli.secretariat import partner_store
from cardentry.partner import export as bundle_export
from cardentry.secretariat import attachments
from cardentry.secretariat.trust import printable
from cardentry.storage import keys
from cardentry.storage.profile import ProfilePaths, exists, open_store
from cardentry.storage.store import NotFound, StorageFailure, StoreError

OUT_HELP = (
    "File, or folder to put it in under the standard name (a folder is created if the name "
    "does not end in .json). Default: the profile's exports folder."
)


@click.command("export")
@click.argument("assessment_id")
@click.option("--out", default=None, help=OUT_HELP)
@click.option(
    "--revision",
    type=click.IntRange(1),
    default=None,
    help="Write a past revision again, byte for byte as first exported (no passphrase).",
)
@click.option(
    "--sealed/--plain",
    "sealed",
    default=None,
    help="Seal the file so only the secretariat can read it (the default once a network key is "
    "accepted), or write it plain.",
)
@passphrase_file_option()
@json_option
@pass_context
def export(
    ctx: Context,
    assessment_id: str,
    out: str | None,
    revision: int | None,
    sealed: bool | None,
    passphrase_file: Path | None,
    as_json: bool,
) -> None:
    """Sign the next revision of a card and write it as a bundle; print its path and bundle_id.

    Once the secretariat's network key is accepted ('network accept') the file is sealed:
    only the secretariat can read it on its way ('...-rN.sealed.cpc.json')."""
    out = out or str(ProfilePaths(ctx.data_dir).exports) + "/"
    if revision is not None:
        _resave(ctx, assessment_id, revision, out, as_json, sealed)
        return
    with partner_store(ctx, "export") as store:
        try:
            check = bundle_export.check_export(store, assessment_id)
            bundle_export.sealing_key_for(store, sealed)
        except (NotFound, bundle_export.NotSealable) as error:
            fail(str(error), EXIT_USAGE)
    if not check.ok:
        message = f"the card cannot be exported; {len(check.problems)} problem(s)"
        if as_json:  # one JSON object on stdout, every problem in it
            extra = {"exported": False, "problems": [p.model_dump() for p in check.problems]}
            error_json(message, EXIT_FAILED, "cannot_export", extra)
            raise SystemExit(EXIT_FAILED)
        click.echo(f"Error: {message}:", err=True)
        for problem in check.problems:
            click.echo(f"  {problem}", err=True)
        raise SystemExit(EXIT_FAILED)
    key_file = load_key_or_exit(ctx)
    passphrase = read_passphrase(passphrase_file)
    private_key = unlock_or_exit(key_file, passphrase)
    ensure_sealing_key_or_exit(ctx, key_file, None, passphrase)  # a profile older than feedback
    with opened_store(ctx) as store:
        try:
            result = bundle_export.export_card(store, assessment_id, private_key, out, sealed=sealed)
        except bundle_export.ExportRefused as error:  # changed since the check (another window)
            fail("; ".join(map(str, [error, *error.problems])), EXIT_FAILED)
        except StorageFailure as error:
            fail(str(error), EXIT_USAGE)
        except (OSError, StoreError) as error:
            fail(f"nothing was exported: {error}", EXIT_USAGE)
        backed_up = store.get_setting(keys.BACKED_UP_SETTING) is not None
    if as_json:
        print_json(
            {
                "exported": True,
                "path": str(result.path),
                "bundle_id": result.bundle_id,
                "assessment_id": result.assessment_id,
                "revision": result.revision,
                "key_id": key_file.key_id,
                "sealed": result.sealed,
                "sealed_to": result.sealed_to.name if result.sealed_to else None,
                "internal_left_out": {"evidence": result.internal_evidence, "notes": result.internal_notes},
                "warnings": result.warnings,
            }
        )
    else:
        click.echo(str(result.path))
        click.echo(result.bundle_id)
        click.echo(_sealing_note(result.sealed_to), err=True)
        if result.internal_evidence or result.internal_notes:
            click.echo(
                f"Stayed on this computer (internal, never exported): {result.internal_evidence} evidence "
                f"item(s), internal notes of {result.internal_notes} indicator(s).",
                err=True,
            )
    for warning in result.warnings:
        click.echo(f"Warning: {warning}", err=True)
    if not backed_up and not as_json:
        click.echo(BACKUP_REMINDER, err=True)


def _sealing_note(sealed_to: NetworkKey | None) -> str:
    if sealed_to is None:
        return "Not sealed: anyone who sees the file can read the card."
    return f"Sealed: only {sealed_to.name} can read this file."


def _resave(
    ctx: Context, assessment_id: str, revision: int, out: str, as_json: bool, sealed: bool | None
) -> None:
    with opened_store(ctx) as store:
        try:
            seal_to = bundle_export.sealing_key_for(store, sealed)
            path = bundle_export.resave_export(store, assessment_id, revision, out, sealed=sealed)
            record = next(
                r for r in bundle_export.list_exports(store, assessment_id) if r.revision == revision
            )
        except (NotFound, bundle_export.NotSealable) as error:
            fail(str(error), EXIT_USAGE)
        except OSError as error:
            fail(f"cannot write {out}: {error.strerror}", EXIT_USAGE)
    if as_json:
        print_json(
            {
                "exported": True,
                "path": str(path),
                **_record(record),
                "sealed": seal_to is not None,
                "sealed_to": seal_to.name if seal_to else None,
            }
        )
    else:
        click.echo(str(path))
        click.echo(record.bundle_id)
        click.echo(_sealing_note(seal_to), err=True)


def _record(record: bundle_export.ExportRecord) -> dict[str, Any]:
    return {
        "bundle_id": record.bundle_id,
        "assessment_id": record.assessment_id,
        "revision": record.revision,
        "exported_at": record.exported_at,
        "file_name": record.file_name,
        "bytes": record.size,
    }


@click.group("exports")
def exports() -> None:
    """The bundles you exported: what was sent when."""


@exports.command("list")
@click.argument("assessment_id")
@json_option
@pass_context
def exports_list(ctx: Context, assessment_id: str, as_json: bool) -> None:
    """Every exported revision of a card, oldest first (re-send one with export --revision N)."""
    with opened_store(ctx) as store:
        try:
            records = bundle_export.list_exports(store, assessment_id)
        except NotFound as error:
            fail(str(error), EXIT_USAGE)
    if as_json:
        print_json([_record(record) for record in records])
        return
    if not records:
        click.echo("Not exported yet.")
    for record in records:
        click.echo(f"r{record.revision}  {record.exported_at}  {record.bundle_id}  {record.file_name}")


NOT_CHECKED: dict[str, Any] = {"trusted": None, "key_state": None, "own_key": None}


def _key_state(ctx: Context, key_id: str | None) -> dict[str, Any]:
    """``trusted`` (bool or None without a usable profile) and ``key_state`` for a key."""
    if key_id is None or not exists(ctx.data_dir):
        return dict(NOT_CHECKED)
    from cardentry.secretariat.trust import key_state

    try:
        store = open_store(ctx.data_dir)
    except StoreError as error:
        click.echo(f"Note: trust not checked: {error}", err=True)
        return dict(NOT_CHECKED)
    with store:
        state = key_state(store, key_id)
    try:
        own = keys.load_profile_key(ctx.data_dir).key_id == key_id
    except keys.KeyFileError:  # no key, or an unreadable one
        own = False
    return {"trusted": state == "trusted", "key_state": state or "unknown", "own_key": own}


def _unwrapped(file: Path, verification: Verification) -> tuple[Verification, str | None]:
    """A file that is not JSON as it is may be a bundle an e-mail program wrapped (zip,
    base64, UTF-16...): verify what is inside, as the import does; a refusal says what to do."""
    if verification.reason != "malformed_json":
        return verification, None
    data = file.read_bytes()  # at most 5 MiB: check 1 passed
    try:
        opened = attachments.unwrap(data)
    except attachments.UnwrapError as error:
        return Verification(ok=False, reason=error.reason, detail=str(error)), None
    if opened.steps:
        verification = verify_bundle(opened.data)
    if not verification.ok:
        advice = attachments.advice(opened.data, verification.reason, verification.detail)
        verification = dataclasses.replace(verification, detail=advice)
    return verification, opened.how


@click.command("verify")
@click.argument("file", type=click.Path(dir_okay=False, exists=True, path_type=Path))
@json_option
@pass_context
def verify(ctx: Context, file: Path, as_json: bool) -> None:
    """Check a bundle (checks 1-6 of the format) without importing it; exit 1 if it fails."""
    if not file.is_file():  # a pipe or a device: reading it could block forever
        fail(f"{file} is not a regular file (a pipe or a device); nothing was read", EXIT_USAGE)
    try:
        verification = verify_file(file)
        verification, unwrapped = _unwrapped(file, verification)
    except OSError as error:
        fail(f"cannot read {file}: {error.strerror}", EXIT_USAGE)
    trust = _key_state(ctx, verification.key_id) if verification.ok else NOT_CHECKED
    result = {**describe(verification, file), **trust}
    if unwrapped:
        result["unwrapped"] = unwrapped
    if as_json:
        print_json(result)
    else:
        click.echo(f"{file}: {'valid' if verification.ok else 'REJECTED: ' + str(verification.reason)}")
        click.echo(f"  {printable(verification.detail)}")
        recipient = sealed_file_recipient(file) if verification.reason == "unsupported_format" else None
        if recipient is not None:
            click.echo(
                f"  This is a sealed file: only the secretariat holding the key {recipient} can open it "
                "and check the card inside ('cardentry import'). Send it as it is."
            )
        if verification.ok:
            for name in ("organisation", "country", "cycle", "revision", "bundle_id", "exported_at"):
                click.echo(f"  {name}: {printable(str(result[name]))}")
            trusted = {True: "yes", False: "no", None: "not checked (no profile here)"}[result["trusted"]]
            state = f" ({result['key_state']})" if result["key_state"] else ""
            click.echo(f"  key: {result['key_id']} ({result['fingerprint']}), trusted: {trusted}{state}")
    raise SystemExit(0 if verification.ok else EXIT_FAILED)


commands = (export, exports, verify)
