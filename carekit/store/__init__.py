"""SQLite storage: engine and migrations, the write journal, queries and the search index."""
