"""A date said in someone else's clause inside an item sets the item no due date.

An item's text often runs on over a clause that says what another person will do or offers:
"I need to email Yusuf, she's going to intro us by Friday", "arrange a shadowing day with his
team, he said any Thursday in May works", "I want to visit the shop, she said any Friday in
December". The date there is the other person's (her intro, a window offered), not the
speaker's deadline; the labels leave such items undated (docs/extraction-history.md, "fu40",
after fu39's study at stop 43). A date of the thing itself stays the step's deadline whoever
says it ("she said it closes October 23rd": the date's clause has "it" for its subject), and
so does a step asked of the speaker ("she said to send it by Friday": no subject of its own).

``others_dates`` reads the parse of the item's span: from a date's first token it goes up to
the nearest verb; a verb whose subject is the date itself ("any Thursday works") hands on to
its own head verb, and a "going to"/"plans to" verb with no object ("she's going to intro
us") takes its subject from the verb it hangs on. The date is someone else's when that subject
is "she", "he", "they" or a name standing in the item after its first word (an item opening
on its subject, "She'll send the deck Friday", is left to the item rules). It is not when the
verb reports speech ("he said Wednesday", "she said by end of the week": the speaker's step,
dated by them), unless a window word comes before the date ("any Friday"); nor when the
clause describes a thing ("the talks she recommended tonight": the tagger hangs the speaker's
"tonight" on it) or asks ("ask Clara if they need someone by Wednesday"). Measured at stop 44:
without those three, 13 right dates on 10 development authors were lost. Nor is it when a
comma sets the date off ("..., she's out Thursday, by Wednesday": the speaker's correction,
hung by the tagger on her clause; the suite's spoken-correction test).

Every walk up the heads is bounded: a parse whose heads loop (fu39's first version hung on
one at stop 43) ends the walk with no owner rather than going round for ever.
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Span, Token

from debrief.extract.dates import DateMention, due_date, find_dates, is_open_span
from debrief.extract.followup_cues import followup_cues

_CUES = followup_cues()
#: "he said Wednesday": the speaker's step reported, unless a window word makes it an offer
_REPORTING = frozenset(_CUES["intent"]["reporting_verbs"])
_WINDOW = frozenset(_CUES["others_date"]["window_words"])
#: a clause that describes a thing, or asks about one (see the module's docstring)
_DESCRIBING = frozenset({"relcl", "acl"})
_ASKING = frozenset({"if", "whether"})

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_SET_OFF = frozenset({",", ";", "-", "–", "—"})
#: third persons whose clause is theirs, not the speaker's
_OTHERS = frozenset({"she", "he", "they"})
#: verbs whose infinitive shares their subject ("she's going to intro us", "he plans to decide")
_RAISING = frozenset({"go", "plan", "want", "need", "have", "hope", "try", "mean"})
_VERBS = frozenset({"VERB", "AUX"})
#: how many verbs up the walk may go (a date hangs a clause or two below its subject)
_MAX_STEPS = 4


def _verb_above(tok: Token, span: Span) -> Token | None:
    """The nearest verb at or above ``tok`` inside ``span``; None when the walk leaves the
    span, reaches the root, or comes back to a token it has seen (heads that loop)."""
    seen: set[int] = set()
    while tok.pos_ not in _VERBS:
        seen.add(tok.i)
        up = tok.head
        if up.i in seen or not span.start <= up.i < span.end:
            return None
        tok = up
    return tok


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in _SUBJECTS), None)


def _window(date_tok: Token) -> bool:
    """ "any Friday in December": a span of days offered, said before the date."""
    before = date_tok.doc[date_tok.i - 1] if date_tok.i > 0 else None
    return before is not None and before.lower_ in _WINDOW


def _set_off(date_tok: Token) -> bool:
    """ "..., she's out Thursday, by Wednesday": a date set off by a comma, with or without
    its preposition, is the speaker's own (the tagger hangs it on the clause before)."""
    i = date_tok.i - 1
    if i >= 0 and date_tok.doc[i].pos_ == "ADP":
        i -= 1
    return i >= 0 and date_tok.doc[i].text in _SET_OFF


def _owner(date_tok: Token, span: Span) -> Token | None:
    """The subject of the clause the date is said in, inside ``span``; None when that clause
    has none (an imperative, "to send it by Friday") or the walk leaves the item."""
    if _set_off(date_tok):
        return None
    verb = _verb_above(date_tok, span)
    for _ in range(_MAX_STEPS):
        if verb is None:
            return None
        if verb.dep_ in _DESCRIBING or any(
            c.dep_ == "mark" and c.lower_ in _ASKING for c in verb.children
        ):
            return None
        subj = _subject(verb)
        if subj is not None and not (subj.left_edge.i <= date_tok.i <= subj.right_edge.i):
            if verb.lemma_.lower() in _REPORTING and not _window(date_tok):
                return None  # "he said Wednesday": the step's date, said by him
            return subj
        up = verb.head
        if subj is not None:  # the date is the subject: "any Thursday in May works"
            verb = _verb_above(up, span) if up.i != verb.i else None
            continue
        if (
            verb.dep_ == "xcomp"
            and up.lemma_.lower() in _RAISING
            and not any(c.dep_ in {"dobj", "obj"} for c in up.children)
            and span.start <= up.i < span.end
        ):
            verb = up  # "she's going to intro us by Friday": her intro
            continue
        return None
    return None


def others_dates(span: Span, text_start: int, found: list[DateMention]) -> list[DateMention]:
    """The mentions of ``found`` (offsets into the item's text, which starts at char
    ``text_start`` of the doc) said in another person's clause."""
    doc = span.doc
    out = []
    for m in found:
        toks = doc.char_span(text_start + m.start, text_start + m.end, alignment_mode="expand")
        if toks is None or len(toks) == 0:
            continue
        subj = _owner(toks[0], span)
        if subj is None or subj.i <= span.start:
            continue
        if subj.lower_ in _OTHERS or (subj.pos_ == "PROPN" and subj.text[:1].isupper()):
            out.append(m)
    return out


def own_due(span: Span, text: str, anchor: date) -> date | None:
    """The item's due date with the dates said in others' clauses blanked out of ``text``
    (``span``'s text, stripped); :func:`debrief.extract.dates.due_date` when there are none."""
    due = due_date(text, anchor)
    if due is None:
        return None
    found = [m for m in find_dates(text, anchor) if not is_open_span(m)]
    lead = len(span.text) - len(span.text.lstrip())
    theirs = others_dates(span, span.start_char + lead, found)
    if not theirs:
        return due
    kept = text
    for m in theirs:  # blanked, not cut: the other mentions keep their offsets and neighbours
        kept = kept[: m.start] + " " * (m.end - m.start) + kept[m.end :]
    return due_date(kept, anchor)
