"""A backup's time is read from its name without ``strptime`` when the name is exactly as
the app writes it (issue 18): the same time as ``strptime`` gives, and anything else still
goes to ``strptime``."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from cardentry.storage.backups import _stamp, _written_stamp, list_backups

LAYOUT = "%Y%m%dT%H%M%S%fZ"


def _strptime(stamp: str) -> dt.datetime | None:
    try:
        return dt.datetime.strptime(stamp, LAYOUT).replace(tzinfo=dt.UTC)
    except ValueError:
        return None


@given(st.datetimes(min_value=dt.datetime(1000, 1, 1), timezones=st.just(dt.UTC)))
def test_every_time_the_app_writes_reads_back_as_strptime_reads_it(moment):
    stamp = _stamp(moment)
    assert _written_stamp(stamp) == _strptime(stamp) == moment


@given(st.text(alphabet="0123456789", min_size=20, max_size=20))
def test_any_digits_in_the_written_shape_read_as_strptime_reads_them_or_go_to_it(digits):
    stamp = f"{digits[:8]}T{digits[8:]}Z"
    quick = _written_stamp(stamp)
    assert quick is None or quick == _strptime(stamp)


@given(st.text(max_size=24))
def test_other_names_are_left_to_strptime(stamp):
    quick = _written_stamp(stamp)
    assert quick is None or quick == _strptime(stamp)


def test_backups_with_either_layout_are_listed_newest_first(tmp_path):
    (tmp_path / "daily-20260101T000000Z.sqlite3").write_bytes(b"")
    (tmp_path / "daily-20260102T000000123456Z.sqlite3").write_bytes(b"")
    (tmp_path / "daily-2026-01-03.sqlite3").write_bytes(b"")  # not a stamp: not a backup
    found = list_backups(tmp_path)
    assert [b.made_at for b in found] == [
        dt.datetime(2026, 1, 2, 0, 0, 0, 123456, tzinfo=dt.UTC),
        dt.datetime(2026, 1, 1, tzinfo=dt.UTC),
    ]
