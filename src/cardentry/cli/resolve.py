"""``cardentry resolve`` and ``cardentry conflicts``: the secretariat's decisions."""

from __future__ import annotations

import click

from cardentry.base.countries import country_name
from cardentry.base.vocabulary import RANKINGS, RATINGS
from cardentry.cli.common import EXIT_FAILED, Context, fail, json_option, pass_context, print_json
from cardentry.cli.secretariat import secretariat_store
from cardentry.secretariat.merge import MergeError, open_conflicts, resolve


@click.command("resolve")
@click.argument("country")
@click.option("--cycle", required=True)
@click.option("--indicator", default=None, help="Indicator code, e.g. helpline.")
@click.option("--rating", type=click.Choice(RATINGS), default=None)
@click.option("--ranking", type=click.Choice(RANKINGS), default=None)
@click.option("--reason", required=True, help="Why: recorded with the decision.")
@json_option
@pass_context
def resolve_(
    ctx: Context,
    country: str,
    cycle: str,
    indicator: str | None,
    rating: str | None,
    ranking: str | None,
    reason: str,
    as_json: bool,
) -> None:
    """Settle a disagreement between partners for one country and cycle."""
    if (indicator is None) == (ranking is None) or (indicator is not None and rating is None):
        raise click.UsageError("give either --indicator CODE --rating R, or --ranking R")
    if ranking is not None and rating is not None:
        raise click.UsageError("--rating goes with --indicator, not with --ranking")
    with secretariat_store(ctx, "resolve") as store:
        try:
            decision = resolve(
                store,
                country.upper(),
                cycle,
                reason=reason,
                indicator=indicator,
                rating=rating,
                ranking=ranking,
            )
        except MergeError as error:
            fail(str(error), EXIT_FAILED)
    if as_json:
        print_json(decision.to_json())
    else:
        click.echo(
            f"Recorded: {country_name(decision.country)} {decision.cycle} "
            f"{decision.subject} = {decision.value}"
        )


@click.command("conflicts")
@click.option("--cycle", default=None)
@json_option
@pass_context
def conflicts(ctx: Context, cycle: str | None, as_json: bool) -> None:
    """Open disagreements between partners (new, or reopened by a later revision)."""
    with secretariat_store(ctx, "conflicts") as store:
        found = open_conflicts(store, cycle)
    if as_json:
        print_json([item.__dict__ for item in found])
        return
    for item in found:
        given = "; ".join(f"{org}: {value or 'not assessed'}" for org, value in item.given.items())
        again = " (reopened)" if item.reopened else ""
        click.echo(f"{item.country} {item.cycle} {item.subject}{again}: {given}")
    if not found:
        click.echo("No open disagreements.")


commands = [resolve_, conflicts]
