"""Names as written, with the keys a volunteer types to find them."""

import pytest

from carekit.domain.names import clean_name, fold_latin, name_keys, romanise


@pytest.mark.parametrize("name, roman", [
    ("张伟", "Zhang Wei"),
    ("王小明", "Wang Xiaoming"),
    ("欧阳娜娜", "Ouyang Nana"),
    ("曾国强", "Zeng Guoqiang"),  # 曾 read as a surname, not céng
    ("单雪", "Shan Xue"),
    ("張偉", "Zhang Wei"),  # traditional characters
])
def test_chinese_names_romanise_to_pinyin(name, roman):
    assert romanise(name) == roman


def test_pinyin_keys_and_initials_of_a_chinese_name():
    keys = name_keys("张伟")
    assert keys.pinyin == "zhangwei"
    assert keys.initials == "zw"
    assert keys.cjk == "张伟"
    assert {"zhang", "wei"} <= set(keys.words)


def test_traditional_name_has_the_same_keys_as_simplified():
    simplified, traditional = name_keys("张伟"), name_keys("張偉")
    assert (traditional.pinyin, traditional.initials) == (simplified.pinyin, simplified.initials)


def test_uyghur_name_with_a_middle_dot_is_one_word_per_part():
    first, second = romanise("阿卜杜拉·艾力").split("·")
    assert (first[:2], first[3:], second) == ("Ab", "dula", "Aili")  # 卜 reads bu or bo
    keys = name_keys("阿卜杜拉·艾力")
    assert keys.cjk == "阿卜杜拉艾力"
    assert keys.pinyin.startswith("ab") and keys.pinyin.endswith("dulaaili")
    assert keys.initials == "abdlal"


def test_latin_names_fold_accents_for_searching():
    assert fold_latin("Peña") == "pena"
    assert fold_latin("Nguyễn Thị Hương") == "nguyen thi huong"
    assert fold_latin("Gonçalves Łukasz Straße") == "goncalves lukasz strasse"
    keys = name_keys("Peña Nieto")
    assert keys.words == ("pena", "nieto")
    assert keys.initials == "pn"
    assert keys.pinyin == ""


def test_latin_name_romanises_only_when_it_has_accents():
    assert romanise("Peña Nieto") == "Pena Nieto"
    assert romanise("John Smith") == ""


@pytest.mark.parametrize("raw, kept", [
    ("  张伟 ", "张伟"),
    ("Peña\t\tNieto\n", "Peña Nieto"),
    ("María  José   Muñoz", "María José Muñoz"),
    ("张　伟", "张 伟"),  # ideographic space folds to one space; characters unchanged
    ("", ""),
])
def test_names_are_kept_as_written_but_trimmed(raw, kept):
    assert clean_name(raw) == kept


def test_a_decomposed_accent_from_a_mac_export_is_stored_composed():
    assert clean_name("Pen\u0303a") == "Peña"


@pytest.mark.parametrize("raw", ["张伟", " 张伟 ", "张\u3000伟", "Ana  María", "Ana\tMaría", "\u00a0Peña\u00a0",
                                 "Pe\u0303na", "x\u0301", "a\u2028b", "a\x1fb", "Nguyễn Văn", "ﬁ", "Ａｎａ", ""])
def test_names_are_cleaned_and_folded_the_same_whether_or_not_they_need_it(raw):
    import re
    import unicodedata
    assert clean_name(raw) == re.sub(r"\s+", " ", unicodedata.normalize("NFC", raw)).strip()
    decomposed = unicodedata.normalize("NFKD", raw.translate(str.maketrans({"ø": "o", "ß": "ss"})))
    assert fold_latin(raw) == "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
