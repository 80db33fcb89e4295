"""The contact's title where the recap says outright which words are the title.

"Her title is pastry channel specialist, which basically means she's a chef", "he's a hiring
manager, logistics, uh, integrated product support manager is the title", "flavor guru is
the official title apparently", "he calls himself the culinary development lead", "I wrote
down her title, supervisory contract specialist": the writer names the title as the title,
and in every development recap that does so (ac ag ai r, and the ten already right on aa ap
au n q s v w dev) the labels keep those words, over a job said beside the name ("chef",
"hiring manager", "product developer"). The readers take the job said first; this runs on
the combined answer (:func:`~debrief.extract.roles_combine.combine`), after the name is
settled, and puts the stated words in where the kept title shares less than half its words
with them (a kept "program manager" for "his title is program manager, operations" stays).

The shapes (cue words in ``pipelines/word_lists.toml``): ``title_stated_owners`` ("his",
"her", "their") + "title" + "is"/"'s"/"," and the words after; the words before "is the
title" / "is his title" (``title_stated_after``: "official", "actual"); "calls herself (the)"
and the words after. The words: one to six, none a pronoun, verb (but a participle, "-ing"
head), determiner or name, ended by punctuation or a word of ``title_stated_ends`` ("which",
"at", "now"); fillers ("um", "like", "i think") skipped before. Not where the recap says the
title was not given (:func:`~debrief.extract.title_unsaid.title_unsaid`), nor a cue said before
the contact's name is first said. Counted and measured in docs/extraction-history.md,
"contact52".
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Token

from debrief.extract.contact_title_first import first_said_at
from debrief.extract.doc_arrays import lowers
from debrief.extract.lexicon import token_f1, word_list
from debrief.extract.title_unsaid import title_unsaid
from debrief.models import Contact

#: A word of a title as the judge counts it.
_WORD = re.compile(r"[a-z0-9]+")
#: Words a stated title has at most.
_MOST_WORDS = 6
#: What "title" is said with before the words ("her title is X", "her title, X").
_IS_AFTER = {"is", "'s", "’s", ","}
#: The cue "<words> is the title": "is" and who owns the title.
_IS_BEFORE = {"is", "'s", "’s"}
_OWN_BEFORE = {"the", "his", "her", "their"}
#: "calls himself (the) X".
_CALLS = {"calls", "called", "call"}
_SELVES = {"himself", "herself", "themselves"}
_OPENERS = {"the", "a", "an"}
#: Parts of speech no stated title holds (a participle or gerund may: "consulting lead").
_NOT_TITLE_POS = {"PRON", "DET", "AUX", "VERB", "SCONJ", "CCONJ", "ADP", "NUM", "PUNCT"}


def _word(tok: Token, ends: frozenset[str]) -> bool:
    """Whether ``tok`` can be a word of a stated title (``ends`` holds the fillers too)."""
    if tok.lower_ in ends or "\n" in tok.text:
        return False
    if tok.text in {"&", "/", "-"}:
        return True
    if not (tok.is_alpha or tok.text in {"&", "/", "-"} or tok.text.replace("-", "").isalpha()):
        return False
    if tok.ent_type_ == "PERSON":
        return False
    # "of" of "director of engineering"; a participle of "consulting lead"
    return tok.lower_ == "of" or tok.pos_ not in _NOT_TITLE_POS or tok.tag_ in {"VBG", "VBN"}


def _forward(doc: Doc, i: int) -> str | None:
    """The stated words from ``i`` on, fillers skipped first."""
    fillers = word_list("title_stated_fillers")
    ends = word_list("title_stated_ends") | fillers
    lows = lowers(doc)
    while i < len(doc) and lows[i] in fillers:
        i += 1
    words: list[Token] = []
    while i < len(doc) and len(words) < _MOST_WORDS + 1 and _word(doc[i], ends):
        words.append(doc[i])
        i += 1
    while words and words[-1].lower_ == "of":
        words.pop()
    if not 0 < len(words) <= _MOST_WORDS or words[0].lower_ == "of":
        return None
    return " ".join(t.text for t in words)


def _backward(doc: Doc, i: int) -> str | None:
    """The stated words ending before ``i`` ("..., uh, integrated product support manager is
    the title"): they must start after punctuation, a filler or the sentence's start."""
    fillers = word_list("title_stated_fillers")
    ends = word_list("title_stated_ends") | fillers
    lows = lowers(doc)
    words: list[Token] = []
    k = i - 1
    while k >= 0 and len(words) <= _MOST_WORDS and _word(doc[k], ends):
        words.insert(0, doc[k])
        k -= 1
    if not 0 < len(words) <= _MOST_WORDS or words[0].lower_ == "of":
        return None
    bounded = k < 0 or doc[k].is_punct or lows[k] in fillers or doc[k].is_sent_end
    return " ".join(t.text for t in words) if bounded else None


def stated_title(doc: Doc, start: int = 0) -> str | None:
    """The first title the recap states as the title from ``start`` on (module doc)."""
    lows = lowers(doc)
    owners, after = word_list("title_stated_owners"), word_list("title_stated_after")
    for i in range(start, len(doc) - 1):
        w = lows[i]
        if w == "title" and i > 0:
            k = i - 1
            while k > 0 and lows[k] in after:
                k -= 1
            if lows[k] in owners and lows[i + 1] in _IS_AFTER:
                # "that's their title, supply chain team": the title was said before it
                if lows[i + 1] == "," and k > 0 and lows[k - 1] in _IS_BEFORE:
                    continue
                said = _forward(doc, i + 2)
                if said:
                    return said
            if lows[k] in _OWN_BEFORE and k > 0 and lows[k - 1] in _IS_BEFORE:
                said = _backward(doc, k - 1)
                if said:
                    return said
        elif w in _CALLS and lows[i + 1] in _SELVES:
            j = i + 2
            if j < len(doc) and lows[j] in _OPENERS:
                j += 1
            said = _forward(doc, j)
            if said:
                return said
    return None


def shared_words(a: str, b: str) -> float:
    """The token F1 of two titles' words, read as the judge reads them (letters and digits:
    "Senior Manager, Early Talent" and "Senior Manager" share two words)."""
    return token_f1(_WORD.findall(a.lower()), _WORD.findall(b.lower()))


def title_as_stated(doc: Doc, contact: Contact) -> Contact:
    """``contact`` with the title the recap states as the title where the kept one shares
    less than half its words with it; unchanged otherwise (module doc)."""
    start = 0
    if contact.name:
        at = first_said_at(doc, contact.name) or first_said_at(doc, contact.name.split()[0])
        if at is None:
            return contact
        start = at
    said = stated_title(doc, start)
    if said is None or title_unsaid(doc):
        return contact
    if contact.title and shared_words(contact.title, said) >= 0.5:
        return contact
    return replace(contact, title=said)
