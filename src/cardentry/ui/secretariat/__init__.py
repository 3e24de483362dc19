"""The secretariat's desktop app: dashboard, import, partners' keys, country cards, overview.

Widgets only: every figure, state, decision and file comes from the core
(``cardentry.secretariat.importer``, ``trust``, ``merge``, ``history``, ``dashboard``, ``reports``),
called on the worker thread through ``desk.Desk``.
"""

from cardentry.ui.secretariat.window import SecretariatWindow

__all__ = ["SecretariatWindow"]
