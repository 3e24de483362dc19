"""The log file of a profile: ``cardentry.log`` in the profile folder, rotated at 1 MB.

``setup_logging(profile_root)`` is called once a profile is opened (by the launcher for
the desktop app, by the command line when a command opens the store). Modules log with
``logging.getLogger(__name__)`` under the ``cardentry`` logger: imports, exports, trust
decisions, migrations, backups and failures, a few lines each, never the text of a
card. A windowed app has no console, so an unexpected error's traceback goes here and
the user is told where the file is (Help > About shows it too).
"""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

LOG_NAME = "cardentry.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

_handler: RotatingFileHandler | None = None


def log_file(profile_root: Path) -> Path:
    """Where the log of the profile in ``profile_root`` is written."""
    return Path(profile_root) / LOG_NAME


def current_log_file() -> Path | None:
    """The file the ``cardentry`` logger writes to now (``None`` before a profile is opened)."""
    return Path(_handler.baseFilename) if _handler is not None else None


def setup_logging(profile_root: Path) -> Path | None:
    """Log to ``cardentry.log`` in ``profile_root`` (1 MB x 3 files) from now on.

    Calling it again for another profile moves the log there; for the same profile it
    changes nothing. A folder that cannot be written leaves logging off (the app still
    runs; the next error message says no log was written) and returns ``None``.
    """
    global _handler
    path = log_file(profile_root).resolve()
    logger = logging.getLogger("cardentry")
    if _handler is not None and Path(_handler.baseFilename) == path:
        return path
    stop_logging()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.setLevel(logging.INFO)
    logger.addHandler(handler)
    if logger.level == logging.NOTSET or logger.level > logging.INFO:
        logger.setLevel(logging.INFO)
    _handler = handler
    return path


def stop_logging() -> None:
    """Close the log file (the profile is closed, or another one takes its place)."""
    global _handler
    if _handler is None:
        return
    logging.getLogger("cardentry").removeHandler(_handler)
    _handler.close()
    _handler = None
