"""The secretariat's main window: dashboard, import, partners' keys, country cards, overview.

Every page reads and writes through ``Desk`` (the store on the worker thread). Files and
folders dropped anywhere on the window are imported; File > Import does the same. When
data changes (an import, a key trusted or revoked, a conflict settled) every page is
marked stale and the visible one reloads. Only the dashboard is made with the window; each
other page (and its module) is made the first time it is shown or used (``Pages``), so the
first window shows sooner (issue 18).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cardentry import __version__
from cardentry.storage.profile import read_info
from cardentry.storage.store import Store
from cardentry.ui.common.appwindow import AppWindow
from cardentry.ui.common.qt import (
    QT_TRANSLATE_NOOP,
    QAction,
    QHBoxLayout,
    QKeySequence,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QStackedWidget,
    Qt,
    QWidget,
    translate,
)
from cardentry.ui.common.widgets import label, size_on_screen
from cardentry.ui.secretariat.dashboard import DashboardPage
from cardentry.ui.secretariat.desk import Desk

if TYPE_CHECKING:  # each page's module loads when the page is first made (issue 18)
    from cardentry.ui.secretariat.country import CountryPage
    from cardentry.ui.secretariat.importing import ImportPage
    from cardentry.ui.secretariat.overview import OverviewPage
    from cardentry.ui.secretariat.publish import PublishDialog
    from cardentry.ui.secretariat.trust import TrustPage

ROTATION_SUFFIX = ".cpcrotate.json"
PAGES = (  # the names are translated when shown
    ("dashboard", QT_TRANSLATE_NOOP("SecretariatWindow", "Dashboard"), "Ctrl+1"),
    ("import", QT_TRANSLATE_NOOP("SecretariatWindow", "Import bundles"), "Ctrl+2"),
    ("trust", QT_TRANSLATE_NOOP("SecretariatWindow", "Partners' keys"), "Ctrl+3"),
    ("country", QT_TRANSLATE_NOOP("SecretariatWindow", "Country cards"), "Ctrl+4"),
    ("overview", QT_TRANSLATE_NOOP("SecretariatWindow", "Overview"), "Ctrl+5"),
)


class Pages(Mapping[str, QWidget]):
    """The window's pages by name (every name of ``PAGES``); a page is made by ``make(name)``
    the first time it is asked for. ``in``, iterating and ``len`` make none."""

    def __init__(self, make: Callable[[str], QWidget]):
        self._make = make
        self.made: dict[str, QWidget] = {}

    def __getitem__(self, name: str) -> QWidget:
        if name not in self.made:
            if name not in self:
                raise KeyError(name)
            self.made[name] = self._make(name)
        return self.made[name]

    def __contains__(self, name: object) -> bool:
        return any(name == page for page, _t, _k in PAGES)

    def __iter__(self) -> Iterator[str]:
        return (name for name, _t, _k in PAGES)

    def __len__(self) -> int:
        return len(PAGES)


def preferences_keys() -> list[QKeySequence]:
    """The platform's keys for the settings (Ctrl+, on GNOME and macOS, Ctrl+Shift+, on KDE),
    and Ctrl+, everywhere (Windows has none), the partner window's one key for it."""
    keys = list(QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences))
    comma = QKeySequence("Ctrl+,")
    return keys if comma in keys else [*keys, comma]


class SecretariatWindow(AppWindow):
    """The secretariat's window over one profile's store."""

    GEOMETRY_KEY = "secretariat/geometry"

    def __init__(self, store: Store, data_dir: Path):
        super().__init__(store, data_dir)
        self.desk = Desk(store, self.data_dir, self)
        self.worker = self.take_worker(self.desk.worker)
        self.desk.changed.connect(self._data_changed)
        self.desk.failed.connect(self._failed)
        self.desk.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.info = read_info(store)
        self.setWindowTitle(
            translate("SecretariatWindow", "cardentry: {organisation} (secretariat)").format(
                organisation=self.info.organisation
            )
        )
        self.setAcceptDrops(True)

        self.stack = QStackedWidget()
        self.publish_dialog: PublishDialog | None = None
        self.pages = Pages(self._make_page)
        self.dashboard: DashboardPage = self.pages["dashboard"]
        self.stale = set(self.pages)
        self.nav = QListWidget()
        self.nav.setAccessibleName(translate("SecretariatWindow", "Screens"))
        for name, source, keys in PAGES:
            text = translate("SecretariatWindow", source)
            entry = QListWidgetItem(text)
            entry.setData(Qt.ItemDataRole.UserRole, name)
            entry.setToolTip(f"{text} ({keys})")
            self.nav.addItem(entry)
        # long names (French, Spanish, "(n waiting)") wrap onto a second line rather than being cut
        self.nav.setWordWrap(True)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setStyleSheet("QListWidget::item { padding: 8px 4px; }")
        self.nav.setFixedWidth(self.fontMetrics().averageCharWidth() * 27)
        self.nav.currentRowChanged.connect(self._nav_changed)
        body = QWidget()
        body_layout = QHBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.setSpacing(0)
        body_layout.addWidget(self.nav)
        body_layout.addWidget(self.stack, 1)
        self.setCentralWidget(body)
        who = translate("SecretariatWindow", "{organisation} · profile {folder}").format(
            organisation=self.info.organisation, folder=self.data_dir
        )
        self.who = label(who, role="muted", wrap=False)
        self.statusBar().addPermanentWidget(self.who)

        self._make_menus()
        self._update_nav()

        self.restore_geometry(size_on_screen(1366, 768))
        self.show_page("dashboard")

    # --- the pages, each made when first needed ---------------------------------------

    def _make_page(self, name: str) -> QWidget:
        """The page ``name``, with its signals connected, in the stack (``Pages`` calls it once)."""
        page: Any
        if name == "dashboard":
            page = DashboardPage(self.desk)
            page.open_country.connect(self.open_country)
            page.open_trust.connect(self.open_waiting)
            page.import_requested.connect(lambda: self.importer.choose_files())
            page.add_key_requested.connect(lambda: self.trust.add_from_file())
        elif name == "import":
            from cardentry.ui.secretariat.importing import ImportPage

            page = ImportPage(self.desk)
            page.import_finished.connect(self._import_finished)
            page.add_keys_requested.connect(self._add_keys)
        elif name == "trust":
            from cardentry.ui.secretariat.trust import TrustPage

            page = TrustPage(self.desk)
        elif name == "country":
            from cardentry.ui.secretariat.country import CountryPage

            page = CountryPage(self.desk)
        else:
            from cardentry.ui.secretariat.overview import OverviewPage

            page = OverviewPage(self.desk)
            page.open_country.connect(self.open_country)
            page.publish_requested.connect(self.publish_report)
        self.stack.addWidget(page)
        return page

    @property
    def importer(self) -> ImportPage:
        return self.pages["import"]

    @property
    def trust(self) -> TrustPage:
        return self.pages["trust"]

    @property
    def country(self) -> CountryPage:
        return self.pages["country"]

    @property
    def overview(self) -> OverviewPage:
        return self.pages["overview"]

    # --- menus ---------------------------------------------------------------------

    def _make_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(translate("SecretariatWindow", "&File"))
        self.add_action(
            file_menu, translate("SecretariatWindow", "&Import bundle files…"), self._import_files, "Ctrl+O"
        )
        self.add_action(
            file_menu,
            translate("SecretariatWindow", "Import a &folder…"),
            self._import_folder,
            "Ctrl+Shift+O",
        )
        self.add_action(
            file_menu, translate("SecretariatWindow", "&Add a partner's key…"), self._add_key, "Ctrl+K"
        )
        self.publish_action = self.add_action(
            file_menu, translate("SecretariatWindow", "&Publish report…"), self.publish_report, "Ctrl+P"
        )
        file_menu.addSeparator()
        self.add_action(
            file_menu,
            translate("SecretariatWindow", "Open the &quarantine folder"),
            lambda _=False: self.importer.open_quarantine(),
        )
        self.add_action(file_menu, translate("SecretariatWindow", "Net&work keys…"), self.show_network_keys)
        file_menu.addSeparator()
        self.settings_action = self.add_action(
            file_menu, translate("SecretariatWindow", "&Settings…"), self.show_settings
        )
        self.settings_action.setShortcuts(preferences_keys())
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        file_menu.addSeparator()
        self.add_action(file_menu, translate("SecretariatWindow", "&Quit"), self.close, "Ctrl+Q")
        view_menu = bar.addMenu(translate("SecretariatWindow", "&View"))
        for name, source, keys in PAGES:
            self.add_action(
                view_menu,
                translate("SecretariatWindow", source),
                lambda _=False, n=name: self.show_page(n),
                keys,
            )
        view_menu.addSeparator()
        self.add_action(view_menu, translate("SecretariatWindow", "&Reload"), self.reload, "F5")
        help_menu = bar.addMenu(translate("SecretariatWindow", "&Help"))
        self.add_action(
            help_menu, translate("SecretariatWindow", "&How the secretariat works"), self.show_help, "F1"
        )
        self.add_action(help_menu, translate("SecretariatWindow", "&About cardentry"), self.show_about)

    # --- pages ---------------------------------------------------------------------

    def current_page(self) -> str:
        entry = self.nav.currentItem()
        return entry.data(Qt.ItemDataRole.UserRole) if entry else "dashboard"

    def show_page(self, name: str) -> None:
        index = [n for n, _t, _k in PAGES].index(name)
        if self.nav.currentRow() != index:
            self.nav.setCurrentRow(index)  # -> _nav_changed
        else:
            self._nav_changed(index)

    def _nav_changed(self, index: int) -> None:
        name = PAGES[index][0]
        self.stack.setCurrentWidget(self.pages[name])
        self._refresh_if_stale(name)

    def _refresh_if_stale(self, name: str) -> None:
        if name in self.stale:
            self.stale.discard(name)
            refresh = getattr(self.pages[name], "refresh", None)  # the import page has none
            if refresh is not None:
                refresh()

    def open_country(self, country: str, cycle: str) -> None:
        self.stale.discard("country")
        self.show_page("country")
        self.country.show_country(country, cycle)

    def open_waiting(self, country: str) -> None:
        self.show_page("trust")
        self.trust.select_pending_country(country)

    def reload(self) -> None:
        self.stale = set(self.pages)
        self._nav_changed(self.nav.currentRow())

    def _data_changed(self, _what: str) -> None:
        self.stale = set(self.pages) - {"import"}
        self._refresh_if_stale(self.current_page())
        self._update_nav()

    def _update_nav(self) -> None:
        store = self.store

        def count() -> int:
            # importer.list_pending's read, without loading the import's checks; on the worker (issue 18)
            from cardentry.secretariat import received

            return len({bundle.key_id for bundle in received.held_bundles(store)})

        def show(waiting: int) -> None:
            entry = self.nav.item(2)
            entry.setText(
                translate("SecretariatWindow", "Partners' keys (%n waiting)", "", waiting)
                if waiting
                else translate("SecretariatWindow", "Partners' keys")
            )

        self.desk.run(count, show)

    # --- import --------------------------------------------------------------------

    def import_paths(self, paths: list[str]) -> bool:
        self.show_page("import")
        return self.importer.start(paths)

    def _import_files(self) -> None:
        self.show_page("import")
        self.importer.choose_files()

    def _import_folder(self) -> None:
        self.show_page("import")
        self.importer.choose_folder()

    def _add_key(self) -> None:
        self.show_page("trust")
        self.trust.add_from_file()

    def _add_keys(self, paths: list[Path]) -> None:
        self.show_page("trust")
        self.trust.add_key_paths(paths)

    def _import_finished(self, summary: Any) -> None:
        from cardentry.ui.secretariat.importing import summary_text  # loaded: the page reported it

        if summary.total:
            self.statusBar().showMessage(
                translate("SecretariatWindow", "Import finished: {summary}").format(
                    summary=summary_text(summary)
                ),
                10000,
            )

    def open_paths(self, paths: list[str]) -> None:
        """Dropped files: bundles and folders are imported; a partner's public key file
        (*.cpckey.json) goes to the phone check, a key change (*.cpcrotate.json) is accepted."""
        from cardentry.secretariat.dashboard import KEY_FILE_SUFFIX  # usually loaded by the dashboard's read

        keys = [p for p in paths if p.lower().endswith(KEY_FILE_SUFFIX)]
        rotations = [p for p in paths if p.lower().endswith(ROTATION_SUFFIX)]
        bundles = [p for p in paths if p not in keys and p not in rotations]
        if bundles:
            self.import_paths(bundles)
        for path in rotations:
            self.show_page("trust")
            self.trust.accept_rotation_path(path)
        for path in keys:
            self.show_page("trust")
            self.trust.add_key_path(path)

    # --- messages ------------------------------------------------------------------

    def _failed(self, message: str) -> None:
        self.statusBar().showMessage(message, 15000)

    def show_help(self) -> None:
        QMessageBox.information(
            self,
            translate("SecretariatWindow", "How the secretariat works"),
            translate(
                "SecretariatWindow",
                "1. Partners e-mail their signed cards (*.cpc.json) and, once, their public key "
                "(*.cpckey.json).\n"
                "2. Partners' keys: add each key after comparing its fingerprint with the partner by phone. "
                "Cards signed with a key you do not trust yet wait there; approving the key imports them.\n"
                "3. Import bundles: drop the files or folders on the window. Rejected files go to the "
                "quarantine folder with the reason.\n"
                "4. Dashboard: every country's state in the cycle. Where partners disagree, open the country "
                "card and settle each disagreement with a reason.\n"
                "5. Overview: the figures, the change from the baseline and the rankings; "
                "export them as CSV, XLSX or PDF. Country cards: save each card as PDF, PNG or HTML.",
            ),
        )

    def about(self) -> tuple[str, str]:
        return translate("SecretariatWindow", "About cardentry"), translate(
            "SecretariatWindow",
            "cardentry {version}, secretariat profile of {organisation}.\n\nProfile folder: {folder}",
        ).format(version=__version__, organisation=self.info.organisation, folder=self.data_dir)

    def show_network_keys(self) -> None:
        """The network keys partners seal their cards to: make, save for partners, back up."""
        from cardentry.ui.secretariat.network import NetworkKeysDialog

        dialog = NetworkKeysDialog(self.desk, self)
        self.network_dialog = dialog
        dialog.open()

    # --- closing -------------------------------------------------------------------

    def publish_report(self) -> PublishDialog:
        """File > Publish report…: the dialog, on the overview's cycle and baseline."""
        from cardentry.ui.secretariat.publish import PublishDialog

        if self.publish_dialog is not None and self.publish_dialog.running:
            self.publish_dialog.raise_()
            return self.publish_dialog
        folder = self.publish_dialog.request().folder if self.publish_dialog is not None else None
        cycle, baseline = self.overview.current()
        chosen = (cycle, baseline or "") if cycle else (None, None)
        self.publish_dialog = PublishDialog(self.desk, self, folder, chosen)
        self.publish_dialog.open()
        return self.publish_dialog

    def closeEvent(self, event: Any) -> None:
        importer = self.pages.made.get("import")  # a page never made has nothing running
        if importer is not None and importer.busy:
            importer.cancel()
        self.shutdown()
        event.accept()

    def finish_work(self) -> None:
        """Before the worker stops (``AppWindow.shutdown``): stop after the running import slice."""
        importer = self.pages.made.get("import")
        if importer is not None and importer.job is not None:
            importer.job.cancel()

    def stop_worker(self) -> None:
        self.desk.stop()
