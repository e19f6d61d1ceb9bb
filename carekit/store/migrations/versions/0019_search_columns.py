"""search columns: the trigram index keeps each searched field in its own column.

One " | "-joined haystack gave every person some thirty trigrams that span two fields and match
nothing a volunteer types; separate columns (and no per-column sizes, which nothing ranks by)
halve what an import writes to the index. The prefix tokens name the entry by its integer rowid
instead of the 36-character person id. The index is derived, so the new table starts empty
and the format mark is cleared: the file re-indexes everyone from their rows when it opens
(``carekit.store.search_index.ensure_current``), in the same way as after any format change.

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-02 01:20:00
"""
from alembic import op

revision = '0019'
down_revision = '0018'
branch_labels = None
depends_on = None


def _remake(fts: str, token_owner: str) -> None:
    for table in ("person_fts", "search_token"):
        op.execute(f"DROP TABLE {table}")
    op.execute(f"CREATE VIRTUAL TABLE person_fts USING fts5({fts})")
    op.execute(f"CREATE TABLE search_token (token TEXT NOT NULL, {token_owner} NOT NULL, "
               f"PRIMARY KEY (token, {token_owner.split()[0]})) WITHOUT ROWID")
    op.execute("DELETE FROM search_rowid")
    op.execute("DELETE FROM localstate WHERE key = 'search_index_format'")


def upgrade() -> None:
    _remake("person_id UNINDEXED, name, folded, romanised, pinyin, initials, phone, staff, serials, "
            "keys UNINDEXED, tokenize='trigram', columnsize=0", "fts_rowid INTEGER")


def downgrade() -> None:
    _remake("person_id UNINDEXED, haystack, keys UNINDEXED, tokenize='trigram'", "person_id TEXT")
