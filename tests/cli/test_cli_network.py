"""``cardentry network ...``: the secretariat makes and publishes its keys, a partner accepts them."""

from __future__ import annotations

import json

import pytest

from partner_helpers import ENV, PASSPHRASE
from sealed_helpers import Cli

pytestmark = pytest.mark.usefixtures("cheap_kdf")


@pytest.fixture
def secretariat(tmp_path):
    cli = Cli(tmp_path / "secretariat")
    result = cli("profile", "init", "--org", "ECPAT secretariat", "--email", "cards@example.org",
                 "--role", "secretariat")  # fmt: skip
    assert result.exit_code == 0, result.output
    return cli


@pytest.fixture
def partner(tmp_path):
    cli = Cli(tmp_path / "partner")
    result = cli("profile", "init", "--org", "ECPAT Thailand", "--role", "partner", env=ENV)
    assert result.exit_code == 0, result.output
    return cli


def test_init_prints_both_fingerprints_and_the_hard_reminder(secretariat):
    result = secretariat("network", "init", env=ENV)
    assert result.exit_code == 0, result.output
    assert "Signing key" in result.output and "Sealing key" in result.output
    assert "no sealed card can ever be read" in result.stderr
    again = secretariat("network", "init", env=ENV)
    assert again.exit_code == 2 and "already has network keys" in again.stderr


def test_a_short_passphrase_is_refused_and_nothing_is_made(secretariat):
    result = secretariat("network", "init", env={"CARDENTRY_PASSPHRASE": "short"})
    assert result.exit_code == 2
    assert json.loads(secretariat("network", "show", "--json").stdout)["initialised"] is False


def test_export_then_accept_after_the_phone_check(secretariat, partner, tmp_path):
    made = json.loads(secretariat("network", "init", "--json", env=ENV).stdout)
    result = secretariat("network", "export", "--out", str(tmp_path / "net.cpcnet.json"), env=ENV)
    assert result.exit_code == 0, result.output
    assert made["fingerprint"] in result.stderr
    refused = partner("network", "accept", str(tmp_path / "net.cpcnet.json"), input="n\n")
    assert refused.exit_code == 2 and made["fingerprint"] in refused.output
    assert json.loads(partner("network", "show", "--json").stdout) == {"accepted": False}
    accepted = partner("network", "accept", str(tmp_path / "net.cpcnet.json"), input="y\n")
    assert accepted.exit_code == 0, accepted.output
    assert "only ECPAT secretariat can read them" in accepted.output
    shown = json.loads(partner("network", "show", "--json").stdout)
    assert shown["accepted"] is True and shown["fingerprint"] == made["fingerprint"]
    assert shown["sealing_key_id"] == made["sealing_key_id"]
    again = partner("network", "accept", str(tmp_path / "net.cpcnet.json"), "--json")
    assert json.loads(again.stdout)["status"] == "unchanged"


def test_a_rotated_sealing_key_is_accepted_without_a_new_phone_check(
    secretariat, partner, tmp_path, monkeypatch
):
    from cardentry.storage import keys

    secretariat("network", "init", env=ENV)
    secretariat("network", "export", "--out", str(tmp_path / "old.cpcnet.json"), env=ENV)
    partner("network", "accept", str(tmp_path / "old.cpcnet.json"), "--yes")
    monkeypatch.setattr(keys, "utc_now_seconds", lambda: "2099-01-01T00:00:00Z")
    rotated = json.loads(secretariat("network", "rotate", "--json", env=ENV).stdout)
    secretariat("network", "export", "--out", str(tmp_path / "new.cpcnet.json"), env=ENV)
    result = partner("network", "accept", str(tmp_path / "new.cpcnet.json"), "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["status"] == "updated"
    assert (
        json.loads(partner("network", "show", "--json").stdout)["sealing_key_id"] == rotated["sealing_key_id"]
    )
    older = partner("network", "accept", str(tmp_path / "old.cpcnet.json"), "--yes")
    assert older.exit_code == 1 and "older" in older.stderr


def test_the_wrong_passphrase_writes_no_network_key_file(secretariat, tmp_path):
    secretariat("network", "init", env=ENV)
    result = secretariat("network", "export", "--out", str(tmp_path / "n.cpcnet.json"),
                         env={"CARDENTRY_PASSPHRASE": "wrong passphrase"})  # fmt: skip
    assert result.exit_code == 2 and "Wrong passphrase" in result.stderr
    assert not (tmp_path / "n.cpcnet.json").exists()


def test_backup_and_restore_through_the_command_line(secretariat, tmp_path):
    secretariat("network", "init", env=ENV)
    assert "no sealed card" in secretariat("network", "show").stderr
    backup = secretariat("network", "backup", "--out", str(tmp_path))
    assert backup.exit_code == 0, backup.output
    assert json.loads(secretariat("network", "show", "--json").stdout)["backed_up_at"] is not None
    other = Cli(tmp_path / "other")
    other("profile", "init", "--org", "ECPAT secretariat", "--role", "secretariat")
    restored = other("network", "restore", backup.output.strip().splitlines()[0], env=ENV)
    assert restored.exit_code == 0, restored.output
    assert json.loads(other("network", "show", "--json").stdout)["initialised"] is True


def test_roles_are_checked(secretariat, partner, tmp_path):
    assert partner("network", "init", env=ENV).exit_code == 2
    assert secretariat("network", "accept", str(tmp_path / "x"), "--yes").exit_code == 2
    assert PASSPHRASE
