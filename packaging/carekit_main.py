"""Entry point of the frozen CareKit: the same command line as the installed ``carekit``."""

import multiprocessing

# A merge started from the window runs in a child process (carekit/services/merge_process.py,
# multiprocessing's spawn method): the child is this same executable, started with
# --multiprocessing-fork, and must become that child here, before the command line is read.
multiprocessing.freeze_support()

from carekit.cli import main  # noqa: E402 (after freeze_support, which never returns in a child)

raise SystemExit(main())
