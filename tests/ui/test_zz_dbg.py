from cardentry.ui.qt import Qt


def test_dbg(qtbot, window):
    window.open_card(window.store.list_assessments()[0].id)
    editor = window.editor
    s = window.session
    editor.show_page("prevention_policy")
    page = editor.indicator_page
    qtbot.mouseClick(page.evidence.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.evidence.list.count() == 1)
    qtbot.keyClicks(page.evidence.title, "National")
    s.flush_sync()
    qtbot.waitUntil(lambda: not s._inflight)
    print("A")
    qtbot.keyClicks(page.evidence.date, "2010-06")
    s.flush_sync()
    qtbot.waitUntil(lambda: not s._inflight, timeout=1000)
    print("B")
    page.evidence.kind.setCurrentIndex(page.evidence.kind.findData("policy"))
    s.flush_sync()
    qtbot.waitUntil(lambda: not s._inflight, timeout=1000)
    print("C")
