"""Deterministic generator of the shipped SAMPLE under raw/ (synthetic rows, real published totals)."""
