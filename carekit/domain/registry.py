"""Imports every table module so the metadata (and Alembic) knows all tables."""

from carekit.domain import tables  # noqa: F401
from carekit.domain import sync_tables  # noqa: F401
from carekit.domain import screening_tables  # noqa: F401
from carekit.domain import certificates  # noqa: F401
from carekit.domain import personal_data  # noqa: F401
from carekit.domain import family_tables  # noqa: F401
from carekit.domain import desk_tables  # noqa: F401
from carekit.domain import training  # noqa: F401
from carekit.domain import proof_tables  # noqa: F401
