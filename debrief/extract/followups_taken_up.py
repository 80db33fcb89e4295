"""The contact's suggestion the speaker takes up by pointing back at it, for debrief_followups_v1.

Dictated recaps often close on the contact's words and a bare acceptance: "he said send him my
resume and he'll pass it to HR, so I'll do that tomorrow morning", "she said message her on
LinkedIn so she remembers. I'll do that tonight", "she said sign up on the volunteer portal and
email her ... doing that Saturday." The clause rules read "I'll do that tomorrow" as the item,
a text with no step in it; the contact's imperative before it is skipped as her advice. The
labels name the step (ak, bw) or keep the pointer and its step together (d, f), and a few
keep the pointer alone (c, e; "Gotta do that tonight"): the item here is the imperative, then
the pointing clause ("send him my resume, I'll do that tomorrow morning"), with the pointer's
due date, which pairs with all three ways while the step is short (docs/extraction-history.md,
"fu43").

Read only when an item is "do that/it/this" after at most its subject and cue words, and the
word before the imperative is a reporting verb of the contact's ("he said", "she told me
to") in the item's sentence or the two before; the imperative ends at the contact's reason
or promise ("so ...", "and he'll ...", a comma). An imperative already an item is left alone.
Words are in the ``[taken_up]`` table of ``pipelines/followup_cues.toml``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from debrief.models import FollowUp

#: who says the words taken up: the contact, by pronoun or name
_SAYERS = frozenset({"she", "he", "they"})
#: how many words the pointing item may hold, its subject and date included
_POINTER_SPAN = 9
#: openers that join the pointer to what went before, not part of its cue
_JOINERS = frozenset({"so", "and", "then", ",", "ok", "okay", "um", "uh"})
#: how many sentences before the item's the contact's words may lie in
_SENTS_BACK = 2


def taken_up(doc: Doc, items: list[FollowUp], cues: dict, imperatives: set[str]) -> list[FollowUp]:
    """``items`` with each "I'll do that <when>" after the contact's imperative given the
    imperative's words; ``imperatives`` are the cue file's verbs (spaCy often tags "email",
    "message" as nouns)."""
    out: list[FollowUp] = []
    for item in items:
        out.append(_grown(doc, item, items, cues, imperatives) or item)
    return out


def _grown(
    doc: Doc, item: FollowUp, items: list[FollowUp], cues: dict, imperatives: set[str]
) -> FollowUp | None:
    if item.start is None or item.end is None:
        return None
    span = doc.char_span(item.start, item.end, alignment_mode="expand")
    if span is None or not _points_back(list(span), cues):
        return None
    said = _said_before(doc, span.start, cues)
    if said is None:
        return None
    skipped, stops = set(cues["skipped"]), set(cues["stops"])
    j = said + 1
    while j < span.start and doc[j].lower_ in skipped:
        j += 1
    if j >= span.start or not (doc[j].tag_ == "VB" or doc[j].lower_ in imperatives):
        return None
    if doc[j].lemma_.lower() == "do":
        return None  # "she said do it" points back itself
    end = j + 1
    while end < span.start and not _stops(doc[end], stops):
        end += 1
    if end - j > int(cues["longest"]):
        return None
    first = doc[j].idx
    if any(f is not item and (f.start or 0) <= first < (f.end or 0) for f in items):
        return None  # the imperative is an item already
    step = doc[j:end].text.rstrip(" ,;")
    # the pointer with its cue, which the clause rules leave out ("Gotta do that tonight"):
    # the labels that keep the pointer keep it whole
    k = span.start
    while k > end and doc[k - 1].lower_ in set(cues["openers"]) - _JOINERS:
        k -= 1
    pointer = doc.text[doc[k].idx : item.end] if k < span.start else item.text
    return FollowUp(text=f"{step}, {pointer}", due=item.due, start=first, end=item.end)


def _points_back(words: list[Token], cues: dict) -> bool:
    """ "I'll do that tonight", "doing that Saturday", "gotta do it this week"."""
    if len(words) > _POINTER_SPAN:
        return False
    openers, pointers = set(cues["openers"]), set(cues["pointers"])
    k = 0
    while k < len(words) and words[k].lower_ in openers:
        k += 1
    return (
        k + 1 < len(words) and words[k].lemma_.lower() == "do" and words[k + 1].lower_ in pointers
    )


def _said_before(doc: Doc, start: int, cues: dict) -> int | None:
    """The index of the contact's last reporting verb in the sentence of ``start`` or the two
    before it, when the last reporting verb there is the contact's."""
    verbs = set(cues["said_verbs"])
    first = doc[start].sent.start
    for _ in range(_SENTS_BACK):  # "... so he remembers." may be split off as its own
        first = doc[first - 1].sent.start if first > 0 else first
    for m in range(start - 1, max(first, 1) - 1, -1):
        w = doc[m]
        if w.lemma_.lower() in verbs and w.pos_ in {"VERB", "AUX"}:
            who = doc[m - 1]
            if who.lower_ in _SAYERS or who.ent_type_ == "PERSON":
                return m
            return None  # the speaker's own "I said": not hers to take up
    return None


def _stops(tok: Token, stops: set[str]) -> bool:
    """Where the contact's imperative ends: her reason, a new subject, a comma."""
    if tok.lower_ == "and":
        nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
        return nxt is not None and nxt.lower_ in {"he", "she", "they", "he'll", "she'll", "i"}
    return tok.lower_ in stops or tok.dep_ in {"nsubj", "nsubjpass"}
