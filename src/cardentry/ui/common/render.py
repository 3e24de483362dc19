"""Print the HTML the core produces (``cardentry.secretariat.reports.card``) to PDF or PNG with Qt.

Qt's rich-text engine (``QTextDocument``) lays the page out; ``QPdfWriter`` prints it to
A4 PDF and a ``QImage`` takes a PNG of it. No SQL or crypto here: the HTML comes in
finished. Usable without a display: ``ensure_app`` starts an offscreen
``QGuiApplication`` when none is running.
"""

from __future__ import annotations

import os
import sys
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
