"""Start-up and page switching of the partner app.

1. Time from process start to the card editor shown with the demo card loaded, beside a
   bare PySide6 window started the same way in the same run (a fresh ``python`` process
   each time, alternating, so disk caches favour neither). Goal: within 2x of the bare window.
2. Time to switch indicator pages in the editor (``show_page`` plus the event processing
   that lays out and paints the page). Goal: under 50 ms.

Runs offscreen unless a display is set. ``python bench/bench_startup.py`` prints the figures.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

RUNS = 7
SWITCH_ROUNDS = 5

BARE = textwrap.dedent(
    """
    import sys
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QLabel("hello"))
    window.resize(1366, 768)
    window.show()
    app.processEvents()
    print("shown", flush=True)
    """
)

APP = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from cardentry.ui.launcher import launch
    from cardentry.ui.common.qt import QApplication
    window = launch(Path(sys.argv[1]), demo=True)
    window.resize(1366, 768)
    window.open_card(window.store.list_assessments()[0].id)
    QApplication.processEvents()
    assert window.editor is not None and window.editor.isVisible()
    print("shown", flush=True)
    window.close()
    """
)


PYCACHE = Path(tempfile.mkdtemp(prefix="cardentry-bench-pycache-"))


def _environment() -> dict[str, str]:
    """The children's environment: offscreen without a display, and byte code cached as in
    any installed app (a shell with PYTHONDONTWRITEBYTECODE would recompile every module)."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(PYCACHE)
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY") and sys.platform.startswith("linux"):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


def _time_to_shown(code: str, *args: str) -> float:
    """Seconds from spawning a fresh interpreter to its 'shown' line."""
    start = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", code, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=_environment(),
    )
    assert process.stdout is not None
    for line in process.stdout:
        if line.strip() == "shown":
            elapsed = time.perf_counter() - start
            break
    else:
        raise SystemExit(f"the child never showed its window (exit code {process.wait()})")
    process.wait()
    return elapsed


def startup(root: Path) -> tuple[list[float], list[float]]:
    bare, app = [], []
    _time_to_shown(BARE)  # warm the disk cache for both
    _time_to_shown(APP, str(root))
    for _ in range(RUNS):
        bare.append(_time_to_shown(BARE))
        app.append(_time_to_shown(APP, str(root)))
    return bare, app


def page_switches(root: Path) -> list[float]:
    os.environ.update({k: v for k, v in _environment().items() if k == "QT_QPA_PLATFORM"})
    from cardentry.ui.common.qt import QApplication
    from cardentry.ui.launcher import launch

    window = launch(root, demo=True)
    window.resize(1366, 768)
    window.open_card(window.store.list_assessments()[0].id)
    QApplication.processEvents()
    editor = window.editor
    samples = []
    for _ in range(SWITCH_ROUNDS):
        for code in editor.codes:
            start = time.perf_counter()
            editor.show_page(code)
            QApplication.processEvents()
            samples.append(time.perf_counter() - start)
    window.close()
    return samples


def main() -> None:
    from cardentry.partner.demo import create_demo_profile

    with tempfile.TemporaryDirectory(prefix="cardentry-bench-") as folder:
        root = Path(folder) / "demo"
        create_demo_profile(root)
        bare, app = startup(root)
        bare_median, app_median = statistics.median(bare), statistics.median(app)
        for what, median, samples in (
            ("bare PySide6 window shown:       ", bare_median, bare),
            ("card editor shown with demo card:", app_median, app),
        ):
            print(f"{what}   median {median * 1000:7.0f} ms  (min {min(samples) * 1000:.0f} ms)")
        print(f"ratio (goal <= 2.0):                {app_median / bare_median:7.2f} x  ({RUNS} runs each)")
        switches = page_switches(root)
        ordered = sorted(switches)
        p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
        print(
            f"indicator page switch (goal < 50):  median {statistics.median(switches) * 1000:7.1f} ms  "
            f"p95 {p95 * 1000:.1f} ms  max {max(switches) * 1000:.1f} ms  ({len(switches)} switches)"
        )


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    main()
