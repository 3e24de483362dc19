"""One contract for every command: ordinary mistakes give a clear message and the right
exit code (0 ok, 1 a check failed, 2 usage or unusable profile, 130 interrupted), never a
traceback; with --json an error is also a JSON object on stdout; names a partner chose
never reach the terminal with control characters; re-trusting a key never widens it."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from bundle_factory import Partner, write
from partner_helpers import ENV, fast_kdf, full_answers


@pytest.fixture
def sec(cli):
    assert cli("profile", "init", "--org", "Secretariat", "--role", "secretariat").exit_code == 0
    return cli


@pytest.fixture
def partner_cli(cli, monkeypatch):
    fast_kdf(monkeypatch)
    assert cli("profile", "init", "--org", "ECPAT Thailand", "--role", "partner", env=ENV).exit_code == 0
    return cli


def _json_error(result) -> dict:
    return json.loads(result.stdout.strip().splitlines()[-1])


# --- 3. re-trusting never widens ---------------------------------------------------------


def test_trust_add_again_without_countries_does_not_widen_the_key(sec, tmp_path):
    partner = Partner.new("ECPAT Thailand")
    key_file = partner.write_key_file(tmp_path)
    assert sec("trust", "add", str(key_file), "--countries", "THA").exit_code == 0
    again = sec("trust", "add", str(key_file))
    assert again.exit_code == 2
    assert "already trusted for THA" in again.stderr and "trust countries" in again.stderr
    [key] = json.loads(sec("trust", "list", "--json").stdout)
    assert key["countries"] == ["THA"]
    same = sec("trust", "add", str(key_file), "--countries", "THA")
    assert same.exit_code == 0 and "Already trusted" in same.stdout


def test_trust_countries_changes_them_only_when_confirmed(sec, tmp_path):
    partner = Partner.new("ECPAT Thailand")
    assert sec("trust", "add", str(partner.write_key_file(tmp_path)), "--countries", "THA").exit_code == 0
    no_terminal = sec("trust", "countries", partner.key_id, "THA,KHM")
    assert no_terminal.exit_code == 2 and "--yes" in no_terminal.stderr
    declined = sec("trust", "countries", partner.key_id, "THA,KHM", input="n\n")
    assert declined.exit_code == 1
    assert json.loads(sec("trust", "list", "--json").stdout)[0]["countries"] == ["THA"]
    confirmed = sec("trust", "countries", partner.key_id, "THA,KHM", input="y\n")
    assert confirmed.exit_code == 0, confirmed.output
    assert "may now sign for KHM, THA (was: THA)" in confirmed.stdout
    widened = sec("trust", "countries", partner.key_id, "any", "--yes", "--json")
    assert widened.exit_code == 0 and json.loads(widened.stdout)["countries"] is None
    unknown = sec("trust", "countries", "0123456789abcdef", "THA", "--yes", "--json")
    assert unknown.exit_code == 2 and _json_error(unknown)["error"] == "usage"


# --- 4. no tracebacks for ordinary mistakes ------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ("report", "overview", "--cycle", "2012", "--format", "json"),
        ("report", "overview", "--cycle", "2012", "--format", "csv"),
        ("report", "overview", "--cycle", "2012", "--format", "xlsx"),
        ("report", "rankings", "--format", "json"),
        ("report", "rankings", "--format", "csv"),
        ("report", "card", "THA", "--cycle", "2012", "--format", "html"),
        ("report", "card", "THA", "--cycle", "2012", "--format", "pdf"),
        ("report", "card", "THA", "--cycle", "2012", "--format", "png"),
    ],
)
def test_a_report_into_a_missing_folder_says_so_and_writes_nothing(sec, tmp_path, args):
    out = tmp_path / "no-such-folder" / "report.out"
    result = sec(*args, "--out", str(out))
    assert result.exit_code == 2
    assert "does not exist" in result.stderr and "Create it first" in result.stderr
    assert not out.parent.exists()


def test_a_report_that_the_disk_refuses_leaves_no_file(sec, tmp_path, monkeypatch):
    import cardentry.cli.report as report

    def refuse(path, data, **options):
        raise OSError(30, "Read-only file system")

    monkeypatch.setattr(report, "write_atomically", refuse)
    out = tmp_path / "rankings.json"
    result = sec("report", "rankings", "--out", str(out))
    assert result.exit_code == 2 and "Read-only file system" in result.stderr
    assert list(tmp_path.glob("rankings*")) == []


@pytest.fixture
def read_only_database(monkeypatch):
    """The profile's database opens read-only, as a file without write permission does."""
    import cardentry.storage.store as store_module

    real = sqlite3.connect

    def connect(path, *args, **options):
        if Path(path).name == "cardentry.sqlite3" and Path(path).parent.name != "backups":
            return real(f"file:{path}?mode=ro", *args, uri=True, **options)
        return real(path, *args, **options)

    def apply(on: bool = True) -> None:
        monkeypatch.setattr(store_module.sqlite3, "connect", connect if on else real)

    return apply


def test_filling_a_card_in_a_read_only_database_says_so(partner_cli, tmp_path, read_only_database):
    created = partner_cli("assessment", "new", "--country", "THA", "--cycle", "2012", "--json")
    assessment = json.loads(created.stdout)["assessment_id"]
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps(full_answers()), encoding="utf-8")
    before = partner_cli("assessment", "show", assessment).stdout
    read_only_database()
    result = partner_cli("assessment", "fill", assessment, "--from", str(answers), "--json")
    assert result.exit_code == 2
    assert "read-only" in result.stderr and _json_error(result)["error"] == "storage"
    read_only_database(False)
    assert partner_cli("assessment", "show", assessment).stdout == before  # nothing half-written


def test_importing_into_a_read_only_database_says_so(sec, tmp_path, read_only_database):
    inbox = tmp_path / "inbox"
    write(inbox, "THA.cpc.json", Partner.new().bundle())
    read_only_database()
    result = sec("import", str(inbox))
    assert result.exit_code == 2
    assert "read-only" in result.stderr and "Traceback" not in result.output


# --- 7. control characters in names ----------------------------------------------------------


def test_control_characters_in_names_never_reach_the_terminal(sec, tmp_path):
    # the format allows CR and LF in a name, and C1 controls such as CSI (U+009B)
    evil = Partner.new("Evil Org\rECPAT Thailand\n9498-00fd-5cae-e787  trusted  Fake\x9b2J")
    inbox = tmp_path / "inbox"
    write(inbox, "THA.cpc.json", evil.bundle())
    assert sec("import", str(inbox)).exit_code == 0  # pending_trust
    pending = sec("trust", "pending")
    assert "Evil Org\\rECPAT Thailand\\n9498" in pending.stdout
    assert "\r" not in pending.stdout and "\x9b" not in pending.stdout
    assert len(pending.stdout.splitlines()) == 1
    assert sec("trust", "add", str(evil.write_key_file(tmp_path)), "--countries", "THA").exit_code == 0
    listed = sec("trust", "list")
    assert len(listed.stdout.splitlines()) == 1
    assert "\r" not in listed.stdout and "\x9b" not in listed.stdout and "\\x9b2J" in listed.stdout


# --- 8. exit codes and --json ----------------------------------------------------------------


def test_errors_are_json_on_stdout_with_json_and_text_on_stderr(cli):
    missing = cli("trust", "list", "--json")  # no profile
    assert missing.exit_code == 2
    error = _json_error(missing)
    assert error["error"] == "usage" and error["exit_code"] == 2 and "No profile" in error["message"]
    assert missing.stderr.startswith("Error: No profile")
    usage = cli("trust", "add", "--json")  # the key file is missing: click's usage error
    assert usage.exit_code == 2
    assert _json_error(usage)["error"] == "usage" and "KEY_FILE" in _json_error(usage)["message"]


def test_an_interrupted_import_prints_each_committed_file_the_summary_and_exits_130(
    sec, tmp_path, monkeypatch
):
    import cardentry.secretariat.importer as importer

    partner = Partner.new()
    inbox = tmp_path / "inbox"
    for number in range(3):
        write(inbox, f"{number}.cpc.json", partner.bundle())
    real = importer.import_file
    done = []

    def interrupted_after_two(store, path, **options):
        if len(done) == 2:
            raise KeyboardInterrupt
        done.append(path)
        return real(store, path, **options)

    monkeypatch.setattr(importer, "import_file", interrupted_after_two)
    result = sec("import", "--json", str(inbox))
    assert result.exit_code == 130
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [Path(line["file"]).name for line in lines[:2]] == ["0.cpc.json", "1.cpc.json"]
    assert lines[-1]["error"] == "interrupted" and lines[-1]["files"] == 2
    assert "Interrupted" in result.stderr and "2 file(s)" in result.stderr
    logged = json.loads(sec("trust", "pending", "--json").stdout)
    assert len(logged) == 2  # both committed


def test_ctrl_c_in_any_command_exits_130(sec, monkeypatch):
    import cardentry.cli.trust as trust_cli

    def interrupted(store):
        raise KeyboardInterrupt

    monkeypatch.setattr(trust_cli, "list_keys", interrupted)
    result = sec("trust", "list", "--json")
    assert result.exit_code == 130 and _json_error(result)["error"] == "interrupted"


# --- 9. smaller ------------------------------------------------------------------------------


def test_a_partner_command_on_a_secretariat_profile_is_refused_naming_the_role(sec):
    result = sec("assessment", "new", "--country", "THA", "--cycle", "2012", "--json")
    assert result.exit_code == 2
    assert "'assessment new' is a partner command" in result.stderr and "secretariat profile" in result.stderr
    assert _json_error(result)["error"] == "wrong_role"


def test_no_passphrase_and_no_terminal_exits_2_saying_how_to_give_one(cli):
    result = cli("profile", "init", "--org", "X", "--role", "partner", input="")
    assert result.exit_code == 2
    assert "CARDENTRY_PASSPHRASE" in result.stderr and "--passphrase-file" in result.stderr
    assert "echoed" not in result.output and "Aborted" not in result.output


def test_a_baseline_cycle_without_cards_is_no_baseline(sec, tmp_path):
    partner = Partner.new()
    assert sec("trust", "add", str(partner.write_key_file(tmp_path)), "--countries", "THA").exit_code == 0
    write(tmp_path / "inbox", "THA.cpc.json", partner.bundle())
    assert sec("import", str(tmp_path / "inbox")).exit_code == 0
    result = sec("report", "overview", "--cycle", "2012", "--baseline", "2009")
    assert result.exit_code == 0
    figures = json.loads(result.stdout)
    assert figures["baseline"] is None and figures["baseline_requested"] == "2009"
    assert "no card was received for 2009" in figures["baseline_missing"]
    assert "baseline_percent" not in figures["rankings"] and "change_points" not in figures["indicators"][0]
    assert "there is no baseline" in result.stderr


# --- 6. damaged attachments, checked without importing ------------------------------------


def test_verify_reads_a_zipped_bundle_and_says_what_to_do_with_a_truncated_one(cli, tmp_path):
    import gzip

    bundle = Partner.new("ECPAT Thailand").bundle()
    zipped = write(tmp_path, "THA.cpc.json.gz", gzip.compress(bundle))
    result = cli("verify", str(zipped), "--json")
    assert result.exit_code == 0, result.output
    shown = json.loads(result.stdout)
    assert shown["ok"] and shown["unwrapped"] == "gzip" and shown["organisation"] == "ECPAT Thailand"
    cut = write(tmp_path, "cut.cpc.json", bundle[:1000])
    refused = cli("verify", str(cut))
    assert refused.exit_code == 1
    assert "REJECTED: malformed_json" in refused.stdout
    assert (
        "incomplete" in refused.stdout
        and "ask ECPAT Thailand (named in the file, not verified)" in refused.stdout
    )
