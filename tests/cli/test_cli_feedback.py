"""Issue 16's "done when" through the command line, two profiles on one machine: a partner
exports, the secretariat imports and sends "changes requested" with two indicator comments,
the partner imports it and sees both, revises, exports r2, the secretariat sends "published",
and the partner's next-cycle card starts from the published ratings."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cardentry.storage import keys
from cardentry.storage.profile import open_store
from partner_helpers import ENV, full_answers
from sealed_helpers import Cli

pytestmark = pytest.mark.usefixtures("cheap_kdf")
HOSTILE = "Look again\r\nimported: fake.cpc.json <b>bold</b> & <script>alert(1)</script>"


def _profiles(tmp_path: Path) -> tuple[Cli, Cli, Path]:
    secretariat, partner = Cli(tmp_path / "sec"), Cli(tmp_path / "partner")
    assert (
        secretariat("profile", "init", "--org", "ECPAT secretariat", "--role", "secretariat").exit_code == 0
    )
    assert secretariat("network", "init", env=ENV).exit_code == 0
    network_file = tmp_path / "ecpat.cpcnet.json"
    assert secretariat("network", "export", "--out", str(network_file), env=ENV).exit_code == 0
    assert partner("profile", "init", "--org", "ECPAT Thailand", "--role", "partner", env=ENV).exit_code == 0
    assert partner("network", "accept", str(network_file), input="y\n").exit_code == 0
    return secretariat, partner, network_file


def _write(path: Path, value: object) -> Path:
    path.write_text(json.dumps(value), encoding="utf-8")
    return path


def test_changes_requested_then_published_then_the_next_cycle(tmp_path):
    secretariat, partner, _ = _profiles(tmp_path)
    card = json.loads(partner("assessment", "new", "--country", "THA", "--cycle", "2012", "--json").stdout)
    aid = card["assessment_id"]
    answers = _write(tmp_path / "answers.json", full_answers(evidence_per_indicator=1))
    assert partner("assessment", "fill", aid, "--from", str(answers)).exit_code == 0
    r1 = json.loads(partner("export", aid, "--out", str(tmp_path / "mail"), "--json", env=ENV).stdout)

    key_file = tmp_path / "partner.cpckey.json"
    exported_key = json.loads(partner("key", "export-public", "--out", str(key_file), "--json").stdout)
    document = json.loads(key_file.read_text())
    assert document["format_version"] == 2 and document["sealing"]["key_id"] == exported_key["sealing_key_id"]
    assert secretariat("trust", "add", str(key_file), "--countries", "THA").exit_code == 0
    assert secretariat("import", r1["path"], env=ENV).exit_code == 0

    # the secretariat asks for changes on two indicators
    comments = _write(
        tmp_path / "comments.json",
        {
            "indicators": [
                {
                    "code": "helpline",
                    "comment": "The helpline runs 24 hours since 2011: is green not closer?",
                },
                {"code": "shelters", "comment": HOSTILE},
            ]
        },
    )
    sent = secretariat(
        "feedback", "new", "THA", "--cycle", "2012", "--partner", r1_key(partner), "--status",
        "changes_requested", "--message", "Thank you. Please look again.", "--from", str(comments),
        "--out", str(tmp_path / "to-partner"), "--json", env=ENV,
    )  # fmt: skip
    assert sent.exit_code == 0, sent.output
    sent_row = json.loads(sent.stdout)
    assert (sent_row["sealed"], sent_row["revision"], sent_row["comments"]) == (True, 1, 2)
    feedback_file = Path(sent_row["path"])
    assert feedback_file.name == "THA-2012-feedback-r1.sealed.cpc.json"
    assert b"helpline runs" not in feedback_file.read_bytes()  # sealed: nobody else reads it

    # the partner imports the file
    imported = partner("feedback", "import", str(feedback_file), "--json", env=ENV)
    assert imported.exit_code == 0, imported.output
    assert json.loads(imported.stdout)["status"] == "imported"
    again = partner("feedback", "import", str(feedback_file), "--json", env=ENV)
    assert json.loads(again.stdout)["status"] == "duplicate"
    kept = json.loads(partner("feedback", "list", "--json").stdout)
    assert len(kept) == 1 and kept[0]["current"] and kept[0]["status"] == "changes_requested"
    assert {e["code"]: e["comment"] for e in kept[0]["indicators"]}["shelters"] == HOSTILE
    text = partner("feedback", "list").output
    assert "shelters: Look again\\r\\nimported: fake.cpc.json <b>bold</b>" in text  # plain text,
    assert "\r" not in text and "\nimported: fake" not in text  # never a fake line of output

    with open_store(tmp_path / "partner") as store:
        from cardentry.partner import feedback

        assert feedback.status_line(store, aid) == "Changes requested by ECPAT secretariat, 2 comments"
        assert [c.code for c in feedback.unanswered_comments(store, aid)] == ["helpline", "shelters"]
    # the partner revises and exports r2
    revised = _write(tmp_path / "revised.json", {"indicators": [{"code": "helpline", "rating": "green"}]})
    assert partner("assessment", "fill", aid, "--from", str(revised)).exit_code == 0
    with open_store(tmp_path / "partner") as store:
        assert [c.code for c in feedback.unanswered_comments(store, aid)] == ["shelters"]
    r2 = json.loads(partner("export", aid, "--out", str(tmp_path / "mail"), "--json", env=ENV).stdout)
    assert r2["revision"] == 2
    assert secretariat("import", r2["path"], env=ENV).exit_code == 0

    # the secretariat publishes (one published rating differs from the partner's own)
    override = _write(
        tmp_path / "override.json", {"indicators": [{"code": "shelters", "published_rating": "red"}]}
    )
    published = secretariat(
        "feedback", "new", "THA", "--cycle", "2012", "--partner", r1_key(partner), "--status", "published",
        "--from", str(override), "--out", str(tmp_path / "to-partner"), "--json", env=ENV,
    )  # fmt: skip
    assert published.exit_code == 0, published.output
    assert json.loads(published.stdout)["revision"] == 2
    listed = json.loads(secretariat("feedback", "list", "--json").stdout)
    assert [row["status"] for row in listed] == ["published", "changes_requested"]
    assert partner("feedback", "import", json.loads(published.stdout)["path"], env=ENV).exit_code == 0
    current = [row for row in json.loads(partner("feedback", "list", "--json").stdout) if row["current"]]
    assert current[0]["status"] == "published" and current[0]["revision"] == 2
    published_ratings = {e["code"]: e["published_rating"] for e in current[0]["indicators"]}
    assert len(published_ratings) == 12 and published_ratings["helpline"] == "green"
    assert published_ratings["shelters"] == "red"

    # the next cycle starts from what was published
    nxt = json.loads(
        partner(
            "assessment", "new", "--country", "THA", "--cycle", "2013", "--from-previous", aid, "--json"
        ).stdout
    )
    assert nxt["from_published"] is True
    with open_store(tmp_path / "partner") as store:
        new_card = store.load_card(nxt["assessment_id"])
        own = store.load_card(aid)
    assert new_card.indicator("shelters").rating == "red" != own.indicator("shelters").rating
    assert new_card.indicator("helpline").rating == "green"


def r1_key(partner: Cli) -> str:
    return keys.load_profile_key(partner.data_dir).key_id


def test_feedback_checks_on_the_command_line(tmp_path):
    secretariat, partner, _ = _profiles(tmp_path)
    # no card from that partner: exit 2, nothing written
    result = secretariat(
        "feedback", "new", "THA", "--cycle", "2012", "--partner", "0000000000000000", "--status", "received",
        "--out", str(tmp_path / "out"),
    )  # fmt: skip
    assert result.exit_code == 2 and "no card from key" in result.output
    assert not (tmp_path / "out").exists()
    # a partner command on a secretariat profile, and a damaged file on the partner
    assert secretariat("feedback", "import", str(tmp_path / "none.cpc.json")).exit_code == 2
    damaged = tmp_path / "THA-2012-feedback-r1.cpc.json"
    damaged.write_text("{", encoding="utf-8")
    rejected = partner("feedback", "import", str(damaged), "--json")
    assert rejected.exit_code == 1
    assert json.loads(rejected.stdout)["reason"] == "malformed_json"
    assert json.loads(partner("feedback", "list", "--json").stdout) == []


def test_an_older_partner_profile_gets_its_sealing_key_and_the_secretariat_updates_its_file(tmp_path):
    secretariat, partner, _ = _profiles(tmp_path)
    with open_store(tmp_path / "partner") as store:  # as a profile made before feedback existed
        store.set_setting(keys.SEALING_KEY_SETTING, None)
        key_file = keys.load_profile_key(tmp_path / "partner")
    v1 = tmp_path / "v1.cpckey.json"
    from cardentry.bundleformat.keyfile import public_key_document

    v1.write_text(json.dumps(public_key_document(key_file)), encoding="utf-8")
    assert json.loads(v1.read_text())["format_version"] == 1
    assert secretariat("trust", "add", str(v1), "--countries", "THA").exit_code == 0

    v2 = tmp_path / "v2.cpckey.json"
    made = partner("key", "export-public", "--out", str(v2), env=ENV)
    assert made.exit_code == 0 and "Made your sealing key" in made.output
    assert json.loads(v2.read_text())["format_version"] == 2
    updated = json.loads(secretariat("trust", "update", str(v2), "--json").stdout)
    assert (
        updated["changed"] is True
        and updated["sealing_key_id"] == json.loads(v2.read_text())["sealing"]["key_id"]
    )
    assert updated["countries"] == ["THA"] and updated["state"] == "trusted"
    assert json.loads(secretariat("trust", "update", str(v2), "--json").stdout)["changed"] is False
    # a key never trusted is not "updated" into the trust store
    stranger = Cli(tmp_path / "stranger")
    assert stranger("profile", "init", "--org", "Other", "--role", "partner", env=ENV).exit_code == 0
    other = tmp_path / "other.cpckey.json"
    assert stranger("key", "export-public", "--out", str(other)).exit_code == 0
    refused = secretariat("trust", "update", str(other))
    assert refused.exit_code == 2 and "not in the trust store" in refused.output
