"""A small care day counted by hand: two laptops at two sites, nine people, fixed scan times.

深圳 (laptop a, desk 1): workers 张伟 王芳 李娜 刘洋, family member 陈静, walk-in worker 赵磊.
广州 (laptop b, desk 2): workers 黄勇 周杰, guest Ana Souza.
Scans on 2026-12-05 (+08:00), desk 1: 张伟 09:02, 王芳 09:10, 李娜 09:20, 赵磊 09:31, 张伟 again 09:40,
陈静 at the station (not the entrance) 10:00. Desk 2: 黄勇 09:05, 刘洋 09:16, a badge whose record
never reached desk 2's laptop 09:50, and 周杰 the day before (2026-12-04 16:00).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from carekit.domain.enums import Role
from carekit.domain.ids import new_id
from carekit.domain.tables import CheckIn
from carekit.services import events
from carekit.services.dashboard import providers
from carekit.services.events import current_event
from carekit.services.operators import add_operator, sign_in
from carekit.services.people import PersonInput, register_people
from tests.unit.sync_lab import Laptop, make_event

DAY = "2026-12-05"
PIN = "246810"

providers()  # import every panel's module now, at collection: some load reportlab, which reads its settings files


@dataclass
class DayEvent:
    a: Laptop
    b: Laptop
    regs: dict[str, str]  # name → registration id
    people: dict[str, str]  # name → person id
    shenzhen: str
    guangzhou: str
    folder: Path

    def role(self, name: str, *roles: Role):
        add_operator(self.a.ws, name, list(roles), pin=PIN)
        return sign_in(self.a.db, name, PIN)

    def merge_b_into_a(self):
        return self.a.take(self.b.export(self.folder))


def _register(laptop: Laptop, site: str, people: list[PersonInput], source: str) -> dict[str, tuple[str, str]]:
    with laptop.ws.writing() as journal:
        done = register_people(journal, current_event(journal.session), people, source=source, site_id=site)
    return {p.name: (r.person_id, r.registration_id) for p, r in zip(people, done)}


def scan(laptop: Laptop, registration_id: str, at: str, point: str = "entrance") -> None:
    """A check-in as the desk records it, at a chosen time."""
    with laptop.ws.writing() as journal:
        journal.add_fact(CheckIn, {"registration_id": registration_id, "point": point, "desk": "", "at": at})


def build_day(folder: Path) -> DayEvent:
    a, b = make_event(folder, 2)
    sites = {s.city: s.id for s in events.sites(a.ws)}
    events.set_device(a.ws, site_id=sites["深圳"])
    events.set_device(b.ws, site_id=sites["广州"])
    a.take(b.export(folder))  # each laptop knows the other's desk and site
    b.take(a.export(folder))
    made = _register(a, sites["深圳"], [PersonInput("张伟"), PersonInput("王芳"), PersonInput("李娜"),
                                        PersonInput("刘洋"), PersonInput("陈静", category="family")], "roster.xlsx")
    made |= _register(a, sites["深圳"], [PersonInput("赵磊")], "walk-in")
    made |= _register(b, sites["广州"], [PersonInput("黄勇"), PersonInput("周杰"),
                                        PersonInput("Ana Souza", category="guest")], "roster.xlsx")
    regs = {name: rid for name, (_, rid) in made.items()}
    for name, at in (("张伟", "09:02"), ("王芳", "09:10"), ("李娜", "09:20"), ("赵磊", "09:31"), ("张伟", "09:40")):
        scan(a, regs[name], f"{DAY}T{at}:00+08:00")
    scan(a, regs["陈静"], f"{DAY}T10:00:00+08:00", point="station")
    b.take(a.export(folder))  # desk 2 has 深圳's people too, so 刘洋's badge is known there
    for rid, at in ((regs["黄勇"], "09:05"), (regs["刘洋"], "09:16"), (new_id(), "09:50")):
        scan(b, rid, f"{DAY}T{at}:00+08:00")
    scan(b, regs["周杰"], "2026-12-04T16:00:00+08:00")
    return DayEvent(a, b, regs, {name: pid for name, (pid, _) in made.items()}, sites["深圳"], sites["广州"], folder)
