"""What the Sync page shows: the laptops this one has heard from, the recent exports and imports,
what waits for a coordinator, and whether anything is still to be sent."""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlmodel import select

from carekit.domain.clock import wall_ms_of
from carekit.domain.sync_tables import SyncLog
from carekit.domain.tables import Device, Site
from carekit.services.duplicates import pairs
from carekit.services.workspace import Workspace
from carekit.store.journal import read_local
from carekit.store.queries import sync as queries
from carekit.sync.vector import version_vector


@dataclass(frozen=True)
class KnownLaptop:
    device_id: str
    name: str  # desk name, or the start of the id when its Device row has not arrived yet
    site: str
    newest: str  # newest stamp of it seen here
    wall_ms: int
    is_me: bool


@dataclass(frozen=True)
class LogLine:
    at: str
    direction: str
    file: str
    report: dict


@dataclass(frozen=True)
class SyncStatus:
    laptops: list[KnownLaptop]
    log: list[LogLine]
    conflicts: int
    duplicates: int
    last_export: str  # ISO time, "" = never
    last_import: str
    unsent: bool  # this laptop has something newer than its last export


def status(ws: Workspace, log_lines: int = 12) -> SyncStatus:
    with ws.db.session() as session:
        me = read_local(session).get("device_id", "")
        devices = {d.id: d for d in session.exec(select(Device))}
        sites = {s.id: s.city for s in session.exec(select(Site))}
        laptops = []
        for device, stamp in version_vector(session).items():
            row = devices.get(device)
            laptops.append(KnownLaptop(device, row.name if row and row.name else device[:8],
                                       sites.get(row.site_id, "") if row else "", stamp, wall_ms_of(stamp), device == me))
        laptops.sort(key=lambda k: (not k.is_me, k.name))
        log = [LogLine(r.at, r.direction, r.file, json.loads(r.report)) for r in session.exec(
            select(SyncLog).order_by(SyncLog.id.desc()).limit(log_lines))]
        con = session.connection()
        conflicts_open = queries.conflict_count(con)
        duplicates_open = len(pairs(session))
        last = queries.last_sync_at(con)
        exported = [json.loads(r).get("newest", "") for r in queries.export_reports(con)]
        unsent = max((k.newest for k in laptops), default="") > max(exported, default="")
    return SyncStatus(laptops, log, conflicts_open, duplicates_open, last.get("export", ""), last.get("import", ""),
                      unsent)
