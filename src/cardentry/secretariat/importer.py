"""The secretariat's import: files and folders of bundles in, one outcome per file.

Checks 1-6 are ``cardentry.bundleformat.verify`` (size, strict JSON, envelope, signature, schema,
catalogue); this module adds checks 7-11 against the trust store and the revisions
already received, in the order and with the reason codes of bundle-format.md:

7. key state: unknown -> ``pending_trust`` (held); revoked -> ``revoked_key``
8. the key is trusted for the card's country, else ``country_not_allowed``
9. the assessment was seen under another key -> ``key_mismatch`` (a key of the same
   rotation chain, ``trust.same_chain``, is the same partner: accepted, and the key of
   the current revision becomes the assessment's key)
10. the bundle id was seen with other signed bytes -> ``bundle_id_conflict``
11. the assessment's revision was seen with another bundle id -> ``revision_conflict``

Sealed files (network-format.md): ``open_received`` runs first, as one call: checks 1-3
and S1-S3 on a sealed file (``not_for_us``, ``cannot_decrypt``; at most 7 MiB) give the
inner bundle, on which checks 1-11 run as on a plain file (S4). Duplicates and revisions
are decided on the inner bundle; the log records the sealed file's SHA-256 and
``sealed``; the quarantine keeps the file as received, never its plaintext. With
``require_sealed`` (``import --require-sealed`` or the profile setting) a plain bundle is
rejected as ``not_sealed`` and keeps nothing but its log row. The sealing keys
(``keyring``, from ``storage.network_keys.unlock_keyring``) are unlocked once per import
by the caller.

A file that passes is ``imported`` (its revision becomes current), ``duplicate`` (the same
signed bytes were imported before, under any file name), ``superseded`` (kept in history,
a higher revision is current) or ``pending_trust``. Each file is one transaction: a
rejected file adds only its import-log row, and a copy of it goes to the quarantine
folder with ``<name>.reason.json`` beside it. Files that cannot be read at all are
rejected with the reason ``unreadable``.

Memory stays bounded whatever the number of files: folders are walked lazily, a file's
bytes live only while it is checked (never more than the 5 MiB limit; a larger file is
hashed and copied in chunks), and every file is committed before the next is read.

``import_paths`` is a generator of ``FileResult``: the CLI prints them, the GUI runs it
in a worker thread and shows each result as it comes (``count_bundle_files`` gives the
total for a progress bar).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cardentry.bundleformat import sealed as sealing
from cardentry.bundleformat.envelope import BUNDLE_SUFFIX
from cardentry.bundleformat.keyfile import format_fingerprint as fingerprint
from cardentry.bundleformat.sealed import MAX_SEALED_BYTES, SealingPrivateKey, Unsealed
from cardentry.bundleformat.verify import REASONS as VERIFY_REASONS
from cardentry.bundleformat.verify import verify_bundle
from cardentry.secretariat.merge import reopen_stale
from cardentry.secretariat.trust import get_key, key_state, same_chain
from cardentry.storage.network_keys import REQUIRE_SEALED_SETTING
from cardentry.storage.profile import ProfilePaths
from cardentry.storage.store import Store, utc_now

OUTCOMES = ("imported", "duplicate", "superseded", "pending_trust", "rejected")
REASONS = (
    *VERIFY_REASONS,  # checks 1-6
    "revoked_key",
    "country_not_allowed",
    "key_mismatch",
    "bundle_id_conflict",
    "revision_conflict",
    "unreadable",
    *sealing.REASONS,  # not_for_us, cannot_decrypt, not_sealed
)
Keyring = dict[str, SealingPrivateKey]
"""The secretariat's sealing keys (current and retired) by key_id, unlocked once per import."""
_CHUNK = 1024 * 1024


@dataclass(frozen=True)
class FileResult:
    """What happened to one file (one line of ``cardentry import --json``)."""

    file: str
    status: str
    reason: str | None = None
    detail: str = ""
    bundle_id: str | None = None
    country: str | None = None
    cycle: str | None = None
    revision: int | None = None
    key_id: str | None = None
    assessment_id: str | None = None
    sha256: str = ""
    quarantined: str | None = None
    sealed: bool = False

    @property
    def rejected(self) -> bool:
        return self.status == "rejected"

    def to_json(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "status": self.status,
            "reason": self.reason,
            "detail": self.detail,
            "bundle_id": self.bundle_id,
            "country": self.country,
            "cycle": self.cycle,
            "revision": self.revision,
            "sealed": self.sealed,
        }


@dataclass
class ImportSummary:
    """Counts per outcome and per reason of a run."""

    outcomes: Counter[str] = field(default_factory=Counter)
    reasons: Counter[str] = field(default_factory=Counter)

    def add(self, result: FileResult) -> None:
        self.outcomes[result.status] += 1
        if result.reason:
            self.reasons[result.reason] += 1

    @property
    def total(self) -> int:
        return sum(self.outcomes.values())

    @property
    def rejected(self) -> int:
        return self.outcomes["rejected"]

    def to_json(self) -> dict[str, Any]:
        return {
            "files": self.total,
            "outcomes": {outcome: self.outcomes[outcome] for outcome in OUTCOMES},
            "reasons": dict(sorted(self.reasons.items())),
        }


# --- finding files ---------------------------------------------------------------------


def iter_bundle_files(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Path]:
    """Files as given; folders walked recursively (``*.cpc.json`` only), lazily, sorted
    per folder so that a run is reproducible."""
    for given in paths:
        path = Path(given)
        if path.is_dir():
            yield from _walk(path)
        else:
            yield path


def _walk(folder: Path) -> Iterator[Path]:
    try:
        with os.scandir(folder) as entries:
            names = sorted((entry.name, entry.is_dir(follow_symlinks=False)) for entry in entries)
    except OSError:
        return
    for name, is_dir in names:
        if is_dir:
            yield from _walk(folder / name)
        elif name.lower().endswith(BUNDLE_SUFFIX):
            yield folder / name


def count_bundle_files(paths: Iterable[str | os.PathLike[str]]) -> int:
    return sum(1 for _ in iter_bundle_files(paths))


# --- importing -------------------------------------------------------------------------


def import_paths(
    store: Store,
    paths: Iterable[str | os.PathLike[str]],
    *,
    quarantine_dir: Path | None = None,
    on_result: Callable[[FileResult], None] | None = None,
    keyring: Keyring | None = None,
    require_sealed: bool | None = None,
) -> Iterator[FileResult]:
    """Import every bundle file under ``paths``; yields one result per file, in order.

    Never stops at a bad file. ``on_result`` (optional) is called with each result too.
    ``keyring`` opens sealed files; ``require_sealed`` (``None``: the profile's setting)
    rejects plain ones.
    """
    if require_sealed is None:
        require_sealed = requires_sealing(store)
    for path in iter_bundle_files(paths):
        result = import_file(
            store, path, quarantine_dir=quarantine_dir, keyring=keyring, require_sealed=require_sealed
        )
        if on_result is not None:
            on_result(result)
        yield result


def requires_sealing(store: Store) -> bool:
    """The profile setting: reject plain bundles as ``not_sealed``."""
    return bool(store.get_setting(REQUIRE_SEALED_SETTING, False))


def import_file(
    store: Store,
    path: Path,
    *,
    quarantine_dir: Path | None = None,
    keyring: Keyring | None = None,
    require_sealed: bool = False,
) -> FileResult:
    """Import one file (sealed checks, then checks 1-11); a rejected file is logged and quarantined."""
    path = Path(path)
    quarantine_dir = quarantine_dir or default_quarantine(store)
    name = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_SEALED_BYTES:  # a plain bundle over 5 MiB is refused by check 1 below
            digest = _hash_file(path)
            return _reject(
                store,
                name,
                digest,
                "too_large",
                f"the file has {size} bytes; a bundle is at most 5 MiB (a sealed file 7 MiB)",
                quarantine_dir,
                source=path,
            )
        with path.open("rb") as handle:
            data = handle.read(size + 1)  # never a 7 MiB buffer for a small file
            if len(data) > size:  # the file grew while it was read
                data += handle.read(MAX_SEALED_BYTES + 1 - len(data))
    except OSError as error:
        digest = ""
        return _reject(
            store, name, digest, "unreadable", f"cannot read the file: {error.strerror or error}", None
        )
    return import_bytes(
        store, data, name, quarantine_dir=quarantine_dir, keyring=keyring, require_sealed=require_sealed
    )


def open_received(data: bytes, keyring: Keyring | None, *, require_sealed: bool = False) -> Unsealed:
    """The bundle to check in a received file: a sealed file opened (checks 1-3, S1-S3), a
    plain one as it is, or why not (``not_sealed`` for a plain one when sealing is required)."""
    opened = sealing.unseal(data, keyring)
    if opened.ok and not opened.sealed and require_sealed:
        return Unsealed(
            sealed=False,
            ok=False,
            reason="not_sealed",
            detail="the file is not sealed, and this secretariat accepts sealed files only: ask the "
            "partner to accept the network key and export again",
        )
    return opened


def import_bytes(
    store: Store,
    data: bytes,
    file_name: str,
    *,
    quarantine_dir: Path | None = None,
    pending_id: int | None = None,
    keyring: Keyring | None = None,
    require_sealed: bool = False,
    was_sealed: bool = False,
) -> FileResult:
    """Import one file given as bytes (``file_name`` is only recorded).

    ``was_sealed``: ``data`` is the inner bundle of a sealed file opened before (a held
    bundle released), recorded as sealed."""
    quarantine_dir = quarantine_dir or default_quarantine(store)
    digest = hashlib.sha256(data).hexdigest()
    opened = open_received(data, keyring, require_sealed=require_sealed)
    is_sealed = opened.sealed or was_sealed
    if not opened.ok or opened.bundle is None:
        return _reject(
            store,
            file_name,
            digest,
            opened.reason or "malformed_json",
            opened.detail,
            None if opened.reason == "not_sealed" else quarantine_dir,  # nothing kept but the log row
            data=data,
            pending_id=pending_id,
            sealed=is_sealed,
        )
    verification = verify_bundle(opened.bundle)
    if not verification.ok:
        return _reject(
            store,
            file_name,
            digest,
            verification.reason or "malformed_json",
            verification.detail,
            quarantine_dir,
            data=data,  # the file as received: a sealed file stays sealed in the quarantine
            pending_id=pending_id,
            sealed=is_sealed,
        )
    return admit(
        store,
        verification,
        opened.bundle,
        file_name,
        digest,
        quarantine_dir,
        pending_id=pending_id,
        received=data,
        sealed=is_sealed,
    )


def admit(
    store: Store,
    verification: Any,
    data: bytes,
    file_name: str,
    digest: str,
    quarantine_dir: Path,
    *,
    pending_id: int | None = None,
    received: bytes | None = None,
    sealed: bool = False,
) -> FileResult:
    """Checks 7-11 for a bundle that passed checks 1-6, and its outcome; one transaction.

    ``verification`` is a ``cardentry.bundleformat.verify.Verification`` (``payload``, ``signed_bytes``,
    ``key_id``, ``public_key``). ``data`` is the bundle (kept in the database);
    ``received`` the file as it came (a sealed file: what a rejection quarantines), and
    ``digest`` its SHA-256.
    """
    received = data if received is None else received
    payload = verification.payload
    key_id = verification.key_id
    signed_sha = hashlib.sha256(verification.signed_bytes).hexdigest()
    base = {
        "file": file_name,
        "bundle_id": payload.bundle_id,
        "country": payload.country,
        "cycle": payload.cycle,
        "revision": payload.revision,
        "key_id": key_id,
        "assessment_id": payload.assessment_id,
        "sha256": digest,
        "sealed": sealed,
    }

    def reject(reason: str, detail: str) -> FileResult:
        return _reject(
            store,
            file_name,
            digest,
            reason,
            detail,
            quarantine_dir,
            data=received,
            meta=base,
            pending_id=pending_id,
        )

    db = store.db
    # check 7: the key
    state = key_state(store, key_id)
    if state is None:
        with store.transaction():
            db.execute(
                "INSERT OR IGNORE INTO pending_bundle (key_id, organisation, bundle_id, country, cycle, "
                "revision, received_at, file_name, sha256, signed_sha256, content, sealed) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    key_id,
                    payload.organisation.name,
                    payload.bundle_id,
                    payload.country,
                    payload.cycle,
                    payload.revision,
                    utc_now(),
                    file_name,
                    digest,
                    signed_sha,
                    data,
                    int(sealed),
                ],
            )
            result = FileResult(
                status="pending_trust",
                detail=(
                    f"signed by {payload.organisation.name} with key {fingerprint(key_id)}, "
                    "which is not in the trust store; held until the key is trusted"
                ),
                **base,
            )
            _log(store, result)
        return result
    if state == "revoked":
        return reject("revoked_key", f"key {fingerprint(key_id)} was revoked")
    key = get_key(store, key_id)
    assert key is not None
    if key.public_key != verification.public_key:
        return reject("bad_signature", f"key_id {key_id} names a trusted key but the public key differs")
    # check 8: the country
    if not key.allows(payload.country):
        allowed = ", ".join(key.countries or ())
        return reject(
            "country_not_allowed",
            f"{key.organisation}'s key is trusted for {allowed}, not for {payload.country}",
        )
    with store.transaction():
        # check 9: one key per assessment
        head = db.execute(
            "SELECT key_id, current_revision, country, cycle FROM received_assessment "
            "WHERE assessment_id = ?",
            [payload.assessment_id],
        ).fetchone()
        if head is not None and head[0] != key_id and not same_chain(store, head[0], key_id):
            return reject(
                "key_mismatch",
                f"assessment {payload.assessment_id} was received before signed with key "
                f"{fingerprint(head[0])}, not {fingerprint(key_id)}",
            )
        # check 10: a bundle id names one set of signed bytes
        same_id = db.execute(
            "SELECT signed_sha256 FROM received_bundle WHERE bundle_id = ?", [payload.bundle_id]
        ).fetchone()
        if same_id is not None and same_id[0] != signed_sha:
            return reject(
                "bundle_id_conflict",
                f"bundle {payload.bundle_id} was received before with different content",
            )
        if same_id is not None:
            result = FileResult(status="duplicate", detail="the same bundle was imported before", **base)
            _log(store, result)
            _drop_pending(store, pending_id)
            return result
        # check 11: one bundle per revision
        same_revision = db.execute(
            "SELECT bundle_id FROM received_bundle WHERE assessment_id = ? AND revision = ?",
            [payload.assessment_id, payload.revision],
        ).fetchone()
        if same_revision is not None:
            return reject(
                "revision_conflict",
                f"revision {payload.revision} of assessment {payload.assessment_id} was received "
                f"before as bundle {same_revision[0]}",
            )
        _store_revision(store, payload, key_id, file_name, digest, signed_sha, data)
        if head is None or payload.revision > head[1]:
            db.execute(
                "INSERT INTO received_assessment (assessment_id, key_id, current_bundle_id, "
                "current_revision, "
                "country, cycle, exported_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (assessment_id) DO UPDATE SET key_id = excluded.key_id, "
                "current_bundle_id = excluded.current_bundle_id, "
                "current_revision = excluded.current_revision, country = excluded.country, "
                "cycle = excluded.cycle, exported_at = excluded.exported_at",
                [
                    payload.assessment_id,
                    key_id,
                    payload.bundle_id,
                    payload.revision,
                    payload.country,
                    payload.cycle,
                    payload.exported_at,
                ],
            )

            reopen_stale(store, payload.country, payload.cycle, payload.bundle_id)
            if head is not None and (head[2], head[3]) != (payload.country, payload.cycle):
                reopen_stale(store, head[2], head[3], payload.bundle_id)
            detail = (
                f"revision {payload.revision} is now current"
                if head is None
                else f"revision {payload.revision} replaces revision {head[1]}"
            )
            result = FileResult(status="imported", detail=detail, **base)
        else:
            result = FileResult(
                status="superseded",
                detail=f"kept in history; revision {head[1]} is current",
                **base,
            )
        _log(store, result)
        _drop_pending(store, pending_id)
    return result


def _store_revision(
    store: Store, payload: Any, key_id: str, file_name: str, digest: str, signed_sha: str, data: bytes
) -> None:
    db = store.db
    db.execute(
        "INSERT INTO received_bundle (bundle_id, assessment_id, revision, key_id, organisation, "
        "country, cycle, "
        "exported_at, ranking, received_at, file_name, sha256, signed_sha256, content) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            payload.bundle_id,
            payload.assessment_id,
            payload.revision,
            key_id,
            payload.organisation.name,
            payload.country,
            payload.cycle,
            payload.exported_at,
            payload.overall.ranking,
            utc_now(),
            os.path.basename(file_name),
            digest,
            signed_sha,
            data,
        ],
    )
    db.conn.executemany(
        "INSERT INTO received_rating (bundle_id, code, rating, ngo_action) VALUES (?, ?, ?, ?)",
        [
            (payload.bundle_id, entry.code, entry.rating, int(entry.ngo_action))
            for entry in payload.indicators
        ],
    )


def _log(store: Store, result: FileResult) -> None:
    store.db.execute(
        "INSERT INTO import_log (at, file_name, sha256, outcome, reason, detail, bundle_id, key_id, country, "
        "cycle, revision, quarantine_path, sealed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            utc_now(),
            result.file,
            result.sha256,
            result.status,
            result.reason,
            result.detail,
            result.bundle_id,
            result.key_id,
            result.country,
            result.cycle,
            result.revision,
            result.quarantined,
            int(result.sealed),
        ],
    )


def _drop_pending(store: Store, pending_id: int | None) -> None:
    if pending_id is not None:
        store.db.execute("DELETE FROM pending_bundle WHERE id = ?", [pending_id])


def _reject(
    store: Store,
    file_name: str,
    digest: str,
    reason: str,
    detail: str,
    quarantine_dir: Path | None,
    *,
    data: bytes | None = None,
    source: Path | None = None,
    meta: dict[str, Any] | None = None,
    pending_id: int | None = None,
    sealed: bool = False,
) -> FileResult:
    fields = dict(meta or {"file": file_name, "sha256": digest, "sealed": sealed})
    quarantined = None
    if quarantine_dir is not None:
        try:
            quarantined = str(_quarantine(quarantine_dir, file_name, digest, reason, detail, data, source))
        except OSError as error:
            detail = f"{detail} (could not copy to quarantine: {error.strerror or error})"
    result = FileResult(status="rejected", reason=reason, detail=detail, quarantined=quarantined, **fields)
    with store.transaction():
        _log(store, result)
        _drop_pending(store, pending_id)
    return result


_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def _quarantine(
    folder: Path,
    file_name: str,
    digest: str,
    reason: str,
    detail: str,
    data: bytes | None,
    source: Path | None,
) -> Path:
    """Copy the file into ``folder`` under a name no other file has; the reason beside it."""
    folder.mkdir(parents=True, exist_ok=True)
    stamp = utc_now().replace(":", "").replace("-", "")[:15]
    original = _UNSAFE.sub("_", os.path.basename(file_name))[-120:] or "bundle"
    stem = f"{stamp}-{(digest or 'nohash')[:12]}-{original}"
    counter = 0
    while True:
        name = stem if counter == 0 else f"{stem}.{counter}"
        target = folder / name
        try:
            if data is not None:
                with target.open("xb") as handle:
                    handle.write(data)
            else:
                assert source is not None
                with source.open("rb") as src, target.open("xb") as dst:
                    shutil.copyfileobj(src, dst, _CHUNK)
            break
        except FileExistsError:
            counter += 1
    note = {
        "file": file_name,
        "sha256": digest,
        "reason": reason,
        "detail": detail,
        "at": utc_now(),
    }
    (folder / f"{name}.reason.json").write_text(
        json.dumps(note, indent=2, ensure_ascii=False), encoding="utf-8"
    )
    return target


def _hash_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(_CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


def default_quarantine(store: Store) -> Path:
    return ProfilePaths(store.path.parent).quarantine


# --- pending bundles -------------------------------------------------------------------


@dataclass(frozen=True)
class PendingBundle:
    id: int
    key_id: str
    organisation: str
    bundle_id: str
    country: str
    cycle: str
    revision: int
    received_at: str
    file_name: str

    def to_json(self) -> dict[str, Any]:
        return {**self.__dict__, "fingerprint": fingerprint(self.key_id)}


def list_pending(store: Store, key_id: str | None = None) -> list[PendingBundle]:
    sql = (
        "SELECT id, key_id, organisation, bundle_id, country, cycle, revision, received_at, file_name "
        "FROM pending_bundle"
    )
    args: list[Any] = []
    if key_id is not None:
        sql += " WHERE key_id = ?"
        args.append(key_id)
    return [PendingBundle(*row) for row in store.db.execute(sql + " ORDER BY id", args)]


def release_pending(store: Store, key_id: str, *, quarantine_dir: Path | None = None) -> Iterator[FileResult]:
    """Re-run the bundles held for ``key_id`` (after it was trusted); yields their results."""
    last = 0
    while True:
        row = store.db.execute(
            "SELECT id, file_name, content, sealed FROM pending_bundle WHERE key_id = ? AND id > ? "
            "ORDER BY id LIMIT 1",
            [key_id, last],
        ).fetchone()
        if row is None:
            return
        last = row[0]
        yield import_bytes(
            store,
            bytes(row[2]),
            row[1],
            quarantine_dir=quarantine_dir,
            pending_id=row[0],
            was_sealed=bool(row[3]),
        )


def discard_pending(store: Store, pending_id: int) -> bool:
    """Drop a held bundle (its key will never be trusted); ``False`` if there was none."""
    with store.transaction():
        cursor = store.db.execute("DELETE FROM pending_bundle WHERE id = ?", [pending_id])
        return cursor.rowcount > 0


# --- the log ---------------------------------------------------------------------------


@dataclass(frozen=True)
class LogEntry:
    id: int
    at: str
    file_name: str
    sha256: str
    outcome: str
    reason: str | None
    detail: str
    bundle_id: str | None
    country: str | None
    cycle: str | None
    revision: int | None
    quarantine_path: str | None
    sealed: bool = False


def import_log(store: Store, *, limit: int = 1000, offset: int = 0) -> list[LogEntry]:
    """The latest import attempts, newest first."""
    rows = store.db.execute(
        "SELECT id, at, file_name, sha256, outcome, reason, detail, bundle_id, country, cycle, revision, "
        "quarantine_path, sealed FROM import_log ORDER BY id DESC LIMIT ? OFFSET ?",
        [limit, offset],
    ).fetchall()
    return [LogEntry(*row[:-1], sealed=bool(row[-1])) for row in rows]
