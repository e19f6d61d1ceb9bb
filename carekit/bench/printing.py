"""Printing figures: badges/s (both cores and one), bytes per badge, certificates/s, and the
naive way (qrcode → PIL image → drawImage per badge) measured in the same run for the ratio."""

from __future__ import annotations

import io
import os
import time
from pathlib import Path
from typing import Iterator

from carekit.printing.badges import BadgeData, render_badges
from carekit.printing.certificates import CertificateData, render_certificates
from carekit.printing.layouts import get_layout
from carekit.security import certificates as signing
from carekit.security.tokens import badge_serial, make_token, new_key

ITEMS = 2000
NAIVE_SAMPLE = 300  # the naive way is slow; its rate is measured on fewer badges


def sample_badges(count: int) -> list[BadgeData]:
    from carekit.domain.ids import new_id
    from carekit.services.demo import synthetic_people
    key, event_id = new_key(), new_id()
    badges = []
    for i, person in enumerate(synthetic_people(count)):
        rid = new_id()
        badges.append(BadgeData(person.name, person.romanised or "", ("worker", "family", "guest", "staff")[i % 4],
                                "深圳 会展中心 1号馆", badge_serial(rid), make_token(event_id, key, rid)))
    return badges


def naive_badges(badges: list[BadgeData]) -> bytes:
    """What a first version would do: a raster QR per badge, the library's automatic mask search."""
    import qrcode
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas
    from carekit.printing import fonts
    layout = get_layout("a4-2x4")
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=layout.page_size, pageCompression=1)
    for slot, badge in enumerate(badges):
        x, y = layout.slot_origin(slot % layout.per_page)
        image = qrcode.make(badge.token, error_correction=qrcode.constants.ERROR_CORRECT_M).get_image()
        canvas.drawImage(ImageReader(image), x + 160, y + 20, 100, 100)
        for font, part in fonts.split_runs(badge.name)[0]:
            canvas.setFont(font, 24)
            canvas.drawString(x + 10, y + 120, part)
        if slot % layout.per_page == layout.per_page - 1:
            canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def sample_certificates(count: int) -> list[CertificateData]:
    pair = signing.generate_key()
    print_ = signing.fingerprint(pair.public_key)
    certs = []
    for i, badge in enumerate(sample_badges(count)):
        fields = signing.CertificateFields(f"C-{i:04d}-BNCH", badge.name, "FA-1", "2026-12-05", "2028-12-05")
        certs.append(CertificateData(badge.name, "基础急救 Basic first aid", "FA-1", fields.issued, fields.expires,
                                     "Dr. María Peña", fields.serial, signing.sign_code(fields, pair.private_key),
                                     print_, "Rider Care NGO", "zh_CN"))
    return certs


def run(workdir: Path, people: int) -> Iterator[dict]:
    badges = sample_badges(ITEMS)
    layout = get_layout("a4-2x4")
    render_badges(badges[:50], layout)  # load fonts once, as the app does at its first print
    for workers in (min(2, os.cpu_count() or 1), 1):
        started = time.perf_counter()
        result = render_badges(badges, layout, workers=workers)
        seconds = time.perf_counter() - started
        figure = {"figure": "badges_batch_pdf", "layout": layout.name, "badges": ITEMS, "workers": workers,
                  "seconds": round(seconds, 2), "badges_per_s": round(ITEMS / seconds),
                  "bytes_per_badge": round(len(result.pdf) / ITEMS)}
        if workers > 1:
            figure.update(budget_badges_per_s=500, budget_bytes_per_badge=2048)
            fast_rate = ITEMS / seconds
        yield figure
    (workdir / "badges.pdf").write_bytes(result.pdf)
    started = time.perf_counter()
    naive = naive_badges(badges[:NAIVE_SAMPLE])
    seconds = time.perf_counter() - started
    yield {"figure": "badges_naive_raster_qr", "badges": NAIVE_SAMPLE, "badges_per_s": round(NAIVE_SAMPLE / seconds),
           "bytes_per_badge": round(len(naive) / NAIVE_SAMPLE),
           "speed_ratio_vector_vs_naive": round(fast_rate / (NAIVE_SAMPLE / seconds), 1)}
    certs = sample_certificates(ITEMS)
    started = time.perf_counter()
    result = render_certificates(certs, workers=min(2, os.cpu_count() or 1))
    seconds = time.perf_counter() - started
    yield {"figure": "certificates_batch_pdf", "certificates": ITEMS, "seconds": round(seconds, 2),
           "certificates_per_s": round(ITEMS / seconds), "bytes_per_certificate": round(len(result.pdf) / ITEMS),
           "budget_certificates_per_s": 400}
