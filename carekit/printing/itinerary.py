"""A family's itinerary: printed in the family's language and English, and as a chat message.

The wording is document text for the family's language, not the operator's screen language (a
coordinator working in English prints a Chinese family's sheet), so it lives here as data, like
the certificates' wording. Times are local at each place, with the place named.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import datetime
from typing import Sequence

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from carekit.printing import fonts
from carekit.printing.badges import RenderResult
from carekit.printing.dates import date_words, moment_words
from carekit.printing.manifests import text

WORDING = {
    "en": {"title": "Family visit itinerary", "for": "Family of {worker}", "travellers": "Travellers",
           "journey": "Journey", "outbound": "To the event", "return": "Going home", "departs": "departs",
           "arrives": "arrives", "booking": "booking", "pickup": "Pick-up", "driver": "driver",
           "hotel": "Hotel", "room": "room", "nights": "{nights} nights from {first}", "contact": "Questions: {phone}",
           "none": "not planned yet"},
    "zh_CN": {"title": "家属探亲行程单", "for": "{worker} 的家属", "travellers": "出行人", "journey": "行程",
              "outbound": "去程", "return": "返程", "departs": "出发", "arrives": "到达", "booking": "订单号",
              "pickup": "接站", "driver": "司机", "hotel": "酒店", "room": "房间", "nights": "{first} 起 {nights} 晚",
              "contact": "咨询电话：{phone}", "none": "尚未安排"},
    "zh_TW": {"title": "家屬探親行程表", "for": "{worker} 的家屬", "travellers": "出行人", "journey": "行程",
              "outbound": "去程", "return": "回程", "departs": "出發", "arrives": "抵達", "booking": "訂單編號",
              "pickup": "接站", "driver": "司機", "hotel": "飯店", "room": "房間", "nights": "{first} 起 {nights} 晚",
              "contact": "諮詢電話：{phone}", "none": "尚未安排"},
    "es": {"title": "Itinerario de la visita familiar", "for": "Familia de {worker}", "travellers": "Viajeros",
           "journey": "Viaje", "outbound": "Ida", "return": "Vuelta", "departs": "sale", "arrives": "llega",
           "booking": "reserva", "pickup": "Recogida", "driver": "conductor", "hotel": "Hotel",
           "room": "habitación", "nights": "{nights} noches desde {first}", "contact": "Preguntas: {phone}",
           "none": "aún sin planificar"},
    "pt_BR": {"title": "Roteiro da visita da família", "for": "Família de {worker}", "travellers": "Viajantes",
              "journey": "Viagem", "outbound": "Ida", "return": "Volta", "departs": "sai", "arrives": "chega",
              "booking": "reserva", "pickup": "Busca", "driver": "motorista", "hotel": "Hotel", "room": "quarto",
              "nights": "{nights} noites a partir de {first}", "contact": "Dúvidas: {phone}",
              "none": "ainda não planejado"},
}


def wording(language: str) -> dict:
    return WORDING.get(language) or WORDING.get((language or "").split("_")[0]) or \
        (WORDING["zh_CN"] if (language or "").startswith("zh") else WORDING["en"])


@dataclass(frozen=True)
class LegLine:
    direction: str  # outbound / return
    number: str
    from_place: str
    departs: str  # "2026-12-04T10:00+08:00": the place's own clock, worded in each language here
    to_place: str
    arrives: str
    booking_ref: str
    who: str  # names on this leg


@dataclass(frozen=True)
class Itinerary:
    worker: str
    contact_phone: str
    language: str
    event: str
    travellers: Sequence[str]
    legs: Sequence[LegLine] = field(default_factory=tuple)
    pickups: Sequence[tuple[str, str]] = field(default_factory=tuple)  # (vehicle label, driver + phone)
    stays: Sequence[tuple[str, str, str, int]] = field(default_factory=tuple)  # (hotel, room, first night ISO, nights)


def _when(local: str, language: str) -> str:
    """'2026-12-04T10:00+08:00' → '2026年12月4日 10:00 (UTC+08:00)', '4 December 2026 10:00 (UTC+08:00)'."""
    try:
        return moment_words(datetime.fromisoformat(local), language) if local else ""
    except ValueError:
        return local


def _lines(trip: Itinerary, w: dict) -> list[tuple[str, str]]:
    """(style, text) lines of the itinerary in one language; style: h1, h2 or body."""
    language = next(code for code, words in WORDING.items() if words is w)
    lines = [("h1", w["title"]), ("body", w["for"].format(worker=trip.worker) + f" · {trip.event}"),
             ("h2", w["travellers"]), ("body", "、".join(trip.travellers) if trip.language.startswith("zh")
                                       else ", ".join(trip.travellers)), ("h2", w["journey"])]
    for leg in trip.legs:
        lines.append(("body", f"{w[leg.direction]} {leg.number}: {leg.from_place} {w['departs']} "
                              f"{_when(leg.departs, language)}"))
        lines.append(("body", f"    → {leg.to_place} {w['arrives']} {_when(leg.arrives, language)}"
                              + (f" · {w['booking']} {leg.booking_ref}" if leg.booking_ref else "")
                              + (f" · {leg.who}" if leg.who else "")))
    if not trip.legs:
        lines.append(("body", w["none"]))
    lines.append(("h2", w["pickup"]))
    lines += [("body", f"{label} · {w['driver']} {driver}" if driver else label) for label, driver in trip.pickups] \
        or [("body", w["none"])]
    lines.append(("h2", w["hotel"]))
    lines += [("body", f"{hotel} · {w['room']} {room} · " + w["nights"].format(nights=nights, first=date_words(first, language)))
              for hotel, room, first, nights in trip.stays] or [("body", w["none"])]
    if trip.contact_phone:
        lines.append(("body", w["contact"].format(phone=trip.contact_phone)))
    return lines


def message_text(trip: Itinerary) -> str:
    """The same itinerary as plain text to paste into a chat: the family's language, then English."""
    parts = []
    for w in _languages(trip.language):
        parts.append("\n".join(("【" + t + "】" if style == "h1" else t if style == "body" else f"■ {t}")
                               for style, t in _lines(trip, w)))
    return "\n\n".join(parts)


def _languages(language: str) -> list[dict]:
    first = wording(language)
    return [first] if first is WORDING["en"] else [first, WORDING["en"]]


SIZES = {"h1": 18, "h2": 12.5, "body": 11}
STEP = {"h1": 10 * mm, "h2": 8 * mm, "body": 6 * mm}


def render_itineraries(trips: Sequence[Itinerary]) -> RenderResult:
    """One family per page (or more when long): first their language, then English below."""
    fonts.available_fonts()
    width, height = A4
    margin = 16 * mm
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, pageCompression=1, invariant=1)
    canvas.setTitle("Itinerary")
    canvas.setCreator("CareKit")
    warnings: list[str] = []
    pages = 0
    for trip in trips:
        y = height - margin
        for index, w in enumerate(_languages(trip.language)):
            if index:
                y -= 4 * mm
                canvas.setLineWidth(0.5)
                canvas.line(margin, y + 3 * mm, width - margin, y + 3 * mm)
                y -= 4 * mm
            for style, line in _lines(trip, w):
                if y < margin + STEP[style]:
                    canvas.showPage()
                    pages += 1
                    y = height - margin
                y -= STEP[style]
                text(canvas, line, SIZES[style], margin, y, width - 2 * margin, warnings)
        canvas.showPage()
        pages += 1
    if not trips:
        canvas.showPage()
    canvas.save()
    return RenderResult(buffer.getvalue(), len(trips), max(pages, 1), warnings)
