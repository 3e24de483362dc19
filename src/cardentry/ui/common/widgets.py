"""Small widgets the pages share: autosaving text fields, messages, the rating choice."""

from __future__ import annotations

import datetime as _dt
import json
from collections.abc import Callable
from typing import Any

from cardentry.base import countries
from cardentry.base.catalogue import Indicator
from cardentry.ui.common import theme
from cardentry.ui.common.i18n import all_countries, format_datetime, format_time
from cardentry.ui.common.qt import (
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QButtonGroup,
    QComboBox,
    QDateTime,
    QDialog,
    QDialogButtonBox,
    QEvent,
    QFrame,
    QGridLayout,
    QHeaderView,
    QInputDialog,
    QKeySequence,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QObject,
    QPlainTextEdit,
    QPushButton,
    QSize,
    QSizePolicy,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    Signal,
    translate,
)
from cardentry.ui.common.worker import CardSession


def rating_text(rating: str | None) -> str:
    """A rating in words, as the buttons say it: 'Green: significant action'."""
    return {
        "green": translate("Rating", "Green: significant action"),
        "yellow": translate("Rating", "Yellow: partial action"),
        "red": translate("Rating", "Red: inadequate action"),
        None: translate("Rating", "Not assessed yet"),
    }[rating]


def rating_short(rating: str | None) -> str:
    """The colour's name alone: 'Green'."""
    return {
        "green": translate("Rating", "Green"),
        "yellow": translate("Rating", "Yellow"),
        "red": translate("Rating", "Red"),
        None: translate("Rating", "Not assessed"),
    }[rating]


RATINGS_SHOWN = ("green", "yellow", "red", None)
KEY_FOR = {"green": "1", "yellow": "2", "red": "3", None: "0"}
RATING_FOR_KEY = {
    Qt.Key.Key_1: "green",
    Qt.Key.Key_2: "yellow",
    Qt.Key.Key_3: "red",
    Qt.Key.Key_0: None,
}


def label(text: str = "", *, role: str | None = None, wrap: bool = True, selectable: bool = False) -> QLabel:
    widget = QLabel(text)
    widget.setWordWrap(wrap)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    if role:
        theme.set_role(widget, role)
    if selectable:
        widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return widget


def ask_secret(parent: QWidget | None, title: str, prompt: str) -> str | None:
    """A passphrase typed into a masked field (``None``: cancelled; an empty text is given
    as it is, for the caller to judge)."""
    text, ok = QInputDialog.getText(parent, title, prompt, QLineEdit.EchoMode.Password)
    return text if ok else None


def cancel_and(
    dialog: QDialog, text: str, on_accept: Callable[[], Any] | None = None
) -> tuple[QDialogButtonBox, QPushButton]:
    """Cancel and the one button that does the dialog's work (``on_accept``, by default
    accepting the dialog): the box, for the layout, and that button."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    button = buttons.addButton(text, QDialogButtonBox.ButtonRole.AcceptRole)
    buttons.accepted.connect(on_accept or dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons, button


def heading(text: str, scale: float = 1.35) -> QLabel:
    widget = label(text)
    widget.setFont(theme.heading_font(widget.font(), scale))
    widget.setAccessibleName(text)
    return widget


def box(*widgets: QWidget) -> QFrame:
    frame = QFrame()
    frame.setObjectName("box")
    frame.setStyleSheet(theme.BOX_STYLESHEET)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(12, 10, 12, 10)
    layout.setSpacing(4)
    for widget in widgets:
        layout.addWidget(widget)
    return frame


def size_on_screen(width: int, height: int) -> QSize:
    """A window's first size: ``width`` x ``height``, less if the screen's free area (with
    40 px to spare) is smaller, as on a 1366x768 laptop with a task bar."""
    screen = QApplication.primaryScreen()
    if screen is not None:
        available = screen.availableGeometry().size()
        width, height = min(width, available.width() - 40), min(height, available.height() - 40)
    return QSize(width, height)


def _is_undo_redo(event: Any) -> bool:
    return (
        event.matches(QKeySequence.StandardKey.Undo)
        or event.matches(QKeySequence.StandardKey.Redo)
        or (
            event.key() == Qt.Key.Key_Z
            and event.modifiers() == (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        )
    )


class _WheelGuard(QObject):
    """Passes the wheel on to the parent (the page scrolls) while the box has no focus."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Wheel and isinstance(watched, QWidget) and not watched.hasFocus():
            area = watched.parentWidget()
            while area is not None and not isinstance(area, QAbstractScrollArea):
                area = area.parentWidget()
            if area is not None:  # the page's scroll area scrolls, as over any other part of it
                QApplication.sendEvent(area.viewport(), event)
            else:
                event.ignore()
            return True
        return False


_wheel_guard: _WheelGuard | None = None


def guard_wheel(*widgets: QWidget) -> None:
    """The focus rule for value boxes (combo boxes, spin boxes): the mouse wheel never changes
    the value of a box that does not have the keyboard focus; it scrolls the page instead.
    A click or Tab gives the box focus (and the wheel then works in it)."""
    global _wheel_guard
    if _wheel_guard is None:
        _wheel_guard = _WheelGuard()
    for widget in widgets:
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # not WheelFocus: the wheel gives no focus
        widget.installEventFilter(_wheel_guard)


def combo_box() -> QComboBox:
    """A combo box under the wheel rule of ``guard_wheel``."""
    widget = QComboBox()
    guard_wheel(widget)
    return widget


class CountryPicker(QWidget):
    """Countries by name: a search box over a list of tick boxes. The search ignores accents and
    case ("thai" finds "Thaïlande"), says when nothing matches, and Enter in it ticks the first
    match (then selects the search text, for the next country). ``changed`` fires on a tick."""

    changed = Signal()

    def __init__(self, *, list_name: str = "", lines: int = 7):
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(translate("Countries", "Type to find a country; Enter ticks it"))
        self.filter.setAccessibleName(translate("Countries", "Find a country"))
        self.filter.setAccessibleDescription(self.filter.placeholderText())
        self.filter.textChanged.connect(self._filter)
        self.filter.installEventFilter(self)
        self.list = QListWidget()
        self.list.setAccessibleName(list_name or translate("Countries", "Countries"))
        self.list.setAccessibleDescription(translate("Countries", "Space ticks the selected country"))
        for code, name in all_countries():
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.itemChanged.connect(lambda _item: self.changed.emit())
        self.list.setMinimumHeight(self.fontMetrics().lineSpacing() * lines)
        self.nothing = label(role="muted")
        self.nothing.hide()
        layout.addWidget(self.filter)
        layout.addWidget(self.list)
        layout.addWidget(self.nothing)

    def _filter(self, text: str) -> None:
        needle = text.strip()
        first = None
        for row in range(self.list.count()):
            item = self.list.item(row)
            hidden = (
                bool(needle)
                and not countries.matches(item.text(), needle)
                and needle.upper() != item.data(Qt.ItemDataRole.UserRole)
            )
            item.setHidden(hidden)
            if not hidden and first is None:
                first = item
        if first is not None and needle:
            self.list.setCurrentItem(first)
        self.nothing.setText(
            translate("Countries", "No country matches “{text}”.").format(text=needle)
            if needle and first is None
            else ""
        )
        self.nothing.setVisible(bool(needle) and first is None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.filter
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.filter.text().strip()
        ):
            item = self.list.currentItem()
            if item is not None and not item.isHidden():
                item.setCheckState(Qt.CheckState.Checked)
                self.filter.selectAll()
            return True  # Enter in the search never closes the dialog or pages the wizard
        if watched is self.filter and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Down:
            self.list.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        return False

    def codes(self) -> list[str]:
        return [
            self.list.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.list.count())
            if self.list.item(row).checkState() == Qt.CheckState.Checked
        ]

    def set_codes(self, codes: list[str] | tuple[str, ...]) -> None:
        wanted = set(codes)
        self.list.blockSignals(True)
        for row in range(self.list.count()):
            item = self.list.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.list.blockSignals(False)
        self.changed.emit()

    def check(self, code: str) -> None:
        self.set_codes([*self.codes(), code])


class FieldMessage(QLabel):
    """The message beside a field: empty when the value is fine."""

    def __init__(self) -> None:
        super().__init__()
        self.setWordWrap(True)
        theme.set_role(self, "error")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.hide()

    def show_problem(self, problem: str | None) -> None:
        if problem:
            self.setText(f"⚠ {problem}")
            self.show()
        else:
            self.clear()
            self.hide()


class FieldMixin:
    """What an autosaving field shares: its store path, its session, saving on focus-out, undo
    keys left to the window. Comes first in the bases, so its handlers run before the widget's."""

    field_path: str | None
    session: CardSession | None

    def _init_field(self, path: str | None) -> None:
        self.field_path = path
        self.session = None
        self._loading = False

    def bind(self, session: CardSession, path: str | None = None) -> None:
        self.session = session
        if path is not None:
            self.field_path = path
        self.load()

    def load(self) -> None:
        raise NotImplementedError

    def focusOutEvent(self, event: Any) -> None:  # leaving a field saves it at once
        if self.session is not None:
            self.session.flush()
        super().focusOutEvent(event)  # type: ignore[misc]

    def event(self, event: Any) -> bool:  # Ctrl+Z / Ctrl+Shift+Z go to the window's card undo
        if event.type() == QEvent.Type.ShortcutOverride and _is_undo_redo(event):
            event.ignore()
            return True
        return super().event(event)  # type: ignore[misc]


class AutoText(FieldMixin, QPlainTextEdit):
    """A long text saved as typed; Ctrl+Z goes to the card's undo, not the widget's."""

    value_changed = Signal(object)

    def __init__(
        self,
        path: str | None = None,
        *,
        placeholder: str = "",
        lines: int = 6,
        to_value: Callable[[str], Any] = lambda text: text,
        from_value: Callable[[Any], str] = lambda value: value or "",
    ):
        super().__init__()
        self._init_field(path)
        self._to_value, self._from_value = to_value, from_value
        self.setPlaceholderText(placeholder)
        self.setAccessibleDescription(placeholder)  # screen readers read the hint of an empty box too
        self.setTabChangesFocus(True)
        self.setUndoRedoEnabled(False)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        line = self.fontMetrics().lineSpacing()
        self.setMinimumHeight(line * lines + 12)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.textChanged.connect(self._changed)

    def value(self) -> Any:
        return self._to_value(self.toPlainText())

    def _changed(self) -> None:
        if self._loading or self.session is None or self.field_path is None:
            return
        value = self.value()
        self.session.edit(self.field_path, value)
        self.value_changed.emit(value)

    def load(self) -> None:
        if self.session is None or self.field_path is None:
            return
        value = self.session.value(self.field_path)
        if self.value() == value:
            return
        self._loading = True
        try:
            cursor = self.textCursor().position()
            self.setPlainText(self._from_value(value))
            cursor_obj = self.textCursor()
            cursor_obj.setPosition(min(cursor, len(self.toPlainText())))
            self.setTextCursor(cursor_obj)
        finally:
            self._loading = False
        self.value_changed.emit(value)

    def sizeHint(self) -> Any:
        hint = super().sizeHint()
        hint.setHeight(self.minimumHeight())
        return hint


class AutoLine(FieldMixin, QLineEdit):
    """A one-line text saved as typed; ``empty_is_none`` stores an empty box as null."""

    value_changed = Signal(object)

    def __init__(self, path: str | None = None, *, placeholder: str = "", empty_is_none: bool = False):
        super().__init__()
        self._init_field(path)
        self._empty_is_none = empty_is_none
        self.setPlaceholderText(placeholder)
        self.setAccessibleDescription(placeholder)
        self.textChanged.connect(self._changed)

    def value(self) -> Any:
        text = self.text()
        return None if (self._empty_is_none and text == "") else text

    def _changed(self) -> None:
        if self._loading:
            return
        value = self.value()
        if self.session is not None and self.field_path is not None:
            self.session.edit(self.field_path, value)
        self.value_changed.emit(value)

    def load(self) -> None:
        if self.session is None or self.field_path is None:
            return
        value = self.session.value(self.field_path)
        if self.value() != value:
            self._loading = True
            try:
                self.setText(value or "")
            finally:
                self._loading = False
        self.value_changed.emit(value)


class RatingSelector(QWidget):
    """Green / yellow / red / not assessed as big buttons, each with its guidance beside it.

    Colour, a shape and words on every button; keys 1, 2, 3 and 0 (handled by the page).
    """

    rated = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.setStyleSheet(theme.rating_stylesheet())
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[str | None, QPushButton] = {}
        self.guidance: dict[str | None, QLabel] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(8)
        width = 0
        for row, rating in enumerate(RATINGS_SHOWN):
            button = QPushButton(f"{rating_text(rating)}   ({KEY_FOR[rating]})")
            button.setProperty("rating", rating or "none")
            button.setCheckable(True)
            button.setIcon(theme.rating_icon(rating, 18))
            button.setIconSize(button.iconSize() * 1.2)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.setToolTip(
                translate(
                    "Rating", "{rating}. Shortcut: {key} (Ctrl+{key} while typing in a text box)"
                ).format(rating=rating_text(rating), key=KEY_FOR[rating])
            )
            button.setAccessibleName(rating_text(rating))
            button.clicked.connect(lambda _checked=False, r=rating: self._clicked(r))
            self.group.addButton(button)
            self.buttons[rating] = button
            guidance = label(role="guidance", selectable=True)
            guidance.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            self.guidance[rating] = guidance
            grid.addWidget(button, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(guidance, row, 1)
            width = max(width, button.sizeHint().width())
        for button in self.buttons.values():
            button.setMinimumWidth(width + 8)
        grid.setColumnStretch(1, 1)
        self._current: str | None = None

    def set_guidance(self, indicator: Indicator, language: str) -> None:
        for rating in ("green", "yellow", "red"):
            self.guidance[rating].setText(indicator.guidance.for_rating(rating).get_for(language))
        self.guidance[None].setText(
            translate(
                "Rating",
                "Leave it open while you are still researching. Every indicator needs "
                "a rating before the card is final.",
            )
        )
        theme.set_role(self.guidance[None], "muted")
        for rating, button in self.buttons.items():  # screen readers read the guidance with the choice
            button.setAccessibleDescription(self.guidance[rating].text())

    def set_rating(self, rating: str | None) -> None:
        self._current = rating
        self.buttons[rating].setChecked(True)

    def rating(self) -> str | None:
        return self._current

    def _clicked(self, rating: str | None) -> None:
        self.set_rating(rating)
        self.rated.emit(rating)


class HistoryDialog(QDialog):
    """The saved values of one field, newest first."""

    def __init__(self, title: str, edits: list[Any], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("History", "History: {field}").format(field=title))
        layout = QVBoxLayout(self)
        layout.addWidget(
            label(
                translate(
                    "History",
                    "Every saved value of “{field}”, newest first. Undo (Ctrl+Z) goes back one step.",
                ).format(field=title)
            )
        )
        table = QTableWidget(len(edits), 3)
        table.setAccessibleName(translate("History", "Saved values"))
        table.setHorizontalHeaderLabels(
            [translate("History", "When"), translate("History", "Value"), translate("History", "How")]
        )
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(True)
        for row, edit in enumerate(edits):
            table.setItem(row, 0, QTableWidgetItem(local_time(edit.at)))
            table.setItem(row, 1, QTableWidgetItem(describe_value(edit.new)))
            how = {"edit": translate("History", "typed"), "fill": translate("History", "imported")}
            table.setItem(row, 2, QTableWidgetItem(how.get(edit.origin, edit.origin)))
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        table.resizeRowsToContents()
        self.table = table
        layout.addWidget(table)
        if not edits:
            layout.addWidget(label(translate("History", "No saved changes yet."), role="muted"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 100, self.fontMetrics().lineSpacing() * 24)


def local_time(stamp: str | None, with_date: bool = True) -> str:
    """A stored UTC time as local time, written the locale's way: '03/02/2012 14:02' in French."""
    if not stamp:
        return ""
    try:
        moment = _dt.datetime.fromisoformat(stamp.replace("Z", "+00:00")).astimezone()
    except ValueError:
        return stamp
    local = QDateTime(moment.date(), moment.time().replace(microsecond=0))
    return format_datetime(local) if with_date else format_time(local)


def describe_value(value: Any, limit: int = 400) -> str:
    if value is None:
        return translate("History", "(empty)")
    if isinstance(value, bool):
        return translate("History", "yes") if value else translate("History", "no")
    if isinstance(value, str):
        if value in KEY_FOR:
            return rating_text(value)
        text = value
    elif isinstance(value, list):
        text = "\n".join(f"• {item}" if isinstance(item, str) else json.dumps(item) for item in value)
    elif isinstance(value, dict):
        text = value.get("title") or json.dumps(value, ensure_ascii=False)
    else:
        text = str(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"
