"""Our QR placement (the library's layout computed once per version, then only data bits set) gives
exactly the library's module matrix, for badge tokens and for longer or non-alphanumeric text."""

from __future__ import annotations

import random

import pytest
import qrcode

from carekit.printing import qr


def _library_matrix(text: str) -> list[list[bool]]:
    version, data = qr.codewords(text)
    code = qrcode.QRCode(version=version, error_correction=qrcode.constants.ERROR_CORRECT_M,
                         mask_pattern=qr.FIXED_MASK, border=0)
    code.data_cache = data
    code.makeImpl(False, qr.FIXED_MASK)
    return code.modules


@pytest.mark.parametrize("length", [1, 17, 61, 100, 250, 400])
def test_every_module_is_where_the_library_puts_it(length):
    rng = random.Random(length)
    token = "".join(rng.choice(qr.ALPHANUMERIC) for _ in range(length))
    assert qr.qr_matrix(token) == _library_matrix(token)
    words = "李秀英 María Peña " * (length // 15 + 1)
    assert qr.qr_matrix(words) == _library_matrix(words)


@pytest.mark.parametrize("length", [61, 150, 250, 334, 400, 700])
def test_long_codes_by_table_and_array_are_the_librarys_codewords_and_modules(length):
    """Certificates' long codes take the numpy path (Reed-Solomon by table, bits set by array)."""
    from qrcode import util
    rng = random.Random(length)
    text = "".join(rng.choice(qr.ALPHANUMERIC) for _ in range(length))
    version, data = qr.codewords(text)
    assert data == list(util.create_data(version, qrcode.constants.ERROR_CORRECT_M, [util.QRData(text)]))
    library = _library_matrix(text)
    assert qr.qr_array(version, data).astype(bool).tolist() == library
    n = len(library)
    side = 52 * n / (n + 2 * qr.QUIET_ZONE)
    plain = qr.path_operators(library, 10 + (52 - side) / 2, 20 + (52 - side) / 2, side)
    assert qr.qr_operators(text, 10, 20, 52) == plain
    assert (version >= qr.ARRAY_FROM_VERSION) == (length >= 250)  # badges (61) stay on the plain path
