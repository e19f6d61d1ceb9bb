"""Latin prefixes (the first letters of a surname) find the same people in the same order
however the index reads its candidates: the page the desk shows is pinned here."""

import random

import pytest

from carekit.domain.names import clean_name, fold_latin
from carekit.services.events import current_event
from carekit.services.people import PersonInput, register_people
from carekit.services.search import search_people, survivors
from carekit.store import search_index

FIRST = ["José", "María", "Maria", "João", "Ana", "Ana Luísa", "Sílvia", "Silvio", "Pedro", "Inês", "Luis",
         "Da", "Nguyễn Thị", "Kwame", "Gonçalo", "Peña"]
LAST = ["Silva", "Da Silva", "Silveira", "Silvano", "Kilsilva", "Santos", "Santana", "Peña", "Pena",
        "Penafiel", "Muñoz", "Munoz", "Ibáñez", "Gonçalves", "Goncalo", "Hương", "Huong", "López", "Lopes",
        "Ferreira", "Pereira"]
PREFIXES = ["silv", "sílv", "sant", "peña", "pena", "muño", "muno", "ibáñ", "iban", "gonç", "gonc", "hươn",
            "huon", "lópe", "lope", "ferr", "pere", "ana s", "maria", "da s", "silva", "santos"]


@pytest.fixture
def latin_crowd(ws):
    """Some 400 people with overlapping Latin names, accents and compound surnames, many sharing a
    name (so ties are broken by person), some with a romanised name that differs."""
    rng = random.Random(20261202)
    people = []
    for i in range(400):
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}" if i % 9 else rng.choice(LAST)
        romanised = "Silvana Pereira" if i % 37 == 0 else ""
        people.append(PersonInput(name=name, romanised=romanised, phone=f"+55119{rng.randrange(10**8):08d}",
                                  staff_id=f"BR{i:04d}"))
    with ws.writing() as journal:
        register_people(journal, current_event(journal.session), people, source="roster.xlsx")
    return people


def _plain_reading(session, query: str, limit: int = 50) -> list[str]:
    """The page read the plain way: each term's first candidates by the trigram match (in index
    order) with their packed records, each person once, ranked."""
    query = clean_name(query).lower()
    folded = fold_latin(query)
    compact = folded.replace(" ", "")
    terms = {t for t in (query, compact, compact.replace("-", "")) if len(t) >= 3 or t == query}
    scored = {}
    con = session.connection().connection
    for term in terms:
        for person_id, keys in con.execute(
                "SELECT person_id, keys FROM person_fts WHERE person_fts MATCH ? LIMIT ?",
                ('"' + term + '"', search_index.CANDIDATES)):
            if person_id not in scored:
                rank, name = search_index._rank(query, folded, compact.replace("-", ""), keys)
                scored[person_id] = (rank, len(name), name, person_id)
    return [item[3] for item in sorted(scored.values())[:limit]]


@pytest.mark.parametrize("candidates", [search_index.CANDIDATES, 25])
def test_latin_prefixes_find_the_plain_readings_page_in_its_order(ws, latin_crowd, monkeypatch, candidates):
    """With fewer candidates than people matching, which ones are read decides the page: a faster
    reading must keep the same ones."""
    monkeypatch.setattr(search_index, "CANDIDATES", candidates)
    for query in PREFIXES:
        with ws.db.session() as session:
            expected = _plain_reading(session, query)
            assert expected, query  # the crowd gives every prefix a page to check
            assert search_index.search(session, query) == expected, query
            page = survivors(session, expected)
        assert [m.person_id for m in search_people(ws, query)] == page, query


def test_a_surname_prefix_ranks_whole_name_then_word_then_anywhere(ws):
    names = ["Kilsilva", "Marcos Silvano", "Ana Silveira", "Ana Silva", "Da Silva", "Silva Santos", "Sílvia Peña",
             "Silva", "Ana Santos"]
    with ws.writing() as journal:
        register_people(journal, current_event(journal.session), [PersonInput(name=n) for n in names],
                        source="roster.xlsx")
    expected = ["Silva", "Sílvia Peña", "Silva Santos", "Da Silva", "Ana Silva", "Ana Silveira", "Marcos Silvano",
                "Kilsilva"]
    assert [m.name for m in search_people(ws, "silv")] == expected
    assert [m.name for m in search_people(ws, "Silv")] == expected
