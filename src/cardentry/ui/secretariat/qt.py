"""The few Qt names the secretariat's screens need beyond the shared shim (``cardentry.ui.qt``).

Kept here so the shared shim stays as its owner wrote it; like it, this is the only place
in the package that names the binding.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QMarginsF, QModelIndex, QSortFilterProxyModel
from PySide6.QtGui import QBrush, QPageLayout, QPageSize, QPdfWriter
from PySide6.QtWidgets import QTableView, QTabWidget, QToolTip

__all__ = [
    "QAbstractTableModel",
    "QBrush",
    "QMarginsF",
    "QModelIndex",
    "QPageLayout",
    "QPageSize",
    "QPdfWriter",
    "QSortFilterProxyModel",
    "QTabWidget",
    "QTableView",
    "QToolTip",
]
