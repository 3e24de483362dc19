"""Export, the partner side of a bundle: payload from the stored card, signature, file, record.

The envelope and its signed bytes are ``cardentry.bundleformat.envelope``.

Export (``export_card``):

1. the stored card becomes a payload with a new ``bundle_id`` and
   ``revision`` = the last exported revision + 1; it is checked with ``models.Payload``
   (``ExportRefused`` lists every problem) and unrated indicators become warnings;
2. it is signed, and the bytes are verified again by ``cardentry.bundleformat.verify`` (an export
   that would not verify is a bug, never a file);
3. in one store transaction the export row (the exact bytes) is inserted and the file
   is written atomically (``atomic.write_atomically``); a failed write rolls the row
   back, and a failed commit removes the file. So the store never records a bundle that
   was not written, and no half file ever has the final name.

``resave_export`` writes a past revision's stored bytes again, unchanged.

Internal evidence and internal notes (network-format.md) never reach a payload:
``Card.answers_dict()`` leaves them out; ``ExportResult`` counts what stayed behind.

Sealing (network-format.md): once the partner accepted the secretariat's network key
(``storage.network_keys``), the file written is the signed bundle sealed to that key
(``bundleformat.sealed``), named ``...-rN.sealed.cpc.json``; ``sealed=False`` writes it plain.
The export row always keeps the exact signed bundle, never the sealed file, so re-sending
a past revision (``resave_export``) seals the same signed bytes again (a new ciphertext).
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import json
import logging
import os
import re
import sqlite3
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from cardentry import APP_NAME, __version__
from cardentry.base.atomic import describe_write_error, write_atomically
from cardentry.base.catalogue import DEFAULT_ID, DEFAULT_VERSION
from cardentry.base.validation import Problem, validate
from cardentry.bundleformat.envelope import bundle_file_name, encode_envelope, sign_payload
from cardentry.bundleformat.models import Payload
from cardentry.bundleformat.networkkey import NetworkKey
from cardentry.bundleformat.sealed import seal_bundle, sealed_file_name
from cardentry.bundleformat.verify import verify_bundle
from cardentry.storage.backups import make_backup
from cardentry.storage.network_keys import accepted_network_key
from cardentry.storage.store import NotFound, StorageFailure, Store, StoreError

log = logging.getLogger(__name__)


class ExportRefused(StoreError):
    """The card cannot be exported as it is; ``problems`` says what to fix."""

    def __init__(self, message: str, problems: list[Problem]):
        super().__init__(message)
        self.problems = problems


# --- payload from a stored card -----------------------------------------------------------


def _timestamps(now: _dt.datetime | None) -> tuple[str, str]:
    """(payload time to the second, store time to the microsecond) of one instant."""
    now = (now or _dt.datetime.now(_dt.UTC)).astimezone(_dt.UTC)
    return now.strftime("%Y-%m-%dT%H:%M:%SZ"), now.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def build_payload(
    store: Store,
    assessment_id: str,
    *,
    revision: int,
    bundle_id: str,
    exported_at: str,
) -> dict[str, Any]:
    """The payload of ``assessment_id`` as stored now (not validated)."""
    card = store.load_card(assessment_id)  # answers_dict(): internal items are left out
    return {
        "bundle_id": bundle_id,
        "assessment_id": card.assessment_id,
        "revision": revision,
        "exported_at": exported_at,
        "app": {"name": APP_NAME, "version": __version__},
        "catalogue": {"id": DEFAULT_ID, "version": DEFAULT_VERSION},
        "organisation": {
            "name": store.get_setting("organisation"),
            "email": store.get_setting("email"),
        },
        "country": card.country,
        "cycle": card.cycle,
        **card.answers_dict(),
    }


def _name_indicators(problems: list[Problem], payload: dict[str, Any]) -> list[Problem]:
    """``indicators[3].evidence[0].title`` -> ``indicators[3] (helpline).evidence[0].title``."""
    named = []
    for problem in problems:
        match = re.match(r"indicators\[(\d+)\]", problem.path)
        indicators = payload.get("indicators") or []
        if match and int(match.group(1)) < len(indicators):
            code = indicators[int(match.group(1))].get("code")
            path = f"{match.group(0)} ({code}){problem.path[match.end() :]}"
            problem = Problem(path=path, message=problem.message)
        named.append(problem)
    return named


def warnings_for(payload: dict[str, Any]) -> list[str]:
    """What is allowed but probably unintended: unrated indicators, no overall ranking."""
    warnings = []
    unrated = [entry["code"] for entry in payload["indicators"] if entry.get("rating") is None]
    if unrated:
        warnings.append(
            f"{len(unrated)} of {len(payload['indicators'])} indicators are not rated "
            f"(exported as not assessed): {', '.join(unrated)}"
        )
    if payload["overall"].get("ranking") is None:
        warnings.append("the overall ranking is not set")
    return warnings


@dataclass(frozen=True)
class ExportCheck:
    """What an export of the card as it is now would give: problems (refused) and warnings."""

    problems: list[Problem]
    warnings: list[str]
    next_revision: int
    same_as: int | None = None  # the last revision, when the card has not changed since it
    internal_evidence: int = 0
    internal_notes: int = 0
    """What stays on this computer: evidence marked internal, indicators with internal notes."""

    @property
    def ok(self) -> bool:
        return not self.problems


def last_revision(store: Store, assessment_id: str) -> int:
    with store.transaction():  # the store's lock: the GUI calls this from a worker thread
        row = store.db.execute(
            "SELECT max(revision) FROM export WHERE assessment_id = ?", [assessment_id]
        ).fetchone()
    return row[0] or 0


def check_export(store: Store, assessment_id: str) -> ExportCheck:
    """Validate the card as the next bundle would hold it, without signing or writing."""
    exported_at, _ = _timestamps(None)
    with store.transaction():  # one consistent read of the card and its last revision
        revision = last_revision(store, assessment_id) + 1
        payload = build_payload(
            store, assessment_id, revision=revision, bundle_id=str(uuid.uuid4()), exported_at=exported_at
        )
        internal_evidence, internal_notes = store.load_card(assessment_id).internal_counts()
    _, problems = validate(Payload, payload)
    same = (
        revision - 1 if revision > 1 and _same_content(store, assessment_id, revision - 1, payload) else None
    )
    return ExportCheck(
        _name_indicators(problems, payload),
        warnings_for(payload),
        revision,
        same,
        internal_evidence=internal_evidence,
        internal_notes=internal_notes,
    )


_NOT_CONTENT = ("bundle_id", "revision", "exported_at", "app")


def _same_content(store: Store, assessment_id: str, revision: int, payload: dict[str, Any]) -> bool:
    """Whether ``payload`` says what exported ``revision`` said (ids, times and app aside)."""
    try:
        _, content = exported_bytes(store, assessment_id, revision)
        before = json.loads(content)["payload"]
    except (NotFound, ValueError, KeyError, TypeError):
        return False

    def kept(value: dict[str, Any]) -> dict[str, Any]:
        return {key: item for key, item in value.items() if key not in _NOT_CONTENT}

    return json.dumps(kept(before), sort_keys=True) == json.dumps(kept(payload), sort_keys=True)


# --- export -------------------------------------------------------------------------------


@dataclass(frozen=True)
class ExportRecord:
    """One bundle the partner exported, as the store keeps it."""

    bundle_id: str
    assessment_id: str
    revision: int
    exported_at: str
    file_name: str
    size: int


@dataclass(frozen=True)
class ExportResult:
    path: Path
    bundle_id: str
    assessment_id: str
    revision: int
    exported_at: str
    file_name: str
    content: bytes
    warnings: list[str] = field(default_factory=list)
    sealed_to: NetworkKey | None = None
    """The network key the file was sealed to (``None``: written plain)."""
    internal_evidence: int = 0
    internal_notes: int = 0
    """What stayed on this computer: evidence marked internal, indicators with internal notes."""

    @property
    def sealed(self) -> bool:
        return self.sealed_to is not None


class NotSealable(StoreError):
    """Sealing was asked for, but no network key was accepted."""


def sealing_key_for(store: Store, sealed: bool | None) -> NetworkKey | None:
    """The network key to seal to: the accepted one unless ``sealed`` is False.

    ``sealed=True`` without an accepted key raises ``NotSealable`` (nothing is written)."""
    if sealed is False:
        return None
    key = accepted_network_key(store)
    if key is None and sealed:
        raise NotSealable(
            "No network key is accepted, so the file cannot be sealed; nothing was exported. Accept the "
            "secretariat's network key file first ('cardentry network accept FILE'), or export plain."
        )
    return key


def _file_for(content: bytes, file_name: str, seal_to: NetworkKey | None) -> tuple[str, bytes]:
    """(name, bytes) of the file to write: the signed bundle, or it sealed to ``seal_to``."""
    if seal_to is None:
        return file_name, content
    return sealed_file_name(file_name), seal_bundle(content, seal_to.sealing_public_key)


def output_path(out: str | os.PathLike[str], file_name: str) -> Path:
    """Where to write: ``out/file_name`` when ``out`` is a folder (an existing one, one
    written with a trailing slash, or a name not ending in ``.json``), else ``out``."""
    text = os.fspath(out)
    path = Path(text)
    if path.is_dir() or text.endswith(("/", os.sep)) or not path.name.lower().endswith(".json"):
        path.mkdir(parents=True, exist_ok=True)
        return path / file_name
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def export_card(
    store: Store,
    assessment_id: str,
    private_key: Ed25519PrivateKey,
    out: str | os.PathLike[str],
    *,
    now: _dt.datetime | None = None,
    sealed: bool | None = None,
) -> ExportResult:
    """Sign the next revision of a card, write it to ``out`` (file or folder), record it.

    ``sealed``: ``None`` seals when a network key is accepted, ``True`` requires one
    (``NotSealable``), ``False`` writes the signed bundle plain.
    ``ExportRefused`` (with problems) if the card is not valid; ``NotFound`` if there is
    no such card. Nothing is written or recorded unless everything succeeds.
    """
    exported_at, recorded_at = _timestamps(now)
    written: Path | None = None
    try:
        with store.transaction():
            seal_to = sealing_key_for(store, sealed)
            revision = last_revision(store, assessment_id) + 1
            bundle_id = str(uuid.uuid4())
            payload = build_payload(
                store, assessment_id, revision=revision, bundle_id=bundle_id, exported_at=exported_at
            )
            internal_evidence, internal_notes = store.load_card(assessment_id).internal_counts()
            _, problems = validate(Payload, payload)
            if problems:
                raise ExportRefused(
                    f"The card cannot be exported: {len(problems)} problem(s).",
                    _name_indicators(problems, payload),
                )
            content = encode_envelope(sign_payload(payload, private_key))
            verification = verify_bundle(content)
            if not verification.ok:  # never hand out a bundle the secretariat would reject
                raise AssertionError(f"the exported bundle does not verify: {verification.detail}")
            file_name = bundle_file_name(
                payload["country"], payload["cycle"], payload["organisation"]["name"], revision
            )
            out_name, out_bytes = _file_for(content, file_name, seal_to)
            try:
                path = output_path(out, out_name)
            except OSError as error:
                raise StorageFailure(
                    f"Nothing was exported: {describe_write_error(error, Path(out))}."
                ) from error
            try:
                store.db.execute(
                    "INSERT INTO export (bundle_id, assessment_id, revision, exported_at, file_name, "
                    "content) VALUES (?, ?, ?, ?, ?, ?)",
                    [bundle_id, assessment_id, revision, recorded_at, file_name, content],
                )
            except sqlite3.IntegrityError as error:
                raise StoreError(f"revision {revision} of this card is already recorded: {error}") from None
            # last step before the commit: a failed write rolls the row back
            try:
                written = write_atomically(path, out_bytes)
            except OSError as error:
                raise StorageFailure(
                    f"Nothing was exported: {describe_write_error(error, path.parent)}."
                ) from error
    except BaseException:
        if written is not None:  # the commit failed: a file the store does not know must not stay
            written.unlink(missing_ok=True)
        raise
    log.info("exported %s (revision %s, bundle %s)", file_name, revision, bundle_id)
    with contextlib.suppress(OSError, StoreError):  # a backup that cannot be written must not fail the export
        make_backup(store, store.backup_dir, "export")
    return ExportResult(
        path=written,
        bundle_id=bundle_id,
        assessment_id=assessment_id,
        revision=revision,
        exported_at=recorded_at,
        file_name=file_name,
        content=content,
        warnings=warnings_for(payload),
        sealed_to=seal_to,
        internal_evidence=internal_evidence,
        internal_notes=internal_notes,
    )


def list_exports(store: Store, assessment_id: str) -> list[ExportRecord]:
    """Every bundle exported for a card, oldest first: what was sent when."""
    with store.transaction():
        store.load_card(assessment_id)  # NotFound for an unknown card
        rows = store.db.execute(
            "SELECT bundle_id, assessment_id, revision, exported_at, file_name, length(content) "
            "FROM export WHERE assessment_id = ? ORDER BY revision",
            [assessment_id],
        ).fetchall()
    return [ExportRecord(*row) for row in rows]


def exported_bytes(store: Store, assessment_id: str, revision: int) -> tuple[str, bytes]:
    """(file name, exact bytes) of a past export; ``NotFound`` if there is none."""
    with store.transaction():
        row = store.db.execute(
            "SELECT file_name, content FROM export WHERE assessment_id = ? AND revision = ?",
            [assessment_id, revision],
        ).fetchone()
    if row is None:
        raise NotFound(f"Revision {revision} of {assessment_id} was never exported from this profile.")
    return row[0], bytes(row[1])


def resave_export(
    store: Store,
    assessment_id: str,
    revision: int,
    out: str | os.PathLike[str],
    *,
    sealed: bool | None = None,
) -> Path:
    """Write a past revision again: its signed bytes exactly as first exported, sealed
    again (a new ciphertext of the same bytes) when a network key is accepted, unless
    ``sealed`` is False."""
    file_name, content = exported_bytes(store, assessment_id, revision)
    with store.transaction():
        seal_to = sealing_key_for(store, sealed)
    out_name, out_bytes = _file_for(content, file_name, seal_to)
    return write_atomically(output_path(out, out_name), out_bytes)
