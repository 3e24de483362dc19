"""The secretariat writes feedback to a partner from the country card (issue 16).

One dialog per country and cycle: pick the partner, a status, a message, a comment and a
published rating per indicator (offered from the merged card and its decisions by
``secretariat.feedback.offered_draft``), the published ranking; "Save draft" keeps it,
"Sign and send…" signs it with the network key (its passphrase asked), seals it to the
partner when its key file carries a sealing key, and writes the file into a folder.
What was typed is never lost: picking another partner or closing the dialog keeps the
form as that partner's draft when it was changed (an offer left untouched is not saved,
so that it is offered afresh from the card next time). Everything partners wrote is shown
as plain text.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from cardentry.base.catalogue import default_catalogue
from cardentry.base.vocabulary import RANKINGS, RATINGS
from cardentry.secretariat import feedback as secretariat_feedback
from cardentry.storage import keys, network_keys
from cardentry.ui.common.errors import error_text
from cardentry.ui.common.feedback import STATUS_TEXT, status_text
from cardentry.ui.common.i18n import country_name
from cardentry.ui.common.qt import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QPlainTextEdit,
    QPushButton,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    translate,
)
from cardentry.ui.common.widgets import ask_secret, heading, label, rating_text
from cardentry.ui.secretariat.texts import indicator_title, value_text


class FeedbackDialog(QDialog):
    """Feedback to one partner on its current revision of a country's card."""

    def __init__(self, store: Any, data_dir: Path, country: str, cycle: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.store, self.data_dir, self.country, self.cycle = store, data_dir, country, cycle
        self.codes = list(default_catalogue().indicator_codes)
        self.partners = secretariat_feedback.partners(store, country, cycle)
        self.sent: secretariat_feedback.SentFeedback | None = None
        self.shown_partner: secretariat_feedback.Partner | None = None  # whose draft the form holds
        self._as_shown: secretariat_feedback.Draft | None = None  # the form as loaded or last saved
        self.setWindowTitle(translate("SecretariatFeedback", "Feedback to partners"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            heading(
                translate("SecretariatFeedback", "Feedback on {country} {cycle}").format(
                    country=country_name(country), cycle=cycle
                ),
                1.2,
            )
        )
        top = QHBoxLayout()
        self.partner = QComboBox()
        self.partner.setAccessibleName(translate("SecretariatFeedback", "Partner"))
        for partner in self.partners:
            self.partner.addItem(
                translate("SecretariatFeedback", "{organisation} (revision {revision})").format(
                    organisation=partner.organisation, revision=partner.revision
                ),
                partner.assessment_id,
            )
        self.status = QComboBox()
        self.status.setAccessibleName(translate("SecretariatFeedback", "Status"))
        for code in STATUS_TEXT:
            self.status.addItem(status_text(code), code)
        top.addWidget(label(translate("SecretariatFeedback", "Partner:"), wrap=False))
        top.addWidget(self.partner, 1)
        top.addWidget(label(translate("SecretariatFeedback", "Status:"), wrap=False))
        top.addWidget(self.status)
        layout.addLayout(top)
        self.message = QPlainTextEdit()
        self.message.setAccessibleName(translate("SecretariatFeedback", "Message to the partner"))
        self.message.setPlaceholderText(translate("SecretariatFeedback", "Message to the partner"))
        self.message.setMaximumHeight(self.fontMetrics().lineSpacing() * 5)
        layout.addWidget(self.message)
        self.table = QTableWidget(len(self.codes), 3)
        self.table.setAccessibleName(translate("SecretariatFeedback", "Comments per indicator"))
        self.table.setHorizontalHeaderLabels(
            [
                translate("SecretariatFeedback", "Indicator"),
                translate("SecretariatFeedback", "Comment"),
                translate("SecretariatFeedback", "Published rating"),
            ]
        )
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.ratings: dict[str, QComboBox] = {}
        catalogue = default_catalogue()
        for row, code in enumerate(self.codes):
            title = QTableWidgetItem(indicator_title(code, catalogue.indicator(code).title.get_for("en")))
            title.setFlags(Qt.ItemFlag.ItemIsEnabled)
            title.setData(Qt.ItemDataRole.UserRole, code)
            self.table.setItem(row, 0, title)
            self.table.setItem(row, 1, QTableWidgetItem(""))
            combo = QComboBox()
            combo.addItem("—", None)
            for rating in RATINGS:
                combo.addItem(rating_text(rating), rating)
            self.ratings[code] = combo
            self.table.setCellWidget(row, 2, combo)
        layout.addWidget(self.table, 1)
        ranking_row = QHBoxLayout()
        self.ranking = QComboBox()
        self.ranking.setAccessibleName(translate("SecretariatFeedback", "Published ranking"))
        self.ranking.addItem("—", None)
        for ranking in RANKINGS:
            self.ranking.addItem(value_text(ranking, ranking=True), ranking)
        ranking_row.addWidget(label(translate("SecretariatFeedback", "Published ranking:"), wrap=False))
        ranking_row.addWidget(self.ranking, 1)
        layout.addLayout(ranking_row)
        self.result = label(selectable=True)
        layout.addWidget(self.result)
        buttons = QHBoxLayout()
        self.offer_button = QPushButton(translate("SecretariatFeedback", "Offer from the card"))
        self.offer_button.setToolTip(
            translate(
                "SecretariatFeedback",
                "Fill in the published ratings and ranking of the merged card (for “Published”) and each "
                "decision's reason as its indicator's comment",
            )
        )
        self.offer_button.clicked.connect(self.offer)
        self.save_button = QPushButton(translate("SecretariatFeedback", "Save &draft"))
        self.save_button.clicked.connect(self.save_draft)
        self.send_button = QPushButton(translate("SecretariatFeedback", "&Sign and send…"))
        self.send_button.clicked.connect(self.send)
        close = QPushButton(translate("SecretariatFeedback", "Close"))
        close.clicked.connect(self.accept)
        for button in (self.offer_button, self.save_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.send_button)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        for button in (self.offer_button, self.save_button, self.send_button):
            button.setEnabled(bool(self.partners))
        self.partner.currentIndexChanged.connect(lambda _i: self.switch_partner())
        self.resize(self.fontMetrics().averageCharWidth() * 110, self.fontMetrics().lineSpacing() * 36)
        self.load()

    # --- the form and the draft --------------------------------------------------------

    def current_partner(self) -> secretariat_feedback.Partner | None:
        wanted = self.partner.currentData()
        return next((p for p in self.partners if p.assessment_id == wanted), None)

    def load(self) -> None:
        partner = self.current_partner()
        if partner is None:
            return
        self.shown_partner = partner
        self.show_draft(secretariat_feedback.draft_for(self.store, self.country, self.cycle, partner))
        self._as_shown = self.draft()

    def switch_partner(self) -> None:
        self.keep_edits()
        self.load()

    def keep_edits(self) -> None:
        """Save the form as the shown partner's draft if it changed since it was shown or saved."""
        draft = self.draft()
        if draft is not None and draft != self._as_shown:
            self.save_draft()

    def done(self, result: int) -> None:
        """Every way out (Close, Esc, the window's close button) keeps what was typed."""
        self.keep_edits()
        super().done(result)

    def offer(self) -> None:
        partner = self.shown_partner
        if partner is not None:
            status = self.status.currentData()
            draft = secretariat_feedback.offered_draft(self.store, self.country, self.cycle, partner, status)
            draft.message = self.message.toPlainText()
            self.show_draft(draft)

    def show_draft(self, draft: secretariat_feedback.Draft) -> None:
        self.status.setCurrentIndex(max(0, self.status.findData(draft.status)))
        self.message.setPlainText(draft.message)
        entries = {entry["code"]: entry for entry in draft.indicators}
        for row, code in enumerate(self.codes):
            entry = entries.get(code, {})
            self.table.item(row, 1).setText(entry.get("comment", ""))
            self.ratings[code].setCurrentIndex(
                max(0, self.ratings[code].findData(entry.get("published_rating")))
            )
        self.ranking.setCurrentIndex(max(0, self.ranking.findData(draft.published_ranking)))

    def draft(self) -> secretariat_feedback.Draft | None:
        """The form as a draft of the partner it was loaded for."""
        partner = self.shown_partner
        if partner is None:
            return None
        indicators = []
        for row, code in enumerate(self.codes):
            comment = self.table.item(row, 1).text()
            rating = self.ratings[code].currentData()
            if comment.strip() or rating is not None:
                indicators.append({"code": code, "comment": comment, "published_rating": rating})
        return secretariat_feedback.Draft(
            partner.assessment_id,
            partner.key_id,
            self.country,
            self.cycle,
            self.status.currentData(),
            self.message.toPlainText(),
            indicators,
            self.ranking.currentData(),
        )

    def save_draft(self) -> None:
        draft = self.draft()
        if draft is not None:
            self._keep(draft)
            self.result.setText(translate("SecretariatFeedback", "Draft saved."))

    def _keep(self, draft: secretariat_feedback.Draft) -> None:
        """Save ``draft``; the form as saved is what a later change is measured against."""
        secretariat_feedback.save_draft(self.store, draft)
        self._as_shown = draft

    # --- sending ---------------------------------------------------------------------------

    def ask_passphrase(self) -> str | None:
        return ask_secret(
            self,
            translate("SecretariatFeedback", "Sign the feedback"),
            translate("SecretariatFeedback", "Passphrase of the network keys:"),
        )

    def ask_folder(self) -> str:
        return QFileDialog.getExistingDirectory(
            self, translate("SecretariatFeedback", "Folder for the feedback file"), str(Path.home())
        )

    def send(self) -> secretariat_feedback.SentFeedback | None:
        draft, partner = self.draft(), self.shown_partner
        if draft is None or partner is None:
            return None
        self._keep(draft)  # never lost, whatever happens next
        try:
            network = network_keys.load_network_keys(self.data_dir)
        except network_keys.NetworkKeysError as error:
            self.result.setText(error_text(error))
            return None
        passphrase = self.ask_passphrase()
        if passphrase is None:
            return None
        try:
            signing_key = network.signing.unlock(passphrase)
        except keys.WrongPassphrase:
            self.result.setText(translate("SecretariatFeedback", "Wrong passphrase: nothing was sent."))
            return None
        folder = self.ask_folder()
        if not folder:
            return None
        try:
            sent = secretariat_feedback.send_feedback(self.store, draft, partner, signing_key, Path(folder))
        except (secretariat_feedback.FeedbackError, OSError) as error:
            self.result.setText(
                translate("SecretariatFeedback", "Not sent (kept as a draft): {error}").format(
                    error=error_text(error) if not isinstance(error, OSError) else str(error)
                )
            )
            return None
        self.sent = sent
        self.result.setText(
            (
                translate(
                    "SecretariatFeedback", "Sealed to {organisation} and saved as {file}. Send it to them."
                )
                if sent.sealed
                else translate(
                    "SecretariatFeedback",
                    "Saved as {file}, not sealed: {organisation}'s key file has no sealing key. "
                    "Send it to them.",
                )
            ).format(organisation=sent.organisation, file=str(sent.path))
        )
        return sent
