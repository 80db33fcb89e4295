"""A transcript's sentence opening on a noun subject is no imperative, for debrief_followups_v1.

The follow-up rules take a sentence opening on a word of the cue file's imperatives even where
the tagger reads it as a noun, since typed notes open on "Email Dana ..." tagged that way.
Whisper capitalises every sentence's first word, and on a transcript that word is as often the
subject of the sentence's own verb: "Volunteer management is a whole thing", "Post-doc then
decided he hated the lab" (spoken-04, bv and bw; neither labelled, and their typed twins are no
follow-up). So on a transcript only (``doc._.spoken``), an opening word the tagger reads as a
noun that is the subject of a finite verb after it -- or a compound on that subject -- opens a
statement, not a to-do -- unless an object follows it ("Redo my star stories ...", parsed
as a subject): a verb tagged as a noun. A word tagged as a base verb is left to the other rules.
"""

from __future__ import annotations

from spacy.tokens import Token

#: the dependencies of a verb's subject
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
#: a verb's objects and particle on the opening word: it is a verb after all
_OBJECTS = frozenset({"dobj", "dative", "prt"})
#: words that open a verb's object, never a noun's modifier
_OBJECT_WORDS = frozenset({"my", "your", "him", "her", "them", "me", "us", "it"})
#: a finite verb's tags: the subject's clause is a statement
_FINITE = frozenset({"VBZ", "VBD", "VBP", "MD"})


def _finite_after(subject: Token) -> bool:
    head = subject.head
    return head.i > subject.i and (
        head.tag_ in _FINITE
        or any(c.dep_ in {"aux", "auxpass"} and c.tag_ in _FINITE for c in head.children)
    )


def noun_subject_opening(tok: Token) -> bool:
    """Is ``tok``, opening a sentence of a transcript, a noun subject (or a compound on one) of
    a finite verb after it?"""
    if not tok.doc._.spoken or not tok.tag_.startswith("NN"):
        return False
    if any(c.dep_ in _OBJECTS for c in tok.children):
        return False  # "Redo my star stories ...": a verb's object, the tag is the slip
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.lower_ in _OBJECT_WORDS:
        return False
    subject = tok
    while subject.dep_ in {"compound", "punct"} and subject.head.i > subject.i:
        subject = subject.head
    return subject.dep_ in _SUBJECTS and _finite_after(subject)
