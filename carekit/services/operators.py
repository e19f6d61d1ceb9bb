"""Who is operating this laptop: sign-in with name + PIN, unlock after idle, adding operators.

Every write carries the operator's id (the journal stamps it). PIN hashes are this laptop's own
(``PinVerifier``): never journalled, never in a bundle; a setup file carries them to the laptops
that join or apply it, and a PIN set here stays here. Wrong PINs are counted per operator in this
laptop's LocalState, so closing and reopening the app does not reset the wait. An operator with a
PIN shorter than six digits (an event file made by an older CareKit) chooses a new PIN at the next
sign-in; one with no PIN on this laptop does so only on the laptop that added them (elsewhere a
coordinator sets it, or a setup file brings it), so knowing a name is never enough.
"""

from __future__ import annotations

import math

from sqlmodel import Session, select

from carekit.domain.authority import roles_served
from carekit.domain.enums import Role
from carekit.domain.tables import Operator, PinVerifier
from carekit.i18n import QT_TRANSLATE_NOOP
from carekit.security.pins import MAX_LENGTH, MIN_LENGTH, Throttle, hash_pin, needs_rehash, pin_matches, valid_pin
from carekit.services.errors import NotFound, PermissionDenied, ValidationError
from carekit.services.workspace import Workspace
from carekit.store.db import Database
from carekit.store.journal import read_local, write_local
from carekit.store.queries import operators as queries
from carekit.store.queries import signin as signin_queries
from carekit.store.unit import writing

_THROTTLE_KEY = "pin_throttle:"
COORDINATOR_ONLY = (Role.COORDINATOR,)


class PinRefused(PermissionDenied):
    """reason: ``pin_needed``, ``wrong_pin`` or ``pin_locked`` (``seconds`` says how long)."""


def roles_of(operator: Operator) -> frozenset[Role]:
    return frozenset(Role(r) for r in operator.roles.split(",") if r in Role._value2member_map_)


def _usable_roles(session: Session, operator: Operator) -> frozenset[Role]:
    """The operator's roles this laptop's capabilities serve (all of them in an event made before
    capabilities existed, which has no root key yet)."""
    local = read_local(session)
    if not local.get("root_key") or not local.get("device_key"):
        return roles_of(operator)
    from carekit.security.device_keys import public_key_of
    from carekit.sync.authority import capabilities_of
    served = roles_served(capabilities_of(session, local["device_id"], public_key_of(local["device_key"])))
    return frozenset(r for r in roles_of(operator) if r.value in served)


def operator_names(db: Database) -> list[str]:
    with db.session() as session:
        return signin_queries.operator_names(session.connection().exec_driver_sql)


def _find(session: Session, name: str) -> Operator:
    operator = session.exec(select(Operator).where(Operator.name == name.strip(),
                                                   Operator.deleted == False)).first()  # noqa: E712
    if operator is None:
        raise NotFound("no_operator", QT_TRANSLATE_NOOP(
            "Errors", "No operator called {name} in this event."), name=name.strip())
    return operator


def pin_hash_of(session: Session, operator_id: str) -> str:
    """The operator's PIN hash on this laptop ("" when none was set here nor brought by a setup file)."""
    row = session.get(PinVerifier, operator_id)
    return row.pin_hash if row is not None else ""


def store_pin_hash(session: Session, operator_id: str, pin_hash: str, set_at: str | None = None) -> None:
    """Keep ``pin_hash`` as this laptop's verifier for the operator (in the caller's transaction)."""
    from carekit.store.journal import now_utc
    queries.upsert_pin_verifier(session.connection(), operator_id, pin_hash,
                                now_utc() if set_at is None else set_at)


def local_pin_hashes(session: Session, capabilities: frozenset[str] | None = None) -> dict[str, dict[str, str]]:
    """{operator id: {"hash", "set_at"}} of the event's current operators, for a setup file: with
    ``capabilities``, only of those who hold a role a laptop with them serves (a medic's hash has no
    business on a desk laptop, where they could do nothing)."""
    served = roles_served(capabilities) if capabilities is not None else None
    current = {o.id for o in session.exec(select(Operator).where(Operator.deleted == False))  # noqa: E712
               if served is None or {r.value for r in roles_of(o)} & served}
    return {row.operator_id: {"hash": row.pin_hash, "set_at": row.set_at}
            for row in session.exec(select(PinVerifier)) if row.operator_id in current and row.pin_hash}


def adopt_pin_hashes(session: Session, carried: object) -> int:
    """Take a setup file's verifiers for operators of this event; a PIN set here later than the
    file's stays. Returns how many were taken."""
    if not isinstance(carried, dict):
        return 0
    from carekit.security.pins import is_pin_hash
    taken = 0
    for operator_id, entry in sorted(carried.items()):
        if not isinstance(entry, dict) or not is_pin_hash(entry.get("hash")) or \
                not isinstance(entry.get("set_at", ""), str) or session.get(Operator, str(operator_id)) is None:
            continue
        here = session.get(PinVerifier, str(operator_id))
        if here is not None and here.pin_hash and here.set_at >= entry.get("set_at", ""):
            continue
        store_pin_hash(session, str(operator_id), entry["hash"], entry.get("set_at", ""))
        taken += 1
    return taken


def _created_here(session: Session, operator_id: str) -> bool:
    from carekit.domain.clock import device_of
    first = queries.first_operator_stamp(session.connection(), operator_id)
    return bool(first) and device_of(first) == read_local(session).get("device_id")


def needs_pin(db: Database, name: str) -> bool:
    """Whether signing in as ``name`` asks for a PIN (unknown names do, to reveal nothing)."""
    with db.session() as session:
        try:
            operator = _find(session, name)
        except NotFound:
            return True
        return bool(pin_hash_of(session, operator.id)) or not _created_here(session, operator.id)


def _claim_try(db: Database, operator: Operator) -> None:
    """Count this try before checking it, in one locked transaction: N tries in parallel
    processes count N, and none is checked once the count says wait."""
    key = _THROTTLE_KEY + operator.id
    # However long a merge holds the lock: signing in to scan at a desk must not fail for it.
    with db.write_locked(wait=math.inf) as session:
        throttle = Throttle.decode(read_local(session).get(key, ""))
        if throttle.seconds_left():
            raise PinRefused("pin_locked", QT_TRANSLATE_NOOP(
                "Errors", "Too many wrong PINs for {name}. Try again in {seconds} s."),
                name=operator.name, seconds=throttle.seconds_left())
        write_local(session, **{key: throttle.after_failure().encode()})


def _clear_tries(db: Database, operator: Operator) -> None:
    with db.write_locked(wait=math.inf) as session:
        write_local(session, **{_THROTTLE_KEY + operator.id: Throttle().encode()})


def check_pin(db: Database, operator: Operator, pin: str | None, new_pin: str | None = None) -> None:
    """Refuse while locked; count the try; clear the count when the PIN is right. An operator
    with a PIN shorter than the rule now asks, or with no PIN on the laptop that added them,
    signs in only by giving a new one."""
    with db.session() as session:
        pin_hash = pin_hash_of(session, operator.id)
        if not pin_hash and not _created_here(session, operator.id):
            raise PinRefused("no_pin_here", QT_TRANSLATE_NOOP(
                "Errors", "{name} has no PIN on this laptop yet. A coordinator sets it here (Operators, or "
                          "carekit operator set-pin), or apply a new setup file that carries it."),
                name=operator.name)
    if pin_hash:
        if not pin:
            raise PinRefused("pin_needed", QT_TRANSLATE_NOOP("Errors", "{name} needs a PIN to sign in."),
                             name=operator.name)
        _claim_try(db, operator)
        if not pin_matches(pin_hash, pin):
            throttle = Throttle.decode(_local(db).get(_THROTTLE_KEY + operator.id, ""))
            if throttle.seconds_left():
                raise PinRefused("pin_locked", QT_TRANSLATE_NOOP(
                    "Errors", "Wrong PIN. Too many wrong PINs for {name}: try again in {seconds} s."),
                    name=operator.name, seconds=throttle.seconds_left())
            raise PinRefused("wrong_pin", QT_TRANSLATE_NOOP("Errors", "Wrong PIN for {name}."), name=operator.name)
        _clear_tries(db, operator)
    if pin_hash and valid_pin(pin or ""):
        if needs_rehash(pin_hash):  # older or lighter parameters: strengthen it now
            _write_pin(db, operator, pin)
        return
    if not new_pin:
        raise PinRefused("pin_change_needed", QT_TRANSLATE_NOOP(
            "Errors", "{name} must choose a new PIN of at least {low} digits before signing in."),
            name=operator.name, low=MIN_LENGTH)
    _check_new_pin(new_pin)
    _write_pin(db, operator, new_pin)


def _local(db: Database) -> dict[str, str]:
    with db.session() as session:
        return read_local(session)


def _write_pin(db: Database, operator: Operator, pin: str) -> None:
    """The operator's own change, on this laptop only; the audit line (no hash) travels."""
    with writing(db, operator.id) as journal:
        store_pin_hash(journal.session, operator.id, hash_pin(pin))
        journal.audit("operator.set_pin", "operator", operator.id)


def sign_in(db: Database, name: str = "", pin: str | None = None, new_pin: str | None = None) -> Workspace:
    """Name an operator of this event (empty: whoever used this laptop last) and check the PIN.
    With no operator named nor remembered, the workspace has nobody in it: front ends refuse it."""
    with db.session() as session:
        local = read_local(session)
        if name.strip():
            operator = _find(session, name)
        else:
            operator = session.get(Operator, local.get("operator_id", "")) if local.get("operator_id") else None
            if operator is None or operator.deleted:
                return Workspace(db, "", "", frozenset())
    check_pin(db, operator, pin, new_pin)
    with db.session() as session:
        operator = session.get(Operator, operator.id)
        if read_local(session).get("operator_id") != operator.id:
            write_local(session, operator_id=operator.id)
            session.commit()
        return Workspace(db, operator.id, operator.name, _usable_roles(session, operator))


def unlock(ws: Workspace, pin: str | None) -> Workspace:
    """After the idle lock: the same operator, the same PIN rules; roles re-read (they may have changed)."""
    with ws.db.session() as session:
        operator = session.get(Operator, ws.operator_id)
        if operator is None or operator.deleted:
            raise NotFound("no_operator", QT_TRANSLATE_NOOP(
                "Errors", "No operator called {name} in this event."), name=ws.operator_name)
    check_pin(ws.db, operator, pin)
    with ws.db.session() as session:
        operator = session.get(Operator, ws.operator_id)
        return Workspace(ws.db, operator.id, operator.name, _usable_roles(session, operator))


def _check_new_pin(pin: str) -> None:
    if not valid_pin(pin):
        raise ValidationError("bad_pin", QT_TRANSLATE_NOOP(
            "Errors", "A PIN is at least {low} digits (letters may be added), at most {high} characters."),
            low=MIN_LENGTH, high=MAX_LENGTH)


def parse_roles(words: list[str]) -> list[Role]:
    roles = []
    for word in words:
        for part in word.split(","):
            part = part.strip().lower()
            if part not in Role._value2member_map_:
                raise ValidationError("bad_role", QT_TRANSLATE_NOOP(
                    "Errors", "'{role}' is not a role; use desk, medic, trainer or coordinator."), role=part)
            if Role(part) not in roles:
                roles.append(Role(part))
    if not roles:
        raise ValidationError("no_role", QT_TRANSLATE_NOOP("Errors", "Give the operator at least one role."))
    return roles


def add_operator(ws: Workspace, name: str, roles: list[Role], pin: str = "") -> str:
    """Coordinators only. Operators are synced rows: they reach every laptop of the event; the PIN
    stays on this laptop (a setup file made here carries it to others)."""
    ws.require(Role.COORDINATOR)
    if not name.strip():
        raise ValidationError("no_name", QT_TRANSLATE_NOOP("Errors", "The operator needs a name."))
    if not roles:
        raise ValidationError("no_role", QT_TRANSLATE_NOOP("Errors", "Give the operator at least one role."))
    if pin:
        _check_new_pin(pin)
    if name.strip() in operator_names(ws.db):
        raise ValidationError("operator_exists", QT_TRANSLATE_NOOP(
            "Errors", "There is already an operator called {name}."), name=name.strip())
    with ws.writing() as journal:
        operator_id = journal.create(Operator, {"name": name.strip(), "roles": ",".join(r.value for r in roles)})
        if pin:
            store_pin_hash(journal.session, operator_id, hash_pin(pin))
        journal.audit("operator.create", "operator", operator_id, ",".join(r.value for r in roles))
    return operator_id


def set_pin(ws: Workspace, name: str, pin: str) -> None:
    """An operator changes their own PIN; a coordinator sets anyone's. On this laptop only: the
    hash never travels in a bundle (a setup file made here carries it)."""
    _check_new_pin(pin)
    if not ws.operator_id:
        raise PermissionDenied("forbidden", QT_TRANSLATE_NOOP("Errors", "Sign in first."))
    with ws.db.session() as session:
        operator = _find(session, name)
        me = session.get(Operator, ws.operator_id)
    # A coordinator may set a PIN on a desk laptop too: it lets that operator sign in here only,
    # with the roles this laptop serves, and changes nothing any other laptop merges.
    if operator.id != ws.operator_id and not (me is not None and Role.COORDINATOR in roles_of(me)):
        ws.require(Role.COORDINATOR)
    with ws.writing() as journal:
        store_pin_hash(journal.session, operator.id, hash_pin(pin))
        journal.audit("operator.set_pin", "operator", operator.id)


def set_roles(ws: Workspace, name: str, roles: list[Role]) -> None:
    ws.require(Role.COORDINATOR)
    if not roles:
        raise ValidationError("no_role", QT_TRANSLATE_NOOP("Errors", "Give the operator at least one role."))
    with ws.db.session() as session:
        operator = _find(session, name)
    with ws.writing() as journal:
        journal.update(Operator, operator.id, {"roles": ",".join(r.value for r in roles)})
        journal.audit("operator.set_roles", "operator", operator.id, ",".join(r.value for r in roles))


def retire_operator(ws: Workspace, name: str) -> None:
    """A coordinator retires an operator who leaves the team: they can no longer sign in; what
    they did stays in the journal under their name. Nobody retires themselves or the last
    coordinator, so an event always has someone who can manage it."""
    ws.require(Role.COORDINATOR)
    with ws.db.session() as session:
        operator = _find(session, name)
        coordinators = [o.id for o in session.exec(select(Operator).where(Operator.deleted == False))  # noqa: E712
                        if Role.COORDINATOR in roles_of(o)]
    if operator.id == ws.operator_id:
        raise ValidationError("retire_self", QT_TRANSLATE_NOOP(
            "Errors", "You cannot retire yourself; ask another coordinator."))
    if coordinators == [operator.id]:
        raise ValidationError("last_coordinator", QT_TRANSLATE_NOOP(
            "Errors", "{name} is the event's only coordinator; name another one first."), name=operator.name)
    with ws.writing() as journal:
        journal.delete(Operator, operator.id)
        journal.audit("operator.retire", "operator", operator.id)


def last_operator_name(db: Database) -> str:
    """Who used this laptop last, to preselect at sign-in (a name is not a secret; the PIN is)."""
    with db.session() as session:
        return signin_queries.last_operator_name(session.connection().exec_driver_sql)


def list_operators(ws: Workspace) -> list[tuple[str, frozenset[Role], bool]]:
    """(name, roles, has a PIN on this laptop) for the coordinator's team list."""
    ws.require(Role.COORDINATOR)
    with ws.db.session() as session:
        return [(o.name, roles_of(o), bool(pin_hash_of(session, o.id))) for o in session.exec(
            select(Operator).where(Operator.deleted == False).order_by(Operator.name))]  # noqa: E712
