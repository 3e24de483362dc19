"""Colours, shapes and icons: a rating is always colour + shape + words, never colour alone.

Shapes: green a filled disc (significant action), yellow a half-filled disc (partial),
red an empty ring (inadequate), not assessed a dashed circle. Icons are painted here at
the screen's device pixel ratio, so they stay sharp at 150% and 200%.

Contrast (WCAG 2.1 AA): every text is near-black (#1a1a1a) on a light tint, 4.5:1 or more
(the tints are >= 13:1), placeholders included (``readable_placeholders``); the shapes'
strong colours have 3:1 or more against white
(green #1e7b34 5.3:1, red #c5221f 5.6:1, the yellow disc has a dark #6b5500 outline 6.9:1).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from cardentry.ui.common.qt import (
    QApplication,
    QColor,
    QFont,
    QIcon,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
    QPointF,
    QPolygonF,
    QRectF,
    Qt,
)

TEXT = "#1a1a1a"
MUTED = "#4a4a4a"  # 8.9:1 on white
FOCUS = "#1a5fb4"
ERROR_TEXT = "#a11d12"  # 7.0:1 on white
OK_TEXT = "#17652b"


@dataclass(frozen=True)
class RatingLook:
    code: str | None
    name: str
    strong: str
    tint: str
    outline: str
    key: str


RATING_LOOKS = {
    "green": RatingLook("green", "Green", "#1e7b34", "#dcf1e1", "#1e7b34", "1"),
    "yellow": RatingLook("yellow", "Yellow", "#f2c40f", "#fff3c4", "#6b5500", "2"),
    "red": RatingLook("red", "Red", "#c5221f", "#fbe1df", "#c5221f", "3"),
    None: RatingLook(None, "Not assessed", "#ffffff", "#f0f0f0", "#6f6f6f", "0"),
}


def _pixmap(size: int) -> tuple[QPixmap, float]:
    app = QApplication.instance()
    ratio = app.devicePixelRatio() if app is not None else 1.0
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    return pixmap, ratio


def paint_rating_shape(painter: QPainter, rect: QRectF, rating: str | None) -> None:
    look = RATING_LOOKS[rating]
    width = max(1.5, rect.width() / 9)
    inner = rect.adjusted(width / 2, width / 2, -width / 2, -width / 2)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if rating == "green":
        painter.setPen(QPen(QColor(look.outline), width))
        painter.setBrush(QColor(look.strong))
        painter.drawEllipse(inner)
    elif rating == "yellow":
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#ffffff"))
        painter.drawEllipse(inner)
        half = QPainterPath()
        half.moveTo(inner.center())
        half.arcTo(inner, 90, 180)
        half.closeSubpath()
        painter.setBrush(QColor(look.strong))
        painter.drawPath(half)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(QColor(look.outline), width))
        painter.drawEllipse(inner)
        painter.drawLine(
            QPointF(inner.center().x(), inner.top()), QPointF(inner.center().x(), inner.bottom())
        )
    elif rating == "red":
        ring = max(2.0, rect.width() / 5)
        painter.setPen(QPen(QColor(look.strong), ring))
        painter.setBrush(QColor("#ffffff"))
        painter.drawEllipse(rect.adjusted(ring / 2, ring / 2, -ring / 2, -ring / 2))
    else:
        pen = QPen(QColor(look.outline), width)
        pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(inner)


def rating_icon(rating: str | None, size: int = 16) -> QIcon:
    icon = QIcon()
    for scale in (1, 2):
        pixmap, _ = _pixmap(size * scale)
        painter = QPainter(pixmap)
        paint_rating_shape(painter, QRectF(1, 1, size * scale - 2, size * scale - 2), rating)
        painter.end()
        icon.addPixmap(pixmap)
    return icon


def star_icon(filled: bool = True, size: int = 16) -> QIcon:
    pixmap, _ = _pixmap(size)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    centre, outer, inner = QPointF(size / 2, size / 2 + 0.5), size / 2 - 1, size / 5
    points = [
        QPointF(
            centre.x() + (outer if i % 2 == 0 else inner) * math.sin(i * math.pi / 5),
            centre.y() - (outer if i % 2 == 0 else inner) * math.cos(i * math.pi / 5),
        )
        for i in range(10)
    ]
    painter.setPen(QPen(QColor("#5c4300"), 1.2))
    painter.setBrush(QColor("#e8a600") if filled else Qt.BrushStyle.NoBrush)
    painter.drawPolygon(QPolygonF(points))
    painter.end()
    return QIcon(pixmap)


def status_icon(status: str, size: int = 16) -> QIcon:
    """Sidebar marks: complete (tick), started (half bar), invalid (!), to_review (arrows), empty."""
    pixmap, _ = _pixmap(size)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    rect = QRectF(2, 2, size - 4, size - 4)
    if status == "complete":
        pen = QPen(QColor(OK_TEXT), 2.2)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        path = QPainterPath()
        path.moveTo(rect.left() + 1, rect.center().y())
        path.lineTo(rect.left() + rect.width() * 0.4, rect.bottom() - 1)
        path.lineTo(rect.right(), rect.top() + 1)
        painter.drawPath(path)
    elif status == "invalid":
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(ERROR_TEXT))
        painter.drawEllipse(rect)
        painter.setPen(QPen(QColor("#ffffff"), 2))
        painter.drawLine(
            QPointF(rect.center().x(), rect.top() + 3), QPointF(rect.center().x(), rect.bottom() - 5)
        )
        painter.drawPoint(QPointF(rect.center().x(), rect.bottom() - 2.5))
    elif status == "to_review":
        painter.setPen(QPen(QColor(FOCUS), 1.6))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(rect)
        painter.setBrush(QColor(FOCUS))
        painter.drawEllipse(QRectF(rect.center().x() - 2, rect.center().y() - 2, 4, 4))
    elif status == "started":
        painter.setPen(QPen(QColor(MUTED), 1.4))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(rect)
        painter.setBrush(QColor(MUTED))
        half = QPainterPath()
        half.moveTo(rect.center())
        half.arcTo(rect, 90, 180)
        half.closeSubpath()
        painter.drawPath(half)
    painter.end()
    return QIcon(pixmap)


def heading_font(base: QFont, scale: float = 1.5, bold: bool = True) -> QFont:
    font = QFont(base)
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * scale)
    else:
        font.setPixelSize(round(font.pixelSize() * scale))
    font.setBold(bold)
    return font


ROLE_COLOURS = {"muted": MUTED, "error": ERROR_TEXT, "ok": OK_TEXT, "guidance": TEXT, None: None}


def set_role(widget: Any, role: str | None) -> None:
    """Colour a label's text by its role (muted, error, ok) through its palette.

    Palettes, not an application style sheet: a global style sheet makes Qt re-style every
    widget it creates, which doubled the time to open a card.
    """
    widget.setProperty("role", role)
    colour = ROLE_COLOURS.get(role)
    palette = widget.palette()
    if colour is None:
        palette = QApplication.palette(widget) if QApplication.instance() else palette
    else:
        palette.setColor(QPalette.ColorRole.WindowText, QColor(colour))
        palette.setColor(QPalette.ColorRole.Text, QColor(colour))
    widget.setPalette(palette)


BOX_STYLESHEET = "QFrame#box { background: #f6f7f9; border: 1px solid #d4d7dc; border-radius: 6px; }"


def rating_stylesheet() -> str:
    """The rating buttons' look (set on the rating group only): tint + strong border when chosen,
    a thick blue border for the keyboard focus."""
    return f"""
    QPushButton[rating] {{
        text-align: left; padding: 6px 10px; border: 1px solid #8a8f98; border-radius: 6px;
        background: #ffffff; color: {TEXT};
    }}
    QPushButton[rating]:hover {{ border-color: #3d4148; }}
    QPushButton[rating="green"]:checked {{
        background: {RATING_LOOKS["green"].tint}; border: 2px solid #1e7b34; }}
    QPushButton[rating="yellow"]:checked {{
        background: {RATING_LOOKS["yellow"].tint}; border: 2px solid #6b5500; }}
    QPushButton[rating="red"]:checked {{ background: {RATING_LOOKS["red"].tint}; border: 2px solid #c5221f; }}
    QPushButton[rating="none"]:checked {{ background: #ececec; border: 2px solid #6f6f6f; }}
    QPushButton[rating]:focus {{ outline: none; border: 3px solid {FOCUS}; }}
    """


def relative_luminance(colour: QColor) -> float:
    """WCAG 2.1 relative luminance."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) + 0.0722 * linear(colour.blueF())


def contrast_ratio(a: QColor, b: QColor) -> float:
    light, dark = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def _mix(base: QColor, other: QColor, share: float) -> QColor:
    """``base`` moved ``share`` (0 to 1) of the way towards ``other``, as an opaque colour."""
    return QColor.fromRgbF(
        base.redF() * (1 - share) + other.redF() * share,
        base.greenF() * (1 - share) + other.greenF() * share,
        base.blueF() * (1 - share) + other.blueF() * share,
    )


def readable_placeholders(app: QApplication, minimum: float = 4.6) -> None:
    """Darken (or, on a dark palette, lighten) the grey of placeholder texts to WCAG AA.

    Fusion's and several systems' placeholder grey is about 4:1 on white, under the 4.5:1 AA
    asks of text a reader must read (our placeholders carry hints such as the date format).
    The grey is moved towards the palette's text colour only as far as needed, so a
    placeholder still looks unlike typed text.
    """
    palette = app.palette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        base = palette.color(group, QPalette.ColorRole.Base)
        text = palette.color(group, QPalette.ColorRole.Text)
        # Qt's default placeholder is the text colour at half opacity: what shows is a mix
        placeholder = palette.color(group, QPalette.ColorRole.PlaceholderText)
        hint = _mix(base, placeholder, placeholder.alphaF())
        step = 0
        while contrast_ratio(hint, base) < minimum and step < 20:
            step += 1
            hint = _mix(hint, text, step / 20)
        palette.setColor(group, QPalette.ColorRole.PlaceholderText, hint)
    app.setPalette(palette)
