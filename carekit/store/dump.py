"""Canonical dump: the synced state in a stable order, so two laptops that merged the same
bundles can be compared byte for byte.

One JSON object per line, keys sorted: every synced table's rows by id, every fact table's rows
by id, the revision journal by stamp, and the open conflicts by id. Left out, because they are
this laptop's own: LocalState, the PIN verifiers, the search index, the export/import log, the
proofs. Secrets (keys; ``carekit.domain.authority.SECRETS``) appear only as fingerprints, in the
rows and in the revisions that wrote them, so the dump can be shown and compared without giving
them away.
"""

from __future__ import annotations

import hashlib
import json
from typing import Iterator, TextIO

from sqlalchemy import select
from sqlmodel import Session

from carekit.domain.sync_tables import Conflict
from carekit.domain.tables import Revision
from carekit.domain.authority import SECRETS
from carekit.domain.catalog import fact_tables, synced_tables


def fingerprint(value) -> str:
    """Equal secrets give equal fingerprints; a fingerprint gives nothing back (no brute force of a
    PIN through it: the hash it covers holds a random salt that is not printed)."""
    if value in ("", None):
        return ""
    return "sha256:" + hashlib.sha256(str(value).encode("utf-8")).hexdigest()[:16]


def _hide(table_name: str, record: dict) -> dict:
    secret = SECRETS.get(table_name)
    if secret:
        record.update({name: fingerprint(record[name]) for name in secret if name in record})
    elif table_name == "revision" and record.get("entity") in SECRETS:
        changes = json.loads(record["changes"])
        hidden = {k: fingerprint(v) if k in SECRETS[record["entity"]] else v for k, v in changes.items()}
        if hidden != changes:
            record["changes"] = json.dumps(hidden, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return record


def _lines(session: Session, kind: str, table, order) -> Iterator[str]:
    columns = list(table.columns)
    for row in session.execute(select(*columns).order_by(order)).yield_per(5000):
        record = _hide(table.name, dict(zip((c.name for c in columns), row)))
        yield json.dumps({"kind": kind, "table": table.name, "row": record},
                         ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def canonical_lines(session: Session) -> Iterator[str]:
    for name, cls in synced_tables().items():
        yield from _lines(session, "row", cls.__table__, cls.__table__.c.id)
    for name, cls in fact_tables().items():
        yield from _lines(session, "fact", cls.__table__, cls.__table__.c.id)
    yield from _lines(session, "revision", Revision.__table__, Revision.__table__.c.hlc)
    yield from _lines(session, "conflict", Conflict.__table__, Conflict.__table__.c.id)


def write_canonical(session: Session, out: TextIO) -> int:
    count = 0
    for line in canonical_lines(session):
        out.write(line + "\n")
        count += 1
    return count


def canonical_text(session: Session) -> str:
    return "".join(line + "\n" for line in canonical_lines(session))
