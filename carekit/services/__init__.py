"""Use cases: one module per job people do. Each function is one transaction, takes plain
values and a Workspace, returns plain values or rows, and raises a CareKitError."""
