"""Whose suggestion a bare verb after "she said" is: the contact's, told to the speaker.

"she said ping a guy named X on his team", "he said apply online and tell her coordinator,
X", "she said call her friend X": the contact reporting what the speaker should do says it
as a bare verb right after "said" (or after a first step and "and"). When the person is
that verb's object (the verb is among the name's syntactic heads) and the verb is one of
getting in touch (``told_verbs`` of ``pipelines/people_cues.toml``), the suggestion is the
contact's and the person a referral, whatever the verb: the cue phrase list held "said
call" and "said email" but not "ping", "tell" or "ask". A subject of its own between "said"
and the verb ("she said I could ask X", "she said he'd call X") leaves it to the other
rules, as does "I said"; a subjectless "said" opening a note's line ("- said ping X") is
the contact's, as in the directives of ``people_relation``; a negation before the verb
("said don't call X") is no suggestion. Read only where a said word follows the contact's
pronoun or name in the name's sentence. The parser may glue the verb into the name's own
phrase ("She said ping Marcus Bell.", "ping" a compound of "Bell"): a verb right before the
name and attached inside it counts as its head. The studies: docs/extraction-history.md,
"people28" and "people31".
"""

from __future__ import annotations

from spacy.tokens import Doc

from debrief.extract.lexicon import cue_set

#: words that, between "said" and the verb, make it no plain instruction to the speaker
_SUBJECTS = {"i", "you", "we", "he", "she", "they", "it", "not", "n't", "never", "don't"}


def told_to_contact(
    doc: Doc,
    s: int,
    aliases: set[str],
    subjects: set[str],
    said_words: set[str],
    verbs: set[str],
) -> bool:
    """True when the name at ``s`` is the object of a contact verb the contact said bare
    after "said" in the name's sentence (see the module docstring)."""
    sent = doc[s].sent
    firsts = {w.split()[0] for w in said_words}
    heads: set[int] | None = None
    for k in range(sent.start, s - 1):
        if doc[k].lower_ not in firsts:
            continue
        # "she said ...", "Dana said ...", and a note's subjectless "- said ping X"
        before = doc[k - 1] if k > sent.start else None
        if (
            before is not None
            and not before.is_punct
            and before.lower_ not in subjects
            and before.lower_ not in aliases
        ):
            continue
        said = _said_at(doc, k, s, said_words)
        if not said:
            continue
        for v in range(k + said, s):
            word = doc[v].lower_
            if word in _SUBJECTS or (doc[v].is_punct and doc[v].text != ","):
                break
            if word in verbs:
                if heads is None:
                    heads = {t.i for t in doc[s].ancestors}
                if v in heads or _glued(doc, v, s):
                    return True
    return False


def _glued(doc: Doc, v: int, s: int) -> bool:
    """ "She said ping Marcus Bell.": with no object marker after it, the parser may read the
    bare verb right before the name as the first word of the name's own phrase (a compound
    of "Bell", the name the object of "said"); said right before the name and attached
    inside it, the verb still takes the name as its object (people31)."""
    return v + 1 == s and s <= doc[v].head.i < doc[s].sent.end and doc[v].head.i != v


def _said_at(doc: Doc, k: int, s: int, said_words: set[str]) -> int:
    """The length of a said word ("said", "told me") at ``k`` with a word left between it
    and ``s``; else 0. The words are a phrase set built once per vocab (:func:`cue_set`)."""
    end = cue_set(doc.vocab, tuple(sorted(said_words))).end_at(doc, k, s - 1)
    return 0 if end is None else end - k


def said_after(
    doc: Doc,
    s: int,
    aliases: set[str],
    subjects: set[str],
    said_words: set[str],
    verbs: set[str],
) -> bool:
    """ "call Jerome Whitfield she said, he runs their institute", "gotta call Verna Chee at
    NTUA he said she's on the program": the same bare instruction with the contact's "said"
    trailing it. True when a contact verb (``verbs``) said bare is right before the name at
    ``s`` and, within a few words after the name with no punctuation between, the contact's
    pronoun or name is followed by a said word. Both development authors who write one label
    the person a referral (am, bf; people45)."""
    if s == 0 or doc[s - 1].lower_ not in verbs or doc[s - 1].tag_ != "VB":
        return False
    sent = doc[s].sent
    firsts = {w.split()[0] for w in said_words}
    for k in range(s + 1, min(sent.end - 1, s + 7)):
        if doc[k].is_punct:
            return False
        if (
            (doc[k].lower_ in subjects or doc[k].lower_ in aliases)
            and doc[k + 1].lower_ in firsts
            and _said_at(doc, k + 1, min(sent.end, k + 4), said_words)
        ):
            return True
    return False
