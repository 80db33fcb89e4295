"""The contact's title in a typed note's heading line, beside the name: "call w/ Marcus Bell -
Dir of Pastry, Alder & Finch Hotel Group", "Oksana Petrenko - Ops Director @ Columbia Gorge
Food Hub", "Riverbend Lodge — Gwen (F&B Director)", "notes - Keiko Yamashita-Ruiz (Culinary
Dir, Evergreen Table Hospitality)", "Call w/ Hiroshi Tanaka - Hoshino Seiki America, regional
sales mgr (Midwest)".

A note taker puts the name, the title and the organisation on the first line as short parts
between dashes, commas, "@" and brackets, the title often with a clipped head ("Dir", "mgr",
"GM", "VP"). The intro's rules read a title after a copula or a comma in a sentence and
know the heads spelt out; the model takes a phrase from the notes below ("guest complaints").
Here a heading part of one to five plain words whose head (the last word, or the word before
"of"/"for": "Dir of Pastry", "head of R&D") is a title's head, spelt out or clipped, and that
holds no word of the name or the organisation, is the title; the part nearest the name's
part wins. Runs on the combined answer (:func:`~debrief.extract.roles_combine.combine`) and
replaces a kept title only when that title is not said on the heading line.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc

from debrief.extract.doc_arrays import doc_text
from debrief.extract.lexicon import title_head_words, word_list
from debrief.models import Contact

#: What separates the parts of a heading line (a spaced dash, a comma, "@", brackets, a bar).
_PARTS = re.compile(r"\s[-–—|]\s|[,@()|;]|\s[–—]|[–—]\s")
#: A heading is short: a longer first line is a paragraph, not a heading.
_MOST_LINE_WORDS = 30
#: Words a title part has at most ("Assoc Dir of Culinary Ops").
_MOST_WORDS = 5
#: Words that end a title's head and start its unit ("Dir of Pastry", "VP for Sales").
_UNIT_LINKS = {"of", "for"}
#: A word of a title part: letters, "&", a hyphen, an apostrophe-free clipped form ("R&D").
_WORD = re.compile(r"^[A-Za-z][A-Za-z&.\-/]*$|^&$")


def _first_line(text: str) -> str | None:
    """The recap's first non-blank line where more lines follow it and it is short, else
    None (a spoken recap is one line: no heading)."""
    stripped = text.lstrip()
    if "\n" not in stripped:
        return None
    line = stripped.split("\n", 1)[0].strip()
    if not line or len(line.split()) > _MOST_LINE_WORDS:
        return None
    return line


def _bare(word: str) -> str:
    return word.lower().strip(".")


def _is_title(part: str, own: set[str], company: str) -> bool:
    """Whether a heading part reads as a job title (module doc): not the organisation (its
    head word no word of it), though a company read wrongly from the title ("Banquets" of
    "Dir of Banquets") may share its unit."""
    words = part.split()
    if not 0 < len(words) <= _MOST_WORDS or not all(_WORD.match(w) for w in words):
        return False
    low = [_bare(w) for w in words]
    if own & set(low) or set(low) & word_list("title_heading_refused"):
        return False
    if " ".join(low) == company:
        return False
    heads = title_head_words()
    at = len(low) - 1 if low[-1] in heads else None
    if at is None:
        at = next(
            (i - 1 for i, w in enumerate(low) if w in _UNIT_LINKS and i and low[i - 1] in heads),
            None,
        )
    return at is not None and low[at] not in company.split()


def heading_title(doc: Doc, contact: Contact) -> Contact:
    """``contact`` with the title said beside the name on a typed heading line (module doc),
    where the kept title is none or not said on that line."""
    if not contact.name:
        return contact
    line = _first_line(doc_text(doc))
    if line is None:
        return contact
    low_line = line.lower()
    if contact.title and contact.title.lower() in low_line:
        return contact
    own = {_bare(w) for w in contact.name.split()}
    parts = [p.strip() for p in _PARTS.split(line)]
    at = next((i for i, p in enumerate(parts) if own & {_bare(w) for w in p.split()}), None)
    if at is None:
        return contact  # the name is not on the heading line
    company = " ".join(_bare(w) for w in (contact.company or "").split())
    found = [
        (abs(i - at), i < at, p)
        for i, p in enumerate(parts)
        if i != at and _is_title(p, own, company)
    ]
    if not found:
        return contact
    return replace(contact, title=min(found)[2])
