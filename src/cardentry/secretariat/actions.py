"""Secretariat steps that span the trust store and the import, kept in one place.

Trusting a partner's key (or accepting its key rotation) and then importing the bundles
that were held for it (``pending_trust``) is one step for the user; the trust store
(``trust``) and the import (``importer``) each own their half and neither imports the
other. The command line and the secretariat's window call these functions.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from cardentry.bundleformat.keyfile import PublicKeyInfo
from cardentry.secretariat import trust
from cardentry.secretariat.importer import FileResult, release_pending
from cardentry.secretariat.trust import TrustedKey
from cardentry.storage.store import Store

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TrustResult:
    key: TrustedKey
    created: bool  # False: the key was already trusted, for the same countries (nothing changed)
    released: list[FileResult]  # the held bundles imported once the key was trusted


@dataclass(frozen=True)
class RotationResult:
    key: TrustedKey  # the new key
    predecessor: TrustedKey  # the old key it succeeds (still trusted)
    created: bool  # False: the new key was in the trust store already
    accepted: bool  # False: this rotation had been accepted before; nothing changed
    released: list[FileResult]


def trust_key(
    store: Store,
    key_file: PublicKeyInfo | Path,
    countries: Iterable[str] | str | None = None,
) -> TrustResult:
    """Trust a partner's key (``trust.add_key``), then import the bundles held for it.

    A revoked key cannot be trusted again (``TrustError``). The results of the released
    bundles are in ``released``.
    """
    added = trust.add_key(store, key_file, countries)
    log.info(
        "key %s of %s trusted%s (countries: %s)",
        added.key.fingerprint,
        added.key.organisation,
        "" if added.created else " again",
        ", ".join(added.key.countries) if added.key.countries else "any",
    )
    released = list(release_pending(store, added.key.key_id))
    if released:
        log.info("%d held bundle(s) released for key %s", len(released), added.key.fingerprint)
    return TrustResult(added.key, added.created, released)


def accept_rotation(store: Store, data_or_path: bytes | Path | str) -> RotationResult:
    """Trust a partner's new key on the word of its old one (``trust.link_rotation``), then
    import the bundles held for the new key. Any refusal changes nothing."""
    linked = trust.link_rotation(store, data_or_path)
    if linked.accepted:
        log.info("key change accepted: %s succeeds %s", linked.key.fingerprint, linked.predecessor)
    released = list(release_pending(store, linked.key.key_id)) if linked.accepted else []
    return RotationResult(linked.key, linked.predecessor, linked.created, linked.accepted, released)
