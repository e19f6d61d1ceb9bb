"""Capability grants: which laptop may do what, provable offline from a chain of signatures.

The event creator's laptop key is the root and holds every capability. A *link* is a signature,
by an issuer's Ed25519 key, over ``event | device | device key | capabilities``. A chain is the
list of links from the root to one laptop; each link's issuer is the previous link's key, and
grants no capability its issuer lacks. Only a coordinator key may grant, except an *enrolment*
key: made for one setup file, it grants its own capabilities to each laptop that joins with
the file (which then forgets the enrolment key). A chain travels in every bundle, so a
receiver checks it with nothing but the root key it got from its own setup file.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass

from carekit.domain.authority import CAPABILITIES, COORDINATOR, EVERY
from carekit.security import device_keys

ENROLMENT = "enrol:"  # device field of a link made for a setup file, not for a laptop


def _message(event_id: str, device: str, key: str, caps: list[str], issuer: str) -> bytes:
    body = {"event": event_id, "device": device, "key": key, "caps": sorted(caps), "by": issuer}
    return b"carekit grant|" + json.dumps(body, sort_keys=True, separators=(",", ":")).encode()


def link(issuer_private: str, event_id: str, device: str, key: str, caps) -> dict:
    caps = sorted(set(caps))
    issuer = device_keys.public_key_of(issuer_private)
    signature = device_keys.sign(issuer_private, _message(event_id, device, key, caps, issuer))
    return {"device": device, "key": key, "caps": caps, "by": issuer, "sig": base64.b64encode(signature).decode()}


@dataclass(frozen=True)
class Verified:
    device: str
    key: str
    capabilities: frozenset[str]
    devices: tuple[str, ...]  # every device and enrolment the chain passes through


def verify_chain(chain: list, *, root_key: str, event_id: str, device: str, key: str) -> Verified | None:
    """The capabilities ``chain`` proves for ``device`` holding ``key``; None when it proves nothing."""
    if root_key and key == root_key and not chain:
        return Verified(device, key, EVERY, (device,))
    if not root_key or not isinstance(chain, list) or not chain:
        return None
    issuer, held, may_grant, passed = root_key, EVERY, True, []
    for index, item in enumerate(chain):
        try:
            caps = list(item["caps"])
            ok = (may_grant and item["by"] == issuer and set(caps) <= held and set(caps) <= set(CAPABILITIES)
                  and device_keys.verify(issuer, base64.b64decode(item["sig"]),
                                         _message(event_id, item["device"], item["key"], caps, issuer)))
        except (KeyError, TypeError, ValueError):
            return None
        if not ok:
            return None
        enrolment = str(item["device"]).startswith(ENROLMENT)
        if enrolment and index == len(chain) - 1:
            return None  # an enrolment key signs no bundle
        issuer, held = item["key"], frozenset(caps)
        may_grant = enrolment or COORDINATOR in held
        passed.append(str(item["device"]))
    last = chain[-1]
    if last["device"] != device or last["key"] != key:
        return None
    return Verified(device, key, held, tuple(passed))
