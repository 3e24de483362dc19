"""The secretariat import: checks 1-11 in order, the outcomes, quarantine, log, CLI."""

from __future__ import annotations

import json
import shutil
import tracemalloc
import uuid
from pathlib import Path

import pytest

from bundle_factory import Partner, import_data, secretariat, trust, write
from cardentry.secretariat.history import list_revisions
from cardentry.secretariat.importer import REASONS, import_file, import_log, import_paths, list_pending

TABLES = (
    "trusted_key",
    "received_bundle",
    "received_rating",
    "received_assessment",
    "pending_bundle",
    "resolution",
)


@pytest.fixture
def store(tmp_path: Path):
    with secretariat(tmp_path / "sec") as opened:
        yield opened


def counts(store) -> dict[str, int]:
    return {table: store.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in TABLES}


def current_revision(store, assessment_id: str) -> int:
    row = store.db.execute(
        "SELECT current_revision FROM received_assessment WHERE assessment_id = ?", [assessment_id]
    ).fetchone()
    return row[0]


# --- the vectors -------------------------------------------------------------------------


def test_vectors_give_the_expected_outcomes_in_the_expected_order(store, vectors_dir):
    expected = json.loads((vectors_dir / "expected.json").read_text())
    trust(store, Partner.vector(), "THA")
    order = [
        "valid-r1.cpc.json",
        "valid-r2.cpc.json",
        *sorted(name for name in expected["files"] if name.startswith("invalid-")),
    ]
    for name in order:
        result = import_file(store, vectors_dir / name)
        want = expected["files"][name]
        assert (result.status, result.reason) == (want["status"], want.get("reason")), name
    assert import_file(store, vectors_dir / "valid-r1.cpc.json").status == "duplicate"


def test_vector_trust_via_the_shipped_key_file(store, vectors_dir):
    from cardentry.secretariat.actions import trust_key

    trust_key(store, vectors_dir / "partner-key.cpckey.json", "THA")
    assert import_file(store, vectors_dir / "valid-r1.cpc.json").status == "imported"


# --- every reason code -------------------------------------------------------------------


def test_checks_1_to_6_reason_codes(store, tmp_path):
    partner = Partner.new()
    trust(store, partner)
    big = tmp_path / "big.cpc.json"
    with big.open("wb") as handle:
        handle.write(b" " * (5 * 1024 * 1024 + 1))
    assert import_file(store, big).reason == "too_large"
    assert import_data(store, b'{"a": 1.5}').reason == "malformed_json"
    assert import_data(store, b'{"format": "other"}').reason == "unsupported_format"
    signed = json.loads(partner.bundle())
    signed["payload"]["overall"]["summary"] = "changed"
    assert import_data(store, json.dumps(signed).encode()).reason == "bad_signature"
    payload = partner.payload()
    payload["revision"] = 0
    assert import_data(store, partner.sign(payload)).reason == "schema_invalid"
    payload = partner.payload()
    payload["catalogue"]["version"] = 2
    assert import_data(store, partner.sign(payload)).reason == "unknown_catalogue"
    assert counts(store)["received_bundle"] == 0


def test_unreadable_path_is_rejected_not_fatal(store, tmp_path):
    missing = tmp_path / "gone.cpc.json"
    result = import_file(store, missing)
    assert (result.status, result.reason) == ("rejected", "unreadable")


def test_revoked_key(store):
    partner = Partner.new()
    trust(store, partner)
    first = partner.payload()
    assert import_data(store, partner.sign(first)).status == "imported"
    from cardentry.secretariat.trust import revoke_key

    revoke_key(store, partner.key_id)
    later = partner.revise(first)
    assert (import_data(store, partner.sign(later)).reason) == "revoked_key"
    # even a bundle imported before is now refused
    assert import_data(store, partner.sign(first)).reason == "revoked_key"
    # history is kept
    assert [r.revision for r in list_revisions(store, first["assessment_id"])] == [1]


def test_country_not_allowed(store):
    partner = Partner.new()
    trust(store, partner, "THA,KHM")
    result = import_data(store, partner.bundle(country="IND"))
    assert (result.status, result.reason) == ("rejected", "country_not_allowed")
    assert import_data(store, partner.bundle(country="KHM")).status == "imported"


def test_key_mismatch(store):
    a, b = Partner.new("A"), Partner.new("B")
    trust(store, a)
    trust(store, b)
    payload = a.payload()
    assert import_data(store, a.sign(payload)).status == "imported"
    stolen = b.revise(payload)
    stolen["organisation"]["name"] = "B"
    assert import_data(store, b.sign(stolen)).reason == "key_mismatch"


def test_bundle_id_conflict(store):
    partner = Partner.new()
    trust(store, partner)
    payload = partner.payload()
    assert import_data(store, partner.sign(payload)).status == "imported"
    other = json.loads(json.dumps(payload))
    other["overall"]["summary"] = "Another text under the same bundle id."
    assert import_data(store, partner.sign(other)).reason == "bundle_id_conflict"


def test_revision_conflict(store):
    partner = Partner.new()
    trust(store, partner)
    payload = partner.payload()
    assert import_data(store, partner.sign(payload)).status == "imported"
    other = json.loads(json.dumps(payload))
    other["bundle_id"] = str(uuid.uuid4())
    assert import_data(store, partner.sign(other)).reason == "revision_conflict"


def test_checks_run_in_the_documented_order(store):
    """A bundle failing checks 8 and 9 at once reports check 8."""
    a, b = Partner.new("A"), Partner.new("B")
    trust(store, a, "THA")
    trust(store, b, "KHM")
    payload = a.payload()
    import_data(store, a.sign(payload))
    stolen = b.revise(payload)
    assert import_data(store, b.sign(stolen)).reason == "country_not_allowed"


def test_every_reason_code_is_documented():
    assert set(REASONS) >= {
        "too_large", "malformed_json", "unsupported_format", "bad_signature", "schema_invalid",
        "unknown_catalogue", "revoked_key", "country_not_allowed", "key_mismatch",
        "bundle_id_conflict", "revision_conflict",
    }  # fmt: skip


# --- outcomes ----------------------------------------------------------------------------


def test_revisions_out_of_order_keep_the_highest_current(store):
    partner = Partner.new()
    trust(store, partner)
    r1 = partner.payload(ratings={"helpline": "red"})
    r2 = partner.revise(r1, ratings={"helpline": "yellow"})
    r3 = partner.revise(r2, ratings={"helpline": "green"})
    assert import_data(store, partner.sign(r3)).status == "imported"
    assert import_data(store, partner.sign(r1)).status == "superseded"
    assert import_data(store, partner.sign(r2)).status == "superseded"
    assert current_revision(store, r1["assessment_id"]) == 3
    revisions = list_revisions(store, r1["assessment_id"])
    assert [(r.revision, r.current) for r in revisions] == [(1, False), (2, False), (3, True)]


def test_same_bundle_under_another_file_name_is_a_duplicate(store, tmp_path):
    partner = Partner.new()
    trust(store, partner)
    data = partner.bundle()
    first = write(tmp_path / "in", "THA-2012-x-r1.cpc.json", data)
    renamed = write(tmp_path / "fwd", "Fwd- card (2).cpc.json", data)
    assert import_file(store, first).status == "imported"
    assert import_file(store, renamed).status == "duplicate"
    reformatted = json.dumps(json.loads(data)).encode()  # same signed bytes, other layout
    assert import_data(store, reformatted, "compact.cpc.json").status == "duplicate"
    assert counts(store)["received_bundle"] == 1


def test_exact_bytes_are_kept(store):
    from cardentry.secretariat.history import revision_bytes

    partner = Partner.new()
    trust(store, partner)
    payload = partner.payload()
    data = b"\xef\xbb\xbf" + partner.sign(payload)  # with a BOM, as some mailers save it
    assert import_data(store, data).status == "imported"
    assert revision_bytes(store, payload["assessment_id"], 1) == data


def test_pending_then_trusted(store):
    partner = Partner.new()
    result = import_data(store, partner.bundle())
    assert result.status == "pending_trust" and partner.key_id in result.detail.replace("-", "")
    assert counts(store)["received_bundle"] == 0
    assert len(list_pending(store)) == 1
    released = trust(store, partner).released
    assert [r.status for r in released] == ["imported"]
    assert counts(store)["received_bundle"] == 1


# --- atomicity, quarantine, log --------------------------------------------------------------


def test_a_rejected_file_changes_nothing_but_the_log_and_is_quarantined(store, tmp_path):
    partner = Partner.new()
    trust(store, partner)
    payload = partner.payload()
    import_data(store, partner.sign(payload))
    before = counts(store)
    conflicting = json.loads(json.dumps(payload))
    conflicting["bundle_id"] = str(uuid.uuid4())
    path = write(tmp_path / "in", "conflict.cpc.json", partner.sign(conflicting))
    result = import_file(store, path, quarantine_dir=tmp_path / "q")
    assert result.reason == "revision_conflict"
    assert counts(store) == before
    copy = Path(result.quarantined)
    assert copy.read_bytes() == path.read_bytes()
    note = json.loads(Path(f"{copy}.reason.json").read_text())
    assert note["reason"] == "revision_conflict" and note["sha256"] == result.sha256
    entry = import_log(store, limit=1)[0]
    assert (entry.outcome, entry.reason, entry.file_name, entry.sha256) == (
        "rejected",
        "revision_conflict",
        str(path),
        result.sha256,
    )
    assert entry.at and entry.detail


def test_quarantine_names_never_collide(store, tmp_path):
    folder = tmp_path / "in"
    paths = [write(folder / str(n), "same.cpc.json", b"not json") for n in range(3)]
    results = [import_file(store, path, quarantine_dir=tmp_path / "q") for path in paths]
    assert len({r.quarantined for r in results}) == 3
    assert all(Path(r.quarantined).exists() for r in results)


def test_the_log_records_every_attempt(store):
    partner = Partner.new()
    trust(store, partner)
    data = partner.bundle()
    import_data(store, data, "a.cpc.json")
    import_data(store, data, "b.cpc.json")
    import_data(store, b"[", "c.cpc.json")
    assert [(e.file_name, e.outcome) for e in import_log(store)] == [
        ("c.cpc.json", "rejected"),
        ("b.cpc.json", "duplicate"),
        ("a.cpc.json", "imported"),
    ]


# --- folders, memory, the command line ----------------------------------------------------


def mixed_folder(folder: Path, partner: Partner, stranger: Partner, vectors_dir: Path) -> dict[str, tuple]:
    """A folder like a week of e-mail; returns file name -> (status, reason)."""
    r1 = partner.payload()
    r2 = partner.revise(r1, ratings={"helpline": "green"})
    r3 = partner.revise(r2, ratings={"shelters": "red"})
    # names sort in this order, which is the import order
    write(folder, "01-r3.cpc.json", partner.sign(r3))
    write(folder, "02-r1.cpc.json", partner.sign(r1))
    write(folder / "sub", "03-r2.cpc.json", partner.sign(r2))
    write(folder / "sub", "04-r3-forwarded.cpc.json", partner.sign(r3))
    write(folder, "05-stranger.cpc.json", stranger.bundle())
    shutil.copy(vectors_dir / "invalid-tampered-rating.cpc.json", folder / "06-tampered.cpc.json")
    write(folder, "07-broken.cpc.json", b"\x00\x01garbage")
    write(folder, "08-notes.txt", b"not a bundle: skipped")
    return {
        "01-r3.cpc.json": ("imported", None),
        "02-r1.cpc.json": ("superseded", None),
        "03-r2.cpc.json": ("superseded", None),
        "04-r3-forwarded.cpc.json": ("duplicate", None),
        "05-stranger.cpc.json": ("pending_trust", None),
        "06-tampered.cpc.json": ("rejected", "bad_signature"),
        "07-broken.cpc.json": ("rejected", "malformed_json"),
        "08-notes.txt": ("skipped", "not_a_bundle"),  # listed, never silently left out
    }


def test_a_folder_imports_in_one_go(store, tmp_path, vectors_dir):
    partner, stranger = Partner.new(), Partner.new("Stranger")
    trust(store, partner)
    expected = mixed_folder(tmp_path / "mail", partner, stranger, vectors_dir)
    results = list(import_paths(store, [tmp_path / "mail"]))
    assert {Path(r.file).name: (r.status, r.reason) for r in results} == expected


def test_cli_import_json_summary_and_exit_codes(cli, tmp_path, vectors_dir):
    partner, stranger = Partner.new(), Partner.new("Stranger")
    assert cli("profile", "init", "--org", "Sec", "--role", "secretariat").exit_code == 0
    key_file = partner.write_key_file(tmp_path)
    assert cli("trust", "add", str(key_file), "--countries", "THA").exit_code == 0
    expected = mixed_folder(tmp_path / "mail", partner, stranger, vectors_dir)
    result = cli("import", "--json", str(tmp_path / "mail"))
    assert result.exit_code == 1
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert {Path(r["file"]).name: (r["status"], r["reason"]) for r in lines} == expected
    assert set(lines[0]) == {
        "file",
        "status",
        "reason",
        "detail",
        "bundle_id",
        "country",
        "cycle",
        "revision",
        "sealed",  # network-format.md: the rows gain "sealed": true/false
    }
    assert "1 imported" in result.stderr and "bad_signature 1" in result.stderr
    # only good files: exit 0
    good = write(tmp_path / "good", "ok.cpc.json", partner.bundle())
    again = cli("import", str(good))
    assert again.exit_code == 0, again.output
    assert "1 imported" in again.output


def test_cli_import_of_the_vectors(cli, vectors_dir):
    assert cli("profile", "init", "--org", "Sec", "--role", "secretariat").exit_code == 0
    assert (
        cli("trust", "add", str(vectors_dir / "partner-key.cpckey.json"), "--countries", "THA").exit_code == 0
    )
    first = cli(
        "import", "--json", str(vectors_dir / "valid-r1.cpc.json"), str(vectors_dir / "valid-r2.cpc.json")
    )
    assert first.exit_code == 0
    assert [json.loads(line)["status"] for line in first.stdout.splitlines()] == ["imported", "imported"]
    everything = cli("import", str(vectors_dir))
    assert everything.exit_code == 1
    # valid-r1.signed-bytes.json starts like a bundle, so it is read (and refused: no signature)
    assert "6 rejected" in everything.output and "2 duplicate" in everything.output
    assert "3 skipped" in everything.output  # the key file, the private key text, expected.json


def test_memory_stays_bounded_over_many_files(store, tmp_path):
    partner = Partner.new()
    trust(store, partner, None)
    folder = tmp_path / "many"
    template = partner.payload()
    for number in range(300):
        payload = json.loads(json.dumps(template))
        payload["bundle_id"] = str(uuid.uuid4())
        payload["assessment_id"] = str(uuid.uuid4())
        payload["overall"]["summary"] = "x" * 20_000
        write(folder, f"{number:04}.cpc.json", partner.sign(payload))
    total_bytes = sum(path.stat().st_size for path in folder.iterdir())
    import_data(store, partner.bundle(country="KHM", cycle="2009"))  # warm up lazy imports and caches
    tracemalloc.start()
    try:
        outcomes = [result.status for result in import_paths(store, [folder])]
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert outcomes == ["imported"] * 300
    assert peak < total_bytes / 5, (peak, total_bytes)  # never all the files at once


def test_two_imports_at_once_on_one_store_each_import_every_file(tmp_path):
    """While one import waits between two files (the window imports in slices), another
    runs to its end: every file of both is imported, each reported once it is committed."""
    partner = Partner.new("Partner")
    first, second = tmp_path / "first", tmp_path / "second"
    for n in range(3):
        write(
            first, f"a{n}.cpc.json", partner.bundle(assessment_id=f"00000000-0000-4000-8000-00000000000{n}")
        )
        write(
            second, f"b{n}.cpc.json", partner.bundle(assessment_id=f"00000000-0000-4000-8000-00000000001{n}")
        )
    with secretariat(tmp_path / "secretariat") as store:
        trust(store, partner, "THA")
        slow = import_paths(store, [first])
        started = [next(slow)]
        fast = list(import_paths(store, [second]))
        finished = started + list(slow)
        assert [r.status for r in finished + fast] == ["imported"] * 6
        stored = {row[0] for row in store.db.execute("SELECT file_name FROM received_bundle")}
    assert stored == {f"a{n}.cpc.json" for n in range(3)} | {f"b{n}.cpc.json" for n in range(3)}
