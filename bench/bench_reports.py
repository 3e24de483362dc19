"""Time of ``report overview`` for 200 countries x 10 cycles (goal: under a second).

The profile is filled through the real import: 200 countries in each of 10 cycles, one
partner per country plus a second partner for one country in five (half of those
disagree on one indicator, so the overview also lists unresolved countries). Then
``overview(cycle, baseline)`` and ``rankings()`` (all cycles) are timed, median of 5.
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

import pycountry

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from bundle_factory import Partner, import_data, secretariat, trust
from cardentry.secretariat.reports.figures import overview, rankings

COUNTRIES = 200
CYCLES = [str(year) for year in range(2003, 2013)]
RUNS = 5


def fill(root: Path) -> tuple[object, int]:
    store = secretariat(root)
    first, second = Partner.new("First partner"), Partner.new("Second partner")
    trust(store, first, None)
    trust(store, second, None)
    codes = [country.alpha_3 for country in pycountry.countries][:COUNTRIES]
    ratings = ("green", "yellow", "red")
    imported = 0
    for cycle_index, cycle in enumerate(CYCLES):
        for index, country in enumerate(codes):
            template = first.payload(
                country=country,
                cycle=cycle,
                ratings={"helpline": ratings[(index + cycle_index) % 3]},
                ranking=("slow_progress", "some_progress", "notable_efforts")[index % 3],
            )
            imported += import_data(store, first.sign(template)).status == "imported"
            if index % 5 == 0:
                other = json.loads(json.dumps(template))
                other.update(bundle_id=str(uuid.uuid4()), assessment_id=str(uuid.uuid4()))
                other["organisation"]["name"] = second.organisation
                if index % 10 == 0:
                    next(e for e in other["indicators"] if e["code"] == "helpline")["rating"] = "red"
                    if template["indicators"][8]["rating"] == "red":
                        next(e for e in other["indicators"] if e["code"] == "helpline")["rating"] = "green"
                imported += import_data(store, second.sign(other)).status == "imported"
    return store, imported


def timed(function, *args) -> float:
    samples = []
    for _ in range(RUNS):
        start = time.perf_counter()
        function(*args)
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        store, imported = fill(Path(tmp) / "profile")
        print(
            f"filled {imported} bundles ({COUNTRIES} countries x {len(CYCLES)} cycles) "
            f"in {time.perf_counter() - start:.1f} s"
        )
        try:
            result = overview(store, CYCLES[-1], CYCLES[0])
            print(
                f"overview: {result['countries']} countries counted, {len(result['unresolved'])} unresolved"
            )
            print(
                f"report overview --cycle {CYCLES[-1]} --baseline {CYCLES[0]}: "
                f"{timed(overview, store, CYCLES[-1], CYCLES[0]) * 1000:.0f} ms "
                f"(median of {RUNS}; goal < 1000 ms)"
            )
            print(
                f"report rankings (all {len(CYCLES)} cycles): {timed(rankings, store) * 1000:.0f} ms "
                f"(median of {RUNS})"
            )
        finally:
            store.close()


if __name__ == "__main__":
    main()
