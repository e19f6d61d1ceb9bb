"""The organisation's key chain: a root key on one laptop, short-lived issuing keys it vouches for.

Private halves live only in LocalState, which never syncs: the root's on the laptop that made
it (exported only to a passphrase-encrypted backup), an issuing key's on the laptop it was made
on. What syncs is public: the root's public key and each issuing key with its delegation, its
window of dates and, once a coordinator revokes it, the revocation time.
"""

from __future__ import annotations

import base64
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select

from carekit.domain.certificates import IssuingKey, OrganisationKey
from carekit.domain.enums import Role
from carekit.i18n import QT_TRANSLATE_NOOP
from carekit.security import certificates as signing
from carekit.security.key_backup import BackupError, read_backup, write_backup
from carekit.security.key_chain import Delegation, delegate as sign_delegation
from carekit.services.errors import NotFound, ValidationError
from carekit.services.workspace import Workspace
from carekit.store.journal import now_iso, read_local, write_local

ROOT_SECRET, ISSUING_SECRET = "root_key:", "issuing_key:"
DEFAULT_DAYS = 30
MAX_DAYS = 366


def root_private(session, root_id: str) -> str:
    return read_local(session).get(ROOT_SECRET + root_id, "")


def own_root(session) -> OrganisationKey | None:
    """The newest root key whose private half is on this laptop."""
    local = read_local(session)
    for key in session.execute(select(OrganisationKey).where(OrganisationKey.deleted.is_(False))
                               .order_by(OrganisationKey.hlc.desc())).scalars():
        if local.get(ROOT_SECRET + key.id):
            return key
    return None


def generate_root(ws: Workspace, name: str) -> OrganisationKey:
    """This organisation's root key; its private half never leaves this laptop's file."""
    ws.require(Role.COORDINATOR)
    if not name.strip():
        raise ValidationError("no_name", QT_TRANSLATE_NOOP("Errors", "Give the organisation's name for its key."))
    pair = signing.generate_key()
    with ws.writing() as journal:
        key_id = journal.create(OrganisationKey, {"name": name.strip(), "public_key": pair.public_key,
                                                  "fingerprint": signing.fingerprint(pair.public_key)})
        write_local(journal.session, **{ROOT_SECRET + key_id: pair.private_key})
        journal.audit("key.generate", "organisationkey", key_id)
        return journal.session.get(OrganisationKey, key_id)


def _find_key(session, ref: str) -> IssuingKey:
    ref = ref.strip()
    for key in session.execute(select(IssuingKey).where(IssuingKey.deleted.is_(False))).scalars():
        if ref in (key.id, key.fingerprint, key.fingerprint.replace("-", "")):
            return key
    raise NotFound("no_issuing_key", QT_TRANSLATE_NOOP("Errors", "No issuing key {key}."), key=ref)


def request_key(ws: Workspace, holder: str) -> IssuingKey:
    """A new issuing key for this laptop, waiting for a coordinator's delegation."""
    ws.require(Role.TRAINER, Role.COORDINATOR)
    if not holder.strip():
        raise ValidationError("no_holder", QT_TRANSLATE_NOOP("Errors", "Say who or which laptop the key is for."))
    pair = signing.generate_key()
    with ws.writing() as journal:
        key_id = journal.create(IssuingKey, {"holder": holder.strip(), "device_id": journal.device_id,
                                             "public_key": pair.public_key,
                                             "fingerprint": signing.fingerprint(pair.public_key)})
        write_local(journal.session, **{ISSUING_SECRET + key_id: pair.private_key})
        journal.audit("key.request", "issuingkey", key_id)
        return journal.session.get(IssuingKey, key_id)


def delegate(ws: Workspace, key_ref: str = "", *, days: int = DEFAULT_DAYS, holder: str = "",
             starts: date | None = None) -> IssuingKey:
    """The root (on this laptop) vouches for an issuing key for ``days`` days; without ``key_ref``
    a new issuing key is made here for ``holder``. The delegation syncs to the key's laptop."""
    ws.require(Role.COORDINATOR)
    if not 1 <= days <= MAX_DAYS:
        raise ValidationError("bad_days", QT_TRANSLATE_NOOP(
            "Errors", "An issuing key is delegated for 1 to {most} days (got {days})."), most=MAX_DAYS, days=days)
    if not key_ref:
        key_ref = request_key(ws, holder or "this laptop").id
    with ws.writing() as journal:
        session = journal.session
        root = own_root(session)
        if root is None:
            raise NotFound("no_root_here", QT_TRANSLATE_NOOP(
                "Errors", "The organisation's root key is not on this laptop: delegate from the laptop that holds "
                          "it (or restore its backup there)."))
        key = _find_key(session, key_ref)
        if key.revoked_at:
            raise ValidationError("key_revoked", QT_TRANSLATE_NOOP(
                "Errors", "Issuing key {key} was revoked; make a new one."), key=key.fingerprint)
        first = starts or date.today()
        last = first + timedelta(days=days - 1)
        delegation = sign_delegation(root_private(session, root.id), key.public_key, first, last)
        journal.update(IssuingKey, key.id, {"root_id": root.id, "valid_from": first.isoformat(),
                                            "valid_until": last.isoformat(), "delegation": delegation.to_text()})
        journal.audit("key.delegate", "issuingkey", key.id, f"{first}..{last}")
        return session.get(IssuingKey, key.id)


def revoke(ws: Workspace, key_ref: str, reason: str) -> IssuingKey:
    """Certificates this key signs from the revocation day on fail verification; earlier ones stand."""
    ws.require(Role.COORDINATOR)
    if not reason.strip():
        raise ValidationError("no_reason", QT_TRANSLATE_NOOP("Errors", "Say why the issuing key is revoked."))
    with ws.writing() as journal:
        key = _find_key(journal.session, key_ref)
        if not key.revoked_at:
            journal.update(IssuingKey, key.id, {"revoked_at": now_iso(), "revoked_reason": reason.strip()})
            journal.audit("key.revoke", "issuingkey", key.id)
        return journal.session.get(IssuingKey, key.id)


class Signer:
    """Signs certificate codes with this laptop's delegated issuing key."""

    def __init__(self, key: IssuingKey, private_key: str):
        self.key = key
        self.private_key = private_key
        self.delegation = Delegation.from_text(key.delegation)
        self._signer = signing.IssuingSigner(private_key, self.delegation)

    def sign(self, fields: signing.CertificateFields) -> str:
        return self._signer.sign(fields)


def signer_for(journal, issued: date) -> Signer:
    """This laptop's issuing key valid on ``issued``; on the root's laptop one is delegated when
    none is, so a single-laptop event issues without ceremony. Refused, with the reason, otherwise."""
    session = journal.session
    local = read_local(session)
    mine = [k for k in session.execute(select(IssuingKey).where(IssuingKey.deleted.is_(False))
                                       .order_by(IssuingKey.valid_until.desc())).scalars()
            if local.get(ISSUING_SECRET + k.id)]
    day = issued.isoformat()
    for key in mine:
        if key.delegation and not key.revoked_at and key.valid_from <= day <= key.valid_until:
            return Signer(key, local[ISSUING_SECRET + key.id])
    root = own_root(session)
    if root is not None:
        return _delegate_here(journal, root, issued)
    if not session.execute(select(OrganisationKey).where(OrganisationKey.deleted.is_(False))).first():
        raise NotFound("no_key", QT_TRANSLATE_NOOP("Errors", "This event has no signing key yet: generate one first."))
    expired = [k for k in mine if k.delegation and not k.revoked_at and k.valid_until < day]
    if expired:
        raise ValidationError("issuing_key_expired", QT_TRANSLATE_NOOP(
            "Errors", "This laptop's issuing key {key} expired on {until}: ask a coordinator to delegate a new one."),
            key=expired[0].fingerprint, until=expired[0].valid_until)
    if any(k.revoked_at for k in mine):
        raise ValidationError("issuing_key_revoked", QT_TRANSLATE_NOOP(
            "Errors", "This laptop's issuing key was revoked: ask a coordinator for a new one."))
    if mine:
        raise ValidationError("issuing_key_waiting", QT_TRANSLATE_NOOP(
            "Errors", "This laptop's issuing key {key} has no delegation for {day} yet: a coordinator signs it on "
                      "the root key's laptop, and it arrives with the next bundle."), key=mine[0].fingerprint, day=day)
    raise ValidationError("no_issuing_key_here", QT_TRANSLATE_NOOP(
        "Errors", "This laptop has no issuing key: request one (keys request) and have a coordinator delegate it."))


def _delegate_here(journal, root: OrganisationKey, issued: date) -> Signer:
    session = journal.session
    pair = signing.generate_key()
    first, last = issued, issued + timedelta(days=DEFAULT_DAYS - 1)
    delegation = sign_delegation(root_private(session, root.id), pair.public_key, first, last)
    key_id = journal.create(IssuingKey, {
        "root_id": root.id, "holder": "root laptop", "device_id": journal.device_id, "public_key": pair.public_key,
        "fingerprint": signing.fingerprint(pair.public_key), "valid_from": first.isoformat(),
        "valid_until": last.isoformat(), "delegation": delegation.to_text()})
    write_local(session, **{ISSUING_SECRET + key_id: pair.private_key})
    journal.audit("key.delegate", "issuingkey", key_id, f"{first}..{last}")
    return Signer(session.get(IssuingKey, key_id), pair.private_key)


def list_issuing_keys(ws: Workspace) -> list[tuple[IssuingKey, bool]]:
    """(key, its private half is on this laptop)."""
    with ws.db.session() as session:
        local = read_local(session)
        return [(k, bool(local.get(ISSUING_SECRET + k.id))) for k in session.execute(
            select(IssuingKey).where(IssuingKey.deleted.is_(False)).order_by(IssuingKey.hlc)).scalars()]


def revoked_issuing_keys(session) -> dict[str, IssuingKey]:
    """Raw public key bytes -> revoked key, for verification."""
    return {base64.b64decode(k.public_key): k for k in session.execute(select(IssuingKey).where(
        IssuingKey.revoked_at != "", IssuingKey.deleted.is_(False))).scalars()}


# -- backup -------------------------------------------------------------------------------
def backup_root(ws: Workspace, path: Path, passphrase: str) -> OrganisationKey:
    ws.require(Role.COORDINATOR)
    with ws.db.session() as session:
        root = own_root(session)
        if root is None:
            raise NotFound("no_root_here", QT_TRANSLATE_NOOP(
                "Errors", "The organisation's root key is not on this laptop: delegate from the laptop that holds "
                          "it (or restore its backup there)."))
        private = root_private(session, root.id)
    try:
        write_backup(Path(path), {"id": root.id, "name": root.name, "public_key": root.public_key,
                                  "private_key": private}, passphrase)
    except BackupError as error:
        raise ValidationError(error.reason, error.template, **error.params) from None
    with ws.writing() as journal:
        journal.audit("key.backup", "organisationkey", root.id)
    return root


def restore_root(ws: Workspace, path: Path, passphrase: str) -> OrganisationKey:
    """Put the root's private half back on this laptop (a replacement for a lost one)."""
    ws.require(Role.COORDINATOR)
    try:
        content = read_backup(Path(path), passphrase)
    except BackupError as error:
        raise ValidationError(error.reason, error.template, **error.params) from None
    if signing.public_from_private(content["private_key"]) != content["public_key"]:
        raise ValidationError("bad_backup", QT_TRANSLATE_NOOP("Errors", "{file} is damaged."), file=Path(path).name)
    with ws.writing() as journal:
        session = journal.session
        root = session.execute(select(OrganisationKey).where(
            OrganisationKey.public_key == content["public_key"], OrganisationKey.deleted.is_(False))).scalars().first()
        if root is None:
            root_id = journal.create(OrganisationKey, {"name": content["name"], "public_key": content["public_key"],
                                                       "fingerprint": signing.fingerprint(content["public_key"])},
                                     row_id=content["id"])
            root = session.get(OrganisationKey, root_id)
        write_local(session, **{ROOT_SECRET + root.id: content["private_key"]})
        journal.audit("key.restore", "organisationkey", root.id)
        return root

