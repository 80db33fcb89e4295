"""Which organisation the whole recap ties to the contact, where the settled company is only
ever said as someone else's: the speaker's, another person's, the contact's past, or a thing
to look at.

The rules and the model pick the contact's company from where an organisation is said, and a
recap says many organisations that are not the contact's: a school or a former employer in
the contact's path ("got an HCI master's at Carnegie Mellon", "AD at Ridgeway HS then Canal
Park HS"), the speaker's own ("I found her through the Special Libraries Association", "will
check LinkedIn", "look up other credit unions (Alterna?)"), the referrer's ("referred by Greg
Nakamura (Turner)"), a partner or a client ("Keystone's partner Motion Supply"), or advice
("he said look at CXPA"). company_evidence reads two of these (another person's, a shared
past). Here each place an organisation is said is read against the contact where it is
another person's ("Miriam at Hillel", "Greg Nakamura (Turner)"), a shared or left past, a stage
of a path ("X then Y", "X -> Y", "X before"), a client ("the X account"), the speaker's own
verb ("I found her through X", by the parse; "I talked to someone at X" tells the call), a
past or schooling noun placed there ("was a nurse at", "master's at"), or where reading back
within its line and sentence meets the speaker's "my"/"our", advice (a verb in its bare form
after "said", a modal or a clause start), a past cue, or another owner ("X's partner")
before the contact. It is read *for* the contact where a common noun is placed there ("the
estimating lead from Ironbridge", whoever narrates it), where reading back meets the contact
(the name, he, she, they, her, his, their) first, where it owns the name ("the Orlando
Magic's Hannah Schultz"), opens the recap (the first twelve tokens of its first line and
sentence: typed headings and spoken openings name the call's organisation), or hires them
("Dropbox hired him").

Only where every place the settled company is said is against it, and another organisation
(one the taggers mark, or the recap's topic as company_topic reads it) is said for the
contact strongly (after a placing word, hiring them, or opening a line of the opening), is
that one the company: the first so said, its longer form where the taggers hold one. A
place of that other organisation read back to another person's name first ("their alum
Victor Nguyen who's now a nurse informaticist at X") ties it to that person, not the contact
(company30).
Evidence against alone leaves the company: a company said once neutrally is kept. The study
is in docs/extraction-history.md, "company29".
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Span

from debrief.extract.company_evidence import other_persons, shared_said
from debrief.extract.company_placed import orgs_said, usable_company
from debrief.extract.company_topic import topic_company
from debrief.extract.doc_arrays import lowers
from debrief.extract.org_names import display_name
from debrief.extract.roles_company import past_cue, said
from debrief.extract.roles_spans import SPANS_KEY
from debrief.models import Contact
from debrief.names import company_key
from debrief.names_spelling import lexicon

#: The speaker in a clause: what the organisation is to them, not to the contact.
_SPEAKER = {"my", "our"}
#: Words that speak of the contact without the name.
_CONTACT = {"he", "she", "they", "her", "his", "their", "he's", "she's"}
#: Words that bring the clause back to the present.
_NOW = {"now", "currently", "today", "nowadays", "still"}
#: Lemmas of past verbs that are no past of the contact: a move to the job they hold, or
#: the recap telling what was said.
_MOVES = {
    *("join", "come", "move", "go", "hire", "land", "switch", "transfer", "start", "bring"),
    *("say", "tell", "mention", "recommend", "suggest", "call", "talk", "speak", "be"),
    *("send", "introduce", "refer", "connect", "set", "put", "meet"),
}
#: Words right before an organisation that place someone there ("manager at X").
_PLACING = {"at", "for", "with", "from", "joined", "w/", "@"}
#: Words that may stand between a placing word and the organisation.
_FILLERS = {"the", "a", "an"}
#: Words after which a verb in its bare form is advice or the speaker's plan ("he said look
#: at CXPA", "will check LinkedIn", "should ask at ...").
_ADVICE_BEFORE = {
    *("said", "says", "should", "will", "'ll", "could", "might", "must", "gotta", "to-do"),
    *("todo", "next", "maybe", "also", "and", ",", ":", "-", "(", "/", "•", "*"),
}
#: Words after an organisation that make it a stage of a path.
_STAGE_AFTER = {"then", "->", "→", "before", "=>"}
#: Words after an organisation that make it the contact's client, not employer.
_CLIENT_AFTER = {"account", "accounts", "client", "clients", "customer", "customers"}
#: Verbs after an organisation that say it employs the contact ("Dropbox hired him").
_HIRES = {"hired", "recruited", "brought", "poached"}
#: How many tokens before an organisation its clause is read.
_WINDOW = 8
#: How many tokens open a recap (a typed heading, "okay so from Dropbox, the design team").
_OPENING = 12
#: How many tokens before a candidate another person's name is looked for.
_OTHERS_REACH = 10
#: Tokens that end a clause read back ("- AD at ...", "; ...").
_CLAUSE_MARKS = {";", "•", "*", "|"}


def _clause(doc: Doc, span: Span) -> range:
    """The token indices read back from ``span``: at most :data:`_WINDOW` tokens, not past
    its sentence, a line break or a clause mark."""
    if doc[span.start].is_sent_start:
        return range(0)
    lo = max(0, span.start - _WINDOW)
    i = span.start - 1
    while i >= lo:
        tok = doc[i]
        if "\n" in tok.text or tok.text in _CLAUSE_MARKS:
            break
        if tok.text in {"-", "/"} and (i == 0 or "\n" in doc[i - 1].text_with_ws):
            break  # a bullet opening the line
        i -= 1
        if tok.is_sent_start:
            break  # the sentence's first word, read (token by token: no span.sent)
    return range(span.start - 1, i, -1)


def _advice(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is a verb in its bare form said as advice or a plan: after "said",
    a modal or a clause start ("he said look at CXPA", "will check LinkedIn")."""
    tok = doc[i]
    if tok.tag_ not in {"VB", "VBP"} or tok.is_upper:
        return False  # "SID at Mount Auburn College": an acronym the tagger reads as a verb
    if i == 0 or doc[i - 1].lower_ in _ADVICE_BEFORE:
        return True
    return tok.tag_ == "VB" and doc[i - 1].is_sent_start is True


def _past_word(low: list[str], i: int) -> bool:
    """Whether ``low[i]`` is a past cue of :func:`roles_company.past_only` ("used", "former",
    "degree", "was a")."""
    return past_cue(low[i : i + 2], 0)


def _after(doc: Doc, span: Span, words: set[str], reach: int = 2) -> bool:
    """Whether one of ``words`` is said within ``reach`` tokens after ``span``, in its
    sentence and line ("Riverside Health. Before that she was ..." is no stage)."""
    for t in doc[span.end : min(len(doc), span.end + reach)]:
        if t.text in {".", "!", "?", ";"} or "\n" in t.text or t.is_sent_start:
            return False
        if t.lower_ in words:
            return True
    return False


#: The contact leaving ("she left Brightline"): with company_evidence's shared past ("we
#: were at stewart together", :func:`~debrief.extract.company_evidence.shared_said`), read
#: without the sentence.
_LEFT = {"left", "quit"}


def _shared(doc: Doc, span: Span) -> bool:
    """Whether the four words before ``span`` in its clause say a past shared with the
    contact, or one the contact left (`company_evidence._shared_past`, without ``span.sent``)."""
    low = lowers(doc)
    back = list(_clause(doc, span))[:4]
    if back and low[back[0]] in _LEFT:
        return True
    # the words read back are consecutive: doc[back[-1] : span.start]
    return bool(back) and shared_said(doc, back[-1], span.start)


def _another_persons(doc: Doc, span: Span, own: set[str]) -> bool:
    """company_evidence's other person's organisation ("Miriam at Hillel"), where a comma
    between the person and "at" asks for a given name: the tagger reads titles and
    credentials as persons ("counselor, LCSW, at The Dougy Center")."""
    if not other_persons(doc, span, own):
        return False
    j = span.start - 1
    while j >= 0 and doc[j].lower_ in _FILLERS:
        j -= 1
    if j >= 1 and doc[j - 1].text == ",":
        return doc[j - 2].lower_ in lexicon().given if j >= 2 else False
    return True


def _bracketed_other(doc: Doc, span: Span, own: set[str]) -> bool:
    """Whether ``span`` stands in brackets after another person's name ("Greg Nakamura
    (Turner)")."""
    j = span.start - 1
    if j < 1 or doc[j].text != "(":
        return False
    person = doc[j - 1]
    if not person.text[:1].isupper() or person.lower_ in own:
        return False
    return person.ent_type_ == "PERSON" or person.lower_ in lexicon().given


def _owns_contact(doc: Doc, span: Span, own: set[str]) -> bool:
    """Whether ``span`` owns the contact's name ("the Orlando Magic's Hannah Schultz")."""
    if span.end + 1 >= len(doc) or doc[span.end].lower_ not in {"'s", "’s"}:
        return False
    return doc[span.end + 1].lower_ in own


def _speakers_verb(span: Span) -> bool:
    """Whether the verb ``span`` hangs from (through a preposition) has the speaker as its
    subject and is no telling of the call ("I found her through X"; "I talked to someone at
    X" is the call told)."""
    tok = span.root
    while tok.dep_ in {"compound", "poss", "amod", "nmod"} and tok.head is not tok:
        tok = tok.head  # "the Type Directors Club listserv"
    if tok.dep_ != "pobj" or tok.head.head.pos_ not in {"VERB", "AUX"}:
        return False  # "someone at X", "the lead from X": a person placed there
    tok = tok.head.head
    if tok.lemma_.lower() in _MOVES or tok.lemma_.lower() in {"have", "get"}:
        return False
    return any(c.dep_ == "nsubj" and c.lower_ in {"i", "we"} for c in tok.children)


def _placing_noun(doc: Doc, span: Span) -> bool | None:
    """Where a common noun and a placing word stand right before ``span`` ("the estimating
    lead from Ironbridge", "a nurse manager at the X"): True if the noun is said in the past
    or is schooling ("was a nurse at", "former manager at", "master's at"), else False (the
    noun's person is placed there, whoever narrates it); None for another shape."""
    j = span.start - 1
    while j >= 0 and doc[j].lower_ in _FILLERS:
        j -= 1
    if j < 1 or doc[j].lower_ not in _PLACING:
        return None
    noun = doc[j - 1]
    if noun.pos_ != "NOUN" or not noun.is_lower:
        return None
    low = lowers(doc)
    lo = max(noun.sent.start, j - 5)
    return any(_past_word(low, i) for i in range(lo, j))


def _placed(doc: Doc, span: Span) -> bool:
    """Whether a placing word stands right before ``span`` ("manager at the X")."""
    j = span.start - 1
    while j >= 0 and doc[j].lower_ in _FILLERS:
        j -= 1
    return j >= 0 and doc[j].lower_ in _PLACING


def _others_place(doc: Doc, span: Span, own: set[str]) -> bool:
    """Whether reading back from ``span`` in its sentence (at most :data:`_OTHERS_REACH`
    tokens) meets another person's name before the contact (the name, he, she, ...)."""
    i = span.start - 1
    while i >= max(0, span.start - _OTHERS_REACH):
        tok = doc[i]
        if tok.lower_ in own or tok.lower_ in _CONTACT:
            return False
        if tok.ent_type_ == "PERSON" and tok.text[:1].isupper():
            return True
        if tok.is_sent_start or "\n" in tok.text:
            return False
        i -= 1
    return False


def _strength(doc: Doc, span: Span, own: set[str]) -> int:
    """How strongly one place ties an organisation to the contact: -1 against, 0 neither,
    1 for, 2 for and placed by a placing word or hiring them, or opening a line."""
    reading = _reading(doc, span, own)
    if reading != "for":
        return -1 if reading == "against" else 0
    line_start = span.start == 0 or "\n" in doc[span.start - 1].text_with_ws
    if _placed(doc, span) or _after(doc, span, _HIRES, 1) or (line_start and _opening(doc, span)):
        return 2
    return 1


def _reading(doc: Doc, span: Span, own: set[str]) -> str:
    """ "against", "for" or "" for one place an organisation is said (the module docstring)."""
    if _another_persons(doc, span, own) or _shared(doc, span) or _bracketed_other(doc, span, own):
        return "against"
    if _after(doc, span, _STAGE_AFTER) or _after(doc, span, _CLIENT_AFTER, 1):
        return "against"
    if _owns_contact(doc, span, own):
        return "for"  # "the Orlando Magic's Hannah Schultz"
    if _speakers_verb(span):
        return "against"  # "I found her through the Special Libraries Association"
    low = lowers(doc)
    placed = _placing_noun(doc, span)
    if placed is not None:
        return "against" if placed else "for"
    now = False
    for i in _clause(doc, span):
        word = low[i]
        if word in own or word in _CONTACT:
            return "for"
        now = now or word in _NOW
        if word in _SPEAKER or _advice(doc, i):
            return "against"
        if word in {"'s", "’s"} and doc[i].pos_ == "PART" and doc[i + 1].is_lower:
            return "against"  # "Keystone's partner Motion Supply", not "the county's Office"
        if not now and _past_word(low, i):
            return "against"
    if _after(doc, span, _HIRES, 1):
        return "for"
    return "for" if _opening(doc, span) else ""


def _opening(doc: Doc, span: Span) -> bool:
    """Whether ``span`` opens the recap: in its first :data:`_OPENING` tokens, on its first line
    and in its first sentence (an unpunctuated recap is one sentence)."""
    if span.start >= _OPENING or (span.start and doc[span.start].is_sent_start):
        return False
    before = doc[: span.start]
    return not any("\n" in t.text_with_ws or (t.i and t.is_sent_start) for t in before)


def _places(doc: Doc, text: str) -> list[Span]:
    """Where ``text`` is said as whole words."""
    key = text.lower()
    return [s for s in said(doc, text) if s.text.lower().strip(" .,") == key.strip(" .,")]


def _heading_cut(name: str) -> str:
    """An organisation's name without what a typed heading runs on after it ("Ministry of
    Health (ON", "PlayBook Pro Systems - Samir Qureshi")."""
    for mark in (" (", " - ", " — ", " – "):
        name = name.split(mark)[0]
    return name.strip()


def tied_company(doc: Doc, contact: Contact) -> Contact:
    """The contact with the organisation the recap ties to them as the company, where every
    place the settled company is said is against it (see the module docstring)."""
    if not contact.company:
        return contact
    own = {w for w in re.split(r"[\s\-.]+", (contact.name or "").lower()) if len(w) > 1}
    seen_against = False
    for span in said(doc, contact.company):  # lazily: the first place is mostly for them
        if span.text.lower().strip(" .,") != contact.company.lower().strip(" .,"):
            continue
        if _reading(doc, span, own) != "against":
            return contact
        seen_against = True
    if not seen_against:
        return contact
    choice = tied_choice(doc, contact, own)
    return replace(contact, company=choice) if choice else contact


def tied_choice(doc: Doc, contact: Contact, own: set[str]) -> str | None:
    """The organisation other than ``contact.company`` that the recap ties to the contact
    strongly (after a placing word, hiring them, or opening a line of the opening), reading
    ``own`` as the contact's name words: the first so said, its longer form where the taggers
    hold one; None where none is."""
    key = company_key(contact.company or "")
    spans = list(doc.spans[SPANS_KEY]) if SPANS_KEY in doc.spans else []
    best: tuple[int, int, int, str] | None = None
    tied: list[str] = []
    seen: set[str] = set()
    # the organisation the recap opens on as its topic (company_topic) is one more candidate,
    # as strong as one placed by a word: "Corvane Bio - call w/ Nadia Perez"
    topic = topic_company(doc, replace(contact, company=None)).company
    texts = [t for _s, _e, t in orgs_said(doc, spans)]
    for text in [topic, *texts] if topic else texts:
        name = _heading_cut(display_name(text))
        other = company_key(name)
        if not other or other in seen or (key and (other in key or key in other)):
            continue
        seen.add(other)
        if contact.name and not usable_company(name, contact.name):
            continue
        places = _places(doc, name)
        if (
            text != topic
            and places
            and all(any(t.ent_type_ == "PERSON" for t in s) for s in places)
        ):
            continue  # "the one Park sent me to": a person the taggers also read
        # "their alum Victor Nguyen who's now a nurse informaticist at X": another person's
        # place is no tie to the contact (company30, the au loss)
        marks = [0 if _others_place(doc, s, own) else _strength(doc, s, own) for s in places]
        strongest = max(marks, default=0)
        if text == topic and strongest == 1:
            strongest = 2
        if strongest >= 1:
            tied.append(name)
        if strongest < 2:
            continue
        rank = (-strongest, places[marks.index(max(marks))].start, -len(name), name)
        if best is None or rank < best:
            best = rank
    if best is None:
        return None
    # "ask at Keystone's partner" said after the heading's "Keystone Drives & Controls"
    longer = [t for t in tied if t.lower().startswith(best[3].lower() + " ")]
    return max(longer, key=len) if longer else best[3]
