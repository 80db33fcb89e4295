"""Name normalisation shared by extraction and storage (companies and people)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

#: Legal suffixes and articles dropped when comparing company names.
LEGAL_SUFFIXES = frozenset(
    {
        "inc",
        "incorporated",
        "llc",
        "llp",
        "ltd",
        "limited",
        "corp",
        "corporation",
        "co",
        "company",
        "plc",
        "gmbh",
        "ag",
        "sa",
        "bv",
        "nv",
        "pty",
        "the",
        "group",
        "holdings",
    }
)
_WORD = re.compile(r"[a-z0-9]+")


def _ascii_lower(text: str) -> str:
    if text.isascii():  # the common case, and the views call this per row
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


def words(text: str | None) -> list[str]:
    """Lowercased alphanumeric words, accents folded."""
    return _WORD.findall(_ascii_lower(text or ""))


@lru_cache(maxsize=65536)
def company_key(name: str | None) -> str:
    """Comparison key for a company: case, punctuation and legal suffixes ignored.

    >>> company_key("Stripe, Inc.") == company_key("stripe")
    True
    """
    kept = [w for w in words(name) if w not in LEGAL_SUFFIXES]
    return " ".join(kept) or " ".join(words(name))


@lru_cache(maxsize=65536)
def person_key(name: str | None) -> str:
    """Comparison key for a person's name: case and punctuation ignored."""
    return " ".join(words(name))


def clean_company(name: str) -> str:
    """Display form of a company name: trimmed, legal suffix and trailing punctuation dropped."""
    parts = name.strip().strip(".,;:!?'\"").split()
    while len(parts) > 1 and words(parts[-1]) and words(parts[-1])[0] in LEGAL_SUFFIXES:
        parts.pop()
    while len(parts) > 1 and parts[0].lower() == "the":
        parts.pop(0)
    return " ".join(parts).strip(".,;:!?'\"")
