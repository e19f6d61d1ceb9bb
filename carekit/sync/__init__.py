"""Hybrid logical clock, sync bundles and merge."""
