"""A certificate as an Open Badges 3.0 credential (W3C VC 2.0) for a holder's wallet.

Signed with the same issuing key as the certificate's code (``eddsa-jcs-2022``, the key as
``did:key``), so standard tools check the signature. The credential also carries the signed code,
whose delegation chains the issuing key to the organisation's root key: ``verify_credential``
checks both and that they say the same thing, then answers like the code's verify.
"""

from __future__ import annotations

import base64
import json
from datetime import datetime, timezone
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select

from carekit.domain.certificates import IssuingKey, OrganisationKey
from carekit.domain.enums import Role
from carekit.i18n import QT_TRANSLATE_NOOP
from carekit.security import certificates as signing
from carekit.security import credentials
from carekit.services import certificates
from carekit.services.certificates import FORGED, Verdict, _by_serial
from carekit.services.errors import NotFound, ValidationError
from carekit.services.issuing_keys import ISSUING_SECRET
from carekit.services.workspace import Workspace
from carekit.store.db import Database
from carekit.store.journal import read_local

CONTEXT = ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"]

_WHY = {
    "no_proof": QT_TRANSLATE_NOOP("Verify", "This file is not a signed credential."),
    "unknown_suite": QT_TRANSLATE_NOOP("Verify", "The credential's proof is of a kind CareKit does not check."),
    "bad_purpose": QT_TRANSLATE_NOOP("Verify", "The credential's proof is not made for asserting a credential."),
    "unknown_method": QT_TRANSLATE_NOOP("Verify", "The credential is signed by a key CareKit cannot read."),
    "malformed": QT_TRANSLATE_NOOP("Verify", "The credential is damaged or incomplete."),
    "bad_signature": QT_TRANSLATE_NOOP("Verify", "The signature does not match: the credential is forged or altered."),
    "not_delegated": QT_TRANSLATE_NOOP(
        "Verify", "The credential is signed by a key the organisation did not delegate: it is forged."),
    "mismatch": QT_TRANSLATE_NOOP(
        "Verify", "The credential and the certificate code it carries disagree: it is forged or altered."),
}


def credential_document(cert, issuer_name: str, issuing_public: bytes) -> dict:
    """The unsigned Open Badges credential of one certificate."""
    parsed = signing.parse_code(cert.code)
    return {
        "@context": CONTEXT,
        "id": f"urn:uuid:{cert.id}",
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "name": f"{cert.course_name} ({cert.course_code})",
        "issuer": {"id": credentials.did_key(issuing_public), "type": ["Profile"], "name": issuer_name},
        "validFrom": f"{cert.issued}T00:00:00Z",
        "validUntil": f"{cert.expires}T23:59:59Z",
        "credentialSubject": {
            "type": ["AchievementSubject"],
            "identifier": [{"type": "IdentityObject", "identityHash": cert.holder_name, "identityType": "name",
                            "hashed": False}],
            "achievement": {
                "id": f"urn:carekit:course:{cert.course_code}",
                "type": ["Achievement"],
                "achievementType": "Certificate",
                "name": cert.course_name,
                "description": f"{cert.course_name} ({cert.course_code}), trainer {cert.trainer}",
                "criteria": {"narrative": "Attended the course, passed the written test and every practical skill."},
            },
        },
        "carekitCertificate": {
            "serial": cert.serial,
            "code": cert.code,
            "rootKey": credentials.did_key(parsed.delegation.root_key),
            "rootFingerprint": signing.fingerprint(parsed.root_key),
            "renews": cert.renews,
        },
    }


def export_credential(ws: Workspace, serial: str, *, created: str = "") -> dict:
    """Only the laptop holding the issuing key that signed the code can sign its credential."""
    ws.require(Role.TRAINER, Role.COORDINATOR)
    with ws.db.session() as session:
        cert = _by_serial(session, serial)
        parsed = signing.parse_code(cert.code)
        if parsed.delegation is None:
            raise ValidationError("old_code", QT_TRANSLATE_NOOP(
                "Errors", "Certificate {serial} was issued before the key chain; issue it again to export it."),
                serial=cert.serial)
        issuing = next((k for k in session.execute(select(IssuingKey)).scalars()
                        if base64.b64decode(k.public_key) == parsed.delegation.issuing_key), None)
        private = read_local(session).get(ISSUING_SECRET + issuing.id, "") if issuing else ""
        root = session.execute(select(OrganisationKey).where(
            OrganisationKey.public_key == parsed.root_key)).scalars().first()
    if not private:
        raise NotFound("issuing_key_elsewhere", QT_TRANSLATE_NOOP(
            "Errors", "Certificate {serial} was signed on another laptop; export its credential there."),
            serial=cert.serial)
    document = credential_document(cert, root.name if root else "", parsed.delegation.issuing_key)
    key = Ed25519PrivateKey.from_private_bytes(base64.b64decode(private))
    return credentials.sign(document, key, credentials.verification_method(parsed.delegation.issuing_key),
                            created or datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"))


def credential_text(document: dict) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _forged(reason: str) -> Verdict:
    return Verdict(FORGED, reason, _WHY[reason])


def verify_credential(document, *, db: Database | None = None, extra_keys=(), root_fingerprints=(),
                      today=None) -> Verdict:
    """Valid / expired / revoked / forged for a credential JSON, offline."""
    try:
        signer = credentials.verify(document)
    except credentials.CredentialError as error:
        return _forged(error.reason)
    carried = document.get("carekitCertificate")
    code = carried.get("code") if isinstance(carried, dict) else None
    if not isinstance(code, str):
        return _forged("malformed")
    verdict = certificates.verify(code, db=db, extra_keys=extra_keys, root_fingerprints=root_fingerprints,
                                  today=today)
    if verdict.status == FORGED:
        return verdict
    parsed = signing.parse_code(code)
    if parsed.delegation is None or parsed.delegation.issuing_key != signer:
        return _forged("not_delegated")
    fields = verdict.fields
    try:
        subject = document["credentialSubject"]
        holder = subject["identifier"][0]["identityHash"]
        same = (holder == fields.holder and carried.get("serial") == fields.serial
                and subject["achievement"]["id"] == f"urn:carekit:course:{fields.course_code}"
                and document["validFrom"][:10] == fields.issued and document["validUntil"][:10] == fields.expires)
    except (KeyError, IndexError, TypeError):
        same = False
    return verdict if same else _forged("mismatch")


def read_credential_file(path: Path):
    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError, UnicodeDecodeError):
        raise ValidationError("bad_credential_file", QT_TRANSLATE_NOOP(
            "Errors", "{file} cannot be read as a credential JSON file."), file=Path(path).name) from None
