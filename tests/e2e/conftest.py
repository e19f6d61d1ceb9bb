"""The command-line tests' fixtures: the installed `carekit` command in an environment of their own."""

from tests.cli import carekit, event_file, home, signed_in  # noqa: F401 (fixtures)
