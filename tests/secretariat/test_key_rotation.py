"""Key rotation: a partner's new key, signed by its old key, is accepted for the same partner.

Partner side (``cardentry key rotate``), the statement's strict reading, the secretariat's
acceptance (``actions.accept_rotation`` / ``cardentry trust rotate``), check 9 across a
rotation chain, and the merge counting a rotated partner once.
"""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bundle_factory import Partner, import_data, secretariat, trust
from cardentry.bundleformat import keyfile
from cardentry.bundleformat import rotation as statements
from cardentry.secretariat.actions import accept_rotation
from cardentry.secretariat.history import list_revisions
from cardentry.secretariat.merge import merged_card, resolve
from cardentry.secretariat.trust import (
    RotationRefused,
    chain_root,
    get_key,
    list_keys,
    predecessor,
    revoke_key,
)
from cardentry.storage import keys
from cardentry.storage.profile import ProfilePaths, open_store
from partner_helpers import ENV, PASSPHRASE, fill, full_answers, make_partner
from suite import Cli

ROTATED_AT = "2012-03-01T10:00:00Z"


pytestmark = pytest.mark.usefixtures("cheap_kdf")


@pytest.fixture
def store(tmp_path: Path):
    with secretariat(tmp_path / "sec") as opened:
        yield opened


def key_info(partner: Partner) -> keyfile.PublicKeyInfo:
    return keyfile.parse_public_key_file(json.dumps(partner.key_file()).encode())


def statement(old: Partner, new: Partner) -> dict:
    return statements.make_statement(old.private_key, new.private_key, key_info(new), rotated_at=ROTATED_AT)


def encoded(old: Partner, new: Partner) -> bytes:
    return statements.encode_statement(statement(old, new))


def rotation_state(store) -> tuple:
    """Everything a refused rotation must leave as it was."""
    return (
        store.db.execute("SELECT * FROM trusted_key ORDER BY key_id").fetchall(),
        store.db.execute("SELECT * FROM key_rotation").fetchall(),
        store.db.execute("SELECT count(*) FROM pending_bundle").fetchone(),
        store.db.execute("SELECT * FROM received_assessment").fetchall(),
    )


def current(store, assessment_id: str) -> tuple[str, int]:
    return store.db.execute(
        "SELECT key_id, current_revision FROM received_assessment WHERE assessment_id = ?", [assessment_id]
    ).fetchone()


# --- the whole story on the command line ---------------------------------------------------


def test_a_partner_rotates_and_the_secretariat_follows_on_the_command_line(tmp_path):
    partner_root, sec_root, mail = tmp_path / "partner", tmp_path / "sec", tmp_path / "mail"
    with make_partner(partner_root, organisation="ECPAT International") as partner_store:
        assessment_id = partner_store.new_assessment("THA", "2012")
        fill(partner_store, assessment_id, full_answers())
    partner, sec = Cli(partner_root), Cli(sec_root)
    old_key = keys.load_profile_key(partner_root)
    (mail / "old").mkdir(parents=True, exist_ok=True)
    assert partner("key", "export-public", "--out", str(mail / "old")).exit_code == 0
    r1 = json.loads(partner("export", assessment_id, "--out", str(mail / "r1"), "--json", env=ENV).stdout)
    assert sec("profile", "init", "--org", "Secretariat", "--role", "secretariat").exit_code == 0
    old_key_file = next((mail / "old").glob("*.cpckey.json"))
    assert sec("trust", "add", str(old_key_file), "--countries", "THA").exit_code == 0
    assert sec("import", r1["path"]).exit_code == 0

    rotated = partner("key", "rotate", "--out", str(mail / "rotation"), "--json", env=ENV)
    assert rotated.exit_code == 0, rotated.output
    info = json.loads(rotated.stdout)
    new_key = keys.load_profile_key(partner_root)
    assert info["old_key_id"] == old_key.key_id != new_key.key_id == info["key_id"]
    assert Path(info["statement"]).name == f"ecpat-international-{new_key.key_id}.cpcrotate.json"
    assert keyfile.parse_public_key_file(Path(info["public_key_file"]).read_bytes()).key_id == new_key.key_id
    # the old key is kept, encrypted, and still opens with the passphrase
    retired = ProfilePaths(partner_root).keys / f"retired-{old_key.key_id}.json"
    assert Path(info["retired"]) == retired and keys.read_key_file(retired) == old_key
    seed = keys._seed_of(old_key.unlock(PASSPHRASE))
    for spelling in (seed, seed.hex().encode(), base64.b64encode(seed)):
        assert spelling not in retired.read_bytes()
    new_key.unlock(PASSPHRASE)  # same passphrase by default
    # the app reminds to back up the new key
    with open_store(partner_root) as partner_store:
        assert partner_store.get_setting("key_backed_up_at") is None

    r2 = json.loads(partner("export", assessment_id, "--out", str(mail / "r2"), "--json", env=ENV).stdout)
    assert (r2["revision"], r2["key_id"], r2["assessment_id"]) == (2, new_key.key_id, assessment_id)
    held = json.loads(sec("import", r2["path"], "--json").stdout)
    assert held["status"] == "pending_trust"

    accepted = sec("trust", "rotate", info["statement"], "--json")
    assert accepted.exit_code == 0, accepted.output
    result = json.loads(accepted.stdout)
    assert (result["key_id"], result["succeeds"], result["countries"]) == (
        new_key.key_id,
        old_key.key_id,
        ["THA"],
    )
    assert [(r["status"], r["revision"]) for r in result["released"]] == [("imported", 2)]
    again = sec("trust", "rotate", info["statement"])
    assert again.exit_code == 0 and "accepted before" in again.output

    with open_store(sec_root) as store:
        assert current(store, assessment_id) == (new_key.key_id, 2)
        assert sorted(r.revision for r in list_revisions(store, assessment_id)) == [1, 2]
        assert store.db.execute(
            "SELECT revision, key_id FROM received_bundle WHERE assessment_id = ? ORDER BY revision",
            [assessment_id],
        ).fetchall() == [(1, old_key.key_id), (2, new_key.key_id)]
        card = merged_card(store, "THA", "2012")
        assert len(card.contributions) == 1 and card.resolved
        assert get_key(store, old_key.key_id).state == "trusted"


def test_key_rotate_wrong_passphrase_is_exit_2_and_changes_nothing(tmp_path):
    root = tmp_path / "partner"
    make_partner(root).close()
    cli = Cli(root)
    before = keys.load_profile_key(root)
    result = cli(
        "key", "rotate", "--out", str(tmp_path / "out"), env={"CARDENTRY_PASSPHRASE": "wrong passphrase!"}
    )
    assert result.exit_code == 2 and "Wrong passphrase" in result.output
    assert keys.load_profile_key(root) == before
    assert sorted(p.name for p in ProfilePaths(root).keys.iterdir()) == ["signing-key.json"]
    assert not (tmp_path / "out").exists()


def test_key_rotate_with_a_new_passphrase_file(tmp_path):
    root = tmp_path / "partner"
    make_partner(root).close()
    new_file = tmp_path / "new.txt"
    new_file.write_text("another good passphrase\n", encoding="utf-8")
    result = Cli(root)(
        "key", "rotate", "--out", str(tmp_path / "out"), "--new-passphrase-file", str(new_file), env=ENV
    )
    assert result.exit_code == 0, result.output
    new_key = keys.load_profile_key(root)
    new_key.unlock("another good passphrase")
    with pytest.raises(keys.WrongPassphrase):
        new_key.unlock(PASSPHRASE)
    short = tmp_path / "short.txt"
    short.write_text("short", encoding="utf-8")
    refused = Cli(root)(
        "key",
        "rotate",
        "--out",
        str(tmp_path / "out2"),
        "--new-passphrase-file",
        str(short),
        env={"CARDENTRY_PASSPHRASE": "another good passphrase"},
    )
    assert refused.exit_code == 2 and keys.load_profile_key(root) == new_key


def test_key_rotate_and_trust_rotate_belong_to_their_roles(tmp_path):
    sec = Cli(tmp_path / "sec")
    assert sec("profile", "init", "--org", "Secretariat", "--role", "secretariat").exit_code == 0
    assert sec("key", "rotate", "--out", str(tmp_path / "out"), env=ENV).exit_code == 2
    partner_root = tmp_path / "partner"
    make_partner(partner_root).close()
    path = tmp_path / "x.cpcrotate.json"
    path.write_bytes(encoded(Partner.new(), Partner.new()))
    assert Cli(partner_root)("trust", "rotate", str(path)).exit_code == 2
    assert sec("trust", "rotate", str(tmp_path / "missing.cpcrotate.json")).exit_code == 2


def test_trust_rotate_refused_statement_is_exit_1(tmp_path):
    sec = Cli(tmp_path / "sec")
    assert sec("profile", "init", "--org", "Secretariat", "--role", "secretariat").exit_code == 0
    path = tmp_path / "x.cpcrotate.json"
    path.write_bytes(encoded(Partner.new(), Partner.new()))  # old key unknown here
    result = sec("trust", "rotate", str(path))
    assert result.exit_code == 1 and "trust add" in result.output
    path.write_bytes(b"{not json")
    assert sec("trust", "rotate", str(path)).exit_code == 1


# --- accepting a rotation ------------------------------------------------------------------


def test_pending_bundles_of_the_new_key_are_released_and_revisions_continue(store):
    old, new = Partner.new("ECPAT Test"), Partner.new("ECPAT Test")
    trust(store, old, "THA,KHM")
    r1 = old.payload()
    assert import_data(store, old.sign(r1)).status == "imported"
    r2 = old.revise(r1, ratings={"helpline": "green"})
    assert import_data(store, new.sign(r2)).status == "pending_trust"
    result = accept_rotation(store, encoded(old, new))
    assert result.created and result.accepted
    assert result.key.countries == ("KHM", "THA") and result.key.organisation == "ECPAT Test"
    assert [(r.status, r.revision) for r in result.released] == [("imported", 2)]
    assert current(store, r1["assessment_id"]) == (new.key_id, 2)
    assert predecessor(store, new.key_id) == old.key_id and chain_root(store, new.key_id) == old.key_id
    # a late e-mail of r1 is a duplicate; the old key still signs (same chain): r3 is current
    assert import_data(store, old.sign(r1)).status == "duplicate"
    r3 = old.revise(r2)
    assert import_data(store, old.sign(r3)).status == "imported"
    assert current(store, r1["assessment_id"]) == (old.key_id, 3)
    # revision order and conflicts are unchanged across the rotation
    assert import_data(store, new.sign(old.revise(r1))).reason == "revision_conflict"
    assert import_data(store, new.sign(r2)).status == "duplicate"


def test_without_the_rotation_the_new_key_is_held_then_key_mismatch_once_trusted_by_hand(store):
    old, new = Partner.new(), Partner.new()
    trust(store, old)
    r1 = old.payload()
    import_data(store, old.sign(r1))
    trust(store, new)  # trusted by hand, no rotation: another partner as far as check 9 knows
    assert import_data(store, new.sign(old.revise(r1))).reason == "key_mismatch"
    accept_rotation(store, encoded(old, new))  # an already trusted new key is linked
    assert import_data(store, new.sign(old.revise(r1))).status == "imported"


def test_rotations_chain_transitively(store):
    a, b, c = Partner.new(), Partner.new(), Partner.new()
    trust(store, a)
    r1 = a.payload()
    import_data(store, a.sign(r1))
    accept_rotation(store, encoded(a, b))
    accept_rotation(store, encoded(b, c))
    assert chain_root(store, c.key_id) == a.key_id
    assert import_data(store, c.sign(a.revise(r1))).status == "imported"
    assert current(store, r1["assessment_id"]) == (c.key_id, 2)
    with pytest.raises(RotationRefused, match="comes before"):
        accept_rotation(store, encoded(c, a))
    d = Partner.new()
    accept_rotation(store, encoded(a, d))  # a second successor of the same key: same chain
    with pytest.raises(RotationRefused, match="already succeeds"):
        accept_rotation(store, encoded(c, d))


def test_a_key_of_another_chain_is_still_key_mismatch(store):
    old, new, other, other_new = (Partner.new(name) for name in ("A", "A", "B", "B"))
    for partner in (old, other):
        trust(store, partner)
    r1 = old.payload()
    import_data(store, old.sign(r1))
    accept_rotation(store, encoded(old, new))
    accept_rotation(store, encoded(other, other_new))
    for intruder in (other, other_new):
        stolen = old.revise(r1)
        stolen["organisation"]["name"] = intruder.organisation
        assert import_data(store, intruder.sign(stolen)).reason == "key_mismatch"
    assert current(store, r1["assessment_id"]) == (old.key_id, 1)


def tampered_new_key(old: Partner, new: Partner) -> bytes:
    document = statement(old, new)
    document["new_key"]["organisation"]["name"] = "Someone Else"
    return statements.encode_statement(document)


def bad_signature(which: str):
    def make(old: Partner, new: Partner) -> bytes:
        document = statement(old, new)
        other = Partner.new()
        document["signatures"][which] = base64.b64encode(other.private_key.sign(b"x")).decode()
        return statements.encode_statement(document)

    return make


def swapped_new_key(old: Partner, new: Partner) -> bytes:
    """Signed by the old key, but the new key is someone else's (no proof of possession)."""
    intruder = Partner.new()
    document = statement(old, new)
    document["new_key"] = intruder.key_file()
    to_sign = statements.signed_bytes(document)
    document["signatures"] = {
        "old": base64.b64encode(old.private_key.sign(to_sign)).decode(),
        "new": base64.b64encode(new.private_key.sign(to_sign)).decode(),
    }
    return statements.encode_statement(document)


def with_member(old: Partner, new: Partner) -> bytes:
    return statements.encode_statement({**statement(old, new), "extra": 1})


def non_canonical_base64(old: Partner, new: Partner) -> bytes:
    document = statement(old, new)
    document["old_public_key"] = document["old_public_key"].rstrip("=")
    return statements.encode_statement(document)


@pytest.mark.parametrize(
    "make, message",
    [
        (bad_signature("old"), "old key's signature"),
        (bad_signature("new"), "new key's signature"),
        (tampered_new_key, "signature does not match"),
        (swapped_new_key, "new key's signature"),
        (with_member, "exactly the members"),
        (non_canonical_base64, "base64"),
        (lambda old, new: b'{"format": "cardentry.key-rotation", "format": 1}', "not valid JSON"),
        (lambda old, new: b" " * (statements.MAX_STATEMENT_BYTES + 1), "bytes"),
        (lambda old, new: json.dumps(old.key_file()).encode(), "format must be"),
    ],
)
def test_a_refused_statement_changes_nothing(store, make, message):
    old, new = Partner.new(), Partner.new()
    trust(store, old)
    r1 = old.payload()
    import_data(store, old.sign(r1))
    import_data(store, new.sign(old.revise(r1)))  # held for the new key
    before = rotation_state(store)
    with pytest.raises(RotationRefused, match=message):
        accept_rotation(store, make(old, new))
    assert rotation_state(store) == before


def test_an_unknown_or_revoked_old_key_or_a_revoked_new_key_is_refused(store):
    old, new = Partner.new(), Partner.new()
    before = rotation_state(store)
    with pytest.raises(RotationRefused, match=r"not in the trust store.*trust add"):
        accept_rotation(store, encoded(old, new))
    assert rotation_state(store) == before
    trust(store, old)
    revoke_key(store, old.key_id)
    before = rotation_state(store)
    with pytest.raises(RotationRefused, match="revoked"):
        accept_rotation(store, encoded(old, new))
    assert rotation_state(store) == before
    other, revoked_new = Partner.new(), Partner.new()
    trust(store, other)
    trust(store, revoked_new)
    revoke_key(store, revoked_new.key_id)
    before = rotation_state(store)
    with pytest.raises(RotationRefused, match="revoked"):
        accept_rotation(store, encoded(other, revoked_new))
    assert rotation_state(store) == before
    assert [k.state for k in list_keys(store) if k.key_id == revoked_new.key_id] == ["revoked"]


_OLD, _NEW = Partner.new("Fuzz"), Partner.new("Fuzz")
_STATEMENT = encoded(_OLD, _NEW)
_SIGNED = statements.read_statement(_STATEMENT).signed_bytes


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    position=st.integers(0, len(_STATEMENT) - 1),
    replacement=st.integers(0, 255),
    cut=st.booleans(),
)
def test_a_mutated_statement_is_refused_or_says_exactly_the_same(position, replacement, cut):
    data = _STATEMENT[:position] + (b"" if cut else bytes([replacement]) + _STATEMENT[position + 1 :])
    try:
        parsed = statements.read_statement(data)
    except statements.RotationRefused:
        return
    assert parsed.signed_bytes == _SIGNED  # only white space outside strings may change


def test_the_statement_file_round_trips_and_keeps_its_exact_bytes(store, tmp_path):
    old, new = Partner.new(), Partner.new()
    trust(store, old)
    data = encoded(old, new)
    path = tmp_path / "x.cpcrotate.json"
    path.write_bytes(data)
    parsed = statements.read_statement_file(path)
    assert (parsed.old_key_id, parsed.new_key_id, parsed.rotated_at) == (old.key_id, new.key_id, ROTATED_AT)
    accept_rotation(store, path)
    assert store.db.execute("SELECT statement FROM key_rotation").fetchone()[0] == data


# --- merging -------------------------------------------------------------------------------


def test_a_rotated_partner_is_one_partner_and_keeps_the_decisions(store):
    old, new, other = Partner.new("STOP India"), Partner.new("STOP India"), Partner.new("Sanlaap")
    trust(store, old, "IND")
    trust(store, other, "IND")
    mine = old.payload("IND", ratings={"helpline": "green"})
    import_data(store, old.sign(mine))
    import_data(store, other.sign(other.payload("IND", ratings={"helpline": "red"})))
    resolve(store, "IND", "2012", indicator="helpline", rating="green", reason="Phoned both.")
    accept_rotation(store, encoded(old, new))
    # a text-only revision under the new key keeps the decision: the partner is the same
    import_data(store, new.sign(old.revise(mine)))
    card = merged_card(store, "IND", "2012")
    assert len(card.contributions) == 2
    assert card.indicator("helpline").rating.status == "resolved"
    assert set(card.indicator("helpline").rating.given) == {old.key_id, other.key_id}
    # a second assessment for the same card under the new key replaces, never joins, the first
    later = new.payload("IND", ratings={"helpline": "green"})
    later["exported_at"] = "2012-06-01T10:00:00Z"
    assert import_data(store, new.sign(later)).status == "imported"
    card = merged_card(store, "IND", "2012")
    assert sorted(c.organisation for c in card.contributions) == ["STOP India", "Sanlaap"]
    assert (
        next(c for c in card.contributions if c.organisation == "STOP India").assessment_id
        == (later["assessment_id"])
    )
    assert card.indicator("helpline").rating.status == "resolved"


def test_a_rotated_partner_alone_never_disagrees_with_itself(store):
    old, new = Partner.new(), Partner.new()
    trust(store, old)
    first = old.payload(ratings={"helpline": "green"})
    import_data(store, old.sign(first))
    accept_rotation(store, encoded(old, new))
    second = new.payload(ratings={"helpline": "red"})  # another assessment, same card, new key
    second["exported_at"] = "2012-06-01T10:00:00Z"
    import_data(store, new.sign(second))
    card = merged_card(store, "THA", "2012")
    assert card.resolved and len(card.contributions) == 1
    assert card.indicator("helpline").rating.value == "red"


def test_trust_list_shows_succession_and_revoking_the_old_key_names_its_successor(tmp_path):
    sec = Cli(tmp_path / "sec")
    assert sec("profile", "init", "--org", "Secretariat", "--role", "secretariat").exit_code == 0
    old, new = Partner.new(), Partner.new()
    assert sec("trust", "add", str(old.write_key_file(tmp_path))).exit_code == 0
    path = tmp_path / "x.cpcrotate.json"
    path.write_bytes(encoded(old, new))
    assert sec("trust", "rotate", str(path)).exit_code == 0
    listed = sec("trust", "list").output
    assert f"(succeeds {keys.format_fingerprint(old.key_id)})" in listed
    revoked = sec("trust", "revoke", old.key_id)
    assert revoked.exit_code == 0
    assert f"Key {keys.format_fingerprint(new.key_id)} succeeds it" in revoked.output
    with open_store(tmp_path / "sec") as store:
        assert get_key(store, new.key_id).state == "trusted"
