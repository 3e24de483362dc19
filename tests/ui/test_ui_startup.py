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

from cardentry.partner.demo import create_demo_profile

DEFERRED = ("pydantic", "sqlite_utils", "cryptography", "pycountry", "click")
CHILD = textwrap.dedent(
    """
    import json, sys
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
    print(json.dumps(shown))
    """
)


def _first_window(data_dir: Path) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(data_dir), json.dumps(DEFERRED)],
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
