"""The Training page and its session view."""
