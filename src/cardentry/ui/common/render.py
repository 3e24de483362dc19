"""Print the HTML the core produces (``cardentry.secretariat.reports.card``) to PDF or PNG with Qt.

Qt's rich-text engine (``QTextDocument``) lays the page out; ``QPdfWriter`` prints it to
A4 PDF and a ``QImage`` takes a PNG of it. No SQL or crypto here: the HTML comes in
finished. Usable without a display: ``ensure_app`` starts an offscreen
``QGuiApplication`` when none is running.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

PNG_WIDTH = 1000  # pixels; the height follows the content


def ensure_app() -> object:
    """The running Qt application, or a new ``QGuiApplication`` (offscreen if headless)."""
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is not None:
        return app
    if (
        sys.platform.startswith("linux")
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QGuiApplication([sys.argv[0] if sys.argv else "cardentry"])


def _document(html: str, width: float) -> object:
    from PySide6.QtGui import QTextDocument

    document = QTextDocument()
    document.setDocumentMargin(24)
    document.setHtml(html)
    document.setTextWidth(width)
    return document


def render_pdf(html: str, path: Path) -> Path:
    """Print ``html`` to an A4 PDF at ``path``."""
    ensure_app()
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

    path = Path(path)
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
    writer.setResolution(144)
    document = _document(html, writer.width())
    # the page's own title ("DRAFT: India: progress card 2012" while disagreements are open)
    title = document.metaInformation(document.MetaInformation.DocumentTitle)
    writer.setTitle(title or "Country progress card")
    document.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size().toSizeF())
    document.print_(writer)
    del writer  # finishes the file
    return path


def render_png(html: str, path: Path, *, width: int = PNG_WIDTH) -> Path:
    """Draw ``html`` onto a white image ``width`` pixels wide and save it as PNG."""
    ensure_app()
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter

    path = Path(path)
    document = _document(html, width)
    height = int(document.size().height()) + 1
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        document.drawContents(painter)
    finally:
        painter.end()
    if not image.save(str(path), "PNG"):
        raise OSError(f"could not write {path}")
    return path


PAPER_SIZES = {"a4": "A4", "letter": "Letter"}
_MARGIN_MM = 15


def _anchor_pages(document: object, page_height: float) -> dict[str, int]:
    """Every ``<a name=...>`` anchor of a laid-out document with the page it lands on (from 1)."""
    layout = document.documentLayout()  # type: ignore[attr-defined]
    pages: dict[str, int] = {}
    block = document.begin()  # type: ignore[attr-defined]
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            names = fragments.fragment().charFormat().anchorNames()
            if names:
                # the bottom: a page break moves the block's text, not the top of its margin
                bottom = layout.blockBoundingRect(block).bottom() - 1
                for name in names:
                    pages.setdefault(name, int(bottom // page_height) + 1)
            fragments += 1
        block = block.next()
    return pages


def render_book_pdf(
    make_html: Callable[[dict[str, int] | None], str],
    path: Path,
    *,
    paper: str = "a4",
    title: str = "",
    footer: Callable[[int, int], str] = lambda page, pages: f"{page} / {pages}",
) -> Path:
    """Print a long document to PDF with a page number in each page's footer.

    ``make_html(None)`` is laid out once to find the page of every ``<a name>`` anchor,
    then ``make_html(pages)`` (the contents page filled in) is printed. The layout uses
    the PDF's own resolution, so point sizes are points on paper. ``paper``: ``a4`` or ``letter``.
    """
    ensure_app()
    from PySide6.QtCore import QLoggingCategory, QMarginsF, QRectF, QSizeF, Qt
    from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument

    # Qt's info that a fallback font lacks OpenType tables for a script is noise on the command line
    QLoggingCategory.setFilterRules("qt.text.font.db.info=false")
    if paper not in PAPER_SIZES:
        raise ValueError(f"paper must be one of {', '.join(PAPER_SIZES)}")
    path = Path(path)
    writer = QPdfWriter(str(path))
    size_id = QPageSize.PageSizeId.A4 if paper == "a4" else QPageSize.PageSizeId.Letter
    writer.setPageSize(QPageSize(size_id))
    writer.setPageMargins(
        QMarginsF(_MARGIN_MM, _MARGIN_MM, _MARGIN_MM, _MARGIN_MM), QPageLayout.Unit.Millimeter
    )
    writer.setResolution(144)
    writer.setTitle(title)
    writer.setCreator("cardentry")
    area = writer.pageLayout().paintRectPixels(writer.resolution())
    footer_height = writer.resolution() * 0.3  # 0.3 inch under the text
    page = QSizeF(area.width(), area.height() - footer_height)

    def laid_out(html: str, device: QPdfWriter) -> QTextDocument:
        document = QTextDocument()
        document.documentLayout().setPaintDevice(device)
        document.setDocumentMargin(0)
        document.setHtml(html)
        document.setPageSize(page)
        return document

    first = laid_out(make_html(None), writer)
    pages = _anchor_pages(first, page.height())
    del first
    document = laid_out(make_html(pages), writer)
    count = document.pageCount()
    painter = QPainter(writer)
    try:
        font = QFont("DejaVu Sans")
        font.setPointSizeF(8)
        for index in range(count):
            if index:
                writer.newPage()
            painter.save()
            painter.translate(0, -index * page.height())
            # half a pixel short: a block that starts the next page touches this one's bottom edge,
            # and would be painted (clipped, yet in the PDF's text) on this page too
            clip = QRectF(0, index * page.height(), page.width(), page.height() - 0.5)
            document.drawContents(painter, clip)
            painter.restore()
            painter.setFont(font)
            painter.drawText(
                QRectF(0, page.height(), page.width(), footer_height),
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom),
                footer(index + 1, count),
            )
    finally:
        painter.end()
    del writer
    return path
