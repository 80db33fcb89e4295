"""The contact's company where the rules kept the part of the organisation typed right after it.

"Call w/ Orrin Labs - Data Platform team", "keisha ward - lantern mutual insurance, claims ops
team", "Ember Trails, the Lakeside chapter": the writer names the organisation, then apart (a
comma or a spaced dash) the team, chapter or office the contact sits in, and the rules keep
the part ("Data Platform", "claims ops team", "Lakeside"). The labels file the organisation.
Reads only typed text: where the company kept ends on a word of ``part_words``
(``pipelines/word_lists.toml``) or the recap says one right after it, and the words before
the comma or dash end on an organisation (a company the recap mentions, an acronym, or at
most five words holding an ``[orgs] heads`` word of ``contact_patterns.toml``), that
organisation is the company, in the companies in the part's place. An acronym before the
company's own long form ("ABC, the Associated Builders and Contractors chapter") is left.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from debrief.extract.casing import initials, is_acronym
from debrief.extract.doc_arrays import doc_text
from debrief.extract.lexicon import org_name_heads, word_list

#: The text before the part: a run of words, a comma or a spaced dash, an optional "the".
_BEFORE = re.compile(r"([^\n,;:()\[\]]+?)\s*(?:,|\s[-\u2013\u2014])\s*(?:the\s+)?$")
#: What opens the organisation's run: a spaced dash, or a word the organisation follows.
_CUT = re.compile(r"\s[-\u2013\u2014]\s|(?:^|\s)(?:w/|with|at|from|@)\s", re.IGNORECASE)
#: The most words the organisation before the part holds.
_MOST_WORDS = 5


def _low(word: str) -> str:
    return word.lower().strip(".,;:'\u2019*")


def _names_a_part(text: str, company: str, end: int) -> bool:
    """``company`` ends on a part's word, or the recap says one right after it."""
    parts = word_list("part_words")
    if _low(company.split()[-1]) in parts:
        return True
    m = re.match(r"\s+([\w-]+)", text[end:])
    return bool(m and _low(m.group(1)) in parts)


def _organisation(run: str, companies: list[str]) -> str | None:
    """The longest end of ``run`` (after its last spaced dash or cue word: "w/", "with",
    "at", "from") that is an organisation (see the module)."""
    words = _CUT.split(run)[-1].split()
    known = {c.lower() for c in companies}
    for k in range(max(0, len(words) - _MOST_WORDS), len(words)):
        cand = " ".join(words[k:]).strip(" *")
        if not cand:
            continue
        if cand.lower() in known:
            return cand
        if len(words) - k == 1 and is_acronym(cand):
            return cand
        if _low(words[-1]) in org_name_heads() and _low(words[k]) not in org_name_heads():
            return cand
    return None


def org_before_part(doc: Doc, company: str | None, companies: list[str]) -> str | None:
    """The organisation typed right before the part of it kept as ``company`` (see the
    module); ``company`` where there is none."""
    if doc._.spoken or not company:
        return company
    text = doc_text(doc)
    start = text.find(company)
    if start < 0 or not _names_a_part(text, company, start + len(company)):
        return company
    m = _BEFORE.search(text[:start])
    if not m:
        return company
    org = _organisation(m.group(1), [c for c in companies if c != company])
    if org and is_acronym(org) and initials(company) == org.upper():
        return company  # "ABC, the Associated Builders and Contractors chapter": its long form
    return org or company
