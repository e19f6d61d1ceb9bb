"""Imports every table module so the metadata (and Alembic) knows all tables."""

from carekit.domain import tables  # noqa: F401
