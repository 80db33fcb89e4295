"""The contact called by initials: "AA suggested I speak with Mr. Tobias Lindqvist".

A referral needs the contact to say the cue (``people_relation._referral``: "she", "he",
"they" or one of the contact's names before it). Some note-takers write the contact by the
initials of their name after the heading gives it in full ("Call with Anita Adeyemi ... AA
suggested I contact ..."; bf writes every contact so, bk and bg once), and the initials are
none of the contact's names, so the referral the contact made was read as the speaker's
mention (people42: four of bf's referrals). This reads the contact's name as the extractor
found it and gives its initials ("AA", "TNR" for three names) as one more way the recap
names the contact, where the recap writes them in capitals as a word of their own; only the
relation reads it, so no name is dropped for it.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from debrief.extract.doc_arrays import texts
from debrief.extract.lexicon import honorific_words


def contact_initials(doc: Doc, name: str | None) -> set[str]:
    """``{"aa"}`` when the contact ``name`` has two words or more and the recap writes their
    initials in capitals as a token ("AA"), else empty; lower case, as the aliases are."""
    if not name:
        return set()
    # the courtesy titles are no initial ("Dr. Rosa M. Chen" is "RMC"): this reader's share
    # of the forms of address (house43)
    address = honorific_words("people_initials")
    parts = [
        p
        for p in re.split(r"[\s\-]+", name)
        if p and p[0].isalpha() and p.lower().rstrip(".") not in address
    ]
    if len(parts) < 2:
        return set()
    initials = "".join(p[0].upper() for p in parts)
    if initials in texts(doc):  # the words read once per doc, no Token built per word
        return {initials.lower()}
    return set()
