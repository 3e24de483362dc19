"""The store: a real SQLite file, edits in transactions, history, undo and redo, the lock."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
import threading

import pytest

from cardentry.storage.store import DatabaseDamaged, IntegrityCheck, NotFound, ProfileInUse, Store
from harness.damage import scribble_over_a_page, scribble_over_a_page_of


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "cardentry.sqlite3") as opened:
        yield opened


def reopen(store: Store) -> Store:
    path = store.path
    store.close()
    return Store.open(path)


def test_the_database_uses_wal_full_sync_and_foreign_keys(store):
    conn = store.db.conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_a_new_card_has_the_twelve_catalogue_indicators_unrated(store):
    card = store.load_card(store.new_assessment("THA", "2012"))
    assert len(card.indicators) == 12
    assert all(entry.rating is None and entry.evidence == [] for entry in card.indicators)


def test_every_field_round_trips_through_the_file(store):
    assessment = store.new_assessment("THA", "2012")
    text = 'Plan d\'action — 計画 ภาษาไทย "quoted" \\ back\tslash\r\nnew line'
    store.set_field(assessment, "overall.ranking", "some_progress")
    store.set_field(assessment, "overall.summary", text)
    store.set_field(assessment, "calls_to_action", ["Ratify the OPSC.", text])
    store.set_field(assessment, "indicators.helpline.rating", "yellow")
    store.set_field(assessment, "indicators.helpline.ngo_action", True)
    store.set_field(assessment, "indicators.helpline.assessment", text)
    store.set_field(assessment, "indicators.helpline.recommendation", "Fund a 24-hour line.")
    evidence = store.add_evidence(
        assessment, "helpline",
        {"kind": "media", "title": text, "source": "Bangkok Post", "url": "https://x.org/a?b=1",
         "date": "2011-11", "note": text},
    )  # fmt: skip
    store = reopen(store)
    card = store.load_card(assessment)
    assert card.overall.ranking == "some_progress" and card.overall.summary == text
    assert card.calls_to_action == ["Ratify the OPSC.", text]
    helpline = card.indicator("helpline")
    assert (helpline.rating, helpline.ngo_action, helpline.assessment) == ("yellow", True, text)
    assert helpline.evidence[0].model_dump() == {
        "id": evidence, "kind": "media", "title": text, "source": "Bangkok Post",
        "url": "https://x.org/a?b=1", "date": "2011-11", "note": text,
    }  # fmt: skip
    store.close()


def test_each_edit_is_recorded_with_when_which_field_old_and_new(store):
    assessment = store.new_assessment("THA", "2012")
    store.set_field(assessment, "indicators.shelters.rating", "red")
    store.set_field(assessment, "indicators.shelters.rating", "yellow")
    history = store.history(assessment, "indicators.shelters.rating")
    assert [(edit.old, edit.new) for edit in history] == [("red", "yellow"), (None, "red")]
    assert all(edit.at.endswith("Z") for edit in history)


def test_writing_the_same_value_again_records_nothing(store):
    assessment = store.new_assessment("THA", "2012")
    assert store.set_field(assessment, "overall.summary", "x") is not None
    assert store.set_field(assessment, "overall.summary", "x") is None
    assert len(store.history(assessment)) == 1


def test_undo_puts_back_the_previous_value_in_the_database_and_redo_reapplies_it(store):
    assessment = store.new_assessment("THA", "2012")
    store.set_field(assessment, "indicators.helpline.rating", "green")
    store.set_field(assessment, "indicators.helpline.rating", "red")
    store.set_field(assessment, "overall.summary", "typed")
    store.undo(assessment)
    store.undo(assessment)
    store = reopen(store)
    assert store.get_field(assessment, "indicators.helpline.rating") == "green"
    assert store.get_field(assessment, "overall.summary") == ""
    store.redo(assessment)
    assert store.get_field(assessment, "indicators.helpline.rating") == "red"
    store.redo(assessment)
    assert store.get_field(assessment, "overall.summary") == "typed"
    assert not store.can_redo(assessment)
    store.close()


def test_a_new_edit_after_undo_ends_the_redo_chain(store):
    assessment = store.new_assessment("THA", "2012")
    store.set_field(assessment, "overall.summary", "one")
    store.undo(assessment)
    store.set_field(assessment, "overall.summary", "two")
    assert store.redo(assessment) is None
    assert store.get_field(assessment, "overall.summary") == "two"


def test_removing_evidence_can_be_undone_with_its_position(store):
    assessment = store.new_assessment("THA", "2012")
    ids = [store.add_evidence(assessment, "police_units", {"title": f"item {n}"}) for n in range(3)]
    store.remove_evidence(assessment, ids[1])
    assert store.get_field(assessment, "indicators.police_units.evidence_order") == [ids[0], ids[2]]
    store.undo(assessment)
    assert store.get_field(assessment, "indicators.police_units.evidence_order") == ids


def test_evidence_can_be_reordered_and_the_order_undone(store):
    assessment = store.new_assessment("THA", "2012")
    ids = [store.add_evidence(assessment, "shelters", {"title": f"item {n}"}) for n in range(3)]
    store.move_evidence(assessment, ids[2], 0)
    titles = [item.title for item in store.load_card(assessment).indicator("shelters").evidence]
    assert titles == ["item 2", "item 0", "item 1"]
    store.undo(assessment)
    assert store.get_field(assessment, "indicators.shelters.evidence_order") == ids


def test_a_card_started_from_the_previous_cycle_copies_it_and_marks_everything_to_review(store):
    old = store.new_assessment("THA", "2010-2011")
    store.set_field(old, "indicators.helpline.rating", "yellow")
    store.add_evidence(old, "helpline", {"title": "Hotline 1300"})
    new = store.new_assessment("THA", "2012", based_on=old)
    card = store.load_card(new)
    assert card.indicator("helpline").rating == "yellow"
    assert card.indicator("helpline").evidence[0].title == "Hotline 1300"
    assert (
        card.indicator("helpline").evidence[0].id != store.load_card(old).indicator("helpline").evidence[0].id
    )
    assert len(store.to_review(new)) == 12
    store.set_field(new, "indicators.helpline.rating", "green")
    assert "helpline" not in store.to_review(new)


def test_unknown_assessments_and_fields_are_refused(store):
    with pytest.raises(NotFound):
        store.load_card("0b9e2c4a-1d2f-4e6a-9c8b-7a6f5e4d3c2b")
    assessment = store.new_assessment("THA", "2012")
    with pytest.raises(NotFound):
        store.set_field(assessment, "indicators.helpline.colour", "green")
    with pytest.raises(NotFound):
        store.set_field(assessment, "overall; DROP TABLE edit", 1)


def test_a_failed_edit_inside_a_transaction_leaves_nothing_behind(store):
    assessment = store.new_assessment("THA", "2012")
    with pytest.raises(NotFound), store.transaction():
        store.set_field(assessment, "overall.summary", "half")
        store.set_field(assessment, "no.such.field", 1)
    assert store.get_field(assessment, "overall.summary") == ""
    assert store.history(assessment) == []


def test_a_second_process_opening_the_same_profile_gets_profile_in_use(store):
    script = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        from cardentry.storage.store import ProfileInUse, Store
        try:
            Store.open(Path({str(store.path)!r}))
        except ProfileInUse as error:
            print("in use:", error)
            sys.exit(3)
        """
    )
    before = store.path.read_bytes()
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False)
    assert result.returncode == 3, result.stderr
    assert "open in another window" in result.stdout
    assert store.path.read_bytes() == before


def test_the_lock_is_released_on_close(tmp_path):
    Store.open(tmp_path / "db.sqlite3").close()
    Store.open(tmp_path / "db.sqlite3").close()


def test_opening_twice_in_one_process_is_refused_too(store):
    with pytest.raises(ProfileInUse):
        Store.open(store.path)


def test_a_file_that_is_not_a_database_is_detected_and_left_untouched(tmp_path):
    path = tmp_path / "cardentry.sqlite3"
    path.write_bytes(b"this is a partner's card, damaged" * 100)
    before = path.read_bytes()
    with pytest.raises(DatabaseDamaged, match="not a cardentry database"):
        Store.open(path)
    assert path.read_bytes() == before


def _scribble_over_a_page(path):
    """A healthy database of a few hundred rows, then a b-tree page damaged under its header."""
    with Store.open(path) as store:
        for n in range(200):
            store.new_assessment("THA", f"{1900 + n}")
    return scribble_over_a_page(path)


def test_a_database_with_damaged_pages_is_detected_and_left_untouched(tmp_path):
    path = tmp_path / "cardentry.sqlite3"
    damaged = _scribble_over_a_page(path)
    with pytest.raises(DatabaseDamaged):
        Store.open(path)
    assert path.read_bytes() == damaged


def test_a_check_started_early_still_stops_the_opening_of_a_damaged_database(tmp_path):
    path = tmp_path / "cardentry.sqlite3"
    damaged = _scribble_over_a_page(path)
    check = IntegrityCheck(path)  # what the desktop app starts before Qt loads
    with pytest.raises(DatabaseDamaged, match="is damaged"):
        Store.open(path, integrity=check)
    assert path.read_bytes() == damaged


def test_a_check_started_early_lets_a_healthy_database_open(tmp_path):
    path = tmp_path / "cardentry.sqlite3"
    with Store.open(path) as store:
        made = store.new_assessment("THA", "2012")
    check = IntegrityCheck(path)
    with Store.open(path, integrity=check) as store:
        assert [a.id for a in store.list_assessments()] == [made]


def test_a_check_of_another_file_is_not_taken_for_this_one(tmp_path):
    healthy, damaged = tmp_path / "healthy.sqlite3", tmp_path / "cardentry.sqlite3"
    with Store.open(healthy):
        pass
    _scribble_over_a_page(damaged)
    with pytest.raises(DatabaseDamaged):
        Store.open(damaged, integrity=IntegrityCheck(healthy))


def _damaged_history(path):
    """A card whose edit history spans pages, then one of the history's pages damaged: the
    card still reads, only the check (and the history) meet the damage."""
    with Store.open(path) as store:
        card = store.new_assessment("THA", "2012")
        for n in range(300):
            store.set_field(card, "overall.summary", f"summary {n} " + "x" * 100)
    return card, scribble_over_a_page_of(path, "edit")


def test_opened_before_the_verdict_a_damaged_database_reads_but_is_never_written(tmp_path):
    path = tmp_path / "cardentry.sqlite3"
    card, damaged = _damaged_history(path)
    store = Store.open(path, integrity=IntegrityCheck(path), verdict_later=True)  # the desktop app
    try:
        assert store.get_field(card, "overall.summary").startswith("summary 299")  # the window's reads
        with pytest.raises(DatabaseDamaged, match="is damaged"):
            store.set_field(card, "overall.summary", "typed before the verdict came")
        with pytest.raises(DatabaseDamaged):
            store.backup(tmp_path / "backups" / "daily.sqlite3")  # it would push a good backup out
        with pytest.raises(DatabaseDamaged):
            store.verdict()  # and at every later call
    finally:
        store.close()
    assert path.read_bytes() == damaged
    assert not (tmp_path / "backups").exists() or not list((tmp_path / "backups").iterdir())


class _HeldCheck:
    """An integrity check whose verdict comes when the test says so."""

    def __init__(self, path):
        self.path = path
        self.asked = threading.Event()
        self.release = threading.Event()

    def result(self):
        self.asked.set()
        assert self.release.wait(30)


def test_opened_before_the_verdict_a_write_waits_for_it_then_goes_through(tmp_path):
    path = tmp_path / "cardentry.sqlite3"
    with Store.open(path) as store:
        card = store.new_assessment("THA", "2012")
    check = _HeldCheck(path)
    store = Store.open(path, integrity=check, verdict_later=True)
    try:
        assert store.execute("PRAGMA query_only").fetchone()[0] == 1  # nothing can write yet
        writer = threading.Thread(target=store.set_field, args=(card, "overall.summary", "kept"))
        writer.start()
        assert check.asked.wait(30)  # the write asked for the verdict...
        with sqlite3.connect(path) as other:  # ...and wrote nothing before it came
            assert other.execute("SELECT summary FROM assessment").fetchone()[0] == ""
        check.release.set()
        writer.join(30)
        assert store.get_field(card, "overall.summary") == "kept"
        assert store.execute("PRAGMA query_only").fetchone()[0] == 0
    finally:
        check.release.set()
        store.close()


def test_a_schema_step_waits_for_the_verdict_even_when_asked_to_open_before_it(tmp_path):
    path = tmp_path / "cardentry.sqlite3"
    with Store.open(path):
        pass
    with sqlite3.connect(path) as conn:  # as if written by the app before its last schema step
        conn.execute(
            "DELETE FROM _sqlite_migrations WHERE rowid = (SELECT max(rowid) FROM _sqlite_migrations)"
        )
    check = _HeldCheck(path)
    check.release.set()
    with Store.open(path, integrity=check, verdict_later=True) as store:
        assert check.asked.is_set()  # waited before migrating
        assert store.execute("PRAGMA query_only").fetchone()[0] == 0
