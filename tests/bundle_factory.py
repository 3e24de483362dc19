"""Build payloads and signed bundles for the secretariat tests (cryptography + rfc8785 only).

Independent of the product's export code on purpose: the import is tested against bundles
made the way bundle-format.md describes them, not the way our exporter happens to.
"""

from __future__ import annotations

import base64
import copy
import hashlib
import json
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import rfc8785
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

CODES = (
    "prevention_policy", "collaboration", "awareness_raising", "teacher_training",
    "optional_protocol", "trafficking_protocol", "national_legislation", "police_units",
    "helpline", "shelters", "medical_services", "psychological_counselling",
)  # fmt: skip

# domain.md, the 2012 ranking (42 countries)
RANKING_2012 = {
    "slow_progress": ["MYS", "SGP", "TUR"],
    "limited_measures": ["KHM", "CZE", "HKG", "MEX", "PAK", "GBR"],
    "some_progress": [
        "AUS", "AUT", "BEL", "CAN", "CYP", "EST", "FIN", "FRA", "DEU", "GRC", "IND", "IDN", "ITA",
        "JPN", "LUX", "NLD", "NZL", "NOR", "PRT", "RUS", "ZAF", "KOR", "SWE", "THA", "USA",
    ],
    "notable_efforts": ["DNK", "IRL", "PHL", "POL", "ROU", "ESP", "CHE", "TWN"],
}  # fmt: skip
COUNTRIES_2012 = sorted(code for codes in RANKING_2012.values() for code in codes)


def ranking_2012(country: str) -> str:
    return next(ranking for ranking, codes in RANKING_2012.items() if country in codes)


VECTOR_SEED = "8ce0af45b771576fbacf422c9a4b038790b0ae4cc932ae7fbcc106ac3c029476"


@dataclass
class Partner:
    """A partner organisation with its signing key."""

    organisation: str
    private_key: Ed25519PrivateKey

    @classmethod
    def new(cls, organisation: str = "ECPAT Test", seed: bytes | None = None) -> Partner:
        key = Ed25519PrivateKey.from_private_bytes(seed) if seed else Ed25519PrivateKey.generate()
        return cls(organisation, key)

    @classmethod
    def vector(cls) -> Partner:
        return cls.new("ECPAT International", bytes.fromhex(VECTOR_SEED))

    @property
    def public_key(self) -> bytes:
        return self.private_key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)

    @property
    def key_id(self) -> str:
        return hashlib.sha256(self.public_key).hexdigest()[:16]

    def key_file(self) -> dict[str, Any]:
        return {
            "format": "cardentry.public-key",
            "format_version": 1,
            "alg": "ed25519",
            "key_id": self.key_id,
            "public_key": base64.b64encode(self.public_key).decode(),
            "organisation": {"name": self.organisation, "email": None},
            "created_at": "2012-01-05T09:00:00Z",
        }

    def write_key_file(self, folder: Path) -> Path:
        path = folder / f"{self.key_id}.cpckey.json"
        path.write_text(json.dumps(self.key_file()), encoding="utf-8")
        return path

    def payload(
        self,
        country: str = "THA",
        cycle: str = "2012",
        *,
        assessment_id: str | None = None,
        revision: int = 1,
        ratings: dict[str, str | None] | None = None,
        default_rating: str | None = "yellow",
        ranking: str | None = "some_progress",
        stars: tuple[str, ...] = (),
        evidence: dict[str, list[dict[str, Any]]] | None = None,
        texts: dict[str, str] | None = None,
    ) -> dict[str, Any]:
        ratings = ratings or {}
        evidence = evidence or {}
        texts = texts or {}
        return {
            "bundle_id": str(uuid.uuid4()),
            "assessment_id": assessment_id or str(uuid.uuid4()),
            "revision": revision,
            "exported_at": f"2012-02-{min(28, revision):02d}T10:00:00Z",
            "app": {"name": "tests", "version": "1"},
            "catalogue": {"id": "ecpat-cpc", "version": 1},
            "organisation": {"name": self.organisation, "email": None},
            "country": country,
            "cycle": cycle,
            "overall": {"ranking": ranking, "summary": f"Summary by {self.organisation}."},
            "indicators": [
                {
                    "code": code,
                    "rating": ratings.get(code, default_rating),
                    "ngo_action": code in stars,
                    "assessment": texts.get(code, f"{code} assessed by {self.organisation}."),
                    "recommendation": f"Do more on {code}.",
                    "evidence": copy.deepcopy(evidence.get(code, [])),
                }
                for code in CODES
            ],
            "calls_to_action": ["Ratify the Optional Protocol."],
        }

    def sign(self, payload: dict[str, Any]) -> bytes:
        envelope: dict[str, Any] = {"format": "cardentry.bundle", "format_version": 1, "payload": payload}
        signed = rfc8785.dumps(envelope)
        envelope["signature"] = {
            "alg": "ed25519",
            "key_id": self.key_id,
            "public_key": base64.b64encode(self.public_key).decode(),
            "value": base64.b64encode(self.private_key.sign(signed)).decode(),
        }
        return json.dumps(envelope, indent=2, ensure_ascii=False).encode("utf-8")

    def bundle(self, **options: Any) -> bytes:
        return self.sign(self.payload(**options))

    def revise(self, payload: dict[str, Any], **changes: Any) -> dict[str, Any]:
        """The next revision of ``payload`` (new bundle id), with indicator ratings changed."""
        new = copy.deepcopy(payload)
        new["bundle_id"] = str(uuid.uuid4())
        new["revision"] = payload["revision"] + 1
        new["exported_at"] = f"2012-02-{min(28, new['revision']):02d}T10:00:00Z"
        for code, rating in changes.get("ratings", {}).items():
            next(e for e in new["indicators"] if e["code"] == code)["rating"] = rating
        if "ranking" in changes:
            new["overall"]["ranking"] = changes["ranking"]
        return new


def evidence_item(title: str, **fields: Any) -> dict[str, Any]:
    return {
        "id": fields.get("id", str(uuid.uuid4())),
        "kind": fields.get("kind", "report"),
        "title": title,
        "source": fields.get("source", "Ministry"),
        "url": fields.get("url"),
        "date": fields.get("date", "2011"),
        "note": fields.get("note", ""),
    }


def write(folder: Path, name: str, data: bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(data)
    return path


def secretariat(root: Path) -> Any:
    """A new secretariat profile's open store in ``root``."""
    from cardentry.storage.profile import init_profile

    return init_profile(root, role="secretariat", organisation="Secretariat")


def trust(store: Any, partner: Partner, countries: str | None = "THA") -> Any:
    """Trust ``partner``'s key (for ``countries``); returns the ``TrustResult``."""
    from cardentry.secretariat.actions import trust_key
    from cardentry.secretariat.trust import parse_public_key_file

    data = json.dumps(partner.key_file()).encode()
    return trust_key(store, parse_public_key_file(data), countries)


def import_data(store: Any, data: bytes, name: str = "bundle.cpc.json") -> Any:
    from cardentry.secretariat.importer import import_bytes

    return import_bytes(store, data, name)
