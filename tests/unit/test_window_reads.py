"""The window's title and idle lock read the event, desk and idle minutes without the services that
own them loaded: the same values as those services give."""

from __future__ import annotations

from carekit.services import events, screening
from carekit.services.sign_in_view import event_and_desk, idle_minutes


def test_the_window_names_the_event_and_desk_as_the_event_service_does(ws):
    event, desk, _city = event_and_desk(ws.db)
    assert event == events.event_info(ws).name and desk == events.this_device(ws).name


def test_the_idle_lock_reads_the_events_minutes_as_the_settings_say(ws):
    assert idle_minutes(ws.db) == screening.screening_settings(ws).idle_minutes == 5
    screening.change_settings(ws, idle_minutes=12)
    assert idle_minutes(ws.db) == screening.screening_settings(ws).idle_minutes == 12
