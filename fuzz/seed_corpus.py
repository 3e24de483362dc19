"""Copy the bundle test vectors (``tests/vectors/bundle-v1``) into ``fuzz/corpus/``: the first inputs."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> None:
    vectors = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE.parent / "tests" / "vectors" / "bundle-v1"
    corpus = HERE / "corpus"
    corpus.mkdir(exist_ok=True)
    for path in sorted(vectors.glob("*.cpc.json")):
        shutil.copy(path, corpus / path.name)
        print(f"seeded {path.name}")


if __name__ == "__main__":
    main()
