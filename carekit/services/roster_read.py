"""Reading a roster file as HR exports it: which column is which, and the rows with their lines.

No database here. Excel on Chinese Windows saves CSV as GBK, European Excel uses ``;``, an
XLSX turns phone numbers into floats; all of them come out as text cells with the file's
physical line number (header = line 1), so an error can say where to look.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

from carekit.i18n import QT_TRANSLATE_NOOP
from carekit.services.errors import ValidationError

FIELDS = ("name", "phone", "staff_id", "employer", "job", "city", "language", "category")
NUMBER_FIELDS = ("phone", "staff_id")  # Excel turns these into numbers; their digits matter

# Header words in Chinese, Spanish, Portuguese and English, compared after fold_header().
HEADER_WORDS: dict[str, tuple[str, ...]] = {
    "name": ("姓名", "名字", "名称", "名稱", "nombre", "nombrecompleto", "nome", "nomecompleto", "name", "fullname",
             "nombreempleado", "nombredelempleado", "nombreyapellido", "nombreyapellidos", "nomefuncionario",
             "nomedofuncionario", "nomecolaborador", "nomedocolaborador"),
    "phone": ("手机号", "手机", "手机号码", "电话", "电话号码", "联系电话", "telefono", "celular", "movil",
              "telefone", "phone", "mobile", "phonenumber", "mobilephone", "tel", "cellphone",
              "手機", "手機號碼", "電話", "聯絡電話", "行動電話",
              "celularwhatsapp", "whatsapp", "telefonocelular", "numerocelular", "numerodecelular", "telmovil",
              "telefonomovil", "numerodetelefono", "telefonowhatsapp", "celularwpp", "telefonocontato",
              "whatsappcelular", "celularcontato", "fone"),
    "staff_id": ("工号", "员工编号", "员工号", "编号", "numerodeempleado", "numeroempleado", "matricula",
                 "staffid", "employeeid", "employeeno", "employeenumber", "staffno", "id",
                 "員工編號", "工號", "員工號",
                 "idempleado", "nroempleado", "noempleado", "numempleado", "nrodeempleado", "nodeempleado",
                 "codigoempleado", "codigodeempleado", "legajo", "nomina", "numeronomina", "matriculafuncionario",
                 "matriculadofuncionario", "idfuncionario", "codigofuncionario", "registrofuncionario", "re",
                 "numerofuncionario", "nrofuncionario"),
    "employer": ("单位", "公司", "雇主", "所属公司", "單位", "所屬公司", "empresa", "empleador", "employer",
                 "company", "razonsocial", "empresaempleadora"),
    "job": ("岗位", "职位", "工种", "崗位", "職位", "puesto", "cargo", "job", "jobtype", "position", "role",
            "funcion", "funcao"),
    "city": ("城市", "所在城市", "ciudad", "cidade", "city", "municipio"),
    "language": ("语言", "idioma", "lingua", "language"),
    "category": ("类别", "身份", "类型", "categoria", "tipo", "category", "type"),
}
_WORD_TO_FIELD = {word: f for f, words in HEADER_WORDS.items() for word in words}
_NOT_WORD = re.compile(r"[\s_\-./·:：()（）#№]+")
_FLOAT_WHOLE = re.compile(r"^\s*(\d+)\.0+\s*$")  # "13800138000.0" as pandas or a float column writes it
_SCIENTIFIC = re.compile(r"^\s*[+-]?\d+(?:[.,]\d+)?[eE][+]?\d+\s*$")
SNIFF_BYTES = 64 * 1024


def fold_header(text: str) -> str:
    """Case, accents, spaces and punctuation do not matter: ``Número de empleado`` → ``numerodeempleado``."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()
    return _NOT_WORD.sub("", plain)


def recognise_headers(headers: list[str]) -> dict[str, int]:
    """field → column index for the headers we know; the first column wins when two mean the same."""
    mapping: dict[str, int] = {}
    for index, header in enumerate(headers):
        field_name = _WORD_TO_FIELD.get(fold_header(header))
        if field_name and field_name not in mapping:
            mapping[field_name] = index
    return mapping


@dataclass
class RosterTable:
    """A roster as text: ``rows`` are (physical line, cells); ``mapping`` is field → column index."""
    path: Path
    kind: str  # "csv" or "xlsx"
    headers: list[str]
    rows: list[tuple[int, list[str]]]
    mapping: dict[str, int] = field(default_factory=dict)
    encoding: str = ""
    delimiter: str = ""
    # Lines refused while reading, the rest of the file kept: (line, reason, template, params).
    rejected: list[tuple[int, str, str, dict]] = field(default_factory=list)

    def preview(self, count: int = 20) -> list[tuple[int, list[str]]]:
        return self.rows[:count]


def _file_error(reason: str, template: str, **params) -> ValidationError:
    return ValidationError(reason, template, **params)


# -- text files ----------------------------------------------------------------------------
MAX_LINE_CHARS = 10_000  # a roster line is a few hundred characters; a 10 MB cell is a broken export
_LEGACY = ("gb18030", "big5hkscs")  # Excel on Simplified / Traditional Chinese Windows


def _common_share(text: str, encoding: str) -> float:
    """Share of the Chinese characters that are everyday ones in that encoding (GB2312 level 1 or
    Big5's frequent block). Big5 bytes read as GBK, or GBK read as Big5, come out as rare characters."""
    chinese = [ch for ch in text if "\u3400" <= ch <= "\u9fff"]
    if not chinese:
        return 0.0
    common = 0
    for ch in chinese:
        try:
            if encoding == "gb18030":
                common += 0xB0 <= ch.encode("gb2312")[0] <= 0xD7
            else:
                common += 0xA4 <= ch.encode("big5")[0] <= 0xC6
        except UnicodeEncodeError:
            pass
    return common / len(chinese)


def _legacy_encoding(lines: list[bytes]) -> str:
    """GB18030 or Big5-HKSCS, whichever reads these lines as everyday characters; "" if neither
    reads them at all."""
    sample = b"\n".join(lines)[:SNIFF_BYTES * 4]
    scores = {}
    for encoding in _LEGACY:
        try:
            scores[encoding] = _common_share(sample.decode(encoding), encoding)
        except UnicodeDecodeError:
            continue
    if not scores:
        return ""
    return max(scores, key=lambda e: (scores[e], e == "gb18030"))


def _plausible_utf8(line: bytes, legacy: str) -> bool:
    """A GBK line can be valid UTF-8 by accident (it then reads as Latin or Greek letters, never
    Chinese); a real UTF-8 line in a GBK file holds Chinese, accents or Thai that GBK misreads."""
    text = line.decode("utf-8")
    if any(ord(ch) >= 0x800 for ch in text) or _accent_inside_a_word(text):
        return True
    try:
        legacy_text = line.decode(legacy)
    except UnicodeDecodeError:
        return True
    return _common_share(legacy_text, legacy) < 0.5


def _accent_inside_a_word(text: str) -> bool:
    """"José", "Peña": an accented letter between Latin ones. Read as GBK the same bytes are everyday
    characters glued to Latin letters ("Jos茅 Pe帽a"), which no roster cell holds, while a GBK name
    that happens to be valid UTF-8 reads as accented letters standing together, away from any
    Latin letter."""
    for index, ch in enumerate(text):
        if ord(ch) >= 0x80 and ch.isalpha():
            around = text[max(index - 1, 0):index] + text[index + 1:index + 2]
            if any(c.isascii() and c.isalpha() for c in around):
                return True
    return False


def decode_lines(data: bytes) -> tuple[list[str], str, list[tuple[int, str, str, dict]]]:
    """Physical lines as text, the file's encoding, and the lines refused (left empty, so line
    numbers stay those of the file).

    UTF-16 by its BOM; else each line is UTF-8 or the legacy Chinese encoding (GB18030 or
    Big5-HKSCS, told apart by which gives everyday characters). A file mixing them — one row
    pasted from elsewhere — keeps the majority's lines and refuses the others by number, instead
    of turning "José Peña" into "Jos茅 Pe帽a"."""
    rejected: list[tuple[int, str, str, dict]] = []
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise _file_error("bad_encoding", QT_TRANSLATE_NOOP(
                "Errors", "{file} starts as UTF-16 text but cannot be read as it; save it again as CSV UTF-8 "
                          "or as XLSX."), file="") from None
        return text.split("\n"), "utf-16", rejected
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    raw_lines = data.split(b"\n")
    kinds = []
    for raw in raw_lines:
        if raw.isascii():
            kinds.append("ascii")
            continue
        try:
            raw.decode("utf-8")
            kinds.append("utf-8")
        except UnicodeDecodeError:
            kinds.append("legacy")
    legacy_lines = [raw for raw, kind in zip(raw_lines, kinds) if kind == "legacy"]
    legacy = _legacy_encoding(legacy_lines) if legacy_lines else ""
    if legacy:  # lines valid as UTF-8 only by accident belong to the legacy majority
        kinds = ["legacy" if kind == "utf-8" and not _plausible_utf8(raw, legacy) else kind
                 for raw, kind in zip(raw_lines, kinds)]
    utf8_count, legacy_count = kinds.count("utf-8"), kinds.count("legacy")
    if legacy_count and not legacy:
        raise _file_error("bad_encoding", QT_TRANSLATE_NOOP(
            "Errors", "{file} is neither UTF-8 nor GBK nor Big5 text; save it again as CSV UTF-8 or as XLSX."),
            file="")
    encoding = "utf-8" if utf8_count >= legacy_count else legacy
    lines = []
    for number, (raw, kind) in enumerate(zip(raw_lines, kinds), start=1):
        if kind == "ascii":
            lines.append(raw.decode("ascii"))
        elif (kind == "utf-8") == (encoding == "utf-8") and _decodes(raw, encoding):
            lines.append(raw.decode(encoding))
        else:
            lines.append("")
            rejected.append((number, "other_encoding", QT_TRANSLATE_NOOP(
                "Errors", "line {line}: this line is not {encoding} like the rest of the file (was it pasted "
                          "from another file?); it was not imported. Type it again or save the whole file as "
                          "CSV UTF-8."), {"encoding": _ENCODING_NAMES.get(encoding, encoding)}))
    return lines, encoding, rejected


def _decodes(raw: bytes, encoding: str) -> bool:
    try:
        raw.decode(encoding)
        return True
    except UnicodeDecodeError:
        return False


_ENCODING_NAMES = {"utf-8": "UTF-8", "gb18030": "GBK", "big5hkscs": "Big5"}


def screen_lines(lines: list[str], rejected: list[tuple[int, str, str, dict]]) -> str:
    """Refuse, by line, a line holding a NUL byte or far longer than any roster line; the others
    are joined back into the text the CSV reader sees."""
    kept = []
    for number, line in enumerate(lines, start=1):
        if "\x00" in line:
            rejected.append((number, "nul_byte", QT_TRANSLATE_NOOP(
                "Errors", "line {line}: the line holds a NUL byte (binary data); it was not imported."), {}))
            line = ""
        elif len(line) > MAX_LINE_CHARS:
            rejected.append((number, "line_too_long", QT_TRANSLATE_NOOP(
                "Errors", "line {line}: the line is {length} characters long, more than a roster line can be "
                          "({limit}); it was not imported."), {"length": len(line), "limit": MAX_LINE_CHARS}))
            line = ""
        kept.append(line)
    return "\n".join(kept)


def decode(data: bytes) -> tuple[str, str]:
    """The whole file as text and its encoding (lines another encoding than the rest become empty)."""
    lines, encoding, _rejected = decode_lines(data)
    return "\n".join(lines), encoding


def guess_delimiter(text: str) -> str:
    """csv.Sniffer on a sample; when it fails or disagrees with the header line, count in that line."""
    sample = text[:SNIFF_BYTES]
    first_line = sample.split("\n", 1)[0]
    try:
        sniffed = csv.Sniffer().sniff(sample, delimiters=",;\t|").delimiter
    except csv.Error:
        sniffed = ""
    if sniffed and sniffed in first_line:
        return sniffed
    counts = {d: first_line.count(d) for d in (",", ";", "\t", "|")}
    best = max(counts, key=counts.get)
    return best if counts[best] else ","


def read_csv_text(text: str) -> tuple[list[str], list[tuple[int, list[str]]], str]:
    """Rows keep the physical line they start on; a quoted cell may span lines."""
    delimiter = guess_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    headers: list[str] | None = None
    rows: list[tuple[int, list[str]]] = []
    previous_end = 0
    try:
        for cells in reader:
            line, previous_end = previous_end + 1, reader.line_num
            if headers is None:
                if any(c.strip() for c in cells):
                    headers = [c.strip() for c in cells]
                continue
            rows.append((line, cells))
    except csv.Error as error:
        raise _file_error("bad_csv", QT_TRANSLATE_NOOP(
            "Errors", "line {line}: the file cannot be read as CSV ({detail})."),
            line=reader.line_num, detail=str(error)) from None
    return headers or [], rows, delimiter


# -- spreadsheets --------------------------------------------------------------------------
def cell_text(value) -> str:
    """Excel numbers back to the digits people typed: 13800138000.0 → ``13800138000``."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, int):
        return str(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


def read_xlsx(path: Path, rejected: list | None = None) -> tuple[list[str], list[tuple[int, list[str]]]]:
    from openpyxl import load_workbook  # only when a spreadsheet is opened
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for a damaged file
        raise _file_error("bad_xlsx", QT_TRANSLATE_NOOP(
            "Errors", "{file} cannot be opened as an Excel workbook ({detail})."),
            file=path.name, detail=type(error).__name__) from None
    rejected = rejected if rejected is not None else []
    try:
        sheet = book.worksheets[0]
        headers: list[str] | None = None
        rows: list[tuple[int, list[str]]] = []
        for line, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            cells = [cell_text(v) for v in values]
            if headers is not None and (any("\x00" in c for c in cells) or sum(map(len, cells)) > MAX_LINE_CHARS):
                rejected.append((line, "line_too_long", QT_TRANSLATE_NOOP(
                    "Errors", "line {line}: the row holds binary data or is {length} characters long (at most "
                              "{limit}); it was not imported."), {"length": sum(map(len, cells)), "limit": MAX_LINE_CHARS}))
                continue
            if headers is None:
                if any(c.strip() for c in cells):
                    headers = [c.strip() for c in cells]
                continue
            rows.append((line, cells))
    finally:
        book.close()
    if headers:
        while headers and not headers[-1]:  # read-only sheets report the widest row's width
            headers.pop()
    return headers or [], rows


def number_text(raw: str) -> tuple[str, bool]:
    """Undo Excel's scientific notation when no digit was lost: ``1.3800138E+10`` → ``13800138000``.
    Returns (text, digits_lost): ``1.38001E+10`` kept only 6 of 11 digits and is not a number."""
    whole = _FLOAT_WHOLE.match(raw)
    if whole:
        return whole.group(1), False
    if not _SCIENTIFIC.match(raw):
        return raw, False
    mantissa = raw.strip().lower().partition("e")[0].lstrip("+-")
    try:
        value = Decimal(raw.strip().replace(",", "."))
    except InvalidOperation:
        return raw, False
    if value != value.to_integral_value():
        return raw, True
    whole = str(int(value))
    significant = len(mantissa.replace(".", "").replace(",", "").lstrip("0"))
    return whole, significant < len(whole)


# -- the file ------------------------------------------------------------------------------
def read_roster(path: str | Path) -> RosterTable:
    """A whole roster file as text rows; a file that cannot be read raises ValidationError."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".xls":
        raise _file_error("old_excel", QT_TRANSLATE_NOOP(
            "Errors", "{file} is an old Excel 97 file; save it as XLSX or CSV UTF-8 first."), file=path.name)
    try:
        if suffix in (".xlsx", ".xlsm"):
            rejected = []
            headers, rows = read_xlsx(path, rejected)
            table = RosterTable(path, "xlsx", headers, rows, rejected=rejected)
        else:
            data = path.read_bytes()
            try:
                lines, encoding, rejected = decode_lines(data)
            except ValidationError as error:
                error.params["file"] = path.name
                raise
            if _mostly_binary(lines):
                raise _file_error("binary", QT_TRANSLATE_NOOP(
                    "Errors", "{file} is not a text file; save the roster as CSV or XLSX."), file=path.name)
            text = screen_lines(lines, rejected)
            headers, rows, delimiter = read_csv_text(text)
            table = RosterTable(path, "csv", headers, rows, encoding=encoding, delimiter=delimiter,
                                rejected=sorted(rejected))
    except OSError as error:
        raise _file_error("unreadable", QT_TRANSLATE_NOOP(
            "Errors", "{file} cannot be read: {detail}"), file=path.name, detail=error.strerror or str(error)) from None
    if not table.headers:
        raise _file_error("empty_roster", QT_TRANSLATE_NOOP(
            "Errors", "{file} is empty: the first line should name the columns."), file=path.name)
    table.mapping = recognise_headers(table.headers)
    if "name" not in table.mapping:
        _skip_title_rows(table)
    return table


def _mostly_binary(lines: list[str]) -> bool:
    """A picture or a zip renamed .csv: NUL bytes in the first line or in many lines."""
    sample = [line for line in lines[:200] if line]
    if not sample:
        return False
    with_nul = sum("\x00" in line for line in sample)
    return "\x00" in sample[0] or with_nul * 4 > len(sample)


def _skip_title_rows(table: RosterTable, look_at: int = 10) -> None:
    """HR exports often start with a title ("2026 骑手名单") above the real header row."""
    for index, (_line, cells) in enumerate(table.rows[:look_at]):
        mapping = recognise_headers([c.strip() for c in cells])
        if "name" in mapping:
            table.headers = [c.strip() for c in cells]
            table.rows = table.rows[index + 1:]
            table.mapping = mapping
            return


def apply_mapping(table: RosterTable, mapping: dict[str, str | int | None] | None) -> dict[str, int]:
    """The recognised columns, overridden by ``mapping`` (field → header text or column index,
    None or "" to ignore a column); a roster without a name column is refused."""
    result = dict(table.mapping)
    for field_name, column in (mapping or {}).items():
        if field_name not in FIELDS:
            raise _file_error("bad_field", QT_TRANSLATE_NOOP(
                "Errors", "'{field}' is not a roster field; use one of {fields}."),
                field=field_name, fields=", ".join(FIELDS))
        if column is None or column == "":
            result.pop(field_name, None)
        elif isinstance(column, int):
            if not 0 <= column < len(table.headers):
                raise _file_error("bad_column", QT_TRANSLATE_NOOP(
                    "Errors", "The file has no column {column}."), column=column + 1)
            result[field_name] = column
        else:
            result[field_name] = _find_header(table.headers, column)
    if "name" not in result:
        raise _file_error("no_name_column", QT_TRANSLATE_NOOP(
            "Errors", "{file}: no column holds the names. The first line should name the columns "
                      "(for example 姓名, Name, Nombre or Nome); found: {headers}."),
            file=table.path.name, headers=", ".join(h for h in table.headers if h) or "-")
    return result


def _find_header(headers: list[str], wanted: str) -> int:
    for candidates in (headers, [fold_header(h) for h in headers]):
        key = wanted.strip() if candidates is headers else fold_header(wanted)
        if key in candidates:
            return candidates.index(key)
    raise _file_error("no_such_column", QT_TRANSLATE_NOOP(
        "Errors", "The file has no column '{column}'; its columns are: {headers}."),
        column=wanted, headers=", ".join(headers))
