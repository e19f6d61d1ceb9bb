"""Certificates an employer checks offline: valid, expired, revoked or forged, and why."""

import base64
from datetime import date

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from carekit.security import certificates as signing
from carekit.services import certificates
from carekit.services.errors import NotFound, ValidationError


@pytest.fixture
def issuer(ws):
    certificates.generate_key(ws, "Rider Care NGO")
    return ws


def first_aid(ws, crowd, name="张伟", months=24, issued=date(2026, 12, 5)):
    return certificates.issue(ws, crowd[name].person_id, course_code="FA-1", course_name="基础急救 First aid",
                              months=months, trainer="Dr. María Peña", issued=issued)


def test_a_fresh_certificate_verifies_as_valid(issuer, crowd):
    cert = first_aid(issuer, crowd)
    verdict = certificates.verify(cert.code, db=issuer.db, today=date(2027, 1, 1))
    assert verdict.status == certificates.VALID
    assert verdict.fields.holder == "张伟" and verdict.fields.expires == "2028-12-05"
    assert verdict.issuer == "Rider Care NGO"


def test_after_its_expiry_it_is_genuine_but_expired(issuer, crowd):
    cert = first_aid(issuer, crowd, months=1)
    assert certificates.verify(cert.code, db=issuer.db, today=date(2027, 1, 6)).status == certificates.EXPIRED


def test_a_revoked_certificate_says_why(issuer, crowd):
    cert = first_aid(issuer, crowd)
    certificates.revoke(issuer, cert.serial, "assessment not passed")
    verdict = certificates.verify(cert.code, db=issuer.db, today=date(2027, 1, 1))
    assert verdict.status == certificates.REVOKED and "assessment not passed" in verdict.message


def test_an_employer_with_only_the_public_key_file_verifies(issuer, crowd):
    cert = first_aid(issuer, crowd, name="Peña Nieto")
    key_file = certificates.export_public_key(issuer)
    assert "private" not in key_file
    extra = [certificates.read_public_key_text(key_file)]
    assert certificates.verify(cert.code, extra_keys=extra, today=date(2027, 1, 1)).status == certificates.VALID
    unknown = certificates.verify(cert.code, today=date(2027, 1, 1))
    assert (unknown.status, unknown.reason) == (certificates.FORGED, "unknown_key")


def _swap_field(code: str, index: int, value: str) -> str:
    prefix, message, delegation, sig = code.split(".")
    fields = signing._unb32(message).decode().split("|")
    fields[index] = value
    return ".".join((prefix, signing._b32("|".join(fields).encode()), delegation, sig))


@pytest.mark.parametrize("tamper, reason", [
    (lambda c: _swap_field(c, 1, "李四"), "bad_signature"),  # another holder's name
    (lambda c: _swap_field(c, 4, "2099-12-31"), "bad_signature"),  # a longer validity
    (lambda c: _swap_field(c, 0, "C-AAAA-BBBB"), "bad_signature"),  # another serial
    (lambda c: c[:-4] + ("A" if c[-4] != "A" else "B") + c[-3:], "bad_signature"),  # one signature character
    (lambda c: c[:-10], "malformed"),  # torn label
    (lambda c: c.replace("CKC2", "CKC9"), "not_a_certificate"),
    (lambda c: "hello", "not_a_certificate"),
])
def test_tampered_codes_are_refused(issuer, crowd, tamper, reason):
    cert = first_aid(issuer, crowd)
    verdict = certificates.verify(tamper(cert.code), db=issuer.db, today=date(2027, 1, 1))
    assert (verdict.status, verdict.reason) == (certificates.FORGED, reason)


def test_a_code_signed_by_another_key_with_the_same_fields_is_forged(issuer, crowd):
    cert = first_aid(issuer, crowd)
    parsed = signing.parse_code(cert.code)
    forger = signing.generate_key()
    fake = signing.sign_code(parsed.fields, forger.private_key)
    fake = ".".join([fake.split(".")[0], parsed.key_id, *fake.split(".")[2:]])  # an old-style code, the real key id
    assert certificates.verify(fake, db=issuer.db).reason == "bad_signature"
    prefix, message, delegation, _ = cert.code.split(".")
    forged = signing._b32(Ed25519PrivateKey.from_private_bytes(base64.b64decode(forger.private_key))
                          .sign(parsed.fields.message()))  # the real delegation, another key's signature
    assert certificates.verify(".".join((prefix, message, delegation, forged)), db=issuer.db).reason == "bad_signature"


def test_a_scanner_that_lower_cases_still_verifies(issuer, crowd):
    cert = first_aid(issuer, crowd)
    assert certificates.verify(" " + cert.code.lower() + "\n", db=issuer.db, today=date(2027, 1, 1)).status == "valid"


def test_issuing_needs_a_key_a_person_and_sane_months(ws, crowd):
    with pytest.raises(NotFound):
        first_aid(ws, crowd)
    certificates.generate_key(ws, "NGO")
    with pytest.raises(ValidationError):
        first_aid(ws, crowd, months=0)
    with pytest.raises(NotFound):
        certificates.issue(ws, "nobody", course_code="FA", course_name="x", months=12, trainer="t")


def test_importing_a_key_twice_keeps_one_and_junk_is_refused(ws):
    other = signing.generate_key()
    text = certificates.public_key_text("Other NGO", other.public_key)
    first = certificates.import_public_key(ws, text)
    assert certificates.import_public_key(ws, text).id == first.id
    assert len(certificates.list_keys(ws)) == 1
    with pytest.raises(ValidationError):
        certificates.import_public_key(ws, '{"format": "carekit-public-key/1", "public_key": "bm9wZQ=="}')


def test_months_add_to_the_end_of_short_months():
    assert certificates.add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert certificates.add_months(date(2026, 12, 5), 24) == date(2028, 12, 5)


def test_the_printed_certificate_carries_a_code_zbar_reads(issuer, crowd, tmp_path):
    import subprocess
    cert = first_aid(issuer, crowd, name="阿卜杜拉·艾力")
    (tmp_path / "c.pdf").write_bytes(certificates.certificate_pdf(issuer, [cert.serial]))
    subprocess.run(["pdftoppm", "-r", "150", "-png", str(tmp_path / "c.pdf"), str(tmp_path / "c")], check=True)
    out = subprocess.run(["zbarimg", "-q", "--raw", str(next(tmp_path.glob("c-*.png")))],
                         capture_output=True, text=True).stdout.strip()
    assert out == cert.code
    text = subprocess.run(["pdftotext", str(tmp_path / "c.pdf"), "-"], capture_output=True, text=True).stdout
    assert "阿卜杜拉·艾力" in text and cert.serial in text and signing.fingerprint(
        certificates.list_keys(issuer)[0].public_key) in text
    expires = date.fromisoformat(cert.expires)
    assert cert.expires not in text  # 2028-05-16 is written for people, in both of the certificate's languages
    assert expires.month == 12 and f"{expires.year}年12月{expires.day}日 / {expires.day} December {expires.year}" in text


def test_a_certificate_writes_its_dates_in_the_document_language_with_the_month_named():
    from carekit.printing.certificates import date_words
    assert date_words("2028-05-16", "zh_CN") == date_words("2028-05-16", "zh_TW") == "2028年5月16日"
    assert date_words("2028-05-16", "en") == "16 May 2028"
    assert date_words("2028-05-16", "es") == "16 de mayo de 2028"
    assert date_words("2028-03-01", "pt_BR") == "1 de março de 2028"
    assert date_words("2028-05-16", "vi") == "16 May 2028"  # a language without wording prints English
    assert date_words("2028-13-01", "es") == "2028-13-01"


def test_a_batch_of_certificates_in_two_processes_matches_one_process():
    from carekit.printing.certificates import CertificateData, render_certificates
    pair = signing.generate_key()
    certs = []
    for i in range(210):
        fields = signing.CertificateFields(f"C-{i:04d}", "张伟", "FA-1", "2026-12-05", "2028-12-05")
        certs.append(CertificateData("张伟", "急救", "FA-1", fields.issued, fields.expires, "Peña", fields.serial,
                                     signing.sign_code(fields, pair.private_key), "ABCD", "NGO", "es"))
    assert render_certificates(certs, workers=2).pdf == render_certificates(certs).pdf
