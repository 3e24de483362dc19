"""A country's card in a cycle: the merged 3x4 matrix, each partner side by side, conflicts to
settle with a reason, the revision history with what changed, and the card saved as PDF/PNG/HTML."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cardentry.base.atomic import produce_atomically, write_atomically
from cardentry.base.catalogue import default_catalogue
from cardentry.base.countries import sort_key
from cardentry.base.vocabulary import RANKINGS, RATINGS
from cardentry.secretariat import history
from cardentry.secretariat.merge import (
    RANKING_SUBJECT,
    MergedCard,
    MergedValue,
    Resolution,
    cards_in_cycle,
    cycles,
    indicator_subject,
    merged_card,
    resolution_history,
    resolve,
)
from cardentry.ui.common import theme
from cardentry.ui.common.errors import show_error
from cardentry.ui.common.i18n import country_name, current_language
from cardentry.ui.common.qt import (
    QBrush,
    QButtonGroup,
    QColor,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    Qt,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    Signal,
    translate,
)
from cardentry.ui.common.theme import RATING_LOOKS, heading_font
from cardentry.ui.common.widgets import cancel_and, combo_box, describe_value, heading, label, local_time
from cardentry.ui.secretariat.common import (
    CONFLICT_BORDER,
    CONFLICT_TINT,
    ask_save_path,
    fill_combo,
    item,
    page_layout,
    row,
    table,
)
from cardentry.ui.secretariat.desk import Desk
from cardentry.ui.secretariat.texts import (
    RANKING_TEXT,
    RATING_NAMES,
    RATING_TEXT,
    path_title,
    subject_title,
    value_text,
)

STAR = "\u2605"


@dataclass
class CountryData:
    country: str
    cycle: str
    cycles: list[str]
    countries: list[str]
    card: MergedCard | None
    assessments: list[history.ReceivedAssessment]
    decisions: list[Resolution]


def given_text(value: MergedValue, names: dict[str, str], *, ranking: bool = False) -> str:
    names_of = RANKING_TEXT if ranking else RATING_NAMES
    return " · ".join(
        translate("SecretariatCountry", "{name}: {value}").format(
            name=names.get(k, k), value=names_of.get(v, v)
        )
        for k, v in value.given.items()
    )


def one_line(value: Any) -> str:
    """A changed value on one table line (the tooltip has all of it)."""
    return " ".join(describe_value(value, 160).split())


@dataclass
class PartnerView:
    """What one partner wrote on a disputed subject, for the Settle dialog's side-by-side view."""

    organisation: str
    value: str | None
    text: str  # the assessment (an indicator) or the overall summary (the ranking)
    evidence: list[str]  # one line per evidence item the partner gave


class SettleDialog(QDialog):
    """Choose the published value of a disagreement and write down why; the partners'
    assessments and evidence side by side, so the choice can be made on what they wrote."""

    def __init__(
        self,
        title: str,
        given: list[tuple[str, str | None]],
        options: list[str],
        *,
        ranking: bool = False,
        details: list[PartnerView] | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        settle_title = translate("SecretariatCountry", "Settle: {title}").format(title=title)
        self.setWindowTitle(settle_title)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(settle_title, 1.3))
        lines = "\n".join(
            "• "
            + translate("SecretariatCountry", "{name}: {value}").format(
                name=organisation, value=value_text(value, ranking=ranking)
            )
            for organisation, value in given
        )
        layout.addWidget(
            label(translate("SecretariatCountry", "The partners gave:\n{lines}").format(lines=lines))
        )
        self.partner_views: list[QPlainTextEdit] = []
        if details:
            side = QHBoxLayout()
            for view in details:
                text = QPlainTextEdit()
                text.setReadOnly(True)
                text.setAccessibleName(
                    translate("SecretariatCountry", "What {organisation} wrote").format(
                        organisation=view.organisation
                    )
                )
                heading_text = translate("SecretariatCountry", "{organisation}: {value}").format(
                    organisation=view.organisation, value=value_text(view.value, ranking=ranking)
                )
                parts = [
                    translate("SecretariatCountry", "Summary:")
                    if ranking
                    else translate("SecretariatCountry", "Assessment:"),
                    view.text.strip() or translate("SecretariatCountry", "(nothing written)"),
                ]
                if not ranking:
                    parts += ["", translate("SecretariatCountry", "Evidence:")]
                    parts += [f"• {line}" for line in view.evidence] or [
                        translate("SecretariatCountry", "(none given)")
                    ]
                text.setPlainText("\n".join(parts))
                text.setMinimumHeight(self.fontMetrics().lineSpacing() * 8)
                column = QVBoxLayout()
                column.addWidget(heading(heading_text, 1.05))
                column.addWidget(text, 1)
                side.addLayout(column, 1)
                self.partner_views.append(text)
            layout.addLayout(side, 1)
        layout.addWidget(label(translate("SecretariatCountry", "Publish:")))
        self.group = QButtonGroup(self)
        self.choices: dict[str, QRadioButton] = {}
        for value in options:
            by = [organisation for organisation, v in given if v == value]
            text = value_text(value, ranking=ranking)
            if by:
                text = translate("SecretariatCountry", "{value}   (given by {organisations})").format(
                    value=text, organisations=", ".join(by)
                )
            button = QRadioButton(text)
            if not ranking:
                button.setIcon(theme.rating_icon(value, 18))
            self.group.addButton(button)
            self.choices[value] = button
            button.toggled.connect(self._update)
            layout.addWidget(button)
        layout.addWidget(
            label(
                translate(
                    "SecretariatCountry",
                    "Why (kept with the decision and shown to whoever reads the card's history):",
                )
            )
        )
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText(
            translate(
                "SecretariatCountry",
                "e.g. Checked with both partners on 3 March: the law was passed in 2011.",
            )
        )
        self.reason.setTabChangesFocus(True)
        self.reason.setAccessibleName(translate("SecretariatCountry", "Reason for the decision"))
        self.reason.setMinimumHeight(self.fontMetrics().lineSpacing() * 4)
        self.reason.textChanged.connect(self._update)
        layout.addWidget(self.reason)
        layout.addWidget(
            label(
                translate(
                    "SecretariatCountry",
                    "If a partner later sends a revision that changes its value, the decision is reopened.",
                ),
                role="muted",
            )
        )
        self.hint = label(role="muted")
        layout.addWidget(self.hint)
        self.buttons, self.ok = cancel_and(self, translate("SecretariatCountry", "Settle"))
        layout.addWidget(self.buttons)
        self._update()
        width = 120 if details else 80
        self.resize(self.fontMetrics().averageCharWidth() * width, self.sizeHint().height())

    def value(self) -> str | None:
        return next((value for value, button in self.choices.items() if button.isChecked()), None)

    def reason_text(self) -> str:
        return self.reason.toPlainText().strip()

    def _update(self) -> None:
        """The Settle button says why it is not available yet (beside it and in its tooltip)."""
        if self.value() is None:
            hint = translate("SecretariatCountry", "To settle: choose the value to publish, then write why.")
        elif not self.reason_text():
            hint = translate("SecretariatCountry", "To settle: write why (a reason is needed and kept).")
        else:
            hint = ""
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))
        self.ok.setToolTip(hint)
        self.ok.setEnabled(not hint)


def partner_views(card: MergedCard, subject: str) -> list[PartnerView]:
    """Each contributing partner's value, text and evidence on ``subject``, in partner order."""
    ranking = subject == RANKING_SUBJECT
    value = card.value_of(subject)
    entry = None if ranking else card.indicator(subject.split(":", 1)[1])
    views = []
    for contribution in card.contributions:
        organisation = contribution.organisation
        texts = card.summaries if entry is None else entry.assessments
        text = "\n\n".join(t.text for t in texts if t.organisation == organisation)
        evidence = []
        for merged in entry.evidence if entry is not None else []:
            if organisation in merged.partners:
                item_ = merged.item
                details = ", ".join(str(item_[k]) for k in ("source", "date", "url") if item_.get(k))
                title = str(item_.get("title") or "")
                evidence.append(f"{title} ({details})" if details else title)
        views.append(PartnerView(organisation, value.given.get(contribution.partner_id), text, evidence))
    return views


class IndicatorCell(QFrame):
    """One indicator of the matrix: shape, colour and words; a conflict shows the partners' values."""

    settle_requested = Signal(str)  # subject

    def __init__(self, code: str, title: str):
        super().__init__()
        self.code = code
        self.setObjectName("cell")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout = QGridLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setHorizontalSpacing(6)
        layout.setVerticalSpacing(2)
        self.shape = label(wrap=False)
        self.title = label(title)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.star = label(wrap=False)
        self.text = label()
        self.settle = QPushButton(translate("SecretariatCountry", "Settle…"))
        self.settle.clicked.connect(lambda: self.settle_requested.emit(indicator_subject(code)))
        layout.addWidget(self.shape, 0, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.title, 0, 1)
        layout.addWidget(self.star, 0, 2, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.text, 1, 1, 1, 2)
        layout.addWidget(self.settle, 2, 1, 1, 2, Qt.AlignmentFlag.AlignLeft)
        layout.setColumnStretch(1, 1)

    def show_value(self, value: MergedValue, star_by: list[str], names: dict[str, str]) -> None:
        star_text = translate("SecretariatCountry", "{star} NGO action").format(star=STAR)
        self.star.setText(star_text if star_by else "")
        self.star.setToolTip(
            translate("SecretariatCountry", "Work undertaken by NGOs (given by {organisations})").format(
                organisations=", ".join(star_by)
            )
            if star_by
            else ""
        )
        conflict = value.status == "conflict"
        self.settle.setVisible(conflict)
        if conflict:
            self.shape.setPixmap(theme.status_icon("invalid", 20).pixmap(20, 20))
            self.text.setText(
                translate("SecretariatCountry", "Partners disagree: {values}").format(
                    values=given_text(value, names)
                )
            )
            style = f"background:{CONFLICT_TINT}; border:2px dashed {CONFLICT_BORDER}; border-radius:4px;"
            self.setAccessibleName(
                translate("SecretariatCountry", "{indicator}: partners disagree").format(
                    indicator=self.title.text()
                )
            )
        else:
            look = RATING_LOOKS[value.value]
            self.shape.setPixmap(theme.rating_icon(value.value, 20).pixmap(20, 20))
            text = RATING_TEXT[value.value]
            if value.status == "resolved" and value.resolution is not None:
                text += "\n" + translate("SecretariatCountry", "Decided by the secretariat")
                self.setToolTip(
                    translate("SecretariatCountry", "Decided {time}: {reason}").format(
                        time=local_time(value.resolution.decided_at), reason=value.resolution.reason
                    )
                )
            elif value.status == "agreed":
                rated = [names.get(k, k) for k, v in value.given.items() if v is not None]
                if len(rated) == 1:  # the others left it not assessed: no agreement to speak of
                    text += "\n" + translate("SecretariatCountry", "Only {organisation} rated").format(
                        organisation=rated[0]
                    )
                else:
                    text += "\n" + translate("SecretariatCountry", "Partners agree")
                self.setToolTip("")
            else:
                self.setToolTip("")
            self.text.setText(text)
            style = f"background:{look.tint}; border:1px solid {look.outline}; border-radius:4px;"
            self.setAccessibleName(
                translate("SecretariatCountry", "{name}: {value}").format(
                    name=self.title.text(), value=RATING_TEXT[value.value]
                )
            )
        self.setStyleSheet(
            f"QFrame#cell {{ {style} }} QFrame#cell QLabel {{ background: transparent; border: none; }}"
        )


class CardMatrix(QWidget):
    """The card's 3x4 matrix: one column per goal, its four indicators below."""

    settle_requested = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        catalogue = default_catalogue()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(6)
        self.cells: dict[str, IndicatorCell] = {}
        for column, goal in enumerate(catalogue.goals):
            title = label(
                translate("SecretariatCountry", "Goal {number}: {title}").format(
                    number=goal.number, title=goal.title.get_for(current_language())
                )
            )
            title.setFont(heading_font(title.font(), 1.05))
            grid.addWidget(title, 0, column)
            grid.setColumnStretch(column, 1)
            for index, indicator in enumerate(goal.indicators):
                cell = IndicatorCell(indicator.code, indicator.title.get_for(current_language()))
                cell.settle_requested.connect(self.settle_requested)
                self.cells[indicator.code] = cell
                grid.addWidget(cell, index + 1, column)

    def show_card(self, card: MergedCard) -> None:
        names = card.organisation_by_partner
        for entry in card.indicators:
            self.cells[entry.code].show_value(entry.rating, entry.ngo_action_by, names)


class CountryPage(QWidget):
    """One country's merged card in one cycle."""

    def __init__(self, desk: Desk):
        super().__init__()
        self.desk = desk
        self.data: CountryData | None = None
        self.country: str | None = None
        self.cycle: str | None = None
        self.last_saved: Path | None = None
        self.settling_details: list[PartnerView] | None = None  # for ask_decision, while it asks
        self.catalogue = default_catalogue()
        layout = page_layout(self, translate("SecretariatCountry", "Country cards"))
        self.title = layout.itemAt(0).widget()
        self.country_box = combo_box()
        self.country_box.setAccessibleName(translate("SecretariatCountry", "Country"))
        self.country_box.setMinimumContentsLength(16)
        self.country_box.currentIndexChanged.connect(lambda _i: self._picked())
        self.cycle_box = combo_box()
        self.cycle_box.setAccessibleName(translate("SecretariatCountry", "Cycle"))
        self.cycle_box.currentIndexChanged.connect(lambda _i: self._picked())
        self.feedback_button = QPushButton(translate("SecretariatCountry", "&Feedback to partners…"))
        self.feedback_button.setToolTip(
            translate(
                "SecretariatCountry",
                "Answer a partner on its card: changes requested, accepted or published, with a comment "
                "per indicator; signed and sealed to the partner",
            )
        )
        self.feedback_button.clicked.connect(self.write_feedback)
        self.save_buttons = {}
        for kind, text in (
            ("pdf", translate("SecretariatCountry", "Save as &PDF…")),
            ("png", "PN&G…"),  # format names alone stay as they are
            ("html", "&HTML…"),
        ):
            button = QPushButton(text)
            button.setToolTip(
                translate("SecretariatCountry", "Save the card as published, as a {format} file").format(
                    format=kind.upper()
                )
            )
            button.clicked.connect(lambda _=False, k=kind: self.save_card(k))
            self.save_buttons[kind] = button
        layout.addLayout(
            row(
                translate("SecretariatCountry", "Country:"),
                self.country_box,
                translate("SecretariatCountry", "Cycle:"),
                self.cycle_box,
                None,
                self.feedback_button,
                *self.save_buttons.values(),
            )
        )
        self.summary = label()
        layout.addWidget(self.summary)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.matrix = CardMatrix()
        self.matrix.settle_requested.connect(self.settle)
        left_layout.addWidget(self.matrix)
        ranking_row = QHBoxLayout()
        self.ranking = label()
        self.ranking_settle = QPushButton(translate("SecretariatCountry", "Settle the ranking…"))
        self.ranking_settle.clicked.connect(lambda: self.settle(RANKING_SUBJECT))
        ranking_row.addWidget(self.ranking, 1)
        ranking_row.addWidget(self.ranking_settle)
        left_layout.addLayout(ranking_row)
        left_layout.addWidget(
            label(
                translate(
                    "SecretariatCountry",
                    "Green: significant action (filled disc) · Yellow: partial action (half disc) · Red: "
                    "inadequate action (ring) · Not assessed (dashed) · {star}: work undertaken by NGOs",
                ).format(star=STAR),
                role="muted",
            )
        )
        left_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(left)

        self.tabs = QTabWidget()
        self.side_by_side = table(
            [translate("SecretariatCountry", "Indicator")],
            translate("SecretariatCountry", "Each partner's values side by side"),
        )
        self.side_by_side.setWordWrap(True)
        self.tabs.addTab(self.side_by_side, translate("SecretariatCountry", "Side by side"))
        self.tabs.addTab(self._history_tab(), translate("SecretariatCountry", "Revisions"))
        self.decisions = table(
            [
                translate("SecretariatCountry", "Decided"),
                translate("SecretariatCountry", "Subject"),
                translate("SecretariatCountry", "Published"),
                translate("SecretariatCountry", "Reason"),
                translate("SecretariatCountry", "State"),
            ],
            translate("SecretariatCountry", "Decisions"),
        )
        self.tabs.addTab(self.decisions, translate("SecretariatCountry", "Decisions"))

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(scroll)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        char = self.fontMetrics().averageCharWidth()
        splitter.setSizes([char * 92, char * 72])
        self.splitter = splitter
        layout.addWidget(splitter, 1)
        self.empty = label(
            translate(
                "SecretariatCountry", "No card to show yet: import partners' bundles, and trust their keys."
            ),
            role="muted",
        )
        layout.addWidget(self.empty)
        self._set_visible(False)

    def _history_tab(self) -> QWidget:
        widget = QWidget()
        layout = QVBoxLayout(widget)
        self.assessment_box = combo_box()
        self.assessment_box.setAccessibleName(translate("SecretariatCountry", "Partner's card"))
        self.assessment_box.currentIndexChanged.connect(lambda _i: self._load_revisions())
        layout.addLayout(row(translate("SecretariatCountry", "Partner:"), self.assessment_box, stretch_at=1))
        self.from_box = combo_box()
        self.from_box.setAccessibleName(translate("SecretariatCountry", "From revision"))
        self.to_box = combo_box()
        self.to_box.setAccessibleName(translate("SecretariatCountry", "To revision"))
        self.from_box.currentIndexChanged.connect(lambda _i: self._load_diff())
        self.to_box.currentIndexChanged.connect(lambda _i: self._load_diff())
        layout.addLayout(
            row(
                translate("SecretariatCountry", "What changed from"),
                self.from_box,
                translate("SecretariatCountry", "to"),
                self.to_box,
                None,
            )
        )
        self.revisions_label = label(role="muted")
        layout.addWidget(self.revisions_label)
        self.diff = table(
            [
                translate("SecretariatCountry", "What"),
                translate("SecretariatCountry", "Before"),
                translate("SecretariatCountry", "After"),
            ],
            translate("SecretariatCountry", "What changed between the two revisions"),
        )
        self.diff.horizontalHeader().setSectionResizeMode(self.diff.horizontalHeader().ResizeMode.Interactive)
        self.diff.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.diff, 1)
        self.no_changes = label(role="muted")
        self.no_changes.hide()
        layout.addWidget(self.no_changes)
        self.revisions: list[history.Revision] = []
        return widget

    def _set_visible(self, has_card: bool) -> None:
        self.splitter.setVisible(has_card)
        self.summary.setVisible(has_card)
        self.empty.setVisible(not has_card)
        for button in (*self.save_buttons.values(), self.feedback_button):
            button.setEnabled(has_card)

    # --- loading -------------------------------------------------------------------

    def show_country(self, country: str | None, cycle: str | None) -> None:
        self.country, self.cycle = country, cycle
        self.refresh()

    def refresh(self) -> None:
        store = self.desk.store
        wanted_country, wanted_cycle = self.country, self.cycle

        def read() -> CountryData:
            all_cycles = sorted(cycles(store), reverse=True)
            cycle = wanted_cycle if wanted_cycle in all_cycles else (all_cycles[0] if all_cycles else "")
            countries = cards_in_cycle(store, cycle) if cycle else []
            countries.sort(key=lambda code: sort_key(country_name(code)))
            country = wanted_country if wanted_country in countries else (countries[0] if countries else "")
            card = merged_card(store, country, cycle) if country else None
            return CountryData(
                country,
                cycle,
                all_cycles,
                countries,
                card,
                history.list_assessments(store, country, cycle) if country else [],
                resolution_history(store, country, cycle) if country else [],
            )

        self.desk.run(read, self._show)

    def _picked(self) -> None:
        self.country = self.country_box.currentData()
        self.cycle = self.cycle_box.currentData()
        self.refresh()

    def _show(self, data: CountryData) -> None:
        self.data = data
        self.country, self.cycle = data.country or None, data.cycle or None
        fill_combo(self.cycle_box, [(c, c) for c in data.cycles], keep=data.cycle)
        fill_combo(self.country_box, [(country_name(c), c) for c in data.countries], keep=data.country)
        card = data.card
        self._set_visible(card is not None)
        if card is None:
            self.title.setText(translate("SecretariatCountry", "Country cards"))
            return
        self.title.setText(
            translate("SecretariatCountry", "{country}: progress card {cycle}").format(
                country=country_name(card.country), cycle=card.cycle
            )
        )
        open_count = len(card.open_conflicts)
        state = (
            translate(
                "SecretariatCountry",
                "%n disagreement(s) to settle: the country is left out of the figures until then.",
                "",
                open_count,
            )
            if open_count
            else translate("SecretariatCountry", "Resolved: the card counts in the figures.")
        )
        partners = ", ".join(card.organisations)
        self.summary.setText(
            translate("SecretariatCountry", "Partners: {partners}. {state}").format(
                partners=partners, state=state
            )
        )
        self.summary.setProperty("role", "error" if open_count else "ok")
        self.summary.style().polish(self.summary)
        self.matrix.show_card(card)
        names = card.organisation_by_partner
        ranking = card.ranking
        if ranking.status == "conflict":
            self.ranking.setText(
                translate("SecretariatCountry", "Overall ranking: partners disagree ({values})").format(
                    values=given_text(ranking, names, ranking=True)
                )
            )
            self.ranking.setProperty("role", "error")
        else:
            text = RANKING_TEXT[ranking.value]
            if ranking.status == "resolved":
                text = translate("SecretariatCountry", "{ranking} (decided by the secretariat)").format(
                    ranking=text
                )
            self.ranking.setText(
                translate("SecretariatCountry", "Overall ranking: {ranking}").format(ranking=text)
            )
            self.ranking.setProperty("role", "")
        self.ranking.style().polish(self.ranking)
        font = self.ranking.font()
        font.setBold(True)
        self.ranking.setFont(font)
        self.ranking_settle.setVisible(ranking.status == "conflict")
        self._fill_side_by_side(card)
        self._fill_decisions(data.decisions)
        fill_combo(
            self.assessment_box,
            [
                (
                    translate(
                        "SecretariatCountry",
                        "{organisation}: %n revision(s), r{revision} current",
                        "",
                        a.revisions,
                    ).format(organisation=a.organisation, revision=a.current_revision),
                    a.assessment_id,
                )
                for a in data.assessments
            ],
        )
        self._load_revisions()

    def _fill_side_by_side(self, card: MergedCard) -> None:
        view = self.side_by_side
        partners = card.contributions
        columns = [
            translate("SecretariatCountry", "Indicator"),
            *[c.organisation for c in partners],
            translate("SecretariatCountry", "Published"),
        ]
        view.setColumnCount(len(columns))
        view.setHorizontalHeaderLabels(columns)
        view.setRowCount(len(card.indicators) + 1)
        tint = QBrush(QColor(CONFLICT_TINT))
        entries: list[tuple[str, MergedValue, bool]] = [
            (self.catalogue.indicator(e.code).title.get_for(current_language()), e.rating, False)
            for e in card.indicators
        ]
        entries.append((translate("SecretariatCountry", "Overall ranking"), card.ranking, True))
        for index, (title, value, is_ranking) in enumerate(entries):
            conflict = value.status == "conflict"
            view.setItem(index, 0, item(("\u26a0 " if conflict else "") + title))
            for column, contribution in enumerate(partners, start=1):
                given = value.given.get(contribution.partner_id)
                cell = item(
                    RANKING_TEXT.get(given, given) if is_ranking else RATING_NAMES[given],
                    icon=None if is_ranking else theme.rating_icon(given),
                )
                view.setItem(index, column, cell)
            if conflict:
                published = translate("SecretariatCountry", "Partners disagree: settle")
            elif is_ranking:
                published = RANKING_TEXT.get(value.value, value.value)
            else:
                published = RATING_NAMES[value.value]
            if value.status == "resolved":
                published = translate("SecretariatCountry", "{value} (decided)").format(value=published)
            view.setItem(
                index,
                len(columns) - 1,
                item(published, icon=None if is_ranking or conflict else theme.rating_icon(value.value)),
            )
            if conflict:
                for column in range(len(columns)):
                    view.item(index, column).setBackground(tint)
        view.resizeColumnsToContents()

    def _fill_decisions(self, decisions: list[Resolution]) -> None:
        view = self.decisions
        view.setRowCount(len(decisions))
        for index, decision in enumerate(reversed(decisions)):
            ranking = decision.subject == RANKING_SUBJECT
            state = (
                translate("SecretariatCountry", "Reopened {time}").format(
                    time=local_time(decision.reopened_at)
                )
                if decision.reopened_at
                else translate("SecretariatCountry", "Holds")
            )
            view.setItem(index, 0, item(local_time(decision.decided_at)))
            view.setItem(index, 1, item(subject_title(decision.subject)))
            view.setItem(index, 2, item(value_text(decision.value, ranking=ranking)))
            view.setItem(index, 3, item(decision.reason, tip=decision.reason))
            view.setItem(index, 4, item(state))

    # --- revisions -----------------------------------------------------------------

    def _load_revisions(self) -> None:
        assessment_id = self.assessment_box.currentData()
        if not assessment_id:
            self.revisions = []
            self._show_revisions([])
            return
        store = self.desk.store
        self.desk.run(lambda: history.list_revisions(store, assessment_id), self._show_revisions)

    def _show_revisions(self, revisions: list[history.Revision]) -> None:
        self.revisions = revisions
        entries = [
            (
                translate("SecretariatCountry", "r{revision} (current)").format(revision=r.revision)
                if r.current
                else f"r{r.revision}",
                r.revision,
            )
            for r in revisions
        ]
        newest = revisions[-1].revision if revisions else None
        older = revisions[-2].revision if len(revisions) > 1 else newest
        fill_combo(self.from_box, entries, keep=older)
        fill_combo(self.to_box, entries, keep=newest)
        if len(revisions) <= 1:
            self.revisions_label.setText(
                translate("SecretariatCountry", "Only one revision received from this partner so far.")
            )
        else:
            self.revisions_label.setText(
                translate("SecretariatCountry", "{count} revisions received.").format(count=len(revisions))
            )
        self._load_diff()

    def _load_diff(self) -> None:
        assessment_id = self.assessment_box.currentData()
        old, new = self.from_box.currentData(), self.to_box.currentData()
        if not assessment_id or old is None or new is None or old == new:
            self._show_diff([])
            return
        store = self.desk.store
        self.desk.run(lambda: history.diff(store, assessment_id, old, new), self._show_diff)

    def _show_diff(self, changes: list[history.Change]) -> None:
        self.changes = changes
        self.diff.setRowCount(len(changes))
        same = self.from_box.currentData() == self.to_box.currentData()
        self.no_changes.setText(
            translate("SecretariatCountry", "Choose two different revisions to see what changed.")
            if same
            else translate("SecretariatCountry", "No changes: these two revisions say the same.")
        )
        self.no_changes.setVisible(not changes)
        for index, change in enumerate(changes):
            self.diff.setItem(index, 0, item(path_title(change.path), tip=change.path))
            self.diff.setItem(index, 1, item(one_line(change.old), tip=describe_value(change.old, 2000)))
            self.diff.setItem(index, 2, item(one_line(change.new), tip=describe_value(change.new, 2000)))
        header = self.diff.horizontalHeader()
        char = self.fontMetrics().averageCharWidth()
        self.diff.resizeColumnToContents(0)
        header.resizeSection(1, max(char * 22, (self.diff.viewport().width() - header.sectionSize(0)) // 2))

    # --- settling ------------------------------------------------------------------

    @classmethod
    def ask_decision(
        cls,
        parent: QWidget,
        title: str,
        given: list[tuple[str, str | None]],
        options: list[str],
        ranking: bool,
    ) -> tuple[str, str] | None:
        details = getattr(parent, "settling_details", None)
        dialog = SettleDialog(title, given, options, ranking=ranking, details=details, parent=parent)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.value() is None:
            return None
        return dialog.value() or "", dialog.reason_text()

    def settle(self, subject: str) -> None:
        card = self.data.card if self.data else None
        if card is None:
            return
        ranking = subject == RANKING_SUBJECT
        value = card.value_of(subject)
        names = card.organisation_by_partner
        given = [(names.get(k, k), v) for k, v in value.given.items()]
        options = list(RANKINGS if ranking else RATINGS)
        title = f"{subject_title(subject)}, {country_name(card.country)} {card.cycle}"
        self.settling_details = partner_views(card, subject)
        try:
            answer = self.ask_decision(self, title, given, options, ranking)
        finally:
            self.settling_details = None
        if answer is None:
            return
        chosen, reason = answer
        store, country, cycle = self.desk.store, card.country, card.cycle
        if ranking:
            work = lambda: resolve(store, country, cycle, reason=reason, ranking=chosen)  # noqa: E731
        else:
            code = subject.split(":", 1)[1]
            work = lambda: resolve(store, country, cycle, reason=reason, indicator=code, rating=chosen)  # noqa: E731
        self.desk.run(
            work,
            self._settled,
            lambda error: show_error(
                self, error, translate("SecretariatCountry", "Not settled"), logged=True
            ),
        )

    def _settled(self, _resolution: Resolution) -> None:
        self.desk.changed.emit("resolve")
        self.refresh()

    def write_feedback(self) -> Any:
        """The feedback dialog for the shown country and cycle (a draft per partner)."""
        from cardentry.ui.secretariat.feedback import FeedbackDialog

        if not self.country or not self.cycle:
            return None
        dialog = FeedbackDialog(self.desk.store, self.desk.data_dir, self.country, self.cycle, self)
        self.feedback_dialog = dialog
        dialog.finished.connect(lambda _r: self.desk.changed.emit("feedback"))
        dialog.open()
        return dialog

    # --- saving --------------------------------------------------------------------

    def save_card(self, kind: str) -> Path | None:
        card = self.data.card if self.data else None
        if card is None:
            return None
        filters = {
            "pdf": "PDF (*.pdf)",
            "png": translate("SecretariatCountry", "PNG image (*.png)"),
            "html": translate("SecretariatCountry", "Web page (*.html)"),
        }[kind]
        path = ask_save_path(
            self,
            translate("SecretariatCountry", "Save the card of {country}").format(
                country=country_name(card.country)
            ),
            self.last_saved,
            f"{card.country}-{card.cycle}-card.{kind}",
            filters,
        )
        if path is None:
            return None
        # the card's page and the renderer load when a card is saved, not before the first window (issue 18)
        from cardentry.secretariat.reports.card import card_html
        from cardentry.ui.common.render import render_pdf, render_png

        html = card_html(card)
        try:
            if kind == "html":
                write_atomically(path, html.encode("utf-8"))
            else:
                render = render_pdf if kind == "pdf" else render_png
                produce_atomically(path, lambda temporary: render(html, temporary))
        except OSError as error:
            show_error(self, error, translate("SecretariatCountry", "The card was not saved"))
            return None
        self.last_saved = path
        if card.open_conflicts:
            message = translate(
                "SecretariatCountry",
                "Saved {path} (it shows %n open disagreement(s))",
                "",
                len(card.open_conflicts),
            ).format(path=path)
        else:
            message = translate("SecretariatCountry", "Saved {path}").format(path=path)
        self.desk.message.emit(message)
        return path
