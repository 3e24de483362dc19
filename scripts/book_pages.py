"""Make the book of the seed's 42 countries (2012, 2009 baseline) and images of two of its pages.

Usage: ``python scripts/book_pages.py [OUT_DIR]`` (default ``docs/screenshots``): builds a
secretariat profile in a temporary folder through the real import (ratings spread like
the seed report's figures: countries without a coordination platform down from 41% to
10%, 57% with child trafficking in no curriculum, 7% with specialised police units
across the country; domain.md's 2012 ranking), runs ``cardentry report book --format
pdf``, then ``pdftoppm -r 60`` (poppler-utils) for the overview page and Thailand's card:
``book-overview.png`` and ``book-card.png``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))

from bundle_factory import COUNTRIES_2012, Partner, import_data, ranking_2012, secretariat, trust  # noqa: E402

# (green, yellow, red) of 42 countries: 2012, then the 2009 baseline
SPREAD = {
    "prevention_policy": ((12, 26, 4), (6, 24, 12)),
    "collaboration": ((14, 24, 4), (5, 20, 17)),
    "awareness_raising": ((10, 27, 5), (6, 24, 12)),
    "teacher_training": ((4, 14, 24), (2, 10, 30)),
    "optional_protocol": ((30, 10, 2), (24, 14, 4)),
    "trafficking_protocol": ((34, 7, 1), (28, 10, 4)),
    "national_legislation": ((16, 22, 4), (10, 22, 10)),
    "police_units": ((3, 25, 14), (2, 18, 22)),
    "helpline": ((14, 18, 10), (8, 16, 18)),
    "shelters": ((8, 20, 14), (4, 18, 20)),
    "medical_services": ((10, 22, 10), (6, 20, 16)),
    "psychological_counselling": ((9, 21, 12), (5, 19, 18)),
}
BASELINE_RANKING = ["notable_efforts"] * 5 + ["slow_progress"] * 7 + ["limited_measures"] * 10
BASELINE_RANKING += ["some_progress"] * 20


def ratings_for(index: int, cycle: int) -> dict[str, str]:
    ratings = {}
    for position, (code, spread) in enumerate(SPREAD.items()):
        green, yellow, red = spread[cycle]
        column = ["green"] * green + ["yellow"] * yellow + ["red"] * red
        ratings[code] = column[(index + position * 7) % len(column)]
    return ratings


def fill(root: Path) -> None:
    from cardentry.base.catalogue import default_catalogue

    catalogue = default_catalogue()
    with secretariat(root) as store:
        store.set_setting("organisation", "ECPAT International")
        for index, country in enumerate(COUNTRIES_2012):
            partner = Partner.new(f"ECPAT partner in {country}")
            trust(store, partner, country)
            for cycle, (name, ranking) in enumerate((("2012", ranking_2012(country)),
                                                     ("2009", BASELINE_RANKING[index]))):  # fmt: skip
                ratings = ratings_for(index, cycle)
                payload = partner.payload(
                    country=country, cycle=name, ratings=ratings, ranking=ranking,
                    stars=tuple(code for n, code in enumerate(SPREAD) if (index + n) % 4 == 0),
                )  # fmt: skip
                described = next(item.description for item in catalogue.rankings if item.code == ranking)
                payload["overall"]["summary"] = described.get_for("en")
                if country == "THA":
                    payload["overall"]["summary"] += " สายด่วนเด็ก 1300 ให้บริการตลอด 24 ชั่วโมง"
                payload["calls_to_action"] = [
                    "Ratify the Optional Protocol without reservation.",
                    "Fund specialised shelters and a free 24-hour helpline for children.",
                ]
                for entry in payload["indicators"]:
                    indicator = catalogue.indicator(entry["code"])
                    entry["assessment"] = indicator.guidance.for_rating(ratings[entry["code"]]).get_for("en")
                    entry["recommendation"] = indicator.state_action.get_for("en")
                import_data(store, partner.sign(payload))


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "profile"
        fill(root)
        pdf = Path(tmp) / "book.pdf"
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        subprocess.run(
            [sys.executable, "-m", "cardentry", "--data-dir", str(root), "report", "book", "--cycle", "2012",
             "--baseline", "2009", "--format", "pdf", "--out", str(pdf)],
            check=True, env=env,
        )  # fmt: skip
        text = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
        card = next(n for n, page in enumerate(text.split("\f"), 1) if "Thailand: progress card 2012" in page)
        for name, page in (("overview", 3), ("card", card)):
            stem = Path(tmp) / name
            subprocess.run(["pdftoppm", "-r", "60", "-png", "-f", str(page), "-l", str(page), "-singlefile",
                            str(pdf), str(stem)], check=True)  # fmt: skip
            shutil.copyfile(stem.with_suffix(".png"), out / f"book-{name}.png")
            print(out / f"book-{name}.png")
        if os.environ.get("BOOK_PDF"):  # keep the whole book too, to look at other pages
            shutil.copyfile(pdf, os.environ["BOOK_PDF"])


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE.parent / "docs" / "screenshots")
