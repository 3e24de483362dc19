"""The one place the UI names its Qt binding (Anki's habit): everything else imports from here.

Names are resolved when a module first imports them (PEP 562 ``__getattr__``): PySide6
builds a class's Python type on its first lookup (~0.3 ms each), and the first window
needs only some of the names below, so start-up pays only for those (issue 18).
``from cardentry.ui.common.qt import QLabel`` works as before; a name missing from
``_NAMES`` is an ``AttributeError`` (an ``ImportError`` in a ``from`` import), as before.
"""

from __future__ import annotations

from typing import Any

from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import QT_TRANSLATE_NOOP as QT_TRANSLATE_NOOP  # the name lupdate looks for
from PySide6.QtCore import QCoreApplication

_NAMES: dict[Any, tuple[str, ...]] = {
    QtCore: (
        "QAbstractTableModel",
        "QByteArray",
        "QDate",
        "QDateTime",
        "QEvent",
        "QLibraryInfo",
        "QLocale",
        "QMarginsF",
        "QModelIndex",
        "QObject",
        "QPoint",
        "QPointF",
        "QRectF",
        "QSettings",
        "QSize",
        "QSortFilterProxyModel",
        "Qt",
        "QThread",
        "QTime",
        "QTimer",
        "QTranslator",
        "QUrl",
        "Signal",
        "Slot",
    ),
    QtGui: (
        "QAction",
        "QBrush",
        "QColor",
        "QDesktopServices",
        "QFont",
        "QFontMetrics",
        "QGuiApplication",
        "QIcon",
        "QImage",
        "QKeyEvent",
        "QKeySequence",
        "QPageLayout",
        "QPageSize",
        "QPainter",
        "QPainterPath",
        "QPalette",
        "QPdfWriter",
        "QPen",
        "QPixmap",
        "QPolygonF",
        "QShortcut",
        "QWheelEvent",
    ),
    QtWidgets: (
        "QAbstractButton",
        "QAbstractItemView",
        "QAbstractScrollArea",
        "QApplication",
        "QButtonGroup",
        "QCheckBox",
        "QComboBox",
        "QCompleter",
        "QDialog",
        "QDialogButtonBox",
        "QFileDialog",
        "QFormLayout",
        "QFrame",
        "QGridLayout",
        "QGroupBox",
        "QHBoxLayout",
        "QHeaderView",
        "QInputDialog",
        "QLabel",
        "QLineEdit",
        "QListWidget",
        "QListWidgetItem",
        "QMainWindow",
        "QMenu",
        "QMessageBox",
        "QPlainTextEdit",
        "QProgressBar",
        "QPushButton",
        "QRadioButton",
        "QScrollArea",
        "QSizePolicy",
        "QSplitter",
        "QStackedWidget",
        "QStatusBar",
        "QStyle",
        "QTabWidget",
        "QTableView",
        "QTableWidget",
        "QTableWidgetItem",
        "QToolButton",
        "QToolTip",
        "QTreeWidget",
        "QTreeWidgetItem",
        "QVBoxLayout",
        "QWidget",
        "QWizard",
        "QWizardPage",
    ),
}
_MODULE_OF = {name: module for module, names in _NAMES.items() for name in names}


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(module, name)
    globals()[name] = value  # looked up once
    return value


# ``translate("Context", "text")``: lupdate finds every call by this name (``self.tr`` is not
# used: PySide6 takes its context from the runtime class, so a subclass would lose it).
translate = QCoreApplication.translate

__all__ = ["QCoreApplication", "QT_TRANSLATE_NOOP", "translate", *_MODULE_OF]
