"""Country names follow the interface language (pytest-qt, offscreen).

With French installed the partner's home list, the editor's title, the window title and
the new-card picker say "Thaïlande", and the picker is sorted the French way.
"""

from __future__ import annotations

from typing import Any

import pytest

from cardentry.base.countries import sort_key
from cardentry.ui.common.qt import QApplication


def card_rows(window: Any) -> list[str]:
    tree = window.home.tree
    return [
        tree.topLevelItem(i).child(j).text(0)
        for i in range(tree.topLevelItemCount())
        for j in range(tree.topLevelItem(i).childCount())
    ]


@pytest.mark.parametrize(("language", "name"), [("fr", "Thaïlande"), ("es", "Tailandia"), ("en", "Thailand")])
def test_home_and_editor_name_the_country_in_the_interface_language(
    qtbot, make_window, language: str, name: str
) -> None:
    window = make_window(language)
    assert card_rows(window) == [f"{name} 2012"]
    window.open_card(window.store.list_assessments()[0].id)
    QApplication.processEvents()
    assert window.editor.card_title.text() == f"{name} · 2012"
    assert f"{name} 2012" in window.windowTitle()


def test_the_new_card_picker_lists_countries_in_french_sorted_the_french_way(qtbot, make_window) -> None:
    from cardentry.ui.partner.home import NewCardDialog

    window = make_window("fr")
    dialog = NewCardDialog(window.store.list_assessments(), window.info.countries, None, window)
    qtbot.addWidget(dialog)
    box = dialog.country
    names = [box.itemText(i) for i in range(box.count()) if box.itemData(i)]
    assert names[0] == "Thaïlande"  # the partner's own country first
    rest = names[1:]
    assert "Royaume-Uni" in rest and "Corée du Sud" in rest and "UK" not in rest
    assert [sort_key(n) for n in rest] == sorted(sort_key(n) for n in rest)
    assert rest.index("Égypte") < rest.index("Équateur") < rest.index("Espagne")
    dialog.close()
