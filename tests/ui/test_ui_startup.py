"""Issue 18: the first window shows what it always showed without the libraries start-up no
longer loads (pydantic, sqlite-utils, the crypto library, pycountry's import, click);
they load when something needs them, and the window still works then."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from bundle_factory import Partner, import_data, secretariat, trust, write
from cardentry.partner.demo import create_demo_profile

DEFERRED = ("pydantic", "sqlite_utils", "cryptography", "pycountry", "click")
CHILD = textwrap.dedent(
    """
    import json, sys, time
    from pathlib import Path
    from cardentry.ui.common.qt import QApplication
    from cardentry.ui.launcher import launch
    window = launch(Path(sys.argv[1]))
    QApplication.processEvents()
    loaded = [name for name in json.loads(sys.argv[2]) if name in sys.modules]
    shown = {"class": type(window).__name__, "title": window.windowTitle(), "loaded": loaded}
    if hasattr(window, "home"):
        tree = window.home.tree
        shown["cards"] = [
            [tree.topLevelItem(i).child(j).text(column) for column in (0, 1)]
            for i in range(tree.topLevelItemCount())
            for j in range(tree.topLevelItem(i).childCount())
        ]
        window.open_card(window.home.summaries[0].id)  # the editor and the models load now
        QApplication.processEvents()
        shown["editor"] = window.editor is not None and window.editor.isVisible()
        shown["then loaded"] = [name for name in ("pydantic",) if name in sys.modules]
    if hasattr(window, "dashboard"):  # the secretariat's window: its rows come from the worker
        def settled():
            deadline = time.monotonic() + 60  # a guard against a hang, not a timing
            while not window.desk.idle and time.monotonic() < deadline:
                QApplication.processEvents()
        def rows():
            table = window.dashboard.table
            return [[table.item(r, c).text() for c in (0, 1)] for r in range(table.rowCount())]
        settled()
        shown["loaded"] = [name for name in json.loads(sys.argv[2]) if name in sys.modules]
        shown["rows"] = rows()
        shown["counts"] = {s: w.number.text() for s, w in window.dashboard.counts.items()}
        shown["empty box"] = window.dashboard.empty.isVisible()
        shown["pages made"] = sorted(window.pages.made)  # the others are made when first shown
        window.import_paths([sys.argv[3]])  # the import's checks load now
        settled()
        window.show_page("dashboard")
        settled()
        shown["after import"] = rows()
        window.open_country("KHM", "2012")
        settled()
        card = window.country.data.card if window.country.data else None
        shown["country card"] = [card.country, card.cycle] if card else None
        later = ("pydantic", "cryptography", "sqlite_utils")
        shown["then loaded"] = [name for name in later if name in sys.modules]
    print(json.dumps(shown))
    """
)


def _first_window(data_dir: Path, *more: str) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(data_dir), json.dumps(DEFERRED), *more],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_the_partners_home_lists_its_cards_before_the_deferred_libraries_load(tmp_path):
    root = tmp_path / "demo"
    create_demo_profile(root)
    shown = _first_window(root)
    assert shown["class"] == "MainWindow"
    assert shown["loaded"] == []
    assert shown["cards"] and shown["cards"][0][0] == "Thailand 2012"
    assert "rated" in shown["cards"][0][1]
    assert shown["editor"] is True and shown["then loaded"] == ["pydantic"]


def test_the_first_run_assistant_shows_before_the_deferred_libraries_load(tmp_path):
    shown = _first_window(tmp_path / "new")
    assert shown["class"] == "FirstRunWizard"
    assert shown["loaded"] == []
    assert not (tmp_path / "new" / "cardentry.sqlite3").exists()


def test_the_secretariats_dashboard_lists_its_countries_before_the_deferred_libraries_load(tmp_path):
    partner, stranger = Partner.new("ECPAT Thailand"), Partner.new("ECPAT Unknown")
    store = secretariat(tmp_path / "sec")
    try:
        trust(store, partner, None)
        import_data(store, partner.bundle(country="THA"), "THA.cpc.json")
        import_data(store, stranger.bundle(country="IND"), "IND.cpc.json")  # held: its key is not trusted
    finally:
        store.close()
    later = write(tmp_path / "inbox", "KHM.cpc.json", partner.bundle(country="KHM"))

    shown = _first_window(tmp_path / "sec", str(later))
    assert shown["class"] == "SecretariatWindow"
    assert shown["loaded"] == []  # the rows were read and shown without them
    assert shown["rows"] == [["India", "Waiting for a key to be trusted"], ["Thailand", "Resolved"]]
    assert shown["counts"] == {"resolved": "1", "conflicts": "0", "pending_trust": "1", "no_card": "0"}
    assert shown["empty box"] is False
    assert shown["pages made"] == ["dashboard"]
    # importing, and the country card of what was imported, work once they load
    assert ["Cambodia", "Resolved"] in shown["after import"]
    assert shown["country card"] == ["KHM", "2012"]
    assert shown["then loaded"] == ["pydantic", "cryptography", "sqlite_utils"]


def test_a_new_secretariat_profile_says_it_has_no_cards_once_read(tmp_path):
    secretariat(tmp_path / "sec").close()
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    shown = _first_window(tmp_path / "sec", str(inbox))
    assert shown["loaded"] == []
    assert shown["rows"] == []
    assert shown["empty box"] is True
    assert shown["counts"] == {"resolved": "0", "conflicts": "0", "pending_trust": "0", "no_card": "0"}


def test_the_import_page_lists_the_importers_outcomes_in_order():
    """The page's filter reads the outcomes' words (so the window needs no importer to show)."""
    from cardentry.secretariat.importer import OUTCOMES, SKIPPED
    from cardentry.ui.secretariat.texts import OUTCOME_TEXT

    assert list(OUTCOME_TEXT) == [*OUTCOMES, SKIPPED]
