"""The partner's command line: profile, assessment new / fill / list, and exit codes."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

PASSPHRASE = {"CARDENTRY_PASSPHRASE": "correct horse battery staple"}


@pytest.fixture
def partner(cli):
    result = cli("profile", "init", "--org", "ECPAT Thailand", "--role", "partner", env=PASSPHRASE)
    assert result.exit_code == 0, result.output
    return cli


def new_card(cli, country="THA", cycle="2012") -> str:
    result = cli("assessment", "new", "--country", country, "--cycle", cycle, "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.output)["assessment_id"]


FULL_ANSWERS = {
    "overall": {"ranking": "some_progress", "summary": 'Résumé — 概要\nwith "quotes" and \\ backslash'},
    "calls_to_action": ["Ratify the Trafficking Protocol.", "ให้สัตยาบันพิธีสาร"],
    "indicators": [
        {
            "code": code,
            "rating": ["green", "yellow", "red", None][n % 4],
            "ngo_action": n % 2 == 0,
            "assessment": f"Narrative for {code}\twith a tab.",
            "recommendation": f"Recommendation for {code}.",
            "evidence": [
                {
                    "id": f"00000000-0000-4000-8000-{n:012d}",
                    "kind": "legislation",
                    "title": f"Source {n}",
                    "source": "Ministry of Justice",
                    "url": "https://example.org/law",
                    "date": "2008-06",
                    "note": "",
                }
            ],
        }
        for n, code in enumerate(
            [
                "prevention_policy",
                "collaboration",
                "awareness_raising",
                "teacher_training",
                "optional_protocol",
                "trafficking_protocol",
                "national_legislation",
                "police_units",
                "helpline",
                "shelters",
                "medical_services",
                "psychological_counselling",
            ]
        )
    ],
}


def test_version_prints_the_version(cli):
    from cardentry import __version__

    result = cli("--version")
    assert result.exit_code == 0
    assert __version__ in result.output


def test_fill_then_list_round_trips_every_field(partner, tmp_path):
    assessment = new_card(partner)
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps(FULL_ANSWERS, ensure_ascii=False), encoding="utf-8")
    result = partner("assessment", "fill", assessment, "--from", str(answers))
    assert result.exit_code == 0, result.output
    listed = json.loads(partner("assessment", "list", "--json").output)
    assert len(listed) == 1
    card = listed[0]
    assert (card["assessment_id"], card["country"], card["cycle"]) == (assessment, "THA", "2012")
    assert card["overall"] == FULL_ANSWERS["overall"]
    assert card["calls_to_action"] == FULL_ANSWERS["calls_to_action"]
    assert card["indicators"] == FULL_ANSWERS["indicators"]
    assert card["rated"] == 9


def test_a_file_with_one_bad_url_changes_nothing_and_names_its_path(partner, tmp_path):
    assessment = new_card(partner)
    good = tmp_path / "good.json"
    good.write_text(json.dumps({"overall": {"summary": "kept"}}), encoding="utf-8")
    assert partner("assessment", "fill", assessment, "--from", str(good)).exit_code == 0
    before = partner("assessment", "list", "--json").output
    bad_answers = json.loads(json.dumps(FULL_ANSWERS))
    bad_answers["indicators"][3]["evidence"][0]["url"] = "www.example.org/no-scheme"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(bad_answers), encoding="utf-8")
    result = partner("assessment", "fill", assessment, "--from", str(bad))
    assert result.exit_code == 1
    assert "indicators[3].evidence[0].url" in result.output
    assert "nothing was applied" in result.output
    assert partner("assessment", "list", "--json").output == before


def test_fill_prints_every_problem_not_just_the_first(partner, tmp_path):
    assessment = new_card(partner)
    bad = tmp_path / "bad.json"
    bad.write_text(
        json.dumps(
            {
                "overall": {"ranking": "best"},
                "indicators": [
                    {"code": "helpline", "rating": "purple", "evidence": [{"kind": "report", "title": ""}]}
                ],
            }
        )
    )
    result = partner("assessment", "fill", assessment, "--from", str(bad), "--json")
    assert result.exit_code == 1
    paths = {p["path"] for p in json.loads(result.output)["problems"]}
    assert {"overall.ranking", "indicators[0].rating", "indicators[0].evidence[0].title"} <= paths


@pytest.mark.parametrize(
    "content",
    [b'{"overall": {"summary": "a", "summary": "b"}}', b"not json", b'{"overall": {"summary": NaN}}', b"[]"],
)
def test_fill_refuses_a_file_that_is_not_strict_json(partner, tmp_path, content):
    assessment = new_card(partner)
    bad = tmp_path / "bad.json"
    bad.write_bytes(content)
    result = partner("assessment", "fill", assessment, "--from", str(bad))
    assert result.exit_code == 1


def test_a_missing_profile_is_exit_2_with_how_to_create_one(cli):
    result = cli("assessment", "list")
    assert result.exit_code == 2
    assert "profile init" in result.output


def test_a_bad_country_or_cycle_is_a_usage_error(partner):
    assert partner("assessment", "new", "--country", "XYZ", "--cycle", "2012").exit_code == 2
    assert partner("assessment", "new", "--country", "THA", "--cycle", "12").exit_code == 2
    assert partner("assessment", "new", "--country", "THA", "--cycle", "2012-2010").exit_code == 2


def test_an_unknown_option_is_a_usage_error(partner):
    assert partner("assessment", "list", "--colour").exit_code == 2


def test_fill_of_an_unknown_assessment_is_a_usage_error(partner, tmp_path):
    answers = tmp_path / "a.json"
    answers.write_text("{}")
    assert (
        partner(
            "assessment", "fill", "0b9e2c4a-1d2f-4e6a-9c8b-7a6f5e4d3c2b", "--from", str(answers)
        ).exit_code
        == 2
    )


def test_a_second_profile_init_changes_nothing(partner):
    result = partner("profile", "init", "--org", "Other", "--role", "partner", env=PASSPHRASE)
    assert result.exit_code == 2
    assert json.loads(partner("profile", "show", "--json").output)["organisation"] == "ECPAT Thailand"


def test_the_data_dir_variable_selects_the_profile(tmp_path):
    env = {**PASSPHRASE, "CARDENTRY_DATA_DIR": str(tmp_path / "via-env")}
    run = lambda *args: subprocess.run(  # noqa: E731
        [sys.executable, "-m", "cardentry", *args],
        capture_output=True,
        text=True,
        env={**_base_env(), **env},
        check=False,
    )
    assert run("profile", "init", "--org", "ECPAT Thailand", "--role", "partner").returncode == 0
    assert (tmp_path / "via-env" / "cardentry.sqlite3").exists()
    shown = run("profile", "show", "--json")
    assert json.loads(shown.stdout)["organisation"] == "ECPAT Thailand"


def test_a_locked_profile_is_exit_2(partner):
    from cardentry.storage.profile import open_store

    with open_store(partner.data_dir):
        result = partner("assessment", "list")
    assert result.exit_code == 2
    assert "another window" in result.output


def _base_env():
    import os

    return dict(os.environ)
