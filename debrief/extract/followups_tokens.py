"""Token-level tests of debrief_followups_v1 that need no cue data: the recap's anchor day,
list numbers ("1)", "two,"), coordination, who the subject is, shared objects."""

from __future__ import annotations

import re
from datetime import date, datetime

from spacy.tokens import Doc, Span, Token

from debrief.extract.dates import vocab
from debrief.extract.doc_arrays import texts
from debrief.extract.lexicon import cue_set
from debrief.models import FollowUp

#: "ill", "im", "ive", "id" in transcripts without apostrophes: I + the contracted auxiliary
FUSED = {"ill": "'ll", "im": "'m", "ive": "'ve", "id": "'d"}


def anchor_date(doc: Doc) -> date:
    """The day relative dates count from: the recap's recording time, else today."""
    when = doc._.recorded_at
    if isinstance(when, datetime):
        return when.date()
    if isinstance(when, date):
        return when
    return datetime.now().date()


def speaker_speaks(sent: Span) -> bool:
    """The speaker is a clause's subject again ("I told her ..."): the advice is over."""
    return any(t.lower_ in {"i", *FUSED} and t.dep_.startswith("nsubj") for t in sent)


#: How far into a recap its introduction ("Talked to Marcus Bell, ...") may reach.
INTRO_CHARS = 300


def introduces(item: FollowUp, name: str, anchor: date, verbs: set[str]) -> bool:
    """An item of the opening sentences that is the call's introduction, not a note: it names
    the contact (``name``, lower case) and sets no date ("Talk to Giovanni Russell, who is
    head of ..."), or it opens with one of ``verbs`` ("talk to", "speak with"), names the
    contact by any part of the name and is due no later than the call ("Talk to Marcus
    today." for Marcus Bell: tiny.en's "Talked to"; "Call yesterday with Haruto Sato, ...").
    The introduction opens the recap: an item past its first :data:`INTRO_CHARS` characters
    is a note even in an opening sentence, as an unpunctuated run-on's one long sentence is
    ("... so I'm going to email the office tomorrow and ask Priya if I can shadow her")."""
    if item.start is not None and item.start > INTRO_CHARS:
        return False
    words = re.findall(r"[^\W\d_]+", item.text.lower())
    if not any(len(part) > 2 and part in words for part in name.split()):
        return False
    if item.due is None and name in item.text.lower():
        return True
    # "talk to Marcus", "call yesterday with Haruto": the phrase's first word opens the
    # item, its second follows within three words
    opening = any(
        words[:1] == [first] and rest in words[1:4]
        for first, _, rest in (v.partition(" ") for v in verbs)
    )
    return opening and (item.due is None or date.fromisoformat(item.due) <= anchor)


def has_subject(tok: Token) -> bool:
    """The token has a subject of its own (a clause, not a bare imperative). A subject the
    parser hangs on it across a line break is another line's word ("Next steps" over "1. send
    thank-you tonight"): a typed line is a clause of its own (docs/extraction-history.md,
    "fu28: a second obligation joined by and")."""
    for c in tok.children:
        if c.dep_ in {"nsubj", "nsubjpass", "expl"}:
            lo, hi = (c.i, tok.i) if c.i < tok.i else (tok.i, c.i)
            if not any("\n" in t.text for t in tok.doc[lo:hi] if t.is_space):
                return True
    return False


def same_object(doc: Doc, s: int, k: int, j: int, end: int) -> bool:
    """'email Simone and Rahul' shares one verb; 'go in and ask' is one action."""
    first_verbs = [t for t in doc[s:k] if t.pos_ == "VERB"]
    if not first_verbs or all(t.lower_ in {"go", "come"} for t in first_verbs[-1:]):
        return True
    # "pick a project idea and send it to him": the second acts on what the first made; so
    # does a hand-over verb with no object of its own ("write the story and send to him")
    if j + 1 < end and doc[j + 1].lower_ in {"it", "them"}:
        return True
    return doc[j].lower_ in HANDOVER and bool(cue_set(doc.vocab, _HANDED).match_at(doc, j, end))


# verbs that pass on a thing made just before ("... and send to him", "... and forward over")
HANDOVER = frozenset({"send", "email", "forward", "mail", "submit", "give", "hand", "show"})
#: such a verb passing it on ("send to", "forward over"), read through the per-doc matcher
#: (house41)
_HANDED = tuple(sorted(f"{v} {p}" for v in HANDOVER for p in ("to", "over")))


NUMBER_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}


def enumerator(doc: Doc, k: int, end: int) -> int:
    """Length of a list number at ``doc[k]`` ("1)", "2.", "(3)", "one,"), else 0."""
    t = doc[k]
    if t.text == "(" and k + 2 < end and doc[k + 1].like_num and doc[k + 2].text == ")":
        return 3
    if k + 1 >= end:
        return 0
    nxt = doc[k + 1].text
    if k > 0 and doc[k - 1].lower_ in vocab().months:
        return 0  # "(closes May 1)": a day of the month, not a list number
    if re.fullmatch(r"\d{1,2}", t.text) and nxt in {")", "."}:
        return 2
    if re.fullmatch(r"\d{1,2}[).]", t.text):
        return 1
    if t.lower_ in NUMBER_WORDS and nxt in {",", ")", ":"} and (k == 0 or doc[k - 1].is_punct):
        return 2
    return 0


def coordinated(doc: Doc, verb: Token) -> bool:
    """'..., but I should lead with ...': a conjunction or comma right before the clause."""
    first = min(verb.left_edge.i, verb.i)
    prev = [t.lower_ for t in doc[max(0, first - 2) : first]]
    if any(p in {"and", "but", "so", ",", "then"} for p in prev):
        return True
    # "He said my years will matter but I should stop ...": the parser hangs "but" on the verb
    return any(
        c.dep_ == "cc" and c.i < verb.i and c.lower_ in {"but", "and"} for c in verb.children
    )


#: Words right before the speaker's "i" that tie its clause to what came before.
_TIES = {"that", "and", "but", "so", "or", "because", "if", "then", "when", "said", "says"}
#: Words that make the stretch before "i" a condition of the advice ("she said once it opens
#: i should apply"): the "i" clause is still hers.
_CONDITIONS = {"if", "once", "when", "before", "after", "until", "unless", "whether", "since"}


def fresh_clause(doc: Doc, head: Token, verb: Token) -> bool:
    """An unpunctuated run-on where the reported speech ended before the speaker's own "i":
    "she said that's real experience i'll apply for the role tonight", "he told me to apply
    through the pathways site i'm going to apply this weekend". Between the reporting verb
    and "i" the contact's words are complete (a verb with a subject of its own, or with an
    object), nothing punctuates them, and no word ("and", "that", "if") ties the "i" clause
    to them."""
    subj = next(
        (t for t in doc[max(head.i + 1, verb.i - 6) : verb.i] if t.lower_ in {"i", *FUSED}),
        None,
    )
    if subj is None or subj.i - head.i < 4 or doc[subj.i - 1].lower_ in _TIES:
        return False
    between = doc[head.i + 1 : subj.i]
    if any(t.is_punct or t.lower_ in _CONDITIONS for t in between):
        return False
    return any(
        head.i < t.head.i < subj.i
        and (
            (
                t.dep_ in {"nsubj", "nsubjpass", "expl"}
                and t.lower_ not in {"i", *FUSED}
                and t.head.tag_ in {"VBZ", "VBD", "VBP", "MD"}
            )
            or (t.dep_ == "dobj" and t.head.tag_ == "VB" and t.i > head.i + 2)
            or (
                t.dep_ == "pobj"
                and t.head.head.tag_ == "VB"
                and head.i < t.head.head.i < subj.i
                and t.i > head.i + 2
            )
        )
        for t in between
    )


def had_done(verb: Token) -> bool:
    """After "I'd", a past participle, or a past form unlike its base ("I'd assumed she was
    in sales", which the tagger calls VBD): "had", not "would". "read", "set" are their own
    base and stay a plan ("I'd read it first")."""
    return verb.tag_ == "VBN" or (verb.tag_ == "VBD" and verb.lower_ != verb.lemma_.lower())


def typed_lines(doc: Doc) -> list[Span]:
    """The sentences, each cut again at its line breaks: the parser runs a typed note's bullets
    together when they carry no full stop ("- she likes it\\n- TODO: register for ..."), and a
    "TODO:" or "Action:" that opens a line then sits mid-sentence, where no list header or
    imperative is looked for. A full stop standing alone inside a sentence ("... come say hi.
    to do: buy the ticket") is a sentence end the parser read through, most often before a
    lower-case word, and cuts it too, but not one closing a bracketed aside
    (:func:`_bracketed`). Blank and bullet-only pieces are dropped, and a piece's leading line
    breaks are left out ("...in June.\n- check the county site": the line opens on its
    bullet, where openers are skipped, not on the break)."""
    out: list[Span] = []
    words = texts(doc)  # the texts, read once: no Token built per word
    for sent in _aside_joined(doc, words):
        start = sent.start
        for i in range(sent.start, sent.end):
            if words[i].isspace() and "\n" in words[i] and i > start:  # ``tok.is_space``
                out.append(doc[start:i])
                start = i + 1
            elif words[i] in _ENDS and i + 1 < sent.end and i > start:
                if _bracketed(words, i, sent.end):
                    continue  # "(again!!) by Friday": the aside's own mark, not the line's end
                out.append(doc[start : i + 1])
                start = i + 1
        if start < sent.end:
            out.append(doc[start : sent.end])
    out = [s for s in out if any(not (t.is_space or t.is_punct) for t in s)]
    return [_lstrip(s) for s in out]


_ENDS = frozenset({".", "!", "?"})


def _aside_joined(doc: Doc, words: list[str]) -> list[Span]:
    """The parser's sentences, a sentence that ends on a bracketed aside's own mark ("from a
    (scrubbed!!)", "(which one?)") joined to the next one when that goes on on the same line
    ("... court report - EOW"): the parser cut after the ")", the step's text and its date
    fell apart (fu45; :func:`_bracketed` reads the marks inside the sentence)."""
    out: list[Span] = []
    for sent in doc.sents:
        if (
            out
            and out[-1].end - out[-1].start >= 3
            and words[out[-1].end - 1] == ")"
            and words[out[-1].end - 2] in _ENDS
            and not words[sent.start].isspace()
            and not doc[out[-1].end - 1].whitespace_.count("\n")
        ):
            out[-1] = doc[out[-1].start : sent.end]
        else:
            out.append(sent)
    return out


def _bracketed(words: list[str], i: int, end: int) -> bool:
    """Whether the sentence end at ``i`` closes a bracketed aside rather than the sentence: the
    marks run on to a ")" ("a card (an actual card!) by Sunday", "(again!!)", "(which one?)").
    Cut there, the step's text stopped inside the aside and its due date, after the ")", was
    lost (fu44: ao, bk, bv, cc). Reads a few words ahead, no Token built."""
    j = i + 1
    while j < end and words[j] in _ENDS:
        j += 1
    return j < end and words[j] == ")"


def _lstrip(span: Span) -> Span:
    """``span`` without its leading whitespace tokens (it holds a word, so some remain)."""
    i = span.start
    while span.doc[i].is_space:
        i += 1
    return span.doc[i : span.end]


def new_speaker(doc: Doc, k: int, limit: int, subordinators: set[str]) -> bool:
    """An unpunctuated run-on where someone else starts speaking right after the item: "im
    going to email felicity tomorrow he also mentioned their chief of staff ...". "he", "she"
    or "they" as a subject, with its verb after (an adverb may come between), after a word
    that ends a clause (a noun, a name, an adverb, a number), not after "if", "that", "so"
    and the like ("ask her if she knows", "email him so he has it"). Only in recaps whose
    capitals do not mark sentences (``names_lower``), after an item that has said when (the
    caller's test: an undated one may run on to a dated "and ..." the split needs)."""
    t = doc[k]
    if t.lower_ not in {"he", "she", "they"} or not t.dep_.startswith("nsubj") or k == 0:
        return False
    prev = doc[k - 1]
    if prev.lower_ in subordinators or prev.pos_ not in {"NOUN", "PROPN", "ADV", "NUM"}:
        return False
    j = k + 1
    while j < limit and doc[j].pos_ == "ADV":
        j += 1
    # not a relative clause: "send her the notes she asked for"
    return j < limit and doc[j].pos_ in {"VERB", "AUX"} and doc[j].dep_ != "relcl"
