"""The one root of every error cardentry raises on purpose, and what a person is told.

Every error the core raises for a person to read (a damaged database, a wrong
passphrase, a refused export, a broken catalogue...) derives from ``CardentryError``;
its ``str()`` is the message, written for the user: what happened and what to do. The
command line prints it and exits 2 (or 1 for a failed check); both windows show it
through one function (``cardentry.ui.common.errors.show_error``). Anything else that
escapes is a bug: it is logged with its traceback and shown as such.
"""

from __future__ import annotations


class CardentryError(Exception):
    """An error with a message meant for the user (what happened, what to do)."""

    @property
    def user_message(self) -> str:
        return str(self)
