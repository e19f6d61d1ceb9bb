"""Services are use cases; the SQL they run lives in carekit/store/queries/.

The scan reads every module of carekit/services/ as a syntax tree and reports SQL
statement text (string constants and f-string pieces, docstrings excepted) and calls
to ``exec_driver_sql`` or ``text`` (SQLAlchemy's textual SQL). Handing a connection's
``exec_driver_sql`` on to a query function is how a hot path stays at driver level, so
that alone is not SQL.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

SERVICES = Path(__file__).resolve().parents[2] / "carekit" / "services"
QUERIES = Path(__file__).resolve().parents[2] / "carekit" / "store" / "queries"

# SQL keywords are written in upper case here, so prose ("Select a family") never matches.
_STATEMENT = re.compile(
    r"""^\s*(
        SELECT\s
      | INSERT\s+(OR\s+\w+\s+)?INTO\s
      | REPLACE\s+INTO\s
      | UPDATE\s+\w+\s+SET\s
      | DELETE\s+FROM\s
      | WITH\s+(RECURSIVE\s+)?\w+(\s*\([^)]*\))?\s+AS\s*\(
      | PRAGMA\s+\w+
      | CREATE\s+(TEMP\s+|TEMPORARY\s+)?(TABLE|INDEX|VIEW|TRIGGER)\s
      | DROP\s+(TABLE|INDEX|VIEW|TRIGGER)\s
    )""",
    re.VERBOSE | re.DOTALL,
)
# A fragment glued onto a statement.
_FRAGMENT = re.compile(
    r"^\s*(FROM|WHERE|AND|OR|JOIN|LEFT JOIN|INNER JOIN|ORDER BY|GROUP BY|HAVING|UNION|LIMIT|SET|VALUES|ON CONFLICT)\s"
)
_SQLALCHEMY_NAMES = {"sa", "sqlalchemy", "sql"}


def _sql_call(func: ast.expr) -> str | None:
    """exec_driver_sql(); text() bare or as sqlalchemy.text (not reason.text())."""
    if isinstance(func, ast.Attribute):
        if func.attr == "exec_driver_sql":
            return func.attr
        if func.attr == "text" and isinstance(func.value, ast.Name) and func.value.id in _SQLALCHEMY_NAMES:
            return "text"
    elif isinstance(func, ast.Name) and func.id in {"text", "exec_driver_sql"}:
        return func.id
    return None


def looks_like_sql(value: str) -> bool:
    return bool(_STATEMENT.match(value) or _FRAGMENT.match(value))


def _docstrings(tree: ast.AST) -> set[int]:
    ids = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                ids.add(id(body[0].value))
    return ids


def sql_in(source: str, name: str = "<source>") -> list[str]:
    """Every place in ``source`` that carries SQL, as "name:line: what"."""
    tree = ast.parse(source, filename=name)
    skip = _docstrings(tree)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip:
            if looks_like_sql(node.value):
                found.append(f"{name}:{node.lineno}: SQL text {node.value.strip()[:40]!r}")
        elif isinstance(node, ast.JoinedStr):
            head = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
            if looks_like_sql(head):
                found.append(f"{name}:{node.lineno}: SQL f-string {head.strip()[:40]!r}")
        elif isinstance(node, ast.Call):
            called = _sql_call(node.func)
            if called:
                found.append(f"{name}:{node.lineno}: call to {called}()")
    return sorted(set(found), key=lambda s: (s.split(":")[0], int(s.split(":")[1])))


def _scan() -> dict[str, list[str]]:
    return {
        path.name: hits
        for path in sorted(SERVICES.glob("*.py"))
        if (hits := sql_in(path.read_text(encoding="utf-8"), path.name))
    }


def test_services_carry_no_sql():
    found = [hit for hits in _scan().values() for hit in hits]
    assert not found, "SQL belongs in carekit/store/queries/, found in services:\n" + "\n".join(found)


def test_queries_never_reach_back_into_services():
    # store/ sits below services/: a query module that imported a service would invert the layers.
    upward = []
    for path in sorted(QUERIES.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=path.name)):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
                [node.module or ""] if isinstance(node, ast.ImportFrom) else []
            upward += [f"{path.name}:{node.lineno}: {n}" for n in names if n.startswith("carekit.services")]
    assert not upward, upward


def test_the_scan_sees_each_kind_of_sql():
    source = '''
"""Select the people; update the board."""
def f(con, where):
    """Delete from nowhere: a docstring is prose."""
    con.execute("SELECT id FROM person WHERE event_id = ?", (1,))
    con.exec_driver_sql(q)
    session.execute(text(q))
    verify(session.connection().exec_driver_sql, token)
    words = reason.text(lambda t: t)
    q = f"SELECT count(*) FROM checkin WHERE {where}"
    q = "UPDATE person SET name = :n"
    q = "WITH last AS (SELECT 1) SELECT * FROM last"
    q = " AND day = ?"
    q = sa.text("SELECT 1")
    label = "Select a family"
    label = "Update available"
    label = "From the airport"
'''
    hits = sql_in(source, "m.py")
    assert {int(h.split(":")[1]) for h in hits} == {5, 6, 7, 10, 11, 12, 13, 14}, hits


def test_the_scan_leaves_prose_alone():
    for prose in ("Select a worker first", "Delete this leg?", "With family", "Insert the badge",
                  "Update the arrival time", "Or pick someone else", "and 3 more", "select",
                  "Select a person from the list", "SELECTED"):
        assert not looks_like_sql(prose), prose
