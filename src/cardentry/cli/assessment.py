"""``cardentry assessment new`` / ``fill`` / ``list`` / ``show``: a partner's cards."""

from __future__ import annotations

from pathlib import Path

import click

from cardentry.bundleformat.models import Country, Cycle, field_problem_of_type
from cardentry.cli.common import (
    EXIT_FAILED,
    EXIT_USAGE,
    Context,
    error_json,
    fail,
    json_option,
    pass_context,
    print_json,
)
from cardentry.cli.secretariat import partner_store
from cardentry.partner.answers import read_answers_file
from cardentry.partner.feedback import start_from_published
from cardentry.storage.store import NotFound

_MAX_PROBLEMS_SHOWN = 50


@click.group("assessment")
def group() -> None:
    """Create, fill and list your country progress cards."""


@group.command("new")
@click.option("--country", required=True, help="ISO 3166-1 alpha-3 code, e.g. THA.")
@click.option("--cycle", required=True, help="Assessment cycle: 2012 or 2010-2011.")
@click.option(
    "--from-previous",
    "based_on",
    default=None,
    metavar="ID",
    help="Start from an earlier card: ratings and evidence copied, each to review.",
)
@click.option(
    "--own-ratings",
    is_flag=True,
    help="With --from-previous: keep your own ratings even when the secretariat published others.",
)
@json_option
@pass_context
def new(
    ctx: Context, country: str, cycle: str, based_on: str | None, own_ratings: bool, as_json: bool
) -> None:
    """Create a new, empty card and print its id.

    With --from-previous, the ratings and ranking the secretariat published for that card
    (a 'published' feedback) are used in place of your own, unless --own-ratings."""
    for label, annotation, value in (("--country", Country, country), ("--cycle", Cycle, cycle)):
        problem = field_problem_of_type(annotation, value)
        if problem:
            fail(f"{label} {value!r}: {problem}", EXIT_USAGE)
    with partner_store(ctx, "assessment new") as store:
        try:
            if based_on and not own_ratings:
                assessment_id, published = start_from_published(store, country, cycle, based_on)
            else:
                assessment_id, published = store.new_assessment(country, cycle, based_on=based_on), False
        except NotFound as error:
            fail(str(error), EXIT_USAGE)
    if as_json:
        print_json(
            {"assessment_id": assessment_id, "country": country, "cycle": cycle, "from_published": published}
        )
    else:
        click.echo(assessment_id)
        if published:
            click.echo("Started from the ratings the secretariat published for the previous card.", err=True)


@group.command("fill")
@click.argument("assessment_id")
@click.option(
    "--from",
    "source",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="JSON file shaped like the payload's overall, indicators, calls_to_action.",
)
@json_option
@pass_context
def fill(ctx: Context, assessment_id: str, source: Path, as_json: bool) -> None:
    """Set answers from a JSON file; all or nothing: any problem and nothing is applied."""
    answers, problems = read_answers_file(source)
    if problems:
        message = f"{source}: nothing was applied; {len(problems)} problem(s)"
        if as_json:  # one JSON object on stdout, every problem in it
            extra = {"applied": False, "problems": [p.model_dump() for p in problems]}
            error_json(message, EXIT_FAILED, "invalid_answers", extra)
            raise SystemExit(EXIT_FAILED)
        click.echo(f"Error: {message}:", err=True)
        for problem in problems[:_MAX_PROBLEMS_SHOWN]:
            click.echo(f"  {problem}", err=True)
        if len(problems) > _MAX_PROBLEMS_SHOWN:
            click.echo(f"  (and {len(problems) - _MAX_PROBLEMS_SHOWN} more)", err=True)
        raise SystemExit(EXIT_FAILED)
    with partner_store(ctx, "assessment fill") as store:
        try:
            changed = store.apply_answers(assessment_id, answers)
        except NotFound as error:
            fail(str(error), EXIT_USAGE)
    if as_json:
        print_json({"applied": True, "changed_fields": changed})
    else:
        click.echo(f"Applied {source}: {changed} field(s) changed.")


@group.command("list")
@json_option
@pass_context
def list_(ctx: Context, as_json: bool) -> None:
    """Your cards: country, cycle, progress and last export (with --json, their content)."""
    with partner_store(ctx, "assessment list") as store:
        summaries = store.list_assessments()
        cards = {summary.id: store.load_card(summary.id) for summary in summaries} if as_json else {}
    if as_json:
        print_json(
            [
                {
                    "assessment_id": s.id,
                    "country": s.country,
                    "cycle": s.cycle,
                    "created_at": s.created_at,
                    "updated_at": s.updated_at,
                    "rated": s.rated,
                    "indicators_total": s.total,
                    "last_exported_revision": s.last_exported_revision,
                    "changed_since_export": s.changed_since_export,
                    **cards[s.id].answers_dict(internal=True),
                }
                for s in summaries
            ]
        )
        return
    if not summaries:
        click.echo("No cards yet. Create one with: cardentry assessment new --country THA --cycle 2012")
        return
    for s in summaries:
        exported = f"exported r{s.last_exported_revision}" if s.last_exported_revision else "draft"
        if s.last_exported_revision and s.changed_since_export:
            exported += ", changed since"
        click.echo(f"{s.id}  {s.country}  {s.cycle:<9}  {s.rated:>2}/{s.total} rated  {exported}")


@group.command("show")
@click.argument("assessment_id")
@json_option
@pass_context
def show(ctx: Context, assessment_id: str, as_json: bool) -> None:
    """Print one card as JSON (the answers-file shape, with its id, country and cycle; always
    JSON, --json is accepted for symmetry). Internal evidence and notes are included."""
    with partner_store(ctx, "assessment show") as store:
        try:
            card = store.load_card(assessment_id)
        except NotFound as error:
            fail(str(error), EXIT_USAGE)
    print_json(
        {
            "assessment_id": card.assessment_id,
            "country": card.country,
            "cycle": card.cycle,
            **card.answers_dict(internal=True),
        }
    )
