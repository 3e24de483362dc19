"""Texts typed in Thai, Khmer, Chinese, Arabic, Russian and Turkish, with line breaks, come
through store -> export -> verify -> secretariat import -> merged card -> card HTML unchanged,
and the bundle holds codes, never labels of the language the partner's app was in."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest

from cardentry.base.catalogue import default_catalogue
from cardentry.bundleformat.verify import verify_file
from cardentry.partner import export as bundle_export
from cardentry.secretariat.actions import trust_key
from cardentry.secretariat.importer import import_file
from cardentry.secretariat.merge import merged_card
from cardentry.secretariat.reports.card import card_html
from cardentry.secretariat.trust import read_public_key_file
from cardentry.storage import keys
from cardentry.storage.profile import init_profile
from partner_helpers import PASSPHRASE, make_partner

TEXTS = {
    "thai": "รัฐบาลได้จัดตั้งสายด่วน ๑๓๐๐\nตลอด ๒๔ ชั่วโมง",
    "khmer": "រដ្ឋាភិបាលបានបង្កើតខ្សែទូរស័ព្ទជំនួយ\nសម្រាប់កុមារ",
    "chinese": "政府设立了24小时求助热线。\n第二段：仍缺少专门针对儿童的服务。",
    "arabic": "أنشأت الحكومة خطاً ساخناً للأطفال.\nالفقرة الثانية: لا توجد ملاجئ متخصصة.",
    "russian": "Правительство создало горячую линию.\nВторая строка: приюты для детей отсутствуют.",
    "turkish": "Hükümet çocuklar için bir yardım hattı kurdu.\nİkinci satır: ığüşöç İĞÜŞÖÇ.",
}


pytestmark = pytest.mark.usefixtures("cheap_kdf")


def test_multilingual_texts_survive_export_verify_import_merge_and_html(tmp_path: Path) -> None:
    codes = default_catalogue().indicator_codes
    languages = list(TEXTS)
    with make_partner(tmp_path / "partner", organisation="มูลนิธิ ECPAT ประเทศไทย") as store:
        assessment = store.new_assessment("THA", "2012")
        for number, code in enumerate(codes):
            text = TEXTS[languages[number % len(languages)]]
            store.set_field(assessment, f"indicators.{code}.rating", ("green", "yellow", "red")[number % 3])
            store.set_field(assessment, f"indicators.{code}.assessment", text)
            store.set_field(assessment, f"indicators.{code}.recommendation", text.splitlines()[0])
        evidence_id = str(uuid.uuid4())
        store.add_evidence(assessment, codes[0], {"id": evidence_id, "kind": "legislation"})
        store.set_field(assessment, f"evidence.{evidence_id}.title", TEXTS["arabic"].splitlines()[0])
        store.set_field(assessment, f"evidence.{evidence_id}.source", TEXTS["khmer"].splitlines()[0])
        store.set_field(assessment, "overall.summary", "\n\n".join(TEXTS.values()))
        store.set_field(assessment, "overall.ranking", "limited_measures")
        store.set_field(assessment, "calls_to_action", [text.splitlines()[0] for text in TEXTS.values()])
        private_key = keys.load_profile_key(tmp_path / "partner").unlock(PASSPHRASE)
        result = bundle_export.export_card(store, assessment, private_key, tmp_path / "sent")
    public_key = keys.write_public_key_file(
        tmp_path / "partner.cpckey.json", keys.load_profile_key(tmp_path / "partner")
    )

    # the file: UTF-8 JSON, codes for ratings, kinds and rankings (never a label in any language)
    raw = json.loads(result.path.read_bytes().decode("utf-8"))
    payload = raw["payload"]
    assert payload["overall"]["ranking"] == "limited_measures"
    assert {entry["rating"] for entry in payload["indicators"]} == {"green", "yellow", "red"}
    assert payload["indicators"][0]["evidence"][0]["kind"] == "legislation"
    assert payload["indicators"][languages.index("arabic")]["assessment"] == TEXTS["arabic"]

    verification = verify_file(result.path)
    assert verification.ok, verification.reason
    assert verification.payload.overall.summary == "\n\n".join(TEXTS.values())

    with init_profile(tmp_path / "secretariat", role="secretariat", organisation="Secretariat") as store:
        trust_key(store, read_public_key_file(public_key), "THA")
        outcome = import_file(store, result.path)
        assert outcome.status == "imported", outcome
        card = merged_card(store, "THA", "2012")
        html = card_html(card)
    for number, code in enumerate(codes):
        text = TEXTS[languages[number % len(languages)]]
        assert card.indicator(code).assessments[0].text == text  # line breaks kept
        first, second = text.splitlines()
        assert f"{first}<br>{second}" in html
    assert card.indicator(codes[0]).evidence[0].item["title"] == TEXTS["arabic"].splitlines()[0]
    assert card.summaries[0].text == "\n\n".join(TEXTS.values())
    assert card.organisations == ["มูลนิธิ ECPAT ประเทศไทย"]
    assert "<p dir='auto'>أنشأت الحكومة" in html  # an Arabic paragraph runs right to left in the page
    assert "<meta charset='utf-8'>" in html
