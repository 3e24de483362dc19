"""``cardentry trust add`` / ``update`` / ``countries`` / ``list`` / ``revoke`` / ``pending`` /
``rotate``: the trust store.

Names a partner chose (organisations, file names) are printed through ``printable``: a
CR, LF or escape sequence in them can never rewrite or fake a line of output.
"""

from __future__ import annotations

from pathlib import Path

import click

from cardentry.bundleformat.keyfile import format_fingerprint
from cardentry.cli.common import EXIT_FAILED, EXIT_USAGE, Context, fail, json_option, pass_context, print_json
from cardentry.cli.secretariat import secretariat_store
from cardentry.secretariat.actions import accept_rotation, trust_key
from cardentry.secretariat.importer import FileResult, discard_pending, list_pending
from cardentry.secretariat.trust import (
    CountriesDiffer,
    RotationRefused,
    TrustedKey,
    TrustError,
    describe_countries,
    get_key,
    list_keys,
    predecessor,
    printable,
    read_public_key_file,
    revoke_key,
    set_countries,
    successors,
    update_key_file,
)


def _where(key: TrustedKey) -> str:
    return describe_countries(key.countries)


def _echo(text: str, **options: bool) -> None:
    click.echo(printable(text), **options)


def _echo_released(released: list[FileResult]) -> None:
    """List the held bundles that trusting a key imported."""
    if released:
        click.echo(f"Imported {len(released)} bundle(s) held for this key:")
        for result in released:
            reason = f" ({result.reason})" if result.reason else ""
            _echo(f"  {result.status}{reason}: {result.file}")


@click.group("trust")
def group() -> None:
    """The secretariat's trusted partner keys."""


@group.command("add")
@click.argument("key_file", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--countries", default=None, help="ISO3 codes the key may sign for, comma-separated (default: any)."
)
@json_option
@pass_context
def add(ctx: Context, key_file: Path, countries: str | None, as_json: bool) -> None:
    """Trust a partner's public key file (after checking its fingerprint by phone).

    Bundles held as pending_trust for the key are imported at once.
    """
    with secretariat_store(ctx, "trust add") as store:
        try:
            parsed = read_public_key_file(key_file)
            result = trust_key(store, parsed, countries)
        except CountriesDiffer as error:
            fail(str(error), EXIT_USAGE, error="countries_differ")
        except TrustError as error:
            fail(str(error), EXIT_USAGE)
    key = result.key
    rejected = sum(1 for r in result.released if r.rejected)
    if as_json:
        print_json(
            {**key.to_json(), "created": result.created, "released": [r.to_json() for r in result.released]}
        )
    else:
        verb = "Trusted" if result.created else "Already trusted:"
        _echo(f"{verb} {key.organisation}, key {key.fingerprint}, for {_where(key)}.")
        _echo_released(result.released)
    if rejected:
        raise SystemExit(EXIT_FAILED)


@group.command("update")
@click.argument("key_file", type=click.Path(dir_okay=False, path_type=Path))
@json_option
@pass_context
def update(ctx: Context, key_file: Path, as_json: bool) -> None:
    """Take a trusted partner's newer key file for the same key (version 2: its sealing key).

    No new phone check: the signing key is the one already trusted, for the same countries.
    """
    with secretariat_store(ctx, "trust update") as store:
        try:
            key, changed = update_key_file(store, read_public_key_file(key_file))
        except TrustError as error:
            fail(str(error), EXIT_USAGE)
    if as_json:
        print_json({**key.to_json(), "changed": changed})
    elif changed:
        _echo(
            f"Updated {key.organisation}, key {key.fingerprint}: feedback is now sealed to its sealing key "
            f"{format_fingerprint(key.sealing_key_id or '')}."
        )
    else:
        _echo(f"Nothing to update for {key.organisation}, key {key.fingerprint}.")


@group.command("countries")
@click.argument("key_id")
@click.argument("countries")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@json_option
@pass_context
def countries_(ctx: Context, key_id: str, countries: str, yes: bool, as_json: bool) -> None:
    """Change the countries a trusted key may sign for: COUNTRIES is THA,KHM, or "any".

    The one way to widen or narrow a key ('trust add' never changes a trusted key's
    countries). Asks for confirmation unless --yes; without a terminal, --yes is needed.
    """
    wanted = None if countries.strip().lower() in ("any", "*") else countries
    with secretariat_store(ctx, "trust countries") as store:
        key = get_key(store, key_id.replace("-", "").strip().lower())
        if key is None:
            fail(f"no key {key_id} in the trust store (see: cardentry trust list)", EXIT_USAGE)
        if not yes:
            question = printable(
                f"Key {key.fingerprint} ({key.organisation}) may sign for {_where(key)}; "
                f"change to {wanted or 'any country'}?"
            )
            try:
                confirmed = click.confirm(question, default=False, err=True)
            except click.Abort:  # no terminal, no answer
                fail("changing a key's countries needs confirmation: add --yes", EXIT_USAGE)
            if not confirmed:
                fail("nothing was changed", EXIT_FAILED, error="not_confirmed")
        try:
            changed = set_countries(store, key.key_id, wanted)
        except TrustError as error:
            fail(str(error), EXIT_USAGE)
    if as_json:
        print_json({**changed.to_json(), "previous_countries": key.to_json()["countries"]})
    else:
        _echo(
            f"Key {changed.fingerprint} ({changed.organisation}) may now sign for {_where(changed)} "
            f"(was: {_where(key)})."
        )


@group.command("list")
@json_option
@pass_context
def list_(ctx: Context, as_json: bool) -> None:
    """Every key: organisation, countries, state, when added or revoked."""
    with secretariat_store(ctx, "trust list") as store:
        keys = list_keys(store)
        pending = list_pending(store)
        succeeds = {key.key_id: predecessor(store, key.key_id) for key in keys}
    if as_json:
        print_json([key.to_json() for key in keys])
        return
    if not keys:
        click.echo("No keys in the trust store.")
    for key in keys:
        when = f"revoked {key.revoked_at}" if key.state == "revoked" else f"added {key.added_at}"
        previous = succeeds[key.key_id]
        after = f"  (succeeds {format_fingerprint(previous)})" if previous else ""
        _echo(f"{key.fingerprint}  {key.state:8}  {key.organisation}  [{_where(key)}]  {when}{after}")
    if pending:
        click.echo(f"{len(pending)} bundle(s) wait for an unknown key (see: cardentry trust pending).")


@group.command("revoke")
@click.argument("key_id")
@json_option
@pass_context
def revoke(ctx: Context, key_id: str, as_json: bool) -> None:
    """Revoke a key: its bundles are rejected and its cards leave the figures."""
    with secretariat_store(ctx, "trust revoke") as store:
        try:
            key = revoke_key(store, key_id)
        except TrustError as error:
            fail(str(error), EXIT_USAGE)
        later = [get_key(store, successor) for successor in successors(store, key.key_id)]
    if as_json:
        print_json(key.to_json())
    else:
        _echo(f"Revoked {key.organisation}, key {key.fingerprint}, at {key.revoked_at}.")
        for successor in later:
            if successor is not None and successor.state == "trusted":
                click.echo(
                    f"Key {successor.fingerprint} succeeds it by a rotation and stays trusted; if the "
                    "revoked key was stolen, check that rotation with the partner "
                    "(and revoke that key too if need be).",
                    err=True,
                )


@group.command("pending")
@click.option("--discard", "discard", type=int, default=None, help="Drop the held bundle with this number.")
@json_option
@pass_context
def pending(ctx: Context, discard: int | None, as_json: bool) -> None:
    """Bundles held because their key is not trusted yet."""
    with secretariat_store(ctx, "trust pending") as store:
        if discard is not None:
            if not discard_pending(store, discard):
                fail(f"no held bundle number {discard}", EXIT_USAGE)
            click.echo(f"Discarded held bundle {discard}.")
            return
        held = list_pending(store)
    if as_json:
        print_json([item.to_json() for item in held])
        return
    for item in held:
        _echo(
            f"{item.id}  key {item.to_json()['fingerprint']} ({item.organisation})  "
            f"{item.country} {item.cycle} r{item.revision}  {item.file_name}"
        )
    if not held:
        click.echo("No bundles are waiting for a key.")


@group.command("rotate")
@click.argument("statement", type=click.Path(dir_okay=False, path_type=Path))
@json_option
@pass_context
def rotate(ctx: Context, statement: Path, as_json: bool) -> None:
    """Accept a partner's new key from a rotation statement signed by its trusted old key.

    The new key is trusted for the old key's countries; the old key stays trusted until
    revoked. Bundles held as pending_trust for the new key are imported at once. Exit 1
    when the statement is refused (nothing changes).
    """
    with secretariat_store(ctx, "trust rotate") as store:
        try:
            result = accept_rotation(store, statement)
        except RotationRefused as error:
            fail(
                f"the key rotation is refused: {error}",
                EXIT_FAILED,
                error="rotation_refused",
                extra={"accepted": False},
            )
        except TrustError as error:
            fail(str(error), EXIT_USAGE)
    key, old = result.key, result.predecessor
    rejected = sum(1 for r in result.released if r.rejected)
    if as_json:
        print_json(
            {
                **key.to_json(),
                "accepted": True,
                "succeeds": old.key_id,
                "created": result.created,
                "already_accepted": not result.accepted,
                "released": [r.to_json() for r in result.released],
            }
        )
    else:
        if not result.accepted:
            click.echo(
                f"This rotation was accepted before: key {key.fingerprint} succeeds {old.fingerprint}."
            )
        else:
            _echo(
                f"Trusted {key.organisation}, new key {key.fingerprint}, for {_where(key)}: it succeeds key "
                f"{old.fingerprint}, which stays trusted until you revoke it."
            )
        _echo_released(result.released)
    if rejected:
        raise SystemExit(EXIT_FAILED)
