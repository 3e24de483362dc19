"""The private key and the passphrase never leave the key file: not in the database,
backups, exports, public key files or anything the command line prints. A wrong
passphrase costs a guesser the full KDF every time (no quick check value is stored)."""

from __future__ import annotations

import base64
import json

import pytest

from cardentry.storage import keys
from partner_helpers import PASSPHRASE, fast_kdf, full_answers

SECRET_PASSPHRASE = "a secret sentence nobody else knows 7"


def _spellings(secret: bytes) -> list[bytes]:
    return [
        secret,
        secret.hex().encode(),
        base64.b64encode(secret),
        base64.urlsafe_b64encode(secret).rstrip(b"="),
    ]


def test_no_secret_reaches_any_file_or_output_of_a_whole_partner_session(cli, tmp_path, monkeypatch):
    fast_kdf(monkeypatch)
    env = {"CARDENTRY_PASSPHRASE": SECRET_PASSPHRASE}
    outputs = [cli("profile", "init", "--org", "ECPAT Thailand", "--role", "partner", env=env)]
    assessment = json.loads(cli("assessment", "new", "--country", "THA", "--cycle", "2012", "--json").stdout)[
        "assessment_id"
    ]
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps(full_answers()), encoding="utf-8")
    outbox = tmp_path / "outbox"
    outbox.mkdir()
    outputs += [
        cli("assessment", "fill", assessment, "--from", str(answers)),
        cli("export", assessment, "--out", str(outbox), "--json", env=env),
        cli("export", assessment, "--out", str(outbox), env=env),
        cli("key", "export-public", "--out", str(outbox / "public.cpckey.json")),
        cli("key", "backup", "--out", str(outbox / "key-backup.json")),
        cli("profile", "show", "--json"),
        cli("export", assessment, "--out", str(outbox), env={"CARDENTRY_PASSPHRASE": "wrong passphrase!"}),
    ]
    assert all(result.exit_code in (0, 2) for result in outputs)
    seed = keys._seed_of(keys.load_profile_key(cli.data_dir).unlock(SECRET_PASSPHRASE))
    secrets = [*_spellings(seed), SECRET_PASSPHRASE.encode()]
    printed = "".join(result.output + (result.stderr or "") for result in outputs).encode()
    files = [p for p in [*cli.data_dir.rglob("*"), *outbox.rglob("*")] if p.is_file()]
    assert any(p.name.endswith(".cpc.json") for p in files)
    for secret in secrets:
        assert secret not in printed
        for path in files:
            assert secret not in path.read_bytes(), f"a secret is in {path}"


def test_a_wrong_passphrase_costs_the_full_kdf_with_the_stored_parameters(monkeypatch):
    fast_kdf(monkeypatch)
    key_file = keys.generate_key(PASSPHRASE, organisation={"name": "ECPAT", "email": None})
    calls = []
    real = keys.derive_key
    monkeypatch.setattr(keys, "derive_key", lambda p, kdf: calls.append(kdf) or real(p, kdf))
    for guess in ("guess one", "guess two", "guess three"):
        with pytest.raises(keys.WrongPassphrase):
            key_file.unlock(guess)
    assert calls == [key_file.kdf] * 3  # every guess runs the whole derivation


def test_the_key_file_stores_nothing_that_checks_a_passphrase_faster_than_the_kdf():
    key_file = keys.generate_key(PASSPHRASE, organisation={"name": "ECPAT", "email": None})
    document = json.loads(key_file.to_bytes())
    assert set(document) == {
        "format", "format_version", "alg", "key_id", "public_key", "organisation", "created_at", "kdf",
        "cipher", "ciphertext",
    }  # fmt: skip
    assert set(document["cipher"]) == {"name", "nonce"}  # the GCM tag is only checkable after the KDF
    assert (
        set(document["kdf"]) == {"name", "salt", *keys.ARGON2ID_PARAMS} or document["kdf"]["name"] == "scrypt"
    )
