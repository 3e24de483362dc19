"""A profile keeps a log: ``cardentry.log`` in its folder, written by the command line as by
the app (imports, trust decisions, exports; never what a card says)."""

from __future__ import annotations

import logging

from bundle_factory import Partner, write
from cardentry.base import logs
from cardentry.bundleformat.keyfile import format_fingerprint
from cardentry.storage.paths import ProfilePaths


def test_an_import_from_the_command_line_is_logged_in_the_profile(cli, tmp_path) -> None:
    partner = Partner.new()
    assert cli("profile", "init", "--org", "Sec", "--role", "secretariat").exit_code == 0
    assert cli("trust", "add", str(partner.write_key_file(tmp_path)), "--countries", "THA").exit_code == 0
    good = write(tmp_path / "mail", "ecpat-tha-2012-r1.cpc.json", partner.bundle())
    bad = write(tmp_path / "mail", "broken.cpc.json", b"{not json")
    assert cli("import", str(good), str(bad)).exit_code == 1
    log = ProfilePaths(cli.data_dir).log
    lines = log.read_text(encoding="utf-8").splitlines()
    assert any(
        "INFO cardentry.secretariat.importer: import ecpat-tha-2012-r1.cpc.json: imported, THA 2012 r1"
        in line
        for line in lines
    )
    assert any(
        "WARNING" in line and "import broken.cpc.json: rejected (malformed_json)" in line for line in lines
    )
    assert any("secretariat profile created" in line for line in lines)
    assert any("trusted" in line and format_fingerprint(partner.key_id) in line for line in lines)


def test_the_log_rotates_at_a_megabyte_and_follows_the_profile(tmp_path) -> None:
    first = logs.setup_logging(tmp_path / "one")
    assert first == (tmp_path / "one" / "cardentry.log").resolve()
    assert logs.setup_logging(tmp_path / "one") == first  # once per profile
    handlers = [h for h in logging.getLogger("cardentry").handlers if isinstance(h, logs.RotatingFileHandler)]
    assert len(handlers) == 1 and handlers[0].maxBytes == 1_000_000 and handlers[0].backupCount == 3
    second = logs.setup_logging(tmp_path / "two")
    logging.getLogger("cardentry.test").info("hello")
    assert "hello" in second.read_text(encoding="utf-8") and "hello" not in first.read_text(encoding="utf-8")
    assert logs.current_log_file() == second


def test_nothing_is_logged_before_a_profile_is_opened(capsys) -> None:
    logging.getLogger("cardentry.secretariat.importer").warning("import x: rejected (bad_signature)")
    assert capsys.readouterr().err == ""  # no stray lines on a script's stderr
