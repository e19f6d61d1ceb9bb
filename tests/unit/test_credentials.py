"""A certificate in the holder's wallet: an Open Badges 3.0 credential an employer verifies offline."""

from __future__ import annotations

import base64
import copy
from datetime import date

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from carekit.security import certificates as signing
from carekit.security import credentials
from carekit.domain.certificates import Certificate, OrganisationKey
from carekit.services import certificates
from carekit.services.credential_export import export_credential, verify_credential
from carekit.services.errors import ValidationError

# The eddsa-jcs-2022 test vector of the W3C "Data Integrity EdDSA Cryptosuites v1.0" specification
# (its key pair, the unsigned Alumni credential, the proof options and the published proofValue).
SPEC_SECRET_KEY = "z3u2en7t5LR2WtQH5PfFqMqwVHBeXouLzo6haApm8XHqvjxq"
SPEC_PUBLIC_KEY = "z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2"
SPEC_CONTEXT = ["https://www.w3.org/ns/credentials/v2", "https://www.w3.org/ns/credentials/examples/v2"]
SPEC_UNSIGNED = {
    "@context": SPEC_CONTEXT,
    "id": "urn:uuid:58172aac-d8ba-11ed-83dd-0b3aef56cc33",
    "type": ["VerifiableCredential", "AlumniCredential"],
    "name": "Alumni Credential",
    "description": "A minimum viable example of an Alumni Credential.",
    "issuer": "https://vc.example/issuers/5678",
    "validFrom": "2023-01-01T00:00:00Z",
    "credentialSubject": {"id": "did:example:abcdefgh", "alumniOf": "The School of Examples"},
}
SPEC_METHOD = "https://vc.example/issuers/5678#" + SPEC_PUBLIC_KEY
SPEC_CREATED = "2023-02-24T23:36:38Z"
SPEC_PROOF_VALUE = "z63t83Y53KfzJ5ZosfKTnqfMcKB2dmTrfjSaQjeNNjAD5srBowQfmWqeRb8rRjmeEuCBEsddF9LsVogtuTsijJKh4"


def test_signing_the_specifications_example_gives_its_published_proof():
    key = credentials.private_from_multikey(SPEC_SECRET_KEY)
    signed = credentials.sign(SPEC_UNSIGNED, key, SPEC_METHOD, SPEC_CREATED)
    assert signed["proof"]["proofValue"] == SPEC_PROOF_VALUE
    assert signed["proof"]["@context"] == SPEC_CONTEXT and signed["proof"]["cryptosuite"] == "eddsa-jcs-2022"
    raw_public = credentials.from_multibase(SPEC_PUBLIC_KEY)[2:]
    assert credentials.public_multikey(raw_public) == SPEC_PUBLIC_KEY


@pytest.fixture
def wallet(ws, crowd):
    certificates.generate_key(ws, "骑手关爱基金会")
    cert = certificates.issue(ws, crowd["张伟"].person_id, course_code="FA1", course_name="急救与心肺复苏",
                              months=24, trainer="王教练", issued=date(2026, 12, 5))
    return cert, export_credential(ws, cert.serial, created="2026-12-05T09:00:00Z")


def test_the_exported_credential_is_an_open_badge_that_verifies_offline(ws, wallet):
    cert, vc = wallet
    assert vc["type"] == ["VerifiableCredential", "OpenBadgeCredential"]
    assert vc["credentialSubject"]["identifier"][0]["identityHash"] == "张伟"
    assert (vc["validFrom"], vc["validUntil"]) == ("2026-12-05T00:00:00Z", "2028-12-05T23:59:59Z")
    assert vc["issuer"]["id"].startswith("did:key:z6Mk") and vc["issuer"]["name"] == "骑手关爱基金会"
    assert credentials.verify(vc) == signing.parse_code(cert.code).delegation.issuing_key  # any eddsa-jcs tool
    root = certificates.list_keys(ws)[0]
    verdict = verify_credential(vc, root_fingerprints=[root.fingerprint], today=date(2027, 1, 1))
    assert verdict.status == certificates.VALID and verdict.fields.serial == cert.serial
    assert verify_credential(vc, today=date(2029, 1, 1), db=ws.db).status == certificates.EXPIRED
    assert verify_credential(vc, today=date(2027, 1, 1)).reason == "unknown_key"  # nobody trusted


def _changed(vc, path, value):
    forged = copy.deepcopy(vc)
    target = forged
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value
    return forged


def test_forged_or_altered_credentials_are_refused(ws, wallet):
    cert, vc = wallet
    name = _changed(vc, ["credentialSubject", "identifier", 0, "identityHash"], "李四")
    expiry = _changed(vc, ["validUntil"], "2099-12-31T23:59:59Z")
    for forged in (name, expiry):
        assert verify_credential(forged, db=ws.db).reason == "bad_signature"
    # Re-signed with another key: the proof checks, but that key was never delegated.
    stranger = signing.generate_key()
    key = Ed25519PrivateKey.from_private_bytes(base64.b64decode(stranger.private_key))
    raw = signing.check_public_key(stranger.public_key)
    resigned = credentials.sign(expiry, key, credentials.verification_method(raw), "2026-12-06T00:00:00Z")
    assert verify_credential(resigned, db=ws.db).reason == "not_delegated"
    assert verify_credential({"hello": "world"}, db=ws.db).reason == "no_proof"


def test_a_revoked_certificate_shows_revoked_in_its_credential_too(ws, wallet):
    cert, vc = wallet
    certificates.revoke(ws, cert.serial, "wrong person")
    verdict = verify_credential(vc, db=ws.db, today=date(2027, 1, 1))
    assert verdict.status == certificates.REVOKED and "wrong person" in verdict.message


def test_a_code_from_before_the_key_chain_cannot_be_exported_and_says_why(ws, crowd):
    pair = signing.generate_key()
    with ws.writing() as journal:
        journal.create(OrganisationKey, {"name": "NGO", "public_key": pair.public_key, "kind": "root",
                                                       "fingerprint": signing.fingerprint(pair.public_key)})
        fields = signing.CertificateFields("C-AAAA-BBBB", "张伟", "FA1", "2025-01-01", "2027-01-01")
        journal.create(Certificate, {"serial": fields.serial, "person_id": crowd["张伟"].person_id,
                                                  "holder_name": "张伟", "course_code": "FA1", "course_name": "急救",
                                                  "issued": fields.issued, "expires": fields.expires,
                                                  "code": signing.sign_code(fields, pair.private_key)})
    with pytest.raises(ValidationError) as refused:
        export_credential(ws, "C-AAAA-BBBB")
    assert refused.value.reason == "old_code"


def test_the_fast_canonical_form_is_byte_for_byte_rfc8785():
    import rfc8785
    from carekit.security.credentials import _plain, canonical
    documents = [
        {"b": 1, "a": [True, False, None, "x"], "name": "名字 Peña Nguyễn", "z": {"y": -(2**53) + 1, "x": ""}},
        {"ctl": "tab\tnl\ncr\rbs\bff\fesc\x1bdel\x7f", "q": 'quote " back \\ slash', "sep": "\u2028\u2029"},
        {"emoji": "🙂 𠀀", "k": [[], {}, [1, [2, [3]]]], "E": 0, "e": 9007199254740991},
    ]
    for document in documents:
        assert _plain(document)
        assert canonical(document) == rfc8785.dumps(document)
    # Outside the fast path, the library decides: floats, huge integers, non-ASCII keys, surrogates.
    for document in ({"f": 1.5}, {"键": 1, "\ue000": 2, "😀": 3}):
        assert not _plain(document)
        assert canonical(document) == rfc8785.dumps(document)
    for document in ({"n": 2**53}, {"s": "\ud800"}):
        with pytest.raises(rfc8785.CanonicalizationError):
            canonical(document)
