"""cardentry: country progress cards, from a partner's laptop to the secretariat's figures.

The package root holds the UI-independent core (catalogue, models, store, profile,
bundles, import, merge, reports, command line). ``cardentry.ui`` holds the Qt widgets
and is the only place that imports Qt.
"""

import logging

# The one place the version is written (pyproject.toml reads it from here); a literal,
# not importlib.metadata, which costs ~25 ms at every start.
__version__ = "0.1.0"

APP_NAME = "cardentry"

# Library habit: nothing is logged anywhere until a profile's log file is set up
# (cardentry.base.logs.setup_logging); no stray warnings on a script's stderr.
logging.getLogger(APP_NAME).addHandler(logging.NullHandler())
