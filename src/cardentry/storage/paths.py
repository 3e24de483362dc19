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
    def network_signing_key(self) -> Path:
        """A secretariat's encrypted Ed25519 key that signs its network key file."""
        return self.keys / "network-signing-key.json"

    @property
    def sealing_key(self) -> Path:
        """A secretariat's current encrypted X-Wing sealing key (``storage.network_keys``)."""
        return self.keys / "sealing-key.json"

    def retired_sealing_key(self, key_id: str) -> Path:
        """A sealing key replaced by a newer one, kept to open files sealed to it."""
        return self.keys / f"sealing-key.retired-{key_id}.json"

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
