"""The bundle file (``*.ckbundle``): what one laptop hands another, on a USB stick or a share.

A ZIP holding ``manifest.json`` (readable: format, app, event, device, counts, vector, digest),
``payload.bin`` (zlib-compressed JSON lines of revisions and facts, encrypted with AES-256-GCM
under the event's sync key, the manifest bytes as associated data) and ``signature`` (Ed25519 by
the exporting laptop over the manifest and the encrypted payload). Nothing here touches a
database: ``open_bundle`` either returns the verified content or raises ``BundleError``.
"""

from __future__ import annotations

import base64
import codecs
import hashlib
import io
import json
import os
import secrets
import tempfile
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from carekit.i18n import QT_TRANSLATE_NOOP
from carekit.security import device_keys

FORMAT = 2  # 2: revisions carry per-field causal contexts (lists of replaced heads)
SUFFIX = ".ckbundle"
MEMBERS = ("manifest.json", "payload.bin", "signature")
# Bounds checked before anything is decompressed or decrypted (README, "Bundles"): a full bundle of
# a 100 000-person event is 17 MB and unpacks to about 150 MB.
MAX_MEMBER_BYTES = {"manifest.json": 1 << 20, "signature": 1024, "payload.bin": 512 << 20}
MAX_PAYLOAD_PLAIN = 1 << 30  # the payload's JSON, unpacked
MAX_RATIO = 50  # unpacked / packed; JSON of revisions packs about 8:1
RATIO_FREE_BYTES = 16 << 20  # small payloads are not held to the ratio
REVISION_FIELDS = ("hlc", "event_id", "entity", "row_id", "operator_id", "changes", "parents", "meta")


class BundleError(ValueError):
    """Why a bundle is refused; ``reason`` is machine-readable, the template is for people."""

    def __init__(self, reason: str, template: str, **params: Any):
        self.reason, self.template, self.params = reason, template, params
        super().__init__(template.format(**params))


@dataclass
class Content:
    """Revisions as tuples in REVISION_FIELDS order; facts as row dicts per table."""
    revisions: list[tuple] = field(default_factory=list)
    facts: dict[str, list[dict]] = field(default_factory=dict)
    proofs: dict = field(default_factory=dict)  # {"chains": {device: links}, "signatures": {key: sig}}


def encode_content(content: Content) -> bytes:
    """One JSON document (one encoder call is several times faster than one per line)."""
    facts = {}
    for table, rows in sorted(content.facts.items()):
        columns = sorted(rows[0]) if rows else []
        facts[table] = {"columns": columns, "rows": [[row[c] for c in columns] for row in rows]}
    document = {"revisions": content.revisions, "facts": facts, "proofs": content.proofs}
    # ASCII with \u escapes: the receiver parses the text a piece at a time, and one character
    # beyond the BMP (a name in CJK Extension B) would make a piece four bytes per character;
    # escaped, it is one. Compressed, the escapes cost a few per cent.
    text = json.dumps(document, ensure_ascii=True, separators=(",", ":"))
    return zlib.compress(text.encode("ascii"), 3)


def _pieces(data: bytes, limit: int = MAX_PAYLOAD_PLAIN):
    """zlib, streamed with a bound: refused as soon as the output passes ``limit`` or grows more
    than MAX_RATIO times the input read so far (a "zip bomb" never reaches memory)."""
    stream = zlib.decompressobj()
    produced, step = 0, 1 << 16
    for start in range(0, len(data), step):
        chunk = data[start:start + step]
        while chunk:
            piece = stream.decompress(chunk, 1 << 20)
            chunk = stream.unconsumed_tail
            produced += len(piece)
            if produced > limit or (produced > RATIO_FREE_BYTES and produced > MAX_RATIO * (start + step)):
                raise OversizedError(produced)
            if piece:
                yield piece
    tail = stream.flush()
    if produced + len(tail) > limit:
        raise OversizedError(produced + len(tail))
    if tail:
        yield tail


def inflate(data: bytes, limit: int = MAX_PAYLOAD_PLAIN) -> bytes:
    return b"".join(_pieces(data, limit))


class OversizedError(ValueError):
    pass


class _Text:
    """The payload's JSON text, inflated a piece at a time as the parser reaches it: the whole
    text (150 MB for a 100 000-person event) is never held, only what is left of one piece."""

    def __init__(self, data: bytes):
        self._pieces = _pieces(data)
        self._utf8 = codecs.getincrementaldecoder("utf-8")()
        self.text, self.pos, self.ended = "", 0, False
        self._scan = json.JSONDecoder().raw_decode

    def more(self) -> bool:
        """Append the next piece (dropping what was parsed); False at the end of the payload."""
        if self.ended:
            return False
        piece = next(self._pieces, None)
        if piece is None:
            self.ended = True
            added = self._utf8.decode(b"", final=True)
        else:
            added = self._utf8.decode(piece)
        self.text, self.pos = self.text[self.pos:] + added, 0
        return True

    def char(self) -> str:
        """The next character that is not white space, consumed."""
        while True:
            text, pos = self.text, self.pos
            while pos < len(text) and text[pos] in " \t\n\r":
                pos += 1
            self.pos = pos
            if pos < len(text):
                self.pos = pos + 1
                return text[pos]
            if not self.more():
                raise ValueError("payload ends too early")

    def peek(self) -> str:
        found = self.char()
        self.pos -= 1
        return found

    def value(self) -> Any:
        """One JSON value, read again with more text when the piece ends inside it."""
        if self.pos >= len(self.text) or self.text[self.pos] in " \t\n\r":
            self.peek()
        while True:
            try:
                found, end = self._scan(self.text, self.pos)
            except ValueError:
                if self.more():
                    continue
                raise
            if end >= len(self.text) and self.more():
                continue  # a number or word may go on in the next piece
            self.pos = end
            return found

    def items(self, each: Callable[[Any], None]) -> None:
        """Each element of a JSON array, handed over as soon as it is read."""
        if self.char() != "[":
            raise ValueError("not a list")
        if self.peek() == "]":
            self.pos += 1
            return
        while True:
            each(self.value())
            separator = self.char()
            if separator == "]":
                return
            if separator != ",":
                raise ValueError("bad list")

    def members(self, each: Callable[[str], None]) -> None:
        """Each key of a JSON object; ``each`` reads its value."""
        if self.char() != "{":
            raise ValueError("not an object")
        if self.peek() == "}":
            self.pos += 1
            return
        while True:
            key = self.value()
            if type(key) is not str or self.char() != ":":
                raise ValueError("bad object")
            each(key)
            separator = self.char()
            if separator == "}":
                return
            if separator != ",":
                raise ValueError("bad object")

    def finish(self) -> None:
        """Nothing but white space may follow the document."""
        while True:
            if self.text[self.pos:].strip(" \t\n\r"):
                raise ValueError("extra data")
            self.pos = len(self.text)
            if not self.more():
                return

    def drain(self) -> None:
        """Inflate the rest, unkept: a payload past its bounds is refused as such, not as unreadable."""
        for _ in self._pieces:
            pass


def decode_content(data: bytes) -> Content:
    """Parsed as the text is inflated, one revision or fact at a time, each kept in its final form."""
    text = _Text(data)
    try:
        return _parse_content(text)
    except OversizedError:
        raise
    except (ValueError, TypeError, KeyError, IndexError, AttributeError):
        text.drain()
        raise


def _parse_content(text: _Text) -> Content:
    # The decoder makes a new string for every value; a full bundle repeats the event, table,
    # operator, desk and empty contexts hundreds of thousands of times: one object for each.
    # (A value that cannot be a key, a list where a string belongs, makes the payload unreadable.)
    seen: dict = {}
    shared = seen.setdefault

    revisions: list[tuple] = []
    facts: dict[str, list[dict]] = {}
    found: dict[str, Any] = {}
    width = len(REVISION_FIELDS)

    def revision(rev) -> None:
        if not isinstance(rev, list) or len(rev) != width:
            raise ValueError("bad revision")
        hlc, event, entity, row_id, operator, changes, parents, meta = rev
        revisions.append((hlc, shared(event, event), shared(entity, entity), row_id, shared(operator, operator),
                          changes, shared(parents, parents), shared(meta, meta)))

    def table(name: str) -> None:
        block: dict[str, Any] = {}
        rows: list = []

        def part(key: str) -> None:
            if key != "rows":
                block[key] = text.value()
                return
            block["rows"] = rows
            columns = block.get("columns")
            if columns is None:  # rows written before their columns: named once both are known
                text.items(rows.append)
            else:
                text.items(lambda row: rows.append(dict(zip(columns, map(shared, row, row)))))

        text.members(part)
        columns = block["columns"]
        if not isinstance(columns, list) or not isinstance(block["rows"], list):
            raise ValueError("bad facts")
        facts[name] = [row if isinstance(row, dict) else dict(zip(columns, map(shared, row, row))) for row in rows]

    def member(key: str) -> None:
        if key == "revisions":
            found[key] = revisions
            text.items(revision)
        elif key == "facts":
            found[key] = facts
            text.members(table)
        else:
            found[key] = text.value()

    text.members(member)
    text.finish()
    if "revisions" not in found or "facts" not in found:
        raise ValueError("not a payload")
    proofs = found.get("proofs") or {}
    if not isinstance(proofs, dict):
        raise ValueError("bad proofs")
    return Content(revisions, facts, proofs)


def _signed_message(manifest_bytes: bytes, ciphertext: bytes) -> bytes:
    return b"carekit bundle|" + hashlib.sha256(manifest_bytes).digest() + hashlib.sha256(ciphertext).digest()


def key_id(sync_key: str) -> str:
    """Names a sync key without giving it away, so a receiver picks the right one of the event's
    keys after a rotation (or says it lacks it) instead of trying them all."""
    return hashlib.sha256(b"carekit sync key id|" + base64.b64decode(sync_key)).hexdigest()[:16]


def seal(manifest: dict, content: Content, *, sync_key: str, private_key: str) -> dict[str, bytes]:
    """The three members of the ZIP; the manifest gains the plaintext's digest and size."""
    plain = encode_content(content)
    manifest = {**manifest, "format": FORMAT, "payload_sha256": hashlib.sha256(plain).hexdigest(),
                "payload_bytes": len(plain), "key_id": key_id(sync_key)}
    manifest_bytes = json.dumps(manifest, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")
    nonce = secrets.token_bytes(12)
    ciphertext = nonce + AESGCM(base64.b64decode(sync_key)).encrypt(nonce, plain, manifest_bytes)
    signature = device_keys.sign(private_key, _signed_message(manifest_bytes, ciphertext))
    return {"manifest.json": manifest_bytes, "payload.bin": ciphertext, "signature": signature}


def write_atomically_bytes(path: Path, data: bytes) -> int:
    """Temp file in the same folder, fsynced, then renamed: a half-written file never has the name."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    if hasattr(os, "O_DIRECTORY"):
        dir_fd = os.open(path.parent, os.O_DIRECTORY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
    return path.stat().st_size


def write_bundle(path: Path, members: dict[str, bytes]) -> int:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:  # the payload is compressed already
        for name, data in members.items():
            archive.writestr(name, data)
    return write_atomically_bytes(path, buffer.getvalue())


@dataclass
class Sealed:
    manifest: dict
    manifest_bytes: bytes
    ciphertext: bytes
    signature: bytes


def _read_members(archive: zipfile.ZipFile, name: str) -> dict[str, bytes]:
    """Exactly the three members, each within its bound (by the central directory, then while
    reading, since a crafted header may lie), before a byte of them is decompressed."""
    infos = archive.infolist()
    names = [info.filename for info in infos]
    unexpected = sorted({n for n in names if n not in MEMBERS} | {n for n in names if names.count(n) > 1})
    if unexpected or len(infos) != len(MEMBERS):
        raise BundleError("unexpected_member", QT_TRANSLATE_NOOP(
            "Errors", "{file} holds {member}, which a CareKit bundle never holds (or holds twice); "
                      "nothing was imported."), file=name, member=", ".join(unexpected) or "?")
    members = {}
    for info in infos:
        limit = MAX_MEMBER_BYTES[info.filename]
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > limit or (info.file_size > RATIO_FREE_BYTES and ratio > MAX_RATIO):
            raise BundleError("too_large", QT_TRANSLATE_NOOP(
                "Errors", "{file} is larger than a CareKit bundle may be ({member} unpacks to {size} MB); "
                          "nothing was imported."), file=name, member=info.filename,
                size=round(info.file_size / 1e6, 1))
        with archive.open(info) as handle:
            data = handle.read(limit + 1)
        if len(data) > limit:
            raise BundleError("too_large", QT_TRANSLATE_NOOP(
                "Errors", "{file} is larger than a CareKit bundle may be ({member} unpacks to {size} MB); "
                          "nothing was imported."), file=name, member=info.filename, size=round(len(data) / 1e6, 1))
        members[info.filename] = data
    return members


def read_sealed(path: Path) -> Sealed:
    """Read and check the container only (no keys needed): truncated, damaged or oversized files
    stop here."""
    name = Path(path).name
    try:
        with zipfile.ZipFile(path) as archive:
            members = _read_members(archive, name)
    except FileNotFoundError:
        raise BundleError("missing", QT_TRANSLATE_NOOP("Errors", "{file} does not exist."), file=name) from None
    except (zipfile.BadZipFile, KeyError, EOFError, zlib.error, OSError, NotImplementedError, RuntimeError):
        raise BundleError("damaged", QT_TRANSLATE_NOOP(
            "Errors", "{file} is not a complete CareKit bundle (truncated or damaged); "
                      "nothing was imported. Copy it again from the laptop that made it."), file=name) from None
    try:
        manifest = json.loads(members["manifest.json"])
        if not isinstance(manifest, dict) or not isinstance(manifest.get("format"), int):
            raise ValueError
    except ValueError:
        raise BundleError("damaged", QT_TRANSLATE_NOOP(
            "Errors", "{file} has an unreadable manifest; nothing was imported."), file=name) from None
    return Sealed(manifest, members["manifest.json"], members["payload.bin"], members["signature"])


def signature_holds(sealed: Sealed) -> bool:
    """Whether the manifest and payload are as the key the manifest names signed them (nothing
    else in the manifest is believed before this)."""
    return device_keys.verify(str(sealed.manifest.get("public_key", "")), sealed.signature,
                              _signed_message(sealed.manifest_bytes, sealed.ciphertext))


def open_sealed(sealed: Sealed, *, file: str, event_id: str, sync_key: str, known_public_key: str) -> Content:
    """Check, in order: the signature (so no other manifest field is believed before it holds),
    event, format, endorsement of the device key, the key this laptop knows, the payload."""
    manifest = sealed.manifest
    device, public_key = str(manifest.get("device_id", "")), str(manifest.get("public_key", ""))
    if not device_keys.verify(public_key, sealed.signature, _signed_message(sealed.manifest_bytes, sealed.ciphertext)):
        raise BundleError("bad_signature", QT_TRANSLATE_NOOP(
            "Errors", "{file} was changed after it was made (its signature does not match); "
                      "nothing was imported."), file=file)
    if manifest.get("event_id") != event_id:
        raise BundleError("wrong_event", QT_TRANSLATE_NOOP(
            "Errors", "{file} belongs to another event ({other}); nothing was imported."),
            file=file, other=str(manifest.get("event_name") or manifest.get("event_id")))
    if manifest["format"] > FORMAT:
        raise BundleError("newer_format", QT_TRANSLATE_NOOP(
            "Errors", "{file} was made by a newer CareKit (bundle format {format}, this app reads {known}). "
                      "Update CareKit on this laptop; nothing was imported."),
            file=file, format=manifest["format"], known=FORMAT)
    if not device_keys.is_endorsed(sync_key, event_id, device, public_key, str(manifest.get("endorsement", ""))):
        raise BundleError("unendorsed_device", QT_TRANSLATE_NOOP(
            "Errors", "{file} was signed by a laptop the event does not know; nothing was imported."), file=file)
    if known_public_key and known_public_key != public_key:
        raise BundleError("key_changed", QT_TRANSLATE_NOOP(
            "Errors", "{file} claims to come from {device}, but with another key than that laptop's; "
                      "nothing was imported."), file=file, device=str(manifest.get("device_name") or device))
    try:
        nonce, body = sealed.ciphertext[:12], sealed.ciphertext[12:]
        plain = AESGCM(base64.b64decode(sync_key)).decrypt(nonce, body, sealed.manifest_bytes)
        if hashlib.sha256(plain).hexdigest() != manifest.get("payload_sha256"):
            raise InvalidTag
        return decode_content(plain)
    except OversizedError as error:
        raise BundleError("too_large", QT_TRANSLATE_NOOP(
            "Errors", "{file} unpacks to more than a CareKit bundle may hold ({size} MB at least); "
                      "nothing was imported."), file=file, size=round(error.args[0] / 1e6, 1)) from None
    except (InvalidTag, ValueError, zlib.error, IndexError, TypeError, KeyError, AttributeError):
        raise BundleError("tampered", QT_TRANSLATE_NOOP(
            "Errors", "{file} could not be decrypted and checked with this event's key; nothing was imported."),
            file=file) from None
