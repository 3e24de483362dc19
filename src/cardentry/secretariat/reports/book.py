"""The whole published report as one book (HTML for the PDF) and as a static site.

Modelled on the network's "Creating Change through Partnership": a title page, the
contents, the global overview (per goal and per indicator the shares of countries rated
green, yellow and red, with the change since the baseline in percentage points, as bars
and as a table), the findings written from those figures the way the report states them
("Countries with no coordination platform: down from 41.0% in 2009 to 10.0% in 2012."),
the rankings of the cycle and of the baseline (the report's appendix), then one progress
card per country: the 3 x 4 matrix (colour, shape and words, star for NGO action), the
overall ranking, the partners, the summary, the calls to action and, per indicator, the
assessment and the recommendation. Countries whose partners disagree and that the
secretariat has not settled are listed and left out, as in the overview.

``build_book`` reads the store once (``figures.overview``, ``figures.rankings``,
``merge.merged_card``); nothing is computed again when writing. ``book_html`` keeps to
what Qt's rich-text engine lays out (tables with ``bgcolor``, ``page-break-before`` on
headings, so every country card starts on a new page with its matrix whole);
``cardentry.ui.common.render.render_book_pdf`` prints it with page numbers. ``site_pages``
gives ``index.html`` (charts as inline SVG) and ``countries/<CODE>.html``: relative links
only, no script, a print style sheet. Everything a partner typed goes through
``card.e`` (escaped, bidirectional controls closed).

Texts come from ``book_texts`` (English, French, Spanish) and the catalogue; country
names from ``base.countries`` in the book's language.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cardentry.base.atomic import write_atomically
from cardentry.base.catalogue import default_catalogue
from cardentry.base.countries import country_name, sort_key
from cardentry.base.errors import CardentryError
from cardentry.base.vocabulary import RANKINGS, RATINGS
from cardentry.secretariat.dashboard import ranking_columns
from cardentry.secretariat.merge import MergedCard, MergedValue, merged_card
from cardentry.secretariat.reports.book_texts import Words, check_language
from cardentry.secretariat.reports.card import STAR, e
from cardentry.secretariat.reports.figures import (
    RANKING_KEYS,
    RATING_KEYS,
    overview,
    percent,
    points,
    rankings,
)
from cardentry.storage.profile import read_info
from cardentry.storage.store import Store

CELL_COLOURS = {"green": "#8fd19e", "yellow": "#ffe27a", "red": "#f4a3a3", None: "#eeeeee"}
BAR_COLOURS = {"green": "#1e7b34", "yellow": "#f2c40f", "red": "#c5221f", "not_assessed": "#d9d9d9"}
RANKING_COLOURS = {
    "slow_progress": "#c5221f",
    "limited_measures": "#f28c28",
    "some_progress": "#8fbcdb",
    "notable_efforts": "#1f5f99",
    "not_assessed": "#d9d9d9",
}
SHAPES = {"green": "\u25cf", "yellow": "\u25b2", "red": "\u25a0", None: "\u25cb"}  # ● ▲ ■ ○
Progress = Callable[[int, int], None]


class BookError(CardentryError):
    """The book cannot be made (no card in the cycle, unknown baseline); the message says why."""


@dataclass(frozen=True)
class Book:
    """Everything the book shows, read from the store once."""

    network: str
    cycle: str
    baseline: str | None
    published: dt.date
    language: str
    figures: dict[str, Any]  # figures.overview(store, cycle, baseline)
    ranking_rows: list[dict[str, Any]]  # figures.rankings for the cycle and the baseline, names in language
    cards: list[MergedCard]  # the settled countries' cards, by name in the language

    @property
    def words(self) -> Words:
        return Words(self.language)

    def name(self, code: str) -> str:
        return country_name(code, self.language)


def build_book(
    store: Store,
    cycle: str,
    baseline: str | None = None,
    *,
    language: str = "en",
    published: dt.date | None = None,
    network: str | None = None,
    progress: Progress | None = None,
) -> Book:
    """Read the book's content; ``progress(done, total)`` is called as country cards are merged."""
    check_language(language)
    figures = overview(store, cycle, baseline)
    if figures["countries"] == 0 and not figures["unresolved"]:
        raise BookError(
            f"no card for cycle {cycle}: import the partners' bundles first, or choose another cycle"
        )
    if baseline is not None and not figures["baseline_countries"]:
        raise BookError(f"no settled card for the baseline {baseline}: choose another baseline or none")
    rows = rankings(store, cycle) + (rankings(store, baseline) if baseline else [])
    rows = [{**row, "name": country_name(row["country"], language)} for row in rows]
    unresolved = {item["country"] for item in figures["unresolved"]}
    countries = sorted(
        {row["country"] for row in rows if row["cycle"] == cycle} - unresolved,
        key=lambda code: sort_key(country_name(code, language)),
    )
    cards = []
    for index, country in enumerate(countries):
        card = merged_card(store, country, cycle)
        if card is not None and card.resolved:
            cards.append(card)
        if progress is not None:
            progress(index + 1, len(countries))
    return Book(
        network=network or read_info(store).organisation or "",
        cycle=cycle,
        baseline=baseline,
        published=published or dt.date.today(),
        language=language,
        figures=figures,
        ranking_rows=rows,
        cards=cards,
    )


# --- pieces both outputs share ----------------------------------------------------------


def rating_name(words: Words, key: str) -> str:
    return words(f"rating_{key}")


def ranking_name(book: Book, key: str | None) -> str:
    if key is None or key == "not_assessed":
        return book.words("not_ranked")
    return default_catalogue().label("rankings", key).get_for(book.language)


def _shares_text(book: Book, block: dict[str, Any], keys: tuple[str, ...], name: Callable[[str], str]) -> str:
    w = book.words
    return " · ".join(
        f"{name(key)} {w('share_count', share=w.percent(block['percent'][key]), count=block['counts'][key])}"
        for key in keys
        if block["counts"][key] or key != "not_assessed"
    )


def _change_text(book: Book, block: dict[str, Any], keys: tuple[str, ...], name: Callable[[str], str]) -> str:
    if "change_points" not in block:
        return ""
    w = book.words
    return " · ".join(
        f"{name(key)} {w.points(block['change_points'][key])}"
        for key in keys
        if key != "not_assessed" or block["change_points"][key]
    )


def _finding(book: Book, subject: str, key: str, block: dict[str, Any], total: int) -> str:
    """One sentence: the share of ``key`` now and, with a baseline, where it came from."""
    w = book.words
    now = w.percent(block["percent"][key])
    if "baseline_percent" not in block:
        count = w("of_countries", count=block["counts"][key], total=total)
        return w("finding_now", subject=subject, now=f"{now} ({count})", cycle=book.cycle)
    before = w.percent(block["baseline_percent"][key])
    change = block["change_points"][key]
    template = "finding_down" if change < 0 else "finding_up" if change > 0 else "finding_same"
    return w(template, subject=subject, before=before, now=now, baseline=book.baseline, cycle=book.cycle)


def findings(book: Book) -> list[tuple[int | None, str, list[str]]]:
    """The findings: (goal number, indicator title, sentences) per indicator, then the
    rankings' (``None``, heading, sentences). Every number is one of ``book.figures``'."""
    w, figures = book.words, book.figures
    total = figures["countries"]
    catalogue = default_catalogue()
    result: list[tuple[int | None, str, list[str]]] = []
    for entry in figures["indicators"]:
        code = entry["code"]
        sentences = [
            _finding(book, w(f"red_{code}"), "red", entry, total),
            _finding(book, w("finding_green"), "green", entry, total),
        ]
        result.append((entry["goal"], catalogue.indicator(code).title.get_for(book.language), sentences))
    block = figures["rankings"]
    counts = block["counts"]
    low = {"percent": {"low": percent(counts["slow_progress"] + counts["limited_measures"], total)}}
    low["counts"] = {"low": counts["slow_progress"] + counts["limited_measures"]}
    if "baseline_counts" in block:
        base_total = figures["baseline_countries"] or 0
        base = block["baseline_counts"]
        base_low = base["slow_progress"] + base["limited_measures"]
        low["baseline_percent"] = {"low": percent(base_low, base_total)}
        low["change_points"] = {"low": points(low["counts"]["low"], total, base_low, base_total)}
    sentences = [_finding(book, w("finding_low_rankings"), "low", low, total)]
    if "baseline_counts" in block:
        base_total = figures["baseline_countries"] or 0
        sentences.append(
            w(
                "finding_notable",
                before=w("of_countries", count=block["baseline_counts"]["notable_efforts"], total=base_total),
                now=w("of_countries", count=counts["notable_efforts"], total=total),
                change=w.points(block["change_points"]["notable_efforts"]),
            )
        )
    else:
        sentences.append(
            w("finding_notable_now", now=w("of_countries", count=counts["notable_efforts"], total=total))
        )
    result.append((None, w("rankings"), sentences))
    return result


def _rating_words(book: Book, value: MergedValue) -> tuple[str | None, str]:
    """The cell's colour key and its words: "● Green: significant action"."""
    w = book.words
    if value.value is None:
        return None, f"{SHAPES[None]} {w('rating_not_assessed')}"
    label = default_catalogue().label("ratings", value.value).get_for(book.language)
    text = f"{SHAPES[value.value]} {rating_name(w, value.value)}: {label[:1].lower()}{label[1:]}"
    if value.status == "resolved":
        text += f" ({w('decided')})"
    return value.value, text


def _paragraphs(text: str) -> str:
    return "".join(
        f"<p dir='auto'>{e(part).replace(chr(10), '<br>')}</p>" for part in text.split("\n\n") if part.strip()
    )


def _ranking_text(book: Book, card: MergedCard) -> str:
    text = ranking_name(book, card.ranking.value)
    if card.ranking.status == "resolved":
        text += f" ({book.words('decided')})"
    return text


def card_body(book: Book, card: MergedCard, heading: str) -> str:
    """One country's card: ``heading`` (the caller's ``<h1>``/``<h2>``), then the matrix first so
    that it is never separated from the title."""
    w, catalogue, language = book.words, default_catalogue(), book.language
    several = len(card.contributions) > 1
    out = [heading]
    out.append(
        f"<p><b>{e(w('overall_ranking'))}:</b> {e(_ranking_text(book, card))}<br>"
        f"<b>{e(w('partners'))}:</b> {', '.join(e(name) for name in card.organisations)}</p>"
    )
    out.append("<table class='matrix' width='100%' cellspacing='0' cellpadding='3' border='1'><tr>")
    for goal in catalogue.goals:
        title = w("goal", number=goal.number, title=goal.title.get_for(language))
        out.append(f"<th width='33%' bgcolor='#333333'><font color='#ffffff'>{e(title)}</font></th>")
    out.append("</tr>")
    for index in range(max(len(goal.indicators) for goal in catalogue.goals)):
        out.append("<tr>")
        for goal in catalogue.goals:
            if index >= len(goal.indicators):
                out.append("<td></td>")
                continue
            indicator = goal.indicators[index]
            merged = card.indicator(indicator.code)
            colour, text = _rating_words(book, merged.rating)
            star = (
                f"<br><b>{STAR} {e(catalogue.star.label.get_for(language))}</b>" if merged.ngo_action else ""
            )
            out.append(
                f"<td bgcolor='{CELL_COLOURS[colour]}' style='background-color:{CELL_COLOURS[colour]}' "
                f"valign='top'><b>{e(indicator.title.get_for(language))}</b><br>{e(text)}{star}</td>"
            )
        out.append("</tr>")
    out.append("</table><p class='gap'>&nbsp;</p>")
    if card.summaries:
        out.append(f"<h3>{e(w('summary'))}</h3>")
        for text in card.summaries:
            prefix = f"<p><b>{e(text.organisation)}</b></p>" if several else ""
            out.append(f"{prefix}{_paragraphs(text.text)}")
    if card.calls_to_action:
        out.append(f"<h3>{e(w('calls_to_action'))}</h3><ul>")
        for text, organisations in card.calls_to_action:
            by = f" <i>({e(', '.join(organisations))})</i>" if several else ""
            out.append(f"<li dir='auto'>{e(text)}{by}</li>")
        out.append("</ul>")
    for goal in catalogue.goals:
        out.append(f"<h3>{e(w('goal', number=goal.number, title=goal.title.get_for(language)))}</h3>")
        for indicator in goal.indicators:
            merged = card.indicator(indicator.code)
            _, text = _rating_words(book, merged.rating)
            star = f" {STAR}" if merged.ngo_action else ""
            # the title and rating lead the first paragraph: a card of short texts fits one page
            lines = [f"<b>{e(indicator.title.get_for(language))} ({e(text)}{star}):</b>"]
            for assessment in merged.assessments:
                by = f"<i>{e(assessment.organisation)}:</i> " if several else ""
                lines.append(f"{by}{e(assessment.text)}".replace("\n", "<br>"))
            rest = "".join(f"<br>{line}" for line in lines[2:])
            out.append(f"<p class='item' dir='auto'>{' '.join(lines[:2])}{rest}</p>")
            for recommendation in merged.recommendations:
                label = w("recommendation") + (f" ({recommendation.organisation})" if several else "")
                out.append(f"<p class='text' dir='auto'><i>{e(label)}:</i> {e(recommendation.text)}</p>")
    return "".join(out)


def _legend(book: Book) -> str:
    w, catalogue = book.words, default_catalogue()
    cells = []
    for rating in RATINGS:
        meaning = next(r.description for r in catalogue.ratings if r.code == rating).get_for(book.language)
        cells.append(
            f"<td bgcolor='{CELL_COLOURS[rating]}' style='background-color:{CELL_COLOURS[rating]}'>"
            f"<b>{SHAPES[rating]} {e(rating_name(w, rating))}</b>: {e(meaning)}</td>"
        )
    star = catalogue.star.description.get_for(book.language)
    cells.append(
        f"<td><b>{STAR} {e(catalogue.star.label.get_for(book.language))}</b>: "
        f"{e(star.split('. ')[0].rstrip('.'))}.</td>"  # the first sentence: what the star means
    )
    return (
        f"<p><b>{e(w('legend'))}</b></p><table class='legend' width='100%' cellspacing='2' cellpadding='3'>"
        f"<tr>{''.join(cells)}</tr></table>"
    )


def _indicator_table(book: Book) -> str:
    """The figures as a table: shares per rating, NGO action, change since the baseline."""
    w, figures = book.words, book.figures
    baseline = figures.get("baseline")
    heads = [w("indicator"), *(rating_name(w, key) for key in RATING_KEYS), f"{STAR}"]
    if baseline:
        heads.append(w("change_since", baseline=baseline))
    out = ["<table class='figures' width='100%' cellspacing='0' cellpadding='3' border='1'><tr>"]
    out.extend(f"<th bgcolor='#333333'><font color='#ffffff'>{e(head)}</font></th>" for head in heads)
    out.append("</tr>")
    catalogue = default_catalogue()
    for entry in figures["indicators"]:
        title = catalogue.indicator(entry["code"]).title.get_for(book.language)
        cells = [f"<td>{e(title)}</td>"]
        for key in RATING_KEYS:
            share = w("share_count", share=w.percent(entry["percent"][key]), count=entry["counts"][key])
            cells.append(f"<td align='right'>{e(share)}</td>")
        cells.append(f"<td align='right'>{e(w.percent(entry['ngo_action_percent']))}</td>")
        if baseline:
            change = " · ".join(
                f"{rating_name(w, key)} {w.points(entry['change_points'][key])}" for key in ("green", "red")
            )
            cells.append(f"<td>{e(change)}</td>")
        out.append(f"<tr>{''.join(cells)}</tr>")
    out.append("</table>")
    return "".join(out)


def _appendix(book: Book, each: str) -> str:
    w = book.words
    columns = ranking_columns(book.ranking_rows, each)
    out = [f"<h3>{e(w('rankings_of', cycle=each))}</h3>"]
    out.append("<table class='appendix' width='100%' cellspacing='0' cellpadding='4' border='1'><tr>")
    for ranking in RANKINGS:
        head = f"{ranking_name(book, ranking)} ({len(columns[ranking])})"
        colour = RANKING_COLOURS[ranking]
        out.append(
            f"<th width='25%' bgcolor='{colour}' style='background-color:{colour}'>"
            f"<font color='#ffffff'>{e(head)}</font></th>"
        )
    out.append("</tr><tr>")
    for ranking in RANKINGS:
        out.append(f"<td valign='top'>{'<br>'.join(e(name) for name in columns[ranking]) or '&nbsp;'}</td>")
    out.append("</tr></table>")
    if columns["not_ranked"]:
        out.append(f"<p>{e(w('not_ranked'))}: {e(', '.join(columns['not_ranked']))}</p>")
    return "".join(out)


def _unresolved(book: Book, tag: str) -> str:
    left_out = book.figures["unresolved"]
    if not left_out:
        return ""
    names = ", ".join(book.name(item["country"]) for item in left_out)
    text = book.words("unresolved_text", countries=names)
    return f"<{tag}>{e(book.words('unresolved_title'))}</{tag}><p>{e(text)}</p>"


def _intro(book: Book) -> str:
    w, figures = book.words, book.figures
    text = w("overview_intro", count=figures["countries"], cycle=book.cycle)
    if book.baseline:
        text += " " + w("overview_change", baseline=book.baseline)
    return f"<p>{e(text)}</p>"


# --- the book (HTML for Qt's rich text, printed to PDF) ---------------------------------

_BOOK_STYLE = (  # Qt's rich text takes margins in px only (pt are ignored); 1px = 1/144 in on the PDF
    "body{font-family:'DejaVu Sans','Noto Sans',sans-serif;font-size:9pt;color:#000000;}"
    "h1{font-size:20pt;} h2{font-size:15pt;margin-top:0px;margin-bottom:12px;}"
    "h3{font-size:11pt;margin-top:18px;margin-bottom:4px;}"
    "h4{font-size:9pt;margin-top:12px;margin-bottom:2px;} .small{font-size:8pt;margin:0px;}"
    ".gap{font-size:3pt;margin:0px;} .item{margin-top:6px;margin-bottom:0px;}"
    ".text{margin-top:0px;margin-bottom:0px;}"
    "th{font-size:8pt;} .legend td{font-size:8pt;} .figures td{font-size:8pt;} .matrix td{font-size:8pt;}"
)


def _bar(shares: dict[str, float], order: tuple[str, ...], colours: dict[str, str], height: int) -> str:
    cells = "".join(
        f"<td width='{shares[key]:.1f}%' bgcolor='{colours[key]}' style='background-color:{colours[key]}' "
        f"height='{height}'></td>"
        for key in order
        if shares.get(key, 0.0) > 0
    )
    return (
        "<table width='100%' cellspacing='0' cellpadding='0' border='0'>"
        f"<tr>{cells or f'<td height={height!r}></td>'}</tr></table>"
    )


def _bars(book: Book, block: dict[str, Any], order: tuple[str, ...], colours: dict[str, str]) -> str:
    rows = [(book.cycle, block["percent"], 12)]
    if book.baseline and "baseline_percent" in block:
        rows.append((book.baseline, block["baseline_percent"], 6))
    cells = "".join(
        f"<tr><td width='12%' class='small'>{e(label)}</td>"
        f"<td width='88%'>{_bar(shares, order, colours, height)}</td></tr>"
        for label, shares, height in rows
    )
    return f"<table width='100%' cellspacing='0' cellpadding='1' border='0'>{cells}</table>"


def _page(anchor: str, pages: dict[str, int] | None) -> str:
    return str(pages[anchor]) if pages and anchor in pages else "\u2007\u2007"


def book_html(book: Book, pages: dict[str, int] | None = None) -> str:
    """The book as one HTML document for ``QTextDocument``. Sections start with
    ``<a name=...>`` anchors; ``pages`` (anchor -> page number, found by a first layout)
    fills the contents page."""
    w, figures, language = book.words, book.figures, book.language
    catalogue = default_catalogue()
    brk = " style='page-break-before:always'"
    out = [
        f"<!DOCTYPE html><html lang='{language}'><head><meta charset='utf-8'>"
        f"<title>{e(w('book_title', cycle=book.cycle))}</title><style>{_BOOK_STYLE}</style></head><body>"
    ]
    # title page
    out.append("<p>&nbsp;</p>" * 8)
    out.append(f"<h1 align='center'><a name='title'></a>{e(w('book_title', cycle=book.cycle))}</h1>")
    out.append(f"<p align='center' style='font-size:12pt'>{e(w('book_subtitle'))}</p>")
    out.append("<p>&nbsp;</p>" * 3)
    lines = [
        w("published_by", network=book.network) if book.network else "",
        w("countries_reviewed", count=figures["countries"]),
        w("compared_with", baseline=book.baseline, count=figures["baseline_countries"])
        if book.baseline
        else "",
        w("published_on", date=w.date(book.published)),
    ]
    out.append(
        f"<p align='center' style='font-size:11pt'>{'<br>'.join(e(line) for line in lines if line)}</p>"
    )
    # contents
    sections = [("overview", w("overview"))]
    if figures["unresolved"]:
        sections.append(("unresolved", w("unresolved_title")))
    sections += [("findings", w("findings")), ("rankings", w("rankings"))]
    sections.append(("cards", w("country_cards")))
    out.append(f"<h2{brk}><a name='contents'></a>{e(w('contents'))}</h2>")
    out.append("<table width='100%' cellspacing='0' cellpadding='2' border='0'>")
    for anchor, title in sections:
        out.append(
            f"<tr><td width='90%'><b>{e(title)}</b></td><td align='right'>{_page(anchor, pages)}</td></tr>"
        )
    out.append("</table><p></p>")
    if book.cards:
        out.append("<table width='100%' cellspacing='0' cellpadding='1' border='0'>")
        per_row = 3
        for start in range(0, len(book.cards), per_row):
            out.append("<tr>")
            for card in book.cards[start : start + per_row]:
                anchor = f"c-{card.country}"
                out.append(f"<td width='25%'>{e(book.name(card.country))}</td>")
                out.append(f"<td width='5%' align='right'>{_page(anchor, pages)}</td><td width='3%'></td>")
            out.append("</tr>")
        out.append("</table>")
    # global overview
    out.append(f"<h2{brk}><a name='overview'></a>{e(w('overview'))}</h2>{_intro(book)}")
    if figures["unresolved"]:
        out.append(f"<p class='small'><a name='unresolved'></a></p>{_unresolved(book, 'h4')}")
    out.append(_legend(book))
    legend = " &nbsp; ".join(
        f"<font color='{BAR_COLOURS[key]}'>\u2588\u2588</font> {e(rating_name(w, key))}"
        for key in RATING_KEYS
    )
    goal = None
    for entry in figures["indicators"]:
        if entry["goal"] != goal:
            goal = entry["goal"]
            title = catalogue.goals[goal - 1].title.get_for(language)
            # two goals a page, the colours' key at the top of each: a goal's bars stay on one page
            top = goal % 2 == 1
            style = brk if top and goal > 1 else ""
            key = f"<p class='small'>{legend}</p>" if top else ""
            out.append(f"<h3{style}>{e(w('goal', number=goal, title=title))}</h3>{key}")
        title = catalogue.indicator(entry["code"]).title.get_for(language)
        text = e(_shares_text(book, entry, RATING_KEYS, lambda key: rating_name(w, key)))
        text += f" · {STAR} {e(w.percent(entry['ngo_action_percent']))}"
        if "change_points" in entry:
            change = _change_text(book, entry, RATING_KEYS, lambda key: rating_name(w, key))
            text += f"<br>{e(w('change_since', baseline=book.baseline))}: {e(change)}"
        out.append(
            f"<p class='item'><b>{e(title)}</b></p>{_bars(book, entry, RATING_KEYS, BAR_COLOURS)}"
            f"<p class='text small'>{text}</p>"
        )
    out.append(f"<h3>{e(w('overview'))}: {e(w('indicator'))}</h3>{_indicator_table(book)}")
    # findings
    out.append(f"<h2{brk}><a name='findings'></a>{e(w('findings'))}</h2>")
    goal = 0
    for number, title, sentences in findings(book):
        if number != goal:
            goal = number
            heading = (
                w("goal", number=number, title=catalogue.goals[number - 1].title.get_for(language))
                if number
                else w("rankings")
            )
            out.append(f"<h3>{e(heading)}</h3>")
        body = "<br>".join(e(sentence) for sentence in sentences)
        out.append(f"<p>{'' if number is None else f'<b>{e(title)}</b><br>'}{body}</p>")
    # rankings
    block = figures["rankings"]
    out.append(f"<h2{brk}><a name='rankings'></a>{e(w('rankings'))}</h2><p>{e(w('rankings_intro'))}</p>")
    out.append(_bars(book, block, RANKING_KEYS, RANKING_COLOURS))
    ranking_label = lambda key: ranking_name(book, key)  # noqa: E731
    out.append(f"<p class='small'>{e(_shares_text(book, block, RANKING_KEYS, ranking_label))}")
    if "change_points" in block:
        change = _change_text(book, block, RANKING_KEYS, ranking_label)
        out.append(f"<br>{e(w('change_since', baseline=book.baseline))}: {e(change)}")
    out.append("</p>")
    for each in [book.cycle] + ([book.baseline] if book.baseline else []):
        out.append(_appendix(book, each))
    # country cards
    if not book.cards:
        out.append(f"<h2{brk}><a name='cards'></a>{e(w('country_cards'))}</h2><p>{e(w('no_countries'))}</p>")
    for index, card in enumerate(book.cards):
        title = w("country_card_title", country=book.name(card.country), cycle=book.cycle)
        first = "<a name='cards'></a>" if index == 0 else ""
        heading = f"<h2{brk}>{first}<a name='c-{card.country}'></a>{e(title)}</h2>"
        out.append(card_body(book, card, heading))
    out.append("</body></html>")
    return "".join(out)


# --- the static site -------------------------------------------------------------------

_SITE_STYLE = (
    "body{font-family:'DejaVu Sans','Noto Sans',Arial,sans-serif;font-size:11pt;color:#000;max-width:60em;"
    "margin:1em auto;padding:0 1em;line-height:1.4}"
    "table{border-collapse:collapse} th,td{border:1px solid #666;padding:4px;vertical-align:top}"
    "table.bars td,table.bars th{border:none} th{background:#333;color:#fff}"
    ".matrix td{width:33%} .small{font-size:9pt}"
    ".swatch{display:inline-block;width:1.2em;height:0.8em;border:1px solid #333;vertical-align:middle;"
    "margin-left:0.6em}"
    " nav{margin:1em 0} nav a{margin-right:1em}"
    "ul.countries{columns:3} svg{display:block}"
    "@media print{*{print-color-adjust:exact;-webkit-print-color-adjust:exact}"
    " nav{display:none} a{color:#000;text-decoration:none} h2{page-break-before:always}"
    " table{page-break-inside:avoid}}"
)


def _site_page(book: Book, title: str, body: str) -> str:
    return (
        f"<!DOCTYPE html><html lang='{book.language}'><head><meta charset='utf-8'>"
        "<meta name='viewport' content='width=device-width, initial-scale=1'>"
        f"<title>{e(title)}</title><style>{_SITE_STYLE}</style></head><body>{body}</body></html>\n"
    )


def _svg_bars(book: Book, title: str, block: dict[str, Any], order: tuple[str, ...], colours: dict[str, str],
              name: Callable[[str], str]) -> str:  # fmt: skip
    """A stacked bar per cycle (the baseline's thinner), labelled with the cycle, as inline SVG."""
    rows = [(book.cycle, block["percent"], 18)]
    if book.baseline and "baseline_percent" in block:
        rows.append((book.baseline, block["baseline_percent"], 10))
    label_width, width, gap = 80, 480, 6
    height = sum(h + gap for _, _, h in rows)
    shares = ", ".join(f"{name(key)} {book.words.percent(block['percent'][key])}" for key in order)
    label = book.words("chart_label", title=title, shares=shares)
    parts = [
        f"<svg xmlns='http://www.w3.org/2000/svg' width='{label_width + width}' height='{height}' "
        f"viewBox='0 0 {label_width + width} {height}' role='img' aria-label='{e(label)}'>"
        f"<title>{e(label)}</title>"
    ]
    y = 0
    for cycle, values, bar in rows:
        parts.append(f"<text x='0' y='{y + bar - 4}' font-size='11'>{e(cycle)}</text>")
        x = float(label_width)
        for key in order:
            share = values.get(key, 0.0)
            if share <= 0:
                continue
            w = width * share / 100
            parts.append(
                f"<rect x='{x:.1f}' y='{y}' width='{w:.1f}' height='{bar}' fill='{colours[key]}'>"
                f"<title>{e(name(key))} {e(book.words.percent(share))}</title></rect>"
            )
            if bar >= 18 and w > 44:
                ink = "#000" if key in ("yellow", "not_assessed", "some_progress") else "#fff"
                parts.append(
                    f"<text x='{x + 4:.1f}' y='{y + bar - 5}' font-size='11' fill='{ink}'>"
                    f"{e(book.words.percent(share))}</text>"
                )
            x += w
        y += bar + gap
    parts.append("</svg>")
    return "".join(parts)


def _colour_key(keys: tuple[str, ...], colours: dict[str, str], name: Callable[[str], str]) -> str:
    """What the bars' colours mean (a swatch that prints: a border, not only a background)."""
    swatches = " ".join(
        f"<span class='swatch' style='background:{colours[key]}'></span> {e(name(key))}" for key in keys
    )
    return f"<p class='small'>{swatches}</p>"


def _country_file(code: str) -> str:
    """``countries/THA.html``; a code that is not three capital letters never names a file as such."""
    safe = code if re.fullmatch(r"[A-Z]{3}", code) else "x" + code.encode("utf-8").hex()
    return f"countries/{safe}.html"


def site_pages(book: Book) -> dict[str, str]:
    """The site: relative path -> HTML text (``index.html`` and ``countries/<CODE>.html``)."""
    w, figures, language = book.words, book.figures, book.language
    catalogue = default_catalogue()
    title = w("book_title", cycle=book.cycle)
    out = [f"<h1>{e(title)}</h1>"]
    lines = [
        w("published_by", network=book.network) if book.network else "",
        w("countries_reviewed", count=figures["countries"]),
        w("compared_with", baseline=book.baseline, count=figures["baseline_countries"])
        if book.baseline
        else "",
        w("published_on", date=w.date(book.published)),
    ]
    out.append(f"<p>{'<br>'.join(e(line) for line in lines if line)}</p>")
    out.append(
        f"<nav><a href='#overview'>{e(w('overview'))}</a><a href='#findings'>{e(w('findings'))}</a>"
        f"<a href='#rankings'>{e(w('rankings'))}</a><a href='#countries'>{e(w('countries'))}</a></nav>"
    )
    out.append(f"<h2 id='overview'>{e(w('overview'))}</h2>{_intro(book)}{_legend(book)}")
    out.append(_colour_key(RATING_KEYS, BAR_COLOURS, lambda key: rating_name(w, key)))
    rating_label = lambda key: rating_name(w, key)  # noqa: E731
    goal = None
    for entry in figures["indicators"]:
        if entry["goal"] != goal:
            goal = entry["goal"]
            heading = w("goal", number=goal, title=catalogue.goals[goal - 1].title.get_for(language))
            out.append(f"<h3>{e(heading)}</h3>")
        name = catalogue.indicator(entry["code"]).title.get_for(language)
        text = e(_shares_text(book, entry, RATING_KEYS, rating_label))
        if "change_points" in entry:
            change = _change_text(book, entry, RATING_KEYS, rating_label)
            text += f"<br>{e(w('change_since', baseline=book.baseline))}: {e(change)}"
        out.append(
            f"<h4>{e(name)}</h4>{_svg_bars(book, name, entry, RATING_KEYS, BAR_COLOURS, rating_label)}"
            f"<p class='small'>{text}</p>"
        )
    out.append(f"<h3>{e(w('indicator'))}</h3>{_indicator_table(book)}")
    out.append(f"<h2 id='findings'>{e(w('findings'))}</h2>")
    goal = 0
    for number, name, sentences in findings(book):
        if number is not None and number != goal:
            goal = number
            heading = w("goal", number=number, title=catalogue.goals[number - 1].title.get_for(language))
            out.append(f"<h3>{e(heading)}</h3>")
        elif number is None:
            out.append(f"<h3>{e(name)}</h3>")
        title = "" if number is None else f"<h4>{e(name)}</h4>"
        out.append(f"{title}<ul>{''.join(f'<li>{e(s)}</li>' for s in sentences)}</ul>")
    block = figures["rankings"]
    ranking_label = lambda key: ranking_name(book, key)  # noqa: E731
    out.append(f"<h2 id='rankings'>{e(w('rankings'))}</h2><p>{e(w('rankings_intro'))}</p>")
    out.append(_colour_key(RANKING_KEYS, RANKING_COLOURS, ranking_label))
    out.append(_svg_bars(book, w("rankings"), block, RANKING_KEYS, RANKING_COLOURS, ranking_label))
    out.append(f"<p class='small'>{e(_shares_text(book, block, RANKING_KEYS, ranking_label))}")
    if "change_points" in block:
        change = _change_text(book, block, RANKING_KEYS, ranking_label)
        out.append(f"<br>{e(w('change_since', baseline=book.baseline))}: {e(change)}")
    out.append("</p>")
    for each in [book.cycle] + ([book.baseline] if book.baseline else []):
        out.append(_appendix(book, each))
    out.append(f"<h2 id='countries'>{e(w('country_cards'))}</h2>")
    if book.cards:
        items = "".join(
            f"<li><a href='{_country_file(card.country)}'>{e(book.name(card.country))}</a></li>"
            for card in book.cards
        )
        out.append(f"<ul class='countries'>{items}</ul>")
    else:
        out.append(f"<p>{e(w('no_countries'))}</p>")
    out.append(_unresolved(book, "h3"))
    pages = {"index.html": _site_page(book, title, "".join(out))}
    for index, card in enumerate(book.cards):
        name = w("country_card_title", country=book.name(card.country), cycle=book.cycle)
        nav = [f"<a href='../index.html'>{e(w('back_to_overview'))}</a>"]
        if index > 0:
            nav.append(f"<a href='../{_country_file(book.cards[index - 1].country)}'>{e(w('previous'))}</a>")
        if index + 1 < len(book.cards):
            nav.append(f"<a href='../{_country_file(book.cards[index + 1].country)}'>{e(w('next'))}</a>")
        body = f"<nav>{''.join(nav)}</nav>" + card_body(book, card, f"<h1>{e(name)}</h1>") + _legend(book)
        pages[_country_file(card.country)] = _site_page(book, name, body)
    return pages


SITE_INDEX = "index.html"


def write_site(book: Book, folder: Path) -> list[Path]:
    """Write ``site_pages`` into ``folder`` (created if needed); returns the files written.

    ``folder`` must be empty or hold an earlier site (an ``index.html``): the country pages of
    that earlier site that this one does not have are removed, nothing else is touched.
    ``BookError`` if the folder holds something else, so that nobody's files are mixed in.
    """
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise BookError(f"{folder} is a file: give a folder for the site")
    if folder.is_dir() and any(folder.iterdir()) and not (folder / SITE_INDEX).is_file():
        raise BookError(f"{folder} is not empty and holds no earlier site: choose an empty or a new folder")
    pages = site_pages(book)
    (folder / "countries").mkdir(parents=True, exist_ok=True)
    written = [write_atomically(folder / relative, text.encode("utf-8")) for relative, text in pages.items()]
    countries = folder / "countries"
    for old in countries.glob("*.html") if countries.is_dir() else []:
        if f"countries/{old.name}" not in pages:
            old.unlink()
    return written
