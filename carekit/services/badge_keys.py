"""Badge keys after a lost laptop: new badges are made under a new key, old badges still scan.

A badge code is an HMAC under the event's badge key, so a lost laptop could mint a code for any
registration id, even one no laptop has received (the desk records those as "pending"). Rotating
the key (``rekey.rotate_keys``) makes every badge printed afterwards unforgeable by that laptop.
Badges printed before keep working, but only where their registration is known and holds exactly
that code: a code minted under a retired key for a registration nobody printed is refused.
A retired key is never used for anything but this check, so a laptop that holds it can at most
copy a badge it could already read off a printed sheet.
"""

from __future__ import annotations

from carekit.security.tokens import TokenError, VerifiedBadge, clean_scan, verify_token
from carekit.store.queries import keys

RETIRED_KEY = ("This badge code was made with a badge key retired after a laptop was lost, and no "
               "badge with this code was printed here.")


def retired_badge_keys(sql, event_id: str, current: str) -> list[str]:
    """Earlier badge keys from the journal, newest first (the event row keeps only the current one)."""
    return keys.event_keys(sql, event_id, "badge_key", current)[1:]


def verify_scan(sql, event_id: str, badge_key: str, token: str) -> VerifiedBadge:
    """``verify_token`` under the current key; on a wrong MAC, a badge printed before a rotation.

    ``sql`` is a connection's ``exec_driver_sql``. The current key costs one HMAC as before; the
    journal is read only for a code that fails it."""
    try:
        return verify_token(event_id, badge_key, token)
    except TokenError as error:
        if error.reason != "forged":
            raise
        refused = error
    for key in retired_badge_keys(sql, event_id, badge_key):
        try:
            badge = verify_token(event_id, key, token)
        except TokenError:
            continue
        if not keys.badge_printed(sql, badge.registration_id, clean_scan(token)):
            raise TokenError("retired_key", RETIRED_KEY)
        return badge
    raise refused
