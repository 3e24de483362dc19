"""Exporting to a read-only or full folder, and a profile on a read-only disk: a clear
message, and the database and earlier files intact. Uses real tmpfs mounts (root on
Linux, as CI runs); elsewhere these tests are skipped."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from partner_helpers import ENV, fast_kdf, full_answers

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="tmpfs mounts")


def _mount(path, *options: str) -> None:
    path.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", ",".join(options), "tmpfs", str(path)],
        capture_output=True,
        check=False,
    )
    if result.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {result.stderr.decode().strip()}")


@pytest.fixture
def mounts(tmp_path):
    made = []

    def mount(name: str, *options: str):
        path = tmp_path / name
        _mount(path, *options)
        made.append(path)
        return path

    yield mount
    for path in reversed(made):
        subprocess.run(["umount", "-l", str(path)], check=False)


@pytest.fixture
def card(cli, tmp_path, monkeypatch):
    fast_kdf(monkeypatch)
    assert cli("profile", "init", "--org", "ECPAT Thailand", "--role", "partner", env=ENV).exit_code == 0
    assessment = json.loads(cli("assessment", "new", "--country", "THA", "--cycle", "2012", "--json").stdout)[
        "assessment_id"
    ]
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps(full_answers()), encoding="utf-8")
    assert cli("assessment", "fill", assessment, "--from", str(answers)).exit_code == 0
    return assessment


def _exports(cli, assessment):
    return json.loads(cli("exports", "list", assessment, "--json").stdout)


def test_exporting_to_a_read_only_folder_says_so_and_records_nothing(cli, card, mounts):
    folder = mounts("usb-stick", "ro", "size=1m")
    result = cli("export", card, "--out", str(folder), env=ENV)
    assert result.exit_code == 2
    assert "is read-only" in result.output and "choose another folder" in result.output
    assert _exports(cli, card) == []


def test_exporting_to_a_full_disk_says_so_keeps_earlier_files_and_records_nothing(cli, card, mounts):
    folder = mounts("small-stick", "size=48k")
    first = cli("export", card, "--out", str(folder), "--json", env=ENV)
    assert first.exit_code == 0, first.output
    earlier = {path.name: path.read_bytes() for path in folder.iterdir()}
    (folder / "filler").write_bytes(b"\0" * (48 * 1024 - sum(map(len, earlier.values())) - 4096))
    result = cli("export", card, "--out", str(folder), env=ENV)
    assert result.exit_code == 2
    assert "is full" in result.output
    assert [row["revision"] for row in _exports(cli, card)] == [1]
    for name, content in earlier.items():
        assert (folder / name).read_bytes() == content
    assert not [p for p in folder.iterdir() if p.name.endswith(".tmp")]


def test_a_profile_on_a_disk_made_read_only_gives_a_clear_message_and_keeps_the_data(tmp_path, mounts):
    from cardentry.storage.profile import init_profile, open_store
    from cardentry.storage.store import StorageFailure, StoreError

    disk = mounts("disk", "size=8m")
    root = disk / "profile"
    with init_profile(root, role="secretariat", organisation="Secretariat") as store:
        store.set_setting("kept", "yes")
    subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
    with pytest.raises(StoreError) as raised:
        store = open_store(root)
        store.set_setting("new", "value")  # if opening worked, writing must fail clearly
    assert isinstance(raised.value, StorageFailure) or "read" in str(raised.value).lower()
    subprocess.run(["mount", "-o", "remount,rw", str(disk)], check=True)
    with open_store(root) as store:
        assert store.get_setting("kept") == "yes"
