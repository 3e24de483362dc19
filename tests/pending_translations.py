"""A translator of the strings still waiting in ``resources/i18n/pending/*.json`` (tests only).

New UI strings are listed there until the lead merges them into the ``.ts`` files; a test
that checks a screen in French or Spanish installs this translator after ``i18n.install``
so it sees them translated on a branch too. Once merged (and the JSON gone) it is a no-op.
"""

from __future__ import annotations

import json
from pathlib import Path

from cardentry.ui.common import i18n
from cardentry.ui.common.qt import QTranslator

PENDING = Path(__file__).resolve().parents[1] / "resources" / "i18n" / "pending"


class PendingTranslator(QTranslator):
    def __init__(self, language: str):
        super().__init__()
        self.table: dict[tuple[str, str], object] = {}
        for path in sorted(PENDING.glob("*.json")):
            for entry in json.loads(path.read_text(encoding="utf-8")):
                if entry.get(language):
                    self.table[(entry["context"], entry["source"])] = entry[language]

    def translate(self, context, source, disambiguation=None, n=-1):
        found = self.table.get((context, source))
        if found is None:
            return None  # a null string: the next translator (the .qm) is asked
        if isinstance(found, list):
            return found[0] if n == 1 else found[-1]
        return found

    def isEmpty(self) -> bool:
        return False


def install(language: str) -> None:
    """``i18n.install(language)`` and the pending strings on top."""
    i18n.install(language)
    if language != "en":
        i18n.install_translator(PendingTranslator(language))
