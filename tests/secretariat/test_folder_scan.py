"""Every file in a folder is imported, rejected with a reason, or listed as skipped with why:
renamed and re-downloaded bundles arrive, links and pipes never hang or vanish, an
unreadable folder is an error, and an oversized file is not copied whole to quarantine."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pytest

from bundle_factory import Partner, secretariat, trust, write
from cardentry.secretariat.importer import (
    QUARANTINE_HEAD_BYTES,
    ImportSummary,
    count_bundle_files,
    import_log,
    import_paths,
)


@pytest.fixture
def store(tmp_path):
    with secretariat(tmp_path / "sec") as store:
        yield store


def outcomes(results) -> dict[str, tuple[str, str | None]]:
    return {Path(r.file).name: (r.status, r.reason) for r in results}


def test_renamed_and_re_downloaded_bundles_are_imported_by_name_or_by_content(store, tmp_path):
    partner = Partner.new()
    trust(store, partner, None)
    inbox = tmp_path / "inbox"
    write(inbox, "THA-2012-a-r1.cpc (1).json", partner.bundle(country="THA"))
    write(inbox, "KHM-2012-a-r1.cpc.json.txt", partner.bundle(country="KHM"))
    write(inbox, "card.json", partner.bundle(country="IND"))
    write(inbox, "attachment", partner.bundle(country="PHL"))  # no name at all: the content says
    write(inbox, "notes.txt", b"call ECPAT on Monday")
    write(inbox, "photo.jpg", b"\xff\xd8\xff\xe0" + bytes(100))
    results = list(import_paths(store, [inbox]))
    assert outcomes(results) == {
        "THA-2012-a-r1.cpc (1).json": ("imported", None),
        "KHM-2012-a-r1.cpc.json.txt": ("imported", None),
        "card.json": ("imported", None),
        "attachment": ("imported", None),
        "notes.txt": ("skipped", "not_a_bundle"),
        "photo.jpg": ("skipped", "not_a_bundle"),
    }
    assert count_bundle_files([inbox]) == len(results)
    summary = ImportSummary()
    for result in results:
        summary.add(result)
    assert summary.to_json()["outcomes"]["skipped"] == 2
    assert summary.to_json()["skipped"] == {"not_a_bundle": 2}
    assert summary.rejected == 0
    assert len(import_log(store)) == 4  # skipped files are not import attempts


def test_key_files_and_links_inside_a_folder_are_listed_as_skipped_with_why(store, tmp_path):
    partner = Partner.new()
    trust(store, partner, None)
    elsewhere = tmp_path / "elsewhere"
    write(elsewhere, "THA.cpc.json", partner.bundle())
    inbox = tmp_path / "inbox"
    partner.write_key_file(write(inbox, "x", b"").parent)
    (inbox / "x").unlink()
    (inbox / "linked-folder").symlink_to(elsewhere)
    (inbox / "linked.cpc.json").symlink_to(elsewhere / "THA.cpc.json")
    results = list(import_paths(store, [inbox]))
    by_name = {Path(r.file).name: r for r in results}
    assert by_name[f"{partner.key_id}.cpckey.json"].reason == "key_file"
    assert "trust add" in by_name[f"{partner.key_id}.cpckey.json"].detail
    assert by_name["linked-folder"].status == "skipped" and by_name["linked-folder"].reason == "symlink"
    assert "link to a folder" in by_name["linked-folder"].detail
    assert by_name["linked.cpc.json"].reason == "symlink"
    # the folder given by name is read through the link
    assert outcomes(import_paths(store, [inbox / "linked-folder"])) == {"THA.cpc.json": ("imported", None)}


def test_a_fifo_named_like_a_bundle_is_skipped_never_read(store, tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    os.mkfifo(inbox / "THA.cpc.json")  # a read would block forever: nobody writes to it
    assert outcomes(import_paths(store, [inbox])) == {"THA.cpc.json": ("skipped", "not_a_regular_file")}
    assert outcomes(import_paths(store, [inbox / "THA.cpc.json"])) == {
        "THA.cpc.json": ("skipped", "not_a_regular_file")
    }


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any folder")
def test_an_unreadable_folder_is_an_error_not_silence(store, tmp_path, cli):
    inbox = tmp_path / "inbox"
    locked = inbox / "locked"
    write(locked, "THA.cpc.json", b"{}")
    locked.chmod(0)
    try:
        results = list(import_paths(store, [inbox]))
    finally:
        locked.chmod(0o755)
    assert outcomes(results) == {"locked": ("rejected", "unreadable")}
    assert "cannot read the folder" in results[0].detail


def test_an_unreadable_folder_counted_as_rejected_on_the_command_line(tmp_path, cli, monkeypatch):
    assert cli("profile", "init", "--org", "Sec", "--role", "secretariat").exit_code == 0
    inbox = tmp_path / "inbox"
    write(inbox / "locked", "THA.cpc.json", b"{}")
    real_scandir = os.scandir

    def scandir(path):
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    result = cli("import", "--json", str(inbox))
    assert result.exit_code == 1
    row = json.loads(result.stdout.splitlines()[0])
    assert (Path(row["file"]).name, row["status"], row["reason"]) == ("locked", "rejected", "unreadable")


def test_cli_says_when_a_folder_holds_no_file(tmp_path, cli):
    assert cli("profile", "init", "--org", "Sec", "--role", "secretariat").exit_code == 0
    (tmp_path / "empty").mkdir()
    result = cli("import", str(tmp_path / "empty"))
    assert result.exit_code == 0 and "No file was found" in result.output


def test_cli_lists_skipped_files_and_counts_them(tmp_path, cli):
    assert cli("profile", "init", "--org", "Sec", "--role", "secretariat").exit_code == 0
    inbox = tmp_path / "inbox"
    write(inbox, "notes.txt", b"hello")
    result = cli("import", str(inbox))
    assert result.exit_code == 0
    assert "skipped (not_a_bundle):" in result.stdout and "notes.txt" in result.stdout
    assert "1 file(s):" in result.output and "1 skipped" in result.output
    as_json = cli("import", "--json", str(inbox))
    row = json.loads(as_json.stdout.splitlines()[0])
    assert row["status"] == "skipped" and row["reason"] == "not_a_bundle" and row["detail"]


def test_an_oversized_file_is_quarantined_as_its_first_bytes_with_size_and_hash(store, tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    big = inbox / "huge.cpc.json"
    with big.open("wb") as handle:
        for _ in range(12):
            handle.write(os.urandom(1024 * 1024))
    whole = big.read_bytes()
    (result,) = import_paths(store, [big])
    assert (result.status, result.reason) == ("rejected", "too_large")
    kept = Path(result.quarantined)
    assert kept.stat().st_size == QUARANTINE_HEAD_BYTES
    assert kept.read_bytes() == whole[:QUARANTINE_HEAD_BYTES]
    note = json.loads(Path(f"{kept}.reason.json").read_text(encoding="utf-8"))
    assert note["size"] == len(whole) and note["kept_bytes"] == QUARANTINE_HEAD_BYTES
    assert note["sha256"] == hashlib.sha256(whole).hexdigest() == result.sha256
    assert note["reason"] == "too_large"
