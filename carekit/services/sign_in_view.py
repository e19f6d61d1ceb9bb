"""What the sign-in dialog shows before anyone has signed in: the event, this laptop's desk, the
operators to choose from, whether it is the demo.

Read with the driver alone (``Database.plain_read``), so the dialog is up before the ORM has
loaded. The window's title and idle lock read the same rows through the file's engine, so the
desk's first paint does not wait for the event and settings services either. Signing in is not here: ``operators.sign_in`` holds the one set of rules (PINs on this
laptop, the wait after wrong ones, roles) for the app and the command line.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from carekit.paths import demo_database
from carekit.store.db import Database
from carekit.store.queries import signin as queries

DEMO_COORDINATOR = "Demo coordinator"
DEMO_PIN = "246810"  # stated on the demo's sign-in dialog and in the README
IDLE_MINUTES = 5  # an event's idle lock until a coordinator changes it (EventSettings' default)


@dataclass(frozen=True)
class SignInView:
    event_name: str
    desk: str  # this laptop's desk name
    site: str  # the city of this laptop's site
    operator_names: list[str]
    last_operator: str
    demo: bool


def is_demo(db: Database) -> bool:
    """The demo file, whose sign-in dialog may show the demo PIN."""
    try:
        return Path(db.path).resolve() == demo_database().resolve()
    except OSError:
        return False


def sign_in_view(db: Database) -> SignInView:
    with db.plain_read() as con:
        event_name, desk, site = queries.event_and_desk(con.execute)
        return SignInView(event_name, desk, site, queries.operator_names(con.execute),
                          queries.last_operator_name(con.execute), is_demo(db))


def event_and_desk(db: Database) -> tuple[str, str, str]:
    """The event's name, this laptop's desk and its city, for the window's title and status bar."""
    with db.session() as session:
        return queries.event_and_desk(session.connection().exec_driver_sql)


def idle_minutes(db: Database) -> int:
    """Minutes without input before the window locks (``screening.change_settings`` sets them)."""
    with db.session() as session:
        minutes = queries.idle_minutes(session.connection().exec_driver_sql)
    return IDLE_MINUTES if minutes is None else minutes
