"""File > Publish report…: the whole report as a PDF book or a static site, off the UI thread.

The dialog asks for the cycle, the baseline, the format (PDF book or website), the
language of the book (English, French, Spanish: independent of the interface's), the
paper (A4 or US Letter) and the folder. ``publish`` runs on the store's worker
(``Desk.run``): it reads the cards (``reports.book.build_book``, which reports each card
merged, shown as the progress bar) and writes ``report-<cycle>-<language>.pdf`` or the
folder ``report-<cycle>-<language>/`` (``index.html`` and one page per country). When it is
done, "Open folder" shows the result in the file manager.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cardentry.base.atomic import produce_atomically
from cardentry.secretariat.dashboard import known_cycles
from cardentry.secretariat.reports.book import SITE_INDEX, book_html, build_book, write_site
from cardentry.storage.store import Store
from cardentry.ui.common import i18n
from cardentry.ui.common.qt import (
    QComboBox,
    QDesktopServices,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTimer,
    QUrl,
    QVBoxLayout,
    QWidget,
    Signal,
    translate,
)
from cardentry.ui.common.render import render_book_pdf
from cardentry.ui.common.widgets import label
from cardentry.ui.secretariat.common import fill_combo, row
from cardentry.ui.secretariat.desk import Desk

FORMATS = ("pdf", "html")
PAPERS = ("a4", "letter")


@dataclass(frozen=True)
class PublishRequest:
    cycle: str
    baseline: str | None
    fmt: str  # "pdf" or "html"
    language: str
    paper: str
    folder: Path

    @property
    def target(self) -> Path:
        """``report-2012-fr.pdf`` or the folder ``report-2012-fr`` inside ``folder``."""
        stem = f"report-{re.sub(r'[^0-9A-Za-z-]', '_', self.cycle)}-{self.language}"
        return self.folder / (f"{stem}.pdf" if self.fmt == "pdf" else stem)


def publish(store: Store, request: PublishRequest, progress: Callable[[int, int], None]) -> Path:
    """Make the book or the site (runs on the worker); the file or ``index.html`` written."""
    book = build_book(store, request.cycle, request.baseline, language=request.language, progress=progress)
    target = request.target
    if request.fmt == "html":
        write_site(book, target)
        return target / SITE_INDEX
    title = book.words("book_title", cycle=request.cycle)
    produce_atomically(
        target,
        lambda temporary: render_book_pdf(
            lambda pages: book_html(book, pages), temporary, paper=request.paper, title=title
        ),
    )
    return target


PROGRESS_MS = 50


class PublishDialog(QDialog):
    """The choices, then the work on the worker. Progress goes from the worker to the bar through
    an attribute the UI thread reads on a timer, not through signals: PySide6 6.12 crashes
    (a reference count error) when a thread emits signals in quick succession."""

    published = Signal(object)  # the Path written

    def __init__(
        self,
        desk: Desk,
        parent: QWidget | None = None,
        folder: Path | None = None,
        chosen: tuple[str | None, str | None] = (None, None),
    ):
        super().__init__(parent)
        self.desk = desk
        self.chosen = chosen  # the cycle and baseline to start with (the overview's; "": no baseline)
        self.result_path: Path | None = None
        self.running = False
        self.setWindowTitle(translate("SecretariatPublish", "Publish the report"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            label(
                translate(
                    "SecretariatPublish",
                    "The whole report: title page, global overview, findings, rankings and one "
                    "progress card per country. Countries whose partners disagree are left out until "
                    "you settle them.",
                )
            )
        )
        form = QFormLayout()
        self.cycle = QComboBox()
        self.cycle.currentIndexChanged.connect(lambda _i: self._fill_baselines())
        self.baseline = QComboBox()
        self.format = QComboBox()
        self.format.addItem(translate("SecretariatPublish", "PDF book"), "pdf")
        website = translate("SecretariatPublish", "Website (a folder of pages, works offline)")
        self.format.addItem(website, "html")
        self.format.currentIndexChanged.connect(lambda _i: self._format_changed())
        self.language = QComboBox()
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(i18n.current_language())))
        self.paper = QComboBox()
        self.paper.addItem("A4", "a4")
        self.paper.addItem(translate("SecretariatPublish", "US Letter"), "letter")
        self.folder = QLineEdit(str(folder or Path.home()))
        self.folder.setAccessibleName(translate("SecretariatPublish", "Folder"))
        choose = QPushButton(translate("SecretariatPublish", "&Choose…"))
        choose.clicked.connect(self._choose_folder)
        form.addRow(translate("SecretariatPublish", "Cycle:"), self.cycle)
        form.addRow(translate("SecretariatPublish", "Compare with (baseline):"), self.baseline)
        form.addRow(translate("SecretariatPublish", "Format:"), self.format)
        form.addRow(translate("SecretariatPublish", "Language of the report:"), self.language)
        form.addRow(translate("SecretariatPublish", "Paper:"), self.paper)
        form.addRow(translate("SecretariatPublish", "Folder:"), row(self.folder, choose, stretch_at=0))
        layout.addLayout(form)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(translate("SecretariatPublish", "Progress"))
        self.progress.hide()
        layout.addWidget(self.progress)
        self.status = label(selectable=True)
        layout.addWidget(self.status)
        buttons = QDialogButtonBox()
        self.publish_button = buttons.addButton(
            translate("SecretariatPublish", "&Publish"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.open_button = buttons.addButton(
            translate("SecretariatPublish", "&Open folder"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.open_button.hide()
        self.publish_button.setDefault(True)
        self.publish_button.setEnabled(False)
        self.publish_button.clicked.connect(self.start)
        self.open_button.clicked.connect(self.open_folder)
        self.close_button.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self._reported: tuple[int, int] = (0, 0)  # written by the worker, read by the timer
        self._timer = QTimer(self)
        self._timer.setInterval(PROGRESS_MS)
        self._timer.timeout.connect(self._show_progress)
        self.cycles: list[str] = []
        store = desk.store
        desk.run(lambda: known_cycles(store), self._cycles_known)

    # --- choices --------------------------------------------------------------------

    def _cycles_known(self, cycles: list[str]) -> None:
        self.cycles = cycles
        cycle, baseline = self.chosen
        fill_combo(self.cycle, [(each, each) for each in cycles], keep=cycle)
        self._fill_baselines(first=True, baseline=baseline)
        self.publish_button.setEnabled(bool(cycles))
        if not cycles:
            self.status.setText(translate("SecretariatPublish", "No cards imported yet: nothing to publish."))

    def _fill_baselines(self, first: bool = False, baseline: str | None = None) -> None:
        cycle = self.cycle.currentData()
        keep = self.baseline.currentData()
        if first:
            # the overview's choice ("": none), else the oldest cycle, the overview's default
            default = self.cycles[-1] if len(self.cycles) > 1 else ""
            keep = baseline if baseline is not None else default
        entries = [(translate("SecretariatPublish", "no baseline"), "")]
        entries += [(other, other) for other in self.cycles if other != cycle]
        fill_combo(self.baseline, entries, keep=keep if keep else "")

    def _format_changed(self) -> None:
        self.paper.setEnabled(self.format.currentData() == "pdf")

    @classmethod
    def ask_folder(cls, parent: QWidget, start: str) -> str:
        title = translate("SecretariatPublish", "Choose the folder to publish into")
        return QFileDialog.getExistingDirectory(parent, title, start)

    @classmethod
    def show_folder(cls, folder: Path) -> bool:
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def _choose_folder(self) -> None:
        chosen = self.ask_folder(self, self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def request(self) -> PublishRequest:
        return PublishRequest(
            cycle=self.cycle.currentData(),
            baseline=self.baseline.currentData() or None,
            fmt=self.format.currentData(),
            language=self.language.currentData(),
            paper=self.paper.currentData(),
            folder=Path(self.folder.text().strip()).expanduser(),
        )

    # --- the work ----------------------------------------------------------------------

    def start(self) -> None:
        if self.running or not self.cycle.currentData():
            return
        request = self.request()
        if not self.folder.text().strip() or not request.folder.is_dir():
            self.status.setText(translate("SecretariatPublish", "Choose an existing folder to publish into."))
            return
        self.running = True
        self.result_path = None
        self.publish_button.setEnabled(False)
        self.open_button.hide()
        self.progress.setRange(0, 0)
        self.progress.show()
        self.status.setText(translate("SecretariatPublish", "Reading the country cards…"))
        store = self.desk.store
        self._reported = (0, 0)
        self._timer.start()
        self.desk.run(lambda: publish(store, request, self._report), self._done, self._failed)

    def _report(self, done: int, total: int) -> None:
        """On the worker: one more card read (a tuple assigned at once, read by the timer)."""
        self._reported = (done, total)

    def _show_progress(self) -> None:
        done, total = self._reported
        if not self.running or not total:
            return
        self.progress.setRange(0, total + 1)  # the last step: writing
        self.progress.setValue(done)
        if done < total:
            text = translate("SecretariatPublish", "Reading the country cards… {done} of {total}")
            self.status.setText(text.format(done=done, total=total))
        else:
            self.status.setText(translate("SecretariatPublish", "Writing the report…"))

    def _done(self, path: Path) -> None:
        self._timer.stop()
        self.running = False
        self.result_path = path
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.publish_button.setEnabled(True)
        self.open_button.show()
        self.status.setText(translate("SecretariatPublish", "Published: {path}").format(path=path))
        self.desk.message.emit(translate("SecretariatPublish", "Published {path}").format(path=path))
        self.published.emit(path)

    def _failed(self, error: BaseException) -> None:
        self._timer.stop()
        self.running = False
        self.progress.hide()
        self.publish_button.setEnabled(True)
        message = getattr(error, "strerror", None) or str(error) or type(error).__name__
        self.status.setText(translate("SecretariatPublish", "Not published: {error}").format(error=message))

    def open_folder(self) -> bool:
        if self.result_path is None:
            return False
        return self.show_folder(self.result_path.parent)

    def reject(self) -> None:
        if self.running:  # the worker finishes the file; closing would lose the result's message
            return
        super().reject()

    def closeEvent(self, event: Any) -> None:
        if self.running:
            event.ignore()
            return
        super().closeEvent(event)
