"""One or two characters typed find everyone some word, pinyin, initials, CJK piece, staff id or
serial of whom starts with them: the prefix tokens are kept to two characters, and that loses
nobody. Checked against every person's whole tokens, for every prefix they have."""

import random

from carekit.domain.names import clean_name, fold_latin, name_keys
from carekit.services.events import current_event
from carekit.services.people import PersonInput, register_people
from carekit.store import search_index

SURNAMES = "张王李赵刘陈杨黄周吴欧阳司马诸葛"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚"
LATIN = ["Peña Nieto", "Pedro Alves", "Nguyễn Thị Hương", "Kwame Mensah", "Zhang Wei", "Ana Luísa Silva"]


def _whole_tokens(name: str, staff: str, serial: str) -> set[str]:
    """What a person's tokens were before they were cut: the name's words, pinyin, initials, CJK
    name and its two-character pieces, staff id and serial, as search folds them."""
    keys = name_keys(clean_name(name))
    tokens = {t for t in (*keys.words, keys.pinyin, keys.initials, keys.cjk, staff.lower(), serial.lower()) if t}
    tokens.update(keys.cjk[i:i + 2] for i in range(len(keys.cjk) - 1))
    return tokens


def test_every_one_or_two_character_prefix_finds_exactly_the_people_it_starts(ws):
    rng = random.Random(1202)
    people = []
    for i in range(120):
        name = (rng.choice(LATIN) if i % 5 == 0 else
                rng.choice(["", "欧阳", "司马"][: 1 + (i % 7 == 0)]) + rng.choice(SURNAMES[:10])
                + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2)))))
        people.append(PersonInput(name=name, staff_id=f"{rng.choice(['SZ', 'GZ', 'BR'])}{i:04d}"))
    with ws.writing() as journal:
        registered = register_people(journal, current_event(journal.session), people, source="roster.xlsx")
    whole = {r.person_id: _whole_tokens(p.name, p.staff_id, r.serial) for p, r in zip(people, registered)}
    prefixes = {t[:n] for tokens in whole.values() for t in tokens for n in (1, 2) if len(t) >= n}
    prefixes = {p for p in prefixes if fold_latin(p) == p and not p.isdigit()}
    with ws.db.session() as session:
        con = session.connection().connection
        assert con.execute("SELECT max(length(token)) FROM search_token").fetchone()[0] == search_index.PREFIX_CHARS
        for prefix in sorted(prefixes):
            expected = {pid for pid, tokens in whole.items() if any(t.startswith(prefix) for t in tokens)}
            assert set(search_index.search(session, prefix, limit=1000)) == expected, prefix
