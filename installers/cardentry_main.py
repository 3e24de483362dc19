"""Entry point of the frozen app (PyInstaller): exactly the ``cardentry`` command.

``cardentry`` with no command opens the desktop app; every other command works as in a
source install. One addition, for smoke tests only: with ``CARDENTRY_QUIT_AFTER_SHOWN=1``
the app quits as soon as it has shown its first window, after printing
``cardentry-smoke: shown <class> '<title>'`` to stderr, so that a test can open the real
GUI (offscreen, under Xvfb, or on a CI runner's desktop) and see it close cleanly. The
exit code is then the app's own (0 when the main window opened). If no window appears
within ``CARDENTRY_QUIT_TIMEOUT`` seconds (default 120) it exits with code 3 instead of
hanging. Nothing here changes the app when the variable is not set.
"""

from __future__ import annotations

import os
import sys

SMOKE_VARIABLE = "CARDENTRY_QUIT_AFTER_SHOWN"
TIMEOUT_VARIABLE = "CARDENTRY_QUIT_TIMEOUT"
EXIT_NO_WINDOW = 3


def _quit_after_first_window() -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    # The app's own start-up reuses this instance (QApplication.instance()).
    app = QApplication.instance() or QApplication(sys.argv)

    def check() -> None:
        shown = [widget for widget in app.topLevelWidgets() if widget.isVisible()]
        if not shown:
            return
        poll.stop()
        for widget in shown:
            name = type(widget).__name__
            print(f"cardentry-smoke: shown {name} {widget.windowTitle()!r}", file=sys.stderr, flush=True)
        app.quit()

    def give_up() -> None:
        print("cardentry-smoke: no window was shown", file=sys.stderr, flush=True)
        app.exit(EXIT_NO_WINDOW)

    poll = QTimer(app)
    poll.timeout.connect(check)
    poll.start(20)
    limit = QTimer(app)
    limit.setSingleShot(True)
    limit.timeout.connect(give_up)
    limit.start(int(float(os.environ.get(TIMEOUT_VARIABLE, "120")) * 1000))


def run() -> None:
    if os.environ.get(SMOKE_VARIABLE) == "1":
        _quit_after_first_window()
    from cardentry.cli import main

    main(prog_name="cardentry")


if __name__ == "__main__":
    run()
