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
    """Make every QApplication the app creates watch for its first shown window.

    The app creates its QApplication itself (with its own settings); this only swaps in a
    subclass that, once constructed, starts the two timers. The timers also run inside
    modal dialogs' loops, so an error message box ends the run too (with the app's code).
    """
    from PySide6 import QtWidgets
    from PySide6.QtCore import QTimer

    class SmokeApplication(QtWidgets.QApplication):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._smoke_poll = QTimer(self)
            self._smoke_poll.timeout.connect(self._smoke_check)
            self._smoke_poll.start(20)
            self._smoke_limit = QTimer(self)
            self._smoke_limit.setSingleShot(True)
            self._smoke_limit.timeout.connect(self._smoke_give_up)
            self._smoke_limit.start(int(float(os.environ.get(TIMEOUT_VARIABLE, "120")) * 1000))

        def _smoke_check(self) -> None:
            shown = [widget for widget in self.topLevelWidgets() if widget.isVisible()]
            if not shown:
                return
            self._smoke_poll.stop()
            for widget in shown:
                name = type(widget).__name__
                print(f"cardentry-smoke: shown {name} {widget.windowTitle()!r}", file=sys.stderr, flush=True)
            self.quit()

        def _smoke_give_up(self) -> None:
            print("cardentry-smoke: no window was shown", file=sys.stderr, flush=True)
            self.exit(EXIT_NO_WINDOW)

    QtWidgets.QApplication = SmokeApplication


def run() -> None:
    if os.environ.get(SMOKE_VARIABLE) == "1":
        _quit_after_first_window()
    # the desktop app without loading the command line; every other command through it
    # (``cardentry FILE.cpc.json``, a double-click, is understood by the command itself)
    from cardentry.entry import main

    main(args=sys.argv[1:], prog_name="cardentry")


if __name__ == "__main__":
    run()
