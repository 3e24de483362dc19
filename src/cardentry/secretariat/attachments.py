"""What e-mail does to an attachment, undone before the bundle is verified; and, for a file
that stays refused, a message a clerk can act on.

``unwrap(data)`` takes the bytes of a received file and returns the bundle inside when the
file is one of the harmless wrappings that change no signed byte: a UTF-16 file with a
BOM, trailing NUL bytes, a base64, quoted-printable or MIME (``.eml``) body holding one
bundle, a zip or gzip file holding exactly one bundle. The signature decides afterwards,
as for any file: a wrapping that changed a signed byte is still ``bad_signature``.
Plain JSON (the first byte that is not white space is ``{``) is returned as it is.

Bounded: unpacked data is read up to the 5 MiB bundle limit plus one byte (more is
``too_large``, whatever the compressed size: no zip bomb gets further), wrappings nest at
most four deep, and nothing is ever written to disk (so member names of a zip, ``..``
included, never become paths).

``advice(data, reason, detail)`` turns a refusal of checks 2 and 4 into what to do:
``this file is incomplete: ask ECPAT Thailand (named in it, unverified) to send it
again``. The reason code never changes (bundle-format.md is the contract); only the
detail does.
"""

from __future__ import annotations

import base64
import binascii
import email
import email.policy
import gzip
import io
import quopri
import re
import zipfile
import zlib
from dataclasses import dataclass

from cardentry.base.errors import CardentryError
from cardentry.bundleformat.verify import MAX_BUNDLE_BYTES

MAX_DEPTH = 4
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_UTF8_BOM = b"\xef\xbb\xbf"
_ZIP_MAGIC = b"PK\x03\x04"
_GZIP_MAGIC = b"\x1f\x8b"
_BASE64 = re.compile(rb"[A-Za-z0-9+/=\s]+")
_MIME_HEADER = re.compile(
    rb"(?im)^(mime-version|content-type|content-transfer-encoding|from|received|subject):"
)
# quoted-printable: soft line breaks (never in JSON: no raw line break inside a string, no
# "=" outside one), or the signature's padding "==" encoded (a signature always ends "==")
_QP_MARKERS = re.compile(rb'=\r?\n|=3D=3D"')


class UnwrapError(CardentryError, ValueError):
    """A wrapping was recognised but does not hold exactly one bundle; ``reason`` is the
    bundle-format reason code the file is refused with."""

    def __init__(self, reason: str, message: str):
        super().__init__(message)
        self.reason = reason


@dataclass(frozen=True)
class Unwrapped:
    """The bundle's bytes and how they were found (``()`` when the file was plain)."""

    data: bytes
    steps: tuple[str, ...] = ()

    @property
    def how(self) -> str | None:
        return " > ".join(self.steps) if self.steps else None


def _looks_like_json(data: bytes) -> bool:
    return data.lstrip(b" \t\r\n").startswith((b"{", _UTF8_BOM + b"{"))


def _bounded(reader: io.BufferedIOBase | zipfile.ZipExtFile | gzip.GzipFile, what: str) -> bytes:
    data = reader.read(MAX_BUNDLE_BYTES + 1)
    if len(data) > MAX_BUNDLE_BYTES:
        raise UnwrapError("too_large", f"unpacked, the {what} is more than 5 MiB; a bundle is at most 5 MiB")
    return data


def _from_zip(data: bytes) -> bytes:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = [
            info
            for info in archive.infolist()
            if not info.is_dir() and not info.filename.startswith("__MACOSX/")
        ]
        if len(members) != 1:
            raise UnwrapError(
                "malformed_json",
                f"this zip file holds {len(members)} files, not one bundle: unpack it and import "
                "the bundles (*.cpc.json) it holds",
            )
        member = members[0]
        if member.flag_bits & 0x1:
            raise UnwrapError("malformed_json", "this zip file is password-protected: unpack it first")
        if member.file_size > MAX_BUNDLE_BYTES:
            raise UnwrapError(
                "too_large", "the file in this zip is more than 5 MiB; a bundle is at most 5 MiB"
            )
        with archive.open(member) as handle:
            return _bounded(handle, "file in this zip")
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError, ValueError) as error:
        if isinstance(error, UnwrapError):
            raise
        raise UnwrapError(
            "malformed_json", "this zip file is damaged (incomplete or changed): ask for it again"
        ) from None


def _from_gzip(data: bytes) -> bytes:
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as handle:
            return _bounded(handle, "file in this gzip archive")
    except (OSError, EOFError, zlib.error) as error:
        if isinstance(error, UnwrapError):
            raise
        raise UnwrapError(
            "malformed_json", "this gzip file is damaged (incomplete or changed): ask for it again"
        ) from None


def _from_base64(data: bytes) -> bytes | None:
    compact = b"".join(data.split())
    if len(compact) < 8:
        return None
    try:
        decoded = base64.b64decode(compact, validate=True)
    except (binascii.Error, ValueError):
        return None
    return decoded if _recognised(decoded) else None


def _from_mime(data: bytes) -> bytes | None:
    message = email.message_from_bytes(data, policy=email.policy.compat32)
    found = []
    for part in message.walk():
        if part.is_multipart():
            continue
        try:
            body = part.get_payload(decode=True)
        except (ValueError, LookupError):
            continue
        if isinstance(body, bytes) and _recognised(body.strip()):
            found.append(body.strip())
    if len(found) > 1:
        raise UnwrapError(
            "malformed_json",
            f"this e-mail holds {len(found)} bundles: save each attachment as its own file and import those",
        )
    return found[0] if found else None


def _recognised(data: bytes) -> bool:
    """Whether ``data`` is plain JSON or a wrapping ``unwrap`` opens (checked cheaply)."""
    return _looks_like_json(data) or data.startswith((_ZIP_MAGIC, _GZIP_MAGIC, *_UTF16_BOMS))


def _one_step(data: bytes) -> tuple[str, bytes] | None:
    """Undo one wrapping, or ``None`` when ``data`` is none of them."""
    if data.startswith(_UTF16_BOMS):
        try:
            return "utf-16", data.decode("utf-16").rstrip("\x00").encode("utf-8")
        except UnicodeDecodeError:
            return None
    if data.startswith(_ZIP_MAGIC):
        return "zip", _from_zip(data)
    if data.startswith(_GZIP_MAGIC):
        return "gzip", _from_gzip(data)
    if data.endswith(b"\x00"):
        return "trailing NUL bytes", data.rstrip(b"\x00")
    if _looks_like_json(data):
        if _QP_MARKERS.search(data) and b'=="' not in data:
            decoded = quopri.decodestring(data)
            if decoded != data:
                return "quoted-printable", decoded
        return None
    head = data[:4096]
    if _MIME_HEADER.search(head):
        body = _from_mime(data)
        if body is not None:
            return "MIME", body
    if _BASE64.fullmatch(data):
        decoded = _from_base64(data)
        if decoded is not None:
            return "base64", decoded
    return None


def unwrap(data: bytes) -> Unwrapped:
    """The bundle inside ``data`` (``data`` itself when plain or not recognised).

    ``UnwrapError`` when a wrapping holds no single bundle (its ``reason``: ``too_large``
    or ``malformed_json``, with a message saying what to do).
    """
    steps: list[str] = []
    for _ in range(MAX_DEPTH):
        step = _one_step(data)
        if step is None:
            break
        name, data = step
        steps.append(name)
    return Unwrapped(data, tuple(steps))


# --- advice for what stays refused -------------------------------------------------------

_ORGANISATION = re.compile(
    r'"organisation"\s*:\s*\{[^{}]*?"name"\s*:\s*"((?:[^"\\\r\n]|\\.){1,200})"', re.DOTALL
)
_SMART_QUOTES = re.compile("[{,:\\[]\\s*[\u201c\u201d\u201e]")  # where JSON has a plain quote
_MOJIBAKE = re.compile("\u00c3[\u0080-\u00bf]|\u00e2\u20ac|\ufffd")
_PLAIN_QUOTES = str.maketrans("\u201c\u201d\u201e", '"""')
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def claimed_organisation(data: bytes) -> str | None:
    """The organisation a (damaged) file names, read loosely: never trusted, only shown."""
    text = data[: MAX_BUNDLE_BYTES + 1].decode("utf-8", errors="replace").translate(_PLAIN_QUOTES)
    match = _ORGANISATION.search(text)
    if not match:
        return None
    name = match.group(1).replace('\\"', '"').replace("\\\\", "\\")
    return _CONTROL.sub(lambda m: f"\\u{ord(m.group()):04x}", name).strip() or None


def _ask(data: bytes) -> str:
    organisation = claimed_organisation(data)
    if organisation is None:
        return "ask the partner who sent it"
    return f"ask {organisation} (named in the file, not verified)"


def advice(data: bytes, reason: str | None, detail: str) -> str:
    """The detail of a refusal rewritten as what happened and what to do (reason unchanged).

    Only ``malformed_json`` and ``bad_signature`` are rewritten; the original detail is
    kept at the end, in brackets, for whoever supports the clerk.
    """
    if reason not in ("malformed_json", "bad_signature"):
        return detail
    ask = _ask(data)
    again = f"{ask} to send it again, as an attachment, unchanged"
    text = data.decode("utf-8", errors="replace")
    stripped = text.rstrip()
    if reason == "bad_signature":
        if _MOJIBAKE.search(text):
            return (
                f"a program changed this file's accented letters (é became Ã©) after it was signed: {again} "
                f"[{detail}]"
            )
        return f"{detail}: {again}"
    if "not valid UTF-8" in detail:
        return f"a program converted this file's characters (it is no longer UTF-8): {again} [{detail}]"
    if _SMART_QUOTES.search(text):
        return (
            f"a program replaced this file's quotation marks with typographic ones (“ ”): {again} [{detail}]"
        )
    if "Invalid control character" in detail:
        return f"a mail program broke this file's long lines (re-wrapped): {again} [{detail}]"
    if not stripped:
        return f"this file is empty: {again}"
    if _looks_like_json(data) and not stripped.endswith("}"):
        return f"this file is incomplete (it stops in the middle): {again} [{detail}]"
    if not _looks_like_json(data):
        return (
            f"this file is not a bundle, or is one wrapped in a way this app cannot open: {again} [{detail}]"
        )
    return f"this file is damaged: {again} [{detail}]"
