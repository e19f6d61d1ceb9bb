"""Bundles bounded before they are read: a small file that unpacks to a gibibyte is refused with
little memory, and a bundle with members no bundle has is refused."""

from __future__ import annotations

import hashlib
import io
import json
import subprocess
import sys
import zipfile
import zlib
from pathlib import Path

import pytest

from carekit.services import sync
from carekit.store.journal import read_local
from carekit.sync import bundle

from tests.security.conftest import make_event

GIB = 1 << 30
IMPORTER = """
import json, sys
from carekit.services import operators, sync
from carekit.store.db import Database
ws = operators.sign_in(Database(sys.argv[1]), "Lin", "246810")
try:
    sync.import_bundle(ws, sys.argv[2])
    reason = "imported"
except sync.SyncRefused as refused:
    reason = refused.reason
# VmHWM, not ru_maxrss: the latter survives fork+exec and would report the test process's peak.
peak = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM:"))
print(json.dumps({"reason": reason, "peak_mb": peak / 1024}))
"""


def _zeros_deflated(size: int) -> bytes:
    pack, chunk, out = zlib.compressobj(9), bytes(1 << 20), []
    for _ in range(size // len(chunk)):
        out.append(pack.compress(chunk))
    out.append(pack.flush())
    return b"".join(out)


def _import_in_a_child(db_path: Path, bundle_path: Path) -> dict:
    done = subprocess.run([sys.executable, "-c", IMPORTER, str(db_path), str(bundle_path)],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    event = make_event(tmp_path_factory.mktemp("bombs") / "event")
    yield event
    event.close()


def test_a_payload_that_unpacks_to_a_gibibyte_is_refused_with_little_memory(made):
    """The desk laptop holds the sync key, so it can encrypt and sign anything: a zlib bomb too."""
    with made.desk.db.session() as session:
        local = read_local(session)
        event_key = session.connection().exec_driver_sql("SELECT sync_key FROM event").scalar()
    private, public, endorsement = sync.ensure_device_key(made.desk.db)
    plain = _zeros_deflated(GIB)
    assert len(plain) < 2 << 20  # about 1 MB on the stick
    manifest = {"event_id": local["event_id"], "device_id": local["device_id"], "public_key": public,
                "endorsement": endorsement, "format": bundle.FORMAT,
                "payload_sha256": hashlib.sha256(plain).hexdigest(), "payload_bytes": len(plain)}
    manifest_bytes = json.dumps(manifest, sort_keys=True).encode()
    import base64
    import secrets
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    from carekit.security import device_keys
    nonce = secrets.token_bytes(12)
    ciphertext = nonce + AESGCM(base64.b64decode(event_key)).encrypt(nonce, plain, manifest_bytes)
    members = {"manifest.json": manifest_bytes, "payload.bin": ciphertext,
               "signature": device_keys.sign(private, bundle._signed_message(manifest_bytes, ciphertext))}
    path = made.folder / "bomb.ckbundle"
    bundle.write_bundle(path, members)
    result = _import_in_a_child(made.coordinator.db.path, path)
    assert result["reason"] == "too_large"
    assert result["peak_mb"] < 200


def test_a_zip_member_that_unpacks_to_a_gibibyte_is_refused_before_it_is_unpacked(made):
    good = made.folder / "good.ckbundle"
    sync.export_bundle(made.desk, good)
    with zipfile.ZipFile(good) as archive:
        parts = {n: archive.read(n) for n in archive.namelist()}
    path = made.folder / "zip-bomb.ckbundle"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("manifest.json", parts["manifest.json"])
        archive.writestr("signature", parts["signature"])
        with archive.open("payload.bin", "w", force_zip64=True) as handle:
            chunk = bytes(1 << 20)
            for _ in range(GIB // len(chunk)):
                handle.write(chunk)
    assert path.stat().st_size < 4 << 20
    result = _import_in_a_child(made.coordinator.db.path, path)
    assert result["reason"] == "too_large" and result["peak_mb"] < 200


@pytest.mark.parametrize("extra", ["unknown", "duplicate"])
def test_a_bundle_with_a_member_no_bundle_has_is_refused(made, extra):
    good = made.folder / "plain.ckbundle"
    sync.export_bundle(made.desk, good)
    with zipfile.ZipFile(good) as archive:
        parts = [(n, archive.read(n)) for n in archive.namelist()]
    parts.append(("notes.txt", b"hello") if extra == "unknown" else parts[0])
    buffer = io.BytesIO()
    import warnings
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about the duplicate name, which is the point
        with zipfile.ZipFile(buffer, "w") as archive:
            for name, data in parts:
                archive.writestr(name, data)
    path = made.folder / f"{extra}.ckbundle"
    path.write_bytes(buffer.getvalue())
    with pytest.raises(sync.SyncRefused) as refused:
        sync.import_bundle(made.coordinator, path)
    assert refused.value.reason == "unexpected_member"
    assert ("notes.txt" if extra == "unknown" else "manifest.json") in refused.value.message


def test_an_honest_bundle_still_goes_through(made):
    path = made.folder / "honest.ckbundle"
    sync.export_bundle(made.desk, path)
    assert sync.import_bundle(made.coordinator, path).device == "desk 2"
