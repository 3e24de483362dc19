"""Child for the import kill test: imports a folder of bundles, acknowledging each file.

Usage: ``python import_child.py PROFILE FOLDER``. Prints ``ack <file name> <status>`` after
each file's import has returned (and so committed).
"""

from __future__ import annotations

import sys
from pathlib import Path

from cardentry.secretariat.importer import import_paths
from cardentry.storage.profile import open_store


def main() -> None:
    root, folder = Path(sys.argv[1]), Path(sys.argv[2])
    store = open_store(root)
    print("ready", flush=True)
    for result in import_paths(store, [folder]):
        print(f"ack {Path(result.file).name} {result.status}", flush=True)
    print("done", flush=True)


if __name__ == "__main__":
    main()
