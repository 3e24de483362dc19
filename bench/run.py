"""Run every benchmark (``bench/bench_*.py``) and print its figures with units.

Usage: ``python bench/run.py`` (all) or ``python bench/run.py autosave bundles`` (some).
Benchmarks compare against a baseline measured in the same run; none of them is a test.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def load(path: Path):
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


def main(names: list[str]) -> None:
    for path in sorted(HERE.glob("bench_*.py")):
        name = path.stem.removeprefix("bench_")
        if names and name not in names:
            continue
        print(f"== {name}", flush=True)
        load(path).main()
        print(flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
