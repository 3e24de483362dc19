"""``cardentry profile init`` and ``profile show``."""

from __future__ import annotations

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
from cardentry.models import validate_countries
from cardentry.profile import ROLES, ProfileError, init_profile, read_info
from cardentry.store import StoreError


@click.group("profile")
def group() -> None:
    """Create or show the profile (organisation, role, signing key)."""


@group.command("init")
@click.option("--org", "organisation", required=True, help="Your organisation's name.")
@click.option("--email", default=None, help="Contact e-mail written into bundles.")
@click.option("--role", type=click.Choice(ROLES), required=True)
@click.option("--countries", default="", help="ISO3 codes you cover, comma-separated (partners).")
@json_option
@pass_context
def init(
    ctx: Context, organisation: str, email: str | None, role: str, countries: str, as_json: bool
) -> None:
    """Create the profile, its database and (for a partner) the signing key."""
    codes, problems = validate_countries(countries)
    if problems:
        fail("; ".join(problems), EXIT_USAGE)
    try:
        store = init_profile(ctx.data_dir, role=role, organisation=organisation, email=email, countries=codes)
    except (ProfileError, StoreError) as error:
        fail(str(error), EXIT_USAGE)
    with store:
        info = read_info(store)
    if as_json:
        print_json(
            {
                "data_dir": str(ctx.data_dir),
                "role": info.role,
                "organisation": info.organisation,
                "email": info.email,
            }
        )
    else:
        click.echo(f"Created a {role} profile for {organisation} in {ctx.data_dir}")


@group.command("show")
@json_option
@pass_context
def show(ctx: Context, as_json: bool) -> None:
    """Organisation, role and folder of the profile."""
    with opened_store(ctx) as store:
        info = read_info(store)
    data = {
        "data_dir": str(ctx.data_dir),
        "role": info.role,
        "organisation": info.organisation,
        "email": info.email,
        "countries": list(info.countries),
    }
    if as_json:
        print_json(data)
        return
    for key, value in data.items():
        click.echo(f"{key}: {value if value not in (None, []) else '-'}")
