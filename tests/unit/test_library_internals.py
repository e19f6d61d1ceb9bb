"""The private parts of libraries CareKit leans on, checked by name so an upgrade fails here.

Each use has a reason (speed of badge batches and roster imports, PDF text of rare names, the
CLI's per-area registration); if a new release moves or changes one, these tests say which and
in which version, instead of badges printing wrong or imports silently slowing down.
"""

from __future__ import annotations

import argparse
import inspect
from importlib import metadata

import phonenumbers
import qrcode
from qrcode.base import rs_blocks
from qrcode.constants import ERROR_CORRECT_M
from reportlab.pdfbase import ttfonts

from carekit.cli import build_parser
from carekit.printing import fonts
from carekit.printing.qr import FIXED_MASK, codewords, qr_matrix
from carekit.services.roster import _NUMBER_TYPES, FastPhones


def version(dist: str) -> str:
    return f"{dist} {metadata.version(dist)}"


def test_qrcode_still_places_modules_from_a_data_cache_we_fill():
    """printing/qr.py computes codewords itself and hands them to QRCode.makeImpl."""
    code = qrcode.QRCode(version=3, error_correction=ERROR_CORRECT_M, mask_pattern=FIXED_MASK, border=0)
    assert hasattr(code, "data_cache") and callable(getattr(code, "makeImpl", None)), version("qrcode")
    assert list(inspect.signature(code.makeImpl).parameters) == ["test", "mask_pattern"], version("qrcode")
    text = "CK1ABCDEFGHJKMNPQRSTVWXYZ0123456789ABCDEFGHJKMNPQ"
    reference = qrcode.QRCode(version=3, error_correction=ERROR_CORRECT_M, mask_pattern=FIXED_MASK, border=0)
    reference.add_data(text)
    reference.make(fit=False)
    assert qr_matrix(text) == reference.modules, f"{version('qrcode')} lays out modules differently"


def test_qrcode_block_table_keeps_its_shape():
    """rs_blocks(version, level) -> objects with data_count and total_count (QR spec table 9)."""
    blocks = rs_blocks(3, ERROR_CORRECT_M)
    assert [(b.data_count, b.total_count) for b in blocks] == [(44, 70)], version("qrcode")
    assert codewords("CK1" + "A" * 58)[0] == 3


def test_phonenumbers_metadata_has_what_the_quick_roster_path_reads():
    """services/roster.py FastPhones reads region metadata directly (10× faster than parsing)."""
    assert isinstance(phonenumbers.COUNTRY_CODE_TO_REGION_CODE, dict), version("phonenumbers")
    for region in ("CN", "BR", "MX", "HK", "TW"):
        meta = phonenumbers.PhoneMetadata.metadata_for_region(region)
        assert meta is not None, f"{version('phonenumbers')}: no metadata for {region}"
        for name in (*_NUMBER_TYPES, "general_desc", "international_prefix", "national_prefix",
                     "national_prefix_for_parsing"):
            assert hasattr(meta, name), f"{version('phonenumbers')}: metadata lost {name}"
        assert meta.general_desc.national_number_pattern and meta.general_desc.possible_length
    for region in ("CN", "BR", "MX"):
        assert FastPhones(region).usable, f"{version('phonenumbers')}: the quick path is off for {region}"


def test_reportlab_tounicode_hook_is_ours_and_keeps_its_signature():
    """printing/fonts.py rewrites reportlab's ToUnicode CMap so Extension B names survive pdftotext."""
    assert ttfonts.makeToUnicodeCMap is fonts._to_unicode_cmap, f"{version('reportlab')}: the hook is not installed"
    assert list(inspect.signature(fonts._reportlab_to_unicode).parameters) == ["fontname", "subset"], \
        version("reportlab")
    cmap = fonts._reportlab_to_unicode("F1", [0x41, 0x2003E])
    assert "begincmap" in cmap and "<0041>" in cmap, f"{version('reportlab')} writes CMaps differently"
    assert f"<{fonts._utf16_hex(0x2003E)}>" in fonts._to_unicode_cmap("F1", [0x41, 0x2003E])


def test_argparse_subparsers_action_is_what_each_cli_area_registers_on():
    """cli/*.py annotate register(sub: argparse._SubParsersAction)."""
    assert isinstance(argparse.ArgumentParser().add_subparsers(), argparse._SubParsersAction)
    sub = next(a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction))
    assert {"event", "search", "badges", "import-roster"} <= set(sub.choices)


def test_uuid6_still_keeps_the_last_millisecond_that_bulk_ids_carry_on_from():
    """domain/ids.py makes a roster's ids in one pass and hands uuid6 the last millisecond used."""
    import uuid

    import uuid6

    from carekit.domain.ids import new_id, new_ids
    before = new_id()
    assert isinstance(uuid6._last_v7_timestamp, int), version("uuid6")
    made = new_ids(50)
    after = new_id()
    assert [before, *made, after] == sorted({before, *made, after}), version("uuid6")
    assert uuid.UUID(made[-1]).int >> 80 < uuid.UUID(after).int >> 80 == uuid6._last_v7_timestamp, version("uuid6")
    assert all(uuid.UUID(i).version == 7 and uuid.UUID(i).variant == uuid.RFC_4122 and str(uuid.UUID(i)) == i
               for i in made)
