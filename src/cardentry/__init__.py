"""cardentry: country progress cards, from a partner's laptop to the secretariat's figures.

The package root holds the UI-independent core (catalogue, models, store, profile,
bundles, import, merge, reports, command line). ``cardentry.ui`` holds the Qt widgets
and is the only place that imports Qt.
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("cardentry")
except PackageNotFoundError:  # running from a source tree without installation
    __version__ = "0.0.0+source"

APP_NAME = "cardentry"
