"""The secretariat's window in French and Spanish leaves no English on any screen; its texts
have WCAG AA contrast as painted and its inputs have names for screen readers (the same
checks as the partner app's)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from secretariat_helpers import import_inbox, open_window, settle
from test_ui_contrast import low_contrast
from test_ui_languages import english_sources, shown_texts, unnamed_inputs, visible_widgets

from cardentry.ui.common import i18n
from cardentry.ui.common.qt import Qt, QTableView, QTabWidget, QWidget

SCREENS = ("dashboard", "import", "trust", "country", "overview")


def table_texts(root: QWidget) -> list[str]:
    """Column headers and the cells of the first rows: what the tables say in words."""
    texts = []
    for table in visible_widgets(root, QTableView):
        model = table.model()
        for column in range(model.columnCount()):
            texts.append(str(model.headerData(column, Qt.Orientation.Horizontal) or ""))
            for row in range(min(model.rowCount(), 20)):
                texts.append(str(model.index(row, column).data() or ""))
    for tabs in visible_widgets(root, QTabWidget):
        texts += [tabs.tabText(index) for index in range(tabs.count())]
    return texts


def secretariat_screens(qtbot: Any, window: Any) -> Iterator[tuple[str, QWidget]]:
    for name in SCREENS:
        window.show_page(name)
        if name == "country":
            window.open_country("IND", "2012")
        settle(qtbot, window)
        yield name, window


@pytest.fixture
def window_in(qtbot, network) -> Iterator[Any]:
    windows = []

    def make(language: str) -> Any:
        i18n.install(language)
        window = open_window(qtbot, network.root)
        import_inbox(qtbot, window, [network.inbox])
        windows.append(window)
        return window

    yield make
    for window in windows:
        if not window.closed:
            window.close()
    i18n.install("en")


@pytest.mark.parametrize("language", ["fr", "es"])
def test_every_secretariat_screen_is_in_french_or_spanish(qtbot, window_in, language: str) -> None:
    window = window_in(language)
    english = english_sources(language)
    left = []
    for name, root in secretariat_screens(qtbot, window):
        for text in shown_texts(root) + table_texts(root):
            left += [f"{name}: {text!r}" for source in english if source == text]
    menus = [action.text() for menu in window.menuBar().actions() for action in menu.menu().actions()]
    left += [f"menu: {text!r}" for text in menus if text in english]
    assert not left, "\n".join(sorted(set(left)))


def test_every_secretariat_text_has_aa_contrast(qtbot, window_in) -> None:
    window = window_in("en")
    problems = []
    for name, root in secretariat_screens(qtbot, window):
        problems += [f"{name}: {problem}" for problem in low_contrast(root)]
    assert not problems, "\n".join(problems)


def test_every_focusable_secretariat_input_has_a_name_for_screen_readers(qtbot, window_in) -> None:
    window = window_in("en")
    problems = []
    for name, root in secretariat_screens(qtbot, window):
        problems += [f"{name}: {problem}" for problem in unnamed_inputs(root)]
    assert not problems, "\n".join(problems)
