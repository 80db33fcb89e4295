"""A first name said with "something" where its surname would be ("her cousin at the county
(Tamsin something)", "their head of data oluwaseun something"): the speaker caught the given
name of a person and not the rest. Nobody says a firm, a tool or a place that way, so the word
is a person even where no other cue names it one; a lone first name is otherwise dropped as
more often an organisation (``people_orgs._lone_or_noun``).

The people component's context check (``people_context._context_after``) and the gathering of
names in lower-case transcripts (``people_gather._lower_transcript_names``) call it.
"""

from __future__ import annotations

from spacy.tokens import Doc

from debrief.extract.lexicon import non_name_words
from debrief.names_spelling import lexicon

# what may follow "<name> something" where a clause or an aside ends: "(Ngozi something)",
# "ngozi something and i need to ...", "Tamsin something, who ..."
_BREAKS = {"and", "who", "or", "i", "but", "so", "she", "he", "from", "at", "in", "on", "is"}


def surname_unknown(doc: Doc, e: int) -> bool:
    """True when the word before ``e`` is a name and ``doc[e]`` the "something" said for its
    surname: the word is a noun or a given name, and "something" ends the clause ("Tamsin
    something else" goes on, as "something like" does)."""
    if e < 1 or e >= len(doc) or doc[e].lower_ != "something":
        return False
    name = doc[e - 1]
    if not name.is_alpha or name.is_stop or len(name.text) < 3:
        return False
    if name.pos_ not in {"PROPN", "NOUN"} and name.lower_ not in lexicon().given:
        return False
    # not a sentence's first word ("Maybe something."), nor an acronym ("a CSCP something");
    # cased or not ("Tamsin", which the tagger reads as a common noun; "ngozi"), a census
    # given name or no English word ("a product something", "a Marketing something" are none)
    if name.is_sent_start or name.text.isupper():
        return False
    if name.lower_ not in lexicon().given and name.lower_ in non_name_words():
        return False
    if _name_given_late(doc, e - 1):
        return False
    if e + 1 >= len(doc):
        return True
    nxt = doc[e + 1]
    return nxt.is_punct or nxt.lower_ in _BREAKS


def _name_given_late(doc: Doc, i: int) -> bool:
    """ "his name was ravi, ravi something": a name given after "name was" earlier in the
    sentence is the contact's own, remembered late (people18 found the same of "his name was"
    as a cue), not someone mentioned."""
    sent = doc[i].sent
    return any(
        t.lower_ == "name" and doc[t.i + 1].lower_ == "was"
        for t in doc[sent.start : i]
        if t.i + 1 < i
    )
