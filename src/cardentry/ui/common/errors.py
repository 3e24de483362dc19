"""One way to tell the user about an error, in both windows (Anki's ``show_exception``).

* ``show_error(parent, exc, title=None)`` turns any exception into a message box: a
  ``CardentryError`` (and an ``OSError``: a full disk, a folder that cannot be written)
  shows its own message, written for people; anything else is a bug and shows
  "Something went wrong" with the path of the log file, where its traceback is written.
* ``error_text(exc)`` is the same text for a message shown inside a dialog or page.
* ``log_failure(exc)`` writes the log line alone (a caller that shows the error its own way).
* ``install_excepthook()`` makes an exception that escapes a slot or callback go the same
  way instead of being printed where a windowed app hides it.
"""

from __future__ import annotations

import logging
import sys
from types import TracebackType
from typing import Any

from cardentry.base.errors import CardentryError
from cardentry.base.logs import current_log_file
from cardentry.ui.common.messages import problem_text
from cardentry.ui.common.qt import QApplication, QMessageBox, QWidget, translate

log = logging.getLogger(__name__)


def is_expected(exc: BaseException) -> bool:
    """An error meant for people (its message says what happened), not a bug."""
    return isinstance(exc, CardentryError | OSError)


def error_text(exc: BaseException) -> str:
    """What the user reads about ``exc``."""
    if isinstance(exc, CardentryError):
        return problem_text(exc.user_message)  # the core writes English; known messages are translated
    if isinstance(exc, OSError):
        return str(exc)
    path = current_log_file()
    if path is None:
        return translate(
            "Errors",
            "Something went wrong ({kind}). What you were doing may not have finished.",
        ).format(kind=type(exc).__name__)
    return translate(
        "Errors",
        "Something went wrong ({kind}). What you were doing may not have finished.\n\n"
        "The details are in the log file:\n{path}\nPlease send it to whoever helps you with cardentry.",
    ).format(kind=type(exc).__name__, path=path)


def log_failure(exc: BaseException, context: str = "") -> None:
    """One log line: the message of an expected error, the traceback of anything else."""
    where = f"{context}: " if context else ""
    if is_expected(exc):
        log.warning("%s%s: %s", where, type(exc).__name__, exc)
    else:
        log.error("%sunexpected %s", where, type(exc).__name__, exc_info=exc)


def show_error(
    parent: QWidget | None, exc: BaseException, title: str | None = None, *, logged: bool = False
) -> None:
    """Log ``exc`` (unless ``logged``) and show it in a message box over ``parent``."""
    if not logged:
        log_failure(exc, title or "")
    if parent is None or not isinstance(parent, QWidget):
        parent = QApplication.activeWindow()
    text = error_text(exc)
    if is_expected(exc):
        QMessageBox.warning(parent, title or translate("Errors", "cardentry"), text)
    else:
        QMessageBox.critical(parent, title or translate("Errors", "Something went wrong"), text)


def _excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, exc, tb)
        return
    if exc.__traceback__ is None:
        exc = exc.with_traceback(tb)
    try:
        show_error(None, exc)
    except Exception:  # never let the last resort itself fail silently
        sys.__excepthook__(kind, exc, tb)


def install_excepthook() -> Any:
    """Log and show exceptions that escape Qt's slots and callbacks; returns the old hook."""
    previous = sys.excepthook
    sys.excepthook = _excepthook
    return previous
