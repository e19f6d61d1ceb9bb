"""Names as written, and the keys that find them: pinyin, initials, unaccented Latin.

A volunteer types ``zhangwei``, ``zw``, ``张伟`` or ``pena``; all of them must reach the person
whose name was written 张伟 or Peña. The name itself is never changed beyond trimming.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from pypinyin import Style, lazy_pinyin

COMPOUND_SURNAMES = {
    "欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文",
    "司徒", "夏侯", "令狐", "端木", "西门", "南宫", "独孤", "歐陽", "司馬", "諸葛", "東方",
}
NAME_DOTS = "·•‧・.．"  # Uyghur and transliterated names separate parts with a middle dot
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")
_SPACES = re.compile(r"\s+")
_LATIN_EXTRA = str.maketrans({"đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L",
                              "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ı": "i"})


def clean_name(raw: str) -> str:
    """Trim and fold runs of white space; everything else stays exactly as written."""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", raw or "")).strip()


def has_cjk(text: str) -> bool:
    return bool(_CJK.search(text))


def fold_latin(text: str) -> str:
    """Lower-case without accents: ``Peña`` → ``pena``, ``Nguyễn`` → ``nguyen``."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_LATIN_EXTRA))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


def _syllables(part: str) -> list[str]:
    return [s for s in lazy_pinyin(part, style=Style.NORMAL, errors="ignore", v_to_u=False)
            if s.strip() and s.isascii() and s.isalpha()]


def romanise(name: str) -> str:
    """Pinyin for Chinese names (``王小明`` → ``Wang Xiaoming``); unaccented Latin otherwise."""
    name = clean_name(name)
    if not has_cjk(name):
        folded = fold_latin(name)
        return "" if folded == name.lower() else " ".join(w.capitalize() for w in folded.split())
    parts = [p for p in re.split(f"[{re.escape(NAME_DOTS)}\\s]+", name) if p]
    if len(parts) > 1:  # transliterated foreign name: each part is one word
        return "·".join("".join(_syllables(p)).capitalize() for p in parts)
    surname_len = 2 if name[:2] in COMPOUND_SURNAMES and len(name) > 2 else 1
    surname = "".join(_syllables(name[:surname_len])).capitalize()
    given = "".join(_syllables(name[surname_len:])).capitalize()
    return " ".join(p for p in (surname, given) if p)


@dataclass(frozen=True)
class NameKeys:
    words: tuple[str, ...]  # folded Latin words, pinyin syllables
    pinyin: str  # whole name in pinyin without spaces ("zhangwei")
    initials: str  # "zw"
    cjk: str  # the Chinese characters of the name, without dots or spaces


def name_keys(name: str) -> NameKeys:
    name = clean_name(name)
    cjk = "".join(_CJK.findall(name))
    syllables = _syllables(name) if cjk else []
    latin_words = [w for w in re.split(r"[^0-9a-z]+", fold_latin(name)) if w]
    pinyin = "".join(syllables)
    initials = "".join(s[0] for s in syllables) if syllables else "".join(w[0] for w in latin_words)
    return NameKeys(tuple(dict.fromkeys(latin_words + syllables)), pinyin, initials, cjk)
