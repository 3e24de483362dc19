"""Export: revisions, file names, stored bytes, round trips, refusals, and an independent verifier."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from cardentry.bundleformat.verify import verify_bundle, verify_file
from cardentry.partner import export as bundle_export
from cardentry.storage import keys
from cardentry.storage.store import StorageFailure
from partner_helpers import ENV, PASSPHRASE, fill, full_answers, make_partner

pytestmark = pytest.mark.usefixtures("cheap_kdf")


@pytest.fixture
def partner(tmp_path):
    """(store, assessment id of a full valid card, private key)."""
    root = tmp_path / "partner"
    store = make_partner(root, organisation="ECPAT International", email="info@ecpat.example")
    assessment_id = store.new_assessment("THA", "2012")
    fill(store, assessment_id, full_answers())
    yield store, assessment_id, keys.load_profile_key(root).unlock(PASSPHRASE)
    store.close()


def export_rows(store, assessment_id):
    return store.db.execute(
        "SELECT count(*) FROM export WHERE assessment_id = ?", [assessment_id]
    ).fetchone()[0]


def test_revisions_go_1_2_3_with_new_bundle_ids_and_the_file_name_convention(partner, tmp_path):
    store, assessment_id, private_key = partner
    results = [
        bundle_export.export_card(store, assessment_id, private_key, tmp_path / "out") for _ in range(3)
    ]
    assert [r.revision for r in results] == [1, 2, 3]
    assert len({r.bundle_id for r in results}) == 3
    assert [r.path.name for r in results] == [
        f"THA-2012-ecpat-international-r{n}.cpc.json" for n in (1, 2, 3)
    ]
    for result in results:
        verification = verify_file(result.path)
        assert verification.ok, verification.detail
        assert verification.payload.revision == result.revision
        assert verification.payload.bundle_id == result.bundle_id
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        r.path.name for r in results
    ]  # no temp files


def test_the_exact_bytes_are_kept_and_a_past_revision_is_resent_unchanged(partner, tmp_path):
    store, assessment_id, private_key = partner
    first = bundle_export.export_card(store, assessment_id, private_key, tmp_path / "out")
    store.set_field(assessment_id, "overall.summary", "changed after r1")
    bundle_export.export_card(store, assessment_id, private_key, tmp_path / "out")
    records = bundle_export.list_exports(store, assessment_id)
    assert (records[0].revision, records[0].file_name) == (1, first.file_name)
    assert records[0].size == len(first.content)
    assert records[0].exported_at < records[1].exported_at
    again = bundle_export.resave_export(store, assessment_id, 1, tmp_path / "resent")
    assert again.read_bytes() == first.path.read_bytes() == first.content
    with pytest.raises(bundle_export.NotFound):
        bundle_export.resave_export(store, assessment_id, 7, tmp_path / "resent")


def test_an_export_round_trips_every_field_including_non_ascii_line_breaks_and_quotes(partner, tmp_path):
    store, assessment_id, private_key = partner
    result = bundle_export.export_card(store, assessment_id, private_key, tmp_path / "b.cpc.json")
    assert result.path == tmp_path / "b.cpc.json"
    payload = verify_file(result.path).payload.model_dump()
    card = store.load_card(assessment_id)
    assert {k: payload[k] for k in ("overall", "indicators", "calls_to_action")} == card.answers_dict()
    assert payload["assessment_id"] == assessment_id
    assert (payload["country"], payload["cycle"]) == ("THA", "2012")
    assert payload["organisation"] == {"name": "ECPAT International", "email": "info@ecpat.example"}
    assert payload["catalogue"] == {"id": "ecpat-cpc", "version": 1}
    assert payload["app"]["name"] == "cardentry"
    text = result.path.read_text(encoding="utf-8")
    assert "แผนปฏิบัติการ" in text and "国家行动计划" in text and "adopté" in text  # readable, not \\u-escaped


def test_the_file_is_readable_utf8_json_without_a_bom(partner, tmp_path):
    store, assessment_id, private_key = partner
    data = bundle_export.export_card(store, assessment_id, private_key, tmp_path).content
    assert not data.startswith(b"\xef\xbb\xbf")
    assert json.loads(data)["signature"]["alg"] == "ed25519"
    assert len(data) < 5 * 1024 * 1024


def test_unrated_indicators_are_exported_with_a_warning(tmp_path):
    with make_partner(tmp_path / "p") as store:
        assessment_id = store.new_assessment("THA", "2012")
        check = bundle_export.check_export(store, assessment_id)
        assert check.ok and check.next_revision == 1
        assert any("12 of 12 indicators are not rated" in w for w in check.warnings)
        private_key = keys.load_profile_key(tmp_path / "p").unlock(PASSPHRASE)
        result = bundle_export.export_card(store, assessment_id, private_key, tmp_path / "out")
        assert result.warnings == check.warnings
        assert all(entry.rating is None for entry in verify_file(result.path).payload.indicators)


def test_invalid_data_is_refused_with_every_problem_and_nothing_is_written(partner, tmp_path):
    store, assessment_id, private_key = partner
    store.add_evidence(assessment_id, "helpline", {"title": "", "url": "ftp://x", "date": "2011-02-30"})
    check = bundle_export.check_export(store, assessment_id)
    paths = {str(p) for p in check.problems}
    assert any(p.startswith("indicators[8] (helpline).evidence[2].title") for p in paths), paths
    assert any(".url" in p for p in paths) and any(".date" in p for p in paths)
    with pytest.raises(bundle_export.ExportRefused) as refused:
        bundle_export.export_card(store, assessment_id, private_key, tmp_path / "out")
    assert len(refused.value.problems) == len(check.problems) == 3
    assert export_rows(store, assessment_id) == 0
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_a_failed_file_write_records_no_export(partner, tmp_path, monkeypatch):
    store, assessment_id, private_key = partner
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    with pytest.raises(StorageFailure, match="does not exist"):
        bundle_export.export_card(store, assessment_id, private_key, blocked / "sub" / "b.cpc.json")
    assert export_rows(store, assessment_id) == 0

    def crash(path, data, **_):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(bundle_export, "write_atomically", crash)
    with pytest.raises(StorageFailure, match="is full"):
        bundle_export.export_card(store, assessment_id, private_key, tmp_path / "out")
    assert export_rows(store, assessment_id) == 0
    assert bundle_export.check_export(store, assessment_id).next_revision == 1


def test_a_failed_commit_leaves_no_file_the_store_does_not_know(partner, tmp_path, monkeypatch):
    """The row is inserted, the file written, then the commit fails: the file must go."""
    store, assessment_id, private_key = partner
    written = []
    real_write = bundle_export.write_atomically

    def write_then_fail_commit(path, data, **kwargs):
        written.append(real_write(path, data, **kwargs))
        # make the enclosing transaction fail at commit: a deferred foreign key violation
        store.db.execute("PRAGMA defer_foreign_keys = ON")
        store.db.execute("UPDATE export SET assessment_id = 'no such card' WHERE bundle_id IS NOT NULL")
        return written[-1]

    monkeypatch.setattr(bundle_export, "write_atomically", write_then_fail_commit)
    with pytest.raises(Exception, match="FOREIGN KEY"):
        bundle_export.export_card(store, assessment_id, private_key, tmp_path / "out")
    assert written and not written[0].exists()
    assert export_rows(store, assessment_id) == 0


# --- an independent verifier -------------------------------------------------------------------


def independent_verify(data: bytes) -> dict:
    """bundle-format.md done with json, hashlib and cryptography only (no cardentry code).

    For these payloads (no floats; strings whose canonical escapes json.dumps shares)
    RFC 8785 equals sorted-keys compact JSON with ensure_ascii=False; test_vectors checks
    that claim on the reference signed bytes.
    """
    envelope = json.loads(data.decode("utf-8"))
    assert set(envelope) == {"format", "format_version", "payload", "signature"}
    assert envelope["format"] == "cardentry.bundle" and envelope["format_version"] == 1
    signature = envelope["signature"]
    assert signature["alg"] == "ed25519"
    public_key = base64.b64decode(signature["public_key"], validate=True)
    assert len(public_key) == 32
    assert signature["key_id"] == hashlib.sha256(public_key).hexdigest()[:16]
    unsigned = {k: envelope[k] for k in ("format", "format_version", "payload")}
    message = json.dumps(unsigned, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    Ed25519PublicKey.from_public_bytes(public_key).verify(base64.b64decode(signature["value"]), message)
    return envelope["payload"]


def test_an_exported_bundle_verifies_with_an_independent_implementation(partner, tmp_path):
    store, assessment_id, private_key = partner
    result = bundle_export.export_card(store, assessment_id, private_key, tmp_path)
    payload = independent_verify(result.path.read_bytes())
    assert payload == verify_bundle(result.content).payload_dict
    tampered = result.content.replace(b'"revision": 1', b'"revision": 2')
    with pytest.raises(InvalidSignature):
        independent_verify(tampered)


# --- command line ---------------------------------------------------------------------------


@pytest.fixture
def cli_partner(cli, tmp_path):
    assert cli("profile", "init", "--org", "ECPAT International", "--role", "partner", env=ENV).exit_code == 0
    result = cli("assessment", "new", "--country", "THA", "--cycle", "2012", "--json")
    assessment_id = json.loads(result.stdout)["assessment_id"]
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps(full_answers(), ensure_ascii=False), encoding="utf-8")
    assert cli("assessment", "fill", assessment_id, "--from", str(answers)).exit_code == 0
    return cli, assessment_id


def test_cli_export_prints_path_and_bundle_id_and_revisions_increase(cli_partner, tmp_path):
    cli, assessment_id = cli_partner
    out = tmp_path / "outbox"
    for revision in (1, 2, 3):
        result = cli("export", assessment_id, "--out", str(out) + "/", "--json", env=ENV)
        assert result.exit_code == 0, result.output
        printed = json.loads(result.stdout)
        assert printed["revision"] == revision
        assert Path(printed["path"]).name == f"THA-2012-ecpat-international-r{revision}.cpc.json"
        assert verify_file(printed["path"]).payload.bundle_id == printed["bundle_id"]
    listed = json.loads(cli("exports", "list", assessment_id, "--json").stdout)
    assert [r["revision"] for r in listed] == [1, 2, 3]

    plain = cli("export", assessment_id, "--out", str(out), env=ENV)
    path, bundle_id = plain.stdout.split()
    assert path.endswith("-r4.cpc.json") and verify_file(path).payload.bundle_id == bundle_id

    resent = cli("export", assessment_id, "--revision", "2", "--out", str(tmp_path / "again"))
    assert resent.exit_code == 0
    assert Path(resent.stdout.split()[0]).read_bytes() == (out / listed[1]["file_name"]).read_bytes()


def test_cli_a_wrong_passphrase_is_exit_2_and_writes_nothing(cli_partner, tmp_path):
    cli, assessment_id = cli_partner
    out = tmp_path / "outbox"
    result = cli(
        "export", assessment_id, "--out", str(out), env={"CARDENTRY_PASSPHRASE": "not the passphrase"}
    )
    assert result.exit_code == 2
    assert "Wrong passphrase" in result.stderr
    assert not out.exists() or not any(out.iterdir())
    assert json.loads(cli("exports", "list", assessment_id, "--json").stdout) == []


def test_cli_passphrase_file_wins_over_the_environment(cli_partner, tmp_path):
    cli, assessment_id = cli_partner
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    wrong_env = {"CARDENTRY_PASSPHRASE": "not the passphrase"}
    args = ("export", assessment_id, "--out", str(tmp_path / "o"), "--passphrase-file", str(secret))
    assert cli(*args, env=wrong_env).exit_code == 0


def test_cli_invalid_card_is_exit_1_with_problems_before_any_passphrase(cli_partner, tmp_path):
    cli, assessment_id = cli_partner
    bad = tmp_path / "bad.json"
    bad.write_text(
        json.dumps({"indicators": [{"code": "helpline", "evidence": [{"kind": "report", "title": "x"}]}]})
    )
    assert cli("assessment", "fill", assessment_id, "--from", str(bad)).exit_code == 0
    from cardentry.storage.profile import open_store

    with open_store(cli.data_dir) as store:
        evidence_id = store.get_field(assessment_id, "indicators.helpline.evidence_order")[0]
        store.set_field(assessment_id, f"evidence.{evidence_id}.title", "")  # a draft may hold this
    result = cli("export", assessment_id, "--out", str(tmp_path / "o"))  # no passphrase: never asked
    assert result.exit_code == 1
    assert "indicators[8] (helpline).evidence[0].title" in result.stderr
    assert not (tmp_path / "o").exists()


def test_cli_unrated_indicators_warn_on_stderr(cli, tmp_path):
    assert cli("profile", "init", "--org", "X", "--role", "partner", env=ENV).exit_code == 0
    assessment_id = cli("assessment", "new", "--country", "THA", "--cycle", "2012").stdout.strip()
    result = cli("export", assessment_id, "--out", str(tmp_path / "o"), env=ENV)
    assert result.exit_code == 0
    assert "Warning: 12 of 12 indicators are not rated" in result.stderr


def test_cli_verify_prints_the_outcome_and_trust_and_exits_1_on_rejection(cli_partner, tmp_path, vectors_dir):
    cli, assessment_id = cli_partner
    path = json.loads(cli("export", assessment_id, "--out", str(tmp_path), "--json", env=ENV).stdout)["path"]
    shown = json.loads(cli("verify", path, "--json").stdout)
    key_file = keys.load_profile_key(cli.data_dir)
    assert shown["ok"] is True and shown["reason"] is None
    assert (shown["organisation"], shown["country"], shown["cycle"], shown["revision"]) == (
        "ECPAT International",
        "THA",
        "2012",
        1,
    )
    assert shown["key_id"] == key_file.key_id and shown["own_key"] is True
    assert shown["trusted"] is False and shown["key_state"] == "unknown"

    text = cli("verify", path)
    assert text.exit_code == 0 and "valid" in text.stdout and key_file.fingerprint in text.stdout

    rejected = cli("verify", str(vectors_dir / "invalid-tampered-rating.cpc.json"), "--json")
    assert rejected.exit_code == 1
    assert json.loads(rejected.stdout)["reason"] == "bad_signature"


def test_cli_verify_without_a_profile_reports_trusted_null(cli, tmp_path, vectors_dir):
    result = type(cli)(tmp_path / "nothing-here")("verify", str(vectors_dir / "valid-r1.cpc.json"), "--json")
    assert result.exit_code == 0
    shown = json.loads(result.stdout)
    assert shown["ok"] is True and shown["trusted"] is None and shown["key_id"] == "949800fd5caee787"
    assert not (tmp_path / "nothing-here").exists()  # verifying creates no profile


def test_python_m_cardentry_exports_and_verifies_in_a_real_process(tmp_path):
    env = {**os.environ, **ENV, "CARDENTRY_DATA_DIR": str(tmp_path / "p"), "QT_QPA_PLATFORM": "offscreen"}

    def run(*args):
        return subprocess.run(
            [sys.executable, "-m", "cardentry", *args], capture_output=True, text=True, env=env, check=False
        )

    assert run("profile", "init", "--org", "ECPAT Thaïlande", "--role", "partner").returncode == 0
    assessment_id = run("assessment", "new", "--country", "THA", "--cycle", "2012").stdout.strip()
    exported = run("export", assessment_id, "--out", str(tmp_path / "out"), "--json")
    assert exported.returncode == 0, exported.stderr
    path = json.loads(exported.stdout)["path"]
    assert Path(path).name == "THA-2012-ecpat-thailande-r1.cpc.json"
    verified = run("verify", path, "--json")
    assert verified.returncode == 0 and json.loads(verified.stdout)["ok"] is True
    independent_verify(Path(path).read_bytes())
    wrong = subprocess.run(
        [sys.executable, "-m", "cardentry", "export", assessment_id, "--out", str(tmp_path / "out2")],
        capture_output=True,
        text=True,
        env={**env, "CARDENTRY_PASSPHRASE": "wrong passphrase"},
        check=False,
    )
    assert wrong.returncode == 2 and not (tmp_path / "out2").exists()


def test_exporting_an_unknown_card_is_not_found_and_writes_nothing(partner, tmp_path):
    store, _, private_key = partner
    with pytest.raises(bundle_export.NotFound):
        bundle_export.export_card(
            store, "0b9e2c4a-1d2f-4e6a-9c8b-7a6f5e4d3c2b", private_key, tmp_path / "out"
        )
    assert not (tmp_path / "out").exists()
