"""Search as you type over 100 000 people within a few milliseconds.

SQLite's trigram tokenizer finds nothing for queries under 3 characters, so there are two
indexes: ``person_fts`` (trigram FTS5, a column per field) answers substrings of 3+ characters in
any field, and ``search_token`` (a sorted token list: name words, pinyin, initials, the CJK name
and its pairs, staff id, serial, each naming the entry by its rowid) answers 1-2 character
prefixes (``张伟``, ``zw``, ``pe``). A token is kept to its first two characters, all such a query
compares: the words of a person that start alike (``zhang``, ``zhangwei``) are one row.
Both are local and derived: ``rebuild`` remakes them from the person rows at any time.

The index follows the journal: whatever writes person or registration rows (the journal for
local writes, a merge for received ones, erasure, settling person merges) says so with
``wrote``, and the index is brought up to date once, in bulk, just before the transaction
commits (``_update``). Nothing else updates it, so a person just registered, imported, edited,
merged or erased is found (or not) by every kind of search as soon as the write is committed.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from itertools import chain, islice, repeat
from operator import itemgetter
from typing import Any, Callable, Iterable, Iterator, NamedTuple

from sqlalchemy import event as sa_event
from sqlalchemy import text
from sqlmodel import Session

from carekit.domain.names import clean_name, fold_latin, has_cjk, name_keys
from carekit.store.bulk import IN_CHUNK, select_in
from carekit.store.overlap import BackgroundInsert

CANDIDATES = 300
# Longer than any name, phone, staff id or serial: a query is cut here before any work, since
# trigram matching a 100 000-character paste grows with the square of its length.
MAX_QUERY_CHARS = 64
FORMAT = "6"  # bump when the indexed keys change; files with another format are re-indexed on open
PREFIX_CHARS = 2  # the longest query the prefix tokens answer; longer ones go to the trigram index
BATCH = 10_000  # people whose entries are built and written at a time


class Indexed(NamedTuple):
    """What one person's entry is made from (a tuple: an import makes a hundred thousand)."""
    person_id: str
    name: str
    romanised: str = ""
    phone: str = ""
    staff_id: str = ""
    serials: tuple[str, ...] = ()


# The packed ranking record's fields, in order (unit separators between, record separators in lists).
_FIELDS, _LISTS = ("n", "c", "p", "i", "w", "s", "t", "b"), {"w", "b"}


def _unpack(text: str) -> dict:
    record = dict(zip(_FIELDS, text.split("\x1f")))
    for key in _LISTS:
        record[key] = record[key].split("\x1e") if record[key] else []
    return record


# Every field in its own column, so no trigram spans two fields (a " | "-joined haystack gave
# every person some thirty trigrams that only ever matched the separator).
COLUMNS = ("name", "folded", "romanised", "pinyin", "initials", "phone", "staff", "serials")
RS = "\x1e"  # between the items of a list in the packed record
_NamePart = tuple[tuple[str, str, str, str, str], str, tuple[str, ...]]


def _tokens(words: Iterable[str], pinyin: str, initials: str, cjk: str, staff: str = "",
            serials: Iterable[str] = ()) -> set[str]:
    """The prefix tokens of one person, each cut to ``PREFIX_CHARS``: every word, the pinyin,
    initials, the CJK name and its two-character pieces, staff id and serials."""
    tokens = {t[:PREFIX_CHARS] for t in (*words, pinyin, initials, cjk, staff, *serials) if t}
    tokens.update(cjk[i:i + PREFIX_CHARS] for i in range(len(cjk) - 1))
    return tokens


def _name_part(name: str, romanised: str) -> _NamePart:
    """The name's columns, the start of its packed record and its prefix tokens (once per name)."""
    cleaned = clean_name(name)
    lower, folded, keys = cleaned.lower(), fold_latin(cleaned), name_keys(cleaned)
    romanised = fold_latin(romanised)
    # Written out without its spaces it is the pinyin: a query found in it is found there too, as
    # every query is also looked up without its spaces.
    if romanised in (lower, folded) or romanised.replace(" ", "") == keys.pinyin:
        romanised = ""
    columns = (lower, "" if folded == lower else folded, romanised, keys.pinyin, keys.initials)
    record = "\x1f".join((folded, keys.cjk, keys.pinyin, keys.initials, "\x1e".join(keys.words)))
    # A tuple, not a set: a 100 000-person import caches tens of thousands of names at once.
    return columns, record, tuple(_tokens(keys.words, keys.pinyin, keys.initials, keys.cjk))


def _keys_and_tokens(p: Indexed, names: dict[tuple[str, str], _NamePart] | None = None
                     ) -> tuple[tuple[str, ...], str, tuple[str, ...]]:
    """The column values, packed ranking record and prefix tokens of one person (a token may come
    twice, when the staff id or a serial equals one of the name's); ``names`` caches the name's
    part across a batch (a roster repeats 张伟 many times)."""
    part = names.get((p.name, p.romanised)) if names is not None else None
    if part is None:
        part = _name_part(p.name, p.romanised)
        if names is not None:
            names[p.name, p.romanised] = part
    columns, record, name_tokens = part
    digits = p.phone.lstrip("+")  # the national number is a suffix, so its fragments match too
    staff = p.staff_id.lower()
    serials = [s.lower() for s in p.serials if s]
    compact = [s.replace("-", "") for s in serials]  # a query is also looked up without its dashes
    packed = f"{record}\x1f{staff}\x1f{digits}\x1f{RS.join(serials + compact)}"
    extra = [t[:PREFIX_CHARS] for t in (staff, *serials) if t]
    return (*columns, digits, staff, " ".join(compact)), packed, (*name_tokens, *extra) if extra else name_tokens


_FTS_COLUMNS = ("rowid", "person_id", *COLUMNS, "keys")
_INTO_FTS = f"INSERT INTO person_fts({', '.join(_FTS_COLUMNS)})"
_INSERT_FTS = f"{_INTO_FTS} VALUES ({', '.join('?' * len(_FTS_COLUMNS))})"


def index_people(session: Session, people: Iterable[Indexed], *, new: bool = False) -> None:
    """(Re)index people; callers pass everyone whose name, phone, staff id or serials changed.
    ``new=True`` (people created in this transaction) skips looking for old entries."""
    people = iter(people)
    batch = list(islice(people, BATCH))  # taken batch by batch: an import's memory stays flat
    if not batch:
        return
    con = session.connection().connection
    old: dict[str, int] = {}
    if not new:
        people = list(chain(batch, people))
        old = dict(select_in(con, "SELECT person_id, fts_rowid FROM search_rowid WHERE person_id IN ({marks})",
                             [p.person_id for p in people]))
        _drop_entries(con, old.values())
        people = iter(people)
        batch = list(islice(people, BATCH))
    next_rowid = con.execute("SELECT COALESCE(MAX(fts_rowid), 0) FROM search_rowid").fetchone()[0] + 1
    names: dict[tuple[str, str], _NamePart] = {}
    # Each batch's trigram entries are written on a thread while the next batch's keys are made.
    writer = BackgroundInsert(con, _INTO_FTS, _FTS_COLUMNS, "carekit-search-index")
    try:
        while batch:
            fts_rows, token_rows, map_rows = [], [], []
            for p in batch:
                columns, packed, tokens = _keys_and_tokens(p, names)
                rowid = old.get(p.person_id)
                if rowid is None:
                    rowid, next_rowid = next_rowid, next_rowid + 1
                    map_rows.append((p.person_id, rowid))
                fts_rows.append((rowid, p.person_id, *columns, packed))
                token_rows += zip(tokens, repeat(rowid))
            batch = list(islice(people, BATCH))
            writer.wait()  # the connection is this thread's again
            if batch:
                writer.stage(fts_rows)
            else:
                con.executemany(_INSERT_FTS, fts_rows)
            con.executemany("INSERT OR IGNORE INTO search_token(token, fts_rowid) VALUES (?, ?)", token_rows)
            con.executemany("INSERT INTO search_rowid(person_id, fts_rowid) VALUES (?, ?)", map_rows)
            if batch:
                writer.start()
    except BaseException:
        writer.join()  # the connection is idle again before the transaction is rolled back
        raise
    writer.finish()


def _drop_entries(con, rowids: Iterable[int]) -> None:
    """Remove index entries by rowid; their tokens are found again from the packed record, so each
    goes by its key rather than by a scan of the token table."""
    rowids = sorted(rowids)
    tokens = []
    for rowid, keys in select_in(con, "SELECT rowid, keys FROM person_fts WHERE rowid IN ({marks})", rowids):
        r = _unpack(keys)
        tokens += zip(_tokens(r["w"], r["p"], r["i"], r["c"], r["s"], r["b"]), repeat(rowid))
    con.executemany("DELETE FROM search_token WHERE token = ? AND fts_rowid = ?", tokens)
    con.executemany("DELETE FROM person_fts WHERE rowid = ?", [(r,) for r in rowids])


def drop_people(session: Session, person_ids: Iterable[str]) -> None:
    """Erased or merged people leave the index (their rows stay, as tombstones)."""
    con = session.connection().connection
    ids = sorted(set(person_ids))
    _drop_entries(con, [r[0] for r in select_in(con, "SELECT fts_rowid FROM search_rowid WHERE person_id IN ({marks})", ids)])
    for start in range(0, len(ids), IN_CHUNK):
        part = ids[start:start + IN_CHUNK]
        con.execute(f"DELETE FROM search_rowid WHERE person_id IN ({','.join('?' * len(part))})", part)


def _rank(query: str, folded: str, bare: str, keys: str) -> tuple[int, str]:
    """(rank, folded name) of one candidate from its packed record, read field by field as needed
    (a short query ranks hundreds): 0 exact id/phone/name, 1 whole-name or pinyin prefix, 2 word
    prefix, 3 anywhere. ``bare``: the folded query without spaces or dashes."""
    n, c, p, i, w, s, t, b = keys.split("\x1f", 7)
    # A query without a separator (all but a pasted control character) is looked for in the
    # separated lists as it stands, without splitting each candidate's lists into new strings.
    plain = RS not in bare
    if bare and (bare == s or (b and (RS + bare + RS in RS + b + RS if plain else bare in b.split(RS)))
                 or (len(bare) >= 7 and t.endswith(bare)) or query == c or folded == n or bare == p):
        return 0, n
    if (c and query and c.startswith(query)) or n.startswith(folded) or (p and p.startswith(bare)) or bare == i:
        return 1, n
    if (w and ((w.startswith(bare) or RS + bare in w) if plain else any(word.startswith(bare) for word in w.split(RS)))
            or s.startswith(bare) or i.startswith(bare)):
        return 2, n
    return 3, n


# The trigram table's own row store (FTS5 names it ``<table>_content``, with the declared columns
# as c0, c1, ...): person_id is c0 and the packed record comes after the searched columns. Reading
# it by rowid costs a fraction of reading the same columns through the FTS5 table, which loads
# every column of each row it returns.
_RECORDS = f"SELECT c0, c{len(COLUMNS) + 1} FROM person_fts_content WHERE id IN ({{marks}})"


def _substring_rows(con, terms: Iterable[str]) -> list[tuple[str, str]]:
    """(person id, packed record) of the first ``CANDIDATES`` entries matching each term, each
    entry once. The match gives rowids only and each entry is read once, however many terms
    found it: a folded or compact term mostly finds the same people as the query as typed
    ("peña" and "pena")."""
    rowids: dict[int, None] = {}
    for term in terms:
        phrase = '"' + term.replace('"', '""') + '"'
        rowids.update(dict.fromkeys(r for (r,) in con.execute(
            "SELECT rowid FROM person_fts WHERE person_fts MATCH ? LIMIT ?", (phrase, CANDIDATES))))
    return select_in(con, _RECORDS, list(rowids))


def search(session: Session, query: str, limit: int = 50) -> list[str]:
    """Person ids, best first. Phone fragments need 4+ digits to avoid matching everyone."""
    query = clean_name((query or "")[:MAX_QUERY_CHARS * 4])[:MAX_QUERY_CHARS].lower()
    folded = fold_latin(query)
    if not query:
        return []
    con = session.connection()
    compact = folded.replace(" ", "")
    if compact.isdigit() and len(compact) < 4:
        return []
    prefixes = {query.replace(" ", ""), compact}
    if max(map(len, prefixes)) <= PREFIX_CHARS and not (has_cjk(query) and len(query) >= 3):
        rows = []
        for prefix in prefixes:
            rows += con.execute(text(
                "SELECT f.person_id, f.keys FROM search_token t JOIN person_fts f ON f.rowid = t.fts_rowid "
                "WHERE t.token >= :lo AND t.token < :hi LIMIT :n"),
                {"lo": prefix, "hi": prefix + "\U0010ffff", "n": CANDIDATES}).all()
    else:
        # Serials are indexed without their dash, so a query is also looked up without its dashes.
        terms = {t for t in (query, compact, compact.replace("-", "")) if len(t) >= 3 or t == query}
        rows = _substring_rows(con.connection, terms)
    scored = {}
    bare = compact.replace("-", "")
    for person_id, keys in rows:
        if person_id not in scored:
            rank, name = _rank(query, folded, bare, keys)
            scored[person_id] = (rank, len(name), name, person_id)
    return [item[3] for item in sorted(scored.values())[:limit]]


@dataclass
class _Written:
    """What one transaction wrote that the index shows."""
    created: dict[str, tuple[str, str, str, str]] = field(default_factory=dict)  # name, romanised, phone, staff id
    serials: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))  # registrations created
    people: set[str] = field(default_factory=set)  # re-read from their rows at commit
    registrations: set[str] = field(default_factory=set)  # their people are re-read at commit
    fresh: set[str] = field(default_factory=set)  # people created in this transaction: no old entries


_KEY = "carekit.search_index"


def _written(session: Session) -> _Written:
    written = session.info.get(_KEY)
    if written is None:
        written = session.info[_KEY] = _Written()
        if not session.info.get(_KEY + ".follows"):
            sa_event.listen(session, "before_commit", _update)
            sa_event.listen(session, "after_rollback", _forget)
            session.info[_KEY + ".follows"] = True
    return written


def wrote(session: Session, entity: str, ids: Iterable[str], rows: list[dict[str, Any]] | None = None, *,
          new: bool = False) -> None:
    """Record that this transaction wrote these person or registration rows (other tables are
    ignored). ``rows``: the fields of rows just created, so a roster import is indexed from what it
    wrote without reading it back; without them the rows are read at commit. ``new``: rows created
    in this transaction, so no old entries are looked for."""
    if entity not in ("person", "registration"):
        return
    written = _written(session)
    ids = list(ids)
    if entity == "person":
        if rows is not None:
            written.created.update((pid, (row.get("name") or "", row.get("romanised") or "", row.get("phone") or "",
                                          row.get("staff_id") or "")) for pid, row in zip(ids, rows))
        else:
            written.people.update(ids)
        if new or rows is not None:
            written.fresh.update(ids)
    elif rows is not None:
        for row in rows:
            if row.get("person_id"):
                written.serials[row["person_id"]].append(row.get("serial") or "")
    else:
        written.registrations.update(ids)


def wrote_columns(session: Session, entity: str, ids: list[str], names: tuple[str, ...],
                  values: list[tuple]) -> None:
    """``wrote`` for rows just created, given as tuples of ``names``."""
    if entity == "person":
        where = [names.index(f) if f in names else None for f in ("name", "romanised", "phone", "staff_id")]
        if None not in where:
            pick = itemgetter(*where)
            written = _written(session)
            written.created.update(zip(ids, (tuple(v or "" for v in pick(row)) for row in values)))
            written.fresh.update(ids)
            return
    elif entity == "registration" and "person_id" in names and "serial" in names:
        owner, serial = names.index("person_id"), names.index("serial")
        serials = _written(session).serials
        for row in values:
            if row[owner]:
                serials[row[owner]].append(row[serial] or "")
        return
    wrote(session, entity, ids, [dict(zip(names, row)) for row in values] if entity in ("person", "registration")
          else None)


def wrote_people(session: Session, person_ids: Iterable[str]) -> None:
    """People whose row (or whose registrations, or whose group of merged records) changed."""
    wrote(session, "person", [p for p in person_ids if p])


def _forget(session: Session) -> None:
    session.info.pop(_KEY, None)


def _serials_of(serials: list[str] | None) -> tuple[str, ...]:
    """Sorted, blanks dropped; a person just registered mostly has the one."""
    if not serials:
        return ()
    if len(serials) == 1:
        return (serials[0],) if serials[0] else ()
    return tuple(sorted(s for s in serials if s))


def _update(session: Session) -> None:
    """The one place the index changes: one bulk pass over what the transaction wrote."""
    written = session.info.pop(_KEY, None)
    if written is None:
        return
    con = session.connection().connection
    people = set(written.people)
    people.update(r[0] for r in select_in(con, "SELECT person_id FROM registration WHERE id IN ({marks})",
                                          sorted(written.registrations)))
    people.update(pid for pid in written.serials if pid not in written.created)
    # Made here and written once: indexed from the fields written, with no read back.
    serials = written.serials
    made = (Indexed(pid, *fields, _serials_of(serials.get(pid)))
            for pid, fields in written.created.items() if pid not in people)
    index_people(session, made, new=True)
    if people:
        # A survivor is found by every badge of the people merged into it, so it follows them.
        survivors = {r[0]: r[1] for r in select_in(
            con, "SELECT id, merged_into FROM person WHERE merged_into != '' AND id IN ({marks})", sorted(people))}
        people.update(survivors.values())
        current, gone = _current(session, sorted(people))
        index_people(session, [p for p in current if p.person_id in written.fresh], new=True)
        index_people(session, [p for p in current if p.person_id not in written.fresh])
        drop_people(session, [pid for pid in gone if pid not in written.fresh])


def _current(session: Session, person_ids: list[str]) -> tuple[list[Indexed], list[str]]:
    """Search entries for these people from their current rows, and the ids that leave the index
    (deleted or erased). A person merged into another keeps their entry (their name may differ),
    and search answers with the survivor, who also carries every badge serial of the group."""
    con = session.connection().connection
    people, gone = [], []
    absorbed = dict(con.execute("SELECT id, merged_into FROM person WHERE merged_into != ''").fetchall()) \
        if person_ids else {}
    erased = {r[0] for r in select_in(con, "SELECT person_id FROM erasure WHERE person_id IN ({marks})", person_ids)} \
        if person_ids and con.execute("SELECT 1 FROM sqlite_master WHERE name = 'erasure'").fetchone() else set()
    for start in range(0, len(person_ids), IN_CHUNK):
        part = person_ids[start:start + IN_CHUNK]
        serials: dict[str, list[str]] = {}
        wanted = set(part)
        owners = part + [a for a, kept in absorbed.items() if kept in wanted]
        for pid, serial in select_in(con, "SELECT person_id, serial FROM registration WHERE deleted = 0 "
                                          "AND person_id IN ({marks})", owners):
            serials.setdefault(absorbed.get(pid, pid), []).append(serial)
        for pid, name, romanised, phone, staff, deleted, merged in select_in(
                con, "SELECT id, name, romanised, phone, staff_id, deleted, merged_into FROM person "
                     "WHERE id IN ({marks})", part):
            if deleted or pid in erased:
                gone.append(pid)
            elif merged:  # still found by their own name and phone; search shows the survivor
                people.append(Indexed(pid, name, romanised, phone, staff, ()))
            else:
                people.append(Indexed(pid, name, romanised, phone, staff, tuple(sorted(serials.get(pid, ())))))
    return people, gone


def rebuild(session: Session, people: Iterable[Indexed]) -> None:
    con = session.connection()
    for table in ("person_fts", "search_token", "search_rowid"):
        con.execute(text(f"DELETE FROM {table}"))
    index_people(session, people, new=True)


def _counted(people: list[Indexed], total: int, progress: Callable[[int, int], None]) -> Iterator[Indexed]:
    for done, person in enumerate(people):
        if done % 1000 == 0:
            progress(done, total)
        yield person
    progress(total, total)


def ensure_current(session: Session, progress: Callable[[int, int], None] | None = None) -> bool:
    """Re-index from the person rows when the file's index was built by another format.
    ``progress(done, total)`` is told how many people are indexed as it goes."""
    con = session.connection()
    built = con.exec_driver_sql("SELECT value FROM localstate WHERE key = 'search_index_format'").scalar()
    if built == FORMAT:
        return False
    ids = [r[0] for r in con.exec_driver_sql("SELECT id FROM person WHERE deleted = 0").all()]
    if progress is not None:
        progress(0, len(ids))
    people = _current(session, ids)[0]
    rebuild(session, people if progress is None else _counted(people, len(ids), progress))
    con.exec_driver_sql("INSERT INTO localstate (key, value) VALUES ('search_index_format', ?) "
                        "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (FORMAT,))
    return True
