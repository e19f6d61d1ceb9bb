"""QR codes as vector paths, built fast.

The ``qrcode`` library's automatic version and mask search costs ~6 ms per code; a batch of
thousands of badges cannot afford it. Badge tokens have a fixed length (61 characters of the QR
alphanumeric set), so they always fit version 3 at error correction M in alphanumeric mode; the
version is found by arithmetic, never by trial encoding. Any of the eight masks is valid to a
reader (the search only improves a penalty score), so mask 2 is fixed; the tests decode a batch
with zbar to keep us honest.

Dark modules are drawn as one PDF path: each row's runs of dark modules become one rectangle,
in module units under a scaling matrix, so the operators stay short integers.
"""

from __future__ import annotations

import re
from functools import lru_cache

import qrcode
from qrcode.base import rs_blocks
from qrcode.constants import ERROR_CORRECT_M

ALPHANUMERIC = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
_ALNUM_VALUE = {c: i for i, c in enumerate(ALPHANUMERIC)}
FIXED_MASK = 2
BADGE_VERSION = 3  # 29×29 modules: a 61-character token at level M
QUIET_ZONE = 4  # modules of white the reader needs around the code

# GF(256) tables for Reed-Solomon with the QR polynomial x^8+x^4+x^3+x^2+1.
_EXP = [0] * 512
_LOG = [0] * 256
_value = 1
for _i in range(255):
    _EXP[_i] = _value
    _LOG[_value] = _i
    _value <<= 1
    if _value & 0x100:
        _value ^= 0x11D
for _i in range(255, 512):
    _EXP[_i] = _EXP[_i - 255]


@lru_cache(maxsize=None)
def _generator(degree: int) -> tuple[int, ...]:
    poly = [1]
    for i in range(degree):
        nxt = [0] * (len(poly) + 1)
        for j, coef in enumerate(poly):
            nxt[j] ^= coef
            if coef:
                nxt[j + 1] ^= _EXP[_LOG[coef] + i]
        poly = nxt
    return tuple(poly[1:])


@lru_cache(maxsize=None)
def _products(degree: int) -> tuple[tuple[int, ...], ...]:
    """For each byte value, that value times the generator's coefficients (0 gives zeros)."""
    gen_logs = [_LOG[g] for g in _generator(degree)]
    return (tuple([0] * degree),) + tuple(tuple(_EXP[_LOG[f] + g] for g in gen_logs) for f in range(1, 256))


def _ec_bytes(data: list[int], degree: int) -> list[int]:
    """Remainder of data·x^degree divided by the generator: the error-correction codewords."""
    products = _products(degree)
    rem = [0] * degree
    for byte in data:
        factor = byte ^ rem[0]
        rem = [r ^ g for r, g in zip(rem[1:] + [0], products[factor])] if factor else rem[1:] + [0]
    return rem


def _count_bits(alphanumeric: bool, version: int) -> int:
    if alphanumeric:
        return 9 if version < 10 else 11 if version < 27 else 13
    return 8 if version < 10 else 16


def _payload_bits(text: str) -> tuple[bool, str, int]:
    """(alphanumeric?, data bits after the count, character count)."""
    if all(c in _ALNUM_VALUE for c in text):
        pairs = [format(_ALNUM_VALUE[text[i]] * 45 + _ALNUM_VALUE[text[i + 1]], "011b")
                 for i in range(0, len(text) - 1, 2)]
        if len(text) % 2:
            pairs.append(format(_ALNUM_VALUE[text[-1]], "06b"))
        return True, "".join(pairs), len(text)
    raw = text.encode("utf-8")
    return False, "".join(format(b, "08b") for b in raw), len(raw)


@lru_cache(maxsize=64)
def _blocks(version: int, error_correction: int) -> tuple[tuple[int, int], ...]:
    return tuple((b.data_count, b.total_count - b.data_count) for b in rs_blocks(version, error_correction))


def codewords(text: str, error_correction: int = ERROR_CORRECT_M) -> tuple[int, list[int]]:
    """(version, interleaved data + error-correction codewords) for the smallest version that fits.

    Our own encoder: the library's bit buffer and polynomial classes cost milliseconds per code.
    """
    alphanumeric, bits, count = _payload_bits(text)
    for version in range(1, 41):
        blocks = _blocks(version, error_correction)
        capacity = sum(d for d, _ in blocks) * 8
        stream = ("0010" if alphanumeric else "0100") + format(count, f"0{_count_bits(alphanumeric, version)}b") + bits
        if len(stream) <= capacity:
            break
    else:
        raise ValueError("text too long for a QR code")
    stream += "0" * min(4, capacity - len(stream))
    stream += "0" * (-len(stream) % 8)
    data = [int(stream[i:i + 8], 2) for i in range(0, len(stream), 8)]
    data += [0xEC, 0x11] * ((capacity // 8 - len(data)) // 2 + 1)
    data = data[:capacity // 8]
    dc_blocks, ec_blocks, offset = [], [], 0
    for dc_count, ec_count in blocks:
        block = data[offset:offset + dc_count]
        offset += dc_count
        dc_blocks.append(block)
        ec_blocks.append(_ec_array(block, ec_count) if version >= ARRAY_FROM_VERSION else _ec_bytes(block, ec_count))
    out = [b[i] for i in range(max(len(b) for b in dc_blocks)) for b in dc_blocks if i < len(b)]
    out += [b[i] for i in range(max(len(b) for b in ec_blocks)) for b in ec_blocks if i < len(b)]
    return version, out


@lru_cache(maxsize=16)
def _layout(version: int, error_correction: int, mask: int) -> tuple[tuple[tuple[bool, ...], ...],
                                                                     tuple[tuple[int, int, bool], ...]]:
    """(function patterns and format bits, data positions in placement order with their mask bit),
    once per version: the library places the patterns, its zig-zag walk is repeated here, and each
    code then only sets its data bits (the library's own placement costs ~1 ms a code)."""
    code = qrcode.QRCode(version=version, error_correction=error_correction, mask_pattern=mask, border=0)
    code.data_cache = []
    code.map_data = lambda data, mask_pattern: None  # patterns only
    code.makeImpl(False, mask)
    modules, n = code.modules, code.modules_count
    is_masked = qrcode.util.mask_func(mask)
    positions = []
    row, step = n - 1, -1
    for col in range(n - 1, 0, -2):
        if col <= 6:
            col -= 1
        while True:
            for c in (col, col - 1):
                if modules[row][c] is None:
                    positions.append((row, c, bool(is_masked(row, c))))
            row += step
            if row < 0 or row >= n:
                row -= step
                step = -step
                break
    base = tuple(tuple(bool(m) for m in line) for line in modules)
    return base, tuple(positions)


def qr_matrix(text: str, error_correction: int = ERROR_CORRECT_M) -> list[list[bool]]:
    """Module matrix without quiet zone (True = dark), with the fixed mask."""
    version, data = codewords(text, error_correction)
    base, positions = _layout(version, error_correction, FIXED_MASK)
    matrix = [list(line) for line in base]
    bits = len(data) * 8
    for index, (r, c, masked) in enumerate(positions):
        dark = index < bits and (data[index >> 3] >> (7 - (index & 7))) & 1 == 1
        matrix[r][c] = dark != masked
    return matrix


_DARK_RUN = re.compile("1+")


def row_runs(matrix: list[list[bool]]) -> list[tuple[int, int, int]]:
    """(row, first column, length) for each run of dark modules."""
    return [(r, run.start(), run.end() - run.start()) for r, row in enumerate(matrix)
            for run in _DARK_RUN.finditer("".join("1" if m else "0" for m in row))]


def path_operators(matrix: list[list[bool]], x: float, y: float, size: float) -> str:
    """PDF content operators drawing ``matrix`` with its lower-left corner at (x, y), ``size``
    points wide, quiet zone not included (the caller leaves it white). Fills in black."""
    n = len(matrix)
    scale = size / n
    # Module units under a scaling matrix; rows flipped so row 0 is at the top.
    parts = [f"q 0 g {scale:.4f} 0 0 {scale:.4f} {x:.2f} {y:.2f} cm"]
    parts += [f"{c} {n - 1 - r} {w} 1 re" for r, c, w in row_runs(matrix)]
    parts.append("f Q")
    return "\n".join(parts)


def qr_operators(text: str, x: float, y: float, side: float) -> str:
    """The code for ``text`` centred in a ``side``-point square that includes its quiet zone."""
    version, data = codewords(text)
    if version >= ARRAY_FROM_VERSION:
        return _array_operators(version, data, x, y, side)
    matrix = qr_matrix(text)
    modules = len(matrix)
    code_side = side * modules / (modules + 2 * QUIET_ZONE)
    offset = (side - code_side) / 2
    return path_operators(matrix, x + offset, y + offset, code_side)


# A certificate's CKC2 code is a QR of version 10 or more (about 60×60 modules): placing its bits and
# finding its dark runs one module at a time in Python is most of a certificate's printing cost.
# With numpy each is a few array operations; badges' small codes stay on the plain path.
ARRAY_FROM_VERSION = 7


@lru_cache(maxsize=16)
def _array_layout(version: int, error_correction: int, mask: int):
    import numpy as np
    base, positions = _layout(version, error_correction, mask)
    n = len(base)
    flat = np.array([r * n + c for r, c, _ in positions], dtype=np.intp)
    masked = np.array([m for _, _, m in positions], dtype=np.uint8)
    return np.array(base, dtype=np.uint8).ravel(), flat, masked, n


@lru_cache(maxsize=32)
def _ec_table(length: int, degree: int):
    """Reed-Solomon is linear over GF(2): the codewords of a block are the XOR of what each set data
    bit contributes alone. One row per data bit, computed once per block shape."""
    import numpy as np
    rows = []
    for index in range(length * 8):
        unit = [0] * length
        unit[index >> 3] = 0x80 >> (index & 7)
        rows.append(_ec_bytes(unit, degree))
    return np.array(rows, dtype=np.uint8)


def _ec_array(block: list[int], degree: int) -> list[int]:
    """``_ec_bytes`` for a long block, by table."""
    import numpy as np
    table = _ec_table(len(block), degree)
    bits = np.unpackbits(np.frombuffer(bytes(block), dtype=np.uint8)).astype(bool)
    return np.bitwise_xor.reduce(table[bits], axis=0).tolist() if bits.any() else [0] * degree


def qr_array(version: int, data: list[int], error_correction: int = ERROR_CORRECT_M):
    """The module matrix as an n×n uint8 array (1 = dark): the same modules as ``qr_matrix``."""
    import numpy as np
    base, flat, masked, n = _array_layout(version, error_correction, FIXED_MASK)
    bits = np.zeros(len(flat), dtype=np.uint8)
    stream = np.unpackbits(np.frombuffer(bytes(data), dtype=np.uint8))[:len(flat)]
    bits[:len(stream)] = stream
    modules = base.copy()
    modules[flat] = bits ^ masked
    return modules.reshape(n, n)


def _array_operators(version: int, data: list[int], x: float, y: float, side: float) -> str:
    import numpy as np
    matrix = qr_array(version, data)
    n = matrix.shape[0]
    code_side = side * n / (n + 2 * QUIET_ZONE)
    offset = (side - code_side) / 2
    scale = code_side / n
    edges = np.diff(np.pad(matrix.astype(np.int8), ((0, 0), (1, 1))), axis=1)
    starts, ends = np.nonzero(edges == 1), np.nonzero(edges == -1)  # row-major: runs pair up in order
    rows, cols, widths = starts[0], starts[1], ends[1] - starts[1]
    head = f"q 0 g {scale:.4f} 0 0 {scale:.4f} {x + offset:.2f} {y + offset:.2f} cm"
    body = map("{} {} {} 1 re".format, cols.tolist(), (n - 1 - rows).tolist(), widths.tolist())
    return "\n".join((head, *body, "f Q"))
