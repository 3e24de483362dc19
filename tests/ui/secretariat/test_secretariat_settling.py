"""Issue 19.5: settling as the secretariat does it: tiles that say who rated, the Settle dialog
with the partners' assessments and evidence side by side and a hint while Settle is grey, and
a card with open disagreements saved with a visible DRAFT mark."""

from __future__ import annotations

from pathlib import Path

from secretariat_helpers import settle

from bundle_factory import write
from cardentry.ui.common.qt import QApplication, QDialog, QPoint, Qt
from cardentry.ui.secretariat.common import SaveDialogs
from cardentry.ui.secretariat.country import CountryPage, SettleDialog


def import_india(qtbot, window, tmp_path: Path, network) -> CountryPage:
    stop, sanlaap = network.stop, network.sanlaap
    evidence = {"helpline": [{"id": "0b9e2c4a-1d2f-4e6a-9c8b-7a6f5e4d3c2b", "kind": "report",
                              "title": "Childline annual report", "source": "Childline", "url": None,
                              "date": "2011", "note": ""}]}  # fmt: skip
    write(tmp_path / "in", "stop.cpc.json", stop.bundle(
        country="IND", ratings={"helpline": "green", "shelters": None}, evidence=evidence,
        texts={"helpline": "A free 24-hour line answers in nine languages."},
    ))  # fmt: skip
    write(tmp_path / "in", "sanlaap.cpc.json", sanlaap.bundle(
        country="IND", ratings={"helpline": "red", "shelters": "yellow"},
        texts={"helpline": "The line is not specialised in trafficking."},
    ))  # fmt: skip
    with qtbot.waitSignal(window.importer.import_finished, timeout=30000):
        window.import_paths([str(tmp_path / "in")])
    settle(qtbot, window)
    window.open_country("IND", "2012")
    settle(qtbot, window)
    return window.country


def test_a_tile_rated_by_one_partner_says_who_rated_not_that_partners_agree(
    qtbot, tmp_path, network, sec_window
):
    page = import_india(qtbot, sec_window, tmp_path, network)
    shelters = page.matrix.cells["shelters"].text.text()
    assert "Partners agree" not in shelters
    assert "Only Sanlaap rated" in shelters
    assert "Partners agree" in page.matrix.cells["collaboration"].text.text()  # both said yellow


def test_the_settle_dialog_shows_the_partners_texts_side_by_side_and_says_a_reason_is_needed(
    qtbot, monkeypatch, tmp_path, network, sec_window
):
    page = import_india(qtbot, sec_window, tmp_path, network)
    shown = []

    def exec_(dialog) -> int:  # the person reads, chooses yellow, types why
        shown.append(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        texts = [view.toPlainText() for view in dialog.partner_views]
        assert any("nine languages" in t and "Childline annual report" in t for t in texts)
        assert any("not specialised" in t for t in texts)
        assert not dialog.ok.isEnabled() and dialog.hint.isVisible()
        assert "choose" in dialog.hint.text().lower()
        yellow = dialog.choices["yellow"]
        qtbot.mouseClick(yellow, Qt.MouseButton.LeftButton, pos=QPoint(8, yellow.height() // 2))  # its circle
        assert dialog.value() == "yellow"
        assert not dialog.ok.isEnabled()
        assert "reason" in dialog.hint.text().lower() and "reason" in dialog.ok.toolTip().lower()
        qtbot.keyClicks(dialog.reason, "Called both partners.")
        assert dialog.ok.isEnabled() and not dialog.hint.isVisible()
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(SettleDialog, "exec", exec_)
    qtbot.mouseClick(page.matrix.cells["helpline"].settle, Qt.MouseButton.LeftButton)
    settle(qtbot, sec_window)
    assert shown and shown[0].result() == QDialog.DialogCode.Accepted
    assert page.matrix.cells["helpline"].text.text().startswith("Yellow")


def test_a_card_with_open_disagreements_saves_with_a_draft_mark(qtbot, monkeypatch, tmp_path, loaded_window):
    loaded_window.open_country("IND", "2012")
    settle(qtbot, loaded_window)
    page = loaded_window.country
    saved = {}
    for kind in ("html", "pdf"):
        target = tmp_path / f"india.{kind}"
        monkeypatch.setattr(SaveDialogs, "save_path", classmethod(lambda cls, *args, t=target: t))
        qtbot.mouseClick(page.save_buttons[kind], Qt.MouseButton.LeftButton)
        saved[kind] = target.read_bytes()
    assert b">DRAFT<" in saved["html"] and b"not for publication" in saved["html"]
    assert b"<title>DRAFT: India" in saved["html"]
    title = "DRAFT: India".encode("utf-16-be").hex().upper().encode()
    assert title in saved["pdf"].upper() or b"DRAFT: India" in saved["pdf"]
    QApplication.processEvents()
