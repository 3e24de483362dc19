"""Child process for the kill test: edits a card through the store API the GUI uses.

Usage: ``python edit_child.py DATABASE ASSESSMENT_ID RUN``. After each ``set_field`` returns
(the edit is committed) it prints ``ack <n>`` and flushes, so the parent knows exactly
which edits were acknowledged before it sends SIGKILL.
"""

from __future__ import annotations

import sys
from pathlib import Path

from cardentry.storage.store import Store

CODES = ("helpline", "shelters", "police_units", "national_legislation")


def main() -> None:
    database, assessment, run = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    store = Store.open(database)
    print("ready", flush=True)
    n = 0
    while True:
        code = CODES[n % len(CODES)]
        # a long value, so a kill can land in the middle of writing a page
        store.set_field(assessment, f"indicators.{code}.assessment", f"run {run} edit {n} " + "x" * 3000)
        print(f"ack {n}", flush=True)
        n += 1


if __name__ == "__main__":
    main()
