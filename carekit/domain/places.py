"""Stations and airports the travel agents' sheets name, with city and time zone.

No live data offline: a train or flight leg must name a place known here (by its Chinese name,
English name or code), so a typo ("深证北") is caught before a driver waits at the wrong station.
Coach and car legs may name any stop, since they have no fixed list.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class Place:
    code: str  # IATA code for airports, telegraph code for Chinese stations
    name: str  # as printed on the ticket
    english: str
    city: str
    zone: str
    kind: str  # "station" or "airport"


_CN = "Asia/Shanghai"
# code, name, English, city, zone, kind
_ROWS = (
    ("BXP", "北京西", "Beijing West", "北京", _CN, "station"),
    ("VNP", "北京南", "Beijing South", "北京", _CN, "station"),
    ("BJP", "北京", "Beijing", "北京", _CN, "station"),
    ("AOH", "上海虹桥", "Shanghai Hongqiao", "上海", _CN, "station"),
    ("SHH", "上海", "Shanghai", "上海", _CN, "station"),
    ("IZQ", "广州南", "Guangzhou South", "广州", _CN, "station"),
    ("GZQ", "广州", "Guangzhou", "广州", _CN, "station"),
    ("IOQ", "深圳北", "Shenzhen North", "深圳", _CN, "station"),
    ("SZQ", "深圳", "Shenzhen", "深圳", _CN, "station"),
    ("IFQ", "深圳东", "Shenzhen East", "深圳", _CN, "station"),
    ("ICW", "成都东", "Chengdu East", "成都", _CN, "station"),
    ("CUW", "重庆北", "Chongqing North", "重庆", _CN, "station"),
    ("WHN", "武汉", "Wuhan", "武汉", _CN, "station"),
    ("CWQ", "长沙南", "Changsha South", "长沙", _CN, "station"),
    ("ZAF", "郑州东", "Zhengzhou East", "郑州", _CN, "station"),
    ("EAY", "西安北", "Xi'an North", "西安", _CN, "station"),
    ("NXG", "南昌西", "Nanchang West", "南昌", _CN, "station"),
    ("KQW", "贵阳北", "Guiyang North", "贵阳", _CN, "station"),
    ("KOM", "昆明南", "Kunming South", "昆明", _CN, "station"),
    ("NFZ", "南宁东", "Nanning East", "南宁", _CN, "station"),
    ("ENH", "合肥南", "Hefei South", "合肥", _CN, "station"),
    ("FYS", "福州南", "Fuzhou South", "福州", _CN, "station"),
    ("HGH", "杭州东", "Hangzhou East", "杭州", _CN, "station"),
    ("NKH", "南京南", "Nanjing South", "南京", _CN, "station"),
    ("LAJ", "兰州西", "Lanzhou West", "兰州", _CN, "station"),
    ("VAB", "哈尔滨西", "Harbin West", "哈尔滨", _CN, "station"),
    ("XUN", "信阳东", "Xinyang East", "信阳", _CN, "station"),
    ("ZKN", "周口东", "Zhoukou East", "周口", _CN, "station"),
    ("FYH", "阜阳西", "Fuyang West", "阜阳", _CN, "station"),
    ("GZG", "赣州西", "Ganzhou West", "赣州", _CN, "station"),
    ("SYQ", "邵阳", "Shaoyang", "邵阳", _CN, "station"),
    ("WAR", "乌鲁木齐", "Urumqi", "乌鲁木齐", "Asia/Urumqi", "station"),
    ("PEK", "北京首都国际机场", "Beijing Capital", "北京", _CN, "airport"),
    ("PKX", "北京大兴国际机场", "Beijing Daxing", "北京", _CN, "airport"),
    ("PVG", "上海浦东国际机场", "Shanghai Pudong", "上海", _CN, "airport"),
    ("SHA", "上海虹桥国际机场", "Shanghai Hongqiao Airport", "上海", _CN, "airport"),
    ("CAN", "广州白云国际机场", "Guangzhou Baiyun", "广州", _CN, "airport"),
    ("SZX", "深圳宝安国际机场", "Shenzhen Bao'an", "深圳", _CN, "airport"),
    ("TFU", "成都天府国际机场", "Chengdu Tianfu", "成都", _CN, "airport"),
    ("CTU", "成都双流国际机场", "Chengdu Shuangliu", "成都", _CN, "airport"),
    ("CKG", "重庆江北国际机场", "Chongqing Jiangbei", "重庆", _CN, "airport"),
    ("KMG", "昆明长水国际机场", "Kunming Changshui", "昆明", _CN, "airport"),
    ("KWE", "贵阳龙洞堡国际机场", "Guiyang Longdongbao", "贵阳", _CN, "airport"),
    ("URC", "乌鲁木齐地窝堡国际机场", "Urumqi Diwopu", "乌鲁木齐", "Asia/Urumqi", "airport"),
    ("HRB", "哈尔滨太平国际机场", "Harbin Taiping", "哈尔滨", _CN, "airport"),
    ("XIY", "西安咸阳国际机场", "Xi'an Xianyang", "西安", _CN, "airport"),
    ("HKG", "香港国际机场", "Hong Kong", "香港", "Asia/Hong_Kong", "airport"),
    ("GRU", "Aeroporto de Guarulhos", "São Paulo Guarulhos", "São Paulo", "America/Sao_Paulo", "airport"),
    ("MEX", "Aeropuerto de la Ciudad de México", "Mexico City", "Ciudad de México", "America/Mexico_City", "airport"),
    ("BKK", "ท่าอากาศยานสุวรรณภูมิ", "Bangkok Suvarnabhumi", "Bangkok", "Asia/Bangkok", "airport"),
    ("SGN", "Sân bay Tân Sơn Nhất", "Ho Chi Minh City Tan Son Nhat", "TP. Hồ Chí Minh", "Asia/Ho_Chi_Minh", "airport"),
)
PLACES = tuple(Place(*row) for row in _ROWS)


def _fold(text: str) -> str:
    return "".join(text.split()).lower()


@lru_cache(maxsize=1)
def _index() -> dict[str, Place]:
    index: dict[str, Place] = {}
    for place in PLACES:
        for key in (place.code, place.name, place.english, place.english + " station"):
            index.setdefault(_fold(key), place)
        index.setdefault(_fold(place.name + "站"), place)  # "深圳北站" as people say it
    return index


def find_place(text: str) -> Place | None:
    """A known station or airport by name, English name or code; None when unknown."""
    return _index().get(_fold(text or ""))
