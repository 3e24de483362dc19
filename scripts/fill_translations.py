"""Fill unfinished messages of resources/i18n/cardentry_{fr,es}.ts from a JSON file.

Usage::

    python scripts/fill_translations.py translations.json [more.json ...]

Each JSON file is a list of ``{"context": ..., "source": ..., "fr": ..., "es": ...}``; for a
plural message (``%n`` in the source) ``fr`` and ``es`` are lists of forms (one, many), and
``cardentry_en.ts`` (plurals only) gets ``en`` if given, else the source with ``(s)`` dropped
and with ``s``: "%n file(s)" -> "%n file", "%n files".
Only messages lupdate left ``type="unfinished"`` are filled, so a reviewed translation is
never overwritten; messages the JSON lacks stay unfinished and ``tests/test_translations.py``
names them. The rest of the file keeps lupdate's layout byte for byte.
"""

from __future__ import annotations

import html
import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
LANGUAGES = ("en", "fr", "es")

_CONTEXT = re.compile(r"<context>\s*<name>(?P<name>.*?)</name>(?P<body>.*?)</context>", re.S)
_MESSAGE = re.compile(r"<message(?P<attrs>[^>]*)>(?P<body>.*?)</message>", re.S)
_SOURCE = re.compile(r"<source>(?P<text>.*?)</source>", re.S)
_UNFINISHED = re.compile(
    r'<translation type="unfinished">.*?</translation>|<translation type="unfinished"/>', re.S
)


def escape(text: str) -> str:
    """As lupdate writes text: &, <, >, quotes and apostrophes as entities."""
    return html.escape(text, quote=True).replace("&#x27;", "&apos;")


def translation_xml(value: str | list[str], indent: str = "        ") -> str:
    if isinstance(value, str):
        return f"<translation>{escape(value)}</translation>"
    forms = "".join(f"\n{indent}    <numerusform>{escape(form)}</numerusform>" for form in value)
    return f"<translation>{forms}\n{indent}</translation>"


def fill(ts_text: str, wanted: dict[tuple[str, str], str | list[str]]) -> tuple[str, int]:
    """``ts_text`` with every unfinished message found in ``wanted`` translated; and how many."""
    filled = 0

    def in_context(context: re.Match[str]) -> str:
        nonlocal filled
        name = html.unescape(context["name"])

        def in_message(message: re.Match[str]) -> str:
            nonlocal filled
            source = _SOURCE.search(message["body"])
            if source is None or not _UNFINISHED.search(message["body"]):
                return message.group(0)
            value = wanted.get((name, html.unescape(source["text"])))
            if value is None:
                return message.group(0)
            filled += 1
            body = _UNFINISHED.sub(lambda _m: translation_xml(value), message["body"], count=1)
            return f"<message{message['attrs']}>{body}</message>"

        body = _MESSAGE.sub(in_message, context["body"])
        return context.group(0).replace(context["body"], body, 1)

    return _CONTEXT.sub(in_context, ts_text), filled


def english_forms(entry: dict) -> list[str]:
    source = entry["source"]
    return entry.get("en") or [source.replace("(s)", ""), source.replace("(s)", "s")]


def main(paths: list[str]) -> int:
    entries = [entry for path in paths for entry in json.loads(Path(path).read_text(encoding="utf-8"))]
    for language in LANGUAGES:
        if language == "en":
            wanted = {(e["context"], e["source"]): english_forms(e) for e in entries if "%n" in e["source"]}
        else:
            wanted = {(e["context"], e["source"]): e[language] for e in entries if e.get(language)}
        ts_file = REPO / "resources" / "i18n" / f"cardentry_{language}.ts"
        text, count = fill(ts_file.read_text(encoding="utf-8"), wanted)
        ts_file.write_text(text, encoding="utf-8")
        left = len(_UNFINISHED.findall(text))
        print(f"{ts_file.name}: {count} filled, {left} still unfinished")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
