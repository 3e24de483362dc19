"""What e-mail does to an attachment: wrappings that change no signed byte are undone and
the bundle imports; damage that changed content stays refused with the spec's reason code
and a message a clerk can act on (who to ask, to do what), never parser internals alone."""

from __future__ import annotations

import base64
import gzip
import io
import json
import quopri
import zipfile
from email.message import EmailMessage

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bundle_factory import Partner, import_data, secretariat, trust
from cardentry.bundleformat.verify import MAX_BUNDLE_BYTES
from cardentry.secretariat.attachments import UnwrapError, claimed_organisation, unwrap

PARTNER = Partner.new("ECPAT Thailand")


@pytest.fixture
def store(tmp_path):
    with secretariat(tmp_path / "sec") as store:
        trust(store, PARTNER, None)
        yield store


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _mime(bundle: bytes, encoding: str = "base64") -> bytes:
    message = EmailMessage()
    message["From"] = "partner@example.org"
    message["Subject"] = "Our card"
    message.set_content("Please find our card attached.")
    message.add_attachment(bundle, maintype="application", subtype="json", filename="THA.cpc.json")
    if encoding != "base64":
        attachment = next(iter(message.iter_attachments()))
        del attachment["Content-Transfer-Encoding"]
        attachment["Content-Transfer-Encoding"] = encoding
        attachment.set_payload(quopri.encodestring(bundle).decode("ascii"))
    return message.as_bytes()


WRAPPINGS = {
    "utf-16": lambda b: b.decode("utf-8").encode("utf-16"),
    "utf-16 big-endian": lambda b: b"\xfe\xff" + b.decode("utf-8").encode("utf-16-be"),
    "trailing NUL bytes": lambda b: b + b"\x00" * 300,
    "utf-8 BOM": lambda b: b"\xef\xbb\xbf" + b,
    "base64": lambda b: base64.encodebytes(b),
    "quoted-printable": lambda b: quopri.encodestring(b),
    "MIME base64": _mime,
    "MIME quoted-printable": lambda b: _mime(b, "quoted-printable"),
    "zip": lambda b: _zip({"THA-2012-ecpat-r1.cpc.json": b}),
    "zip with a folder entry": lambda b: _zip({"cards/": b"", "cards/THA.cpc.json": b}),
    "gzip": gzip.compress,
    "base64 of a zip": lambda b: base64.encodebytes(_zip({"THA.cpc.json": b})),
    "utf-16 with trailing NULs": lambda b: b.decode("utf-8").encode("utf-16") + b"\x00\x00",
}


@pytest.mark.parametrize("wrapping", WRAPPINGS)
def test_a_harmlessly_wrapped_bundle_is_imported(store, wrapping):
    bundle = PARTNER.bundle(texts={"helpline": "Ligne d'écoute « 1300 » — ok"})
    result = import_data(store, WRAPPINGS[wrapping](bundle), "THA.cpc.json")
    assert (result.status, result.reason) == ("imported", None), result.detail
    if wrapping != "utf-8 BOM":  # the strict reader tolerates a BOM itself
        assert result.to_json()["unwrapped"]


def test_an_imported_wrapped_bundle_is_stored_as_the_bundle_and_a_second_copy_is_a_duplicate(store):
    bundle = PARTNER.bundle()
    assert import_data(store, gzip.compress(bundle), "a.cpc.json.gz").status == "imported"
    again = import_data(store, bundle, "a.cpc.json")
    assert again.status == "duplicate"
    stored = store.db.execute("SELECT content FROM received_bundle").fetchone()[0]
    assert bytes(stored) == bundle


def test_a_zip_with_two_files_is_refused_saying_to_unpack_it(store):
    result = import_data(store, _zip({"a.cpc.json": PARTNER.bundle(), "b.cpc.json": PARTNER.bundle()}))
    assert (result.status, result.reason) == ("rejected", "malformed_json")
    assert "holds 2 files" in result.detail and "unpack" in result.detail


def test_a_zip_bomb_stops_at_the_bundle_limit(store):
    bomb = _zip({"THA.cpc.json": b" " * (MAX_BUNDLE_BYTES + 10)})
    assert len(bomb) < 50_000
    result = import_data(store, bomb)
    assert (result.status, result.reason) == ("rejected", "too_large")


def test_a_gzip_bomb_stops_at_the_bundle_limit_whatever_the_header_says():
    with pytest.raises(UnwrapError) as refused:
        unwrap(gzip.compress(b"{" + b" " * (50 * 1024 * 1024)))
    assert refused.value.reason == "too_large"


def test_member_names_with_dot_dot_are_never_paths(store, tmp_path):
    result = import_data(store, _zip({"../../evil.cpc.json": PARTNER.bundle()}))
    assert result.status == "imported"
    assert not (tmp_path / "evil.cpc.json").exists()


def test_a_wrapped_bundle_whose_content_changed_is_still_bad_signature(store):
    bundle = PARTNER.bundle().replace(b'"yellow"', b'"green"', 1)
    result = import_data(store, gzip.compress(bundle))
    assert (result.status, result.reason) == ("rejected", "bad_signature")
    assert "ECPAT Thailand (named in the file, not verified)" in result.detail


# --- damage that changed content: refused, with what to do --------------------------------


def test_a_truncated_file_says_it_is_incomplete_and_who_to_ask(store):
    bundle = PARTNER.bundle()
    result = import_data(store, bundle[: len(bundle) * 2 // 3])
    assert (result.status, result.reason) == ("rejected", "malformed_json")
    assert result.detail.startswith(
        "this file is incomplete (it stops in the middle): ask ECPAT Thailand (named in the file, not "
        "verified) to send it again"
    )


def test_smart_quotes_are_named_as_such(store):
    text = PARTNER.bundle().decode("utf-8")
    curly = text.replace('": "', "\u201d: \u201c").replace('\n    "', "\n    \u201c")
    result = import_data(store, curly.encode("utf-8"))
    assert result.reason == "malformed_json"
    assert "quotation marks" in result.detail and "ECPAT Thailand" in result.detail


def test_re_wrapped_lines_are_named_as_such(store):
    long_text = "word " * 40
    text = PARTNER.bundle(texts={"helpline": long_text}).decode("utf-8")
    broken = text.replace(long_text, long_text[:60] + "\r\n" + long_text[60:])
    result = import_data(store, broken.encode("utf-8"))
    assert result.reason == "malformed_json"
    assert "re-wrapped" in result.detail


def test_latin_1_conversion_is_named_as_such(store):
    bundle = PARTNER.bundle(texts={"helpline": "Ligne d'écoute"})
    converted = bundle.decode("utf-8").encode("latin-1")
    result = import_data(store, converted)
    assert result.reason == "malformed_json"
    assert "no longer UTF-8" in result.detail


def test_mojibake_that_is_still_utf_8_is_bad_signature_with_what_happened(store):
    bundle = PARTNER.bundle(texts={"helpline": "Ligne d'écoute"})
    mojibake = bundle.decode("utf-8").encode("utf-8").decode("latin-1").encode("utf-8")
    result = import_data(store, mojibake)
    assert result.reason == "bad_signature"
    assert "accented letters" in result.detail


def test_the_named_organisation_never_carries_control_characters():
    escaped = json.dumps({"organisation": {"name": "Evil Org\rECPAT\nThailand", "email": None}})
    assert claimed_organisation(escaped.encode()) == "Evil Org\\rECPAT\\nThailand"
    raw = '{"organisation": {"name": "Evil Org\x1b[2J\x85ECPAT", "email": null}}'
    assert claimed_organisation(raw.encode()) == "Evil Org\\u001b[2J\\u0085ECPAT"


def test_a_plain_bundle_holding_equals_signs_and_nuls_in_texts_is_left_alone(store):
    bundle = PARTNER.bundle(texts={"helpline": 'a=3D=3D" b =\\n c \\u0000'})
    assert unwrap(bundle).steps == ()
    assert import_data(store, bundle).status == "imported"


@settings(max_examples=60, deadline=None)
@given(data=st.binary(max_size=400))
def test_unwrapping_never_raises_anything_but_its_refusal(data):
    for candidate in (data, gzip.compress(data), base64.encodebytes(data), _zip({"x": data})):
        try:
            unwrapped = unwrap(candidate)
        except UnwrapError as error:
            assert error.reason in ("malformed_json", "too_large")
        else:
            assert isinstance(unwrapped.data, bytes)
