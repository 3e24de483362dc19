"""Hostile text in a bundle is shown as text by the secretariat's windows: no label renders
a partner's markup as rich text, on any page."""

from __future__ import annotations

from secretariat_helpers import import_inbox, open_window, settle

from bundle_factory import Partner, secretariat, trust, write
from cardentry.ui.common.qt import QLabel, Qt

HOSTILE = '<img src="x" onerror="alert(1)"><b>bold</b>'


def test_partner_markup_is_never_rendered_as_rich_text(qtbot, tmp_path):
    root, inbox = tmp_path / "sec", tmp_path / "inbox"
    evil = Partner.new(f"Org {HOSTILE}")
    with secretariat(root) as store:
        trust(store, evil, "THA")
    write(inbox, "evil.cpc.json", evil.bundle(texts={"helpline": HOSTILE}))
    window = open_window(qtbot, root)
    import_inbox(qtbot, window, [inbox])
    shown = 0
    for page in ("dashboard", "import", "trust", "overview"):
        window.show_page(page)
        settle(qtbot, window)
        shown += _check_labels(window)
    window.open_country("THA", "2012")
    settle(qtbot, window)
    shown += _check_labels(window)
    assert shown > 0, "the hostile organisation name should appear somewhere"


def _check_labels(window) -> int:
    found = 0
    for widget in window.findChildren(QLabel):
        if "<b>bold</b>" in widget.text():
            found += 1
            assert widget.textFormat() == Qt.TextFormat.PlainText, widget.objectName() or widget.text()[:60]
    return found
