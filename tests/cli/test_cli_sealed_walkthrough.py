"""The whole sealed path through the command line, two profiles on one machine (issue 15's
"done when"): the secretariat exports its network key, a partner accepts it, fills a card with
internal evidence, exports sealed, the secretariat imports it; a plain export holds no internal text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from partner_helpers import ENV, full_answers
from sealed_helpers import Cli

pytestmark = pytest.mark.usefixtures("cheap_kdf")
SECRET_NOTE = "Informant: Ms Pranee at the Pattaya shelter"
SECRET_TITLE = "Interview with a survivor, 14"


def test_two_profiles_seal_and_import_a_card_with_internal_evidence(tmp_path):
    secretariat, partner = Cli(tmp_path / "sec"), Cli(tmp_path / "partner")
    assert (
        secretariat("profile", "init", "--org", "ECPAT secretariat", "--role", "secretariat").exit_code == 0
    )
    assert secretariat("network", "init", env=ENV).exit_code == 0
    network_file = tmp_path / "ecpat.cpcnet.json"
    assert secretariat("network", "export", "--out", str(network_file), env=ENV).exit_code == 0

    assert partner("profile", "init", "--org", "ECPAT Thailand", "--role", "partner", env=ENV).exit_code == 0
    accepted = partner("network", "accept", str(network_file), input="y\n")
    assert accepted.exit_code == 0, accepted.output
    card = json.loads(partner("assessment", "new", "--country", "THA", "--cycle", "2012", "--json").stdout)
    answers = full_answers(evidence_per_indicator=1)
    answers["indicators"][8]["evidence"].append(
        {"kind": "interview", "title": SECRET_TITLE, "note": SECRET_NOTE, "internal": True}
    )
    answers["indicators"][8]["internal_notes"] = "Call back Ms Pranee before the review"
    (tmp_path / "answers.json").write_text(json.dumps(answers), encoding="utf-8")
    assert (
        partner(
            "assessment", "fill", card["assessment_id"], "--from", str(tmp_path / "answers.json")
        ).exit_code
        == 0
    )

    exported = partner("export", card["assessment_id"], "--out", str(tmp_path / "mail"), "--json", env=ENV)
    row = json.loads(exported.stdout)
    assert row["sealed"] is True and row["internal_left_out"] == {"evidence": 1, "notes": 1}
    sealed_file = Path(row["path"])
    assert sealed_file.name == "THA-2012-ecpat-thailand-r1.sealed.cpc.json"
    plain = partner(
        "export", card["assessment_id"], "--out", str(tmp_path / "plain"), "--plain", "--json", env=ENV
    )
    plain_bytes = Path(json.loads(plain.stdout)["path"]).read_bytes()
    for secret in ("Pranee", "Pattaya", "survivor, 14"):
        assert secret.encode() not in plain_bytes and secret.encode() not in sealed_file.read_bytes()

    key_file = tmp_path / "partner.cpckey.json"
    assert partner("key", "export-public", "--out", str(key_file)).exit_code == 0
    assert secretariat("trust", "add", str(key_file), "--countries", "THA").exit_code == 0
    imported = secretariat("import", "--json", str(sealed_file), env=ENV)
    assert imported.exit_code == 0, imported.output
    result = json.loads(imported.stdout)
    assert (result["status"], result["sealed"], result["country"], result["revision"]) == (
        "imported",
        True,
        "THA",
        1,
    )
