"""Text contrast is at least WCAG 2.1 AA (4.5:1) on every screen of the partner flow, measured
on the pixels Qt paints, and the app follows the system's font size.

Each visible label, button and text box is grabbed as an image. Its background is the colour
most of its pixels have inside its frame; its text colour is the pixel that differs most
from it in luminance (the stem of a letter, where anti-aliasing leaves the full colour).
The ratio of the two (``theme.contrast_ratio``, checked here against WCAG's reference
values) is what a reader sees, whatever palette, style sheet or role coloured it.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from PySide6.QtGui import QColor, QFont, QImage
from test_ui_languages import screens, visible_widgets

from cardentry.ui.common.qt import QAbstractButton, QApplication, QLabel, QLineEdit, QPlainTextEdit, QWidget
from cardentry.ui.common.theme import contrast_ratio, relative_luminance

AA_NORMAL_TEXT = 4.5


def luminance(rgb: tuple[int, int, int]) -> float:
    return relative_luminance(QColor(*rgb))


def contrast(a: tuple[int, int, int], b: tuple[int, int, int]) -> float:
    return contrast_ratio(QColor(*a), QColor(*b))


def test_the_contrast_formula_gives_the_wcag_reference_values() -> None:
    assert round(contrast((0, 0, 0), (255, 255, 255)), 1) == 21.0
    assert round(contrast((0x76, 0x76, 0x76), (255, 255, 255)), 2) == 4.54  # the AA grey
    assert contrast((255, 255, 255), (255, 255, 255)) == 1.0


def measured_contrast(widget: QWidget) -> float | None:
    """Text against background as painted, or None when the widget shows no text."""
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    inset = 3 if min(image.width(), image.height()) > 12 else 0  # past a frame or button border
    colours = Counter(
        image.pixelColor(x, y).getRgb()[:3]
        for y in range(inset, image.height() - inset)
        for x in range(inset, image.width() - inset)
    )
    if len(colours) < 2:
        return None
    background = colours.most_common(1)[0][0]
    text = max(colours, key=lambda colour: abs(luminance(colour) - luminance(background)))
    return contrast(text, background)


def text_of(widget: Any) -> str:
    if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
        return widget.text() or (widget.placeholderText() if isinstance(widget, QLineEdit) else "")
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText() or widget.placeholderText()
    return ""


def low_contrast(root: QWidget) -> list[str]:
    problems = []
    for widget in visible_widgets(root):
        text = text_of(widget)
        if not text.strip() or not widget.isEnabled() or widget.width() < 4 or widget.height() < 4:
            continue  # disabled controls are exempt from AA (WCAG 1.4.3)
        ratio = measured_contrast(widget)
        if ratio is not None and ratio < AA_NORMAL_TEXT:
            problems.append(f"{type(widget).__name__} {text[:40]!r}: {ratio:.2f}:1")
    return problems


def test_every_text_of_the_partner_flow_has_aa_contrast(qtbot, make_window) -> None:
    window = make_window("en")
    problems = []
    for name, root in screens(qtbot, window):
        problems += [f"{name}: {problem}" for problem in low_contrast(root)]
    assert not problems, "\n".join(problems)


def test_the_app_follows_the_system_font_size(qtbot, make_window) -> None:
    app = QApplication.instance()
    default = QFont(app.font())
    larger = QFont(default)
    larger.setPointSizeF(default.pointSizeF() * 1.5)
    app.setFont(larger)  # what the system's font setting does to a Qt app at start
    try:
        window = make_window("en")
        window.open_card(window.store.list_assessments()[0].id)
        page = window.editor.indicator_page
        for widget in (page.assessment, page.star, *page.rating.buttons.values()):
            assert widget.font().pointSizeF() == larger.pointSizeF()
        question = page.findChildren(QLabel)[0]
        assert question.font().pointSizeF() >= larger.pointSizeF()  # headings scale with it
    finally:
        app.setFont(default)
