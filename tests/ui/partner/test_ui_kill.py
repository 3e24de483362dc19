"""Killing the app's process loses nothing that was saved (a real process, SIGKILL)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from cardentry.storage.store import Store

CHILD = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from cardentry.storage.profile import open_store
    from cardentry.ui.partner.window import MainWindow
    from cardentry.ui.launcher import ensure_app

    root = Path(sys.argv[1])
    app = ensure_app()
    window = MainWindow(open_store(root), root)
    window.show()
    window.open_card(window.store.list_assessments()[0].id)
    window.editor.show_page("helpline")
    box = window.editor.indicator_page.assessment
    box.setPlainText("Typed before the power cut.")
    window.session.saved.connect(lambda when: print("SAVED", flush=True))
    box.setPlainText("Typed before the power cut. Still typing")  # pending when killed
    app.exec()
    """
)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_a_killed_process_keeps_every_saved_edit(partner_dir: Path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(partner_dir)], stdout=subprocess.PIPE, text=True, env=env
    )
    try:
        assert child.stdout is not None
        for line in child.stdout:
            if line.strip() == "SAVED":
                break
        child.send_signal(signal.SIGKILL)
    finally:
        child.wait(timeout=60)
    with Store.open(partner_dir / "cardentry.sqlite3") as store:  # the lock died with the process
        assessment = store.list_assessments()[0].id
        assert store.get_field(assessment, "indicators.helpline.assessment").startswith(
            "Typed before the power cut."
        )
