"""The secretariat's trust store: which partner keys are trusted, for which countries.

(Filled in by the secretariat import work; until then every key is unknown.)
"""

from __future__ import annotations

from typing import Literal

from cardentry.store import Store

KeyState = Literal["trusted", "revoked"]


def key_state(store: Store, key_id: str) -> KeyState | None:
    """``trusted``, ``revoked``, or ``None`` for a key this profile has never seen."""
    return None
