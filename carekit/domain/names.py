"""Names as written, and the keys that find them: pinyin, initials, unaccented Latin.

A volunteer types ``zhangwei``, ``zw``, ``张伟`` or ``pena``; all of them must reach the person
whose name was written 张伟 or Peña. The name itself is never changed beyond trimming.
"""

from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache


COMPOUND_SURNAMES = {
    "欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文",
    "司徒", "夏侯", "令狐", "端木", "西门", "南宫", "独孤", "歐陽", "司馬", "諸葛", "東方",
}
# Surnames read differently from the same character in ordinary words.
SURNAME_PINYIN = {"曾": "zeng", "单": "shan", "單": "shan", "解": "xie", "仇": "qiu", "朴": "piao", "区": "ou",
                  "區": "ou", "查": "zha", "盖": "ge", "乐": "yue", "樂": "yue", "召": "shao", "覃": "qin",
                  "翟": "zhai", "种": "chong", "缪": "miao", "繆": "miao", "员": "yun", "沈": "shen", "尉": "yu",
                  "万俟": "moqi", "尉迟": "yuchi", "长孙": "zhangsun", "長孫": "zhangsun", "单于": "chanyu"}
_TWO_CHARACTER_SURNAMES = COMPOUND_SURNAMES | SURNAME_PINYIN.keys()
NAME_DOTS = "·•‧・.．"  # Uyghur and transliterated names separate parts with a middle dot
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")
_SPACES = re.compile(r"\s+")
_DOTS = re.compile(f"[{re.escape(NAME_DOTS)}]")
_PARTS = re.compile(f"[{re.escape(NAME_DOTS)}\\s]+")
_NOT_WORD = re.compile(r"[^0-9a-z]+")
_LATIN_EXTRA = str.maketrans({"đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L",
                              "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ı": "i"})


def clean_name(raw: str) -> str:
    """Trim and fold runs of white space; everything else stays exactly as written."""
    if not raw:
        return ""
    text = raw if unicodedata.is_normalized("NFC", raw) else unicodedata.normalize("NFC", raw)
    # Printable text has no white space but the ASCII space (tabs, U+3000 and the like are not
    # printable), so without a double space there is nothing to fold: a roster's common case.
    if text.isprintable() and "  " not in text:
        return text.strip(" ")
    return _SPACES.sub(" ", text).strip()


def has_cjk(text: str) -> bool:
    return bool(_CJK.search(text))


def fold_latin(text: str) -> str:
    """Lower-case without accents: ``Peña`` → ``pena``, ``Nguyễn`` → ``nguyen``."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.translate(_LATIN_EXTRA))
    if not any(map(unicodedata.combining, decomposed)):  # Chinese names: nothing to take off
        return decomposed.lower()
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


@lru_cache(maxsize=1)
def _pinyin():
    """Imported on first use, without its phrase dictionary: names are read character by
    character, and loading the phrases costs a quarter of a second at start-up."""
    os.environ.setdefault("PYPINYIN_NO_PHRASES", "true")
    from pypinyin import Style, lazy_pinyin
    return lambda text: lazy_pinyin(text, style=Style.NORMAL, errors="ignore", v_to_u=False)


@lru_cache(maxsize=65536)
def _char_pinyin(char: str) -> str:
    syllables = _pinyin()(char)
    return syllables[0] if syllables and syllables[0].isascii() and syllables[0].isalpha() else ""


def _syllables(part: str) -> list[str]:
    """Character by character (cached): names are not phrases, and a roster has 100 000 of them."""
    return [s for s in map(_char_pinyin, part) if s]


def romanise(name: str) -> str:
    """Pinyin for Chinese names (``王小明`` → ``Wang Xiaoming``); unaccented Latin otherwise."""
    name = clean_name(name)
    if not has_cjk(name):
        folded = fold_latin(name)
        return "" if folded == name.lower() else " ".join(w.capitalize() for w in folded.split())
    parts = [p for p in _PARTS.split(name) if p]
    if len(parts) > 1:  # transliterated foreign name: each part is one word
        return "·".join("".join(_syllables(p)).capitalize() for p in parts)
    surname_len = 2 if name[:2] in _TWO_CHARACTER_SURNAMES and len(name) > 2 else 1
    surname = _surname_pinyin(name[:surname_len]).capitalize()
    given = "".join(_syllables(name[surname_len:])).capitalize()
    return " ".join(p for p in (surname, given) if p)


def _surname_pinyin(surname: str) -> str:
    return SURNAME_PINYIN.get(surname) or "".join(_syllables(surname))


def _name_syllables(name: str) -> list[str]:
    """Syllables of a Chinese name, reading the first character as a surname."""
    cjk = "".join(_CJK.findall(name))
    if not cjk:
        return []
    length = 2 if cjk[:2] in SURNAME_PINYIN and len(cjk) > 2 else 1
    head = SURNAME_PINYIN.get(cjk[:length])
    return ([head] if head else _syllables(cjk[:length])) + _syllables(cjk[length:])


@dataclass(frozen=True)
class NameKeys:
    words: tuple[str, ...]  # folded Latin words, pinyin syllables
    pinyin: str  # whole name in pinyin without spaces ("zhangwei")
    initials: str  # "zw"
    cjk: str  # the Chinese characters of the name, without dots or spaces


def name_keys(name: str) -> NameKeys:
    name = clean_name(name)
    cjk = "".join(_CJK.findall(name))
    syllables = _name_syllables(name) if cjk and not _DOTS.search(name) else _syllables(cjk)
    latin_words = [w for w in _NOT_WORD.split(fold_latin(name)) if w]
    pinyin = "".join(syllables)
    initials = "".join(s[0] for s in syllables) if syllables else "".join(w[0] for w in latin_words)
    return NameKeys(tuple(dict.fromkeys(latin_words + syllables)), pinyin, initials, cjk)
