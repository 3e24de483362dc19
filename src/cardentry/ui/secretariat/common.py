"""Small pieces the secretariat's pages share: headings, tables, combos, save dialogs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from cardentry.ui.common import theme
from cardentry.ui.common.qt import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFont,
    QHBoxLayout,
    QHeaderView,
    QIcon,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from cardentry.ui.common.widgets import heading, label

STATE_ICON_STATUS = {
    "resolved": "complete",
    "conflicts": "invalid",
    "pending_trust": "to_review",
    "no_card": "",
}
CONFLICT_TINT = "#fde7d9"
CONFLICT_BORDER = "#a11d12"


def page_layout(widget: QWidget, title: str, intro: str = "") -> QVBoxLayout:
    layout = QVBoxLayout(widget)
    m = widget.fontMetrics().averageCharWidth() * 3
    layout.setContentsMargins(m, m // 2, m, m // 2)
    layout.setSpacing(widget.fontMetrics().lineSpacing() // 2)
    layout.addWidget(heading(title, 1.5))
    if intro:
        layout.addWidget(label(intro, role="muted"))
    return layout


def row(*widgets: Any, stretch_at: int | None = None) -> QHBoxLayout:
    layout = QHBoxLayout()
    layout.setContentsMargins(0, 0, 0, 0)
    for index, widget in enumerate(widgets):
        if widget is None:
            layout.addStretch(1)
        elif isinstance(widget, str):
            layout.addWidget(label(widget, wrap=False))
        else:
            layout.addWidget(widget, 1 if index == stretch_at else 0)
    return layout


def table(columns: list[str], name: str) -> QTableWidget:
    widget = QTableWidget(0, len(columns))
    widget.setHorizontalHeaderLabels(columns)
    widget.setAccessibleName(name)
    widget.verticalHeader().hide()
    widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    widget.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    widget.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    widget.setAlternatingRowColors(True)
    widget.setWordWrap(False)
    header = widget.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return widget


def item(text: Any, *, data: Any = None, icon: QIcon | None = None, tip: str = "") -> QTableWidgetItem:
    cell = QTableWidgetItem("" if text is None else str(text))
    if data is not None:
        cell.setData(0x0100, data)  # Qt.UserRole
    if icon is not None:
        cell.setIcon(icon)
    if tip:
        cell.setToolTip(tip)
    return cell


def state_icon(state: str) -> QIcon:
    return theme.status_icon(STATE_ICON_STATUS.get(state, ""))


def mono_font(base: QFont, scale: float = 1.0) -> QFont:
    font = QFont("DejaVu Sans Mono")
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setFixedPitch(True)
    size = base.pointSizeF() if base.pointSizeF() > 0 else 10
    font.setPointSizeF(size * scale)
    return font


def fill_combo(combo: QComboBox, entries: list[tuple[str, Any]], keep: Any = None) -> None:
    """Replace a combo's entries (text, data), keeping the selection when it is still there."""
    current = combo.currentData() if keep is None else keep
    combo.blockSignals(True)
    combo.clear()
    for text, data in entries:
        combo.addItem(text, data)
    index = combo.findData(current)
    combo.setCurrentIndex(index if index >= 0 else (0 if entries else -1))
    combo.blockSignals(False)


class SaveDialogs:
    """File choosers, as class methods that tests replace."""

    @classmethod
    def save_path(cls, parent: QWidget | None, title: str, suggested: Path, filters: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), filters)
        return Path(path) if path else None


def ask_save_path(
    parent: QWidget, title: str, last_saved: Path | None, name: str, filters: str
) -> Path | None:
    """The save dialog on ``name`` in the folder of the file saved last (else home); the chosen
    path gets ``name``'s suffix when it lacks it."""
    folder = last_saved.parent if last_saved else Path.home()
    path = SaveDialogs.save_path(parent, title, folder / name, filters)
    suffix = Path(name).suffix
    if path is not None and path.suffix.lower() != suffix:
        path = path.with_name(path.name + suffix)
    return path
