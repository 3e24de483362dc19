"""Where things are inside a profile folder: the database, keys, backups, quarantine, exports."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from cardentry.base.logs import log_file

DATABASE_NAME = "cardentry.sqlite3"


@dataclass(frozen=True)
class ProfilePaths:
    root: Path

    @property
    def database(self) -> Path:
        return self.root / DATABASE_NAME

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def keys(self) -> Path:
        return self.root / "keys"

    @property
    def signing_key(self) -> Path:
        """A partner's encrypted Ed25519 key file (``cardentry.storage.keys``)."""
        return self.keys / "signing-key.json"

    @property
    def quarantine(self) -> Path:
        return self.root / "quarantine"

    @property
    def exports(self) -> Path:
        return self.root / "exports"

    @property
    def log(self) -> Path:
        """The rotating log file (``cardentry.base.logs``); older ones end in .1, .2, .3."""
        return log_file(self.root)
