"""Masking of personal data shown by default (PIPL: sensitive values are never shown whole by default)."""

from __future__ import annotations


def mask_phone(phone: str) -> str:
    """138****1234: keep the carrier prefix and the last four digits."""
    digits = phone.strip()
    if len(digits) < 8:
        return "*" * len(digits)
    return f"{digits[:3]}{'*' * (len(digits) - 7)}{digits[-4:]}"
