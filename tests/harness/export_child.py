"""Child for the export kill test: exports revision after revision of one card.

Usage: ``python export_child.py PROFILE ASSESSMENT_ID OUT_FOLDER PASSPHRASE``. The key is
unlocked once; after each ``export_card`` returns it prints ``ack <revision>``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from cardentry.partner.export import export_card
from cardentry.storage import keys
from cardentry.storage.profile import open_store


def main() -> None:
    root, assessment, out, passphrase = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3]), sys.argv[4]
    private_key = keys.load_profile_key(root).unlock(passphrase)
    store = open_store(root)
    print("ready", flush=True)
    n = 0
    while True:
        store.set_field(assessment, "overall.summary", f"summary {n} " + "z" * 5000)
        result = export_card(store, assessment, private_key, out)
        print(f"ack {result.revision}", flush=True)
        n += 1


if __name__ == "__main__":
    main()
