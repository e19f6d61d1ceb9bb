"""Operators and PINs, event keys, badge tokens, certificate signatures."""
