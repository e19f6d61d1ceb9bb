"""Family-visit vocabularies and rules that need no database: status flow, needs, rooms, places."""

from __future__ import annotations

from enum import StrEnum


class Relationship(StrEnum):
    PARENT = "parent"
    SPOUSE = "spouse"
    CHILD = "child"
    SIBLING = "sibling"
    OTHER = "other"


class AgeBand(StrEnum):
    INFANT = "infant"  # under 2, on a lap
    CHILD = "child"  # 2-17
    ADULT = "adult"
    ELDERLY = "elderly"  # 65 and over


ADULT_BANDS = frozenset({AgeBand.ADULT.value, AgeBand.ELDERLY.value})


class Need(StrEnum):
    WHEELCHAIR = "wheelchair"
    ELDERLY = "elderly"
    INFANT = "infant"
    PREGNANT = "pregnant"
    HALAL = "halal"
    VEGETARIAN = "vegetarian"
    MEDICAL = "medical"  # the note itself is private


DIETS = (Need.HALAL.value, Need.VEGETARIAN.value)

# Short marks a driver reads at a glance on the manifest.
NEED_MARKS = {"wheelchair": "♿", "elderly": "ELD", "infant": "INF", "pregnant": "PRG",
              "halal": "HAL", "vegetarian": "VEG", "medical": "MED"}


class Mode(StrEnum):
    FLIGHT = "flight"
    TRAIN = "train"
    COACH = "coach"
    CAR = "car"


class Direction(StrEnum):
    OUTBOUND = "outbound"
    RETURN = "return"


STATUS_FLOW = ("invited", "confirmed", "ticketed", "travelling", "arrived", "departed", "home")


def status_rank(status: str) -> int:
    return STATUS_FLOW.index(status) if status in STATUS_FLOW else -1


def is_forward(current: str, new: str) -> bool:
    """A status only moves along the flow (or stays); going back is a correction, refused."""
    return status_rank(new) >= status_rank(current)


ROOM_CAPACITY = {"single": 1, "double": 2, "twin": 2, "triple": 3, "family": 4}


def parse_needs(values) -> list[str]:
    """Needs from repeated options or a cell "wheelchair, halal"; unknown ones are returned as such
    by ``unknown_needs``."""
    found: list[str] = []
    for value in values or ():
        for part in str(value).replace("，", ",").replace("、", ",").replace(";", ",").split(","):
            word = NEED_WORDS.get(part.strip().lower(), part.strip().lower())
            if word and word not in found:
                found.append(word)
    return found


def unknown_needs(needs: list[str]) -> list[str]:
    return [n for n in needs if n not in Need._value2member_map_]


NEED_WORDS = {"轮椅": "wheelchair", "老人": "elderly", "婴儿": "infant", "孕妇": "pregnant",
              "清真": "halal", "素食": "vegetarian", "医疗": "medical", "cadeira de rodas": "wheelchair",
              "silla de ruedas": "wheelchair", "vegetariano": "vegetarian"}

RELATIONSHIP_WORDS = {"父亲": "parent", "母亲": "parent", "父母": "parent", "爸爸": "parent", "妈妈": "parent",
                      "配偶": "spouse", "妻子": "spouse", "丈夫": "spouse", "子女": "child", "儿子": "child",
                      "女儿": "child", "兄弟姐妹": "sibling", "哥哥": "sibling", "姐姐": "sibling",
                      "弟弟": "sibling", "妹妹": "sibling", "其他": "other"}
MODE_WORDS = {"飞机": "flight", "航班": "flight", "火车": "train", "高铁": "train", "动车": "train",
              "大巴": "coach", "汽车": "coach", "自驾": "car", "plane": "flight", "air": "flight", "bus": "coach"}
