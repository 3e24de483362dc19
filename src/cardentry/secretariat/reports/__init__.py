"""What the secretariat publishes: the overview figures, the rankings and the country cards.

* ``figures``: ``overview`` (per-indicator and ranking counts and shares, change from a
  baseline cycle) and ``rankings`` (every country's overall ranking per cycle);
* ``tabular``: the same as CSV (cells that a spreadsheet would run as formulas are
  neutralised) and XLSX;
* ``card``: a country's merged card as self-contained HTML (everything a partner typed is
  escaped); ``cardentry.ui.common.render`` turns that HTML into PDF or PNG with Qt.
"""
