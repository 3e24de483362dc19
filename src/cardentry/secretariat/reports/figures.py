"""The published figures: shares of countries per rating and ranking, change from a baseline.

Percentages are of the countries with a resolved card in the cycle, rounded to one
decimal, half away from zero, computed exactly (integers, no floating-point drift):
3/42 -> 7.1, 20/42 -> 47.6, 1/8 -> 12.5, 1/16 -> 6.3. A change from the baseline is
given in counts and in percentage points (the exact difference of the two shares, rounded
the same way). Countries whose partners disagree and that the secretariat has not
resolved are listed under ``unresolved`` and left out of every figure.

A baseline cycle with no resolved card is no baseline: rather than shares of 0.0 and
changes "from nothing", the overview then has ``baseline`` ``None`` (every output shows
no comparison), and ``baseline_requested`` and ``baseline_missing`` say why.
"""

from __future__ import annotations

from typing import Any

from cardentry.base.catalogue import default_catalogue
from cardentry.base.countries import country_name
from cardentry.base.vocabulary import RANKINGS, RATINGS
from cardentry.secretariat.merge import CardFigures, cycles, figures_for_cycle
from cardentry.storage.store import Store

RATING_KEYS = (*RATINGS, "not_assessed")
RANKING_KEYS = (*RANKINGS, "not_assessed")


def round_tenths(numerator: int, denominator: int) -> float:
    """``numerator / denominator`` rounded to one decimal, half away from zero, exactly."""
    if denominator <= 0:
        return 0.0
    sign = -1 if (numerator < 0) != (denominator < 0) else 1
    n, d = abs(numerator), abs(denominator)
    tenths = (2 * n * 10 + d) // (2 * d)
    return sign * tenths / 10


def percent(count: int, total: int) -> float:
    """``count`` of ``total`` in percent, one decimal (0.0 when there is no total)."""
    return round_tenths(100 * count, total) if total else 0.0


def points(count: int, total: int, base_count: int, base_total: int) -> float:
    """Change in percentage points from ``base_count/base_total`` to ``count/total``."""
    if not total or not base_total:
        return 0.0
    return round_tenths(100 * (count * base_total - base_count * total), total * base_total)


def _counts(cards: list[CardFigures]) -> tuple[dict[str, dict[str, int]], dict[str, int], dict[str, int]]:
    codes = default_catalogue().indicator_codes
    ratings = {code: dict.fromkeys(RATING_KEYS, 0) for code in codes}
    stars = dict.fromkeys(codes, 0)
    rankings = dict.fromkeys(RANKING_KEYS, 0)
    for card in cards:
        for code in codes:
            ratings[code][card.ratings.get(code) or "not_assessed"] += 1
            stars[code] += int(card.ngo_action.get(code, False))
        rankings[card.ranking or "not_assessed"] += 1
    return ratings, stars, rankings


def _shares(counts: dict[str, int], total: int) -> dict[str, float]:
    return {key: percent(value, total) for key, value in counts.items()}


def overview(store: Store, cycle: str, baseline: str | None = None) -> dict[str, Any]:
    """The overview of a cycle (bundle-format.md's JSON shape, plus change figures)."""
    cards = figures_for_cycle(store, cycle)
    resolved = [cards[c] for c in sorted(cards) if cards[c].resolved]
    unresolved = [
        {"country": c, "name": country_name(c), "open": list(cards[c].open_conflicts)}
        for c in sorted(cards)
        if not cards[c].resolved
    ]
    total = len(resolved)
    ratings, stars, rankings = _counts(resolved)
    base = None
    requested, missing = baseline, None
    if baseline is not None:
        base_cards = figures_for_cycle(store, baseline)
        base_resolved = [card for card in base_cards.values() if card.resolved]
        if base_resolved:
            base = (len(base_resolved), *_counts(base_resolved))
        else:
            missing = (
                f"no card was received for {baseline}"
                if not base_cards
                else f"no country's card for {baseline} is resolved (partners disagree)"
            ) + ": there is no baseline to compare with"
            baseline = None
    catalogue = default_catalogue()
    indicators = []
    for code in catalogue.indicator_codes:
        entry: dict[str, Any] = {
            "code": code,
            "title": catalogue.indicator(code).title.get_for("en"),
            "goal": catalogue.goal_of(code).number,
            "counts": ratings[code],
            "percent": _shares(ratings[code], total),
            "ngo_action": stars[code],
            "ngo_action_percent": percent(stars[code], total),
        }
        if base is not None:
            base_total, base_ratings, base_stars, _ = base
            entry["baseline_counts"] = base_ratings[code]
            entry["baseline_percent"] = _shares(base_ratings[code], base_total)
            entry["change_counts"] = {k: ratings[code][k] - base_ratings[code][k] for k in RATING_KEYS}
            entry["change_points"] = {
                k: points(ratings[code][k], total, base_ratings[code][k], base_total) for k in RATING_KEYS
            }
            entry["baseline_ngo_action"] = base_stars[code]
        indicators.append(entry)
    ranking_block: dict[str, Any] = {"counts": rankings, "percent": _shares(rankings, total)}
    if base is not None:
        base_total, _, _, base_rankings = base
        ranking_block["baseline_counts"] = base_rankings
        ranking_block["baseline_percent"] = _shares(base_rankings, base_total)
        ranking_block["change_counts"] = {k: rankings[k] - base_rankings[k] for k in RANKING_KEYS}
        ranking_block["change_points"] = {
            k: points(rankings[k], total, base_rankings[k], base_total) for k in RANKING_KEYS
        }
    result: dict[str, Any] = {
        "cycle": cycle,
        "baseline": baseline,
        "countries": total,
        "baseline_countries": base[0] if base is not None else None,
        "unresolved": unresolved,
        "indicators": indicators,
        "rankings": ranking_block,
    }
    if missing is not None:
        result["baseline_requested"] = requested
        result["baseline_missing"] = missing
    return result


def rankings(store: Store, cycle: str | None = None) -> list[dict[str, Any]]:
    """The overall ranking of every country per cycle (``None`` for an unresolved country's
    ranking, with ``status`` saying why), by cycle, then ranking, then name."""
    order = {ranking: index for index, ranking in enumerate(RANKINGS)}
    rows = []
    for each_cycle in [cycle] if cycle else cycles(store):
        cards = figures_for_cycle(store, each_cycle)
        for country, card in cards.items():
            status = "unresolved" if not card.resolved else "resolved" if card.ranking else "not_ranked"
            rows.append(
                {
                    "cycle": each_cycle,
                    "country": country,
                    "name": country_name(country),
                    "ranking": card.ranking if card.resolved else None,
                    "status": status,
                    "partners": list(card.organisations),
                }
            )
    rows.sort(key=lambda r: (r["cycle"], order.get(r["ranking"], len(order)), r["name"]))
    return rows
