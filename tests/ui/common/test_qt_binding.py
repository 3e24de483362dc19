"""The Qt binding the app runs on survives a long session.

PySide6-Essentials 6.12.0 on CPython 3.11 drops a reference to ``True`` on every
``Signal.emit()`` and one to ``None`` on every call that returns nothing
(``processEvents()``, ``setValue()``...): after a few thousand of them Python aborts with
"Fatal Python error: bool_dealloc" (or none_dealloc), losing whatever the window had not
written yet. ``pyproject.toml`` keeps the binding below 6.12; this test runs a busy
session in a child process, so that a binding with the fault fails the test instead of
killing the test run.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

SESSION = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QCoreApplication, QObject, Signal

    class Editor(QObject):
        edited = Signal(str)

    app = QCoreApplication(sys.argv[:1])
    editor = Editor()
    editor.edited.connect(lambda text: None)
    trues, nones = sys.getrefcount(True), sys.getrefcount(None)
    for _ in range(20_000):
        editor.edited.emit("typed")
        app.processEvents()
    print(trues - sys.getrefcount(True), nones - sys.getrefcount(None))
    """
)


def test_twenty_thousand_signals_and_event_loops_leave_true_and_none_alone():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", SESSION], capture_output=True, text=True, timeout=120, env=env, check=False
    )
    assert done.returncode == 0, f"the session crashed: {done.stderr[-500:]}"
    lost_true, lost_none = map(int, done.stdout.split())
    assert abs(lost_true) < 100 and abs(lost_none) < 100, (lost_true, lost_none)
