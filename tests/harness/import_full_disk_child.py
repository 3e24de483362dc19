"""Child for the import's full-disk test: imports a folder with the file size limited.

Usage: ``python import_full_disk_child.py PROFILE FOLDER``. Prints ``ack <file name>
<status>`` for each result the import gives, then ``failure: <message>`` when the disk
refuses a write (RLIMIT_FSIZE), and exits 0.
"""

from __future__ import annotations

import os
import resource
import signal
import sys
from pathlib import Path

from cardentry.secretariat.importer import import_paths
from cardentry.storage.profile import open_store
from cardentry.storage.store import StorageFailure


def main() -> None:
    root, folder = Path(sys.argv[1]), Path(sys.argv[2])
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # get EFBIG from write() instead of dying
    store = open_store(root)
    database = store.path
    used = max(os.path.getsize(p) for p in database.parent.glob(database.name + "*"))
    resource.setrlimit(resource.RLIMIT_FSIZE, (used + 200_000, resource.RLIM_INFINITY))
    try:
        for result in import_paths(store, [folder], quarantine_dir=root / "quarantine"):
            print(f"ack {Path(result.file).name} {result.status}", flush=True)
    except StorageFailure as failure:
        print(f"failure: {failure}", flush=True)
        return
    print("no failure", flush=True)


if __name__ == "__main__":
    main()
