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
rejected with the reason ``unreadable``, and so are folders that cannot be read.

Every file under a folder is accounted for: a file is taken when its name says bundle
(``.cpc`` in it: ``X.cpc.json``, ``X.cpc (1).json``, ``X.cpc.json.txt``, ``X.cpc.json.zip``)
or when its first bytes do (``"format"`` and ``cardentry.bundle``, also in UTF-16, zip,
gzip, base64 or an e-mail); any other file is a ``skipped`` result saying why
(``SKIP_REASONS``), never silence. Symbolic links inside a folder are not followed
(skipped, saying so: a link can lead anywhere, a loop included); a folder or file given
by name is read even through a link. Only regular files are read: a FIFO or a device is
skipped, never opened for a blocking read. Skipped files are not logged: they were not
import attempts.

Before verification, ``attachments.unwrap`` undoes what mail programs do to an attachment
(UTF-16, trailing NULs, base64, quoted-printable, MIME, zip, gzip: ``FileResult.unwrapped``
says which); a refused file's detail says what to do (``attachments.advice``).

Memory stays bounded whatever the number of files: folders are walked lazily, a file's
bytes live only while it is checked (never more than the 5 MiB limit; a larger file is
hashed in chunks and only its first 64 KiB go to quarantine, with its size and SHA-256
in the ``.reason.json``), and every file is committed before the next is read.

``import_paths`` is a generator of ``FileResult``: the CLI prints them, the GUI runs it
in a worker thread and shows each result as it comes (``count_bundle_files`` gives the
total for a progress bar).
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import os
import re
import stat
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cardentry.bundleformat import sealed as sealing
from cardentry.bundleformat.keyfile import format_fingerprint as fingerprint
from cardentry.bundleformat.sealed import MAX_SEALED_BYTES, SealingPrivateKey, Unsealed
from cardentry.bundleformat.verify import REASONS as VERIFY_REASONS
from cardentry.bundleformat.verify import Verification, verify_bundle
from cardentry.secretariat import attachments
from cardentry.secretariat import received as arrived  # ``received`` is also admit()'s argument
from cardentry.secretariat.merge import reopen_stale
from cardentry.secretariat.received import LogEntry, PendingBundle
from cardentry.secretariat.trust import get_key, printable, same_chain
from cardentry.storage.network_keys import REQUIRE_SEALED_SETTING
from cardentry.storage.profile import ProfilePaths
from cardentry.storage.store import Store, utc_now

log = logging.getLogger(__name__)

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
SKIPPED = "skipped"
SKIP_REASONS = (
    "not_a_bundle",
    "key_file",
    "rotation_statement",
    "temporary_file",
    "symlink",
    "not_a_regular_file",
)
QUARANTINE_HEAD_BYTES = 64 * 1024
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
    unwrapped: str | None = None  # how the bundle was found inside the file ("zip", "utf-16")
    sealed: bool = False

    @property
    def rejected(self) -> bool:
        return self.status == "rejected"

    @property
    def skipped(self) -> bool:
        return self.status == SKIPPED

    def to_json(self) -> dict[str, Any]:
        row = {
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
        if self.unwrapped:
            row["unwrapped"] = self.unwrapped
        return row


@dataclass
class ImportSummary:
    """Counts per outcome and per reason of a run (reasons of rejections; why files were
    skipped apart, in ``skip_reasons``)."""

    outcomes: Counter[str] = field(default_factory=Counter)
    reasons: Counter[str] = field(default_factory=Counter)
    skip_reasons: Counter[str] = field(default_factory=Counter)

    def add(self, result: FileResult) -> None:
        self.outcomes[result.status] += 1
        if result.skipped:
            self.skip_reasons[result.reason or "not_a_bundle"] += 1
        elif result.reason:
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
            "outcomes": {outcome: self.outcomes[outcome] for outcome in (*OUTCOMES, SKIPPED)},
            "reasons": dict(sorted(self.reasons.items())),
            "skipped": dict(sorted(self.skip_reasons.items())),
        }


# --- finding files ---------------------------------------------------------------------


@dataclass(frozen=True)
class Found:
    """One entry met while walking the paths: a file to import, a file skipped (``skip``
    is the reason code, ``detail`` why), or a folder that cannot be read (``error``)."""

    path: Path
    skip: str | None = None
    detail: str = ""
    error: str | None = None


_SNIFF_BYTES = 8192
_NEEDLES = (b'"format"', b"cardentry.bundle")
_SNIFF_ENCODINGS = ("utf-16-le", "utf-16-be")
_KEY_FILE_SUFFIX = ".cpckey.json"
_ROTATION_SUFFIX = ".cpcrotate.json"


def open_regular(path: Path) -> tuple[int, os.stat_result] | None:
    """An open descriptor of ``path`` and its status, or ``None`` when it is not a regular
    file (a FIFO, a socket, a device): opened without blocking, so a FIFO never hangs.

    ``OSError`` (missing, unreadable) is the caller's.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        status = os.fstat(fd)
    except OSError:
        os.close(fd)
        raise
    if not stat.S_ISREG(status.st_mode):
        os.close(fd)
        return None
    return fd, status


def _sniffs_like_bundle(head: bytes) -> bool:
    """Cheap: whether the first bytes of a file look like a bundle, plain or wrapped."""
    if all(needle in head for needle in _NEEDLES):
        return True
    for encoding in _SNIFF_ENCODINGS:
        if all(needle.decode().encode(encoding) in head for needle in _NEEDLES):
            return True
    if head.startswith((b"PK\x03\x04", b"\x1f\x8b")):
        return b".cpc" in head.lower()
    lowered = head.lower()
    if b"mime-version:" in lowered or b"content-type:" in lowered:
        return b".cpc" in lowered or b"cardentry" in lowered
    compact = b"".join(head.split())
    if compact and re.fullmatch(rb"[A-Za-z0-9+/=]+", compact):
        try:
            decoded = base64.b64decode(compact[: len(compact) // 4 * 4])
        except ValueError:
            return False
        return _sniffs_like_bundle(decoded) if len(decoded) < len(head) else False
    return False


def _classify(path: Path, name: str, is_file: bool = False) -> Found:
    """Whether a file met in a folder is taken (by name, else by its first bytes).

    ``is_file``: the folder listing says it is a regular file, so a file named as a bundle
    is taken without opening it here (the import opens it once, and checks again)."""
    lower = name.lower()
    if lower.endswith(_KEY_FILE_SUFFIX):
        return Found(path, "key_file", "a partner's public key file: add it with 'cardentry trust add' "
                     "after comparing its fingerprint with the partner")  # fmt: skip
    if lower.endswith(_ROTATION_SUFFIX):
        return Found(
            path, "rotation_statement", "a key rotation statement: accept it with 'cardentry trust rotate'"
        )
    if lower.startswith(".") and lower.endswith(".tmp"):
        return Found(path, "temporary_file", "a temporary file (a file still being written)")
    if is_file and ".cpc" in lower:
        return Found(path)
    try:
        opened = open_regular(path)
    except OSError:
        return Found(path)  # the import says it cannot be read (rejected, unreadable)
    if opened is None:
        return Found(path, "not_a_regular_file", "not a regular file (a pipe, socket or device): not read")
    fd, _status = opened
    if ".cpc" in lower:
        os.close(fd)
        return Found(path)
    try:
        with os.fdopen(fd, "rb") as handle:
            head = handle.read(_SNIFF_BYTES)
    except OSError:
        return Found(path)
    if _sniffs_like_bundle(head):
        return Found(path)
    return Found(path, "not_a_bundle", "neither its name (*.cpc.json) nor its first bytes look like a bundle")


def find_files(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Found]:
    """Every entry under ``paths``, lazily, sorted per folder so that a run is reproducible.

    A file given by name is taken whatever its name (a pipe or device is skipped); a
    folder is walked recursively (links inside it are not followed).
    """
    for given in paths:
        path = Path(given)
        if path.is_dir():
            yield from _walk(path)
        elif path.exists() and not path.is_file():
            yield Found(path, "not_a_regular_file", "not a regular file (a pipe, socket or device): not read")
        else:
            yield Found(path)


def _walk(folder: Path) -> Iterator[Found]:
    try:
        with os.scandir(folder) as entries:
            listed = sorted(
                (
                    entry.name,
                    entry.is_symlink(),
                    not entry.is_symlink() and entry.is_dir(follow_symlinks=False),
                    entry.is_file(follow_symlinks=False),
                )
                for entry in entries
            )
    except OSError as error:
        yield Found(folder, error=f"cannot read the folder: {error.strerror or error}")
        return
    for name, is_link, is_dir, is_file in listed:
        path = folder / name
        if is_link:
            what = "folder" if path.is_dir() else "file"
            yield Found(
                path, "symlink", f"a link to a {what} elsewhere: not followed; import its target directly"
            )
        elif is_dir:
            yield from _walk(path)
        else:
            yield _classify(path, name, is_file)


def iter_bundle_files(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Path]:
    """The files under ``paths`` that are taken (skipped ones and folder errors left out)."""
    for found in find_files(paths):
        if found.skip is None and found.error is None:
            yield found.path


def count_bundle_files(paths: Iterable[str | os.PathLike[str]]) -> int:
    """How many results ``import_paths`` will give (a progress bar's total)."""
    return sum(1 for _ in find_files(paths))


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

    Each file is still one transaction, committed before its result is given. While a
    file's COMMIT runs (``Store.commits_behind``), the next file is read and put through
    checks 1-6, which do not touch the store; its checks 7-11 start once the COMMIT is done.
    """
    if require_sealed is None:
        require_sealed = requires_sealing(store)
    quarantine_dir = quarantine_dir or default_quarantine(store)
    with store.commits_behind():
        committing: FileResult | None = None
        for found in find_files(paths):
            checked = None if found.error or found.skip else check_file(found.path, keyring, require_sealed)
            if committing is not None:
                store.settle()  # its COMMIT is done (or raises): now it may be reported
                yield _reported(committing, on_result)
            if found.error is not None:
                committing = _reject(store, str(found.path), "", "unreadable", found.error, None)
            elif found.skip is not None:
                committing = FileResult(
                    file=str(found.path), status=SKIPPED, reason=found.skip, detail=found.detail
                )
            else:
                committing = import_file(store, found.path, quarantine_dir=quarantine_dir, checked=checked)
        if committing is not None:
            store.settle()
            yield _reported(committing, on_result)


def _reported(result: FileResult, on_result: Callable[[FileResult], None] | None) -> FileResult:
    if on_result is not None:
        on_result(result)
    return result


def requires_sealing(store: Store) -> bool:
    """The profile setting: reject plain bundles as ``not_sealed``."""
    return bool(store.get_setting(REQUIRE_SEALED_SETTING, False))


@dataclass(frozen=True)
class Checked:
    """A file after the checks that need no database (checks 1-6, S1-S3, unwrapping).

    Either ``skipped`` (not a regular file: not read), ``reason`` (refused: to be logged,
    with a copy of ``received`` in quarantine when ``quarantine``), or ``verification``
    (passed: checks 7-11 next, on ``bundle``). Nothing is written until ``record``.
    """

    file: str
    digest: str = ""
    received: bytes | None = None  # the file as it came (or its first bytes, see ``size``)
    size: int | None = None  # the whole file's size when ``received`` holds only its head
    unwrapped: str | None = None
    sealed: bool = False
    reason: str | None = None
    detail: str = ""
    quarantine: bool = True
    verification: Verification | None = None
    bundle: bytes | None = None
    skipped: FileResult | None = None


def check_file(path: Path, keyring: Keyring | None = None, require_sealed: bool = False) -> Checked:
    """Read one file and run the checks that need no database; never writes anything."""
    name = str(path)
    try:
        opened = open_regular(path)
        if opened is None:
            return Checked(
                file=name,
                skipped=FileResult(
                    file=name,
                    status=SKIPPED,
                    reason="not_a_regular_file",
                    detail="not a regular file (a pipe, socket or device): not read",
                ),
            )
        fd, status = opened
        with os.fdopen(fd, "rb") as handle:
            size = status.st_size
            if size > MAX_SEALED_BYTES:  # a plain bundle over 5 MiB is refused by check 1 below
                head, digest, size = _head_and_hash(handle)
                return Checked(
                    file=name,
                    digest=digest,
                    received=head,
                    size=size,
                    reason="too_large",
                    detail=f"the file has {size:,} bytes; a bundle is at most 5 MiB (a sealed file 7 MiB)",
                )
            data = handle.read(size + 1)  # never a 7 MiB buffer for a small file
            if len(data) > size:  # the file grew while it was read
                data += handle.read(MAX_SEALED_BYTES + 1 - len(data))
    except OSError as error:
        return Checked(
            file=name,
            reason="unreadable",
            detail=f"cannot read the file: {error.strerror or error}",
            quarantine=False,
        )
    return check_bytes(data, name, keyring, require_sealed)


def check_bytes(
    data: bytes,
    file_name: str,
    keyring: Keyring | None = None,
    require_sealed: bool = False,
    *,
    was_sealed: bool = False,
) -> Checked:
    """The checks that need no database on a file given as bytes; never writes anything."""
    digest = hashlib.sha256(data).hexdigest()
    refused = {"file": file_name, "digest": digest, "received": data}
    if len(data) > MAX_SEALED_BYTES:  # check 1 on the file as received, before unwrapping it
        detail = f"the file has {len(data):,} bytes; a bundle is at most 5 MiB (a sealed file 7 MiB)"
        return Checked(**refused, reason="too_large", detail=detail)
    try:
        unwrapped = attachments.unwrap(data)  # what mail did to the attachment, undone
    except attachments.UnwrapError as error:
        return Checked(**refused, reason=error.reason, detail=str(error))
    opened = open_received(unwrapped.data, keyring, require_sealed=require_sealed)
    is_sealed = opened.sealed or was_sealed
    if not opened.ok or opened.bundle is None:
        return Checked(
            **refused,
            unwrapped=unwrapped.how,
            sealed=is_sealed,
            reason=opened.reason or "malformed_json",
            detail=attachments.advice(unwrapped.data, opened.reason, opened.detail or ""),
            quarantine=opened.reason != "not_sealed",  # nothing kept but the log row
        )
    verification = verify_bundle(opened.bundle, parsed=opened.parsed)
    if not verification.ok:
        return Checked(
            **refused,  # the file as received: a sealed file stays sealed in the quarantine
            unwrapped=unwrapped.how,
            sealed=is_sealed,
            reason=verification.reason or "malformed_json",
            detail=attachments.advice(opened.bundle, verification.reason, verification.detail),
        )
    return Checked(
        **refused, unwrapped=unwrapped.how, sealed=is_sealed, verification=verification, bundle=opened.bundle
    )


def record(
    store: Store, checked: Checked, *, quarantine_dir: Path | None = None, pending_id: int | None = None
) -> FileResult:
    """What the store makes of a checked file: checks 7-11 and the outcome, or the refusal
    logged (and quarantined); one transaction."""
    if checked.skipped is not None:
        return checked.skipped
    quarantine_dir = quarantine_dir or default_quarantine(store)
    if checked.verification is None:
        return _reject(
            store,
            checked.file,
            checked.digest,
            checked.reason or "malformed_json",
            checked.detail,
            quarantine_dir if checked.quarantine else None,
            data=checked.received,
            pending_id=pending_id,
            size=checked.size,
            unwrapped=checked.unwrapped,
            sealed=checked.sealed,
        )
    assert checked.bundle is not None
    return admit(
        store,
        checked.verification,
        checked.bundle,
        checked.file,
        checked.digest,
        quarantine_dir,
        pending_id=pending_id,
        unwrapped=checked.unwrapped,
        received=checked.received,
        sealed=checked.sealed,
    )


def import_file(
    store: Store,
    path: Path,
    *,
    quarantine_dir: Path | None = None,
    keyring: Keyring | None = None,
    require_sealed: bool = False,
    checked: Checked | None = None,
) -> FileResult:
    """Import one file (sealed checks, then checks 1-11); a rejected file is logged and
    quarantined; a file that is not a regular file is skipped unread.

    ``checked``: ``check_file(path, keyring, require_sealed)``, when the caller ran it already.
    """
    if checked is None:
        checked = check_file(Path(path), keyring, require_sealed)
    return record(store, checked, quarantine_dir=quarantine_dir)


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
    checked = check_bytes(data, file_name, keyring, require_sealed, was_sealed=was_sealed)
    return record(store, checked, quarantine_dir=quarantine_dir, pending_id=pending_id)


def admit(
    store: Store,
    verification: Any,
    data: bytes,
    file_name: str,
    digest: str,
    quarantine_dir: Path,
    *,
    pending_id: int | None = None,
    unwrapped: str | None = None,
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
        "unwrapped": unwrapped,
        "sealed": sealed,
    }
    organisation = printable(payload.organisation.name)

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

    # check 7: the key (one read of its row: its state, and below its key and countries)
    key = get_key(store, key_id)
    state = None if key is None else key.state
    if state is None:
        with store.transaction():
            arrived.hold_bundle(
                store,
                key_id=key_id,
                organisation=organisation,
                bundle_id=payload.bundle_id,
                country=payload.country,
                cycle=payload.cycle,
                revision=payload.revision,
                file_name=file_name,
                sha256=digest,
                signed_sha256=signed_sha,
                content=data,
                sealed=sealed,
            )
            result = FileResult(
                status="pending_trust",
                detail=(
                    f"signed by {organisation} with key {fingerprint(key_id)}, "
                    "which is not in the trust store; held until the key is trusted"
                ),
                **base,
            )
            _log(store, result)
        return result
    if state == "revoked":
        return reject("revoked_key", f"key {fingerprint(key_id)} was revoked")
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
        head = arrived.assessment_head(store, payload.assessment_id)
        if head is not None and head[0] != key_id and not same_chain(store, head[0], key_id):
            return reject(
                "key_mismatch",
                f"assessment {payload.assessment_id} was received before signed with key "
                f"{fingerprint(head[0])}, not {fingerprint(key_id)}",
            )
        # check 10: a bundle id names one set of signed bytes
        same_id = arrived.signed_sha256_of(store, payload.bundle_id)
        if same_id is not None and same_id != signed_sha:
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
        same_revision = arrived.bundle_at_revision(store, payload.assessment_id, payload.revision)
        if same_revision is not None:
            return reject(
                "revision_conflict",
                f"revision {payload.revision} of assessment {payload.assessment_id} was received "
                f"before as bundle {same_revision}",
            )
        arrived.add_revision(
            store,
            payload,
            key_id=key_id,
            organisation=organisation,
            file_name=os.path.basename(file_name),
            sha256=digest,
            signed_sha256=signed_sha,
            content=data,
        )
        if head is None or payload.revision > head[1]:
            arrived.make_current(store, payload, key_id)
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


def _log(store: Store, result: FileResult) -> None:
    if result.rejected:
        log.warning("import %s: rejected (%s)", os.path.basename(result.file), result.reason)
    else:
        log.info(
            "import %s: %s, %s %s r%s, bundle %s",
            os.path.basename(result.file),
            result.status,
            result.country,
            result.cycle,
            result.revision,
            result.bundle_id,
        )
    arrived.log_import(
        store,
        file_name=result.file,
        sha256=result.sha256,
        outcome=result.status,
        reason=result.reason,
        detail=result.detail,
        bundle_id=result.bundle_id,
        key_id=result.key_id,
        country=result.country,
        cycle=result.cycle,
        revision=result.revision,
        quarantine_path=result.quarantined,
        sealed=result.sealed,
    )


def _drop_pending(store: Store, pending_id: int | None) -> None:
    if pending_id is not None:
        arrived.drop_held(store, pending_id)


def _reject(
    store: Store,
    file_name: str,
    digest: str,
    reason: str,
    detail: str,
    quarantine_dir: Path | None,
    *,
    data: bytes | None = None,
    meta: dict[str, Any] | None = None,
    pending_id: int | None = None,
    size: int | None = None,
    unwrapped: str | None = None,
    sealed: bool = False,
) -> FileResult:
    """Log (and quarantine a copy of) a refused file; ``data`` is the file's bytes, or only
    its first bytes when ``size`` (the whole file's) is larger."""
    fields = dict(meta or {"file": file_name, "sha256": digest, "unwrapped": unwrapped, "sealed": sealed})
    quarantined = None
    if quarantine_dir is not None and data is not None:
        try:
            quarantined = str(_quarantine(quarantine_dir, file_name, digest, reason, detail, data, size))
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
    data: bytes,
    size: int | None,
) -> Path:
    """Write ``data`` into ``folder`` under a name no other file has; the reason beside it,
    with the whole file's size and SHA-256 (``data`` may be only its first bytes)."""
    folder.mkdir(parents=True, exist_ok=True)
    stamp = utc_now().replace(":", "").replace("-", "")[:15]
    original = _UNSAFE.sub("_", os.path.basename(file_name))[-120:] or "bundle"
    stem = f"{stamp}-{(digest or 'nohash')[:12]}-{original}"
    counter = 0
    while True:
        name = stem if counter == 0 else f"{stem}.{counter}"
        target = folder / name
        try:
            with target.open("xb") as handle:
                handle.write(data)
            break
        except FileExistsError:
            counter += 1
    size = len(data) if size is None else size
    note = {
        "file": file_name,
        "sha256": digest,
        "size": size,
        "kept_bytes": len(data),
        "reason": reason,
        "detail": detail,
        "at": utc_now(),
    }
    if len(data) < size:
        note["note"] = f"only the first {len(data):,} bytes of the {size:,}-byte file are kept here"
    (folder / f"{name}.reason.json").write_text(
        json.dumps(note, indent=2, ensure_ascii=False), encoding="utf-8"
    )
    return target


def _head_and_hash(handle: Any) -> tuple[bytes, str, int]:
    """The first ``QUARANTINE_HEAD_BYTES`` of an open file, the SHA-256 and size of all of it."""
    digest = hashlib.sha256()
    head = b""
    size = 0
    for chunk in iter(lambda: handle.read(_CHUNK), b""):
        if len(head) < QUARANTINE_HEAD_BYTES:
            head += chunk[: QUARANTINE_HEAD_BYTES - len(head)]
        digest.update(chunk)
        size += len(chunk)
    return head, digest.hexdigest(), size


def default_quarantine(store: Store) -> Path:
    return ProfilePaths(store.path.parent).quarantine


# --- pending bundles -------------------------------------------------------------------


def list_pending(store: Store, key_id: str | None = None) -> list[PendingBundle]:
    return arrived.held_bundles(store, key_id)


def release_pending(store: Store, key_id: str, *, quarantine_dir: Path | None = None) -> Iterator[FileResult]:
    """Re-run the bundles held for ``key_id`` (after it was trusted); yields their results."""
    last = 0
    while True:
        held = arrived.next_held(store, key_id, last)
        if held is None:
            return
        last = held.id
        yield import_bytes(
            store,
            held.content,
            held.file_name,
            quarantine_dir=quarantine_dir,
            pending_id=held.id,
            was_sealed=held.sealed,
        )


def discard_pending(store: Store, pending_id: int) -> bool:
    """Drop a held bundle (its key will never be trusted); ``False`` if there was none."""
    with store.transaction():
        return arrived.drop_held(store, pending_id)


# --- the log ---------------------------------------------------------------------------


def import_log(store: Store, *, limit: int = 1000, offset: int = 0) -> list[LogEntry]:
    """The latest import attempts, newest first."""
    return arrived.log_rows(store, limit=limit, offset=offset)
