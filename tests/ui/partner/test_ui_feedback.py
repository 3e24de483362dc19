"""The partner app reads the secretariat's feedback: a sealed feedback file opened (or
dropped) is imported after the passphrase; the home screen says "Changes requested by
<secretariat>, 2 comments"; the editor shows each comment beside its indicator (plain text,
whatever it holds) and the published rating beside the partner's own; the review page lists
the comments not yet answered. Screenshots go to $CARDENTRY_SCREENSHOTS when it is set."""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from ui_helpers import screenshot, shown_partner_window

from cardentry.bundleformat.feedback import feedback_bytes, new_feedback_id, sign_feedback
from cardentry.storage import keys, network_keys
from cardentry.storage.network_keys import read_network_key_file
from cardentry.storage.profile import open_store
from cardentry.ui.common.qt import Qt

VECTORS = Path(__file__).resolve().parents[2] / "vectors" / "feedback-v1"
SIGNING_SEED = bytes.fromhex("c5233ace4e7f074ba64fd38fb4af3cd3b7f4268753888cc0efe6fc8483f0404d")
PASSPHRASE = "a long passphrase for tests"
HOSTILE = "<b>Not bold</b> & <a href='x'>no link</a>\nsecond line"


def sealed_feedback(partner_dir: Path, folder: Path, **changes) -> tuple[str, Path]:
    """(the card's id, a feedback file sealed to the partner): the card exported as r1, the
    feedback-v1 network key accepted, the feedback signed by its (test) signing key."""
    with open_store(partner_dir) as store:
        (summary,) = store.list_assessments()
        store.db["export"].insert(
            {"bundle_id": "7f3e8a91-2b4c-4d5e-8f60-1a2b3c4d5e6f", "assessment_id": summary.id, "revision": 1,
             "exported_at": "2012-02-01T00:00:00.000000Z", "file_name": "r1.cpc.json", "content": b"{}"}
        )  # fmt: skip
        network_keys.accept_network_key(store, read_network_key_file(VECTORS / "secretariat.cpcnet.json"))
        sealing = keys.load_sealing_key(store)
    payload = {
        "feedback_id": new_feedback_id(),
        "assessment_id": summary.id,
        "revision": 1,
        "country": "THA",
        "cycle": "2012",
        "issued_at": "2012-03-01T12:00:00Z",
        "status": "changes_requested",
        "message": "Thank you. Please look again at two indicators.",
        "indicators": [
            {"code": "helpline", "comment": HOSTILE, "published_rating": None},
            {"code": "shelters", "comment": "Which shelters?", "published_rating": "yellow"},
        ],
        "published_ranking": None,
        **changes,
    }
    envelope = sign_feedback(payload, Ed25519PrivateKey.from_private_bytes(SIGNING_SEED))
    path = folder / "THA-2012-feedback-r1.sealed.cpc.json"
    path.write_bytes(feedback_bytes(envelope, sealing.public_key))
    return summary.id, path


def test_a_sealed_feedback_is_imported_and_shown_beside_the_indicators(
    qtbot, partner_dir, tmp_path, monkeypatch
):
    assessment_id, path = sealed_feedback(partner_dir, tmp_path)
    window = shown_partner_window(qtbot, partner_dir)
    said: list[str] = []
    monkeypatch.setattr(window, "ask_passphrase", lambda: PASSPHRASE)
    monkeypatch.setattr(window, "inform", lambda title, text: said.append(text))
    monkeypatch.setattr(window, "warn", lambda title, text: said.append("WARN " + text))

    window.open_paths([str(path)])  # what "Open with", a double-click and a drop do
    assert said == ["THA-2012-feedback-r1.sealed.cpc.json: imported"]
    tree = window.home.tree
    card = tree.topLevelItem(0).child(0)
    assert card.text(4) == "Changes requested by ECPAT International secretariat, 2 comments"
    screenshot(window, "partner-home-feedback")

    window.open_card(assessment_id)
    editor = window.editor
    editor.show_page("helpline")
    page = editor.indicator_page
    assert page.feedback_box.isVisible()
    assert page.feedback_comment.text() == HOSTILE  # as typed, shown as plain text
    assert page.feedback_comment.textFormat() == Qt.TextFormat.PlainText
    assert "Changes requested by ECPAT International secretariat" in page.feedback_title.text()
    screenshot(window, "partner-editor-feedback")
    editor.show_page("shelters")
    assert page.feedback_comment.text() == "Which shelters?"
    assert page.published_line.text() == (
        "Published rating: Yellow: partial action · yours: Not assessed yet"
    )
    editor.show_page("review")
    review = editor.review_page
    assert review.comments.isVisible() and review.comments.count() == 2
    assert HOSTILE in review.comments.item(0).text()

    editor.show_page("helpline")
    qtbot.keyClick(page, Qt.Key.Key_1)  # rate it green: the comment is answered
    window.session.flush_sync()
    editor._snapshot_changed()
    assert review.comments.count() == 1 and "Which shelters?" in review.comments.item(0).text()
    window.close()


def test_the_same_file_again_or_a_wrong_one_says_so(qtbot, partner_dir, tmp_path, monkeypatch):
    _, path = sealed_feedback(partner_dir, tmp_path)
    window = shown_partner_window(qtbot, partner_dir)
    said: list[str] = []
    monkeypatch.setattr(window, "ask_passphrase", lambda: PASSPHRASE)
    monkeypatch.setattr(window, "inform", lambda title, text: said.append(text))
    monkeypatch.setattr(window, "warn", lambda title, text: said.append("WARN " + text))
    window.open_paths([str(path)])
    window.open_paths([str(path)])
    other = tmp_path / "THA-2012-feedback-r2.cpc.json"
    other.write_bytes((VECTORS / "invalid-not-our-card.cpc.json").read_bytes())
    window.open_paths([str(other)])
    assert said[1:] == [
        "THA-2012-feedback-r1.sealed.cpc.json: already imported",
        "WARN THA-2012-feedback-r2.cpc.json: not imported, it answers a card that is not one of yours",
    ]
    window.close()


def test_a_new_cycle_is_offered_from_what_the_secretariat_published(
    qtbot, partner_dir, tmp_path, monkeypatch
):
    from cardentry.partner import feedback as partner_feedback
    from cardentry.ui.partner.home import NewCardDialog

    published = [{"code": "shelters", "comment": "", "published_rating": "red"}]
    assessment_id, path = sealed_feedback(partner_dir, tmp_path, status="published", indicators=published)
    window = shown_partner_window(qtbot, partner_dir)
    monkeypatch.setattr(window, "ask_passphrase", lambda: PASSPHRASE)
    monkeypatch.setattr(window, "inform", lambda title, text: None)
    window.open_paths([str(path)])
    dialog = NewCardDialog(
        window.store.list_assessments(), ("THA",), assessment_id, window,
        published=partner_feedback.published_cards(window.store),
    )  # fmt: skip
    qtbot.addWidget(dialog)
    assert dialog.start_from.currentText() == "The 2012 card as the secretariat published it"
    assert dialog.from_published() and dialog.values()[2] == assessment_id
    assert "published are copied in" in dialog.start_hint.text()
    dialog.start_from.setCurrentIndex(2)  # the partner's own card, as before
    assert not dialog.from_published() and dialog.values()[2] == assessment_id
    window.close()
