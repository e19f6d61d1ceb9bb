"""Importing a roster: every good row registered once, every bad row reported by its line.

The whole import is one transaction. A row equal to someone already registered (matched on
staff id or phone) is "unchanged"; one that shares their phone or staff id but differs is
imported and flagged as a possible duplicate, never merged. Importing the same file twice
adds nothing the second time.
"""

from __future__ import annotations

import re
import time
from dataclasses import asdict, dataclass, field
from operator import attrgetter
from pathlib import Path
from typing import Any, Callable

import phonenumbers

from carekit.domain.enums import Category, Role, job_from_word
from carekit.domain.names import clean_name
from carekit.domain.limits import MAX_CHARS, control_character, max_chars, too_long
from carekit.domain.phones import PhoneError, has_country_code, normalise_phone, normalise_unlisted_phone
from carekit.i18n import QT_TRANSLATE_NOOP, translate
from carekit.services import roster_read
from carekit.services.errors import CareKitError, ValidationError
from carekit.services.corrections import FIELD_NAMES
from carekit.services.events import current_event, sites
from carekit.services.people import PersonInput, existing_people, register_people
from carekit.services.workspace import Workspace

Progress = Callable[[int, int, str], bool]
SHORTEST_LIMIT = min(MAX_CHARS.values())  # a cell no longer than this fits any field
CHUNK = 20000  # rows registered between two progress reports (and cancel checks)

CATEGORY_WORDS = {
    **{w: Category.WORKER for w in ("worker", "工人", "员工", "职工", "骑手", "trabajador", "trabalhador",
                                    "empleado", "funcionario", "funcionário")},
    **{w: Category.FAMILY for w in ("family", "family member", "家属", "家人", "familia", "família",
                                    "familiar")},
    **{w: Category.GUEST for w in ("guest", "嘉宾", "来宾", "访客", "invitado", "convidado", "visitante")},
    **{w: Category.STAFF for w in ("staff", "工作人员", "志愿者", "personal", "equipe", "equipo", "volunteer")},
}
LANGUAGE_WORDS = {
    "zh": "zh_CN", "zh_cn": "zh_CN", "zh-cn": "zh_CN", "中文": "zh_CN", "普通话": "zh_CN", "汉语": "zh_CN",
    "简体中文": "zh_CN", "chinese": "zh_CN", "mandarin": "zh_CN", "chino": "zh_CN", "chinês": "zh_CN",
    "zh_tw": "zh_TW", "zh-tw": "zh_TW", "繁體中文": "zh_TW", "繁体中文": "zh_TW", "粤语": "zh_TW",
    "en": "en", "english": "en", "英语": "en", "inglés": "en", "inglês": "en",
    "es": "es", "spanish": "es", "español": "es", "espanol": "es", "西班牙语": "es", "espanhol": "es",
    "pt": "pt_BR", "pt_br": "pt_BR", "pt-br": "pt_BR", "portuguese": "pt_BR", "português": "pt_BR",
    "portugues": "pt_BR", "葡萄牙语": "pt_BR", "portugués": "pt_BR",
}


class ImportCancelled(CareKitError):
    """The person pressed Cancel; the transaction rolls back and nothing is written."""


@dataclass(frozen=True)
class RejectedLine:
    line: int
    reason: str
    template: str
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def message(self) -> str:
        return translate("Errors", self.template).format(line=self.line, **self.params)


@dataclass
class ImportReport:
    file: str
    rows: int = 0  # non-blank data rows read
    imported: int = 0  # new people, flagged ones included
    flagged: int = 0  # imported, but sharing a phone or staff id with someone: a person decides
    unchanged: int = 0  # already registered exactly so, or repeated in the file
    rejected: list[RejectedLine] = field(default_factory=list)
    warnings: list[RejectedLine] = field(default_factory=list)  # imported, but worth a look
    columns: dict[str, str] = field(default_factory=dict)  # field → header used
    seconds: float = 0.0
    dry_run: bool = False

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["rejected"] = [{"line": r.line, "reason": r.reason, "message": r.message} for r in self.rejected]
        data["warnings"] = [{"line": r.line, "reason": r.reason, "message": r.message} for r in self.warnings]
        return data


def _reject(line: int, reason: str, template: str, **params: Any) -> RejectedLine:
    return RejectedLine(line, reason, template, params)


# Any of them makes a number valid, so the ones rosters are full of come first.
_NUMBER_TYPES = ("mobile", "fixed_line", "premium_rate", "toll_free", "shared_cost", "voip", "personal_number",
                 "pager", "uan", "voicemail")


class FastPhones:
    """Plain digits ("13800138000", "+5511987654321") checked straight against the region's number
    patterns, compiled once: the same answer as ``normalise_phone`` for a tenth of its cost.
    Anything the full parser might read differently (national or international prefixes, the
    country code without a plus, separators, a code shared by several regions) is left to it."""

    def __init__(self, region: str):
        self.region = region
        self.code = phonenumbers.country_code_for_region(region)
        meta = phonenumbers.PhoneMetadata.metadata_for_region(region)
        alone = phonenumbers.COUNTRY_CODE_TO_REGION_CODE.get(self.code) == (region,)
        self.usable = bool(meta and alone and meta.general_desc and meta.general_desc.national_number_pattern)
        self.others: dict[int, FastPhones | None] = {}
        if not self.usable:
            return
        self.prefix = str(self.code)
        prefixes = (meta.international_prefix, meta.national_prefix_for_parsing, meta.national_prefix)
        self.needs_parser = [re.compile(p) for p in prefixes if p]
        self.general = self._desc(meta.general_desc)
        self.types = [self._desc(d) for d in (getattr(meta, t) for t in _NUMBER_TYPES)
                      if d is not None and d.national_number_pattern]
        mobile = meta.mobile if meta.mobile is not None else meta.general_desc
        lengths = tuple(mobile.possible_length or meta.general_desc.possible_length or ())
        self.mobile_lengths = frozenset(() if lengths[:1] == (-1,) else lengths) | \
            frozenset(getattr(mobile, "possible_length_local_only", None) or ())

    @staticmethod
    def _desc(desc) -> tuple[frozenset[int], re.Pattern]:
        return frozenset(desc.possible_length or ()), re.compile(desc.national_number_pattern)

    @staticmethod
    def _matches(digits: str, desc: tuple[frozenset[int], re.Pattern]) -> bool:
        lengths, pattern = desc
        return (not lengths or len(digits) in lengths) and pattern.fullmatch(digits) is not None

    def __call__(self, text: str) -> tuple[bool, str]:
        """(decided, E.164 or "" when not a number); undecided texts go to ``normalise_phone``."""
        if not (text.isascii() and 2 <= len(text) <= 18):
            return False, ""
        if text.startswith("+521"):
            return False, ""  # Mexico's old mobile form: normalise_phone rewrites it
        if text[0] == "+":
            return self._international(text[1:])
        if not self.usable or text.startswith(self.prefix):
            return False, ""
        return self._national(text)

    def unlisted(self, text: str) -> tuple[bool, str]:
        """(decided, E.164 or "") as ``normalise_unlisted_phone`` answers, for the plain national
        digits ``_national`` decides: a mobile's length for the region, in no listed range."""
        if not (self.usable and text.isascii() and text.isdigit() and 2 <= len(text) <= 18) \
                or text[0] == "0" or text.startswith(self.prefix) or any(p.match(text) for p in self.needs_parser):
            return False, ""
        return True, f"+{self.code}{text}" if len(text) in self.mobile_lengths else ""

    def _national(self, digits: str) -> tuple[bool, str]:
        if not digits.isdigit() or digits[0] == "0" or any(p.match(digits) for p in self.needs_parser):
            return False, ""
        valid = self._matches(digits, self.general) and any(self._matches(digits, d) for d in self.types)
        return True, f"+{self.code}{digits}" if valid else ""

    def _international(self, digits: str) -> tuple[bool, str]:
        if not digits.isdigit() or digits[0] == "0":
            return False, ""
        for size in (1, 2, 3):  # the parser takes the first known code, shortest first
            code = int(digits[:size])
            if code in phonenumbers.COUNTRY_CODE_TO_REGION_CODE:
                break
        else:
            return False, ""
        if code not in self.others:
            regions = phonenumbers.COUNTRY_CODE_TO_REGION_CODE[code]
            other = FastPhones(regions[0]) if len(regions) == 1 else None
            self.others[code] = other if other is not None and other.usable else None
        other = self.others[code]
        rest = digits[size:]
        if other is None or not 2 <= len(rest) <= 17:
            return False, ""
        return other._national(rest)


# An Excel date cell read as text (2026-12-05, 2026-12-05T00:00:00), or a date typed as one.
_LOOKS_LIKE_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?$|^\d{2}:\d{2}:\d{2}$")


class _RowReader:
    """Cells → PersonInput, with the per-distinct-value caches a 100 000-row file needs."""

    def __init__(self, columns: dict[str, int], width: int, region: str):
        self.columns = columns
        self.width = width
        self.region = region
        self.phones: dict[str, str | None] = {}
        self.places: dict[str, str] = {}
        self.unlisted: set[str] = set()  # E.164 numbers of the right length in no listed range
        self.fast = FastPhones(region)

    def place(self, raw: str) -> str:
        """An employer or city, cleaned once per distinct cell."""
        cleaned = self.places.get(raw)
        if cleaned is None:
            cleaned = self.places[raw] = clean_name(raw)
        return cleaned

    def phone(self, raw: str) -> str | None:
        cached = self.phones.get(raw, False)
        if cached is not False:
            return cached
        decided, value = self.fast(raw)
        text, lost = (raw, False) if decided else roster_read.number_text(raw)
        if not decided:
            try:
                value = None if lost else normalise_phone(text, self.region)
            except PhoneError:
                value = None
        if not value and not lost:
            known, value = self.fast.unlisted(text) if decided else (False, "")
            if not known:
                try:
                    value = normalise_unlisted_phone(text, self.region)
                except PhoneError:
                    value = None
            if value:
                self.unlisted.add(value)
        value = self.phones[raw] = value or None
        return value

    def read(self, line: int, cells: list[str]) -> PersonInput | RejectedLine:
        if len(cells) != self.width:
            if len(cells) < self.width or any(c.strip() for c in cells[self.width:]):
                return _reject(line, "broken_row", QT_TRANSLATE_NOOP(
                    "Errors", "line {line}: the row has {cells} cells but the header has {columns}; "
                              "is a separator or quote missing?"), cells=len(cells), columns=self.width)
        get = {f: cells[i] for f, i in self.columns.items()}
        for key, value in get.items():
            if len(value) > SHORTEST_LIMIT and too_long(key, value.strip()):
                return _reject(line, "too_long", QT_TRANSLATE_NOOP(
                    "Errors", "line {line}: the {field} is {length} characters long; at most {limit} fit."),
                    field=translate("Errors", FIELD_NAMES.get(key, key)), length=len(value.strip()),
                    limit=max_chars(key))
        if control_character("".join(get.values())):  # one search per row; which cell only on a hit
            key, code = next((k, control_character(v)) for k, v in get.items() if control_character(v))
            return _reject(line, "control_character", QT_TRANSLATE_NOOP(
                "Errors", "line {line}: the {field} holds a control character ({code}); it was not imported."),
                field=translate("Errors", FIELD_NAMES.get(key, key)), code=code)
        name = clean_name(get.get("name", ""))
        if not name:
            return _reject(line, "no_name", QT_TRANSLATE_NOOP("Errors", "line {line}: the name is missing."))
        if _LOOKS_LIKE_DATE.match(name):
            return _reject(line, "name_is_date", QT_TRANSLATE_NOOP(
                "Errors", "line {line}: the name '{name}' is a date, not a name; is the name column right?"),
                name=name)
        raw_phone = get.get("phone", "").strip()
        phone = self.phone(raw_phone) if raw_phone else ""
        if phone is None:
            if roster_read.number_text(raw_phone)[1]:
                return _reject(line, "phone_digits_lost", QT_TRANSLATE_NOOP(
                    "Errors", "line {line}: phone '{phone}' lost its digits to Excel's scientific notation; "
                              "format the column as text and export again."), phone=raw_phone)
            if has_country_code(raw_phone):  # the region played no part: do not name it
                return _reject(line, "bad_phone", QT_TRANSLATE_NOOP(
                    "Errors", "line {line}: phone '{phone}' is not a valid number"), phone=raw_phone)
            return _reject(line, "bad_phone", QT_TRANSLATE_NOOP(
                "Errors", "line {line}: phone '{phone}' is not a valid number for region {region}"),
                phone=raw_phone, region=self.region)
        staff, lost = roster_read.number_text(get.get("staff_id", "").strip())
        if lost:
            return _reject(line, "staff_digits_lost", QT_TRANSLATE_NOOP(
                "Errors", "line {line}: staff id '{staff}' lost its digits to Excel's scientific notation."),
                staff=get["staff_id"].strip())
        category_word = get.get("category", "").strip()
        category = CATEGORY_WORDS.get(category_word.lower()) if category_word else Category.WORKER
        if category is None:
            category = Category._value2member_map_.get(category_word.lower())
        if category is None:
            return _reject(line, "bad_category", QT_TRANSLATE_NOOP(
                "Errors", "line {line}: category '{category}' is not one of worker, family, guest, staff."),
                category=category_word)
        language = get.get("language", "").strip()
        # Cleaned as PersonInput.cleaned() would, except the romanised name, which
        # register_people derives once for the people actually registered.
        return PersonInput(name=name, phone=phone, staff_id=staff, employer=self.place(get.get("employer", "")),
                           job=job_from_word(get.get("job", "")).value, city=self.place(get.get("city", "")),
                           language=LANGUAGE_WORDS.get(language.lower(), language), category=category.value)


def site_for_city(ws: Workspace, city: str) -> str:
    """``--site 深圳`` → that site's id; an unknown city is refused rather than ignored."""
    wanted = clean_name(city).casefold()
    for site in sites(ws):
        if site.city.casefold() == wanted:
            return site.id
    raise ValidationError("no_such_site", QT_TRANSLATE_NOOP(
        "Errors", "The event has no site in '{city}'; its sites are: {sites}."),
        city=city, sites=", ".join(s.city for s in sites(ws)) or "-")


def _compared_fields(columns: dict[str, int]) -> tuple[str, ...]:
    """Only the fields the file gives: a phone number added at the desk is not a difference."""
    return tuple(f for f in roster_read.FIELDS if f in columns)


def import_roster(ws: Workspace, path: str | Path, *, site_id: str = "",
                  mapping: dict[str, str | int | None] | None = None, progress: Progress | None = None,
                  dry_run: bool = False) -> ImportReport:
    """Read, check and register a roster in one transaction; ``progress(done, total, text)``
    returning False cancels (nothing is written). ``dry_run`` reports without writing."""
    ws.require(Role.COORDINATOR)
    started = time.perf_counter()
    path = Path(path)
    table = roster_read.read_roster(path)
    columns = roster_read.apply_mapping(table, mapping)
    report = ImportReport(file=path.name, dry_run=dry_run,
                          columns={f: table.headers[i] for f, i in sorted(columns.items(), key=lambda c: c[1])})
    # Lines the reader could not take (another encoding, a NUL byte, a line of megabytes): named
    # by their line, the rest of the file is imported.
    unreadable = [_reject(line, reason, template, **params) for line, reason, template, params in table.rejected]
    report.rejected.extend(unreadable)
    report.rows += len(unreadable)
    tick = _ticker(progress)
    with ws.db.session() as session:
        region = current_event(session).default_region
    # Checked before the write lock is taken: the desks' scans wait for that lock, not for this.
    people = _checked(table, columns, region, report, tick)
    with ws.writing() as journal:
        event = current_event(journal.session)
        if event.default_region != region:  # changed meanwhile: checked again, as it now reads
            report.rows, report.rejected[:], report.warnings[:] = len(unreadable), unreadable, []
            people = _checked(table, columns, event.default_region, report, tick)
        new, duplicate_of, later = _sort_out(journal.session, people, columns, report)
        to_register = 0 if dry_run else len(new) + len(later)
        tick(0, to_register, QT_TRANSLATE_NOOP("Roster", "Registering people…"))
        if not dry_run:
            registered = _register(journal, event, new, duplicate_of, path.name, site_id,
                                   lambda done: tick(done, to_register, QT_TRANSLATE_NOOP("Roster", "Registering people…")))
            # Rows sharing a phone or staff id with an earlier row of this file point at that row's person.
            if later:
                _register(journal, event, [person for person, _ in later],
                          [registered[first].person_id for _, first in later], path.name, site_id,
                          lambda done: tick(len(new) + done, to_register,
                                            QT_TRANSLATE_NOOP("Roster", "Registering people…")))
            journal.audit("roster.import", "person", "", f"file={path.name} imported={report.imported} "
                          f"flagged={report.flagged} unchanged={report.unchanged} rejected={len(report.rejected)}")
        tick(to_register, to_register, QT_TRANSLATE_NOOP("Roster", "Saving…"))
    report.seconds = round(time.perf_counter() - started, 3)
    return report


def _checked(table, columns: dict[str, int], region: str, report: ImportReport,
             tick: Callable[[int, int, str], None]) -> list[tuple[int, PersonInput]]:
    """(line, person) of each row that passes its checks; the others are rejected in ``report``."""
    reader = _RowReader(columns, len(table.headers), region)
    people: list[tuple[int, PersonInput]] = []
    total = len(table.rows)
    for done, (line, cells) in enumerate(table.rows):
        if done % 5000 == 0:
            tick(done, total, QT_TRANSLATE_NOOP("Roster", "Checking rows…"))
        if not any(c.strip() for c in cells):
            continue
        report.rows += 1
        result = reader.read(line, cells)
        if isinstance(result, RejectedLine):
            report.rejected.append(result)
        else:
            people.append((line, result))
            if result.phone in reader.unlisted:
                report.warnings.append(_reject(line, "unlisted_phone", QT_TRANSLATE_NOOP(
                    "Errors", "line {line}: phone {phone} has a mobile's length for {region} but is in no "
                              "known number range; imported as it is, please check it."),
                    phone=result.phone, region=region))
    report.rejected.sort(key=lambda r: r.line)
    return people


def _ticker(progress: Progress | None) -> Callable[[int, int, str], None]:
    def tick(done: int, total: int, text: str) -> None:
        if progress is not None and progress(done, total, translate("Roster", text)) is False:
            raise ImportCancelled("cancelled", QT_TRANSLATE_NOOP(
                "Errors", "The import was cancelled; nothing was written."))
    return tick


def _sort_out(session, people: list[tuple[int, PersonInput]], columns: dict[str, int], report: ImportReport):
    """Decide per row: unchanged, new, or new-and-flagged (against the database, then the file).

    Returns the new people with their duplicate targets in the database, and the later rows of
    this file that share a phone or staff id with an earlier one, with that earlier row's index."""
    existing = existing_people(session, (p.phone for _, p in people), (p.staff_id for _, p in people))
    compared = _compared_fields(columns)
    if len(compared) > 1:
        key_of = attrgetter(*compared)
    else:  # attrgetter of one field gives the value itself, not a tuple
        key_of = lambda person: tuple(getattr(person, f) for f in compared)  # noqa: E731
    seen: set[tuple] = set()
    first_by_phone: dict[str, int] = {}
    first_by_staff: dict[str, int] = {}
    new: list[PersonInput] = []
    duplicate_of: list[str] = []
    later: list[tuple[PersonInput, int]] = []
    for _line, person in people:
        key = key_of(person)
        if key in seen:
            report.unchanged += 1
            continue
        seen.add(key)
        staff = person.staff_id.lower()
        candidates = [c for c in (existing.by_staff.get(staff) if staff else None,
                                  existing.by_phone.get(person.phone) if person.phone else None) if c]
        if any(tuple(existing.fields_by_id[c][f] for f in compared) == key for c in candidates):
            report.unchanged += 1
            continue
        report.imported += 1
        earlier = first_by_staff.get(staff) if staff else None
        if earlier is None and person.phone:
            earlier = first_by_phone.get(person.phone)
        if candidates:
            report.flagged += 1
            new.append(person)
            duplicate_of.append(candidates[0])
            index = len(new) - 1
        elif earlier is not None:
            report.flagged += 1
            later.append((person, earlier))
            index = earlier  # a third row like this one points at the same first row
        else:
            new.append(person)
            duplicate_of.append("")
            index = len(new) - 1
        if staff:
            first_by_staff.setdefault(staff, index)
        if person.phone:
            first_by_phone.setdefault(person.phone, index)
    return new, duplicate_of, later


def _register(journal, event, people: list[PersonInput], duplicates_of: list[str], source: str,
              site_id: str, tick: Callable[[int], None]):
    registered = []
    for start in range(0, len(people), CHUNK):
        registered += register_people(journal, event, people[start:start + CHUNK], source=source,
                                      site_id=site_id, duplicates_of=duplicates_of[start:start + CHUNK])
        tick(min(start + CHUNK, len(people)))
    return registered
