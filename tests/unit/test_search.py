"""Finding people at the desk by whatever the volunteer types."""

import pytest

from carekit.domain.enums import Role
from carekit.domain.tables import Person
from carekit.services.search import search_people
from carekit.store import search_index

from tests.unit.conftest import reopen


def names(ws, query):
    return [m.name for m in search_people(ws, query)]


def test_two_chinese_characters_find_the_name_and_longer_names_exact_first(ws, crowd):
    assert names(ws, "张伟") == ["张伟", "张伟明"]


def test_one_character_surname_finds_everyone_with_it(ws, crowd):
    assert set(names(ws, "张")) == {"张伟", "张伟明"}
    assert names(ws, "王") == ["王小明"]


def test_full_pinyin_without_spaces_finds_the_chinese_name(ws, crowd):
    assert names(ws, "zhangwei")[0] == "张伟"
    assert "王小明" in names(ws, "wangxiaoming")
    assert "王小明" in names(ws, "Wang Xiaoming")


def test_pinyin_initials_find_the_name(ws, crowd):
    assert names(ws, "zw")[0] == "张伟"
    assert "王小明" in names(ws, "wxm")


def test_latin_without_accents_finds_pena(ws, crowd):
    assert names(ws, "pena") == ["Peña Nieto"]
    assert names(ws, "Peña") == ["Peña Nieto"]
    assert names(ws, "nieto") == ["Peña Nieto"]


def test_uyghur_name_found_by_a_part_after_the_dot(ws, crowd):
    assert names(ws, "艾力") == ["阿卜杜拉·艾力"]
    assert names(ws, "aili") == ["阿卜杜拉·艾力"]


@pytest.mark.parametrize("digits", ["13800138000", "8000", "0013", "80013", "138 0013"])
def test_any_four_or_more_digits_of_the_phone_find_the_person(ws, crowd, digits):
    assert "张伟" in names(ws, digits)


def test_middle_digits_of_a_brazilian_phone_find_the_person(ws, crowd):
    assert names(ws, "98765") == ["Peña Nieto"]


@pytest.mark.parametrize("digits", ["8", "80", "800"])
def test_fewer_than_four_digits_find_nobody(ws, crowd, digits):
    assert names(ws, digits) == []


def test_staff_id_finds_the_person_in_any_case(ws, crowd):
    assert names(ws, "E100003") == ["王小明"]
    assert names(ws, "e100003") == ["王小明"]
    assert names(ws, "br2001") == ["Peña Nieto"]


def test_badge_serial_with_or_without_dash_finds_the_person(ws, crowd):
    serial = crowd["王小明"].serial
    assert names(ws, serial) == ["王小明"]
    assert names(ws, serial.replace("-", "")) == ["王小明"]
    assert names(ws, serial.lower()) == ["王小明"]


def test_a_match_carries_what_the_desk_shows(ws, crowd):
    [match] = search_people(ws, "E100003")
    registered = crowd["王小明"]
    assert (match.person_id, match.registration_id) == (registered.person_id, registered.registration_id)
    assert (match.badge_serial, match.badge_token) == (registered.serial, registered.token)
    assert (match.romanised, match.phone, match.staff_id) == ("Wang Xiaoming", "+8613711112222", "E100003")


def test_nothing_typed_or_nobody_matching_gives_no_results(ws, crowd):
    assert names(ws, "") == []
    assert names(ws, "   ") == []
    assert names(ws, "xyzzy") == []
    assert names(ws, '"') == []


def test_a_renamed_person_is_found_by_the_new_name_not_the_old(ws, crowd):
    pid = crowd["王小明"].person_id
    with ws.writing() as journal:
        journal.update(Person, pid, {"name": "李晓明", "romanised": "Li Xiaoming"})
    assert names(ws, "李晓明") == ["李晓明"]
    assert names(ws, "lxm") == ["李晓明"]
    assert names(ws, "王小明") == []
    assert names(ws, "王") == []
    assert names(ws, "wangxiaoming") == []
    assert names(ws, "E100003") == ["李晓明"]


def test_an_index_from_an_older_format_is_rebuilt_when_the_file_opens(ws, crowd):
    with ws.db.session() as session:
        session.connection().exec_driver_sql("DELETE FROM search_token")
        session.connection().exec_driver_sql("DELETE FROM person_fts")
        session.connection().exec_driver_sql("DELETE FROM search_rowid")
        session.connection().exec_driver_sql("UPDATE localstate SET value='0' WHERE key='search_index_format'")
        session.commit()
    assert names(ws, "张伟") == []
    reopened = reopen(ws.db.path)
    from carekit.services.workspace import Workspace
    assert names(Workspace(reopened, roles=frozenset({Role.DESK})), "张伟") == ["张伟", "张伟明"]
    reopened.close()
