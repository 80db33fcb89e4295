"""Job openings and pay figures: leads and logistics from the call, not insights.

"They've got a lead engineer opening in April", "they're hiring an evening instructor right
now", "NAVSUP has a GS-12 contract specialist opening, closes 30 Oct", "pay for a tech-level
agent starts like 75 to 85", "a field tech position, pays around 60, 65 to start": the newer
authors (v, y, z; w alike) leave these unlabelled every time but one (an opening told as the
speaker's next rung) -- an opening is a lead the speaker acts on (a follow-up), a starting pay
a fact about one job, not what the work is like. The model filed 14 such sentences of v, y and
z as advancement, advice, career_path or mission_values (stop 29, insights14). What the
contact likes or hates about pay ("he likes the pay, 95k+", "lower pay than contractors") and
the speaker's own story stay: :func:`job_notice` is not applied to likes, dislikes nor
self_pitch (:mod:`insight_refile`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from debrief.extract.doc_arrays import lemmas, lowers
from debrief.extract.lexicon import title_heads, word_list

#: what a starting pay is said of: "pay is 85 to 95", "pays around 60", "starts about 68"
_PAY = frozenset({"pay", "pays", "paid", "salary", "wage", "wages", "start", "starts"})
#: a figure within this many words after the pay word is its amount
_PAY_WINDOW = 5
#: what a figure after a pay word is NOT an amount of: "pay for the class after 90 days",
#: "pays 100% of tuition", "GS-12 step 5"
_NOT_AMOUNT = frozenset({"%", "percent", "days", "day", "weeks", "months", "years", "step"})
#: how many words after a candidate (up to a full stop) may still tell the speaker to apply
_APPLY_AFTER = 6
#: the words :func:`job_notice` looks at (an opening, hiring, a pay word)
_NOTICE_WORDS = frozenset({"opening", "openings", "hiring"}) | _PAY
#: the lemmas of a post to fill (:func:`_hired`, :func:`_needed`): "they'll hire a ...",
#: "they need someone to ..."
_POST_LEMMAS = frozenset({"hire", "need"})
#: what makes "a ... opening" a job: "a supervisor opening", "two openings", "an opening"
_ONE = frozenset({"a", "an", "one", "two", "three", "few", "couple", "several", "some"})


def _figure(t: Token) -> bool:
    """A written amount: "62", "55-65k", "$24", not "zero" nor "GS-12"."""
    return any(ch.isdigit() for ch in t.text) and (t.like_num or t.text[0].isdigit())


def _pay_figure(doc: Doc, k: int, e: int) -> bool:
    """Is the pay word at ``k`` followed by its amount ("starts like 75 to 85")?"""
    if k + 1 < e and doc[k + 1].lower_ == "for" and doc[k].lower_ != "pay":
        return False
    if doc[k].lower_ in {"start", "starts"} and not any(
        doc[j].lower_ in {"pay", "pays", "salary"} for j in range(max(0, k - 8), k)
    ):
        # "every quarter starts at zero", "she starts at 6:30": only a pay's start
        return False
    for j in range(k + 1, min(k + 1 + _PAY_WINDOW, e)):
        if doc[j].text in {".", ";"}:
            return False
        if _figure(doc[j]):
            after = doc[j + 1].lower_ if j + 1 < len(doc) else ""
            return after not in _NOT_AMOUNT and doc[j - 1].lower_ not in _NOT_AMOUNT
    return False


def _opening(doc: Doc, k: int) -> bool:
    """ "a lead engineer opening", "two openings right now": one job open, not "openings
    are rare" (a culture), "opening a Columbus office" (a verb) nor "told him about an
    opening" (the contact's path)."""
    t = doc[k]
    if t.lower_ not in {"opening", "openings"} or t.pos_ == "VERB":
        return False
    if t.head.tag_ == "VBD" or (t.head.lower_ == "about" and t.head.head.tag_ == "VBD"):
        return False  # "when they had an opening", "told him about an opening": the contact's path
    if any(c.dep_ == "det" and c.lower_ in _ONE for c in t.children):
        return True  # "a full-time HVACR instructor position opening": its own article, far back
    return any(doc[j].lower_ in _ONE for j in range(max(0, k - 5), k))


def _hiring(t: Token) -> bool:
    """ "they're hiring an analyst in June", "he's hiring two planners": one job open now,
    not a field's trend ("the state is hiring policy analysts and lots of them come from
    social work": n..s file it as skills) nor his work ("he spends half his time hiring")."""
    if t.lower_ != "hiring" or t.pos_ != "VERB":
        return False
    if not any(c.dep_ == "aux" and c.lemma_ == "be" for c in t.children):
        return False
    return any(
        c.dep_ in {"dobj", "obj"} and any(d.lower_ in _ONE for d in c.children) for c in t.children
    )


#: who may need a new hire when said as a pronoun: the organisation or the contact; never the
#: speaker ("I need a mentor"), "we" (mostly the speaker's own shop) nor "you" (what a job
#: asks of anyone: "you need a licensed supervisor")
_HIRERS = frozenset({"they", "he", "she"})
#: who a hire to come is, with an infinitive after it ("someone to run it")
_SOMEONE = frozenset({"someone", "somebody"})


def _hired(t: Token) -> bool:
    """ "they're going to hire a production manager", "they'll hire a night lead", "a
    security role, which they're hiring for now": one job to fill, said with its future or
    as what the role is hired for (not "he hires for curiosity": no article, a skill)."""
    if t.pos_ != "VERB" or t.lemma_ != "hire":
        return False
    if t.lower_ == "hiring" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in t.children):
        # "which they're hiring for now": the relative pronoun is the role
        return any(
            c.dep_ == "prep" and c.lower_ == "for" and any(d.lower_ == "which" for d in t.subtree)
            for c in t.children
        )
    future = t.head.lemma_ == "go" or any(
        c.dep_ == "aux" and c.lower_ in {"will", "'ll", "ll"} for c in t.children
    )
    return future and any(
        c.dep_ in {"dobj", "obj"} and any(d.lower_ in {"a", "an"} for d in c.children)
        for c in t.children
    )


def _needed(t: Token) -> bool:
    """ "they need someone to run it", "they'll need a production manager", "needs someone to
    build it": a post the organisation has to fill, told like an opening (author ac leaves
    all of these unlabelled, as v, y and z leave "they're hiring ..."). Not what a hire must
    bring ("he needs someone who knows studio owners", "need people who can teach": skills),
    nor someone licensed, nor the speaker's or anyone's need ("I need a portfolio")."""
    if t.lemma_ != "need" or t.pos_ != "VERB" or any(c.dep_ == "neg" for c in t.children):
        return False
    subj = [c for c in t.children if c.dep_ == "nsubj"]
    if subj and not (subj[0].lower_ in _HIRERS or subj[0].pos_ == "PROPN"):
        # only the organisation or the contact needs a hire, not "half the fixes need a
        # developer" (a dislike) nor the speaker ("I need a mentor")
        return False
    for obj in (c for c in t.children if c.dep_ in {"dobj", "obj"}):
        kids = list(obj.children)
        if obj.lower_ in _SOMEONE:
            # an infinitive only: "someone to run it", not "someone who knows" or "licensed"
            return any(
                k.dep_ == "relcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in k.children)
                for k in kids
            )
        if obj.lower_ in title_heads() and obj.tag_ == "NN":
            # "a production manager", bare of any clause or "with" saying what it asks
            return any(k.dep_ == "det" and k.lower_ in {"a", "an"} for k in kids) and all(
                k.dep_ in {"det", "compound", "amod"} for k in kids
            )
    return False


def _speaker_applies(t: Token) -> bool:
    """ "I should apply", "said to apply", "told me to apply" (not "nobody's applied")."""
    if t.lemma_ != "apply":
        return False
    subj = [c for c in t.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if subj:
        return subj[0].lower_ in {"i", "me"}
    return any(c.dep_ == "aux" and c.lower_ in {"to", "should", "must"} for c in t.children)


def job_notice(doc: Doc, span: tuple[int, int]) -> bool:
    """Does ``span`` tell of a job opening or a job's starting pay? Not when it tells the
    speaker to apply ("there's a coordinator opening in January and I should apply": n..s
    file that as advice)."""
    s, e = span
    # the words first (lower case, lemmas): asked of every candidate, a Token per word else
    words, lems = lowers(doc), lemmas(doc)
    end = e
    while end < min(len(doc), e + _APPLY_AFTER) and words[end - 1] not in {".", "!", "?"}:
        end += 1
    if any(_speaker_applies(doc[k]) for k in range(s, end) if lems[k] == "apply"):
        # and the words right after: "they're hiring an educator in the spring and i should
        # apply" is cut before "and i should apply" (the speaker's plan; in a run-on the
        # parser may even start a new sentence there)
        return False
    # a post to fill told with the room it gives to grow is the speaker's rung (advancement)
    rung = any(lems[k].lower() in word_list("opening_rung_lemmas") for k in range(s, e))
    for k in range(s, e):
        if words[k] not in _NOTICE_WORDS and lems[k] not in _POST_LEMMAS:
            continue
        t = doc[k]
        if _opening(doc, k) or _hiring(t) or (not rung and (_hired(t) or _needed(t))):
            return True
        if t.lower_ in _PAY and _pay_figure(doc, k, e):
            return True
    return False
