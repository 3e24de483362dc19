"""What the secretariat's commands share: a store that must belong to a secretariat profile."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from cardentry.cli.common import EXIT_USAGE, Context, fail, opened_store
from cardentry.storage.store import Store


@contextmanager
def secretariat_store(ctx: Context, command: str) -> Iterator[Store]:
    """The profile's store; exit 2 unless the profile's role is ``secretariat``."""
    with opened_store(ctx) as store:
        role = store.get_setting("role")
        if role != "secretariat":
            fail(
                f"'{command}' is a secretariat command, and the profile in {ctx.data_dir} is a "
                f"{role} profile. Use a secretariat profile (profile init --role secretariat).",
                EXIT_USAGE,
            )
        yield store
