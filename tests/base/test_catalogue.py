"""The indicator catalogue is data, validated when loaded; a broken file names file and field."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from cardentry.base.catalogue import CatalogueError, catalogue_path, default_catalogue, load_catalogue

DOMAIN_CODES = [
    "prevention_policy", "collaboration", "awareness_raising", "teacher_training",
    "optional_protocol", "trafficking_protocol", "national_legislation", "police_units",
    "helpline", "shelters", "medical_services", "psychological_counselling",
]  # fmt: skip


def test_shipped_catalogue_has_three_goals_of_four_indicators_in_domain_order():
    catalogue = default_catalogue()
    assert (catalogue.id, catalogue.version) == ("ecpat-cpc", 1)
    assert [len(goal.indicators) for goal in catalogue.goals] == [4, 4, 4]
    assert list(catalogue.indicator_codes) == DOMAIN_CODES


def test_every_indicator_guides_each_colour_in_english_french_and_spanish():
    for indicator in default_catalogue().indicators:
        for rating in ("green", "yellow", "red"):
            text = indicator.guidance.for_rating(rating)
            assert {"en", "fr", "es"} <= set(text), (indicator.code, rating)
            assert all(len(words) > 20 for words in text.values()), (indicator.code, rating)
        assert indicator.question.get_for("en").endswith("?")


def test_text_falls_back_to_english_for_a_language_without_translation():
    helpline = default_catalogue().indicator("helpline")
    assert helpline.title.get_for("th") == helpline.title["en"]


def _broken_copy(tmp_path: Path, edit) -> Path:
    path = tmp_path / "ecpat-cpc-v1.json"
    shutil.copy(catalogue_path(), path)
    data = json.loads(path.read_text(encoding="utf-8"))
    edit(data)
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("edit", "field"),
    [
        (lambda d: d["goals"][1]["indicators"][2].pop("question"), "goals[1].indicators[2].question"),
        (lambda d: d["goals"][0]["indicators"][0]["guidance"]["green"].pop("en"),
         "goals[0].indicators[0].guidance.green"),
        (lambda d: d["goals"][2].update(number=0), "goals[2].number"),
        (lambda d: d["ratings"].reverse(), "ratings must be green, yellow, red"),
        (lambda d: d["goals"][0]["indicators"].append(d["goals"][0]["indicators"][0]), "unique"),
    ],
)  # fmt: skip
def test_a_broken_catalogue_is_refused_naming_the_file_and_the_field(tmp_path, edit, field):
    path = _broken_copy(tmp_path, edit)
    with pytest.raises(CatalogueError) as error:
        load_catalogue(path)
    assert str(path) in str(error.value)
    assert field in str(error.value)


def test_a_catalogue_that_is_not_json_is_refused(tmp_path):
    path = tmp_path / "ecpat-cpc-v1.json"
    path.write_text("{ not json", encoding="utf-8")
    with pytest.raises(CatalogueError, match="not valid JSON"):
        load_catalogue(path)


def test_a_missing_catalogue_stops_the_command_line_with_its_path(tmp_path, monkeypatch):
    import subprocess
    import sys

    monkeypatch.setenv("CARDENTRY_RESOURCES", str(tmp_path))
    result = subprocess.run(
        [sys.executable, "-m", "cardentry", "--data-dir", str(tmp_path / "p"), "profile", "init",
         "--org", "X", "--role", "secretariat"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 2
    assert "ecpat-cpc-v1.json" in result.stderr
    assert "Traceback" not in result.stderr
