"""cardentry: country progress cards, from a partner's laptop to the secretariat's figures.

The package root holds the UI-independent core (catalogue, models, store, profile,
bundles, import, merge, reports, command line). ``cardentry.ui`` holds the Qt widgets
and is the only place that imports Qt.
"""

# The one place the version is written (pyproject.toml reads it from here); a literal,
# not importlib.metadata, which costs ~25 ms at every start.
__version__ = "0.1.0"

APP_NAME = "cardentry"
