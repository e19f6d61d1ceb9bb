"""Certificates: A4 landscape, in the event's language and English, with the signed QR code.

The wording is document text for a chosen language (not the operator's screen language), so it
is a table here rather than Qt translations.
"""

from __future__ import annotations

import io
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from typing import Callable, Sequence

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from carekit.printing import fonts
from carekit.printing.dates import date_words
from carekit.printing.badges import Cancelled, RenderResult, pool_context
from carekit.printing.qr import qr_operators

WORDING = {
    "en": {"title": "Certificate of Training", "certifies": "This certifies that", "completed":
           "has completed the course", "issued": "Issued", "expires": "Valid until", "trainer": "Trainer",
           "serial": "Serial", "key": "Key fingerprint", "verify": "Scan to verify"},
    "zh_CN": {"title": "培训合格证书", "certifies": "兹证明", "completed": "已完成以下课程", "issued": "颁发日期",
              "expires": "有效期至", "trainer": "培训师", "serial": "证书编号", "key": "密钥指纹", "verify": "扫码验证"},
    "zh_TW": {"title": "培訓合格證書", "certifies": "茲證明", "completed": "已完成以下課程", "issued": "頒發日期",
              "expires": "有效期至", "trainer": "培訓師", "serial": "證書編號", "key": "金鑰指紋", "verify": "掃碼驗證"},
    "es": {"title": "Certificado de formación", "certifies": "Se certifica que", "completed":
           "ha completado el curso", "issued": "Emitido", "expires": "Válido hasta", "trainer": "Instructor",
           "serial": "Número", "key": "Huella de la clave", "verify": "Escanee para verificar"},
    "pt_BR": {"title": "Certificado de treinamento", "certifies": "Certificamos que", "completed":
              "concluiu o curso", "issued": "Emitido em", "expires": "Válido até", "trainer": "Instrutor",
              "serial": "Número", "key": "Impressão digital da chave", "verify": "Escaneie para verificar"},
}


@dataclass(frozen=True)
class CertificateData:
    holder: str
    course_name: str
    course_code: str
    issued: str  # ISO date, printed in words by date_words
    expires: str
    trainer: str
    serial: str
    code: str  # the signed CKC1… code the QR carries
    fingerprint: str
    organisation: str = ""
    language: str = "zh_CN"  # event language; English is always printed too


def _words(language: str) -> tuple[dict, dict | None]:
    """(first language, English second or None when the event language is English)."""
    first = WORDING.get(language) or WORDING.get(language.split("_")[0]) or WORDING["en"]
    return first, None if first is WORDING["en"] else WORDING["en"]


def _text(canvas: Canvas, text: str, size: float, x: float, y: float, *, centre: bool = False,
          max_width: float | None = None, warnings: list[str] | None = None) -> None:
    runs, missing = fonts.split_runs(text)
    if missing and warnings is not None:
        warnings.append(f"no font has {' '.join(f'U+{ord(c):04X}' for c in missing)} in {text!r}")
    if max_width:
        size = fonts.fit_size(runs, max_width, size, size * 0.4)
    if centre:
        x -= fonts.runs_width(runs, size) / 2
    for font, part in runs:
        canvas.setFont(font, size)
        canvas.drawString(x, y, part)
        x += fonts.runs_width([(font, part)], size)


def _label(first: dict, second: dict | None, key: str) -> str:
    return first[key] if second is None else f"{first[key]} / {second[key]}"


def _date(language: str, second: dict | None, iso: str) -> str:
    """The date in the first language, then in English when the certificate is bilingual."""
    first = date_words(iso, language)
    return first if second is None else f"{first} / {date_words(iso, 'en')}"


QR_SIDE = 52 * mm
QR_X, QR_Y = landscape(A4)[0] - 30 * mm - QR_SIDE, 24 * mm
PARALLEL_FROM = 200
CHUNK = 100


def qr_for(codes: Sequence[str]) -> list[str]:
    """The QR path of each code at its place on the page (run in a helper process for batches)."""
    return [qr_operators(code, QR_X, QR_Y, QR_SIDE) for code in codes]


def _batch_key(cert: CertificateData) -> tuple:
    """What certificates of one session share: drawn once per batch as a form, placed on each page."""
    return (cert.language, cert.course_name, cert.course_code, cert.issued, cert.expires, cert.trainer,
            cert.fingerprint, cert.organisation)


def _draw_shared(canvas: Canvas, cert: CertificateData, warnings: list[str]) -> None:
    width, height = landscape(A4)
    first, second = _words(cert.language)
    centre = width / 2
    canvas.setStrokeColorRGB(0.12, 0.44, 0.70)
    canvas.setLineWidth(3)
    canvas.rect(12 * mm, 12 * mm, width - 24 * mm, height - 24 * mm, stroke=1, fill=0)
    canvas.setFillColorRGB(0.12, 0.44, 0.70)
    _text(canvas, first["title"], 30, centre, height - 42 * mm, centre=True)
    if second:
        _text(canvas, second["title"], 16, centre, height - 52 * mm, centre=True)
    canvas.setFillColorRGB(0, 0, 0)
    _text(canvas, _label(first, second, "certifies"), 13, centre, height - 70 * mm, centre=True)
    _text(canvas, _label(first, second, "completed"), 13, centre, height - 102 * mm, centre=True)
    _text(canvas, f"{cert.course_name} ({cert.course_code})", 20, centre, height - 116 * mm, centre=True,
          max_width=width - 60 * mm, warnings=warnings)
    left = 30 * mm
    rows = [("issued", _date(cert.language, second, cert.issued)), ("expires", _date(cert.language, second, cert.expires)),
            ("trainer", cert.trainer),
            ("serial", None), ("key", cert.fingerprint)]
    y = 68 * mm
    for key, value in rows:
        _text(canvas, _label(first, second, key), 10, left, y)
        if value is not None:
            _text(canvas, value, 12, left + 62 * mm, y, max_width=95 * mm, warnings=warnings)
        y -= 8 * mm
    if cert.organisation:
        _text(canvas, cert.organisation, 11, left, 22 * mm, max_width=150 * mm, warnings=warnings)
    canvas.setFillColorRGB(0, 0, 0)
    _text(canvas, _label(first, second, "verify"), 9, QR_X + QR_SIDE / 2, QR_Y - 2 * mm, centre=True)


def _draw_own(canvas: Canvas, cert: CertificateData, warnings: list[str], qr: str | None) -> None:
    width, height = landscape(A4)
    canvas.setFillColorRGB(0, 0, 0)
    _text(canvas, cert.holder, 34, width / 2, height - 88 * mm, centre=True, max_width=width - 60 * mm,
          warnings=warnings)
    _text(canvas, cert.serial, 12, 30 * mm + 62 * mm, 68 * mm - 3 * 8 * mm, max_width=95 * mm, warnings=warnings)
    # QR bottom right with its quiet zone; the verify caption under it (in the shared part).
    canvas.addLiteral(qr if qr is not None else qr_for([cert.code])[0])


def draw_certificate(canvas: Canvas, cert: CertificateData, warnings: list[str], qr: str | None = None,
                     forms: dict | None = None) -> None:
    """One page. With ``forms`` (a dict kept for the batch) what the session's certificates share
    is drawn once as a form XObject and placed on each page: most of a page's text, drawn once."""
    if forms is None:
        _draw_shared(canvas, cert, warnings)
    else:
        key = _batch_key(cert)
        name = forms.get(key)
        if name is None:
            name = forms[key] = f"shared{len(forms)}"
            canvas.beginForm(name)
            _draw_shared(canvas, cert, warnings)
            canvas.endForm()
        canvas.doForm(name)
    _draw_own(canvas, cert, warnings, qr)


def render_certificates(certs: Sequence[CertificateData], *, workers: int = 1,
                        progress: Callable[[int, int], bool] | None = None) -> RenderResult:
    """One page per certificate. With ``workers`` > 1 a helper process builds the QR codes
    (the costly part) while this process draws."""
    fonts.available_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=landscape(A4), pageCompression=1, invariant=1)
    canvas.setTitle("Certificates")
    canvas.setCreator("CareKit")
    warnings: list[str] = []
    chunks = [certs[i:i + CHUNK] for i in range(0, len(certs), CHUNK)]
    pool = None
    try:
        if workers > 1 and len(certs) >= PARALLEL_FROM:
            pool = ProcessPoolExecutor(max_workers=max(1, workers - 1), mp_context=pool_context())
            qr_chunks = pool.map(qr_for, [[c.code for c in chunk] for chunk in chunks])
        else:
            qr_chunks = (qr_for([c.code for c in chunk]) for chunk in chunks)
        done, forms = 0, {}
        for chunk, qrs in zip(chunks, qr_chunks):
            for cert, qr in zip(chunk, qrs):
                draw_certificate(canvas, cert, warnings, qr, forms)
                canvas.showPage()
            done += len(chunk)
            if progress is not None and progress(done, len(certs)) is False:
                raise Cancelled()
    finally:
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)
    if not certs:
        canvas.showPage()
    canvas.save()
    return RenderResult(buffer.getvalue(), len(certs), max(1, len(certs)), warnings)
