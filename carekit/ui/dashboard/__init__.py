"""The Dashboard page and its charts."""
