"""People as the desk finds them, and the pointers person merges leave behind.

Driver-level SQL: the search runs on every keystroke at the desk, the merge pointers on every
merge and import."""

from __future__ import annotations

from sqlalchemy.engine import Connection

from carekit.store.bulk import select_in


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


def live_people_with(con, column: str, values: list[str], fields: tuple[str, ...]) -> list[tuple]:
    """(id, *``fields``) of the people neither deleted nor merged away whose ``column`` (``phone``
    or ``staff_id``) is one of ``values``; ``con`` is a driver connection."""
    if column not in ("phone", "staff_id"):
        raise ValueError(f"live_people_with: people are matched by phone or staff_id, not {column!r}")
    return select_in(con, f"SELECT id, {', '.join(fields)} FROM person WHERE deleted = 0 AND merged_into = '' "
                          f"AND {column} IN ({{marks}})", values)


def people_apart(con: Connection) -> set[tuple[str, str]]:
    """(person a, person b) of every live decision that two people are not one."""
    return {(a, b) for a, b in con.exec_driver_sql(
        "SELECT person_a, person_b FROM duplicatedecision WHERE deleted = 0 AND decision = 'apart'")}


def people_sharing(con: Connection, key: str) -> list[tuple[str, str, str]]:
    """(a, b, ``key``) for every two live, unmerged people (a < b) with the same non-empty
    ``key`` (``phone`` or ``staff_id``)."""
    if key not in ("phone", "staff_id"):
        raise ValueError(f"people_sharing: people are paired by phone or staff_id, not {key!r}")
    return [tuple(row) for row in con.exec_driver_sql(
        f"SELECT a.id, b.id, '{key}' FROM person a JOIN person b ON a.{key} = b.{key} AND a.id < b.id "
        f"WHERE a.{key} != '' AND a.deleted = 0 AND b.deleted = 0 AND a.merged_into = '' "
        "AND b.merged_into = ''")]
