"""CareKit: offline-first desktop app for on-site worker-welfare events."""

__version__ = "0.1.0"
