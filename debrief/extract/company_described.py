"""Where an organisation said after "at" is first described, then named: the name is the company.

Writers often describe the place before they name it: "she's the marketing coordinator at a
family-owned tortilleria, Tortilleria La Esperanza", "director of events at a family-owned
venue called the Old Mill", "a barista trainer at, um, it's called Ember and Oak". The
organisation after the title (`company_titled`) read "a ..." with no name after as a
description and gave up, stopped its look for "called" at the hyphen of "family-owned", and
did not read past a hesitation. This finds where the name starts: past a spoken filler and
"it's called", at "called"/"named" within a few words, or, after an indefinite description
("a rural hospital"), at the capitalised name set after a comma. The study is in
docs/extraction-history.md, "company18".
"""

from __future__ import annotations

from spacy.tokens import Doc

#: What a writer says between "at" and the name: a hesitation, "it's"/"it is" before "called".
_HESITATIONS = {"um", "uh", "er", "erm", "like", ",", "it", "it's", "its", "'s", "is"}
_CALLED = {"called", "named"}
#: Punctuation that ends the description without a name ("at a bank. She ...").
_ENDS = {".", "!", "?", ";", ":", "(", ")"}
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
