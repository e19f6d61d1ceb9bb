"""Entry point of the frozen CareKit: the same command line as the installed ``carekit``."""

from carekit.cli import main

raise SystemExit(main())
