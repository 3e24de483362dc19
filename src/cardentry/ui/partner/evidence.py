"""The evidence list of one indicator: add, edit, remove, reorder; every field checked as typed.

A value is saved as typed even when it is not valid yet (a half-typed URL); the message
beside the field says what is wrong, and the review page lists it. Nothing else is blocked.
"""

from __future__ import annotations

import uuid
from typing import Any

from cardentry.base.catalogue import Catalogue
from cardentry.base.vocabulary import EVIDENCE_KINDS
from cardentry.partner.review import evidence_problem
from cardentry.ui.common import theme
from cardentry.ui.common.messages import date_hint, member_text, problem_text
from cardentry.ui.common.qt import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSize,
    QSizePolicy,
    QStyle,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
    translate,
)
from cardentry.ui.common.widgets import AutoLine, AutoText, FieldMessage, guard_wheel, label
from cardentry.ui.common.worker import CardSession

MEMBERS = ("kind", "title", "source", "url", "date", "note")
LOCK = "\N{LOCK}"
"""The mark of an internal evidence item (it stays on this computer, never exported)."""


class EvidenceEditor(QWidget):
    """List on the left, the selected item's fields on the right."""

    message = Signal(str)  # for the status bar

    def __init__(self, catalogue: Catalogue, language: str):
        super().__init__()
        self.catalogue = catalogue
        self.language = language
        self.session: CardSession | None = None
        self.code: str | None = None

        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(16)

        left = QVBoxLayout()
        self.list = QListWidget()
        self.list.setAccessibleName(translate("Evidence", "Evidence items"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setMinimumHeight(self.fontMetrics().lineSpacing() * 8)
        self.list.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.currentItemChanged.connect(self._selected)
        left.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        style = self.style()
        self.add_button = QPushButton(
            style.standardIcon(QStyle.StandardPixmap.SP_FileDialogNewFolder),
            translate("Evidence", "Add evidence"),
        )
        self.add_button.setToolTip(
            translate("Evidence", "Add a law, policy, report, article, interview or statistic (Ctrl+E)")
        )
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton(
            style.standardIcon(QStyle.StandardPixmap.SP_TrashIcon), translate("Evidence", "Remove")
        )
        self.remove_button.setToolTip(
            translate("Evidence", "Remove the selected item (Ctrl+Z brings it back)")
        )
        self.remove_button.clicked.connect(self.remove)
        self.up_button = QPushButton(style.standardIcon(QStyle.StandardPixmap.SP_ArrowUp), "")
        self.up_button.setToolTip(translate("Evidence", "Move the selected item up (Alt+Up)"))
        self.up_button.setAccessibleName(translate("Evidence", "Move up"))
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button = QPushButton(style.standardIcon(QStyle.StandardPixmap.SP_ArrowDown), "")
        self.down_button.setToolTip(translate("Evidence", "Move the selected item down (Alt+Down)"))
        self.down_button.setAccessibleName(translate("Evidence", "Move down"))
        self.down_button.clicked.connect(lambda: self.move(1))
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        left.addLayout(buttons)
        outer.addLayout(left, 2)

        self.form_widget = QWidget()
        form = QFormLayout(self.form_widget)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.kind = QComboBox()
        for kind in EVIDENCE_KINDS:
            self.kind.addItem(catalogue.label("evidence_kinds", kind).get_for(language), kind)
        self.kind.setAccessibleName(translate("Evidence", "Kind of evidence"))
        self.kind.currentIndexChanged.connect(self._kind_changed)
        guard_wheel(self.kind)
        self.title = AutoLine(placeholder=translate("Evidence", "e.g. National Plan of Action 2010-2015"))
        self.source = AutoLine(placeholder=translate("Evidence", "publisher, author or ministry"))
        self.url = AutoLine(placeholder="https://…", empty_is_none=True)
        self.date = AutoLine(
            placeholder=translate("Evidence", "YYYY, YYYY-MM or YYYY-MM-DD"),
            empty_is_none=True,
        )
        self.note = AutoText(
            placeholder=translate(
                "Evidence", "What it shows, page numbers, anything the secretariat should know."
            ),
            lines=3,
        )
        self.fields: dict[str, Any] = {
            "title": self.title,
            "source": self.source,
            "url": self.url,
            "date": self.date,
            "note": self.note,
        }
        self.messages: dict[str, FieldMessage] = {member: FieldMessage() for member in MEMBERS}
        for member, text in (
            ("kind", translate("Evidence", "&Kind")),
            ("title", translate("Evidence", "&Title")),
            ("source", translate("Evidence", "&Source")),
            ("url", translate("Evidence", "&Link (URL)")),
            ("date", translate("Evidence", "&Date")),
            ("note", translate("Evidence", "&Note")),
        ):
            widget = self.kind if member == "kind" else self.fields[member]
            cell = QVBoxLayout()
            cell.setSpacing(2)
            cell.addWidget(widget)
            cell.addWidget(self.messages[member])
            row_label = label(text, wrap=False)
            row_label.setTextFormat(Qt.TextFormat.AutoText)
            row_label.setBuddy(widget)
            if member != "kind":
                widget.setAccessibleName(text.replace("&", ""))
            widget.setAccessibleDescription(widget.placeholderText())
            form.addRow(row_label, cell)
            if member != "kind":
                self.fields[member].value_changed.connect(lambda value, m=member: self._check(m, value))
        self.internal = QCheckBox(LOCK + " " + translate("Evidence", "&Internal: stays on this computer"))
        self.internal.setToolTip(
            translate(
                "Evidence",
                "An internal item is never exported, sealed or not: only you see it. For sources "
                "who could be at risk, or notes for your own team.",
            )
        )
        self.internal.setAccessibleDescription(self.internal.toolTip())
        self.internal.toggled.connect(self._internal_changed)
        form.addRow("", self.internal)
        self.placeholder = label(
            translate(
                "Evidence",
                "Select an item to edit it, or add one. Titles are required; links and "
                "dates are checked as you type.",
            ),
            role="muted",
        )
        right = QVBoxLayout()
        right.addWidget(self.form_widget)
        right.addWidget(self.placeholder)
        right.addStretch(0)
        outer.addLayout(right, 3)
        self._update_buttons()

    # --- binding ---------------------------------------------------------------------

    def bind(self, session: CardSession, code: str) -> None:
        self.session = session
        self.code = code
        for widget in self.fields.values():
            widget.session = session
        self.refresh(keep=None)
        if self.list.count():
            self.list.setCurrentRow(0)

    def _order(self) -> list[str]:
        assert self.session is not None and self.code is not None
        return [item.id for item in self.session.card.indicator(self.code).evidence]

    def refresh(self, keep: str | None = "current") -> None:
        """Rebuild the list from the session's snapshot; keep the selection by id."""
        if self.session is None:
            return
        current = self.current_id() if keep == "current" else keep
        order = self._order()
        listed = [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]
        if keep == "current" and order == listed:
            for i in range(self.list.count()):
                self._update_item(self.list.item(i))
            return
        self.list.blockSignals(True)
        self.list.clear()
        for evidence_id in order:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, evidence_id)
            self.list.addItem(item)
            self._update_item(item)
        self.list.blockSignals(False)
        row = self._row_of(current)
        if row is not None:
            self.list.setCurrentRow(row)
            if (
                self.list.currentItem()
                and self.list.currentItem().data(Qt.ItemDataRole.UserRole) != self._shown
            ):
                self._show(current)
        else:
            self._show(None)
        self._update_buttons()

    _shown: str | None = None

    def reload(self) -> None:
        """After undo or redo: the list and the shown item's every field, kind included."""
        self.refresh(keep="current")
        if self._shown is not None and self._row_of(self._shown) is not None:
            self._show(self._shown)

    def _item_text(self, evidence_id: str) -> str:
        assert self.session is not None
        value = self.session.value
        kind = value(f"evidence.{evidence_id}.kind")
        kind_label = (
            self.catalogue.label("evidence_kinds", kind).get_for(self.language)
            if kind in EVIDENCE_KINDS
            else kind
        )
        title = (value(f"evidence.{evidence_id}.title") or "").strip() or translate(
            "Evidence", "(no title yet)"
        )
        details = ", ".join(
            part
            for part in (value(f"evidence.{evidence_id}.source"), value(f"evidence.{evidence_id}.date"))
            if part
        )
        first = translate("Evidence", "{kind}: {title}").format(kind=kind_label, title=title)
        if value(f"evidence.{evidence_id}.internal"):
            first = f"{LOCK} {first}"
            details = ", ".join(
                part for part in (translate("Evidence", "Internal: stays on this computer"), details) if part
            )
        return f"{first}\n{details}" if details else first

    def _row_of(self, evidence_id: str | None) -> int | None:
        """The list row of an evidence item (``None`` when it is not listed)."""
        return next(
            (
                row
                for row in range(self.list.count())
                if self.list.item(row).data(Qt.ItemDataRole.UserRole) == evidence_id
            ),
            None,
        )

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def _selected(self, current: QListWidgetItem | None, _previous: object = None) -> None:
        if self.session is not None:
            self.session.flush()
        self._show(None if current is None else current.data(Qt.ItemDataRole.UserRole))
        self._update_buttons()

    def _show(self, evidence_id: str | None) -> None:
        self._shown = evidence_id
        visible = evidence_id is not None
        self.form_widget.setVisible(visible)
        self.placeholder.setVisible(not visible)
        if not visible or self.session is None:
            for widget in self.fields.values():
                widget.field_path = None
            return
        kind = self.session.value(f"evidence.{evidence_id}.kind")
        self.kind.blockSignals(True)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self.kind.blockSignals(False)
        self.internal.blockSignals(True)
        self.internal.setChecked(bool(self.session.value(f"evidence.{evidence_id}.internal")))
        self.internal.blockSignals(False)
        for member, widget in self.fields.items():
            widget.field_path = f"evidence.{evidence_id}.{member}"
            widget.load()
            self._check(member, widget.value())

    def _check(self, member: str, value: Any) -> None:
        problem = evidence_problem(member, value) if self._shown else None
        if problem is not None:
            problem = (date_hint(value) if member == "date" else None) or problem_text(problem)
        self.messages[member].show_problem(problem)
        item = self.list.currentItem()
        if (
            item is not None
            and self.session is not None
            and item.data(Qt.ItemDataRole.UserRole) == self._shown
        ):
            self._update_item(item)

    def _update_item(self, item: QListWidgetItem) -> None:
        evidence_id = item.data(Qt.ItemDataRole.UserRole)
        item.setText(self._item_text(evidence_id))
        assert self.session is not None
        problems = [evidence_problem(m, self.session.value(f"evidence.{evidence_id}.{m}")) for m in MEMBERS]
        problems = [
            f"{member_text(m)}: {problem_text(p)}" for m, p in zip(MEMBERS, problems, strict=True) if p
        ]
        item.setIcon(theme.status_icon("invalid") if problems else theme.status_icon("none"))
        tip = translate("Evidence", "Needs fixing: {problems}").format(problems="; ".join(problems))
        item.setToolTip(tip if problems else "")
        item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, tip if problems else "")

    def _kind_changed(self, index: int) -> None:
        if self.session is None or self._shown is None:
            return
        self.session.edit(f"evidence.{self._shown}.kind", self.kind.itemData(index), now=True)
        item = self.list.currentItem()
        if item is not None:
            self._update_item(item)

    def _internal_changed(self, on: bool) -> None:
        if self.session is None or self._shown is None:
            return
        self.session.edit(f"evidence.{self._shown}.internal", on, now=True)
        item = self.list.currentItem()
        if item is not None:
            self._update_item(item)
        self.message.emit(
            translate("Evidence", "This item stays on this computer: it is never exported.")
            if on
            else translate("Evidence", "This item is exported with the card again.")
        )

    def _update_buttons(self) -> None:
        row = self.list.currentRow()
        has = row >= 0
        self.remove_button.setEnabled(has)
        self.up_button.setEnabled(has and row > 0)
        self.down_button.setEnabled(has and row < self.list.count() - 1)

    # --- operations ------------------------------------------------------------------

    def add(self) -> None:
        if self.session is None or self.code is None:
            return
        evidence_id = str(uuid.uuid4())
        code = self.code

        def added(_value: object) -> None:
            self.select(evidence_id)
            self.title.setFocus(Qt.FocusReason.OtherFocusReason)
            self.message.emit(translate("Evidence", "Evidence added: give it a title."))

        self.session.run(
            lambda store, aid: store.add_evidence(aid, code, {"id": evidence_id, "kind": "report"}), added
        )

    def remove(self) -> None:
        evidence_id = self.current_id()
        if self.session is None or evidence_id is None:
            return
        row = self.list.currentRow()
        following = self.list.item(row + 1) or self.list.item(row - 1)
        following_id = None if following is None else following.data(Qt.ItemDataRole.UserRole)

        def removed(_value: object) -> None:
            self.select(following_id)
            self.message.emit(translate("Evidence", "Evidence removed. Undo (Ctrl+Z) brings it back."))

        self.session.run(lambda store, aid: store.remove_evidence(aid, evidence_id), removed)

    def move(self, step: int) -> None:
        evidence_id = self.current_id()
        if self.session is None or evidence_id is None:
            return
        row = self.list.currentRow() + step
        if not 0 <= row < self.list.count():
            return
        self.session.run(
            lambda store, aid: store.move_evidence(aid, evidence_id, row),
            lambda _value: self.select(evidence_id),
        )

    def select(self, evidence_id: str | None) -> None:
        row = self._row_of(evidence_id)
        if row is not None:
            self.list.setCurrentRow(row)
        elif self.list.count() and evidence_id is None:
            self.list.setCurrentRow(0)

    def focus_field(self, evidence_id: str, member: str) -> None:
        row = self._row_of(evidence_id)
        if row is not None:
            self.list.setCurrentRow(row)
        widget = self.kind if member == "kind" else self.fields.get(member)
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def keyPressEvent(self, event: Any) -> None:
        if event.modifiers() == Qt.KeyboardModifier.AltModifier and event.key() in (
            Qt.Key.Key_Up,
            Qt.Key.Key_Down,
        ):
            self.move(-1 if event.key() == Qt.Key.Key_Up else 1)
            return
        if self.list.hasFocus() and event.key() == Qt.Key.Key_Delete:
            self.remove()
            return
        super().keyPressEvent(event)

    def sizeHint(self) -> QSize:
        return QSize(600, self.fontMetrics().lineSpacing() * 18)
