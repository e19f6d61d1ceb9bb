"""A bundle's payload is parsed as it is inflated, a piece of text at a time: whatever the pieces
cut through (a name, a stamp, a number), the content read is the content written, and a payload
that is not one whole document, or is too large, is refused as before."""

from __future__ import annotations

import json
import random
import zlib

import pytest

from carekit.sync import bundle
from carekit.sync.bundle import Content, OversizedError, decode_content, encode_content

NAMES = ["张伟", "王芳", "Nguyễn Văn An", "João Conceição", "𠀋𡈽 Ext-B", "สมชาย", "María José"]


def _content(revisions: int, checkins: int) -> Content:
    rng = random.Random(7)
    revs = []
    for i in range(revisions):
        changes = {"name": rng.choice(NAMES) + str(i), "phone": f"+86138{i:08d}", "staff_id": f"S{i}"}
        revs.append((f"{1796173085129 + i:015d}.{i % 7:05d}.dev-{i % 3}", "event-1", "person", f"row-{i:08d}",
                     "op-1", json.dumps(changes, ensure_ascii=False, sort_keys=True), "{}", "{}"))
    facts = {"checkin": [{"id": f"c-{i}", "event_id": "event-1", "hlc": f"{i:015d}.00000.dev-0",
                          "registration_id": f"r-{i}", "desk": "desk 1", "at": "", "point": "entrance"}
                         for i in range(checkins)]}
    return Content(revs, facts, {"chains": {"dev-0": []}, "signatures": {"r:1": "c2ln"}})


def _payload(document: dict, **dumps) -> bytes:
    return zlib.compress(json.dumps(document, **dumps).encode("utf-8"), 3)


def test_a_payload_many_pieces_long_reads_back_exactly():
    content = _content(40_000, 20_000)  # several MB of text: pieces end inside every kind of value
    data = encode_content(content)
    assert len(zlib.decompress(data)) > 4 << 20
    assert decode_content(data) == content


def test_white_space_and_rows_written_before_their_columns_read_the_same():
    content = _content(300, 200)
    document = json.loads(zlib.decompress(encode_content(content)))
    document["facts"] = {table: {"rows": block["rows"], "columns": block["columns"]}
                         for table, block in document["facts"].items()}
    reordered = {"proofs": document["proofs"], "facts": document["facts"], "revisions": document["revisions"]}
    assert decode_content(_payload(reordered, indent=2, ensure_ascii=False)) == content


@pytest.mark.parametrize("text", [
    '{"revisions": [], "facts": {}} {"revisions": []}',  # a second document after the first
    '{"revisions": [["a", "b"]], "facts": {}}',  # a revision with too few fields
    '{"revisions": [], "facts": {}, "proofs": "signed"}',  # proofs that are not an object
    '{"facts": {}}',  # no revisions
    '{"revisions": [], "facts": {"checkin": {"rows": []}}}',  # rows without their columns
    '{"revisions": [], "facts": {}',  # cut short
    '[]',
])
def test_a_payload_that_is_not_one_whole_document_is_refused(text):
    with pytest.raises((ValueError, KeyError)) as refused:  # open_sealed names both "tampered"
        decode_content(zlib.compress(text.encode(), 3))
    assert not isinstance(refused.value, OversizedError)


def test_an_unreadable_payload_past_the_bounds_is_refused_as_too_large():
    """Parsing stops at the first byte, but the payload is still unpacked to its bound, so it is
    named for what it is."""
    data = zlib.compress(b"\0" * (bundle.RATIO_FREE_BYTES + (8 << 20)), 9)
    with pytest.raises(OversizedError):
        decode_content(data)
