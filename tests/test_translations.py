"""The French and Spanish translations are complete, consistent with the code, and compile.

Reads ``resources/i18n/cardentry_{fr,es}.ts`` (Qt Linguist XML): nothing unfinished,
obsolete or empty; the same placeholders (``{name}``, ``%n``) and one mnemonic ``&``
where the English has one; and lupdate, run over the code into a temporary copy, finds
no string the files lack.
"""

from __future__ import annotations

import re
import shutil
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
I18N = REPO / "resources" / "i18n"
LANGUAGES = ("fr", "es")
sys.path.insert(0, str(REPO / "scripts"))


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    numerus: bool
    kind: str | None  # translation type: None (finished), unfinished, vanished, obsolete
    forms: tuple[str, ...]


def read_ts(path: Path) -> list[Message]:
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            numerus = message.get("numerus") == "yes"
            forms = (
                tuple(form.text or "" for form in translation.iter("numerusform"))
                if numerus
                else (translation.text or "",)
            )
            messages.append(
                Message(name, message.findtext("source"), numerus, translation.get("type"), forms)
            )
    return messages


def placeholders(text: str) -> set[str]:
    return set(re.findall(r"\{[a-z_]+\}", text)) | set(re.findall(r"%(?:n|L?\d)", text))


def mnemonics(text: str) -> int:
    return len(re.findall(r"&(?!&)", text.replace("&&", "")))


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated_and_keeps_its_placeholders(language: str) -> None:
    messages = read_ts(I18N / f"cardentry_{language}.ts")
    assert len(messages) > 300
    problems = []
    for message in messages:
        where = f"{message.context}: {message.source[:60]!r}"
        if message.kind is not None:
            problems.append(f"{where} is {message.kind}")
        if message.numerus and len(message.forms) != 2:
            problems.append(f"{where} has {len(message.forms)} plural forms, not 2")
        for form in message.forms:
            if not form.strip():
                problems.append(f"{where} has an empty translation")
                continue
            if placeholders(form) != placeholders(message.source):
                problems.append(
                    f"{where}: placeholders {sorted(placeholders(form))} "
                    f"instead of {sorted(placeholders(message.source))}"
                )
            if mnemonics(form) != mnemonics(message.source):
                problems.append(f"{where}: {mnemonics(form)} '&' instead of {mnemonics(message.source)}")
            if form.count("\n") != message.source.count("\n"):
                problems.append(f"{where}: the line breaks differ")
    assert not problems, "\n".join(problems)


def test_french_and_spanish_have_the_same_messages() -> None:
    keys = {
        language: {(m.context, m.source) for m in read_ts(I18N / f"cardentry_{language}.ts")}
        for language in LANGUAGES
    }
    assert keys["fr"] == keys["es"]


def test_english_gives_every_plural_its_forms() -> None:
    english = {(m.context, m.source): m for m in read_ts(I18N / "cardentry_en.ts")}
    plurals = [m for m in read_ts(I18N / "cardentry_fr.ts") if m.numerus]
    assert plurals
    for message in plurals:
        forms = english[(message.context, message.source)].forms
        assert len(forms) == 2 and all("%n" in form for form in forms), message.source


def test_lupdate_finds_no_string_the_files_lack(tmp_path: Path) -> None:
    """Every translate() call in src/cardentry/ui has its entry (run the update script if not)."""
    import update_translations

    copies = []
    for language in LANGUAGES:
        copy = tmp_path / f"cardentry_{language}.ts"
        shutil.copy(I18N / copy.name, copy)
        copies.append(copy)
    update_translations.update(copies, REPO)
    for copy in copies:
        before = {(m.context, m.source) for m in read_ts(I18N / copy.name)}
        after = read_ts(copy)
        new = [f"{m.context}: {m.source!r}" for m in after if (m.context, m.source) not in before]
        gone = before - {(m.context, m.source) for m in after}
        assert not new, f"{copy.name} lacks (run scripts/update_translations.py):\n" + "\n".join(new)
        assert not gone, f"{copy.name} has strings no longer in the code: {sorted(gone)[:5]}"


def test_the_files_compile_with_lrelease(tmp_path: Path) -> None:
    from cardentry.ui.common.qm import compile_all

    for path in I18N.glob("*.ts"):
        shutil.copy(path, tmp_path / path.name)
    written = compile_all(tmp_path, force=True)
    assert sorted(p.name for p in written) == ["cardentry_en.qm", "cardentry_es.qm", "cardentry_fr.qm"]
    assert all(p.stat().st_size > 0 for p in written)
