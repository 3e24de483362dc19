"""One way to tell the user about an error, in both windows: ``ui.common.errors.show_error``.

A ``CardentryError`` shows its own message; anything else shows "Something went wrong"
with the log file, where its traceback is written. A failed background task and an
exception that escapes a slot go the same way; nothing is only printed.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

from cardentry.base.errors import CardentryError
from cardentry.base.logs import setup_logging
from cardentry.storage.paths import ProfilePaths
from cardentry.storage.store import StoreError
from cardentry.ui.common import errors
from cardentry.ui.common.qt import QApplication, QMessageBox, Qt


class Boxes:
    """The message boxes shown, captured from QMessageBox's static methods."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch):
        self.shown: list[tuple[str, Any, str, str]] = []
        for kind in ("warning", "critical", "information"):
            monkeypatch.setattr(
                QMessageBox,
                kind,
                lambda parent, title, text, *a, k=kind: self.shown.append((k, parent, title, text)),
            )


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> Boxes:
    return Boxes(monkeypatch)


def _raised(error: BaseException) -> BaseException:
    try:
        raise error
    except BaseException as caught:
        return caught


def test_an_error_meant_for_people_shows_its_own_message(qtbot, boxes, tmp_path) -> None:
    log = setup_logging(tmp_path)
    error = _raised(StoreError("The disk is full. Free some space, then try again."))
    errors.show_error(None, error, "Could not save the file")
    assert boxes.shown == [
        ("warning", None, "Could not save the file", "The disk is full. Free some space, then try again.")
    ]
    assert isinstance(error, CardentryError)
    text = log.read_text(encoding="utf-8")
    assert "The disk is full" in text and "Traceback" not in text  # a message, not a bug


def test_an_unexpected_error_says_something_went_wrong_and_logs_its_traceback(qtbot, boxes, tmp_path) -> None:
    log = setup_logging(tmp_path)
    errors.show_error(None, _raised(ZeroDivisionError("division by zero")))
    [(kind, _parent, title, text)] = boxes.shown
    assert kind == "critical" and title == "Something went wrong"
    assert "Something went wrong" in text and str(log) in text
    assert "division by zero" not in text  # no programmer's words for the user
    written = log.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in written and "ZeroDivisionError: division by zero" in written
    assert "test_errors.py" in written  # where it happened


def test_every_error_class_for_people_derives_from_the_root() -> None:
    import importlib
    import inspect
    import pkgutil

    import cardentry

    found = []
    for module_info in pkgutil.walk_packages(cardentry.__path__, "cardentry."):
        if module_info.name.endswith("__main__"):
            continue
        module = importlib.import_module(module_info.name)
        for name, value in vars(module).items():
            if (
                inspect.isclass(value)
                and issubclass(value, Exception)
                and value.__module__ == module.__name__
                and name.endswith(
                    ("Error", "Refused", "Failure", "Damaged", "InUse", "Passphrase", "NotFound")
                )
            ):
                found.append(value)
    assert len(found) >= 15
    assert [cls.__qualname__ for cls in found if not issubclass(cls, CardentryError)] == []


def test_a_failed_background_task_shows_a_dialog_and_is_logged(qtbot, boxes, window, partner_dir) -> None:
    log = setup_logging(partner_dir)

    def work() -> None:
        raise RuntimeError("the worker tripped")

    window.run_op(work, lambda _result: None)
    qtbot.waitUntil(lambda: len(boxes.shown) == 1)
    [(kind, parent, _title, text)] = boxes.shown
    assert kind == "critical" and parent is window
    assert str(log) in text
    written = log.read_text(encoding="utf-8")
    assert "RuntimeError: the worker tripped" in written and "in work" in written


def test_a_task_without_its_own_error_handler_is_shown_not_printed(qtbot, boxes, window, partner_dir, capsys):
    log = setup_logging(partner_dir)
    window.worker.submit(lambda: {}["missing"])
    qtbot.waitUntil(lambda: len(boxes.shown) == 1)
    assert boxes.shown[0][0] == "critical"
    assert "KeyError" in log.read_text(encoding="utf-8")
    assert "Traceback" not in capsys.readouterr().out


def test_about_shows_the_log_file_from_the_help_menu(qtbot, boxes, window, partner_dir) -> None:
    qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)  # Help
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    qtbot.keyClick(QApplication.activePopupWidget(), Qt.Key.Key_A)  # About cardentry
    qtbot.waitUntil(lambda: len(boxes.shown) == 1)
    [(kind, parent, title, text)] = boxes.shown
    assert (kind, parent, title) == ("information", window, "About cardentry")
    assert f"Log file: {ProfilePaths(partner_dir).log}" in text
    assert f"Profile folder: {partner_dir}" in text


def test_an_exception_escaping_a_slot_is_logged_and_shown(qtbot, boxes, monkeypatch, partner_dir) -> None:
    from cardentry.ui import launcher

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back after the test
    monkeypatch.setattr(QApplication, "exec", lambda self: 0)  # run() returns at once
    assert launcher.run(partner_dir) == 0
    assert sys.excepthook is errors._excepthook
    log = ProfilePaths(partner_dir).log
    assert "opened a partner profile" in log.read_text(encoding="utf-8")
    error = _raised(ValueError("escaped from a slot"))
    sys.excepthook(type(error), error, error.__traceback__)
    assert [kind for kind, *_ in boxes.shown] == ["critical"]
    assert "ValueError: escaped from a slot" in log.read_text(encoding="utf-8")


def test_the_export_dialog_and_first_run_show_a_bug_as_such(tmp_path) -> None:
    setup_logging(tmp_path)
    assert errors.error_text(StoreError("Profile locked.")) == "Profile locked."
    text = errors.error_text(TypeError("bad operand"))
    assert (
        text.startswith("Something went wrong (TypeError)") and str(Path(tmp_path) / "cardentry.log") in text
    )
