"""The card editor: a sidebar of goals and indicators, one page per indicator, closing pages.

Pages are keyed: an indicator code, or ``summary``, ``ranking``, ``calls``, ``review``.
One ``IndicatorPage`` is reused for all twelve indicators (switching only re-reads
values, so it is fast); every field autosaves through the ``CardSession``.

Focus rules (issue 19; each has a test in tests/ui/partner/test_ui_focus_rules.py):

* changing page (Ctrl+Page Down/Up, Previous/Next, a review line, Ctrl+R) puts the focus on
  the page's first control, the rating group on an indicator page, and scrolls to the top;
  moving in the sidebar keeps the focus there (1/2/3/0 rate the selected indicator);
* a key that rates never lands in a text field the user cannot see: a key typed into a text
  box scrolled out of view brings the box back into view first;
* the wheel never changes a value in a box without focus (``widgets.guard_wheel``);
* undo and redo say in words what they restored (``CardEditor.describe_edit``), and the
  form shows the restored value.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from cardentry.base.catalogue import Catalogue
from cardentry.base.vocabulary import RANKINGS
from cardentry.partner.review import (
    CALLS_PAGE,
    RANKING_PAGE,
    SUMMARY_PAGE,
    Finding,
    evidence_code,
    indicator_status,
    review_card,
)
from cardentry.ui.common import theme
from cardentry.ui.common.i18n import country_name, format_number
from cardentry.ui.common.messages import finding_text
from cardentry.ui.common.qt import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QEvent,
    QFontMetrics,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QObject,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QStyle,
    Qt,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
    Signal,
    translate,
)
from cardentry.ui.common.widgets import (
    RATING_FOR_KEY,
    AutoText,
    RatingSelector,
    box,
    heading,
    label,
    rating_short,
    rating_text,
)
from cardentry.ui.common.worker import CardSession
from cardentry.ui.partner.evidence import LOCK, EvidenceEditor

if TYPE_CHECKING:  # the pydantic models load when a card is opened, not at start-up (issue 18)
    from cardentry.bundleformat.models import Card

REVIEW_PAGE = "review"
CLOSING_PAGES = (SUMMARY_PAGE, RANKING_PAGE, CALLS_PAGE, REVIEW_PAGE)


def closing_title(key: str) -> str:
    return {
        SUMMARY_PAGE: translate("CardEditor", "Overall summary"),
        RANKING_PAGE: translate("CardEditor", "Ranking"),
        CALLS_PAGE: translate("CardEditor", "Calls to action"),
        REVIEW_PAGE: translate("CardEditor", "Review and export"),
    }[key]


def status_text_of(status: str) -> str:
    from cardentry.ui.common.feedback import status_text as feedback_status

    return feedback_status(status)


def status_text(status: str) -> str:
    """An indicator's state in words, for the sidebar's tooltip and screen readers."""
    return {
        "complete": translate("CardEditor", "done"),
        "started": translate("CardEditor", "started"),
        "empty": translate("CardEditor", "not started"),
        "invalid": translate("CardEditor", "needs fixing"),
        "to_review": translate("CardEditor", "to review (copied from the previous cycle)"),
    }[status]


def scrolling(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return area


def page_layout(widget: QWidget) -> QVBoxLayout:
    layout = QVBoxLayout(widget)
    m = widget.fontMetrics().averageCharWidth() * 3
    layout.setContentsMargins(m, m // 2, m, m)
    layout.setSpacing(widget.fontMetrics().lineSpacing() // 2)
    return layout


def closing_layout(widget: QWidget, key: str) -> QVBoxLayout:
    """A closing page's layout, opened by its "Closing" line and title."""
    layout = page_layout(widget)
    layout.addWidget(label(translate("CardEditor", "Closing"), role="muted"))
    layout.addWidget(heading(closing_title(key), 1.6))
    return layout


def section(text: str) -> QLabel:
    widget = heading(text, 1.1)
    widget.setContentsMargins(0, widget.fontMetrics().lineSpacing() // 2, 0, 0)
    return widget


class IndicatorPage(QWidget):
    """Question, guidance, rating, star, narrative, evidence, recommendation."""

    message = Signal(str)

    def __init__(
        self, catalogue: Catalogue, language: str, previous: Card | None, previous_cycle: str | None
    ):
        super().__init__()
        self.catalogue, self.language = catalogue, language
        self.previous, self.previous_cycle = previous, previous_cycle
        self.session: CardSession | None = None
        self.code: str | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout = page_layout(self)
        self.goal_line = label(role="muted")
        self.title = heading("", 1.6)
        self.question = label(selectable=True)
        self.question.setFont(theme.heading_font(self.question.font(), 1.1, bold=False))
        self.to_review = label(role="muted")
        self.to_review.setText(
            translate(
                "IndicatorPage",
                "Copied from the previous cycle's card as a starting point: check each answer; "
                "the first change you make marks this indicator as reviewed.",
            )
        )
        self.state_action = label(selectable=True)
        self.deciding = label(selectable=True)
        for widget in (self.goal_line, self.title, self.question, self.to_review):
            layout.addWidget(widget)
        ask = heading(translate("IndicatorPage", "What the state is asked to do"), 1.0)
        decide = heading(translate("IndicatorPage", "How to decide"), 1.0)
        layout.addWidget(box(ask, self.state_action, decide, self.deciding))

        layout.addWidget(section(translate("IndicatorPage", "Rating")))
        self.rating_help = label(
            translate(
                "IndicatorPage",
                "Choose the colour that best describes the state's action, using the "
                "guidance beside each one. "
                "Keys: 1 green, 2 yellow, 3 red, 0 not assessed (Ctrl+1, 2, 3, 0 while typing).",
            ),
            role="muted",
        )
        layout.addWidget(self.rating_help)
        self.rating = RatingSelector()
        self.rating.rated.connect(self._rated)
        layout.addWidget(self.rating)
        self.previous_line = label(role="muted")
        layout.addWidget(self.previous_line)
        # the secretariat's feedback on this indicator (plain text, whatever it holds)
        self.feedback_title = heading("", 1.0)
        self.feedback_comment = label(selectable=True)
        self.feedback_comment.setAccessibleName(translate("IndicatorPage", "The secretariat's comment"))
        self.published_line = label(role="muted")
        self.feedback_box = box(self.feedback_title, self.feedback_comment, self.published_line)
        self.feedback_box.hide()
        layout.addWidget(self.feedback_box)
        self.feedback: Any = None  # the card's current feedback (partner.feedback.ReceivedFeedback)
        self.secretariat = ""

        self.star = QCheckBox()
        self.star.setIcon(theme.star_icon(True, 18))
        self.star.setText(
            translate("IndicatorPage", "NGO action: NGOs undertake work on this indicator (the star)")
        )
        self.star.toggled.connect(self._starred)
        self.star_hint = label(role="muted")
        self.star_hint.setContentsMargins(self.fontMetrics().averageCharWidth() * 4, 0, 0, 0)
        layout.addWidget(self.star)
        layout.addWidget(self.star_hint)

        layout.addWidget(section(translate("IndicatorPage", "Your assessment")))
        self.assessment = AutoText(
            placeholder=translate(
                "IndicatorPage",
                "What has the state done, and what is missing? Your text is saved as you type.",
            ),
            lines=8,
        )
        self.assessment.setAccessibleName(translate("IndicatorPage", "Your assessment"))
        layout.addWidget(self.assessment)

        layout.addWidget(section(translate("IndicatorPage", "Evidence")))
        self.evidence_hint = label(role="muted")
        layout.addWidget(self.evidence_hint)
        self.evidence = EvidenceEditor(catalogue, language)
        self.evidence.message.connect(self.message)
        layout.addWidget(self.evidence)

        layout.addWidget(section(translate("IndicatorPage", "Recommendation")))
        self.recommendation = AutoText(
            placeholder=translate("IndicatorPage", "What should the state do next on this indicator?"),
            lines=4,
        )
        self.recommendation.setAccessibleName(translate("IndicatorPage", "Recommendation"))
        layout.addWidget(self.recommendation)
        # the partner's own notes: kept in the database, never exported (network-format.md)
        layout.addWidget(section(f"{LOCK} " + translate("IndicatorPage", "Internal notes")))
        layout.addWidget(
            label(
                translate(
                    "IndicatorPage",
                    "Stays on this computer: never exported, sealed or not. For your own team only.",
                ),
                role="muted",
            )
        )
        self.internal_notes = AutoText(
            placeholder=translate("IndicatorPage", "Contacts, sources to protect, what to check next…"),
            lines=3,
        )
        self.internal_notes.setAccessibleName(
            translate("IndicatorPage", "Internal notes (stay on this computer)")
        )
        layout.addWidget(self.internal_notes)
        layout.addStretch(1)

    def show_indicator(self, session: CardSession, code: str, number: str) -> None:
        self.session, self.code = session, code
        indicator = self.catalogue.indicator(code)
        goal = self.catalogue.goal_of(code)
        lang = self.language
        self.goal_line.setText(
            translate("IndicatorPage", "Goal {number}: {title}").format(
                number=goal.number, title=goal.title.get_for(lang)
            )
        )
        self.title.setText(f"{number}  {indicator.title.get_for(lang)}")
        self.question.setText(indicator.question.get_for(lang))
        self.state_action.setText(indicator.state_action.get_for(lang))
        self.deciding.setText(indicator.deciding.get_for(lang))
        self.rating.set_guidance(indicator, lang)
        self.star_hint.setText(indicator.guidance.star.get_for(lang))
        self.evidence_hint.setText(
            translate("IndicatorPage", "Useful evidence: {hint}").format(
                hint=indicator.evidence_hint.get_for(lang)
            )
        )
        if self.previous is not None:
            try:
                before = self.previous.indicator(code).rating
            except KeyError:
                before = None
            self.previous_line.setText(
                translate("IndicatorPage", "Previous cycle ({cycle}): {rating}").format(
                    cycle=self.previous_cycle, rating=rating_text(before)
                )
            )
            self.previous_line.show()
        else:
            self.previous_line.hide()
        self._show_feedback(code)
        self.assessment.bind(session, f"indicators.{code}.assessment")
        self.recommendation.bind(session, f"indicators.{code}.recommendation")
        self.internal_notes.bind(session, f"indicators.{code}.internal_notes")
        self.evidence.bind(session, code)
        self.load()

    def _show_feedback(self, code: str) -> None:
        """The comment of the card's current feedback on this indicator, and the rating the
        secretariat published beside the partner's own."""
        entry = (
            next((e for e in self.feedback.indicators if e["code"] == code), None) if self.feedback else None
        )
        if entry is None or (not entry["comment"].strip() and entry["published_rating"] is None):
            self.feedback_box.hide()
            return
        self.feedback_title.setText(
            translate("IndicatorPage", "{status} by {secretariat} (revision {revision})").format(
                status=status_text_of(self.feedback.status),
                secretariat=self.secretariat,
                revision=self.feedback.revision,
            )
        )
        self.feedback_comment.setText(entry["comment"])
        self.feedback_comment.setVisible(bool(entry["comment"].strip()))
        if entry["published_rating"] is not None or self.feedback.status == "published":
            own = self.session.value(f"indicators.{code}.rating") if self.session else None
            self.published_line.setText(
                translate("IndicatorPage", "Published rating: {published} · yours: {own}").format(
                    published=rating_text(entry["published_rating"]), own=rating_text(own)
                )
            )
            self.published_line.show()
        else:
            self.published_line.hide()
        self.feedback_box.show()

    def load(self) -> None:
        """Re-read every value (after undo, redo or a page switch)."""
        if self.session is None or self.code is None:
            return
        self.to_review.setVisible(self.code in self.session.to_review)
        self.rating.set_rating(self.session.value(f"indicators.{self.code}.rating"))
        self.star.blockSignals(True)
        self.star.setChecked(bool(self.session.value(f"indicators.{self.code}.ngo_action")))
        self.star.blockSignals(False)
        self.assessment.load()
        self.recommendation.load()
        self.internal_notes.load()
        self.evidence.reload()

    def set_rating(self, rating: str | None) -> None:
        self.rating.set_rating(rating)
        self._rated(rating)

    def _rated(self, rating: str | None) -> None:
        if self.session is not None and self.code is not None:
            self.session.edit(f"indicators.{self.code}.rating", rating, now=True)
            self.message.emit(
                translate("IndicatorPage", "Rated: {rating}.").format(rating=rating_short(rating))
            )

    def _starred(self, on: bool) -> None:
        if self.session is not None and self.code is not None:
            self.session.edit(f"indicators.{self.code}.ngo_action", on, now=True)

    def keyPressEvent(self, event: Any) -> None:
        if event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier):
            rating = RATING_FOR_KEY.get(event.key(), "unknown")
            if rating != "unknown":
                self.set_rating(rating)
                return
        super().keyPressEvent(event)

    def focus_path(self, path: str) -> None:
        member = path.split(".")[-1]
        if path.startswith("evidence."):
            self.evidence.focus_field(path.split(".")[1], member)
        elif member == "rating":
            self.rating.buttons[self.rating.rating()].setFocus(Qt.FocusReason.OtherFocusReason)
        elif member == "ngo_action":
            self.star.setFocus(Qt.FocusReason.OtherFocusReason)
        elif member == "assessment":
            self.assessment.setFocus(Qt.FocusReason.OtherFocusReason)
        elif member == "recommendation":
            self.recommendation.setFocus(Qt.FocusReason.OtherFocusReason)


class SummaryPage(QWidget):
    def __init__(self) -> None:
        super().__init__()
        layout = closing_layout(self, SUMMARY_PAGE)
        layout.addWidget(
            label(
                translate(
                    "SummaryPage",
                    "Sum up in a few paragraphs what the state has done against child sex "
                    "trafficking since the last "
                    "cycle, the most important gaps, and where NGOs fill them. This opens "
                    "the published country card.",
                )
            )
        )
        self.summary = AutoText(
            "overall.summary",
            placeholder=translate("SummaryPage", "Overall summary. Saved as you type."),
            lines=16,
        )
        self.summary.setAccessibleName(closing_title(SUMMARY_PAGE))
        layout.addWidget(self.summary, 1)

    def bind(self, session: CardSession) -> None:
        self.summary.bind(session)

    def load(self) -> None:
        self.summary.load()

    def focus_path(self, path: str) -> None:
        self.summary.setFocus(Qt.FocusReason.OtherFocusReason)


class RankingPage(QWidget):
    def __init__(self, catalogue: Catalogue, language: str):
        super().__init__()
        self.session: CardSession | None = None
        layout = closing_layout(self, RANKING_PAGE)
        layout.addWidget(
            label(
                translate(
                    "RankingPage",
                    "Taking all twelve indicators together, where does the state stand? "
                    "The secretariat uses this ranking to compare countries.",
                )
            )
        )
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        # best first and numbered from 1, as the rating keys run (1 green ... 3 red)
        for number, ranking in enumerate(reversed(catalogue.rankings), start=1):
            code = ranking.code
            button = QRadioButton(f"{ranking.label.get_for(language)}   ({number})")
            button.setFont(theme.heading_font(button.font(), 1.05))
            self.group.addButton(button)
            self.buttons[code] = button
            button.toggled.connect(lambda on, c=code: on and self._chosen(c))
            description = ranking.description.get_for(language)
            hint = label(description, role="muted")
            hint.setContentsMargins(self.fontMetrics().averageCharWidth() * 4, 0, 0, 6)
            button.setAccessibleDescription(description)
            layout.addWidget(button)
            layout.addWidget(hint)
        self.clear_button = QPushButton(translate("RankingPage", "Clear the ranking"))
        self.clear_button.clicked.connect(lambda: self._chosen(None))
        row = QHBoxLayout()
        row.addWidget(self.clear_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)

    def bind(self, session: CardSession) -> None:
        self.session = session
        self.load()

    def load(self) -> None:
        if self.session is None:
            return
        value = self.session.value("overall.ranking")
        self.group.setExclusive(False)
        for code, button in self.buttons.items():
            button.blockSignals(True)
            button.setChecked(code == value)
            button.blockSignals(False)
        self.group.setExclusive(True)

    def _chosen(self, code: str | None) -> None:
        if self.session is not None:
            self.session.edit("overall.ranking", code, now=True)
            if code is None:
                self.load()

    def keyPressEvent(self, event: Any) -> None:
        keys = {Qt.Key.Key_1: 0, Qt.Key.Key_2: 1, Qt.Key.Key_3: 2, Qt.Key.Key_4: 3}
        if event.key() in keys and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.buttons[RANKINGS[-1 - keys[event.key()]]].setChecked(True)  # 1: the best
            return
        super().keyPressEvent(event)

    def focus_path(self, path: str) -> None:
        checked = self.group.checkedButton() or self.buttons[RANKINGS[-1]]
        checked.setFocus(Qt.FocusReason.OtherFocusReason)


def _calls(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


class CallsPage(QWidget):
    def __init__(self) -> None:
        super().__init__()
        layout = closing_layout(self, CALLS_PAGE)
        layout.addWidget(
            label(
                translate(
                    "CallsPage",
                    "What your organisation asks the government to do. Write each call to action "
                    "on its own line (press Enter to start the next). They go into the national petition.",
                )
            )
        )
        self.calls = AutoText(
            "calls_to_action",
            placeholder=translate(
                "CallsPage",
                "e.g. Adopt a national plan of action against child trafficking with its own budget.",
            ),
            lines=14,
            to_value=_calls,
            from_value=lambda value: "\n".join(value or []),
        )
        self.calls.setAccessibleName(translate("CallsPage", "Calls to action, one per line"))
        self.count = label(role="muted")
        self.calls.value_changed.connect(self._count)
        layout.addWidget(self.calls, 1)
        layout.addWidget(self.count)

    def _count(self, value: list[str]) -> None:
        n = len(value or [])
        self.count.setText(translate("CallsPage", "%n call(s) to action (at most 50)", "", n))

    def bind(self, session: CardSession) -> None:
        self.calls.bind(session)
        self._count(self.calls.value())

    def load(self) -> None:
        self.calls.load()

    def focus_path(self, path: str) -> None:
        self.calls.setFocus(Qt.FocusReason.OtherFocusReason)


class ReviewPage(QWidget):
    """What is missing or invalid, each line a link to the field; then export."""

    go_to = Signal(str, str)  # page, path
    export_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        layout = closing_layout(self, REVIEW_PAGE)
        self.summary = label()
        self.summary.setFont(theme.heading_font(self.summary.font(), 1.05, bold=False))
        layout.addWidget(self.summary)
        layout.addWidget(
            label(
                translate(
                    "ReviewPage",
                    "Each line below is something missing or to fix. Double-click a line, "
                    "or select it and press Enter, "
                    "to go to the field. You can export a card that still has gaps (the "
                    "secretariat sees them), but not "
                    "one with invalid values.",
                ),
                role="muted",
            )
        )
        self.list = QListWidget()
        self.list.setAccessibleName(translate("ReviewPage", "Things missing or to fix"))
        self.list.setWordWrap(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.itemActivated.connect(self._activated)
        layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.export_button = QPushButton(
            self.style().standardIcon(QStyle.StandardPixmap.SP_DialogSaveButton),
            translate("ReviewPage", "&Export the card…"),
        )
        self.export_button.setToolTip(
            translate(
                "ReviewPage",
                "Sign the card and save it as a file to e-mail to the secretariat (Ctrl+Shift+E)",
            )
        )
        self.export_button.clicked.connect(self.export_requested)
        row.addStretch(1)
        row.addWidget(self.export_button)
        layout.addLayout(row)
        self.comments_title = section(translate("ReviewPage", "The secretariat's comments not yet answered"))
        self.comments = QListWidget()
        self.comments.setAccessibleName(
            translate("ReviewPage", "The secretariat's comments not yet answered")
        )
        self.comments.setWordWrap(True)
        self.comments.itemActivated.connect(self._activated)
        layout.addWidget(self.comments_title)
        layout.addWidget(self.comments)
        self.comments_title.hide()
        self.comments.hide()
        self.history_title = section(translate("ReviewPage", "Exported revisions"))
        layout.addWidget(self.history_title)
        self.exports_holder = QVBoxLayout()
        layout.addLayout(self.exports_holder)

    def show_findings(self, findings: list[Finding], rated: int, total: int) -> None:
        errors = sum(1 for f in findings if f.severity == "error")
        missing = len(findings) - errors
        parts = [
            translate("ReviewPage", "{rated} of {total} indicators rated").format(
                rated=format_number(rated), total=format_number(total)
            ),
            translate("ReviewPage", "%n problem(s) to fix", "", errors)
            if errors
            else translate("ReviewPage", "nothing invalid"),
            translate("ReviewPage", "%n thing(s) missing", "", missing)
            if missing
            else translate("ReviewPage", "nothing missing"),
        ]
        self.summary.setText(" · ".join(parts))
        current = self.list.currentRow()
        self.list.clear()
        for finding in findings:
            text = (
                translate("ReviewPage", "Fix: {problem}")
                if finding.severity == "error"
                else translate("ReviewPage", "Missing: {problem}")
            ).format(problem=finding_text(finding))
            item = QListWidgetItem(text)
            item.setIcon(
                theme.status_icon("invalid") if finding.severity == "error" else theme.rating_icon(None)
            )
            item.setData(Qt.ItemDataRole.UserRole, (finding.page, finding.path))
            self.list.addItem(item)
        if not findings:
            item = QListWidgetItem(
                translate("ReviewPage", "Everything is filled in. The card is ready to export.")
            )
            item.setIcon(theme.status_icon("complete"))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.list.addItem(item)
        if 0 <= current < self.list.count():
            self.list.setCurrentRow(current)

    def show_comments(self, comments: list[Any], titles: dict[str, str]) -> None:
        """The current feedback's comments whose indicator was not edited since (plain text)."""
        self.comments.clear()
        for comment in comments:
            item = QListWidgetItem(
                translate("ReviewPage", "{indicator}: {comment}").format(
                    indicator=titles.get(comment.code, comment.code), comment=comment.comment
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, (comment.code, f"indicators.{comment.code}.rating"))
            self.comments.addItem(item)
        self.comments_title.setVisible(bool(comments))
        self.comments.setVisible(bool(comments))

    def _activated(self, item: QListWidgetItem) -> None:
        target = item.data(Qt.ItemDataRole.UserRole)
        if target:
            self.go_to.emit(*target)

    def focus_path(self, path: str) -> None:
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)


class _SidebarKeys(QObject):
    """Keys 1/2/3/0 in the sidebar rate the indicator selected there."""

    def __init__(self, editor: CardEditor):
        super().__init__(editor)
        self.editor = editor

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        ):
            if event.key() in RATING_FOR_KEY and self.editor.current_page in self.editor.codes:
                self.editor.indicator_page.set_rating(RATING_FOR_KEY[event.key()])
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.editor.focus_page()
                return True
        return False


class _KeepInView(QObject):
    """A key typed into a text box of the indicator page scrolls that box back into view
    first (focus left there, the page scrolled away): no keystroke lands unseen."""

    def __init__(self, editor: CardEditor):
        super().__init__(editor)
        self.editor = editor

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and event.text()
            and isinstance(watched, QWidget)
            and watched.visibleRegion().isEmpty()
        ):
            self.editor.indicator_scroll.ensureWidgetVisible(watched, 40, 80)
        return False


class CardEditor(QWidget):
    """One open card: the sidebar, the current page, previous/next."""

    message = Signal(str)
    export_requested = Signal()
    back_requested = Signal()
    page_changed = Signal(str)

    def __init__(
        self,
        session: CardSession,
        catalogue: Catalogue,
        *,
        language: str = "en",
        previous: Card | None = None,
        previous_cycle: str | None = None,
        status_text: str = "",
        feedback: Any = None,
        secretariat: str = "",
        comments: Callable[[], list[Any]] | None = None,
    ):
        super().__init__()
        self.session = session
        self.feedback = feedback  # the card's current feedback (partner.feedback), or None
        self.comments = comments  # the comments not yet answered, read again after each change
        self.catalogue = catalogue
        self.language = language
        self.codes = list(catalogue.indicator_codes)
        self.pages = [*self.codes, *CLOSING_PAGES]
        self.current_page: str | None = None
        self.exports_loaded = False
        self.numbers: dict[str, str] = {}
        for goal in catalogue.goals:
            for index, indicator in enumerate(goal.indicators, start=1):
                self.numbers[indicator.code] = f"{goal.number}.{index}"

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        # the card's title bar
        bar = QHBoxLayout()
        m = self.fontMetrics().averageCharWidth() * 2
        bar.setContentsMargins(m, m // 2, m, m // 2)
        self.back_button = QPushButton(
            self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowBack),
            translate("CardEditor", "All cards"),
        )
        self.back_button.setToolTip(
            translate("CardEditor", "Back to your cards (Ctrl+W). Everything is saved.")
        )
        self.back_button.clicked.connect(self.back_requested)
        card = session.card
        self.card_title = heading(f"{country_name(card.country)} · {card.cycle}", 1.3)
        self.card_state = label(status_text, role="muted", wrap=False)
        self.export_button = QPushButton(
            self.style().standardIcon(QStyle.StandardPixmap.SP_DialogSaveButton),
            translate("CardEditor", "Export…"),
        )
        self.export_button.setToolTip(
            translate("CardEditor", "Sign the card and save it as a file for the secretariat (Ctrl+Shift+E)")
        )
        self.export_button.clicked.connect(self.export_requested)
        bar.addWidget(self.back_button)
        bar.addSpacing(m)
        bar.addWidget(self.card_title)
        bar.addSpacing(m)
        bar.addWidget(self.card_state, 1)
        bar.addWidget(self.export_button)
        outer.addLayout(bar)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        outer.addWidget(line)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        outer.addWidget(self.splitter, 1)

        self.sidebar = QTreeWidget()
        self.sidebar.setAccessibleName(translate("CardEditor", "Pages of the card"))
        self.sidebar.setColumnCount(2)
        self.sidebar.setHeaderHidden(True)
        self.sidebar.setRootIsDecorated(False)
        self.sidebar.setIndentation(self.fontMetrics().averageCharWidth() * 2)
        self.sidebar.setUniformRowHeights(False)
        self.sidebar.header().setStretchLastSection(False)
        self.sidebar.header().setSectionResizeMode(0, self.sidebar.header().ResizeMode.Stretch)
        self.sidebar.header().setSectionResizeMode(1, self.sidebar.header().ResizeMode.ResizeToContents)
        self.items: dict[str, QTreeWidgetItem] = {}
        bold = theme.heading_font(self.sidebar.font(), 1.0)
        for goal in catalogue.goals:
            head = QTreeWidgetItem([f"{goal.number}  {goal.title.get_for(language)}", ""])
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            head.setFont(0, bold)
            head.setToolTip(0, head.text(0))  # whole, when the sidebar is too narrow for it
            self.sidebar.addTopLevelItem(head)
            for indicator in goal.indicators:
                item = QTreeWidgetItem(
                    [f"{self.numbers[indicator.code]}  {indicator.title.get_for(language)}", ""]
                )
                item.setData(0, Qt.ItemDataRole.UserRole, indicator.code)
                head.addChild(item)
                self.items[indicator.code] = item
        closing = QTreeWidgetItem([translate("CardEditor", "Closing"), ""])
        closing.setFlags(Qt.ItemFlag.ItemIsEnabled)
        closing.setFont(0, bold)
        self.sidebar.addTopLevelItem(closing)
        for key in CLOSING_PAGES:
            item = QTreeWidgetItem([closing_title(key), ""])
            item.setData(0, Qt.ItemDataRole.UserRole, key)
            closing.addChild(item)
            self.items[key] = item
        self.sidebar.expandAll()
        self.sidebar.setItemsExpandable(False)
        self.sidebar.currentItemChanged.connect(self._sidebar_changed)
        self.sidebar.installEventFilter(_SidebarKeys(self))
        self.sidebar.setMinimumWidth(self.fontMetrics().averageCharWidth() * 24)
        self.splitter.addWidget(self.sidebar)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.setSpacing(0)
        self.stack = QStackedWidget()
        self.indicator_page = IndicatorPage(catalogue, language, previous, previous_cycle)
        self.indicator_page.feedback, self.indicator_page.secretariat = feedback, secretariat
        self.indicator_page.message.connect(self.message)
        self.summary_page = SummaryPage()
        self.ranking_page = RankingPage(catalogue, language)
        self.calls_page = CallsPage()
        self.review_page = ReviewPage()
        self.review_page.go_to.connect(self.go_to)
        self.review_page.export_requested.connect(self.export_requested)
        self.indicator_scroll = scrolling(self.indicator_page)
        keep_in_view = _KeepInView(self)
        page = self.indicator_page
        for field in (page.assessment, page.recommendation, *page.evidence.fields.values()):
            field.installEventFilter(keep_in_view)
        self.page_widgets: dict[str, QWidget] = {
            SUMMARY_PAGE: self.summary_page,
            RANKING_PAGE: self.ranking_page,
            CALLS_PAGE: self.calls_page,
            REVIEW_PAGE: self.review_page,
        }
        self.stack.addWidget(self.indicator_scroll)
        self.closing_scrolls = {}
        for key, widget in self.page_widgets.items():
            area = scrolling(widget)
            self.closing_scrolls[key] = area
            self.stack.addWidget(area)
        right_layout.addWidget(self.stack, 1)
        nav = QHBoxLayout()
        nav.setContentsMargins(m, m // 2, m, m // 2)
        self.prev_button = QPushButton(
            self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowLeft), translate("CardEditor", "Previous")
        )
        self.prev_button.setToolTip(translate("CardEditor", "Previous page (Ctrl+Page Up)"))
        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.next_button = QPushButton(
            self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowRight), translate("CardEditor", "Next")
        )
        self.next_button.setLayoutDirection(Qt.LayoutDirection.RightToLeft)  # the arrow after the words
        self.next_button.setToolTip(translate("CardEditor", "Next page (Ctrl+Page Down)"))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.position = label(role="muted", wrap=False)
        nav.addWidget(self.prev_button)
        nav.addStretch(1)
        nav.addWidget(self.position)
        nav.addStretch(1)
        nav.addWidget(self.next_button)
        right_layout.addLayout(nav)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([self.sidebar_width(), 1000])

        self.summary_page.bind(session)
        self.ranking_page.bind(session)
        self.calls_page.bind(session)
        session.snapshot_changed.connect(self._snapshot_changed)
        session.reloaded.connect(self.reload)
        self._snapshot_changed()

    def sidebar_width(self) -> int:
        """Wide enough for the longest title, its two marks and the indentation."""
        metrics = self.sidebar.fontMetrics()
        bold = QFontMetrics(theme.heading_font(self.sidebar.font(), 1.0))
        widest = 0
        for index in range(self.sidebar.topLevelItemCount()):
            head = self.sidebar.topLevelItem(index)
            widest = max(widest, bold.horizontalAdvance(head.text(0)))
            for child in range(head.childCount()):
                item = head.child(child)
                widest = max(widest, metrics.horizontalAdvance(item.text(0)) + self.sidebar.indentation())
        icons = 2 * (self.sidebar.iconSize().width() + 12)
        return min(widest + icons + 24, metrics.averageCharWidth() * 54)

    # --- navigation ------------------------------------------------------------------

    def show_page(self, key: str, *, focus: bool = True) -> None:
        """Show a page, scrolled to its top. With ``focus`` (everywhere but the sidebar's own
        moves) the keyboard focus goes to the page's first control, the rating on an indicator
        page, so a rating key never types into a text box left focused on the page before."""
        if key not in self.pages:
            raise KeyError(key)
        if key != self.current_page:
            self.session.flush()
        self.current_page = key
        if key in self.codes:
            self.indicator_page.show_indicator(self.session, key, self.numbers[key])
            self.stack.setCurrentWidget(self.indicator_scroll)
            self.indicator_scroll.verticalScrollBar().setValue(0)
        else:
            page = self.page_widgets[key]
            if hasattr(page, "load"):
                page.load()
            self.stack.setCurrentWidget(self.closing_scrolls[key])
            self.closing_scrolls[key].verticalScrollBar().setValue(0)
        if focus:
            self.focus_page()
        item = self.items[key]
        if self.sidebar.currentItem() is not item:
            self.sidebar.blockSignals(True)
            self.sidebar.setCurrentItem(item)
            self.sidebar.blockSignals(False)
        index = self.pages.index(key)
        self.prev_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < len(self.pages) - 1)
        previous_title = (
            translate("CardEditor", "Previous") if index == 0 else self._page_title(self.pages[index - 1])
        )
        next_title = (
            translate("CardEditor", "Next")
            if index == len(self.pages) - 1
            else self._page_title(self.pages[index + 1])
        )
        self.prev_button.setText(previous_title)
        self.next_button.setText(next_title)
        self.prev_button.setAccessibleName(
            translate("CardEditor", "Previous page: {title}").format(title=previous_title)
        )
        self.next_button.setAccessibleName(
            translate("CardEditor", "Next page: {title}").format(title=next_title)
        )
        self.position.setText(
            translate("CardEditor", "Page {number} of {count}").format(
                number=format_number(index + 1), count=format_number(len(self.pages))
            )
        )
        self.page_changed.emit(key)

    def _page_title(self, key: str) -> str:
        if key in self.codes:
            return f"{self.numbers[key]} {self.catalogue.indicator(key).title.get_for(self.language)}"
        return closing_title(key)

    def step(self, delta: int) -> None:
        index = self.pages.index(self.current_page) if self.current_page else 0
        new = max(0, min(len(self.pages) - 1, index + delta))
        self.show_page(self.pages[new])

    def go_to(self, page: str, path: str = "") -> None:
        if path.startswith("evidence.") and page not in self.codes:
            page = evidence_code(self.session.card, path.split(".")[1]) or page
        self.show_page(page)
        widget = self.indicator_page if page in self.codes else self.page_widgets[page]
        widget.focus_path(path)
        focused = widget.focusWidget() if hasattr(widget, "focusWidget") else None
        if page in self.codes and focused is not None:
            self.indicator_scroll.ensureWidgetVisible(focused, 40, 80)

    def page_of(self, path: str) -> str | None:
        """The page a store field path is on (``None`` for an item no longer there)."""
        parts = path.split(".")
        if parts[0] == "indicators" and len(parts) == 3:
            return parts[1]
        if parts[0] == "evidence":
            return evidence_code(self.session.card, parts[1])
        return {
            "overall.summary": SUMMARY_PAGE,
            "overall.ranking": RANKING_PAGE,
            "calls_to_action": CALLS_PAGE,
        }.get(path)

    def describe_edit(self, path: str, old: Any = None, new: Any = None) -> str:
        """What an undone or redone edit changed, in words: "Recommendation of Prevention",
        "Evidence “National plan” of Prevention" (never a store path or an evidence id)."""
        parts = path.split(".")
        closing = {
            "overall.summary": SUMMARY_PAGE,
            "overall.ranking": RANKING_PAGE,
            "calls_to_action": CALLS_PAGE,
        }
        if path in closing:
            return closing_title(closing[path])
        item = new if isinstance(new, dict) else old if isinstance(old, dict) else {}
        if parts[0] == "indicators" and len(parts) == 3:
            code, member = parts[1], parts[2]
        elif parts[0] == "evidence" and len(parts) >= 2:
            code = evidence_code(self.session.card, parts[1]) or item.get("code")
            member = "evidence" if len(parts) == 2 else parts[2]
        else:
            return translate("CardEditor", "a change to the card")
        if code not in self.codes:
            return translate("CardEditor", "a change to the card")
        templates = {
            "rating": translate("CardEditor", "Rating of {indicator}"),
            "ngo_action": translate("CardEditor", "NGO action (star) of {indicator}"),
            "assessment": translate("CardEditor", "Assessment of {indicator}"),
            "recommendation": translate("CardEditor", "Recommendation of {indicator}"),
            "kind": translate("CardEditor", "Evidence kind of {indicator}"),
            "title": translate("CardEditor", "Evidence title of {indicator}"),
            "source": translate("CardEditor", "Evidence source of {indicator}"),
            "url": translate("CardEditor", "Evidence link of {indicator}"),
            "date": translate("CardEditor", "Evidence date of {indicator}"),
            "note": translate("CardEditor", "Evidence note of {indicator}"),
            "evidence_order": translate("CardEditor", "Order of the evidence of {indicator}"),
        }
        indicator = self.catalogue.indicator(code).title.get_for(self.language)
        if member == "evidence":
            title = str(item.get("title") or "").strip()
            if title:
                return translate("CardEditor", "Evidence “{title}” of {indicator}").format(
                    title=title, indicator=indicator
                )
            return translate("CardEditor", "An evidence item of {indicator}").format(indicator=indicator)
        template = templates.get(member)
        return (
            template.format(indicator=indicator)
            if template
            else translate("CardEditor", "a change to the card")
        )

    def go_to_edit(self, path: str) -> None:
        """After undo/redo: show the page the change is on."""
        page = self.page_of(path)
        if page is not None and page != self.current_page:
            self.show_page(page)

    def focus_page(self) -> None:
        if self.current_page in self.codes:
            rating = self.indicator_page.rating
            rating.buttons[rating.rating()].setFocus(Qt.FocusReason.TabFocusReason)
        elif self.current_page:
            self.page_widgets[self.current_page].focus_path("")

    def toggle_focus(self) -> None:
        if self.sidebar.hasFocus():
            self.focus_page()
        else:
            self.sidebar.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _sidebar_changed(self, current: QTreeWidgetItem | None, previous: QTreeWidgetItem | None) -> None:
        if current is None:
            return
        key = current.data(0, Qt.ItemDataRole.UserRole)
        if key is None:  # a goal heading: hop over it in the direction of travel
            before = self.pages.index(self.current_page) if self.current_page else -1
            index = self.sidebar.indexOfTopLevelItem(current)
            children = [current.child(i) for i in range(current.childCount())]
            if not children:
                return
            first_key = children[0].data(0, Qt.ItemDataRole.UserRole)
            if index >= 0 and self.pages.index(first_key) > before:
                target = first_key
            else:
                target = self.pages[max(0, before - 1)] if before > 0 else first_key
            self.sidebar.setCurrentItem(self.items[target])
            return
        self.show_page(key, focus=False)  # the arrows keep moving in the sidebar

    def rate_current(self, rating: str | None) -> None:
        if self.current_page in self.codes:
            self.indicator_page.set_rating(rating)

    def add_evidence(self) -> None:
        if self.current_page in self.codes:
            self.indicator_page.evidence.add()

    # --- refresh ---------------------------------------------------------------------

    def reload(self) -> None:
        """After undo or redo: every visible value from the session."""
        if self.current_page in self.codes:
            self.indicator_page.load()
        self.summary_page.load()
        self.ranking_page.load()
        self.calls_page.load()

    def _snapshot_changed(self) -> None:
        card = self.session.card
        for entry in card.indicators:
            item = self.items.get(entry.code)
            if item is None:
                continue
            status = indicator_status(entry)
            if entry.code in self.session.to_review and status != "invalid":
                status = "to_review"
            item.setIcon(0, theme.rating_icon(entry.rating))
            item.setIcon(1, theme.status_icon(status))
            item.setText(1, "★" if entry.ngo_action else "")  # the star, as on the page
            text = (
                translate("CardEditor", "{rating}, {status} · NGO action ★")
                if entry.ngo_action
                else translate("CardEditor", "{rating}, {status}")
            ).format(rating=rating_short(entry.rating), status=status_text(status))
            item.setToolTip(0, f"{item.text(0)}\n{text}")  # the whole title, when the sidebar cuts it
            item.setToolTip(1, text)
            item.setData(0, Qt.ItemDataRole.AccessibleDescriptionRole, text)
        findings = review_card(card, self.catalogue, self.language)
        rated = sum(1 for entry in card.indicators if entry.rating is not None)
        self.review_page.show_findings(findings, rated, len(card.indicators))
        if self.comments is not None:
            titles = {
                code: f"{self.numbers[code]} {self.catalogue.indicator(code).title.get_for(self.language)}"
                for code in self.codes
            }
            self.review_page.show_comments(self.comments(), titles)
        for key in (SUMMARY_PAGE, RANKING_PAGE, CALLS_PAGE):
            page_findings = [f for f in findings if f.page == key]
            status = (
                "invalid"
                if any(f.severity == "error" for f in page_findings)
                else "complete"
                if not page_findings
                else "empty"
            )
            self.items[key].setIcon(1, theme.status_icon(status))
        errors = any(f.severity == "error" for f in findings)
        self.items[REVIEW_PAGE].setIcon(1, theme.status_icon("invalid" if errors else "none"))
        if self.current_page in self.codes:
            self.indicator_page.evidence.refresh()
            self.indicator_page.to_review.setVisible(self.current_page in self.session.to_review)

    def findings(self) -> list[Finding]:
        return review_card(self.session.card, self.catalogue, self.language)

    def set_status_text(self, text: str) -> None:
        self.card_state.setText(text)

    def focused_field(self) -> tuple[str, str] | None:
        """(path, title) of the field with the keyboard focus, for its history."""
        widget = self.focusWidget()
        titles = {
            "assessment": translate("IndicatorPage", "Your assessment"),
            "recommendation": translate("IndicatorPage", "Recommendation"),
            "internal_notes": translate("IndicatorPage", "Internal notes (stay on this computer)"),
            "summary": closing_title(SUMMARY_PAGE),
            "calls_to_action": closing_title(CALLS_PAGE),
            "kind": translate("Evidence", "Kind"),
            "title": translate("Evidence", "Title"),
            "source": translate("Evidence", "Source"),
            "url": translate("Evidence", "Link (URL)"),
            "date": translate("Evidence", "Date"),
            "note": translate("Evidence", "Note"),
        }
        while widget is not None and widget is not self:
            path = getattr(widget, "field_path", None)
            if path:
                member = path.split(".")[-1]
                title = titles.get(member, member)
                if path.startswith("evidence."):
                    title = translate("CardEditor", "evidence, {field}").format(field=title)
                if self.current_page in self.codes:
                    title = translate("CardEditor", "{page}: {field}").format(
                        page=self._page_title(self.current_page), field=title
                    )
                return path, title
            if widget is self.indicator_page.rating or widget in self.indicator_page.rating.buttons.values():
                return f"indicators.{self.current_page}.rating", self._field_title("rating")
            if widget is self.indicator_page.star:
                return f"indicators.{self.current_page}.ngo_action", self._field_title("ngo_action")
            widget = widget.parentWidget()
        if self.current_page in self.codes:
            return f"indicators.{self.current_page}.rating", self._field_title("rating")
        if self.current_page == RANKING_PAGE:
            return "overall.ranking", closing_title(RANKING_PAGE)
        return None

    def _field_title(self, member: str) -> str:
        field = (
            translate("CardEditor", "rating") if member == "rating" else translate("CardEditor", "NGO action")
        )
        return translate("CardEditor", "{page}: {field}").format(
            page=self._page_title(self.current_page), field=field
        )
