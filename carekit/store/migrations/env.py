"""Alembic environment: batch mode for SQLite, metadata from the domain tables."""

from alembic import context
from sqlalchemy import create_engine
from sqlmodel import SQLModel

import carekit.domain.registry  # noqa: F401  (registers every table on the metadata)

config = context.config
target_metadata = SQLModel.metadata


def run_migrations_online() -> None:
    given = config.attributes.get("engine")  # an encrypted file: the caller's engine holds the key
    engine = given or create_engine(config.get_main_option("sqlalchemy.url"))
    with engine.connect() as connection:
        context.configure(connection=connection, target_metadata=target_metadata,
                          render_as_batch=True, transaction_per_migration=False)
        with context.begin_transaction():
            context.run_migrations()
    if given is None:
        engine.dispose()


run_migrations_online()
