"""Internal evidence and internal notes stay on the partner's computer: never in any export."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cardentry.bundleformat import sealed
from cardentry.bundleformat.networkkey import parse_network_key
from cardentry.bundleformat.verify import verify_bundle
from cardentry.partner import export as bundle_export
from cardentry.storage import keys, network_keys
from cardentry.storage.store import Store
from partner_helpers import ENV, PASSPHRASE, fast_kdf, fill, full_answers, make_partner
from sealed_helpers import NETWORK_KEY_FILE, Cli, vector_keyring

pytestmark = pytest.mark.usefixtures("cheap_kdf")

CODES = ("helpline", "shelters", "police_units")
_letters = st.text(
    alphabet=st.characters(whitelist_categories=("Lu", "Ll", "Lo", "Nd"), max_codepoint=0x2FFF),
    min_size=6,
    max_size=40,
)


def _forms(text: str) -> list[bytes]:
    """The bytes a text could take in a bundle: raw UTF-8 and JSON-escaped ASCII."""
    return [text.encode("utf-8"), json.dumps(text, ensure_ascii=True)[1:-1].encode("ascii")]


def _exports(store, assessment_id, private_key, folder: Path) -> list[bytes]:
    """Every byte that leaves: a sealed export's file and plaintext, a plain export, the records."""
    sealed_result = bundle_export.export_card(store, assessment_id, private_key, folder / "sealed")
    plain_result = bundle_export.export_card(
        store, assessment_id, private_key, folder / "plain", sealed=False
    )
    sealed_file = sealed_result.path.read_bytes()
    plaintext = sealed.unseal(sealed_file, vector_keyring()).bundle
    assert plaintext == sealed_result.content and verify_bundle(plaintext).ok
    resent = bundle_export.resave_export(store, assessment_id, 1, folder / "again", sealed=False)
    return [
        sealed_file,
        plaintext,
        plain_result.path.read_bytes(),
        sealed_result.content,
        resent.read_bytes(),
    ]


# an operation: (evidence slot or notes slot, action)
_operation = st.tuples(st.integers(0, 5), st.sampled_from(["mark", "unmark", "notes"]))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    titles=st.lists(_letters, min_size=6, max_size=6, unique=True),
    notes=st.lists(_letters, min_size=6, max_size=6, unique=True),
    history=st.lists(_operation, max_size=12),
)
def test_no_byte_of_an_internal_text_reaches_any_export(monkeypatch, titles, notes, history):
    fast_kdf(monkeypatch)
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        store = make_partner(root / "p")
        with store:
            network_keys.accept_network_key(store, parse_network_key(NETWORK_KEY_FILE.read_bytes()))
            assessment_id = store.new_assessment("THA", "2012")
            fill(store, assessment_id, full_answers(evidence_per_indicator=1))
            items = []
            for slot, title in enumerate(titles):
                code = CODES[slot % len(CODES)]
                marker = f"SECRET{slot}x{title}"
                items.append(
                    store.add_evidence(
                        assessment_id,
                        code,
                        {
                            "kind": "interview",
                            "title": marker,
                            "source": f"src-{marker}",
                            "note": f"n-{marker}",
                        },
                    )
                )
            internal = [False] * len(items)
            has_notes = set()
            for slot, action in history:
                if action == "notes":
                    code = CODES[slot % len(CODES)]
                    store.set_field(assessment_id, f"indicators.{code}.internal_notes", f"NOTE{notes[slot]}")
                    has_notes.add(slot)
                else:
                    internal[slot] = action == "mark"
                    store.set_field(assessment_id, f"evidence.{items[slot]}.internal", internal[slot])
            private_key = keys.load_profile_key(root / "p").unlock(PASSPHRASE)
            check = bundle_export.check_export(store, assessment_id)
            outputs = _exports(store, assessment_id, private_key, root)
        notes_left = {CODES[slot % len(CODES)] for slot in has_notes}
        assert (check.internal_evidence, check.internal_notes) == (sum(internal), len(notes_left))
        for slot, title in enumerate(titles):
            marker = f"SECRET{slot}x{title}"
            for number, data in enumerate(outputs):
                present = any(form in data for form in _forms(marker))
                if internal[slot] or number == 0:  # the sealed file shows nothing at all
                    assert not present, (slot, number)
                else:  # and what is not internal does go out
                    assert present, (slot, number)
        for slot in has_notes:
            for data in outputs:
                assert not any(form in data for form in _forms(f"NOTE{notes[slot]}")), slot


def test_the_answers_file_and_json_listings_carry_internal_items_but_export_leaves_them(tmp_path):
    cli = Cli(tmp_path / "p")
    assert cli("profile", "init", "--org", "ECPAT Thailand", "--role", "partner", env=ENV).exit_code == 0
    card = json.loads(cli("assessment", "new", "--country", "THA", "--cycle", "2012", "--json").stdout)
    answers = full_answers(evidence_per_indicator=1)
    answers["indicators"][0]["internal_notes"] = "Our contact at the ministry: Somchai, 081-555"
    answers["indicators"][0]["evidence"].append(
        {"kind": "interview", "title": "Survivor interview (name withheld)", "internal": True,
         "note": "Met at the shelter in Pattaya"}
    )  # fmt: skip
    (tmp_path / "answers.json").write_text(json.dumps(answers), encoding="utf-8")
    filled = cli("assessment", "fill", card["assessment_id"], "--from", str(tmp_path / "answers.json"))
    assert filled.exit_code == 0, filled.output
    shown = json.loads(cli("assessment", "show", card["assessment_id"], "--json").stdout)
    first = shown["indicators"][0]
    assert first["internal_notes"] == "Our contact at the ministry: Somchai, 081-555"
    assert [item.get("internal", False) for item in first["evidence"]] == [False, True]
    listed = json.loads(cli("assessment", "list", "--json").stdout)[0]
    assert listed["indicators"][0]["evidence"][1]["internal"] is True
    exported = cli("export", card["assessment_id"], "--out", str(tmp_path / "out"), "--json", env=ENV)
    row = json.loads(exported.stdout)
    assert row["sealed"] is False and row["internal_left_out"] == {"evidence": 1, "notes": 1}
    data = Path(row["path"]).read_bytes()
    for secret in ("Somchai", "Survivor interview", "Pattaya"):
        assert secret.encode() not in data
    assert verify_bundle(data).ok
    text = cli("export", card["assessment_id"], "--out", str(tmp_path / "out"), env=ENV)
    assert "Stayed on this computer (internal, never exported): 1 evidence item(s)" in text.stderr


def test_internal_marks_survive_undo_and_reopening(tmp_path):
    with make_partner(tmp_path / "p") as store:
        assessment_id = store.new_assessment("THA", "2012")
        evidence_id = store.add_evidence(assessment_id, "helpline", {"title": "Source"})
        store.set_field(assessment_id, f"evidence.{evidence_id}.internal", True)
        assert store.load_card(assessment_id).is_internal(evidence_id)
        store.undo(assessment_id)
        assert not store.load_card(assessment_id).is_internal(evidence_id)
        store.redo(assessment_id)
    with Store.open(tmp_path / "p" / "cardentry.sqlite3") as store:
        assert store.load_card(assessment_id).is_internal(evidence_id)
        assert store.get_field(assessment_id, f"evidence.{evidence_id}.internal") is True
