"""Where an organisation said after "at" is first described, then named: the name is the company.

Writers often describe the place before they name it: "she's the marketing coordinator at a
family-owned tortilleria, Tortilleria La Esperanza", "director of events at a family-owned
venue called the Old Mill", "a barista trainer at, um, it's called Ember and Oak". The
organisation after the title (`company_titled`) read "a ..." with no name after as a
description and gave up, stopped its look for "called" at the hyphen of "family-owned", and
did not read past a hesitation. This finds where the name starts: past a spoken filler and
"it's called", at "called"/"named" within a few words, or, after an indefinite description
("a rural hospital"), at the capitalised name set after a comma. Two more readings of the
same place: "she's" between the title and "at" goes on ("physician assistant, she's at a
rural hospital, ..."), and "the Accra office of GreenRock" is GreenRock's. The study is in
docs/extraction-history.md, "company18".
"""

from __future__ import annotations

from spacy.tokens import Doc

#: What a writer says between "at" and the name: a hesitation, "it's"/"it is" before "called".
_HESITATIONS = {"um", "uh", "er", "erm", "like", ",", "it", "it's", "its", "'s", "is"}
_CALLED = {"called", "named"}
#: Punctuation that ends the description without a name ("at a bank. She ...").
_ENDS = {".", "!", "?", ";", ":", "(", ")"}
#: A place's unit of an organisation: "the Accra office of GreenRock", "the Lagos branch of".
_UNITS = {"office", "branch", "campus"}
#: "she's"/"he is" between a title and "at": still the contact, still the present.
_IS = {"'s", "’s", "is", "are"}
#: How many tokens the description may run before "called" or the comma ("a family-owned
#: venue in Vermont called").
_SKIP = 9


def _past_hesitation(doc: Doc, j: int) -> int:
    """``j`` moved past a hesitation right after "at" ("at, um, it's called")."""
    while j < len(doc) and doc[j].lower_ in _HESITATIONS:
        j += 1
    return j


def named_after(doc: Doc, j: int) -> tuple[int, bool]:
    """Where the organisation's name starts when what follows "at" (token ``j``) describes it
    first, and whether what is said there is only a description (an indefinite "a bank" with
    no name after). ``(j, False)`` where nothing is described."""
    j = _past_hesitation(doc, j)
    indefinite = j < len(doc) and doc[j].lower_ in {"a", "an"}
    for k in range(j, min(len(doc), j + _SKIP + 1)):
        tok = doc[k]
        if tok.lower_ in _CALLED:
            return k + 1, False
        if tok.text in _ENDS:
            break
        if tok.text == ",":
            # "at a rural critical access hospital, Sweetwater Memorial": the name set after
            after = k + 1
            if indefinite and after < len(doc) and doc[after].text[:1].isupper():
                return after, False
            break
    return j, indefinite


def owner_of_unit(doc: Doc, end: int) -> int | None:
    """Where the organisation starts when the one found before ``end`` is only the place of
    its office ("at the Accra office of GreenRock Infrastructure Fund": the fund is where
    they work, Accra where the office is); None where no "office of" follows."""
    if end + 2 < len(doc) and doc[end].lower_ in _UNITS and doc[end + 1].lower_ == "of":
        return end + 2
    return None


def present_of_contact(doc: Doc, k: int, pronouns: set[str]) -> bool:
    """Whether token ``k`` is the "'s"/"is" of "she's"/"he is" said between a title and "at"
    ("physician assistant, she's at a rural hospital"): the title's tail goes on past it."""
    return doc[k].lower_ in _IS and k > 0 and doc[k - 1].lower_ in pronouns
