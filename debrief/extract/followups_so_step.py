"""The speaker's step after "so", closing the contact's words, for debrief_followups_v1.

Whose intention is a bare imperative said after "so" inside a sentence of the contact's words
("he said Jenna on the loyalty team is ex-finance too, so get in touch with Jenna", "she offered
to review my resume, so send Leticia my resume by Wednesday")? "so" draws the speaker's own
conclusion from what was said; but most such imperatives on the development authors go on with
the contact's advice ("she said state jobs promote by exam, so study for the exams": 43 of 50,
none labelled). The ones the labels keep (8, on 7 authors: ac, at, d, g, o, r, z) are aimed
at someone by name or by "him/her/them", or say when; no imperative so aimed or dated after
"so" goes unlabelled there. So the step is the speaker's when its clause names a person or
has a due date (docs/extraction-history.md, "fu30: the speaker's step after so, and the
non-steps said as a plan").

At a sentence's start "so" is an opener and the clause rules read the imperative already; this
reads it only inside the sentence, after someone else's reporting verb ("he said", "she
mentioned", "they told me").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from debrief.extract.dates import due_date
from debrief.extract.doc_arrays import lowers
from debrief.extract.followups_tokens import anchor_date, has_subject

#: words skipped between "so" and the imperative ("so, um, email ...")
_SKIP = frozenset({"um", "uh", ",", "yeah", "okay", "ok"})
#: a person named by a pronoun: "so send him my resume"
_PERSONS = frozenset({"him", "her", "them"})
#: who may say the words before "so": the contact, someone named
_SAYERS = frozenset({"she", "he", "they"})
#: the tags an imperative of the cue file may carry ("email" is often read as a noun)
_CUE_TAGS = frozenset({"VB", "NN", "NNP", "VBP"})


def so_steps(
    doc: Doc,
    sent: Span,
    found: list[tuple[int, int]],
    imperatives: set[str],
    reporting: set[str],
) -> list[tuple[int, int]]:
    """(start, verb) of each bare imperative after a "so" inside the sentence, after another's
    reporting verb, aimed at a person or dated, that no found step already starts at or after."""
    words = lowers(doc)
    if "so" not in words[sent.start + 1 : sent.end - 1]:
        return []  # the word first: most sentences hold no inner "so"
    out: list[tuple[int, int]] = []
    for k in range(sent.start + 1, sent.end - 1):
        if words[k] != "so" or any(s >= k for s, _v in found):
            continue
        j = k + 1
        while j < sent.end and words[j] in _SKIP:
            j += 1
        if j >= sent.end:
            break
        verb = doc[j]
        if not (verb.tag_ == "VB" or (words[j] in imperatives and verb.tag_ in _CUE_TAGS)):
            continue
        if words[j] == "be" or has_subject(verb) or not _said_before(doc, sent.start, k, reporting):
            continue
        # the clause: to its first comma, or where a new subject starts one of its own (an
        # unpunctuated run-on: "so take it with some salt he started as ... in May")
        end = next(
            (
                m
                for m in range(j + 1, sent.end)
                if words[m] in {",", ";"} or doc[m].dep_ in {"nsubj", "nsubjpass"}
            ),
            sent.end,
        )
        aimed = any(t.ent_type_ == "PERSON" or words[t.i] in _PERSONS for t in doc[j + 1 : end])
        if aimed or due_date(doc[j:end].text, anchor_date(doc)) is not None:
            out.append((j, j))
    return out


def _said_before(doc: Doc, start: int, k: int, reporting: set[str]) -> bool:
    """Someone else's reporting verb ("he said", "Dana mentioned") before ``k``."""
    for m in range(start + 1, k):
        w = doc[m]
        if w.pos_ == "VERB" and w.lemma_.lower() in reporting:
            who = doc[m - 1]
            if who.lower_ in _SAYERS or who.ent_type_ == "PERSON":
                return True
    return False
