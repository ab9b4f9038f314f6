"""How personal values are shown half: the one masking rule for API answers, exports and import reports."""

from __future__ import annotations


def mask_inner(value: str) -> str:
    """138****1234, 500***********123X: a phone's carrier prefix or an id number's region, and the last four."""
    text = value.strip()
    if len(text) < 8:
        return "*" * len(text)
    return f"{text[:3]}{'*' * (len(text) - 7)}{text[-4:]}"


def mask_name(name: str) -> str:
    """王**: the surname (first character) and one star per further character."""
    return name[:1] + "*" * (len(name) - 1) if name else name


def mask_room(room: str) -> str:
    return "*" * len(room)
