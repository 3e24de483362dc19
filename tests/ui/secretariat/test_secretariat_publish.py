"""File > Publish report…: the PDF book and the site from the secretariat's window, made on the
worker thread with a progress bar, then "Open folder"."""

from __future__ import annotations

import shutil
import subprocess
import threading
from pathlib import Path

import pytest
from secretariat_helpers import open_window, settle

from bundle_factory import COUNTRIES_2012, Partner, import_data, ranking_2012, secretariat, trust
from cardentry.ui.common.qt import QApplication, Qt
from cardentry.ui.secretariat import publish as publish_module
from cardentry.ui.secretariat.publish import PublishDialog


@pytest.fixture
def report_root(tmp_path: Path) -> Path:
    """The 42 countries of 2012 and a 2009 baseline; Nepal's partners disagree."""
    root = tmp_path / "sec"
    with secretariat(root) as store:
        network = Partner.new("Network partner")
        trust(store, network, None)
        for index, country in enumerate(COUNTRIES_2012):
            ratings = {"helpline": ("green", "yellow", "red")[index % 3]}
            card = network.bundle(country=country, ratings=ratings, ranking=ranking_2012(country))
            import_data(store, card)
            import_data(store, network.bundle(country=country, cycle="2009", default_rating="red"))
        a, b = Partner.new("Nepal A"), Partner.new("Nepal B")
        trust(store, a, "NPL")
        trust(store, b, "NPL")
        import_data(store, a.bundle(country="NPL", ratings={"helpline": "green"}))
        import_data(store, b.bundle(country="NPL", ratings={"helpline": "red"}))
    return root


def _file_menu_texts(window) -> list[str]:
    file_menu = window.menuBar().actions()[0].menu()
    return [action.text() for action in file_menu.actions()]


def _open_dialog(qtbot, window) -> PublishDialog:
    assert "&Publish report…" in _file_menu_texts(window)
    window.publish_action.trigger()
    dialog = window.publish_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.publish_button.isEnabled(), timeout=10000)
    return dialog


def _type_folder(qtbot, dialog: PublishDialog, folder: Path) -> None:
    dialog.folder.selectAll()
    qtbot.keyClick(dialog.folder, Qt.Key.Key_Delete)
    qtbot.keyClicks(dialog.folder, str(folder))


def test_publish_the_pdf_book_in_french_off_the_ui_thread(qtbot, report_root, tmp_path, monkeypatch):
    threads, steps = [], []
    original = publish_module.publish

    def recorded(store, request, progress):
        threads.append(threading.current_thread())

        def report(done: int, total: int) -> None:
            steps.append((done, total))
            progress(done, total)

        return original(store, request, report)

    monkeypatch.setattr(publish_module, "publish", recorded)
    shown = []
    show = classmethod(lambda cls, folder: shown.append(folder) or True)
    monkeypatch.setattr(PublishDialog, "show_folder", show)
    window = open_window(qtbot, report_root)
    dialog = _open_dialog(qtbot, window)
    assert dialog.cycle.currentData() == "2012" and dialog.baseline.currentData() == "2009"
    assert not dialog.open_button.isVisible()
    out = tmp_path / "published"
    out.mkdir()
    _type_folder(qtbot, dialog, out)
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    dialog.paper.setCurrentIndex(dialog.paper.findData("letter"))
    with qtbot.waitSignal(dialog.published, timeout=60000) as signal:
        qtbot.mouseClick(dialog.publish_button, Qt.MouseButton.LeftButton)
        assert dialog.running and not dialog.publish_button.isEnabled()
    pdf = out / "report-2012-fr.pdf"
    assert signal.args == [pdf] and pdf.read_bytes().startswith(b"%PDF")
    assert threads and threads[0] is not threading.main_thread()  # made on the worker
    assert steps[-1] == (42, 42) and len(steps) == 42  # one step per country card read
    assert dialog.progress.value() == dialog.progress.maximum()
    assert str(pdf) in dialog.status.text() and dialog.open_button.isVisible()
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert shown == [out]
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
        assert "Fiches de progrès par pays 2012" in text and "Thaïlande" in text
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
        assert "612 x 792 pts (letter)" in info
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    window.close()


def test_publish_the_site_from_the_overview_button(qtbot, report_root, tmp_path):
    window = open_window(qtbot, report_root)
    window.show_page("overview")
    settle(qtbot, window)
    page = window.overview
    page.baseline.setCurrentIndex(page.baseline.findData(""))  # no baseline on the overview
    settle(qtbot, window)
    qtbot.mouseClick(page.publish_button, Qt.MouseButton.LeftButton)
    dialog = window.publish_dialog
    qtbot.waitUntil(lambda: dialog.publish_button.isEnabled(), timeout=10000)
    assert dialog.cycle.currentData() == "2012" and dialog.baseline.currentData() == ""
    dialog.format.setCurrentIndex(dialog.format.findData("html"))
    assert not dialog.paper.isEnabled()
    # a folder that does not exist: said, nothing written
    _type_folder(qtbot, dialog, tmp_path / "missing")
    qtbot.mouseClick(dialog.publish_button, Qt.MouseButton.LeftButton)
    assert "Choose an existing folder" in dialog.status.text() and not dialog.running
    assert not (tmp_path / "missing").exists()
    _type_folder(qtbot, dialog, tmp_path)
    with qtbot.waitSignal(dialog.published, timeout=60000):
        qtbot.keyClick(dialog.publish_button, Qt.Key.Key_Space)
    index = tmp_path / "report-2012-en" / "index.html"
    assert window.publish_dialog.result_path == index
    assert sorted(p.stem for p in (index.parent / "countries").iterdir()) == COUNTRIES_2012
    assert "Nepal" in index.read_text(encoding="utf-8")  # listed as left out
    assert "<svg" in index.read_text(encoding="utf-8")
    QApplication.processEvents()
    window.close()
