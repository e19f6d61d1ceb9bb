"""Who may write what: the laptop capabilities allowed to write each synced table and fact table.

A coordinator grants each laptop capabilities (desk, station, training, coordinator), signed into
a chain rooted at the event creator's key (``carekit.security.grants``). A merge accepts a
revision or fact only if the laptop that made it held one of the capabilities its table (or
field) lists here, and the operator named in it held a matching role at that time
(``carekit.sync.authority``). A table that is not listed is writable by coordinators only, so a
table added without an entry fails safe; every area that adds a table adds its line here.
"""

from __future__ import annotations

DESK, STATION, TRAINING, COORDINATOR = "desk", "station", "training", "coordinator"
CAPABILITIES = (DESK, STATION, TRAINING, COORDINATOR)
EVERY = frozenset(CAPABILITIES)
HEALTH = frozenset({STATION, COORDINATOR})

# The operator roles (carekit.domain.enums.Role values) that may use each capability.
ROLES_FOR = {
    DESK: frozenset({"desk", "medic", "trainer", "coordinator"}),
    STATION: frozenset({"medic", "coordinator"}),
    TRAINING: frozenset({"trainer", "coordinator"}),
    COORDINATOR: frozenset({"coordinator"}),
}

# The capability a laptop needs for an operator to use each role there (a coordinator laptop
# serves every role): signing in as a coordinator on a desk laptop gives desk rights only, since
# whatever else it wrote would be refused by every other laptop.
CAPABILITY_OF_ROLE = {"desk": DESK, "medic": STATION, "trainer": TRAINING, "coordinator": COORDINATOR}

# table -> {"write": capabilities, "fields": {field: capabilities}, "own_row": fields a laptop
# may always write on the row whose id is its own device id, "own_operator": fields an operator
# may write on their own row from a laptop whose capabilities cover every role they hold}.
# Coordinator may write everything, so it is added to every rule by ``writers``.
AUTHORITY: dict[str, dict] = {
    # the event itself: keys, dates, settings
    "event": {"write": frozenset()},
    "eventsettings": {"write": frozenset()},
    "site": {"write": frozenset()},
    "device": {"write": frozenset(), "own_row": frozenset({"name", "site_id", "public_key"})},
    # PINs are laptop-local now (PinVerifier); a bundle from an older CareKit may still carry an
    # operator's own PIN change, which is checked as before and then dropped at merge
    "operator": {"write": frozenset(), "own_operator": frozenset({"pin_hash"})},
    # people at the desk (a station records the health consent it asks for)
    "person": {"write": EVERY},
    "registration": {"write": EVERY},
    "consent": {"write": EVERY},
    "duplicatedecision": {"write": frozenset()},
    "personmerge": {"write": frozenset()},
    "checkin": {"write": EVERY},
    "auditentry": {"write": EVERY},
    # health data
    "screeningrecord": {"write": HEALTH},
    "referral": {"write": HEALTH},
    # training: a coordinator plans courses; trainers run sessions; the desk enrols people too
    "certificate": {"write": frozenset({TRAINING})},
    "course": {"write": frozenset()},
    "trainingsession": {"write": frozenset({TRAINING})},
    "enrollment": {"write": frozenset({DESK, TRAINING})},
    "attendance": {"write": frozenset({TRAINING})},
    "assessment": {"write": frozenset({TRAINING})},
    "organisationkey": {"write": frozenset()},
    # a trainer's issuing key; its delegation is signed by the organisation's root key itself
    "issuingkey": {"write": frozenset({TRAINING}),
                   "fields": {"revoked_at": frozenset(), "revoked_reason": frozenset()}},
    # a person's erasure (clears their data on every laptop)
    "erasure": {"write": frozenset()},
    # desk corrections and the consent notices a coordinator publishes
    "checkinannulment": {"write": EVERY},
    "consentnotice": {"write": frozenset()},
    # family visits: a coordinator plans; the welcome desk marks arrivals
    "traveller": {"write": frozenset(), "fields": {"status": frozenset({DESK}), "status_at": frozenset({DESK})}},
    "travellerprivate": {"write": frozenset()},
    "travelleg": {"write": frozenset()},
    "legpassenger": {"write": frozenset()},
    "stay": {"write": frozenset()},
    "vehicle": {"write": frozenset()},
    "pickup": {"write": frozenset()},
}


def writers(table: str, fields=(), own_row: bool = False) -> frozenset[str]:
    """The capabilities that may write ``fields`` of a row of ``table`` (all of them at once)."""
    rule = AUTHORITY.get(table, {"write": frozenset()})
    allowed = EVERY
    overrides = rule.get("fields", {})
    own = rule.get("own_row", frozenset()) if own_row else frozenset()
    for name in fields or ("",):
        if name in own:
            continue
        allowed = allowed & (overrides.get(name, rule["write"]) | {COORDINATOR})
    return allowed


def roles_served(capabilities: frozenset[str]) -> frozenset[str]:
    """The operator roles a laptop with these capabilities lets its operators use."""
    if COORDINATOR in capabilities:
        return frozenset(CAPABILITY_OF_ROLE)
    return frozenset(role for role, needed in CAPABILITY_OF_ROLE.items() if needed in capabilities)


def roles_for(capabilities: frozenset[str]) -> frozenset[str]:
    """The operator roles that may make a write these capabilities allow."""
    return frozenset().union(*(ROLES_FOR[c] for c in capabilities)) if capabilities else frozenset()


# Fields that are secrets: never printed (the canonical dump shows a fingerprint instead), and
# written only by the rules above. Areas adding a key or a hash add it here.
SECRETS: dict[str, frozenset[str]] = {
    "event": frozenset({"badge_key", "sync_key", "health_key_wrap"}),
    "organisationkey": frozenset({"private_key"}),
}
