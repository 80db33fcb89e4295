"""Whether the contact's kept title is a job they held before, and the one they hold now.

Over the development authors the largest kind of wrong title is the contact's past job kept
where the recap tells their career ("she was a law librarian for ten years before the firm
rebuilt ...", "He started as a plumbing inspector twenty years ago", "She ran a store for nine
years, district manager for two, then moved into HR", "Background: Started as a policy
analyst"): the labels want the job they hold now. ``title_choice`` lets a past title give way
to another candidate; where the recap marks no other, the past one stayed.

Here the kept title is read by the tense and time words of its clause: it is a past job when a
past cue of ``title_past_cues`` stands just before it ("started as", "used to be", "former"),
or when its clause is told in the past (a past-tense verb before it, no present one between)
and a time word says the job ended or lasted ("for ten years", "twenty years ago", "back in",
"before", "until", "then moved"). Not where the clause says the job is held now ("now",
"currently", "these days", "still"), nor in the present perfect ("she's been a PM for three
years": no past-tense verb), nor of a contact said to be retired in that sentence or the one
before (the labels keep their last job).

A past title is dropped and the current one read where the recap says the move: "now she's
(the) X", "now X at ...", "worked her way up to X", "moved into X", "promoted to X"; where none
is said the title is left empty, so the readers that run only where no title was kept
(``title_later``, ``title_named_after``, ``title_tied``) look for it in their shapes.

The same readers are asked where the kept title holds no title word at all (a description of
the organisation, a place: "tribal and community clinic network", "remote", "minor league"):
the title said in a sentence of the contact's own ("he's their research coordinator", "her
title is X") wins, else one said beside a mention of the name, unless the kept one is said
right after the name ("<Name>, plans examiner": the head list is not every job); where they
read none it stays (:func:`wordless_reread`)."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span

from debrief.extract.contact_title_first import title_words
from debrief.extract.lexicon import lowers, title_head_words, title_heads, word_list
from debrief.extract.title_later import title_said_later
from debrief.extract.title_tied import tied_title
from debrief.models import Contact

#: How many words before a title a past cue is looked for ("she started out as a").
_CUE_REACH = 4
#: Past cues that alone mark no past job here: "She was a compliance analyst at <Org> and she
#: gave me ..." tells the call in the recap's past tense; a time word must say the job ended
#: (:func:`_told_past`).
_WAS = {"was", "were"}
#: Past cues that mark a past job only as "started as a": "she started at <Org> as a PM".
_STARTED = {"started", "began"}
#: Verbs of taking up a job: told in the past with a time word ("she joined <Org> as a PM two
#: years ago", "moved over as ops lead last year") they say when the job held now began.
_JOINED = {"joined", "started", "began", "moved", "came", "switched", "transferred", "took"}
#: Words before "started as" that make it the job held now ("just started as a").
_JUST = {"just", "recently", "only"}
_OUT_AS = (["out", "as"], ["off", "as"])
#: Words that say a job is held now: between the cue and the title they undo the cue.
_NOW = {"now", "currently", "still", "today", "nowadays", "these"}
#: Words of the move into the job held now ("promoted to director", "was made head of").
_MOVED_INTO = {"promoted", "made", "named", "appointed", "hired", "with"}
#: A contact who has retired: their last job is the one the labels keep.
_RETIRED = {"retired", "retiring"}
#: Time words after a title that end or measure a job told in the past ("for ten years",
#: "twenty years ago", "back in 2009", "before the firm ...", "then moved"); "years" and the
#: like only counted ("nine years", "a few years").
_ENDED = {"ago", "before", "until", "then"}
_SPAN_WORDS = {"years", "year", "months", "decade", "decades"}
_TIME_WORDS = _ENDED | _SPAN_WORDS | {"back"}
#: "then"/"before" before these tells the call ("then we talked about pay"), not the career.
_CALL_SUBJECTS = {"i", "we", "you"}
#: Verbs of a career step after "then she/he" ("then she moved into HR").
_CAREER_MOVES = {
    "moved",
    "switched",
    "became",
    "went",
    "got",
    "joined",
    "left",
    "took",
    "transitioned",
    "started",
    "jumped",
    "landed",
    "worked",
}
_FEW = {"a", "few", "many", "several", "some", "couple"}
#: How many words after a title its time word is looked for, in its sentence.
_TIME_REACH = 8
#: Words before the title that say the move into the job held now.
_MOVE_CUES = (("way", "up", "to"), ("moved", "into"), ("moved", "up", "to"), ("promoted", "to"))
#: The contact said as the subject before "now" ("now she's the ...").
_NOW_SUBJECTS = {"she", "he", "shes", "hes", "she's", "he's"}
_BE = {"'s", "’s", "is", "s"}
_OPENERS = {"the", "a", "an", "their"}
#: Words a title read after a cue has at most.
_MOST_WORDS = 4


def _located(doc: Doc, title: str, spans: list[Span]) -> Span | None:
    """Where the kept title is said: the model's span of that text, else its first mention."""
    key = title.strip(" ,.").lower()
    for s in spans:
        if s.label_ == "CONTACT_TITLE" and s.text.strip(" ,.").lower() == key:
            return s
    at = doc.text.lower().find(key)
    if at < 0 or not key:
        return None
    return doc.char_span(at, at + len(key), alignment_mode="expand")


def _cued(lows: list[str], span: Span) -> bool:
    """A past cue right before the title ("used to be a", "former", "previously"; "started" and
    "began" only as "started (out) as a": "she started at <Org> as a PM two years ago" may be
    the job she holds), not "was/were", with no word of now or of a move into the job between."""
    lo = max(span.sent.start, span.start - _CUE_REACH)
    before = lows[lo : span.start]
    cues = word_list("title_past_cues")
    for k, w in enumerate(before):
        if w not in cues or w in _WAS or set(before[k + 1 :]) & (_NOW | _MOVED_INTO):
            continue
        as_said = before[k + 1 : k + 2] == ["as"] or before[k + 1 : k + 3] in _OUT_AS
        if w in _STARTED and not as_said:
            continue
        if w in _STARTED and k > 0 and before[k - 1] in _JUST:
            continue  # "she just started as a data analyst": the job she holds
        return True
    return False


def _call_goes_on(doc: Doc, lows: list[str], i: int) -> bool:
    """Whether "then"/"before" at ``i`` goes on with the call, not the career: the speaker
    after it ("then we talked", "before I asked"), or a pronoun and no move of a career ("then
    she told me"; not "then she moved into HR")."""
    nxt = lows[i + 1] if i + 1 < len(lows) else ""
    if nxt in _CALL_SUBJECTS:
        return True
    if i + 1 < len(doc) and doc[i + 1].tag_ == "PRP":
        return (lows[i + 2] if i + 2 < len(lows) else "") not in _CAREER_MOVES
    return False


def _ended(doc: Doc, lows: list[str], lo: int, hi: int) -> bool:
    """A time word in ``doc[lo:hi]`` that ends or measures a job: "ago", "back in", "before",
    "until", "then", or "years"/"months" counted ("for ten years", "nine years"), all in lower
    case ("Year Up" is an organisation)."""
    for i in range(lo, hi):
        t = doc[i]
        if not t.is_lower:
            continue
        if lows[i] in {"then", "before"} and _call_goes_on(doc, lows, i):
            continue  # "then she told me", "before I could ask": the call goes on
        if lows[i] in _ENDED or lows[i : i + 2] == ["back", "in"]:
            return True
        if lows[i] in _SPAN_WORDS and i > lo and (doc[i - 1].like_num or lows[i - 1] in _FEW):
            return True
    return False


def _told_past(doc: Doc, lows: list[str], span: Span) -> bool:
    """The title's clause told in the past with a time word that ends or measures the job: a
    past-tense verb before it in its sentence with no present-tense one, word of now or of the
    call's setting ("got off the phone with a ...") after that verb, and "for ten years",
    "ago", "back in", "before", "until" or "then" after the title."""
    sent = span.sent
    last_past = None
    for i in range(sent.start, span.start):
        tag = doc[i].tag_
        if tag == "VBD" and lows[i] in _JOINED:
            last_past = None  # "she joined <Org> as a PM two years ago": the job she took up
        elif tag == "VBD" and lows[i] not in _MOVED_INTO:
            last_past = i
        elif tag in {"VBZ", "VBP"} or lows[i] in _NOW or lows[i] in _MOVED_INTO:
            last_past = None
    if last_past is None:
        return False
    return _ended(doc, lows, span.end, min(sent.end, span.end + _TIME_REACH))


def past_job(doc: Doc, span: Span) -> bool:
    """Whether the title at ``span`` is said as a job the contact held before (module doc)."""
    lows = lowers(doc)
    near = set(lows[max(0, span.start - _CUE_REACH) : span.start])
    later = set(lows[span.end : span.end + _TIME_REACH])
    if not near & word_list("title_past_cues") and not later & _TIME_WORDS:
        return False  # most titles: no cue and no time word near, no sentence built
    sent = span.sent
    # "she's retired now but she was the HR director": this sentence or the one before
    lo = doc[sent.start - 1].sent.start if sent.start > 0 else 0
    if any(lows[i] in _RETIRED for i in range(lo, sent.end)):
        return False
    return _cued(lows, span) or _told_past(doc, lows, span)


def _title_after(doc: Doc, lows: list[str], k: int) -> str | None:
    """The title said from ``k`` on (an opener skipped): one to four words ending on a head."""
    if k < len(doc) and lows[k] in _OPENERS:
        k += 1
    heads = title_heads()
    for end in range(min(len(doc), k + _MOST_WORDS), k, -1):
        if lows[end - 1] in heads:
            return title_words(doc, k, end)
    return None


def job_now(doc: Doc, past: Span) -> str | None:
    """The job the recap says the contact holds now, after their past one: "now she's the X",
    "and now X at <Org>", "worked his way up to X", "moved into X", "promoted to X"; the first
    said after the past title, in its sentence or the next two."""
    lows = lowers(doc)
    sents = list(doc.sents)
    at = next((n for n, s in enumerate(sents) if s.start <= past.start < s.end), 0)
    stop = sents[min(len(sents) - 1, at + 2)].end
    for i in range(past.end, stop):
        for cue in _MOVE_CUES:
            if tuple(lows[i : i + len(cue)]) == cue:
                found = _title_after(doc, lows, i + len(cue))
                if found:
                    return found
        if lows[i] != "now":
            continue
        k = i + 1
        if k < len(doc) and lows[k] in _NOW_SUBJECTS:
            k += 1
        if k < len(doc) and lows[k] in _BE:
            k += 1
        found = _title_after(doc, lows, k)
        if found:
            return found
        # "she was my S4 back then and now shes director of ..." said before the past title
    return None


def titled(title: str) -> bool:
    """Whether a kept title holds a title's head word ("manager", "mgr", "CSM"): a job by its
    words. One that holds none ("tribal and community clinic network", "remote", "data
    center") is often a description of the organisation or a place the readers of a said title
    can do better on; "plans examiner", "paraplanner" are jobs too, so it stays where they read
    none."""
    heads = title_head_words()
    words = title.lower().replace("-", " ").replace("'s", " ").split()
    return title.lower() in heads or any(w in heads for w in words)


def title_now(doc: Doc, contact: Contact, spans: list[Span]) -> Contact:
    """The kept title, or where it is said as the contact's past job, the job said as held
    now, else none (the later readers then look for it)."""
    if not contact.title:
        return contact
    here = _located(doc, contact.title, spans)
    if here is None or not past_job(doc, here):
        return contact
    return replace(contact, title=job_now(doc, here))


def _just_after_name(span: Span, name: str) -> bool:
    """Whether the title is said at most four words after the contact's last name ("<Name>,
    plans examiner at <Org>"): a title the recap gives them, whatever its words."""
    last = name.lower().replace("-", " ").split()[-1]
    lows = lowers(span.doc)
    return last in lows[max(0, span.start - 5) : span.start]


def wordless_reread(doc: Doc, contact: Contact, spans: list[Span]) -> Contact:
    """A kept title with no title word ("tribal and community clinic network", "remote")
    given way to the title said in a sentence of the contact's own ("he's their research
    coordinator", "her title is X": ``title_later``), else to one said beside a mention of
    their name (``title_tied``) where the kept one is not said right after the name; kept
    where neither reads one."""
    if not contact.title or not contact.name or titled(contact.title):
        return contact
    said = title_said_later(doc, contact.name)
    if said:
        return replace(contact, title=said)
    here = _located(doc, contact.title, spans)
    if here is not None and _just_after_name(here, contact.name):
        return contact
    tied = tied_title(doc, replace(contact, title=None)).title
    return replace(contact, title=tied) if tied and titled(tied) else contact
