"""Start the desktop app: the QApplication, the profile (or the first-run flow), the window for its role.

``run(data_dir, demo=...)`` is what ``cardentry``, ``cardentry gui`` and ``cardentry demo``
call. A partner's profile opens ``ui.partner.window.MainWindow``, a secretariat's
``ui.secretariat.SecretariatWindow`` (imported only then, so partners never pay for it);
no profile yet opens the first-run assistant. A damaged database is offered for recovery:
before the window opens when its header is wrong; otherwise when the check started before
Qt loaded (``run``) finds the damage, which the window does not wait for (issue 18): the
store holds every write until that verdict, and on damage the window closes for the
recovery and opens again on the restored backup. Once a profile is opened the app logs
to its ``cardentry.log``, and ``run`` installs the last resort for exceptions that escape a slot
(``ui.common.errors.install_excepthook``): logged with the traceback and shown.
"""

from __future__ import annotations

import logging
import sqlite3
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from cardentry import __version__
from cardentry.base.logs import setup_logging
from cardentry.storage.profile import exists as profile_exists
from cardentry.storage.profile import make_daily_backup, open_store, read_info, start_integrity_check
from cardentry.storage.store import DatabaseDamaged, IntegrityCheck, Store, StoreError
from cardentry.ui.common import i18n, theme
from cardentry.ui.common.errors import install_excepthook, show_error
from cardentry.ui.common.qt import QApplication, QDialog, QMainWindow, QMessageBox, Qt, QWidget, translate

if TYPE_CHECKING:
    from cardentry.ui.common.appwindow import AppWindow

log = logging.getLogger(__name__)

_windows: list[QWidget] = []  # top-level windows kept alive while the app runs


def ensure_app() -> QApplication:
    app = QApplication.instance()
    if app is None:
        QApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication(sys.argv[:1])
    app.setApplicationName("cardentry")
    app.setApplicationDisplayName("cardentry")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("cardentry")
    theme.readable_placeholders(app)
    return app


class DamagedProfilePrompt:
    """Asks whether to recover a damaged database (a class method tests can replace)."""

    @classmethod
    def ask(cls, message: str) -> bool:
        answer = QMessageBox.question(
            None,
            translate("Profile", "The profile's database is damaged"),
            translate(
                "Profile",
                "{problem}\n\nSet the damaged file aside (it is kept, never deleted) and restore "
                "the newest backup?",
            ).format(problem=message),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        return answer == QMessageBox.StandardButton.Yes


def _recover_damaged(data_dir: Path, message: str) -> bool:
    """Offer to restore the newest backup; True when the profile can be opened again."""
    from cardentry.storage.backups import recover
    from cardentry.storage.profile import ProfilePaths

    if not DamagedProfilePrompt.ask(message):
        return False
    paths = ProfilePaths(data_dir)
    damaged, restored = recover(paths.database, paths.backups)
    if restored is None:
        QMessageBox.warning(
            None,
            translate("Profile", "No backup to restore"),
            translate(
                "Profile",
                "No healthy backup was found. The damaged file was kept as {file}; "
                "a specialist may be able to rescue it.",
            ).format(file=damaged),
        )
        return False
    QMessageBox.information(
        None,
        translate("Profile", "Backup restored"),
        translate(
            "Profile", "Restored the backup made {when} UTC. The damaged file was kept as {file}."
        ).format(when=f"{restored.made_at:%Y-%m-%d %H:%M}", file=damaged),
    )
    return True


def open_profile_window(
    data_dir: Path, *, demo: bool = False, integrity: IntegrityCheck | None = None
) -> QMainWindow | None:
    """The window for an existing profile (partner or secretariat), or ``None`` after a message.

    ``integrity``: the database's check, started before Qt loaded (``run``); the window
    shows without waiting for its verdict, which the window's worker takes first.
    From here on the app logs to the profile's ``cardentry.log`` (``base.logs``)."""
    setup_logging(data_dir)
    try:
        store = open_store(
            data_dir, integrity=integrity, daily_backup=False, verdict_later=integrity is not None
        )
    except DatabaseDamaged as error:
        if not _recover_damaged(data_dir, str(error)):
            return None
        return open_profile_window(data_dir, demo=demo)
    except StoreError as error:
        log.warning("the profile cannot be opened: %s", error)
        QMessageBox.critical(None, translate("Profile", "cardentry cannot open the profile"), str(error))
        return None
    try:
        window = _window_for(store, data_dir, demo)
    except (sqlite3.DatabaseError, DatabaseDamaged):  # damage met before the verdict came?
        try:
            store.verdict()
        except DatabaseDamaged as error:
            store.close()
            if not _recover_damaged(data_dir, str(error)):
                return None
            return open_profile_window(data_dir, demo=demo)
        raise
    # The window's worker takes the verdict first (AppWindow.take_worker). The day's backup
    # copies the whole database: on a thread of its own, after the verdict, holding up
    # neither the window nor its worker (issue 18); closing the store waits for it.
    window.database_damaged.connect(lambda error: _damaged_after_show(window, data_dir, demo, error))
    threading.Thread(
        target=make_daily_backup, args=(store,), name="cardentry-daily-backup", daemon=True
    ).start()
    return window


def _window_for(store: Store, data_dir: Path, demo: bool) -> AppWindow:
    role = read_info(store).role
    log.info("cardentry %s opened a %s profile", __version__, role)
    if role == "secretariat":
        from cardentry.ui.secretariat import SecretariatWindow  # only secretariats pay for it

        return SecretariatWindow(store, data_dir)
    from cardentry.ui.partner.window import MainWindow

    return MainWindow(store, data_dir, demo=demo)


def _damaged_after_show(window: AppWindow, data_dir: Path, demo: bool, error: BaseException) -> None:
    """The check found the database damaged while the window was open (nothing was written
    to it): close the window, offer the recovery, and open the restored profile again."""
    if not isinstance(error, DatabaseDamaged):
        show_error(window, error, translate("Profile", "cardentry cannot open the profile"))
        return
    app = QApplication.instance()
    app.setQuitOnLastWindowClosed(False)  # the app goes on through the recovery's messages
    reopened = None
    try:
        window.close()
        if window in _windows:
            _windows.remove(window)
        reopened = (
            open_profile_window(data_dir, demo=demo) if _recover_damaged(data_dir, str(error)) else None
        )
        if reopened is not None:
            _windows.append(reopened)
            reopened.show()
    finally:
        app.setQuitOnLastWindowClosed(True)
    if reopened is None:
        app.quit()  # declined, or no backup to restore: the damaged file stays as it was


def install_language(data_dir: Path) -> str:
    """The translations of the language chosen for this profile (or the system's), before any window."""
    return i18n.install(i18n.language_for(i18n.stored_choice(data_dir)))


def launch(data_dir: Path, *, demo: bool = False, integrity: IntegrityCheck | None = None) -> QWidget | None:
    """Show the first window: the first-run flow without a profile, else the profile's window.

    ``integrity``: ``start_integrity_check(data_dir)``, if the caller started it already."""
    ensure_app()
    if profile_exists(data_dir):
        setup_logging(data_dir)  # before the translations, whose problems it records
    install_language(data_dir)
    if not profile_exists(data_dir):
        from cardentry.ui.common.firstrun import FirstRunWizard

        wizard = FirstRunWizard(data_dir)

        def finished(result: int) -> None:
            if result == QDialog.DialogCode.Accepted and profile_exists(data_dir):
                window = open_profile_window(data_dir, demo=demo)
                if window is not None:
                    _windows.append(window)
                    window.show()

        wizard.finished.connect(finished)
        _windows.append(wizard)
        wizard.show()
        return wizard
    window = open_profile_window(data_dir, demo=demo, integrity=integrity)
    if window is not None:
        _windows.append(window)
        window.show()
    return window


def run(
    data_dir: Path,
    *,
    demo: bool = False,
    open_paths: list[str] | None = None,
    integrity: IntegrityCheck | None = None,
) -> int:
    """Open the app; ``open_paths`` (files the system handed over) go to the first window.

    The profile's database is checked on a helper thread while Qt starts (``integrity``, if
    the caller started it even earlier); the window shows without waiting for the verdict,
    and every write waits for it."""
    from cardentry.ui.common.opening import FileOpenEvents, open_paths_later

    if integrity is None:
        integrity = start_integrity_check(Path(data_dir))
    app = ensure_app()
    install_excepthook()  # an exception escaping a slot is logged and shown, not printed
    file_open_events = FileOpenEvents(app)  # macOS hands files over as events, not arguments
    app.installEventFilter(file_open_events)
    window = launch(Path(data_dir), demo=demo, integrity=integrity)
    if window is None:
        return 2
    if not isinstance(window, QDialog):  # not during the first-run wizard
        open_paths_later(window, open_paths or [])
        file_open_events.attach(window)
    return app.exec()
