"""Child for the full-disk test: edits a card with the file size limited (RLIMIT_FSIZE).

Usage: ``python full_disk_child.py DATABASE ASSESSMENT_ID``. Prints the error message the
store gives when the disk refuses the write, then exits 0.
"""

from __future__ import annotations

import os
import resource
import signal
import sys
from pathlib import Path

from cardentry.storage.store import StorageFailure, Store


def main() -> None:
    database, assessment = Path(sys.argv[1]), sys.argv[2]
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # get EFBIG from write() instead of dying
    store = Store.open(database)
    used = sum(os.path.getsize(p) for p in database.parent.glob(database.name + "*"))
    resource.setrlimit(resource.RLIMIT_FSIZE, (used + 16_384, resource.RLIM_INFINITY))
    try:
        for n in range(1000):
            store.set_field(assessment, "overall.summary", f"{n} " + "y" * 50_000)
    except StorageFailure as failure:
        print(f"failure: {failure}", flush=True)
        print(f"after: {store.get_field(assessment, 'overall.summary')[:40]}", flush=True)
        return
    print("no failure", flush=True)


if __name__ == "__main__":
    main()
