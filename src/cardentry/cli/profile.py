"""``cardentry profile init``, ``profile show`` and ``profile passphrase``."""

from __future__ import annotations

import logging
from pathlib import Path

import click

from cardentry.base.logs import setup_logging
from cardentry.bundleformat.models import validate_countries
from cardentry.cli.common import (
    EXIT_USAGE,
    Context,
    fail,
    json_option,
    opened_store,
    pass_context,
    print_json,
)
from cardentry.cli.keys import key_identity, load_key_or_exit, unlock_or_exit
from cardentry.cli.passphrase import (
    BACKUP_REMINDER,
    NEW_PASSPHRASE_VARIABLE,
    passphrase_file_option,
    read_passphrase,
)
from cardentry.storage import keys
from cardentry.storage.profile import ROLES, ProfileError, init_profile, read_info
from cardentry.storage.store import StoreError

log = logging.getLogger(__name__)


@click.group("profile")
def group() -> None:
    """Create or show the profile (organisation, role, signing key)."""


@group.command("init")
@click.option("--org", "organisation", required=True, help="Your organisation's name.")
@click.option("--email", default=None, help="Contact e-mail written into bundles.")
@click.option("--role", type=click.Choice(ROLES), required=True)
@click.option("--countries", default="", help="ISO3 codes you cover, comma-separated (partners).")
@click.option(
    "--key-from",
    type=click.Path(dir_okay=False, exists=True, path_type=Path),
    default=None,
    help="Partner on a new laptop: restore this key backup instead of making a new key.",
)
@passphrase_file_option(
    help="Partner: read the key's passphrase from this file (else $CARDENTRY_PASSPHRASE, else a prompt)."
)
@json_option
@pass_context
def init(
    ctx: Context,
    organisation: str,
    email: str | None,
    role: str,
    countries: str,
    key_from: Path | None,
    passphrase_file: Path | None,
    as_json: bool,
) -> None:
    """Create the profile, its database and (for a partner) the signing key."""
    codes, problems = validate_countries(countries)
    if problems:
        fail("; ".join(problems), EXIT_USAGE)
    if key_from is not None and role != "partner":
        fail("--key-from is for partner profiles.", EXIT_USAGE)
    passphrase = None
    backup = None
    if role == "partner":
        if key_from is not None:
            try:
                backup = keys.read_key_file(key_from)
            except keys.KeyFileError as error:
                fail(str(error), EXIT_USAGE)
            passphrase = read_passphrase(passphrase_file, prompt="Passphrase of the backed-up key")
            try:
                backup.unlock(passphrase)
            except keys.KeyFileError as error:  # wrong passphrase: nothing written yet
                fail(f"{error} Nothing was written.", EXIT_USAGE)
        else:
            passphrase = read_passphrase(
                passphrase_file, new=True, prompt="New passphrase for your signing key"
            )
    try:
        store = init_profile(
            ctx.data_dir,
            role=role,
            organisation=organisation,
            email=email,
            countries=codes,
            passphrase=passphrase if backup is None else None,
        )
    except (ProfileError, StoreError) as error:
        fail(str(error), EXIT_USAGE)
    setup_logging(ctx.data_dir)
    log.info("%s profile created by the command line", role)
    with store:
        info = read_info(store)
    key_file = None
    if key_from is not None and passphrase is not None:
        key_file = keys.restore_key(ctx.data_dir, key_from, passphrase)
    elif role == "partner":
        key_file = keys.load_profile_key(ctx.data_dir)
    if as_json:
        print_json(
            {
                "data_dir": str(ctx.data_dir),
                "role": info.role,
                "organisation": info.organisation,
                "email": info.email,
                **(key_identity(key_file) if key_file else {}),
            }
        )
    else:
        click.echo(f"Created a {role} profile for {organisation} in {ctx.data_dir}")
        if key_file is not None:
            click.echo(f"Signing key: {key_file.fingerprint}")
    if key_file is not None and backup is None:
        click.echo(BACKUP_REMINDER, err=True)


@group.command("show")
@json_option
@pass_context
def show(ctx: Context, as_json: bool) -> None:
    """Organisation, role and folder of the profile; a partner's key id, fingerprint, public key."""
    with opened_store(ctx) as store:
        info = read_info(store)
        backed_up_at = store.get_setting(keys.BACKED_UP_SETTING)
    data = {
        "data_dir": str(ctx.data_dir),
        "role": info.role,
        "organisation": info.organisation,
        "email": info.email,
        "countries": list(info.countries),
    }
    key_file = None
    if info.role == "partner":
        try:
            key_file = keys.load_profile_key(ctx.data_dir)
        except keys.KeyFileError as error:
            click.echo(f"Warning: {error}", err=True)
        empty = {"key_id": None, "fingerprint": None, "public_key": None}
        data.update(key_identity(key_file) if key_file else empty)
        data["key_backed_up_at"] = backed_up_at
    if as_json:
        print_json(data)
        return
    for key, value in data.items():
        click.echo(f"{key}: {value if value not in (None, []) else '-'}")
    if key_file is not None and backed_up_at is None:
        click.echo(BACKUP_REMINDER, err=True)


@group.command("passphrase")
@passphrase_file_option(help="Read the current passphrase from this file (else $CARDENTRY_PASSPHRASE).")
@passphrase_file_option(
    "--new-passphrase-file",
    help=f"Read the new passphrase from this file (else ${NEW_PASSPHRASE_VARIABLE}, else a prompt).",
)
@pass_context
def passphrase(ctx: Context, passphrase_file: Path | None, new_passphrase_file: Path | None) -> None:
    """Change the passphrase of your signing key (the key itself stays the same)."""
    key_file = load_key_or_exit(ctx)
    old = read_passphrase(passphrase_file, prompt="Current passphrase")
    unlock_or_exit(key_file, old)  # a wrong passphrase: exit 2 before the new one is asked
    new = read_passphrase(
        new_passphrase_file, new=True, variable=NEW_PASSPHRASE_VARIABLE, prompt="New passphrase"
    )
    try:
        keys.change_passphrase(ctx.data_dir, old, new)
    except keys.KeyFileError as error:
        fail(f"{error}; nothing was written.", EXIT_USAGE)
    click.echo(
        f"Changed the passphrase of key {key_file.fingerprint}. Make a new backup: "
        "old backups still open with the old passphrase."
    )


@group.command("recover")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@pass_context
def recover(ctx: Context, yes: bool) -> None:
    """Set a damaged database aside (never deleted) and restore the newest healthy backup."""
    from cardentry.storage.backups import list_backups
    from cardentry.storage.backups import recover as recover_database
    from cardentry.storage.profile import ProfilePaths
    from cardentry.storage.store import DatabaseDamaged, check_database_file

    paths = ProfilePaths(ctx.data_dir)
    if not paths.database.exists():
        fail(f"No database in {ctx.data_dir}; nothing to recover.", EXIT_USAGE)
    try:
        check_database_file(paths.database)
    except DatabaseDamaged as error:
        click.echo(f"{error}")
    else:
        fail(f"The database in {ctx.data_dir} is healthy; nothing was changed.", EXIT_USAGE)
    backups = list_backups(paths.backups)
    newest = (
        f"the backup of {backups[0].made_at:%Y-%m-%d %H:%M} UTC" if backups else "no backup (none exists)"
    )
    if not yes and not click.confirm(f"Set the damaged file aside and restore {newest}?", default=True):
        fail("Nothing was changed.", EXIT_USAGE)
    setup_logging(ctx.data_dir)  # the recovery is logged in the profile
    damaged, restored = recover_database(paths.database, paths.backups)
    click.echo(f"The damaged database was kept as {damaged}.")
    if restored is None:
        click.echo("No healthy backup was found: the profile must be created again (profile init).")
    else:
        click.echo(f"Restored the backup made {restored.made_at:%Y-%m-%d %H:%M} UTC ({restored.reason}).")
