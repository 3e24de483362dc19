"""Received revisions: kept byte for byte, listed, compared."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bundle_factory import Partner, evidence_item, import_data, secretariat, trust
from cardentry.secretariat.history import diff, list_assessments, list_revisions, revision_bytes
from cardentry.storage.store import NotFound


@pytest.fixture
def store(tmp_path: Path):
    with secretariat(tmp_path / "sec") as opened:
        yield opened


def test_revisions_listed_with_exact_bytes_and_diffed(store):
    partner = Partner.new()
    trust(store, partner)
    kept = evidence_item("Kept report")
    dropped = evidence_item("Dropped report")
    r1 = partner.payload(ratings={"helpline": "red"}, evidence={"helpline": [kept, dropped]})
    r2 = partner.revise(r1, ratings={"helpline": "yellow"}, ranking="notable_efforts")
    entry = next(e for e in r2["indicators"] if e["code"] == "helpline")
    entry["assessment"] = "A hotline opened in 2011."
    entry["ngo_action"] = True
    added = evidence_item("New statistics", kind="statistics")
    entry["evidence"] = [dict(kept, title="Kept report (2nd ed.)"), added]
    data1, data2 = partner.sign(r1), partner.sign(r2)
    import_data(store, data2, "r2.cpc.json")
    import_data(store, data1, "r1.cpc.json")

    [assessment] = list_assessments(store, country="THA")
    assert (assessment.current_revision, assessment.revisions) == (2, 2)
    revisions = list_revisions(store, r1["assessment_id"])
    assert [(r.revision, r.current, r.file_name) for r in revisions] == [
        (1, False, "r1.cpc.json"),
        (2, True, "r2.cpc.json"),
    ]
    assert revision_bytes(store, r1["assessment_id"], 1) == data1
    assert revision_bytes(store, r1["assessment_id"], 2) == data2

    changes = {(c.path, c.kind): (c.old, c.new) for c in diff(store, r1["assessment_id"], 1, 2)}
    assert changes[("overall.ranking", "changed")] == ("some_progress", "notable_efforts")
    assert changes[("indicators.helpline.rating", "changed")] == ("red", "yellow")
    assert changes[("indicators.helpline.ngo_action", "changed")] == (False, True)
    assert changes[("indicators.helpline.assessment", "changed")][1] == "A hotline opened in 2011."
    assert changes[(f"indicators.helpline.evidence.{kept['id']}.title", "changed")] == (
        "Kept report",
        "Kept report (2nd ed.)",
    )
    assert (
        changes[(f"indicators.helpline.evidence.{dropped['id']}", "removed")][0]["title"] == "Dropped report"
    )
    assert changes[(f"indicators.helpline.evidence.{added['id']}", "added")][1]["title"] == "New statistics"
    assert len(changes) == 7
    assert diff(store, r1["assessment_id"], 2, 2) == []


def test_unknown_assessment_or_revision(store):
    with pytest.raises(NotFound):
        list_revisions(store, "nope")
    with pytest.raises(NotFound):
        revision_bytes(store, "nope", 1)


def test_cli_revisions(cli, tmp_path):
    partner = Partner.new()
    assert cli("profile", "init", "--org", "Sec", "--role", "secretariat").exit_code == 0
    assert cli("trust", "add", str(partner.write_key_file(tmp_path))).exit_code == 0
    r1 = partner.payload()
    r2 = partner.revise(r1, ratings={"shelters": "green"})
    for number, payload in ((1, r1), (2, r2)):
        path = tmp_path / f"r{number}.cpc.json"
        path.write_bytes(partner.sign(payload))
        assert cli("import", str(path)).exit_code == 0
    assessment_id = r1["assessment_id"]
    [listed] = json.loads(cli("revisions", "assessments", "--json").output)
    assert listed["assessment_id"] == assessment_id
    revisions = json.loads(cli("revisions", "list", assessment_id, "--json").output)
    assert [r["revision"] for r in revisions] == [1, 2]
    shown = cli("revisions", "diff", assessment_id, "1", "2")
    assert "indicators.shelters.rating: yellow -> green" in shown.output
    out = tmp_path / "saved.cpc.json"
    assert cli("revisions", "save", assessment_id, "1", "--out", str(out)).exit_code == 0
    assert out.read_bytes() == (tmp_path / "r1.cpc.json").read_bytes()
    assert cli("revisions", "list", "nope").exit_code == 2
