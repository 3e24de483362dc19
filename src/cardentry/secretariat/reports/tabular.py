"""The overview and the rankings as CSV and XLSX.

A cell whose text starts with ``=``, ``+``, ``-``, ``@``, TAB or CR would be run as a
formula by a spreadsheet; such text is prefixed with an apostrophe (``safe_cell``). Numbers
stay numbers.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
OVERVIEW_COLUMNS = (
    "cycle",
    "section",
    "code",
    "title",
    "value",
    "count",
    "percent",
    "baseline",
    "baseline_count",
    "baseline_percent",
    "change_count",
    "change_points",
)
RANKING_COLUMNS = ("cycle", "country", "name", "ranking", "status", "partners")


def safe_cell(value: Any) -> Any:
    """``value`` for a spreadsheet cell: text that would start a formula is neutralised.

    Leading white space is looked through (`` =HYPERLINK(...)`` is caught too), since
    some spreadsheets trim it before deciding that a cell is a formula.
    """
    if isinstance(value, str) and (
        value.startswith(FORMULA_STARTS) or value.lstrip(" \u00a0\n").startswith(FORMULA_STARTS)
    ):
        return "'" + value
    return value


def overview_rows(overview: dict[str, Any]) -> list[dict[str, Any]]:
    """The overview in long form: one row per indicator and rating, per ranking."""
    rows = []
    baseline = overview.get("baseline")

    def row(section: str, code: str, title: str, value: str, block: dict[str, Any], count_key: str) -> None:
        counts = block["counts"] if count_key == "counts" else {value: block[count_key]}
        shares = block["percent"] if count_key == "counts" else {value: block.get("ngo_action_percent", 0.0)}
        entry = {
            "cycle": overview["cycle"],
            "section": section,
            "code": code,
            "title": title,
            "value": value,
            "count": counts[value],
            "percent": shares[value],
            "baseline": baseline or "",
            "baseline_count": "",
            "baseline_percent": "",
            "change_count": "",
            "change_points": "",
        }
        if baseline and count_key == "counts":
            entry["baseline_count"] = block["baseline_counts"][value]
            entry["baseline_percent"] = block["baseline_percent"][value]
            entry["change_count"] = block["change_counts"][value]
            entry["change_points"] = block["change_points"][value]
        elif baseline and count_key == "ngo_action":
            entry["baseline_count"] = block.get("baseline_ngo_action", "")
        rows.append(entry)

    for indicator in overview["indicators"]:
        for value in indicator["counts"]:
            row("indicator", indicator["code"], indicator.get("title", ""), value, indicator, "counts")
        row("indicator", indicator["code"], indicator.get("title", ""), "ngo_action", indicator, "ngo_action")
    for value in overview["rankings"]["counts"]:
        row("ranking", "ranking", "Overall ranking", value, overview["rankings"], "counts")
    return rows


def _csv(columns: tuple[str, ...], rows: list[dict[str, Any]]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\r\n")
    writer.writeheader()
    for entry in rows:
        writer.writerow({key: safe_cell(entry.get(key, "")) for key in columns})
    return buffer.getvalue()


def overview_csv(overview: dict[str, Any]) -> str:
    rows = overview_rows(overview)
    rows += [
        {"cycle": overview["cycle"], "section": "unresolved", "code": item["country"], "title": item["name"]}
        for item in overview["unresolved"]
    ]
    return _csv(OVERVIEW_COLUMNS, rows)


def _ranking_rows(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{**row, "ranking": row["ranking"] or "", "partners": "; ".join(row["partners"])} for row in rows]


def rankings_csv(rows: list[dict[str, Any]]) -> str:
    return _csv(RANKING_COLUMNS, _ranking_rows(rows))


def overview_xlsx(overview: dict[str, Any], path: Path) -> Path:
    """Write the overview to an XLSX workbook: a summary sheet and the long table."""
    from openpyxl import Workbook

    workbook = Workbook()
    summary = workbook.active
    summary.title = "Summary"
    summary.append(["cycle", overview["cycle"]])
    summary.append(["baseline", safe_cell(overview.get("baseline") or "")])
    summary.append(["countries", overview["countries"]])
    summary.append(["unresolved", len(overview["unresolved"])])
    for item in overview["unresolved"]:
        summary.append(["", safe_cell(item["country"]), safe_cell(item["name"])])
    table = workbook.create_sheet("Figures")
    table.append(list(OVERVIEW_COLUMNS))
    for entry in overview_rows(overview):
        table.append([safe_cell(entry[key]) for key in OVERVIEW_COLUMNS])
    path = Path(path)
    workbook.save(path)
    return path
