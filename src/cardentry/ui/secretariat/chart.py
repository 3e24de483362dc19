"""The overview chart, painted with QPainter: per indicator a stacked bar of green / yellow /
red / not assessed for the cycle, a thinner bar for the baseline below it, and the change in
percentage points beside it; the overall ranking as a last bar.

Every segment wide enough carries its percentage, the order never changes (green, yellow,
red, not assessed, as the legend says) and the change is written out, so the chart reads
in black and white; the tooltip of a row gives all counts. The numbers are exactly those
of ``reports.figures.overview`` (what ``report overview --format json`` prints): the chart
computes nothing, it lays them out. ``rows()`` returns what is painted, for tests and for
screen readers (``accessibleDescription``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from cardentry.base.vocabulary import RANKINGS
from cardentry.ui.common.i18n import format_percent, format_signed
from cardentry.ui.common.qt import (
    QT_TRANSLATE_NOOP,
    QColor,
    QEvent,
    QFont,
    QPainter,
    QPen,
    QRectF,
    QSize,
    QSizePolicy,
    Qt,
    QToolTip,
    QWidget,
    translate,
)
from cardentry.ui.common.theme import MUTED, TEXT
from cardentry.ui.secretariat.texts import indicator_title

RATING_KEYS = ("green", "yellow", "red", "not_assessed")
RANKING_KEYS = (*RANKINGS, "not_assessed")
# English source texts: shown through ``key_name(names, key)``, which translates them
NAMES = {
    "green": QT_TRANSLATE_NOOP("SecretariatChart", "Green"),
    "yellow": QT_TRANSLATE_NOOP("SecretariatChart", "Yellow"),
    "red": QT_TRANSLATE_NOOP("SecretariatChart", "Red"),
    "not_assessed": QT_TRANSLATE_NOOP("SecretariatChart", "Not assessed"),
    "slow_progress": QT_TRANSLATE_NOOP("SecretariatChart", "Slow progress"),
    "limited_measures": QT_TRANSLATE_NOOP("SecretariatChart", "Limited measures"),
    "some_progress": QT_TRANSLATE_NOOP("SecretariatChart", "Some progress"),
    "notable_efforts": QT_TRANSLATE_NOOP("SecretariatChart", "Notable efforts"),
}
RANKING_NAMES = {**NAMES, "not_assessed": QT_TRANSLATE_NOOP("SecretariatChart", "Not ranked")}
# fill, text on it (contrast >= 4.5:1 for the label)
FILLS = {
    "green": ("#1e7b34", "#ffffff"),
    "yellow": ("#f2c40f", "#1a1a1a"),
    "red": ("#c5221f", "#ffffff"),
    "not_assessed": ("#e3e3e3", "#1a1a1a"),
}
RANKING_FILLS = {
    "slow_progress": ("#c5221f", "#ffffff"),
    "limited_measures": ("#f5a45d", "#1a1a1a"),
    "some_progress": ("#9cc3e0", "#1a1a1a"),
    "notable_efforts": ("#1f5f99", "#ffffff"),
    "not_assessed": ("#e3e3e3", "#1a1a1a"),
}


def key_name(names: dict[str, str], key: str) -> str:
    """The name of a rating or ranking key in the interface language."""
    return translate("SecretariatChart", names[key])


@dataclass(frozen=True)
class Segment:
    key: str
    count: int
    percent: float

    @property
    def label(self) -> str:
        return format_percent(self.percent)


@dataclass(frozen=True)
class ChartRow:
    code: str  # indicator code, or "ranking"
    title: str
    goal: int | None
    segments: tuple[Segment, ...]
    baseline: tuple[Segment, ...] | None
    changes: tuple[str, ...]  # "Green +4.8 pts", ...
    ngo_action: int | None

    def describe(self, cycle: str, baseline: str | None) -> str:
        names = RANKING_NAMES if self.code == "ranking" else NAMES
        text = translate("SecretariatChart", "{title}, {cycle}: {values}").format(
            title=self.title,
            cycle=cycle,
            values=", ".join(f"{key_name(names, s.key)} {s.count} ({s.label})" for s in self.segments),
        )
        if self.baseline is not None:
            text += translate("SecretariatChart", "; {baseline}: {values}").format(
                baseline=baseline,
                values=", ".join(f"{key_name(names, s.key)} {s.count} ({s.label})" for s in self.baseline),
            )
        if self.changes:
            text += translate("SecretariatChart", "; change: {changes}").format(
                changes=", ".join(self.changes)
            )
        if self.ngo_action is not None:
            text += translate("SecretariatChart", "; NGO action (star) in %n", "", self.ngo_action)
        return text


def chart_rows(figures: dict[str, Any]) -> list[ChartRow]:
    """What the chart shows, straight from ``figures.overview``'s result."""
    rows = []
    for indicator in figures["indicators"]:
        # the figures carry the English title
        title = indicator_title(indicator["code"], indicator.get("title", indicator["code"]))
        rows.append(
            _row(indicator["code"], title, indicator.get("goal"), indicator, RATING_KEYS, ("green", "red"),
                 NAMES, indicator.get("ngo_action"))
        )  # fmt: skip
    overall = translate("SecretariatChart", "Overall ranking")
    rows.append(
        _row("ranking", overall, None, figures["rankings"], RANKING_KEYS,
             ("notable_efforts", "slow_progress"), RANKING_NAMES, None)
    )  # fmt: skip
    return rows


def _row(
    code: str,
    title: str,
    goal: int | None,
    block: dict[str, Any],
    keys: tuple[str, ...],
    changed: tuple[str, ...],
    names: dict[str, str],
    ngo: int | None,
) -> ChartRow:
    segments = tuple(Segment(k, block["counts"][k], block["percent"][k]) for k in keys if block["counts"][k])
    baseline = None
    changes: tuple[str, ...] = ()
    if "baseline_percent" in block:
        baseline = tuple(
            Segment(k, block["baseline_counts"][k], block["baseline_percent"][k])
            for k in keys
            if block["baseline_counts"][k]
        )
        changes = tuple(f"{key_name(names, k)} {format_signed(block['change_points'][k])}" for k in changed)
    return ChartRow(code, title, goal, segments, baseline, changes, ngo)


class OverviewChart(QWidget):
    """The stacked bars of one cycle's overview (and its baseline)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.figures: dict[str, Any] | None = None
        self._rows: list[ChartRow] = []
        self._hit: list[tuple[QRectF, ChartRow]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)
        self.setAccessibleName(translate("SecretariatChart", "Overview chart"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def set_figures(self, figures: dict[str, Any] | None) -> None:
        self.figures = figures
        self._rows = chart_rows(figures) if figures else []
        if figures:
            self.setAccessibleDescription(
                "\n".join(r.describe(figures["cycle"], figures.get("baseline")) for r in self._rows)
            )
        self.setFixedHeight(self._height())
        self.update()

    def rows(self) -> list[ChartRow]:
        return list(self._rows)

    # --- geometry ------------------------------------------------------------------

    def _metrics(self) -> dict[str, float]:
        line = self.fontMetrics().height()
        bar = line + 6
        base = max(6, line // 2)
        return {
            "line": line,
            "bar": bar,
            "base": base,
            "row": bar + 3 + base + 12,
            "goal": line + 12,
            "legend": line + 10,
        }

    def _height(self) -> int:
        if not self._rows:
            return self._metrics()["legend"] * 2
        m = self._metrics()
        goals = len({r.goal for r in self._rows if r.goal is not None})
        top = m["line"] + 2 + m["legend"]
        return int(top + (goals + 1) * m["goal"] + len(self._rows) * m["row"] + 8)

    def sizeHint(self) -> QSize:
        return QSize(720, self._height())

    def minimumSizeHint(self) -> QSize:
        return QSize(480, self._height())

    # --- painting ------------------------------------------------------------------

    def paintEvent(self, _event: Any) -> None:
        painter = QPainter(self)
        try:
            painter.fillRect(self.rect(), QColor("#ffffff"))
            self.paint(painter, self.width())
        finally:
            painter.end()

    def paint(self, painter: QPainter, width: float) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        m = self._metrics()
        font = QFont(self.font())
        small = QFont(font)
        small.setPointSizeF(font.pointSizeF() * 0.9 if font.pointSizeF() > 0 else 9)
        bold = QFont(font)
        bold.setBold(True)
        fm = self.fontMetrics()
        self._hit = []
        if not self._rows or self.figures is None:
            painter.setPen(QColor(MUTED))
            empty = translate("SecretariatChart", "No figures yet: import cards and settle disagreements.")
            painter.drawText(QRectF(8, 0, width - 16, m["legend"] * 2), Qt.AlignmentFlag.AlignVCenter, empty)
            return
        cycle, baseline = self.figures["cycle"], self.figures.get("baseline")
        title_w = min(max(150.0, width * 0.24), 230.0)
        changed = (
            (NAMES, "green"),
            (NAMES, "red"),
            (RANKING_NAMES, "notable_efforts"),
            (RANKING_NAMES, "slow_progress"),
        )
        widest = max((key_name(names, key) for names, key in changed), key=fm.horizontalAdvance)
        change_w = fm.horizontalAdvance(f"{widest} −100.0") + 16 if baseline else 8
        bar_x = title_w + 8
        bar_w = max(120.0, width - bar_x - change_w - 8)
        y = 4.0
        # legend
        x = bar_x
        painter.setFont(small)
        for key in RATING_KEYS:
            fill, _ = FILLS[key]
            painter.setPen(QPen(QColor(TEXT), 0.8))
            painter.setBrush(QColor(fill))
            painter.drawRect(QRectF(x, y + 3, 14, m["line"] - 4))
            painter.setPen(QColor(TEXT))
            text = key_name(NAMES, key)
            painter.drawText(QRectF(x + 18, y, 200, m["line"]), Qt.AlignmentFlag.AlignVCenter, text)
            x += 18 + fm.horizontalAdvance(text) + 16
        painter.setPen(QColor(MUTED))
        if baseline:
            since = translate("SecretariatChart", "Since {baseline}, points").format(baseline=baseline)
            painter.drawText(QRectF(width - change_w + 4, y, change_w - 4, m["line"]),
                             Qt.AlignmentFlag.AlignVCenter, since)  # fmt: skip
        y += m["line"] + 2
        if baseline:
            note = translate(
                "SecretariatChart",
                "Thick bar: {cycle}; thin bar below it: {baseline}. "
                "Shares of the countries with a resolved card.",
            ).format(cycle=cycle, baseline=baseline)
        else:
            note = translate(
                "SecretariatChart", "Thick bar: {cycle}. Shares of the countries with a resolved card."
            ).format(cycle=cycle)
        painter.drawText(QRectF(bar_x, y, width - bar_x, m["line"]), Qt.AlignmentFlag.AlignVCenter, note)
        y += m["legend"]
        goal = None
        for chart_row in self._rows:
            keys_fills = RANKING_FILLS if chart_row.code == "ranking" else FILLS
            if chart_row.goal != goal or chart_row.code == "ranking":
                goal = chart_row.goal
                painter.setFont(bold)
                painter.setPen(QColor(TEXT))
                heading = (
                    translate("SecretariatChart", "Goal {number}").format(number=goal)
                    if goal is not None
                    else translate("SecretariatChart", "Overall ranking")
                )
                if chart_row.code == "ranking":
                    heading = translate("SecretariatChart", "Overall ranking: {rankings}").format(
                        rankings=" · ".join(key_name(RANKING_NAMES, k) for k in RANKING_KEYS[:-1])
                    )
                painter.drawText(QRectF(0, y + 4, width, m["line"]), Qt.AlignmentFlag.AlignVCenter, heading)
                painter.setPen(QPen(QColor("#c8c8c8"), 1))
                painter.drawLine(0, int(y + m["goal"] - 3), int(width), int(y + m["goal"] - 3))
                y += m["goal"]
            top = y
            painter.setFont(font)
            painter.setPen(QColor(TEXT))
            painter.drawText(
                QRectF(0, top, title_w, m["bar"] + m["base"] + 4),
                Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap,
                chart_row.title,
            )
            self._bar(
                painter, QRectF(bar_x, top, bar_w, m["bar"]), chart_row.segments, keys_fills, small, True
            )
            if chart_row.baseline is not None:
                self._bar(painter, QRectF(bar_x, top + m["bar"] + 3, bar_w, m["base"]), chart_row.baseline,
                          keys_fills, small, False)  # fmt: skip
            if chart_row.changes:
                painter.setFont(small)
                painter.setPen(QColor(TEXT))
                painter.drawText(
                    QRectF(width - change_w + 4, top - 2, change_w - 4, m["bar"] + m["base"] + 8),
                    Qt.AlignmentFlag.AlignVCenter,
                    "\n".join(chart_row.changes),
                )
            self._hit.append((QRectF(0, top, width, m["row"]), chart_row))
            y += m["row"]

    def _bar(
        self,
        painter: QPainter,
        rect: QRectF,
        segments: tuple[Segment, ...],
        fills: dict[str, tuple[str, str]],
        font: QFont,
        labelled: bool,
    ) -> None:
        painter.setPen(QPen(QColor("#8a8a8a"), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect)
        x = rect.left()
        painter.setFont(font)
        fm = painter.fontMetrics()
        total = sum(s.percent for s in segments) or 1.0
        for index, segment in enumerate(segments):
            share = segment.percent / total  # rounding can make the shares sum to 99.9 or 100.1
            width = rect.width() - (x - rect.left()) if index == len(segments) - 1 else rect.width() * share
            part = QRectF(x, rect.top(), width, rect.height())
            fill, ink = fills[segment.key]
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(fill))
            painter.drawRect(part)
            if index:
                painter.setPen(QPen(QColor("#ffffff"), 1.5))
                painter.drawLine(part.topLeft(), part.bottomLeft())
            if labelled and fm.horizontalAdvance(segment.label) + 6 <= width:
                painter.setPen(QColor(ink))
                painter.drawText(part, Qt.AlignmentFlag.AlignCenter, segment.label)
            x += width

    # --- tooltips ------------------------------------------------------------------

    def event(self, event: Any) -> bool:
        if event.type() == QEvent.Type.ToolTip and self.figures is not None:
            position = event.position() if hasattr(event, "position") else event.pos()
            for rect, chart_row in self._hit:
                if rect.contains(position):
                    QToolTip.showText(
                        event.globalPos(),
                        chart_row.describe(self.figures["cycle"], self.figures.get("baseline")),
                        self,
                    )
                    return True
            QToolTip.hideText()
            return True
        return super().event(event)
