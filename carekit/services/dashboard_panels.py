"""The dashboard's own panels: arrivals, desks, screening, referrals, and what each laptop sent.

Screening panels count only what every laptop can read (who visited which station, when; open
referrals per destination) plus flags where this laptop can read them, and never name anyone.
"""

from __future__ import annotations

from collections import Counter

from carekit.domain.enums import Category, Role
from carekit.i18n import QT_TRANSLATE_NOOP
from carekit.services.dashboard import Chart, PanelProvider, PanelView, Scope, Table, Words, register
from carekit.services.day_figures import PENDING
from carekit.services.screening_words import DESTINATIONS, FLAGS, STATIONS

D = "Dashboard"
HEALTH = frozenset({Role.MEDIC, Role.COORDINATOR})

CATEGORIES = {
    Category.WORKER.value: QT_TRANSLATE_NOOP("Labels", "Worker"),
    Category.FAMILY.value: QT_TRANSLATE_NOOP("Labels", "Family member"),
    Category.GUEST.value: QT_TRANSLATE_NOOP("Labels", "Guest"),
    Category.STAFF.value: QT_TRANSLATE_NOOP("Labels", "Staff"),
}
PRIORITIES = {
    "urgent": QT_TRANSLATE_NOOP("Dashboard", "urgent"),
    "routine": QT_TRANSLATE_NOOP("Dashboard", "routine"),
    "unknown": QT_TRANSLATE_NOOP("Dashboard", "sealed here"),
}


def vocabulary(words: Words, context: str, table: dict[str, str], key: str) -> str:
    return words(context, table[key]) if key in table else key


def site_name(scope: Scope, words: Words, site_id: str) -> str:
    if site_id == PENDING:
        return words(D, QT_TRANSLATE_NOOP("Dashboard", "record not here yet"))
    return scope.tally.sites.get(site_id) or words(D, QT_TRANSLATE_NOOP("Dashboard", "no site"))


def _percent(part: int, whole: int) -> str:
    return f"{round(100 * part / whole)}%" if whole else "—"


def _in_site(scope: Scope, site: str) -> bool:
    return not scope.site_id or site == scope.site_id


def _slots(keys: set[str]) -> list[str]:
    """Every quarter hour from the first to the last with arrivals, so gaps show as zero."""
    if not keys:
        return []
    minutes = sorted(int(k[:2]) * 60 + int(k[3:5]) for k in keys)
    return [f"{m // 60:02d}:{m % 60:02d}" for m in range(minutes[0], minutes[-1] + 1, 15)]


def arrivals_panel(scope: Scope, words: Words) -> PanelView:
    t, date = scope.tally, scope.date
    registered = {k: n for k, n in t.registered.items() if n and _in_site(scope, k[0])}
    checked = {(s, c): n for (d, s, c), n in t.checked.items() if d == date and n and _in_site(scope, s)}
    total_registered = sum(registered.values())
    total_in = sum(n for (s, _), n in checked.items() if s != PENDING)
    pending = sum(n for (s, _), n in checked.items() if s == PENDING)
    walk_ins = sum(n for s, n in t.walk_ins.items() if _in_site(scope, s))
    walk_ins_in = sum(n for (d, s), n in t.walk_ins_in.items() if d == date and _in_site(scope, s))
    view = PanelView("arrivals", words(D, QT_TRANSLATE_NOOP("Dashboard", "Arrivals")))
    view.headline = [
        (words(D, QT_TRANSLATE_NOOP("Dashboard", "Registered")), str(total_registered)),
        (words(D, QT_TRANSLATE_NOOP("Dashboard", "Checked in")), f"{total_in} ({_percent(total_in, total_registered)})"),
        (words(D, QT_TRANSLATE_NOOP("Dashboard", "Not yet arrived")), str(max(0, total_registered - total_in))),
        (words(D, QT_TRANSLATE_NOOP("Dashboard", "Walk-ins")), f"{walk_ins_in} / {walk_ins}"),
    ]
    if pending:
        view.headline.append((words(D, QT_TRANSLATE_NOOP("Dashboard", "Badges whose record is not here yet")),
                              str(pending)))
    rows = []
    for site, category in set(registered) | set(checked):
        n_reg, n_in = registered.get((site, category), 0), checked.get((site, category), 0)
        rows.append([site_name(scope, words, site), "—" if site == PENDING else vocabulary(
            words, "Labels", CATEGORIES, category), n_reg, n_in, _percent(n_in, n_reg) if site != PENDING else "—"])
    rows.sort(key=lambda r: (r[4] == "—", r[0], r[1]))
    view.tables.append(Table(words(D, QT_TRANSLATE_NOOP("Dashboard", "Registered and checked in")), [
        words(D, QT_TRANSLATE_NOOP("Dashboard", "Site")), words(D, QT_TRANSLATE_NOOP("Dashboard", "Category")),
        words(D, QT_TRANSLATE_NOOP("Dashboard", "Registered")), words(D, QT_TRANSLATE_NOOP("Dashboard", "Checked in")),
        "%"], rows))
    per_site: dict[str, Counter] = {}
    for (d, device, slot), n in t.arrivals.items():
        site = t.site_of_device(device)
        if d == date and n and _in_site(scope, site):
            per_site.setdefault(site, Counter())[slot] += n
    slots = _slots({s for counts in per_site.values() for s in counts})
    view.charts.append(Chart("lines", words(D, QT_TRANSLATE_NOOP("Dashboard", "Check-ins per 15 minutes")), slots,
                             {site_name(scope, words, s): [c[x] for x in slots] for s, c in sorted(per_site.items())}))
    view.freshness = scope.freshness(t.checkin_newest)
    return view


def desks_panel(scope: Scope, words: Words) -> PanelView:
    t, date = scope.tally, scope.date
    firsts = Counter()
    for (d, device, _slot), n in t.arrivals.items():
        if d == date:
            firsts[device] += n
    desks = sorted(((n, device) for (d, device), n in t.scans.items()
                    if d == date and n and _in_site(scope, t.site_of_device(device))), key=lambda x: (-x[0], x[1]))
    view = PanelView("desks", words(D, QT_TRANSLATE_NOOP("Dashboard", "Busiest desks")))
    top = desks[:10]
    view.tables.append(Table(words(D, QT_TRANSLATE_NOOP("Dashboard", "Scans per desk")), [
        words(D, QT_TRANSLATE_NOOP("Dashboard", "Desk")), words(D, QT_TRANSLATE_NOOP("Dashboard", "Site")),
        words(D, QT_TRANSLATE_NOOP("Dashboard", "Scans")), words(D, QT_TRANSLATE_NOOP("Dashboard", "First check-ins"))],
        [[t.device_name(d), site_name(scope, words, t.site_of_device(d)), n, firsts[d]] for n, d in top]))
    view.charts.append(Chart("bars", words(D, QT_TRANSLATE_NOOP("Dashboard", "Scans per desk")),
                             [t.device_name(d) for _, d in top],
                             {words(D, QT_TRANSLATE_NOOP("Dashboard", "Scans")): [n for n, _ in top]}))
    view.freshness = scope.freshness(t.checkin_newest)
    return view


def screening_panel(scope: Scope, words: Words) -> PanelView:
    s, date = scope.tally.screening, scope.date
    if scope.site_id:  # per-site figures come from the site each record was taken at
        people = s.per_site.get((date, scope.site_id), 0)
    else:
        people = s.people.get(date, 0)
    view = PanelView("screening", words(D, QT_TRANSLATE_NOOP("Dashboard", "Screening")), health=True)
    view.headline = [(words(D, QT_TRANSLATE_NOOP("Dashboard", "People screened")), str(people))]
    per_hour = {(station, hour): n for (d, station, hour), n in s.per_station_hour.items() if d == date}
    if scope.site_id:
        view.note = words(D, QT_TRANSLATE_NOOP("Dashboard", "Screenings per hour are for every site."))
    hours = sorted({h for _, h in per_hour})
    stations = [st for st in STATIONS if any(k[0] == st for k in per_hour)]
    view.charts.append(Chart("bars", words(D, QT_TRANSLATE_NOOP("Dashboard", "People screened per station per hour")),
                             hours, {vocabulary(words, "Screening", STATIONS, st): [per_hour.get((st, h), 0)
                                                                                   for h in hours] for st in stations},
                             health_counts=True))
    view.tables.append(Table(words(D, QT_TRANSLATE_NOOP("Dashboard", "People screened per station per hour")), [
        words(D, QT_TRANSLATE_NOOP("Dashboard", "Station")), words(D, QT_TRANSLATE_NOOP("Dashboard", "Hour")),
        words(D, QT_TRANSLATE_NOOP("Dashboard", "People"))],
        [[vocabulary(words, "Screening", STATIONS, st), h, per_hour[(st, h)]]
         for st in stations for h in hours if (st, h) in per_hour], health_counts=True))
    flags = sorted(((n, code) for (d, code), n in s.flags.items() if d == date and n), key=lambda x: (-x[0], x[1]))
    view.tables.append(Table(words(D, QT_TRANSLATE_NOOP("Dashboard", "Flags by kind")), [
        words(D, QT_TRANSLATE_NOOP("Dashboard", "Flag")), words(D, QT_TRANSLATE_NOOP("Dashboard", "Records"))],
        [[vocabulary(words, "Screening", FLAGS, code), n] for n, code in flags], health_counts=True))
    if s.unreadable.get(date):
        view.note = words(D, QT_TRANSLATE_NOOP(
            "Dashboard", "Some records' flags are sealed on this laptop: unlock the health key to count them."))
    view.freshness = scope.freshness(s.newest)
    return view


def referrals_panel(scope: Scope, words: Words) -> PanelView:
    s = scope.tally.screening
    view = PanelView("referrals", words(D, QT_TRANSLATE_NOOP("Dashboard", "Open referrals")), health=True)
    order = {"urgent": 0, "routine": 1, "unknown": 2}
    rows = sorted(s.open_referrals.items(), key=lambda kv: (order.get(kv[0][1], 3), kv[0][0]))
    view.headline = [(words(D, QT_TRANSLATE_NOOP("Dashboard", "Open referrals")), str(sum(s.open_referrals.values()))),
                     (words(D, QT_TRANSLATE_NOOP("Dashboard", "Urgent")),
                      str(sum(n for (_, p), n in s.open_referrals.items() if p == "urgent")))]
    view.tables.append(Table(words(D, QT_TRANSLATE_NOOP("Dashboard", "Open referrals by priority")), [
        words(D, QT_TRANSLATE_NOOP("Dashboard", "Priority")), words(D, QT_TRANSLATE_NOOP("Dashboard", "Destination")),
        words(D, QT_TRANSLATE_NOOP("Dashboard", "Open"))],
        [[vocabulary(words, D, PRIORITIES, p), vocabulary(words, "Screening", DESTINATIONS, dest) if dest
          else vocabulary(words, D, PRIORITIES, "unknown"), n] for (dest, p), n in rows if n], health_counts=True))
    view.freshness = scope.freshness(s.newest)
    return view


def laptops_panel(scope: Scope, words: Words) -> PanelView:
    """When the last bundle from each laptop arrived: the age of everything else on the page."""
    t = scope.tally
    newest = dict(t.checkin_newest)
    for device, stamp in t.screening.newest.items():
        newest[device] = max(newest.get(device, ""), stamp)
    for device in set(t.imports) | {t.me}:
        newest.setdefault(device, "")
    view = PanelView("laptops", words(D, QT_TRANSLATE_NOOP("Dashboard", "Laptops")))
    fresh = scope.freshness({d: s for d, s in newest.items() if d})
    view.tables.append(Table(words(D, QT_TRANSLATE_NOOP("Dashboard", "Last bundle from each laptop")), [
        words(D, QT_TRANSLATE_NOOP("Dashboard", "Laptop")), words(D, QT_TRANSLATE_NOOP("Dashboard", "Newest data")),
        words(D, QT_TRANSLATE_NOOP("Dashboard", "Bundle imported"))],
        [[f.laptop, f.newest or "—", words(D, QT_TRANSLATE_NOOP("Dashboard", "this laptop")) if f.is_me
          else f.imported or "—"] for f in fresh]))
    view.freshness = fresh
    return view


register(PanelProvider("arrivals", QT_TRANSLATE_NOOP("Dashboard", "Arrivals"), frozenset(), arrivals_panel, 10))
register(PanelProvider("desks", QT_TRANSLATE_NOOP("Dashboard", "Busiest desks"), frozenset(), desks_panel, 20))
register(PanelProvider("screening", QT_TRANSLATE_NOOP("Dashboard", "Screening"), HEALTH, screening_panel, 30))
register(PanelProvider("referrals", QT_TRANSLATE_NOOP("Dashboard", "Open referrals"), HEALTH, referrals_panel, 40))
register(PanelProvider("laptops", QT_TRANSLATE_NOOP("Dashboard", "Laptops"), frozenset(), laptops_panel, 90))
