"""``cardentry network init|export|rotate|backup|restore`` (secretariat) and ``network accept|show``
(partner): the network key file that partners seal their cards to (network-format.md)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from cardentry.bundleformat.networkkey import NetworkKey, NetworkKeyError
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
from cardentry.storage import keys, network_keys
from cardentry.storage.profile import read_info
from cardentry.storage.store import utc_now

PROMPT = "Passphrase of the network keys"


def _require_role(ctx: Context, role: str) -> dict[str, Any]:
    with opened_store(ctx) as store:
        info = read_info(store)
    if info.role != role:
        other = "partners" if role == "partner" else "the secretariat"
        fail(f"this command is for {other}; this is a {info.role} profile.", EXIT_USAGE)
    return {"name": info.organisation, "email": info.email}


def _load_or_exit(ctx: Context) -> network_keys.NetworkKeys:
    try:
        return network_keys.load_network_keys(ctx.data_dir)
    except keys.KeyFileError as error:
        fail(str(error), EXIT_USAGE)


def read_network_passphrase(passphrase_file: Path | None) -> str:
    return read_passphrase(passphrase_file, prompt=PROMPT)


@click.group("network")
def group() -> None:
    """The network key: the secretariat's keys, and the key partners seal their cards to."""


@group.command("init")
@passphrase_file_option(
    help="Read the new passphrase from this file (else $CARDENTRY_PASSPHRASE, else a prompt)."
)
@json_option
@pass_context
def init(ctx: Context, passphrase_file: Path | None, as_json: bool) -> None:
    """Secretariat: make the signing and sealing keys, encrypted with a passphrase."""
    organisation = _require_role(ctx, "secretariat")
    if network_keys.has_network_keys(ctx.data_dir):
        fail("this profile already has network keys; nothing was changed (see 'network rotate').", EXIT_USAGE)
    passphrase = read_passphrase(passphrase_file, new=True, prompt="New passphrase for the network keys")
    try:
        network = network_keys.init_network(ctx.data_dir, passphrase, organisation=organisation)
    except (keys.KeyFileError, keys.PassphraseTooShort) as error:
        fail(str(error), EXIT_USAGE)
    with opened_store(ctx) as store:
        store.set_setting(network_keys.BACKED_UP_SETTING, None)
    if as_json:
        print_json(network.to_json())
    else:
        click.echo(f"Signing key (partners compare it by phone): {network.signing.fingerprint}")
        click.echo(f"Sealing key: {network.sealing.fingerprint}")
        click.echo("Next: 'cardentry network export --out FILE' and send the file to every partner.")
    click.echo(f"IMPORTANT: {network_keys.LOST_KEY_WARNING}", err=True)


@group.command("export")
@click.option("--out", required=True, type=click.Path(path_type=Path), help="File or folder.")
@passphrase_file_option()
@json_option
@pass_context
def export(ctx: Context, out: Path, passphrase_file: Path | None, as_json: bool) -> None:
    """Secretariat: write the self-signed network key file to send to partners."""
    _require_role(ctx, "secretariat")
    _load_or_exit(ctx)
    passphrase = read_network_passphrase(passphrase_file)
    try:
        key = network_keys.network_key(ctx.data_dir, passphrase)
        path = network_keys.write_network_key(out, key)
    except keys.WrongPassphrase:
        fail("Wrong passphrase; nothing was written.", EXIT_USAGE)
    except keys.KeyFileError as error:
        fail(f"{error}; nothing was written.", EXIT_USAGE)
    except OSError as error:
        fail(f"cannot write {out}: {error.strerror or error}", EXIT_USAGE)
    if as_json:
        print_json({"path": str(path), **key.to_json()})
        return
    click.echo(str(path))
    click.echo(
        f"Send it to every partner; they compare this fingerprint with you by phone: {key.fingerprint}",
        err=True,
    )


@group.command("rotate")
@passphrase_file_option()
@json_option
@pass_context
def rotate(ctx: Context, passphrase_file: Path | None, as_json: bool) -> None:
    """Secretariat: a new sealing key; the old one is kept to open what was sealed to it."""
    _require_role(ctx, "secretariat")
    _load_or_exit(ctx)
    passphrase = read_network_passphrase(passphrase_file)
    try:
        old, new = network_keys.rotate_sealing_key(ctx.data_dir, passphrase)
    except keys.WrongPassphrase:
        fail("Wrong passphrase; nothing was changed.", EXIT_USAGE)
    except keys.KeyFileError as error:
        fail(f"{error}; nothing was changed.", EXIT_USAGE)
    with opened_store(ctx) as store:
        store.set_setting(network_keys.BACKED_UP_SETTING, None)
    if as_json:
        print_json({"old_sealing_key_id": old.key_id, "sealing_key_id": new.key_id})
    else:
        click.echo(
            f"New sealing key {new.fingerprint}; {old.fingerprint} is retired and still opens old files."
        )
        click.echo("Export the network key file again and send it to every partner.")
    click.echo(f"IMPORTANT: {network_keys.LOST_KEY_WARNING}", err=True)


@group.command("backup")
@click.option("--out", required=True, type=click.Path(path_type=Path), help="File or folder.")
@pass_context
def backup(ctx: Context, out: Path) -> None:
    """Secretariat: copy every network key (still encrypted) into one backup file."""
    _require_role(ctx, "secretariat")
    _load_or_exit(ctx)
    try:
        path = network_keys.backup_network(ctx.data_dir, out)
    except (OSError, keys.KeyFileError) as error:
        fail(f"cannot write the backup: {error}", EXIT_USAGE)
    with opened_store(ctx) as store:
        store.set_setting(network_keys.BACKED_UP_SETTING, utc_now())
    click.echo(str(path))
    click.echo(
        "Keep it on a USB stick away from this computer; it opens only with the passphrase. "
        "Without it, a lost sealing key means no sealed card can ever be read.",
        err=True,
    )


@group.command("restore")
@click.argument("source", type=click.Path(dir_okay=False, exists=True, path_type=Path))
@passphrase_file_option()
@json_option
@pass_context
def restore(ctx: Context, source: Path, passphrase_file: Path | None, as_json: bool) -> None:
    """Secretariat: put the network keys back from a backup (checked with the passphrase)."""
    _require_role(ctx, "secretariat")
    passphrase = read_network_passphrase(passphrase_file)
    try:
        network = network_keys.restore_network(ctx.data_dir, source, passphrase)
    except keys.WrongPassphrase:
        fail("Wrong passphrase; nothing was written.", EXIT_USAGE)
    except keys.KeyFileError as error:
        fail(str(error), EXIT_USAGE)
    with opened_store(ctx) as store:
        store.set_setting(network_keys.BACKED_UP_SETTING, utc_now())
    if as_json:
        print_json(network.to_json())
    else:
        click.echo(
            f"Restored network keys {network.signing.fingerprint} (sealing {network.sealing.fingerprint})."
        )


@group.command("require-sealed")
@click.argument("state", type=click.Choice(["on", "off"]))
@pass_context
def require_sealed(ctx: Context, state: str) -> None:
    """Secretariat: reject plain (unsealed) bundles at import as not_sealed (on), or accept them (off)."""
    _require_role(ctx, "secretariat")
    with opened_store(ctx) as store:
        store.set_setting(network_keys.REQUIRE_SEALED_SETTING, state == "on")
    click.echo(
        "Plain bundles are now rejected as not_sealed."
        if state == "on"
        else "Plain bundles are accepted again."
    )


def _describe(key: NetworkKey) -> str:
    email = key.organisation.get("email")
    who = f"{key.name} <{email}>" if email else key.name
    return f"{who}, dated {key.created_at}\nSigning fingerprint: {key.fingerprint}"


@group.command("accept")
@click.argument("file", type=click.Path(dir_okay=False, exists=True, path_type=Path))
@click.option("--yes", is_flag=True, help="Accept without asking (you compared the fingerprint already).")
@json_option
@pass_context
def accept(ctx: Context, file: Path, yes: bool, as_json: bool) -> None:
    """Partner: accept the secretariat's network key file; your exports are then sealed to it."""
    _require_role(ctx, "partner")
    try:
        key = network_keys.read_network_key_file(file)
    except NetworkKeyError as error:
        fail(str(error), EXIT_USAGE)
    with opened_store(ctx) as store:
        relation = network_keys.classify(store, key)
        current = network_keys.accepted_network_key(store)
    if relation == "same":
        outcome = "unchanged"
    elif relation == "older":
        fail(
            "this file is older than the network key you accepted "
            f"({current.created_at if current else '-'}); nothing was changed.",
            EXIT_FAILED,
        )
    else:
        if not as_json:
            click.echo(_describe(key))
        if relation == "newer":  # signed by the key already accepted: the secretariat's rotation
            pass
        elif not yes:
            if relation == "other_network":
                click.echo(
                    f"Warning: this is a different network key than the one you accepted "
                    f"({current.fingerprint if current else '-'}).",
                    err=True,
                )
            click.echo(
                "Call the secretariat on a number you already know and compare the fingerprint above.",
                err=True,
            )
            if not click.confirm("Does the fingerprint match?", default=False, err=True):
                fail("Nothing was changed.", EXIT_USAGE)
        with opened_store(ctx) as store:
            network_keys.accept_network_key(store, key)
        outcome = {"new": "accepted", "newer": "updated", "other_network": "replaced"}[relation]
    if as_json:
        print_json({"status": outcome, **key.to_json()})
    elif outcome == "unchanged":
        click.echo("This network key is already accepted; nothing was changed.")
    else:
        click.echo(f"Accepted. Your exports are now sealed: only {key.name} can read them.")


@group.command("show")
@json_option
@pass_context
def show(ctx: Context, as_json: bool) -> None:
    """The accepted network key (partner) or this secretariat's network keys."""
    with opened_store(ctx) as store:
        info = read_info(store)
        accepted = network_keys.accepted_network_key(store) if info.role == "partner" else None
        backed_up_at = store.get_setting(network_keys.BACKED_UP_SETTING)
    data: dict[str, Any]
    if info.role == "partner":
        data = {"accepted": accepted is not None, **(accepted.to_json() if accepted else {})}
    else:
        try:
            network = network_keys.load_network_keys(ctx.data_dir)
        except keys.KeyFileError:
            network = None
        data = {
            "initialised": network is not None,
            **(network.to_json() if network else {}),
            "backed_up_at": backed_up_at,
        }
    if as_json:
        print_json(data)
        return
    for name, value in data.items():
        click.echo(f"{name}: {value if value not in (None, []) else '-'}")
    if info.role == "secretariat" and data.get("initialised") and backed_up_at is None:
        click.echo(f"IMPORTANT: {network_keys.LOST_KEY_WARNING}", err=True)
