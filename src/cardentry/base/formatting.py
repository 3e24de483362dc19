"""Numbers as the reports write them: a change with its sign (``+4.8``, ``\u221254.8``, ``\u00b10.0``)."""

from __future__ import annotations

from collections.abc import Callable


def format_signed(value: float, decimal: Callable[[float], str] = lambda number: f"{number:.1f}") -> str:
    """``+4.8``, ``\u221254.8`` (a real minus sign), ``\u00b10.0``; ``decimal`` writes the number
    (the secretariat's window passes its locale's)."""
    if value > 0:
        return f"+{decimal(value)}"
    if value < 0:
        return f"\u2212{decimal(abs(value))}"
    return f"\u00b1{decimal(0.0)}"
