"""Time and peak memory of ``report book`` for 200 countries (goal: under 30 s, under 500 MB).

The profile is filled through the real import: 200 countries in 2012 and in a 2009
baseline, one partner each, with texts of a real card's length (a summary, per indicator
an assessment of about 600 characters and a recommendation, two calls to action; one
country in ten writes Thai, Chinese or Arabic). Then each command runs as its own process,
as a secretariat would run it, and is measured with ``os.wait4`` (wall time, the child's
peak resident memory): ``report overview`` first, the baseline in the same run (it starts
Python, opens the profile and computes the figures), then the site and the PDF book.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pycountry

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from bundle_factory import Partner, import_data, secretariat, trust

COUNTRIES = 200
GOAL_SECONDS = 30
GOAL_MB = 500
SCRIPTS = (
    "สายด่วนเด็กให้บริการตลอด 24 ชั่วโมง ",
    "兒童求助熱線全天候服務，覆蓋全國。",
    "خط المساعدة للأطفال متاح على مدار الساعة. ",
)
SENTENCE = (
    "The national plan of action was adopted with a budget and a timetable, and the ministry "
    "reports on it every year; NGOs take part in the coordination body. "
)


def fill(root: Path) -> int:
    store = secretariat(root)
    partner = Partner.new("ECPAT partner")
    trust(store, partner, None)
    codes = [country.alpha_3 for country in pycountry.countries][:COUNTRIES]
    ratings = ("green", "yellow", "red")
    imported = 0
    try:
        for index, country in enumerate(codes):
            extra = SCRIPTS[index % 3] if index % 10 == 0 else ""
            for cycle in ("2012", "2009"):
                payload = partner.payload(
                    country=country,
                    cycle=cycle,
                    ratings={"helpline": ratings[index % 3], "shelters": ratings[(index + 1) % 3]},
                    ranking=("slow_progress", "some_progress", "notable_efforts")[index % 3],
                    stars=("helpline",) if index % 2 else (),
                )
                payload["overall"]["summary"] = extra + SENTENCE * 6
                payload["calls_to_action"] = [
                    "Ratify the Optional Protocol.",
                    "Train the police.",
                    "Fund shelters.",
                ]
                for entry in payload["indicators"]:
                    entry["assessment"] = extra + SENTENCE * 4
                    entry["recommendation"] = "Extend the programme to every province and fund it."
                imported += import_data(store, partner.sign(payload)).status == "imported"
    finally:
        store.close()
    return imported


def measured(root: Path, *args: str) -> tuple[float, float]:
    """Run ``cardentry --data-dir root ARGS``; wall seconds and the child's peak RSS in MB."""
    command = [sys.executable, "-m", "cardentry", "--data-dir", str(root), *args]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    errors = process.stderr.read().decode(errors="replace") if process.stderr else ""
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed ({process.returncode}): {errors}")
    return seconds, usage.ru_maxrss / 1024  # kilobytes on Linux


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "profile"
        start = time.perf_counter()
        imported = fill(root)
        took = time.perf_counter() - start
        print(f"filled {imported} bundles ({COUNTRIES} countries x 2 cycles) in {took:.1f} s")
        cycle = ("--cycle", "2012", "--baseline", "2009")
        base_s, base_mb = measured(root, "report", "overview", *cycle, "--format", "json")
        print(f"baseline: report overview --format json: {base_s:.2f} s, peak {base_mb:.0f} MB")
        site = Path(tmp) / "site"
        site_s, site_mb = measured(root, "report", "book", *cycle, "--format", "html", "--out", str(site))
        pages = len(list(site.rglob("*.html")))
        print(
            f"report book --format html ({pages} pages): {site_s:.2f} s, peak {site_mb:.0f} MB "
            f"({site_s / base_s:.1f}x the overview's time)"
        )
        pdf = Path(tmp) / "book.pdf"
        pdf_s, pdf_mb = measured(root, "report", "book", *cycle, "--format", "pdf", "--out", str(pdf))
        info = ""
        with contextlib.suppress(OSError, subprocess.CalledProcessError):  # poppler-utils missing
            info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
        count = next((line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")), "?")
        print(
            f"report book --format pdf ({count} pages, {pdf.stat().st_size / 1e6:.1f} MB file): "
            f"{pdf_s:.2f} s, peak {pdf_mb:.0f} MB ({pdf_s / base_s:.1f}x the overview's time); "
            f"goal < {GOAL_SECONDS} s and < {GOAL_MB} MB: "
            f"{'met' if pdf_s < GOAL_SECONDS and pdf_mb < GOAL_MB else 'NOT met'}"
        )


if __name__ == "__main__":
    main()
