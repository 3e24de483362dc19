"""A profile: one folder holding one user's database, keys, backups and quarantine.

The folder is the platform's per-user data folder (platformdirs) unless ``--data-dir`` or
``CARDENTRY_DATA_DIR`` names another. A profile has a role, ``partner`` (fills cards and
exports signed bundles) or ``secretariat`` (imports, merges, publishes), and an
organisation; both are kept in the database's ``profile`` table.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from cardentry import APP_NAME
from cardentry.storage.paths import ProfilePaths
from cardentry.storage.store import DatabaseDamaged, IntegrityCheck, Store, StoreError

if TYPE_CHECKING:  # the others are imported where used: start-up needs none of them (issue 18)
    from cardentry.base.validation import Problem

Role = Literal["partner", "secretariat"]
ROLES: tuple[Role, ...] = ("partner", "secretariat")
DATA_DIR_VARIABLE = "CARDENTRY_DATA_DIR"

log = logging.getLogger(__name__)


class ProfileError(StoreError):
    """The profile is missing or unusable; the message says how to fix it."""


def default_data_dir() -> Path:
    import platformdirs  # only without --data-dir or CARDENTRY_DATA_DIR (issue 18)

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=True))


def demo_data_dir() -> Path:
    """The demo profile's folder: beside, never inside, the user's own profile."""
    import platformdirs

    return Path(platformdirs.user_data_dir(f"{APP_NAME}-demo", appauthor=False, roaming=True))


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """``--data-dir`` if given, else ``CARDENTRY_DATA_DIR``, else the platform default."""
    if explicit:
        return Path(explicit).expanduser()
    if os.environ.get(DATA_DIR_VARIABLE):
        return Path(os.environ[DATA_DIR_VARIABLE]).expanduser()
    return default_data_dir()


@dataclass(frozen=True)
class ProfileInfo:
    role: Role
    organisation: str
    email: str | None
    countries: tuple[str, ...]


def exists(root: Path) -> bool:
    return ProfilePaths(root).database.exists()


def start_integrity_check(root: Path) -> IntegrityCheck | None:
    """Start checking the database of the profile in ``root`` on a helper thread (``None``
    when there is no profile yet); ``open_store(root, integrity=...)`` waits for its verdict."""
    paths = ProfilePaths(root)
    return IntegrityCheck(paths.database) if paths.database.exists() else None


def open_store(
    root: Path,
    *,
    integrity: IntegrityCheck | None = None,
    daily_backup: bool = True,
    verdict_later: bool = False,
) -> Store:
    """Open an existing profile's database; ``ProfileError`` if there is none.

    ``integrity``: ``start_integrity_check(root)``, started earlier (the desktop app starts
    it before loading Qt); with ``verdict_later`` the store opens without waiting for its
    verdict and holds writes until it (``Store.open``, ``Store.verdict``). ``daily_backup``:
    make the day's backup now if it is due; the desktop app passes ``False`` and calls
    ``make_daily_backup`` on a thread of its own once its window shows (a large database
    takes a moment to copy)."""
    paths = ProfilePaths(root)
    if not paths.database.exists():
        raise ProfileError(
            f"No profile in {root}. Create one with: "
            f"cardentry --data-dir {root} profile init --org NAME --role partner"
        )
    try:
        store = Store.open(
            paths.database, backup_dir=paths.backups, integrity=integrity, verdict_later=verdict_later
        )
        try:
            finished = store.get_setting("role") is not None
        except sqlite3.DatabaseError:  # a damaged page read before the verdict: the check's finding
            try:
                store.verdict()
            finally:
                store.close()
            raise
    except DatabaseDamaged as error:
        raise DatabaseDamaged(
            f"{error}. Nothing was changed. To set the damaged file aside and restore the "
            f"newest backup, run: cardentry --data-dir {root} profile recover"
        ) from None
    if not finished:
        store.close()
        raise ProfileError(
            f"The profile in {root} was never finished. Create it again with: "
            f"cardentry --data-dir {root} profile init --org NAME --role partner"
        )
    if daily_backup:
        make_daily_backup(store)
    return store


def make_daily_backup(store: Store) -> None:
    """The day's backup into the store's backup folder, if it is due (``backups.backup_if_due``).

    A backup that cannot be written (a full disk) must not stop the user working: it is
    logged and left for the next start."""
    from cardentry.storage.backups import backup_if_due

    try:
        backup_if_due(store, store.backup_dir)
    except (OSError, sqlite3.Error, StoreError) as error:
        log.warning("the daily backup was not written: %s", error)


def check_organisation(name: str, email: str | None) -> list[Problem]:
    from cardentry.base.validation import validate
    from cardentry.bundleformat.models import Organisation

    _, problems = validate(Organisation, {"name": name, "email": email})
    return problems


def init_profile(
    root: Path,
    *,
    role: Role,
    organisation: str,
    email: str | None = None,
    countries: tuple[str, ...] = (),
    passphrase: str | None = None,
) -> Store:
    """Create the profile's folder and database; ``ProfileError`` if one is there.

    With ``passphrase``, a partner profile also gets its Ed25519 signing key and its
    X-Wing sealing key (feedback is sealed to it), both encrypted under it
    (``cardentry.storage.keys``); a too-short passphrase is refused before anything is
    written. (Without one, ``cardentry key create`` or ``key restore`` adds the key later.)
    """
    from cardentry.storage import keys, network_keys

    paths = ProfilePaths(root)
    make_key = role == "partner" and passphrase is not None
    if make_key:
        try:
            keys.check_new_passphrase(passphrase)
        except keys.PassphraseTooShort as error:
            raise ProfileError(str(error)) from None
    if role not in ROLES:
        raise ProfileError(f"The role must be one of: {', '.join(ROLES)}.")
    problems = check_organisation(organisation, email)
    if problems:
        raise ProfileError("; ".join(f"organisation {problem}" for problem in problems))
    if paths.database.exists():
        raise ProfileError(f"A profile already exists in {root}; nothing was changed.")
    if make_key and paths.signing_key.exists():
        raise ProfileError(f"A signing key already exists in {paths.keys}; nothing was changed.")
    store = Store.open(paths.database, backup_dir=paths.backups)
    try:
        if make_key:
            keys.create_profile_key(root, passphrase, organisation={"name": organisation, "email": email})
        with store.transaction():
            store.set_setting("role", role)
            store.set_setting("organisation", organisation)
            store.set_setting("email", email)
            store.set_setting("countries", list(countries))
            if make_key:
                keys.ensure_sealing_key(
                    store, passphrase, organisation={"name": organisation, "email": email}
                )
            if role == "partner":  # an installer built for a network ships its key file
                network_keys.accept_bundled_network_key(store)
    except BaseException:
        store.close()
        paths.database.unlink(missing_ok=True)
        if make_key:
            paths.signing_key.unlink(missing_ok=True)
        raise
    return store


def read_info(store: Store) -> ProfileInfo:
    return ProfileInfo(
        role=store.get_setting("role"),
        organisation=store.get_setting("organisation"),
        email=store.get_setting("email"),
        countries=tuple(store.get_setting("countries", [])),
    )
