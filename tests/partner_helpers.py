"""Helpers for the partner-side bundle tests: a fast KDF, a partner profile, a full card."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import pytest

from cardentry.base.catalogue import default_catalogue
from cardentry.bundleformat.models import Answers
from cardentry.storage import keys
from cardentry.storage.profile import init_profile
from cardentry.storage.store import Store

PASSPHRASE = "correct horse battery staple"
ENV = {"CARDENTRY_PASSPHRASE": PASSPHRASE}

# Texts that stress encoding: French, Thai, Chinese, line breaks, quotes, backslash, tab.
TRICKY = [
    "Plan national d'action adopté en 2011 — mise en œuvre « partielle ».",
    "แผนปฏิบัติการระดับชาติ\nบรรทัดที่สอง",
    "国家行动计划已通过。\r\n第二行",
    'He said "stop" \\ then\ttabbed; emoji 🙂 and ﬁ ligature',
]


def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """Cheap KDF parameters for tests (the shipped defaults are tested separately)."""
    monkeypatch.setattr(keys, "ARGON2ID_PARAMS", {"memory_cost": 64, "iterations": 1, "lanes": 1})
    monkeypatch.setattr(keys, "SCRYPT_PARAMS", {"n": 16, "r": 8, "p": 1})


def make_partner(root: Path, organisation: str = "ECPAT Thaïlande", email: str | None = None) -> Store:
    return init_profile(
        root,
        role="partner",
        organisation=organisation,
        email=email,
        countries=("THA",),
        passphrase=PASSPHRASE,
    )


def full_answers(*, evidence_per_indicator: int = 2, narrative_chars: int = 0) -> dict[str, Any]:
    """An answers file rating all 12 indicators, with tricky texts everywhere."""
    codes = default_catalogue().indicator_codes
    ratings = ("green", "yellow", "red")
    indicators = []
    for number, code in enumerate(codes):
        text = TRICKY[number % len(TRICKY)]
        if narrative_chars:
            text = (text + " ") * (narrative_chars // (len(text) + 1) + 1)
            text = text[:narrative_chars]
        indicators.append(
            {
                "code": code,
                "rating": ratings[number % 3],
                "ngo_action": number % 2 == 0,
                "assessment": text,
                "recommendation": TRICKY[(number + 1) % len(TRICKY)],
                "evidence": [
                    {
                        "id": str(uuid.uuid4()),
                        "kind": "report",
                        "title": f"{TRICKY[item % len(TRICKY)][:40]} #{item}",
                        "source": "Ministère de la Justice / กระทรวงยุติธรรม",
                        "url": f"https://example.org/doc/{code}/{item}?q=%22x%22",
                        "date": "2011-11",
                        "note": TRICKY[(item + 2) % len(TRICKY)],
                    }
                    for item in range(evidence_per_indicator)
                ],
            }
        )
    return {
        "overall": {"ranking": "some_progress", "summary": "\n".join(TRICKY)},
        "indicators": indicators,
        "calls_to_action": [TRICKY[0], TRICKY[1], "Ratify the Optional Protocol."],
    }


def fill(store: Store, assessment_id: str, answers: dict[str, Any]) -> None:
    store.apply_answers(assessment_id, Answers.model_validate(answers))
