"""No title where the recap says the contact's title was never given.

"I didn't catch his title, something like clinical lead or head of clinical", "a partner, I
think, didn't give a title and I forgot to ask", "she's on their talent team i think not sure
of her title": the writer says outright that they do not know the job, and the labels keep no
title; the readers still take the guess or another phrase ("clinical lead", "partner", "ops
manager" of "their ops manager roles"). Over the development authors this is a kind of three
authors (ag, al, z) of the twelve titles given where the labels have none, and the one with
evidence of its own: the writer's word, which holds for any writer and needs no phrase of the
title. The cue is a word of not knowing ("n't", "not", "never", "no", "forgot") and after it
a word of hearing or knowing ("catch", "get", "give", "sure", "idea", "ask") within
``_WITHIN`` words before "title" in one sentence: the lists are ``title_unsaid_nots`` and
``title_unsaid_knowing`` of ``word_lists.toml``. Runs last on the combined answer
(:func:`~debrief.extract.roles_combine.combine`). Counted and measured in
docs/extraction-history.md, "title32: the contact's title where the recap says it was not
given".
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from debrief.extract.doc_arrays import lowers
from debrief.extract.lexicon import word_list
from debrief.models import Contact

#: Words before "title" the cue may span ("didn't actually catch what his exact title").
_WITHIN = 7
#: What ends the sentence the cue must be in.
_STOPS = {".", "!", "?", ";"}
#: The writer's own title ("they didn't ask my title") is not the contact's.
_OWN = {"my", "our", "me"}
#: Whose title: the contact's ("his title", "a title"), not advice ("ask for senior title").
_OWNERS = {"his", "her", "their", "a", "the", "any", "'s", "’s"}
#: Words between the owner and "title" ("her exact title", "his actual job title").
_QUALIFIERS = {"exact", "actual", "official", "real", "job", "full", "current"}
#: Words at most between the word of not knowing and the word of knowing ("didn't actually
#: catch", "forgot to ask"): "no, she said her title is X" is a correction, not a cue.
_GAP = 2


def _owned(lows: list[str], i: int) -> bool:
    """ "title" at ``i`` is someone's ("his", "her", "their exact", "a"), not a word of
    advice ("ask for senior title")."""
    k = i - 1
    while k > 0 and lows[k] in _QUALIFIERS:
        k -= 1
    return k >= 0 and lows[k] in _OWNERS


def title_unsaid(doc: Doc) -> bool:
    """The recap says the title was not given or caught (module doc): a word of not knowing,
    then within ``_GAP`` words a word of knowing, then the contact's "title"."""
    lows = lowers(doc)
    if "title" not in lows:
        return False
    nots, knowing = word_list("title_unsaid_nots"), word_list("title_unsaid_knowing")
    for i, w in enumerate(lows):
        if w != "title" or not _owned(lows, i):
            continue
        known_at = None
        for k in range(i - 1, max(-1, i - _WITHIN - 1), -1):
            if lows[k] in _STOPS or "\n" in doc[k].text or lows[k] in _OWN:
                break  # "didn't catch my title": the writer's own
            if lows[k] in knowing:
                known_at = k
            if lows[k] in nots and known_at is not None and known_at - k <= _GAP:
                return True  # "unsure" is in both lists
    return False


def untitled(doc: Doc, contact: Contact) -> Contact:
    """``contact`` with no title where the recap says the title was not given; unchanged
    otherwise."""
    if contact.title and title_unsaid(doc):
        return replace(contact, title=None)
    return contact
