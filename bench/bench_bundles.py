"""Signed bundles: export time and size of a full card; verify throughput beside raw Ed25519.

A full card: 12 indicators, 20 evidence items each, 2,000-character narratives
(assessment, recommendation, every evidence note and the overall summary), mixed
French/Thai/Chinese text. Export is timed from the stored card to the file on disk and
its row in the store (payload, validation, RFC 8785 bytes, signature, self-check,
atomic write with fsync, commit); unlocking the key (the KDF, once per export in the
app) is timed apart. Verify (checks 1-6) is compared, in the same run, with bare
``Ed25519PublicKey.verify`` over the same signed bytes, so the figures say how much
the strict parse and the schema cost over the cryptography itself.
"""

from __future__ import annotations

import base64
import gzip
import json
import random
import statistics
import tempfile
import time
import uuid
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from cardentry.base.catalogue import default_catalogue
from cardentry.bundleformat.models import Answers
from cardentry.bundleformat.verify import verify_bundle
from cardentry.partner.export import export_card
from cardentry.storage import keys
from cardentry.storage.profile import init_profile

EXPORTS = 20
VERIFIES = 200
NARRATIVE = 2_000
EVIDENCE = 20
PASSPHRASE = "benchmark passphrase"
_PROSE = (
    "plan national d'action adopté mise en œuvre partielle ministère police enquête victimes "
    "แผนปฏิบัติการ ระดับชาติ การคุ้มครอง เด็ก ตำรวจ ศาล 国家 行动 计划 儿童 保护 警察 法院 "
    "the government adopted a law shelters helpline training teachers budget 2011 2012 report"
)
_WORDS = _PROSE.split()
_random = random.Random(2012)


def narrative(length: int = NARRATIVE) -> str:
    """``length`` characters of varied words (so gzip sees text, not one phrase repeated)."""
    words: list[str] = []
    size = 0
    while size < length:
        word = _random.choice(_WORDS) + ("\n" if _random.random() < 0.05 else " ")
        words.append(word)
        size += len(word)
    return "".join(words)[:length].rstrip() or "x"


def full_card_answers() -> Answers:
    ratings = ("green", "yellow", "red")
    return Answers.model_validate(
        {
            "overall": {"ranking": "some_progress", "summary": narrative()},
            "calls_to_action": [narrative(200) for _ in range(10)],
            "indicators": [
                {
                    "code": code,
                    "rating": ratings[number % 3],
                    "ngo_action": number % 2 == 0,
                    "assessment": narrative(),
                    "recommendation": narrative(),
                    "evidence": [
                        {
                            "id": str(uuid.uuid4()),
                            "kind": "report",
                            "title": f"Report {item} on {code}",
                            "source": "Ministry of Social Development and Human Security",
                            "url": f"https://example.org/{code}/{item}",
                            "date": "2011-11-05",
                            "note": narrative(),
                        }
                        for item in range(EVIDENCE)
                    ],
                }
                for number, code in enumerate(default_catalogue().indicator_codes)
            ],
        }
    )


def main(exports: int = EXPORTS, verifies: int = VERIFIES) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "profile"
        with init_profile(
            root, role="partner", organisation="ECPAT International", passphrase=PASSPHRASE
        ) as store:
            assessment_id = store.new_assessment("THA", "2012")
            store.apply_answers(assessment_id, full_card_answers())

            start = time.perf_counter()
            private_key = keys.load_profile_key(root).unlock(PASSPHRASE)
            unlock_ms = (time.perf_counter() - start) * 1e3

            export_samples = []
            for _ in range(exports):
                start = time.perf_counter()
                result = export_card(store, assessment_id, private_key, Path(folder) / "out")
                export_samples.append(time.perf_counter() - start)
        content = result.content

    verification = verify_bundle(content)
    assert verification.ok, verification.detail
    value = base64.b64decode(json.loads(content)["signature"]["value"])
    public_key = Ed25519PublicKey.from_public_bytes(verification.public_key)
    signed = verification.signed_bytes

    start = time.perf_counter()
    for _ in range(verifies):
        assert verify_bundle(content).ok
    verify_seconds = time.perf_counter() - start

    raw_rounds = verifies * 20
    start = time.perf_counter()
    for _ in range(raw_rounds):
        public_key.verify(value, signed)
    raw_seconds = time.perf_counter() - start

    figures = {
        "unlock_ms": unlock_ms,
        "export_median_ms": statistics.median(export_samples) * 1e3,
        "export_max_ms": max(export_samples) * 1e3,
        "bundle_kb": len(content) / 1024,
        "bundle_gzip_kb": len(gzip.compress(content, 9)) / 1024,
        "signed_bytes_kb": len(signed) / 1024,
        "verify_per_s": verifies / verify_seconds,
        "raw_ed25519_verify_per_s": raw_rounds / raw_seconds,
    }
    print(
        f"bundles: full card, 12 indicators x {EVIDENCE} evidence items, {NARRATIVE:,}-character narratives"
    )
    print(
        f"  unlock key (KDF {keys.default_kdf()['name']})   {figures['unlock_ms']:.0f} ms (once per export)"
    )
    print(
        f"  export ({exports} runs)          median {figures['export_median_ms']:.1f} ms   "
        f"max {figures['export_max_ms']:.1f} ms"
    )
    print(
        f"  bundle size              {figures['bundle_kb']:.0f} KB   "
        f"gzip {figures['bundle_gzip_kb']:.0f} KB   "
        f"(signed bytes {figures['signed_bytes_kb']:.0f} KB; limit 5,120 KB)"
    )
    print(f"  verify_bundle (checks 1-6)  {figures['verify_per_s']:.1f} bundles/s")
    print(f"  raw Ed25519 verify, same bytes  {figures['raw_ed25519_verify_per_s']:.0f} verifies/s")
    return figures


if __name__ == "__main__":
    main()
