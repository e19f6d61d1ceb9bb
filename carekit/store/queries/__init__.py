"""SQL the services run, one module per area, each function named for what it reads or writes.

A function takes a connection (or a session, or a connection's ``exec_driver_sql`` where a hot
path passes that) and plain values, and returns rows or plain values. Services keep the use case
and the ORM work and call these; nothing here imports ``carekit.services``.
"""
