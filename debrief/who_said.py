"""Who a call was with, as typed on one line: "Maria Lopez, Stripe", "Maria Lopez at Stripe".

Read where the user types it: the question `debrief record` and `debrief add AUDIO` ask
first (:mod:`debrief.cli.who`), and the line after a recap is filed, which takes
``contact / title / company`` and since qa57 this same shape as well
(:func:`debrief.store.corrections.apply_confirm`).
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from debrief.config import cue_file
from debrief.names import typed_capitals, words

#: What parts a typed answer: "Maria Lopez, Stripe", "Maria Lopez at Stripe", "Maria Lopez
#: from Stripe", "Maria Lopez @ Stripe", "Maria Lopez (Stripe)", "Maria Lopez / Stripe".
_SPLIT = re.compile(r"\s*(?:[,;(]|\s[@/|]\s|\s(?:at|from)\s)\s*", re.IGNORECASE)
#: A part that opens on its title and then "at"/"from"/"@" the company: "PM at Stripe".
_AT = re.compile(r"^(.*?)(?:^|\s)(?:at|from|@)\s+", re.IGNORECASE)
#: An article before a title ("a PM at Stripe").
_ARTICLE = re.compile(r"^(?:a|an|the)\s+", re.IGNORECASE)
#: What follows a company's name after a comma and is no title: "Stripe, Inc.".
_LEGAL = re.compile(r"(?:inc|llc|ltd|corp|co|gmbh|plc|s\.?a)\.?", re.IGNORECASE)


class Who(NamedTuple):
    """Who a call was with, as typed: any part may be None."""

    contact: str | None
    title: str | None
    company: str | None


def read_who(answer: str) -> Who:
    """The contact, their title and their company from one typed line. A bare name is the
    contact; ", Stripe" or "at Stripe" alone is the company; "Maria Lopez, PM at Stripe",
    "Maria Lopez, a PM at Stripe", "Maria Lopez, PM, Stripe" and "Maria Lopez at Stripe,
    PM" say the title too (qa59: it was dropped, the contact line then showing the title
    extraction found)."""
    text = re.sub(r"^(?:with|w/)\s+", "", answer.strip().strip("."), flags=re.IGNORECASE)
    if not text:
        return Who(None, None, None)
    low = text.lower()
    if low.startswith(("at ", "from ", "@")):
        return Who(None, *_company_title(_AT.sub("", text, count=1)))
    found = _SPLIT.search(text)
    if found is None:
        return Who(_tidy(text), None, None)
    name, rest = _tidy(text[: found.start()]), text[found.end() :]
    sep = found.group(0).strip().lower()
    if sep in ("at", "from", "@", "/", "|"):  # the company first: "at Stripe, PM"
        return Who(name, *_company_title(rest))
    title, company = _title_company(rest)
    said, _, company_said = rest.partition(",")
    if (
        title is None
        and sep in (",", "(")
        and company_said
        and not _LEGAL.fullmatch(company_said.strip())
    ):
        title, company = _title(said), _tidy(company_said)  # "Maria Lopez, PM, Stripe"
        if _is_title(company_said) and not _is_title(said):  # "Ana Ruiz, Figma, designer"
            title, company = _title(company_said), _tidy(said)
    elif title is None and company is not None and _is_title(rest):
        title, company = _title(rest), None  # "Ana Ruiz, designer": no company said (qa60)
    return Who(name, title, company)


def parse_who(answer: str) -> tuple[str | None, str | None]:
    """(contact, company) from one typed line (:func:`read_who` without the title)."""
    who = read_who(answer)
    return who.contact, who.company


@functools.cache
def _title_heads() -> tuple[frozenset[str], frozenset[str]]:
    """The head words of a job title ("designer", "pm", "vp"), and apart the clipped ones
    said before the field ("vp", "mgr"): ``[title] heads`` of ``contact_patterns.toml``
    and ``title_clipped_heads`` of ``word_lists.toml``, the lists extraction reads titles
    by (read here without spaCy: the question is asked before anything loads)."""
    heads = cue_file("contact_patterns.toml")["title"]["heads"]
    clipped = cue_file("word_lists.toml")["title_clipped_heads"]
    shorts = frozenset(w.lower() for w in clipped)
    return frozenset(w.lower() for w in heads) | shorts, shorts


def _is_title(part: str) -> bool:
    """Whether a part of the answer is a job title and no company: it ends on a title's
    head word ("designer", "senior data engineer"), or opens on one said before its field
    ("head of design", "VP Engineering"). qa60: "Ana Ruiz, designer" filed "Designer" as
    the company."""
    said = _ARTICLE.sub("", " ".join(part.strip(" ()[],;.").split())).lower().split()
    if not said:
        return False
    heads, clipped = _title_heads()
    opens = said[0] in clipped or (said[0] in heads and said[1:2] in (["of"], ["for"]))
    return said[-1] in heads or opens


def _title_company(part: str) -> tuple[str | None, str | None]:
    """("PM", "Stripe") from "PM at Stripe"; (None, "Stripe") from "at Stripe" or "Stripe"."""
    m = _AT.match(part)
    if m is None:
        return None, _tidy(part)
    return _title(m.group(1)), _tidy(part[m.end() :])


def _company_title(part: str) -> tuple[str | None, str | None]:
    """(title, company) from "Stripe, PM" (the company said first); "Stripe, Inc." is a
    company."""
    company, _, title = part.partition(",")
    if _LEGAL.fullmatch(title.strip()):
        return None, _tidy(part)
    return _title(title), _tidy(company)


def _title(part: str) -> str | None:
    """A title as typed ("senior PM"; not capitalised: titles are filed lower-case as
    said), without an article, brackets or stray punctuation; None if empty."""
    part = " ".join(part.strip(" ()[],;.").split())
    return (_ARTICLE.sub("", part) or None) if words(part) else None


def _tidy(part: str) -> str | None:
    """A part of the answer without brackets, stray punctuation and spaces, capitalised if
    typed all in lower case (:func:`debrief.names.typed_capitals`: a name filed and given
    to Whisper as a name is written); None if empty."""
    part = " ".join(part.strip(" ()[],;.").split())
    return (typed_capitals(part) or None) if words(part) else None  # "'": no name (qa60)
