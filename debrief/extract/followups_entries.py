"""Where the entries of a to-do list said in one sentence begin, for debrief_followups_v1.

Decides, after a list header or to-do label ("To do, ...", "Homework: ...", "Action items,
..."), which words open an entry of the list and so start a step. A speaker says such a list
the way they speak, not the way a typist writes one:

    To do, um, I need to sign up for the course tonight, and email Ana by Wednesday.
    to do um email Ana on Friday and download the trial tonight.
    Homework: ask her for the test — she said she'd send it — and make a list of ...

An entry opens right after the label or after a separator (a comma, a semicolon, a spaced
dash, "and" after one of them), with fillers ("um", "just", "also") skipped on the way; it is
a step when its first word is a verb's base form, whatever the tagger made of it ("log" NN,
"do" VBP; not after a bare comma, where "email Marco, mention Ines" is one step), or when it
is the speaker's own clause ("I need to ...", "I'll ..."), which the list reader took only
when no bare imperative stood in the same list. On the development authors the labels keep
every such entry as a step (docs/extraction-history.md, "fu34: the entries of a to-do list
said in one sentence"). A clause inside an entry ("..., she said I should bring my log")
opens at no separator and stays the contact's words.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from debrief.extract.doc_arrays import lowers
from debrief.extract.followups_labels import bare_present
from debrief.extract.followups_sections import verb_reading

#: words said between a separator and an entry's first word ("..., and um, email Ana")
ENTRY_FILLERS = frozenset({"um", "uh", "umm", "uhh", "erm", "just", "also", "then", "maybe"})
#: what parts two entries (a hyphen only with a space before it: not "thank-you")
_SEPARATORS = frozenset({",", ";", "—", "–"})


def entry_opens(doc: Doc, k: int, j: int) -> int:
    """Whether an entry of the list whose first entry starts at ``doc[j]`` may open at
    ``doc[k]``, fillers between skipped: 2 at ``j`` or after a separator other than a bare
    comma (a semicolon, a dash, ", and"), 1 after a bare comma, 0 elsewhere. Strings only."""
    words = lowers(doc)
    b = k
    while b > j and words[b - 1] in ENTRY_FILLERS:
        b -= 1
    if b == j:
        return 2
    if _separator(doc, words, b - 1):
        return 1 if words[b - 1] == "," else 2
    return 2 if words[b - 1] == "and" and b - 2 >= j and _separator(doc, words, b - 2) else 0


def entry_begins(doc: Doc, k: int, j: int) -> int:
    """Where the entry opening on ``doc[k]`` begins with the fillers said before its first
    word ("..., then send ..."): the entry before it ends there, not on "then"."""
    words = lowers(doc)
    while k > j and words[k - 1] in ENTRY_FILLERS:
        k -= 1
    return k


def entry_verb(tok: Token, imperatives: set[str], verbs: frozenset[str], opens: int) -> bool:
    """Whether an entry opening on ``tok`` opens on a verb: a cue-file imperative, a base form
    as tagged, a present form with no subject; and where the list or ", and" opens the entry
    (``opens`` 2), any verb's base form the tagger read otherwise ("log the transits" NN),
    not the entry's subject nor a past form ("found a system that worked"). After a bare
    comma the tagger's reading stands: "email Marco, mention Ines" is one step, the second
    verb saying how."""
    if tok.lower_ in imperatives or tok.tag_ == "VB" or bare_present(tok):
        return True
    return (
        opens == 2
        and tok.is_alpha
        and tok.lower_ != "i"
        and tok.tag_ not in {"VBD", "VBN"}
        and verb_reading(tok, verbs)
    )


def _separator(doc: Doc, words: list[str], i: int) -> bool:
    if words[i] in _SEPARATORS:
        return True
    return words[i] == "-" and i > 0 and bool(doc[i - 1].whitespace_)


#: where a doc keeps the start characters of the items read as entries of a list
_LISTED = "debrief_followups_listed"


def mark_listed(doc: Doc, starts: list[int | None]) -> None:
    """Note the items at these start characters as entries of a list of the speaker's steps."""
    doc.user_data.setdefault(_LISTED, set()).update(s for s in starts if s is not None)


def listed_entry(doc: Doc, start: int | None) -> bool:
    """Whether the item at ``start`` is an entry of a list of the speaker's steps: the list
    says whose it is, so a "she said" in an earlier entry ("..., no, she said Tuesday, and
    sign up for the training") does not make it the contact's advice run on; an advice word
    before it ("Her advice, learn ..., take ...") still does (``followups_advised``)."""
    return start is not None and start in doc.user_data.get(_LISTED, ())
