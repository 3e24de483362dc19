"""The app's language: English, French or Spanish; dates and numbers in the user's locale.

The interface language follows the system (``QLocale.system().uiLanguages()``) unless the
user chose one in Settings; the choice is kept in the profile folder's ``ui.ini``
(``ui/language`` = ``auto``, ``en``, ``fr`` or ``es``) and applies at the next start,
because translators are installed once, before any window is built (``install``).
``CARDENTRY_LANGUAGE`` overrides both (screenshots, support).

Translations are Qt Linguist files, ``resources/i18n/cardentry_<lang>.ts`` (the source of
truth, in git), compiled to ``.qm`` by ``cardentry.ui.common.qm`` (at start: beside them in a
source checkout, into the user's cache for an installed package; by the installer build).
Qt's own ``qtbase_<lang>.qm`` (standard buttons and dialogs) is loaded beside them when Qt
ships it.

Stored data never depends on the language: bundles and the database hold codes
(``green``, ``slow_progress``, ``report``), and labels are looked up when shown. Country
names too: the UI takes ``country_name`` / ``all_countries`` from here, which name
countries in the interface language (``resources/i18n/countries.json``).
"""

from __future__ import annotations

import logging
import os
import re
import sys
from pathlib import Path

from cardentry.base import countries
from cardentry.base.formatting import format_signed as signed
from cardentry.base.resources import is_packaged, resource
from cardentry.ui.common.qt import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTranslator,
    translate,
)

log = logging.getLogger(__name__)

LANGUAGES = {"en": "English", "fr": "Français", "es": "Español"}
AUTOMATIC = "auto"
SETTING = "ui/language"
ENVIRONMENT = "CARDENTRY_LANGUAGE"

_installed: list[QTranslator] = []
_language = "en"


def i18n_dir() -> Path:
    return resource("i18n")


def system_language(locale: QLocale | None = None) -> str:
    """The first of the user's preferred languages that the app speaks; English otherwise."""
    locale = locale or QLocale.system()
    for name in [*locale.uiLanguages(), locale.name()]:
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def settings(data_dir: Path) -> QSettings:
    return QSettings(str(Path(data_dir) / "ui.ini"), QSettings.Format.IniFormat)


def stored_choice(data_dir: Path | None) -> str:
    """``auto``, ``en``, ``fr`` or ``es`` as kept in the profile folder."""
    if data_dir is None or not (Path(data_dir) / "ui.ini").is_file():
        return AUTOMATIC
    value = settings(data_dir).value(SETTING, AUTOMATIC)
    return value if value in (AUTOMATIC, *LANGUAGES) else AUTOMATIC


def store_choice(data_dir: Path, choice: str) -> None:
    if choice not in (AUTOMATIC, *LANGUAGES):
        raise ValueError(choice)
    Path(data_dir).mkdir(parents=True, exist_ok=True)
    kept = settings(data_dir)
    kept.setValue(SETTING, choice)
    kept.sync()


def language_for(choice: str) -> str:
    override = os.environ.get(ENVIRONMENT, "").strip().lower()
    if override in (*LANGUAGES, "pseudo"):
        return override
    return system_language() if choice == AUTOMATIC else choice


def locale_for(language: str) -> QLocale:
    """The system's locale when it is in ``language`` (fr_CA stays Canadian), else the language's."""
    system = QLocale.system()
    if system_language(system) == language and system.language() != QLocale.Language.C:
        return system
    return QLocale(language)


def install(language: str, app: QCoreApplication | None = None) -> str:
    """Load the translations of ``language`` (replacing any installed before); the language used.

    Call before any window is built: widgets translate their texts when they are made.
    """
    global _language
    app = app or QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language == "pseudo":  # CARDENTRY_LANGUAGE=pseudo: English with every text longer and accented
        install("en", app)
        install_translator(PseudoTranslator(app), app)
        return "en"
    language = language if language in LANGUAGES else "en"
    QLocale.setDefault(locale_for(language))
    _language = language
    folder = i18n_dir()
    if not getattr(sys, "frozen", False):
        from cardentry.ui.common.qm import cache_root, compiled_folder

        folder, problem = compiled_folder(folder, cache=cache_root() if is_packaged() else None)
        if problem:
            log.warning("translations not compiled: %s", problem)  # a source checkout without lrelease
            print(f"cardentry: translations not compiled: {problem}", file=sys.stderr)
    own = QTranslator(app)  # English too: its plural forms ("1 call", "2 calls")
    if own.load(str(folder / f"cardentry_{language}.qm")):
        app.installTranslator(own)
        _installed.append(own)
    if language == "en":
        return language
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return language


def install_translator(translator: QTranslator, app: QCoreApplication | None = None) -> None:
    """Install one more translator (the tests' pseudo-locale), removed by the next ``install``."""
    app = app or QCoreApplication.instance()
    app.installTranslator(translator)
    _installed.append(translator)


def current_language() -> str:
    """The interface language installed (``en`` before ``install``)."""
    return _language


# --- country names ---------------------------------------------------------------------


def country_name(code: str) -> str:
    """``cardentry.base.countries.country_name`` in the interface language ("Thaïlande" in French)."""
    return countries.country_name(code, current_language())


def all_countries() -> list[tuple[str, str]]:
    """``cardentry.base.countries.all_countries`` in the interface language, sorted for it."""
    return countries.all_countries(current_language())


# --- dates and numbers -----------------------------------------------------------------


def format_time(moment: QDateTime) -> str:
    """'14:02' / '2:02 PM' as the locale writes a short time."""
    return QLocale().toString(moment.time(), QLocale.FormatType.ShortFormat)


def date_format(locale: QLocale | None = None) -> str:
    """The locale's short date order with a four-digit year: 'M/d/yyyy' where the locale
    writes 'M/d/yy' (US English), 'dd/MM/yyyy' in French. A two-digit year made '11/28/26'
    of the 28 November 2026: which number is the year?"""
    pattern = (locale or QLocale()).dateFormat(QLocale.FormatType.ShortFormat)
    return pattern if "yyyy" in pattern else re.sub(r"(?<!y)yy(?!y)", "yyyy", pattern)


def format_datetime(moment: QDateTime) -> str:
    """A date and time in the locale's short form, the year in full ('03/02/2012 14:02' in
    French, '2/3/2012 2:02 PM' in US English)."""
    locale = QLocale()
    return f"{locale.toString(moment.date(), date_format(locale))} {format_time(moment)}"


def format_date(day: QDate) -> str:
    return QLocale().toString(day, date_format())


def format_number(value: int | float) -> str:
    """12,345 / 12 345 / 12.345 as the locale groups digits."""
    return QLocale().toString(value)


def format_decimal(value: float) -> str:
    """One decimal in the locale's writing: 19.0 in English, 19,0 in French and Spanish."""
    return QLocale().toString(float(value), "f", 1)


def format_percent(value: float) -> str:
    """A share as the report writes it: 19.0% (19,0 % in French)."""
    return translate("Numbers", "{number}%").format(number=format_decimal(value))


def format_signed(value: float) -> str:
    """A change with its sign as the reports write it (+7.1, −54.8, ±0.0), in the locale's digits."""
    return signed(value, format_decimal)


def format_points(value: float) -> str:
    """A change in percentage points: +7.1 pts."""
    return translate("Numbers", "{change} pts").format(change=format_signed(value))


# --- pseudo-locale: longer, accented texts, to find clipped labels before translators do --------

_ACCENTED = str.maketrans("aceinosuyACEINOSUY", "àçéîñõšüýÀÇÉÎÑÕŠÜÝ")
_KEPT = re.compile(r"(\{[a-z_]+\}|%L?n|%\d|&&|&.|\n|https?://\S+)")


def pseudo(text: str, growth: float = 0.4) -> str:
    """'Save again…' -> '[Šàvé àgàîñ… ~~~~]': accents, brackets, about 40% longer.

    Placeholders, mnemonics and line breaks are kept, so the app works the same; the
    padding is in short words, so word-wrapped labels can still wrap.
    """
    if not text:
        return text
    parts = _KEPT.split(text)
    body = "".join(part if _KEPT.fullmatch(part) else part.translate(_ACCENTED) for part in parts)
    extra = max(1, round(len(text) * growth / 5))
    return f"[{body} {' '.join(['~~~~'] * extra)}]"


class PseudoTranslator(QTranslator):
    """Every text of the app through ``pseudo`` (tests, ``scripts/screenshots.py --pseudo``)."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return pseudo(source)

    def isEmpty(self) -> bool:
        return False
