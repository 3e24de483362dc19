"""What role-bound commands share: a store that must belong to a secretariat (or partner) profile."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from cardentry.cli.common import EXIT_USAGE, Context, fail, opened_store
from cardentry.storage.store import Store

_INIT = {"secretariat": "profile init --role secretariat", "partner": "profile init --role partner"}


@contextmanager
def role_store(ctx: Context, command: str, wanted: str) -> Iterator[Store]:
    """The profile's store; exit 2, naming both roles, unless the profile's role is ``wanted``."""
    with opened_store(ctx) as store:
        role = store.get_setting("role")
        if role != wanted:
            fail(
                f"'{command}' is a {wanted} command, and the profile in {ctx.data_dir} is a "
                f"{role} profile. Use a {wanted} profile ({_INIT[wanted]}).",
                EXIT_USAGE,
                error="wrong_role",
            )
        yield store


@contextmanager
def secretariat_store(ctx: Context, command: str) -> Iterator[Store]:
    """The profile's store; exit 2 unless the profile's role is ``secretariat``."""
    with role_store(ctx, command, "secretariat") as store:
        yield store


@contextmanager
def partner_store(ctx: Context, command: str) -> Iterator[Store]:
    """The profile's store; exit 2 unless the profile's role is ``partner`` (a secretariat
    has no signing key: a card it made could never be exported)."""
    with role_store(ctx, command, "partner") as store:
        yield store
