"""``cardentry revisions``: the received revisions of each assessment and what changed."""

from __future__ import annotations

from pathlib import Path

import click

from cardentry.base.atomic import write_atomically
from cardentry.base.countries import country_name
from cardentry.cli.common import EXIT_USAGE, Context, fail, json_option, pass_context, print_json
from cardentry.cli.secretariat import secretariat_store
from cardentry.secretariat.history import diff, list_assessments, list_revisions, revision_bytes
from cardentry.storage.store import NotFound


@click.group("revisions")
def group() -> None:
    """Received assessments, their revisions, and the changes between two."""


@group.command("assessments")
@click.option("--country", default=None, help="ISO3 code.")
@click.option("--cycle", default=None)
@json_option
@pass_context
def assessments(ctx: Context, country: str | None, cycle: str | None, as_json: bool) -> None:
    """The assessments received, with their current revision."""
    with secretariat_store(ctx, "revisions assessments") as store:
        found = list_assessments(store, country.upper() if country else None, cycle)
    if as_json:
        print_json([item.to_json() for item in found])
        return
    for item in found:
        click.echo(
            f"{item.assessment_id}  {item.country} ({country_name(item.country)}) {item.cycle}  "
            f"{item.organisation}  r{item.current_revision} current, {item.revisions} received"
        )


@group.command("list")
@click.argument("assessment_id")
@json_option
@pass_context
def list_(ctx: Context, assessment_id: str, as_json: bool) -> None:
    """Every revision received for an assessment."""
    with secretariat_store(ctx, "revisions list") as store:
        try:
            revisions = list_revisions(store, assessment_id)
        except NotFound as error:
            fail(str(error), EXIT_USAGE)
    if as_json:
        print_json([item.to_json() for item in revisions])
        return
    for item in revisions:
        mark = "*" if item.current else " "
        click.echo(
            f"{mark} r{item.revision}  exported {item.exported_at}  received {item.received_at}  "
            f"{item.bundle_id}  {item.file_name}"
        )


@group.command("diff")
@click.argument("assessment_id")
@click.argument("old", type=int)
@click.argument("new", type=int)
@json_option
@pass_context
def diff_(ctx: Context, assessment_id: str, old: int, new: int, as_json: bool) -> None:
    """What changed from revision OLD to revision NEW (ratings, texts, evidence)."""
    with secretariat_store(ctx, "revisions diff") as store:
        try:
            changes = diff(store, assessment_id, old, new)
        except NotFound as error:
            fail(str(error), EXIT_USAGE)
    if as_json:
        print_json([change.to_json() for change in changes])
        return
    for change in changes:
        click.echo(str(change))
    if not changes:
        click.echo("No changes.")


@group.command("save")
@click.argument("assessment_id")
@click.argument("revision", type=int)
@click.option("--out", required=True, type=click.Path(dir_okay=False, path_type=Path))
@pass_context
def save(ctx: Context, assessment_id: str, revision: int, out: Path) -> None:
    """Write the exact bytes of a received revision to a file."""
    with secretariat_store(ctx, "revisions save") as store:
        try:
            data = revision_bytes(store, assessment_id, revision)
        except NotFound as error:
            fail(str(error), EXIT_USAGE)
    write_atomically(out, data)
    click.echo(str(out))
