"""``cardentry key create`` / ``export-public`` / ``backup`` / ``restore`` / ``rotate``: the partner's
signing key."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from cardentry.cli.common import (
    EXIT_USAGE,
    Context,
    fail,
    json_option,
    opened_store,
    pass_context,
    print_json,
)
from cardentry.cli.passphrase import (
    BACKUP_REMINDER,
    NEW_PASSPHRASE_VARIABLE,
    passphrase_file_option,
    read_passphrase,
)
from cardentry.partner import rotation
from cardentry.storage import keys
from cardentry.storage.profile import read_info
from cardentry.storage.store import utc_now


def require_partner(ctx: Context) -> dict[str, Any]:
    """The partner profile's organisation (exit 2 if there is no partner profile here)."""
    with opened_store(ctx) as store:
        info = read_info(store)
    if info.role != "partner":
        fail("Signing keys belong to partner profiles; this is a secretariat profile.", EXIT_USAGE)
    return {"name": info.organisation, "email": info.email}


def load_key_or_exit(ctx: Context) -> keys.KeyFile:
    require_partner(ctx)
    try:
        return keys.load_profile_key(ctx.data_dir)
    except keys.KeyFileError as error:
        fail(str(error), EXIT_USAGE)


def unlock_or_exit(key_file: keys.KeyFile, passphrase: str) -> Any:
    """The private key, or exit 2 (nothing written) on a wrong passphrase or broken file."""
    try:
        return key_file.unlock(passphrase)
    except keys.WrongPassphrase:
        fail("Wrong passphrase; nothing was written.", EXIT_USAGE)
    except keys.KeyFileError as error:
        fail(f"{error}; nothing was written.", EXIT_USAGE)


def ensure_sealing_key_or_exit(
    ctx: Context, key_file: keys.KeyFile, passphrase_file: Path | None, passphrase: str | None = None
) -> keys.KeyFile:
    """The partner's sealing key file; made first (after the passphrase opens the signing
    key) when the profile predates feedback, saying so on stderr."""
    with opened_store(ctx) as store:
        try:
            existing = keys.load_sealing_key(store)
        except keys.KeyFileError as error:
            fail(str(error), EXIT_USAGE)
    if existing is not None:
        return existing
    if passphrase is None:
        passphrase = read_passphrase(passphrase_file, prompt="Passphrase of your signing key")
    unlock_or_exit(key_file, passphrase)
    with opened_store(ctx) as store:
        sealing, _ = keys.ensure_sealing_key(store, passphrase, organisation=key_file.organisation)
    click.echo(
        f"Made your sealing key {sealing.fingerprint}: the secretariat seals its feedback to it. "
        "Send the secretariat your public key file again ('cardentry key export-public').",
        err=True,
    )
    return sealing


def key_identity(key_file: keys.KeyFile) -> dict[str, str]:
    return {
        "key_id": key_file.key_id,
        "fingerprint": key_file.fingerprint,
        "public_key": key_file.public_key_b64,
    }


def key_summary(key_file: keys.KeyFile) -> dict[str, Any]:
    return {**key_identity(key_file), "created_at": key_file.created_at, "kdf": key_file.kdf["name"]}


@click.group("key")
def group() -> None:
    """Your signing key: make, back up, restore, export the public half."""


@group.command("create")
@passphrase_file_option()
@json_option
@pass_context
def create(ctx: Context, passphrase_file: Path | None, as_json: bool) -> None:
    """Make the signing key of a partner profile that has none (after init without one)."""
    organisation = require_partner(ctx)
    if keys.has_key(ctx.data_dir):
        fail(f"This profile already has a signing key ({keys.key_path(ctx.data_dir)}).", EXIT_USAGE)
    passphrase = read_passphrase(passphrase_file, new=True, prompt="New passphrase for your signing key")
    key_file = keys.create_profile_key(ctx.data_dir, passphrase, organisation=organisation)
    with opened_store(ctx) as store:
        keys.ensure_sealing_key(store, passphrase, organisation=organisation)
    if as_json:
        print_json(key_summary(key_file))
        return
    click.echo(f"Created signing key {key_file.fingerprint}.")
    click.echo(BACKUP_REMINDER, err=True)


@group.command("export-public")
@click.option(
    "--out",
    required=True,
    type=click.Path(path_type=Path),
    help="File (or folder) for the public key file to send the secretariat.",
)
@passphrase_file_option(help="Only asked when the sealing key must be made first (else no passphrase).")
@json_option
@pass_context
def export_public(ctx: Context, out: Path, passphrase_file: Path | None, as_json: bool) -> None:
    """Write the public key file, version 2 with your sealing key (no passphrase needed:
    it holds no secret; a profile made before feedback existed makes its sealing key first)."""
    key_file = load_key_or_exit(ctx)
    sealing = ensure_sealing_key_or_exit(ctx, key_file, passphrase_file)
    try:
        path = keys.write_public_key_file(out, key_file, sealing)
    except OSError as error:
        fail(f"cannot write {out}: {error.strerror}", EXIT_USAGE)
    if as_json:
        print_json(
            {
                "path": str(path),
                **key_summary(key_file),
                "format_version": 2,
                "sealing_key_id": sealing.key_id,
            }
        )
        return
    click.echo(str(path))
    click.echo(
        f"Send it to the secretariat, then confirm this fingerprint with them by phone or in person: "
        f"{key_file.fingerprint}",
        err=True,
    )


@group.command("backup")
@click.option(
    "--out",
    required=True,
    type=click.Path(path_type=Path),
    help="File (or folder) for the backup: the key file, still encrypted.",
)
@pass_context
def backup(ctx: Context, out: Path) -> None:
    """Copy the encrypted key file for safe keeping or a new laptop (same passphrase)."""
    key_file = load_key_or_exit(ctx)
    try:
        path = keys.backup_key(ctx.data_dir, out)
    except (OSError, keys.KeyFileError) as error:
        fail(f"cannot write the backup: {error}", EXIT_USAGE)
    with opened_store(ctx) as store:
        store.set_setting(keys.BACKED_UP_SETTING, utc_now())
    click.echo(str(path))
    click.echo(
        f"Backed up key {key_file.fingerprint}. Keep it away from this laptop; it opens only with "
        "your passphrase, which you must remember.",
        err=True,
    )


@group.command("restore")
@click.argument("source", type=click.Path(dir_okay=False, exists=True, path_type=Path))
@click.option("--replace", is_flag=True, help="Replace a different key this profile already has.")
@passphrase_file_option()
@json_option
@pass_context
def restore(ctx: Context, source: Path, replace: bool, passphrase_file: Path | None, as_json: bool) -> None:
    """Install a backed-up key (checked with its passphrase first)."""
    require_partner(ctx)
    try:
        key_file = keys.read_key_file(source)
    except keys.KeyFileError as error:
        fail(str(error), EXIT_USAGE)
    passphrase = read_passphrase(passphrase_file, prompt="Passphrase of the backed-up key")
    try:
        key_file = keys.restore_key(ctx.data_dir, source, passphrase, replace_existing=replace)
    except keys.WrongPassphrase:
        fail("Wrong passphrase; nothing was written.", EXIT_USAGE)
    except keys.KeyFileError as error:
        fail(str(error), EXIT_USAGE)
    with opened_store(ctx) as store:
        store.set_setting(keys.BACKED_UP_SETTING, utc_now())  # it came from a backup
    if as_json:
        print_json(key_summary(key_file))
    else:
        click.echo(f"Restored signing key {key_file.fingerprint}.")


@group.command("rotate")
@click.option(
    "--out",
    required=True,
    help="File, or folder to put them in, for the rotation statement and the new public key file.",
)
@passphrase_file_option(help="Read the current passphrase from this file (else $CARDENTRY_PASSPHRASE).")
@passphrase_file_option(
    "--new-passphrase-file",
    help="Encrypt the new key under the passphrase in this file (default: the current passphrase).",
)
@json_option
@pass_context
def rotate(
    ctx: Context, out: str, passphrase_file: Path | None, new_passphrase_file: Path | None, as_json: bool
) -> None:
    """Replace your signing key by a new one that your current key vouches for.

    Writes a rotation statement (signed by both keys) and the new public key file: send
    both to the secretariat. The old key file is kept as keys/retired-<key id>.json.
    """
    organisation = require_partner(ctx)
    old_file = load_key_or_exit(ctx)
    passphrase = read_passphrase(passphrase_file, prompt="Passphrase of your current signing key")
    unlock_or_exit(old_file, passphrase)  # a wrong passphrase: exit 2 before the new one is asked
    new_passphrase = (
        read_passphrase(new_passphrase_file, new=True, variable=NEW_PASSPHRASE_VARIABLE)
        if new_passphrase_file is not None
        else None
    )
    try:
        result = rotation.rotate_profile_key(
            ctx.data_dir, passphrase, out, new_passphrase=new_passphrase, organisation=organisation
        )
    except keys.WrongPassphrase:
        fail("Wrong passphrase; nothing was written.", EXIT_USAGE)
    except (keys.KeyFileError, keys.PassphraseTooShort) as error:
        fail(f"{error}; the signing key was not changed.", EXIT_USAGE)
    except OSError as error:
        fail(f"cannot write {out}: {error.strerror or error}; the signing key was not changed.", EXIT_USAGE)
    with opened_store(ctx) as store:
        store.set_setting(keys.BACKED_UP_SETTING, None)  # the new key has no backup yet
    if as_json:
        print_json(
            {
                "statement": str(result.statement_path),
                "public_key_file": str(result.public_key_path),
                "retired": str(result.retired_path),
                "old_key_id": result.old_key.key_id,
                **key_summary(result.new_key),
            }
        )
        return
    click.echo(str(result.statement_path))
    click.echo(str(result.public_key_path))
    click.echo(
        f"Your signing key is now {result.new_key.fingerprint} (was {result.old_key.fingerprint}). "
        "Send both files to the secretariat; your next export is signed with the new key.",
        err=True,
    )
    click.echo(BACKUP_REMINDER, err=True)
