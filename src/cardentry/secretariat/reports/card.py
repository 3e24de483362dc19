"""A country's published progress card as one self-contained HTML page.

The layout follows the seed report's card: the title, the 3x4 matrix (one column per
campaign goal, its four indicators below) with coloured cells whose text label
("Green: significant action") reads without colour, a star for work undertaken by NGOs,
the legend, then per indicator the narrative, the evidence and the recommendation, and
the overall summary and calls to action.

Everything a partner typed goes through ``html.escape``; links are shown as text, never
as live ``href``s. The HTML keeps to what Qt's rich-text engine renders (tables with
``bgcolor``, simple CSS) so that ``cardentry.ui.common.render`` prints the same page to PDF/PNG.
"""

from __future__ import annotations

from html import escape

from cardentry.base.catalogue import default_catalogue
from cardentry.base.countries import country_name
from cardentry.secretariat.merge import MergedCard, MergedValue

COLOURS = {"green": "#8fd19e", "yellow": "#ffe27a", "red": "#f4a3a3", None: "#eeeeee", "conflict": "#d9d9d9"}
SHORT_LABELS = {
    "green": "Green: significant action",
    "yellow": "Yellow: partial action",
    "red": "Red: inadequate action",
}
RANKING_LABELS = {
    "slow_progress": "Slow progress",
    "limited_measures": "Limited measures",
    "some_progress": "Some progress",
    "notable_efforts": "Notable efforts",
}
STAR = "\u2605"


_BIDI_OPENERS = "\u202a\u202b\u202d\u202e"  # LRE RLE LRO RLO, closed by PDF (U+202C)
_BIDI_ISOLATES = "\u2066\u2067\u2068"  # LRI RLI FSI, closed by PDI (U+2069)


def e(value: object) -> str:
    """Escape anything for HTML text and attribute values.

    Bidirectional embedding, override and isolate controls a partner typed (for example a
    right-to-left override that makes "exe.pdf" read "fdp.exe") are closed at the end of
    the text and isolated with ``<bdi>``, so they cannot reorder anything after it.
    """
    text = str(value)
    escaped = escape(text, quote=True)
    opened = sum(text.count(char) for char in _BIDI_OPENERS)
    isolated = sum(text.count(char) for char in _BIDI_ISOLATES)
    if not opened and not isolated:
        return escaped
    closers = "\u202c" * opened + "\u2069" * isolated
    return f"<bdi>{escaped}{closers}</bdi>"


def _paragraphs(text: str) -> str:
    # dir='auto': a paragraph typed in Arabic or Hebrew reads right to left inside the English page
    return "".join(f"<p dir='auto'>{e(part)}</p>" for part in text.split("\n\n") if part.strip()).replace(
        "\n", "<br>"
    )


def _rating_cell_label(value: MergedValue, names: dict[str, str]) -> tuple[str, str]:
    if value.status == "conflict":
        given = ", ".join(f"{names.get(k, k)}: {v or 'not assessed'}" for k, v in value.given.items())
        return COLOURS["conflict"], f"Unresolved disagreement ({given})"
    if value.value is None:
        return COLOURS[None], "Not assessed"
    label = SHORT_LABELS[value.value]
    if value.status == "resolved":
        label += " (decided by the secretariat)"
    return COLOURS[value.value], label


def card_html(card: MergedCard, *, language: str = "en") -> str:
    """The merged card as a complete HTML document."""
    catalogue = default_catalogue()
    names = card.organisation_by_partner
    several = len(card.contributions) > 1
    country = country_name(card.country)
    draft = "DRAFT: " if card.open_conflicts else ""
    out: list[str] = []
    out.append(
        "<!DOCTYPE html><html><head><meta charset='utf-8'>"
        f"<title>{draft}{e(country)}: progress card {e(card.cycle)}</title>"
        "<style>"
        "body{font-family:'DejaVu Sans',Arial,sans-serif;font-size:10pt;color:#000;}"
        "h1{font-size:18pt;margin-bottom:2pt;} h2{font-size:13pt;margin-top:14pt;}"
        "h3{font-size:11pt;margin-top:10pt;margin-bottom:2pt;}"
        "table.matrix{border-collapse:collapse;} table.matrix td,table.matrix th{border:1px solid #444;}"
        "th{background:#333333;color:#ffffff;font-size:10pt;}"
        ".label{font-weight:bold;} .title{font-size:10pt;} .muted{color:#444444;font-size:9pt;}"
        ".legend td{font-size:9pt;}"
        "</style></head><body>"
    )
    if card.open_conflicts:  # a draft must not pass for the published card, printed or on screen
        count = len(card.open_conflicts)
        out.append(
            "<table width='100%' cellspacing='0' cellpadding='8' border='2' bordercolor='#b00020'>"
            "<tr><td bgcolor='#fde8e8' style='background-color:#fde8e8;color:#b00020'>"
            "<span style='font-size:20pt;font-weight:bold;letter-spacing:4pt'>DRAFT</span><br>"
            f"{count} disagreement{'s' if count != 1 else ''} between partners still to settle: "
            "not for publication.</td></tr></table>"
        )
    out.append(f"<h1>{e(country)}: progress card {e(card.cycle)}</h1>")
    partners = ", ".join(e(name) for name in card.organisations)
    out.append(f"<p class='muted'>{e(catalogue.title.get_for(language))}. Partner(s): {partners}</p>")
    ranking = card.ranking
    if ranking.status == "conflict":
        ranking_text = "unresolved disagreement between partners"
    elif ranking.value is None:
        ranking_text = "not ranked"
    else:
        ranking_text = RANKING_LABELS[ranking.value]
        if ranking.status == "resolved":
            ranking_text += " (decided by the secretariat)"
    out.append(f"<p><b>Overall ranking:</b> {e(ranking_text)}</p>")

    # the matrix: one column per goal, four indicators down
    out.append("<table class='matrix' width='100%' cellspacing='0' cellpadding='6' border='1'><tr>")
    for goal in catalogue.goals:
        out.append(f"<th width='33%'>Goal {goal.number}: {e(goal.title.get_for(language))}</th>")
    out.append("</tr>")
    rows = max(len(goal.indicators) for goal in catalogue.goals)
    for index in range(rows):
        out.append("<tr>")
        for goal in catalogue.goals:
            if index >= len(goal.indicators):
                out.append("<td></td>")
                continue
            indicator = goal.indicators[index]
            merged = card.indicator(indicator.code)
            colour, label = _rating_cell_label(merged.rating, names)
            star = f"<br><span class='label'>{STAR} NGO action</span>" if merged.ngo_action else ""
            out.append(
                f"<td bgcolor='{colour}' style='background-color:{colour}' valign='top'>"
                f"<span class='title'>{e(indicator.title.get_for(language))}</span><br>"
                f"<span class='label'>{e(label)}</span>{star}</td>"
            )
        out.append("</tr>")
    out.append("</table>")

    # legend
    out.append("<table class='legend' cellspacing='4' cellpadding='3'><tr>")
    for rating in ("green", "yellow", "red"):
        meaning = next(r.description for r in catalogue.ratings if r.code == rating).get_for(language)
        out.append(
            f"<td bgcolor='{COLOURS[rating]}' style='background-color:{COLOURS[rating]}'>"
            f"<b>{rating.capitalize()}</b> = {e(meaning)}</td>"
        )
    out.append(
        f"<td><b>{STAR} {e(catalogue.star.label.get_for(language))}</b> = "
        f"{e(catalogue.star.description.get_for(language))}</td></tr></table>"
    )

    # per indicator: narrative, evidence, recommendation
    for goal in catalogue.goals:
        out.append(f"<h2>Goal {goal.number}: {e(goal.title.get_for(language))}</h2>")
        for indicator in goal.indicators:
            merged = card.indicator(indicator.code)
            _, label = _rating_cell_label(merged.rating, names)
            star = f" &nbsp; {STAR} NGO action" if merged.ngo_action else ""
            out.append(f"<h3>{e(indicator.title.get_for(language))}: {e(label)}{star}</h3>")
            for text in merged.assessments:
                prefix = f"<b>{e(text.organisation)}:</b> " if several else ""
                out.append(f"<div>{prefix}{_paragraphs(text.text)}</div>")
            if merged.evidence:
                out.append("<p><b>Evidence</b></p><ul>")
                for item in merged.evidence:
                    data = item.item
                    parts = [f"<b>{e(data['title'])}</b>"]
                    kind = catalogue.label("evidence_kinds", data["kind"]).get_for(language)
                    parts.append(f"({e(kind)})")
                    if data.get("source"):
                        parts.append(e(data["source"]))
                    if data.get("date"):
                        parts.append(e(data["date"]))
                    if data.get("url"):
                        parts.append(f"<span class='muted'>{e(data['url'])}</span>")
                    line = ", ".join(parts[:1]) + " " + ", ".join(parts[1:])
                    if data.get("note"):
                        line += f"<br><span class='muted'>{e(data['note'])}</span>"
                    if several:
                        line += f"<br><span class='muted'>given by {e(', '.join(item.partners))}</span>"
                    out.append(f"<li>{line}</li>")
                out.append("</ul>")
            for text in merged.recommendations:
                prefix = f" ({e(text.organisation)})" if several else ""
                out.append(f"<p><b>Recommendation{prefix}:</b> {e(text.text)}</p>")

    if card.summaries:
        out.append("<h2>Overall</h2>")
        for text in card.summaries:
            prefix = f"<b>{e(text.organisation)}:</b> " if several else ""
            out.append(f"<div>{prefix}{_paragraphs(text.text)}</div>")
    if card.calls_to_action:
        out.append("<h2>Calls to action</h2><ul>")
        for text, organisations in card.calls_to_action:
            by = f" <span class='muted'>({e(', '.join(organisations))})</span>" if several else ""
            out.append(f"<li>{e(text)}{by}</li>")
        out.append("</ul>")
    out.append("</body></html>")
    return "".join(out)
