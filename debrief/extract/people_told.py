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
pronoun or name in the name's sentence. The study: docs/extraction-history.md, "people28".
"""

from __future__ import annotations

from spacy.tokens import Doc

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
    heads = {t.i for t in doc[s].ancestors}
    for k in range(sent.start, s - 1):
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
            if word in verbs and v in heads:
                return True
    return False


def _said_at(doc: Doc, k: int, s: int, said_words: set[str]) -> int:
    """The length of a said word ("said", "told me") at ``k``, before ``s``; else 0."""
    for phrase in said_words:
        parts = phrase.split()
        n = len(parts)
        if k + n < s and all(doc[k + j].lower_ == parts[j] for j in range(n)):
            return n
    return 0


#: words of the speaker in a clause: the contact acting for the speaker ("he'll introduce me")
_SPEAKER = {"me", "my", "us", "our", "i", "mine", "myself"}


def contacts_own_act(doc: Doc, cs: int, ce: int, aliases: set[str], subjects: set[str]) -> bool:
    """ "He's going to talk to the owner, X", "he will pass it to X": a cue whose clause has
    the contact for subject (the nearest subject up the cue's verb chain: "he", "she", "they"
    or the contact's name) and says nothing of the speaker (no "me", "my", "us" in the
    clause) is the contact's own errand, not a suggestion that the speaker get in touch: the
    person is mentioned. "He'll introduce me to X", "she'll pass my resume to X", "she'll put
    in a word with X" (on the speaker's behalf; test_extract_people_roles keeps it a
    referral) and "she suggested I talk to X" (the speaker the subject) stay referrals; the
    chain stops below a reporting verb ("he said send it to X" is an instruction to the
    speaker, not the contact's errand) (people28)."""
    if any(t.lower_ == "word" for t in doc[cs:ce]):
        return False  # "she'll put in a word with X" is said on the speaker's behalf
    verb = doc[cs] if doc[cs].pos_ in {"VERB", "AUX"} else doc[cs].head
    for _ in range(3):
        subj = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if subj:
            word = subj[0].lower_
            if word not in subjects and word not in aliases:
                return False
            break
        if verb.dep_ not in {"xcomp", "aux"} or verb.head is verb:
            return False
        verb = verb.head
    else:
        return False
    return not any(t.lower_ in _SPEAKER for t in verb.subtree)
