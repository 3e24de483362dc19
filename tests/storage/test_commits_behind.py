"""Commits behind (issue 18): a transaction's COMMIT runs on a helper thread, and nobody
may count on it before ``settle()``; once settled it is on disk, and a COMMIT that fails
leaves nothing of its transaction and the store usable."""

from __future__ import annotations

import sqlite3
import threading

import pytest

from cardentry.storage.store import Store


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "cardentry.sqlite3") as opened:
        yield opened


def on_disk(store: Store, key: str) -> bool:
    """Whether another connection (another process, after a crash) sees the setting."""
    other = sqlite3.connect(store.path)
    try:
        return other.execute("SELECT 1 FROM profile WHERE key = ?", [key]).fetchone() is not None
    finally:
        other.close()


def test_a_settled_commit_is_on_disk_and_transactions_in_a_row_each_commit(store):
    with store.commits_behind():
        for number in range(5):
            store.set_setting(f"key {number}", number)  # each settles the one before
        store.settle()
        assert all(on_disk(store, f"key {number}") for number in range(5))
    assert [store.get_setting(f"key {number}") for number in range(5)] == [0, 1, 2, 3, 4]


def test_leaving_the_block_settles_what_is_still_committing(store):
    with store.commits_behind():
        store.set_setting("last", "written")
    assert on_disk(store, "last")


def test_a_commit_that_fails_behind_raises_at_settle_and_keeps_nothing_of_its_transaction(store):
    store.db.execute("CREATE TABLE parent (id INTEGER PRIMARY KEY)")
    store.db.execute("CREATE TABLE child (parent_id INTEGER REFERENCES parent (id))")
    with store.commits_behind():
        with store.transaction():
            store.db.execute("PRAGMA defer_foreign_keys = ON")  # checked at COMMIT: it fails there
            store.db.execute("INSERT INTO child VALUES (42)")
            store.db.execute("INSERT INTO profile (key, value) VALUES ('lost', '1')")
        with pytest.raises(sqlite3.IntegrityError):
            store.settle()
        assert not on_disk(store, "lost")
        store.set_setting("after", "the store goes on")  # neither locked nor inside a transaction
    assert store.get_setting("after") == "the store goes on"
    assert store.db.execute("SELECT count(*) FROM child").fetchone()[0] == 0


def test_another_thread_waits_for_the_commit_behind_before_its_own_transaction(store):
    finished = threading.Event()

    def other_thread() -> None:
        store.set_setting("other", "after the first")
        finished.set()

    with store.commits_behind():
        with store.transaction():
            store.db.execute("INSERT INTO profile (key, value) VALUES ('first', '1')")
        thread = threading.Thread(target=other_thread)
        thread.start()
        thread.join(timeout=0.5)
        assert not finished.is_set()  # the store's lock is held until this thread settles
        store.settle()
    thread.join()
    assert finished.is_set() and on_disk(store, "first") and on_disk(store, "other")


def test_a_second_block_inside_the_first_changes_nothing(store):
    with store.commits_behind():
        with store.commits_behind():
            store.set_setting("inner", 1)
        store.set_setting("outer", 2)
        store.settle()
        assert on_disk(store, "inner") and on_disk(store, "outer")
