"""People as the desk finds them, and the pointers person merges leave behind.

Driver-level SQL: the search runs on every keystroke at the desk, the merge pointers on every
merge and import."""

from __future__ import annotations

from sqlalchemy.engine import Connection


def merged_into_of(con: Connection, ids: list[str]) -> dict[str, str]:
    """Of ``ids``, those merged into another person, with who they point at."""
    if not ids:
        return {}
    return dict(con.exec_driver_sql(
        f"SELECT id, merged_into FROM person WHERE merged_into != '' AND id IN ({','.join('?' * len(ids))})",
        tuple(ids)).all())


def merge_pointers(con: Connection) -> dict[str, str]:
    """Every person merged into another, with who they point at."""
    return dict(con.exec_driver_sql("SELECT id, merged_into FROM person WHERE merged_into != ''").all())


def set_merged_into(con: Connection, person_id: str, target: str) -> None:
    """Point ``person_id`` at ``target`` ("" for nobody). A derived column, never journalled."""
    con.exec_driver_sql("UPDATE person SET merged_into = ? WHERE id = ?", (target, person_id))


def merged_into(con: Connection, person_id: str) -> str | None:
    """Who ``person_id`` was merged into ("" for nobody); None when there is no such person."""
    row = con.exec_driver_sql("SELECT merged_into FROM person WHERE id = ?", (person_id,)).first()
    return row[0] if row else None


def desk_rows(con: Connection, ids: list[str]) -> list[tuple]:
    """For each live person of ``ids`` (any order), one row per live registration (or one with
    empty registration columns): id, name, romanised, phone, staff id, category, registration id,
    badge serial, badge token, first check-in time not annulled, possible duplicate of."""
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    return con.exec_driver_sql(
        "SELECT p.id, p.name, p.romanised, p.phone, p.staff_id, p.category, r.id, r.serial, r.token, "
        "(SELECT MIN(c.at) FROM checkin c WHERE c.registration_id = r.id "
        "AND c.id NOT IN (SELECT checkin_id FROM checkinannulment)), p.possible_duplicate_of "
        "FROM person p LEFT JOIN registration r ON r.person_id = p.id AND r.deleted = 0 "
        f"WHERE p.id IN ({marks}) AND p.deleted = 0", tuple(ids)).all()


def live_people_count(con: Connection) -> int:
    """People in the search index (not erased) who were not merged into another."""
    return con.exec_driver_sql(
        "SELECT count(*) FROM search_rowid s JOIN person p ON p.id = s.person_id "
        "WHERE p.merged_into = ''").scalar()


def badge_serials(con: Connection, person_id: str) -> tuple[str, ...]:
    """The serials of a person's live registrations, sorted."""
    return tuple(s for (s,) in con.exec_driver_sql(
        "SELECT serial FROM registration WHERE person_id = ? AND deleted = 0 ORDER BY serial", (person_id,)))


def check_in_count(con: Connection, person_id: str) -> int:
    """Check-ins recorded on any of a person's registrations, live or not, annulled or not."""
    return con.exec_driver_sql(
        "SELECT count(*) FROM checkin c JOIN registration r ON r.id = c.registration_id "
        "WHERE r.person_id = ?", (person_id,)).scalar()


def merge_facts(con: Connection) -> list[tuple[str, str, str, str, str]]:
    """Every person-merge fact: id, absorbed, kept, undoes (the merge it undoes, or ""), hlc."""
    return [tuple(row) for row in con.exec_driver_sql("SELECT id, absorbed, kept, undoes, hlc FROM personmerge").all()]


def legacy_merge_revisions(con: Connection) -> list[tuple[str, str, str, str]]:
    """Person revisions that wrote ``merged_into`` (merges from before merges were facts):
    row id, hlc, changes and parents as stored JSON text."""
    return [tuple(row) for row in con.exec_driver_sql(
        "SELECT row_id, hlc, changes, parents FROM revision WHERE entity = 'person' "
        "AND changes LIKE '%\"merged\\_into\"%' ESCAPE '\\'").all()]
