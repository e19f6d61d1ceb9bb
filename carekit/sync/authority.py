"""Authority at merge: a bundle's changes are merged only if the laptops that made them had the right.

Checked from the bundle alone, before anything is written: the signing laptop's capability chain
must lead to the event's root key (the creator's laptop) and name no revoked laptop; every
revision or fact of a table that not every laptop may write (``carekit.domain.authority``) must
carry the signature of the laptop that made it, that laptop's chain must grant a capability the
table lists, and the operator named in it must have held a matching role at that time. A laptop
relays what others made with their signatures, so a desk laptop can carry a coordinator's change
but cannot forge one. Any refusal names the laptop and the change; the bundle is refused whole.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass, field

from sqlmodel import Session

from carekit.domain import authority
from carekit.domain.catalog import fact_tables, synced_tables
from carekit.i18n import QT_TRANSLATE_NOOP
from carekit.security import device_keys, grants
from carekit.store.bulk import execute_many
from carekit.store.journal import read_local
from carekit.sync.bundle import BundleError, Content
from carekit.domain.clock import device_of


# -- what is restricted ---------------------------------------------------------------
def _open_to_all(table: str) -> bool:
    rule = authority.AUTHORITY.get(table)
    return bool(rule) and rule["write"] == authority.EVERY and not rule.get("fields")


def restricted_tables() -> list[str]:
    return [t for t in (*synced_tables(), *fact_tables()) if not _open_to_all(t)]


def revision_message(rev) -> bytes:
    return b"carekit revision|" + json.dumps([str(v) for v in rev], ensure_ascii=False).encode()


def fact_message(table: str, row: dict) -> bytes:
    text = json.dumps(row, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return f"carekit fact|{table}|".encode() + text.encode()


# -- this laptop's own proofs ---------------------------------------------------------
def root_key(session: Session) -> str:
    return read_local(session).get("root_key", "")


def save_chain(session: Session, device: str, chain: list) -> None:
    execute_many(session, "INSERT INTO proof (key, kind, device_id, body) VALUES (?, 'chain', ?, ?) "
                          "ON CONFLICT(key) DO UPDATE SET body = excluded.body", [(device, device, json.dumps(chain))])


def chain_of(session: Session, device: str) -> list | None:
    row = session.connection().exec_driver_sql(
        "SELECT body FROM proof WHERE kind = 'chain' AND key = ?", (device,)).first()
    return json.loads(row[0]) if row else None


def capabilities_of(session: Session, device: str, key: str) -> frozenset[str]:
    chain = chain_of(session, device)
    event_id = read_local(session).get("event_id", "")
    verified = grants.verify_chain(chain or [], root_key=root_key(session), event_id=event_id, device=device, key=key)
    return verified.capabilities if verified else frozenset()


def sign_own(session: Session, private_key: str, device: str) -> int:
    """Sign this laptop's restricted revisions and facts that are not signed yet (before an export)."""
    con = session.connection().connection
    tables = restricted_tables()
    synced, facts = [t for t in tables if t in synced_tables()], [t for t in tables if t in fact_tables()]
    signed = {r[0] for r in con.execute("SELECT key FROM proof WHERE kind = 'sig' AND device_id = ?", (device,))}
    new = []
    if synced:
        cursor = con.execute(
            "SELECT hlc, event_id, entity, row_id, operator_id, changes, parents, meta FROM revision "
            f"WHERE entity IN ({','.join('?' * len(synced))}) AND hlc LIKE ?", [*synced, f"%.{device}"])
        for rev in cursor:
            if "r:" + rev[0] not in signed:
                new.append(("r:" + rev[0], device, _b64(device_keys.sign(private_key, revision_message(rev)))))
    for table in facts:
        cursor = con.execute(f"SELECT * FROM {table} WHERE device_id = ?", (device,))
        names = [d[0] for d in cursor.description]
        for values in cursor:
            row = dict(zip(names, values))
            if f"f:{table}:{row['id']}" not in signed:
                new.append((f"f:{table}:{row['id']}", device,
                            _b64(device_keys.sign(private_key, fact_message(table, row)))))
    execute_many(session, "INSERT OR IGNORE INTO proof (key, kind, device_id, body) VALUES (?, 'sig', ?, ?)", new)
    return len(new)


def proofs_for(session: Session, content: Content) -> dict:
    """The chains this laptop knows and the signatures of the restricted writes in ``content``."""
    con = session.connection().connection
    chains = {k: json.loads(b) for k, b in con.execute("SELECT key, body FROM proof WHERE kind = 'chain'")}
    wanted = {"r:" + rev[0] for rev in content.revisions}
    for table, rows in content.facts.items():
        wanted.update(f"f:{table}:{row['id']}" for row in rows)
    signatures = {k: b for k, b in con.execute("SELECT key, body FROM proof WHERE kind = 'sig'") if k in wanted}
    return {"chains": chains, "signatures": signatures}


def store_proofs(session: Session, content: Content) -> None:
    """After a merge: keep the chains and signatures received, to relay them onwards."""
    proofs = content.proofs or {}
    local = read_local(session)
    root = local.get("root_key", "")
    proven = [(d, d, json.dumps(c)) for d, c in (proofs.get("chains") or {}).items()
              if isinstance(c, list) and all(isinstance(i, dict) for i in c) and grants.verify_chain(
                  c, root_key=root, event_id=local.get("event_id", ""), device=d,
                  key=str(c[-1].get("key", "")) if c else root)]
    execute_many(session, "INSERT OR IGNORE INTO proof (key, kind, device_id, body) VALUES (?, 'chain', ?, ?)", proven)
    execute_many(session, "INSERT OR IGNORE INTO proof (key, kind, device_id, body) VALUES (?, 'sig', ?, ?)",
                 [(k, _origin_of_key(k, content), s) for k, s in (proofs.get("signatures") or {}).items()])


def _origin_of_key(key: str, content: Content) -> str:
    if key.startswith("r:"):
        return device_of(key[2:])
    return ""


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


# -- the check at merge ---------------------------------------------------------------
@dataclass
class _Context:
    session: Session
    file: str
    event_id: str
    root: str
    chains: dict
    signatures: dict
    names: dict  # device id -> name, for messages
    revoked: set
    erased_rows: set = field(default_factory=set)  # (table, id) of rows whose person was erased
    operator_roles: dict = field(default_factory=dict)  # operator id -> [(stamp, roles)]
    verified: dict = field(default_factory=dict)


def _refuse(reason: str, template: str, **params) -> None:
    raise BundleError(reason, template, **params)


def _laptop(ctx: _Context, device: str) -> str:
    return ctx.names.get(device) or device[:8]


def _capabilities(ctx: _Context, device: str) -> tuple[frozenset[str], str] | None:
    """(capabilities, key) of ``device`` proven by its chain (None: no valid chain); refuses revoked
    laptops. A chain known here wins over one a bundle brings."""
    if device in ctx.verified:
        return ctx.verified[device]
    chain = chain_of(ctx.session, device)
    if chain is None:
        chain = ctx.chains.get(device)
    key = ""
    if chain:
        key = chain[-1].get("key", "") if isinstance(chain[-1], dict) else ""
    elif chain == []:
        key = ctx.root
    verified = grants.verify_chain(chain or [], root_key=ctx.root, event_id=ctx.event_id, device=device, key=key) \
        if chain is not None else None
    if verified is not None and ctx.revoked.intersection(verified.devices):
        _refuse("revoked_laptop", QT_TRANSLATE_NOOP(
            "Errors", "{file} holds changes made by {laptop}, which a coordinator has removed from the event; "
                      "nothing was imported."), file=ctx.file, laptop=_laptop(ctx, device))
    ctx.verified[device] = (verified.capabilities, verified.key) if verified else None
    return ctx.verified[device]


def _roles_at(ctx: _Context, operator_id: str, stamp: str) -> frozenset[str]:
    history = [(s, r) for s, r in ctx.operator_roles.get(operator_id, []) if s <= stamp]
    if not history:
        return frozenset()
    return frozenset(filter(None, max(history)[1].split(",")))


def _check_write(ctx: _Context, *, table: str, fields, row_id: str, origin: str, operator_id: str,
                 stamp: str, proof_key: str, message: bytes) -> None:
    own = table == "device" and row_id == origin
    needed = authority.writers(table, fields, own_row=own)
    if needed == authority.EVERY or (table, row_id) in ctx.erased_rows:
        return
    change = f"{table} {row_id[:8]}" + (f" ({', '.join(sorted(fields))})" if fields else "")
    found = _capabilities(ctx, origin)
    signature = ctx.signatures.get(proof_key)
    if signature is None:
        row = ctx.session.connection().exec_driver_sql(
            "SELECT body FROM proof WHERE kind = 'sig' AND key = ?", (proof_key,)).first()
        signature = row[0] if row else None
    if found is None or signature is None or not device_keys.verify(found[1], base64.b64decode(signature), message):
        _refuse("unproven_change", QT_TRANSLATE_NOOP(
            "Errors", "{file} holds a change to {change} said to come from {laptop}, without that laptop's valid "
                      "signature; nothing was imported."), file=ctx.file, change=change, laptop=_laptop(ctx, origin))
    capabilities = found[0] & needed
    own_fields = authority.AUTHORITY.get(table, {}).get("own_operator", frozenset())
    if not capabilities and fields and set(fields) <= own_fields and operator_id == row_id:
        held = _roles_at(ctx, operator_id, stamp)
        if held and held <= authority.roles_for(found[0]):
            return  # an operator's own PIN, changed on a laptop that serves every role they hold
    if not capabilities:
        _refuse("not_allowed", QT_TRANSLATE_NOOP(
            "Errors", "{file} was refused: {laptop} changed {change}, which its capabilities ({capabilities}) do "
                      "not allow; nothing was imported."), file=ctx.file, laptop=_laptop(ctx, origin), change=change,
            capabilities=", ".join(sorted(found[0])) or "-")
    if not operator_id and ctx.root and found[1] == ctx.root:
        return  # the event's creation, made before any operator existed
    if not _roles_at(ctx, operator_id, stamp) & authority.roles_for(capabilities):
        _refuse("operator_not_allowed", QT_TRANSLATE_NOOP(
            "Errors", "{file} was refused: on {laptop}, {change} was changed by an operator who did not hold a "
                      "role allowed to change it at that time; nothing was imported."),
            file=ctx.file, laptop=_laptop(ctx, origin), change=change)


def check(session: Session, content: Content, *, file: str, signer: str, signer_key: str, signer_name: str) -> None:
    """Raise ``BundleError`` if anything in ``content`` was made without the right to make it."""
    local = read_local(session)
    con = session.connection().connection
    proofs = content.proofs or {}
    names = dict(con.execute("SELECT id, name FROM device"))
    names[signer] = signer_name or names.get(signer, "")
    revoked = {r[0] for r in con.execute("SELECT id FROM device WHERE deleted")}
    ctx = _Context(session, file, local.get("event_id", ""), local.get("root_key", ""),
                   proofs.get("chains") or {}, proofs.get("signatures") or {}, names, revoked)
    found = _capabilities(ctx, signer)
    if found is None or found[1] != signer_key:
        _refuse("unknown_laptop", QT_TRANSLATE_NOOP(
            "Errors", "{file} was made by {laptop}, which holds no capabilities granted by this event's "
                      "coordinator; nothing was imported."), file=file, laptop=_laptop(ctx, signer))
    restricted = set(restricted_tables())
    candidates = [rev for rev in content.revisions if rev[2] in restricted]
    existing = set()
    for start in range(0, len(candidates), 500):
        part = [rev[0] for rev in candidates[start:start + 500]]
        existing.update(r[0] for r in con.execute(
            f"SELECT hlc FROM revision WHERE hlc IN ({','.join('?' * len(part))})", part))
    new = [rev for rev in candidates if rev[0] not in existing]
    _load_roles(ctx, content)
    _load_erased(ctx, content)
    for rev in new:
        try:
            fields = json.loads(rev[5])
        except (TypeError, ValueError):
            fields = None
        if not isinstance(fields, dict):
            _refuse("tampered", QT_TRANSLATE_NOOP("Errors", "The bundle holds a revision that cannot be read."))
        _check_write(ctx, table=rev[2], fields=list(fields), row_id=str(rev[3]), origin=device_of(str(rev[0])),
                     operator_id=str(rev[4]), stamp=str(rev[0]), proof_key="r:" + str(rev[0]),
                     message=revision_message(rev))
    _check_assessments(ctx, new)
    for table, rows in content.facts.items():
        if table not in restricted or not rows:
            continue
        ids = [str(row.get("id", "")) for row in rows]
        have = set()
        for start in range(0, len(ids), 500):
            part = ids[start:start + 500]
            have.update(r[0] for r in con.execute(f"SELECT id FROM {table} WHERE id IN ({','.join('?' * len(part))})", part))
        for row in rows:
            if str(row.get("id", "")) in have:
                continue
            _check_write(ctx, table=table, fields=(), row_id=str(row.get("id", "")), origin=str(row.get("device_id", "")),
                         operator_id=str(row.get("operator_id", "")), stamp=str(row.get("hlc", "")),
                         proof_key=f"f:{table}:{row.get('id', '')}", message=fact_message(table, row))


def _check_assessments(ctx: _Context, revisions: list) -> None:
    """Each write to an assessment must carry the recording laptop's signature over the whole
    attempt (a laptop with the training capability); a score changed after it was signed fails."""
    from carekit.security import assessment_signatures as signatures
    writes: dict[str, list] = {}
    for rev in revisions:
        if rev[2] == "assessment" and ("assessment", str(rev[3])) not in ctx.erased_rows:
            writes.setdefault(str(rev[3]), []).append((rev, json.loads(rev[5])))
    con = ctx.session.connection().connection
    immutable = ("session_id", "person_id", "attempt", "supersedes")
    for row_id, found in writes.items():
        stored = con.execute(f"SELECT {', '.join(immutable)}, signature FROM assessment WHERE id = ?",
                             (row_id,)).fetchone()
        base = dict(zip(immutable, stored)) if stored else {}
        for _, fields in found:
            if "session_id" in fields:
                base.update({name: fields[name] for name in immutable if name in fields})
        if not (stored and stored[-1]) and not any(set(signatures.PROOF) & set(fields) for _, fields in found):
            # An attempt recorded before attempts were signed, relayed by an upgraded laptop: it is
            # let through (the laptop's right to write it was checked above) so sync goes on, and
            # no certificate is issued from it until the trainer saves it again, which signs it.
            # An attempt that was ever signed, here or in this bundle, is checked whole.
            continue
        for rev, fields in found:
            if not set(fields) & {*signatures.SIGNED, *signatures.PROOF}:
                continue  # a tombstone: nothing the trainer signed
            values = {**base, **fields}
            origin = device_of(str(rev[0]))
            proven = _capabilities(ctx, str(values.get("signed_by", ""))) if values.get("signed_by") else None
            ok = all(name in values for name in (*signatures.SIGNED, *signatures.PROOF)) and proven is not None \
                and authority.TRAINING in proven[0]
            if ok:
                try:
                    ok = signatures.verify(proven[1], str(values["signature"]),
                                           signatures.Signed.of(str(rev[1]), row_id, values))
                except (TypeError, ValueError):
                    ok = False
            if not ok:
                _refuse("assessment_not_signed", QT_TRANSLATE_NOOP(
                    "Errors", "{file} was refused: it holds an assessment (person {person}, written score {score}) "
                              "from {laptop} that does not match the trainer's signature, so it was changed after "
                              "it was recorded; nothing was imported."),
                    file=ctx.file, laptop=_laptop(ctx, origin), person=str(values.get("person_id", "?"))[:8],
                    score=values.get("score", "?"))


def _load_erased(ctx: _Context, content: Content) -> None:
    """An erasure clears a person's values in rows and revisions on every laptop, so what a laptop
    relays of an erased person no longer matches its maker's signature; it is cleared again
    right after the merge, so it is let through unchecked (nothing of it survives)."""
    from carekit.domain.personal_data import PERSONAL
    con = ctx.session.connection().connection
    erased = {str(row.get("person_id", "")) for row in content.facts.get("erasure", [])}
    if "erasure" in fact_tables():
        erased.update(r[0] for r in con.execute("SELECT person_id FROM erasure"))
    erased.discard("")
    if not erased:
        return
    for table, spec in PERSONAL.items():
        if spec.via or table not in restricted_tables():
            continue
        marks = ",".join("?" * len(erased))
        ctx.erased_rows.update((table, r[0]) for r in con.execute(
            f"SELECT id FROM {table} WHERE {spec.link} IN ({marks})", sorted(erased)))
        for row in content.facts.get(table, []):
            if str(row.get(spec.link, "")) in erased:
                ctx.erased_rows.add((table, str(row.get("id", ""))))
        for rev in content.revisions:
            if rev[2] == table and spec.link != "id" and f'"{spec.link}"' in str(rev[5]):
                try:
                    if str(json.loads(rev[5]).get(spec.link, "")) in erased:
                        ctx.erased_rows.add((table, str(rev[3])))
                except (TypeError, ValueError, AttributeError):
                    continue


def _load_roles(ctx: _Context, content: Content) -> None:
    """Every known value of every operator's roles, with its stamp (here and in the bundle)."""
    con = ctx.session.connection().connection
    revisions = list(con.execute("SELECT hlc, row_id, changes FROM revision WHERE entity = 'operator'"))
    revisions += [(rev[0], rev[3], rev[5]) for rev in content.revisions if rev[2] == "operator"]
    for stamp, row_id, changes in revisions:
        try:
            fields = json.loads(changes)
        except (TypeError, ValueError):
            continue
        if isinstance(fields, dict) and "roles" in fields:
            ctx.operator_roles.setdefault(str(row_id), []).append((str(stamp), str(fields["roles"])))
