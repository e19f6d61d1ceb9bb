"""Event times on a laptop without a zone database (Windows), from the shipped tzdata."""

from __future__ import annotations

import sys
import zoneinfo
from datetime import datetime

import pytest

from carekit.domain.zones import zone
from carekit.services.events import SiteInput, create_event
from carekit.services.errors import ValidationError
from carekit.store.db import Database


@pytest.fixture
def no_system_zones(tmp_path):
    """As on Windows: the system's zone folders are empty, and every file opened is watched."""
    opened: list[str] = []
    watching = [True]  # audit hooks cannot be removed: this one goes quiet after the test

    def watch(event, args):
        if watching[0] and event == "open" and isinstance(args[0], str) and "zoneinfo" in args[0] and "tzdata" not in args[0]:
            opened.append(args[0])
    zoneinfo.reset_tzpath([str(tmp_path)])
    zone.cache_clear()
    sys.addaudithook(watch)
    yield opened
    watching[0] = False
    zoneinfo.reset_tzpath()
    zone.cache_clear()


def test_an_event_in_sao_paulo_gets_its_offset_with_no_system_zone_files(no_system_zones, tmp_path):
    assert zoneinfo.TZPATH == (str(tmp_path),)  # the system folders are out of reach
    ws = create_event(Database(tmp_path / "sp.carekit"), name="Dia do Entregador", operator_name="Ana",
                      sites=[SiteInput("São Paulo")], timezone="America/Sao_Paulo", pin="135790")
    assert ws is not None
    assert datetime(2026, 12, 5, 9, 0, tzinfo=zone("America/Sao_Paulo")).utcoffset().total_seconds() == -3 * 3600
    assert datetime(2026, 7, 1, 12, tzinfo=zone("Asia/Hong_Kong")).isoformat().endswith("+08:00")
    assert no_system_zones == []  # nothing read from a system zone folder


@pytest.mark.parametrize("key", ["Asia", "../../etc/passwd", "/etc/localtime", "", "Asia//Shanghai", "Nowhere/Atlantis"])
def test_a_name_that_is_not_a_zone_is_refused_not_read_from_disk(key):
    with pytest.raises(zoneinfo.ZoneInfoNotFoundError):
        zone(key)


def test_an_unknown_zone_on_a_new_event_names_the_field(tmp_path):
    with pytest.raises(ValidationError) as refused:
        create_event(Database(tmp_path / "x.carekit"), name="Day", operator_name="Ana", sites=[SiteInput("深圳")],
                     timezone="Asia/Shenzhen", pin="135790")
    assert "Asia/Shenzhen" in refused.value.message


def test_every_zone_lookup_goes_through_the_shipped_tzdata():
    """ZoneInfo(key) reads the system's zone files first; only carekit.domain.zones may call it."""
    import re
    from pathlib import Path
    package = Path(__file__).resolve().parents[2] / "carekit"
    direct = [str(p.relative_to(package)) for p in package.rglob("*.py")
              if p.name != "zones.py" and re.search(r"\bZoneInfo\(", p.read_text(encoding="utf-8"))]
    assert direct == [], "use carekit.domain.zones.zone(key)"
