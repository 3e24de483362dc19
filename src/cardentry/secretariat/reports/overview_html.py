"""The overview as one self-contained HTML page (printed to PDF by ``cardentry.ui.common.render``).

Input is exactly what ``figures.overview`` returns (the figures of ``report overview
--format json``) and the rows of ``figures.rankings``; nothing is computed again here
except the layout. Per indicator a stacked bar (a one-row table whose cells are as wide
as the shares) and, beside it, the shares in words and the change from the baseline in
percentage points, so the page reads in black and white. Then the rankings with their
change, and the appendix: for every cycle the four ranking columns of country names.
The HTML keeps to what Qt's rich-text engine renders (tables with ``bgcolor``).
"""

from __future__ import annotations

from html import escape
from typing import Any

from cardentry.base.formatting import format_signed
from cardentry.base.vocabulary import RANKINGS
from cardentry.secretariat.dashboard import ranking_columns
from cardentry.secretariat.reports.card import RANKING_LABELS
from cardentry.secretariat.reports.figures import RANKING_KEYS, RATING_KEYS

RATING_NAMES = {"green": "Green", "yellow": "Yellow", "red": "Red", "not_assessed": "Not assessed"}
BAR_COLOURS = {"green": "#1e7b34", "yellow": "#f2c40f", "red": "#c5221f", "not_assessed": "#d9d9d9"}
RANKING_NAMES = {**RANKING_LABELS, "not_assessed": "Not ranked"}
RANKING_COLOURS = {
    "slow_progress": "#c5221f",
    "limited_measures": "#f28c28",
    "some_progress": "#8fbcdb",
    "notable_efforts": "#1f5f99",
    "not_assessed": "#d9d9d9",
}


def e(value: object) -> str:
    return escape(str(value), quote=True)


def format_percent(value: float) -> str:
    return f"{value:.1f}%"


def format_points(value: float) -> str:
    """``+4.8 pts``, ``\u221254.8 pts``, ``\u00b10.0 pts``."""
    return f"{format_signed(value)} pts"


def _bar(shares: dict[str, float], order: tuple[str, ...], colours: dict[str, str], height: int) -> str:
    cells = []
    for key in order:
        share = shares.get(key, 0.0)
        if share <= 0:
            continue
        cells.append(
            f"<td width='{share:.1f}%' bgcolor='{colours[key]}' style='background-color:{colours[key]}' "
            f"height='{height}'></td>"
        )
    if not cells:
        cells.append(f"<td height='{height}'></td>")
    return (
        "<table width='100%' cellspacing='0' cellpadding='0' border='0' style='border-collapse:collapse'>"
        f"<tr>{''.join(cells)}</tr></table>"
    )


def _bars(
    cycle: str, block: dict[str, Any], baseline: str | None, order: tuple[str, ...], colours: dict[str, str]
) -> str:
    """The cycle's bar, and below it the baseline's (thinner), each labelled with its cycle."""
    rows = [(cycle, block["percent"], 14)]
    if baseline and "baseline_percent" in block:
        rows.append((baseline, block["baseline_percent"], 7))
    cells = "".join(
        f"<tr><td width='11%' style='font-size:8pt'>{e(label)}</td><td width='89%'>"
        f"{_bar(shares, order, colours, height)}</td></tr>"
        for label, shares, height in rows
    )
    return f"<table width='100%' cellspacing='0' cellpadding='1' border='0'>{cells}</table>"


def _shares_text(block: dict[str, Any], order: tuple[str, ...], names: dict[str, str]) -> str:
    return " · ".join(
        f"{names[key]} {format_percent(block['percent'][key])} ({block['counts'][key]})"
        for key in order
        if block["counts"][key] or key != "not_assessed"
    )


def _change_text(block: dict[str, Any], order: tuple[str, ...], names: dict[str, str]) -> str:
    if "change_points" not in block:
        return ""
    return " · ".join(
        f"{names[key]} {format_points(block['change_points'][key])}"
        for key in order
        if key != "not_assessed" or block["change_points"][key]
    )


def countries(count: int) -> str:
    """ "1 country", "12 countries"."""
    return f"{count} country" if count == 1 else f"{count} countries"


def overview_html(figures: dict[str, Any], ranking_rows: list[dict[str, Any]] | None = None) -> str:
    """The overview of ``figures`` (``figures.overview``) and, with ``ranking_rows``
    (``figures.rankings`` for every cycle), the rankings appendix of every cycle."""
    cycle, baseline = figures["cycle"], figures.get("baseline")
    out = [
        "<!DOCTYPE html><html><head><meta charset='utf-8'>",
        f"<title>Overview {e(cycle)}</title>",
        "<style>body{font-family:'DejaVu Sans',Arial,sans-serif;font-size:9pt;color:#000;}"
        "h1{font-size:17pt;margin-bottom:2pt;} h2{font-size:12pt;margin-top:12pt;}"
        ".muted{color:#444444;} th{background:#333333;color:#ffffff;}"
        "table.appendix td{border:1px solid #888888;vertical-align:top;}</style></head><body>",
        f"<h1>Country progress cards: overview {e(cycle)}</h1>",
    ]
    what = f"{countries(figures['countries'])} with a resolved card"
    if baseline:
        what += f"; compared with {e(baseline)} ({countries(figures.get('baseline_countries') or 0)})"
    out.append(f"<p>{e(what)}. Shares are of those countries; changes in percentage points.</p>")
    if figures["unresolved"]:
        names = ", ".join(item["name"] for item in figures["unresolved"])
        out.append(f"<p><b>Left out (partners disagree, not settled yet):</b> {e(names)}</p>")
    legend = " &nbsp; ".join(
        f"<span style='background-color:{BAR_COLOURS[key]}'>{'&nbsp;' * 4}</span> {RATING_NAMES[key]}"
        for key in RATING_KEYS
    )
    out.append(f"<p>{legend}.</p>")
    out.append("<table width='100%' cellspacing='0' cellpadding='3' border='0'>")
    goal = None
    for indicator in figures["indicators"]:
        if indicator.get("goal") != goal:
            goal = indicator.get("goal")
            out.append(f"<tr><td colspan='2'><h2>Goal {e(goal)}</h2></td></tr>")
        title = indicator.get("title") or indicator["code"]
        bars = _bars(cycle, indicator, baseline, RATING_KEYS, BAR_COLOURS)
        text = f"{e(cycle)}: {e(_shares_text(indicator, RATING_KEYS, RATING_NAMES))}"
        text += f"; NGO action (star) in {indicator['ngo_action']}"
        if "change_points" in indicator:
            text += (
                f"<br><span class='muted'>Since {e(baseline)}: "
                + e(_change_text(indicator, RATING_KEYS, RATING_NAMES))
                + "</span>"
            )
        out.append(
            f"<tr><td width='24%' valign='top'><b>{e(title)}</b></td>"
            f"<td width='76%'>{bars}<span>{text}</span></td></tr>"
        )
    out.append("</table>")

    block = figures["rankings"]
    out.append("<h2>Overall ranking</h2>")
    legend = " &nbsp; ".join(
        f"<span style='background-color:{RANKING_COLOURS[key]}'>{'&nbsp;' * 4}</span> {RANKING_NAMES[key]}"
        for key in RANKING_KEYS
    )
    out.append(f"<p>{legend}</p>")
    out.append(_bars(cycle, block, baseline, RANKING_KEYS, RANKING_COLOURS))
    out.append(f"<p>{e(cycle)}: {e(_shares_text(block, RANKING_KEYS, RANKING_NAMES))}")
    if "change_points" in block:
        out.append(f"<br>Since {e(baseline)}: {e(_change_text(block, RANKING_KEYS, RANKING_NAMES))}")
    out.append("</p>")

    if ranking_rows:
        cycles = sorted({row["cycle"] for row in ranking_rows}, reverse=True)
        out.append("<h2>Appendix: the rankings</h2>")
        for each in cycles:
            columns = ranking_columns(ranking_rows, each)
            out.append(f"<h3>{e(each)}</h3>")
            out.append("<table class='appendix' width='100%' cellspacing='0' cellpadding='4' border='1'><tr>")
            for ranking in RANKINGS:
                out.append(f"<th width='25%'>{e(RANKING_NAMES[ranking])} ({len(columns[ranking])})</th>")
            out.append("</tr><tr>")
            for ranking in RANKINGS:
                out.append(f"<td>{'<br>'.join(e(name) for name in columns[ranking]) or '&nbsp;'}</td>")
            out.append("</tr></table>")
            extra = []
            if columns["not_ranked"]:
                extra.append("not ranked: " + ", ".join(columns["not_ranked"]))
            if columns["unresolved"]:
                extra.append("partners disagree: " + ", ".join(columns["unresolved"]))
            if extra:
                out.append(f"<p class='muted'>{e('; '.join(extra))}</p>")
    out.append("</body></html>")
    return "".join(out)
