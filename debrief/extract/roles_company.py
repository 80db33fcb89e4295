"""How the contact's company (and title) is weighed between the rules and the roles model:
the checks :func:`debrief.extract.roles_combine.combine` runs on the model's answer before it may
replace the rules' (not a name, not cut off, not a restated correction, not a form of address
and a name, not a heading's "call"), the company policies that weigh how sure each side is
(:func:`company_policy`, pipeline 1.20), and where and when the recap says an organisation
(:func:`said`, :func:`past_only`) that they read. Where the recap places the contact at an
organisation around their name or title, once the answers are weighed, is
:mod:`debrief.extract.roles_company_near`."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import lru_cache

from spacy.tokens import Doc, Span

from debrief.extract.casing import names_lower
from debrief.extract.company_joined import joined_name
from debrief.extract.company_trailed import trailed_on
from debrief.extract.contact_patterns import contact_patterns
from debrief.extract.doc_arrays import doc_text
from debrief.extract.lexicon import cue_set, org_name_heads, word_list
from debrief.extract.org_names import described
from debrief.extract.orgs import display_name
from debrief.names import company_key, person_key


def org_like(model: str | None, rule: str | None, names: list[str | None]) -> bool:
    """Whether the model's company may replace the rules': not the contact's name ("The
    ranger was great, Bettina"), not a cut-off form of the rules' ("museum of the" for "museum
    of the great lakes", "Lake County Public Defender" for "... Defender's Office"), not ending
    on a function word, not a description Whisper capitalised (:func:`described`). ("at
    Deloitte, no wait, at KPMG": the rules' correction is kept by :func:`restated`.)"""
    if not model:
        return False
    key = company_key(model)
    words = key.split()
    if not words or words[-1] in {"of", "the", "and", "for", "at", "in"}:
        return False
    if described(model):
        return False
    name_words = {w for n in names if n for w in person_key(n).split()}
    if name_words & set(person_key(model).split()) and not _family_firm(model, names):
        return False
    return not (rule and company_key(rule).startswith(key))


def _family_firm(model: str, names: list[str | None]) -> bool:
    """Whether the model's company is a firm named after the contact's family: the surname
    of a full name, then words that are no part of the name ("Okonkwo and Partners" of
    Chidi Okonkwo, "Greco Mechanical" of Vincenzo Greco). A name alone ("Bettina") or a
    first name and another ("Hung and Lorraine" of Hung Nguyen) is not."""
    words = person_key(model).split()
    for n in names:
        full = person_key(n or "").split()
        if len(full) < 2 or len(words) < 2 or words[0] != full[-1]:
            continue
        if not set(words[1:]) & set(full):
            return True
    return False


#: How many words may stand between the model's answer and the rules' restating it.
_RESTATE_WORDS = 8


def restated(doc: Doc, rule: str | None, spans: list[Span]) -> bool:
    """Whether the rules' answer restates the model's right after it, in the same sentence
    ("a freelance illustrator, well, more of an art director", "at Deloitte, no wait, at
    KPMG"): the correction stands. Only within a few words: in a run-on transcript the rules'
    answer said much later is another organisation ("from the Kansas City Monarchs front
    office ... he did sports management at Ohio"), not a correction."""
    if not rule or not spans:
        return False
    first = spans[0]
    sent = first.sent
    at = sent.text.lower().find(rule.lower(), first.end_char - sent.start_char)
    if at < 0:
        return False
    between = sent.text[first.end_char - sent.start_char : at]
    return len(between.split()) <= _RESTATE_WORDS


def _introduced(doc: Doc, name: str | None, company: str | None, within: int | None = None) -> bool:
    """Whether the rules' company is said in the contact's introduction, linked to their
    name: "Dana Ortiz, a nurse manager at Riverside Health", "my call with Sam Lee from
    Acme": the company after "at"/"for"/"with"/"from"/"of", in the sentence that names the
    contact, within a few words of the name. Where the rules read that, they are certain."""
    if not name or not company:
        return False
    low = doc_text(doc).lower()
    at = low.find(name.lower())
    if at < 0:
        return False
    start = doc.char_span(at, at + len(name), alignment_mode="expand")
    if start is None:
        return False
    sent = start[0].sent
    found = low.find(company.lower(), start.end_char, sent.end_char)
    if found < 0:
        return False
    org = doc.char_span(found, found + len(company), alignment_mode="expand")
    if org is None or org.start - start.end > (_INTRO_WORDS if within is None else within):
        return False
    j = org.start - 1
    if j >= 0 and doc[j].lower_ in {"the", "a", "an"}:
        j -= 1
    # "she used to be a casino host at the Peppermill", "he was at UC Davis for his
    # masters": a past employer in a run-on, not the introduction
    if any(t.lower_ in _PAST for t in doc[start.end : org.start]):
        return False
    return j >= start.end and doc[j].lower_ in _INTRO_LINKS


#: Words that put what follows in the contact's past.
_PAST = {"was", "were", "used", "former", "formerly", "previously", "before", "ex", "had"}


#: Words between a contact's name (or title) and the organisation of their introduction.
_INTRO_LINKS = {"at", "for", "with", "from", "of"}
#: How many tokens may stand between the contact's name and the company of their
#: introduction (a title between: "Priya Raman, senior product manager for payments at").
_INTRO_WORDS = 12


def said(doc: Doc, text: str) -> Iterator[Span]:
    """Each place the recap says ``text`` (any case), as the tokens that hold it."""
    key = text.lower()
    low = doc_text(doc).lower()
    at = low.find(key)
    while at >= 0:
        span = doc.char_span(at, at + len(key), alignment_mode="expand")
        at = low.find(key, at + len(key))
        if span is not None and len(span):
            yield span


def addressed_person(span: Span) -> bool:
    """Whether a span the model marks as an organisation is a person by its form of address:
    a rank or title and a name ("Coach Pérez", "Dr. Amara Obi", "Captain Hollis"), with no
    organisation head word after it ("Sister Cities International"). The rules' own
    organisation finder rejects the same shape (``person_ranks``)."""
    toks = [t for t in span if not t.is_punct]
    if len(toks) < 2 or toks[0].lower_.rstrip(".") not in word_list("person_ranks"):
        return False
    heads = org_name_heads()
    return not any(t.lower_ in heads for t in toks[1:])


def unheaded(company: str | None) -> str | None:
    """The model's company without a heading's "call" after it ("Debrief, American Museum of
    Natural History Call." as Whisper capitalises it: the call is no part of the name)."""
    if not company:
        return company
    words = company.split()
    if len(words) > 1 and words[-1].lower().strip(".,") == "call":
        return " ".join(words[:-1])
    return company


def company_policy(
    doc: Doc,
    how: str,
    rule_name: str | None,
    rule: str | None,
    model_company: str | None,
    org_prob: Callable[[], float | None] | None,
    spans: list[Span] | None = None,
    model_names: tuple[str | None, ...] = (),
) -> str:
    """The :func:`_field` policy the company takes in this recap, for the policies that
    weigh how sure each side is:

    - ``model_unless_introduced``: the rules' where they read the company in the contact's
      introduction (:func:`_introduced`), else the model's, else the rules';
    - ``confident:T``: the model's (else the rules') where the beam gives the model's company
      span a probability of at least T, else ``checked``;
    - ``sure:T`` (shipped, T = 0.9): both: the rules' where introduced (the model's where it
      is theirs with words after it, :func:`_extends`); the rules' where a spoken correction
      follows the model's (:func:`corrected_away`); the model's where its company is said in
      the contact's introduction right after a name (either side's: "Priya from the Tacoma
      Rainiers") and the rules' is not; the rules' where the model's is said right after
      theirs, set off by a comma (:func:`site_of`); else ``confident:T``. (``spans``: the
      model's CONTACT_ORG spans.)
    """
    spans = spans or []
    if how.startswith("sure:") and _fronted(rule, model_company):
        return "model"  # "Shelter" of "St. Vincent's Men's Shelter": the rules' is its tail
    if how.startswith("sure:") and trailed_on(doc, rule, model_company):
        return "model"  # a transcript's "Urban Institute DC": the rules ran on (company_trailed)
    introduced = how.startswith("sure:") or how == "model_unless_introduced"
    if introduced and _introduced(doc, rule_name, rule):
        if how.startswith("sure:") and _extends(rule, model_company):
            return "model"  # "Sanford Health" read on to "... clinical trials office"
        return "rules"
    if how == "model_unless_introduced":
        return "model_else_rules"
    if how.startswith("sure:") and joined_name(rule, model_company):
        return "model"  # "Thistle and Bite": the rules stop at the "and" inside the name
    if how.startswith(("confident:", "sure:")):
        if not rule or not model_company or company_key(rule) == company_key(model_company):
            return "checked"  # nothing to weigh: the beam is not asked
        if how.startswith("sure:"):
            rule_past, model_past = past_only(doc, rule), past_only(doc, model_company)
            if rule_past != model_past:
                # "He was a loan officer at Wells Fargo", "did an MPH at Emory": where one
                # side's company is only ever said as the contact's past, the other's stands
                return "model" if rule_past else "rules"
            if common_noun(doc, rule) and not common_noun(doc, model_company):
                # "From the Coastal Conservation League, the GIS lead, ... she'd read my
                # poster at the conference": in a cased recap a company of lower-case common
                # nouns is a place or an occasion, not where the contact works
                return "model"
            if corrected_away(doc, rule, model_company, spans):
                return "rules"  # "at Corvel, no sorry, she left Corvel, she's at Tidewater"
            if any(_introduced(doc, n, model_company, 2) for n in model_names if n):
                # "my call with Priya from the Tacoma Rainiers front office, ... she did
                # sports management at Gonzaga": the model's is the introduction's, said
                # right after the name ("Priya from the ...", "Sam at Acme"), nothing between
                return "model"
            if site_of(doc, rule, model_company, spans):
                return "rules"  # "Medtronic, Mounds View campus": the model's is the site
            names = [n for n in model_names if n]
            if (
                any(_introduced(doc, n, model_company) for n in names)
                and not any(_introduced(doc, n, rule) for n in names)
                and not said_now(doc, rule)
            ):
                # "The contact was Sven Lund, AV lead at Northwind Events. ... My friend from
                # the theatre set this up": the model's is said in the contact's introduction,
                # linked to their name, and the rules' nowhere near a name
                return "model"
        p = org_prob() if org_prob is not None else None
        return "model_else_rules" if p is not None and p >= float(how.split(":")[1]) else "checked"
    return how


#: Words that put an organisation said a few words after them in the contact's past or
#: schooling ("she was a nurse at Seton", "after twelve years at Accenture", "did a masters
#: at Iowa State", "trained at Emory").
_PAST_CUES = (_PAST - {"was", "were"}) | {
    *("after", "trained", "studied", "degree", "masters", "master's", "mba", "mph", "phd"),
    *("undergrad", "bachelor's"),
}
#: Words that bring the clause back to the present ("she was a nurse, now she's at ...").
_NOW = {"now", "currently", "today", "nowadays", "these"}
#: How many tokens before an organisation a past cue may stand.
_PAST_WINDOW = 8


def past_cue(words: list[str], k: int) -> bool:
    """Whether ``words[k]`` puts what follows in the contact's past: a cue word, or "was" /
    "were" before "a"/"an" ("she was a nurse at Seton"); a recap tells the call itself in the
    past too ("the speakers were Leticia Flores from Cloudflare", "the call was with ...")."""
    if words[k] in {"was", "were"}:
        return k + 1 < len(words) and words[k + 1] in {"a", "an"}
    return words[k] in _PAST_CUES


def past_only(doc: Doc, company: str | None) -> bool:
    """Whether every mention of ``company`` in the recap is in the contact's past: a past cue
    (:data:`_PAST_CUES`) within a few words before it, in its sentence, with no "now" between.
    A company never found in the text is not."""
    if not company:
        return False
    seen = False
    for span in said(doc, company):
        seen = True
        lo = max(span.sent.start, span.start - _PAST_WINDOW)
        before = [t.lower_ for t in doc[lo : span.start]]
        cue = max((k for k, w in enumerate(before) if past_cue(before, k)), default=None)
        if cue is None or any(w in _NOW for w in before[cue:]):
            return False
    return seen


def said_now(doc: Doc, company: str) -> bool:
    """Whether ``company`` is said as the contact's present: "now", "currently" a few words
    before a mention, in its sentence ("he started at Chase as a teller, now he's a branch
    manager at Citi"), where the introduction may name where they began."""
    for span in said(doc, company):
        lo = max(span.sent.start, span.start - _PAST_WINDOW)
        if any(t.lower_ in _NOW for t in doc[lo : span.start]):
            return True
    return False


def common_noun(doc: Doc, company: str | None) -> bool:
    """Whether ``company`` is only lower-case words in a recap whose names are capitalised
    (``casing.names_lower`` false), and ends on no organisation head word: "café",
    "conference", "hospital potluck" describe a place, where "county planning office" (an
    authors' lower-case unit) names one."""
    if not company or names_lower(doc):
        return False
    words = company.split()
    return all(w.islower() for w in words) and words[-1].lower() not in org_name_heads()


def site_of(doc: Doc, rule: str, model: str, spans: list[Span]) -> bool:
    """Whether the model's company is said right after the rules', set off by a comma
    ("Medtronic, Mounds View campus. I talked with Ruth ..."): the organisation, then where
    it is; the rules read the organisation."""
    rkey = company_key(rule)
    for s in spans:
        if display_name(s.text) != model or s.start < 2 or doc[s.start - 1].text != ",":
            continue
        before = doc[max(0, s.start - 1 - len(rkey.split()) - 1) : s.start - 1]
        if company_key(before.text).endswith(rkey):
            return True
    return False


#: How many tokens after the model's company a correction may start, and how far after it
#: the rules' company may be said (as the rules' own ``_corrected_org`` reads a correction).
_CORRECTION_GAP = 8
_CORRECTED_WITHIN = 24


@lru_cache(maxsize=1)
def _correction_markers() -> tuple[str, ...]:
    """The rules' spoken corrections (``[corrections] markers``), a bare "not" left out: "at
    Google, not Meta" takes nothing back. A phrase set built once per vocab (:func:`cue_set`),
    the longest said wins ("actually no" over "actually")."""
    markers = contact_patterns()["corrections"]["markers"]
    return tuple(m for m in markers if m != "not")


def corrected_away(doc: Doc, rule: str, model: str, spans: list[Span]) -> bool:
    """Whether the model's company is one the recap corrects right after saying it, with the
    rules' company after the correction ("a buyer at Corvel, no sorry, she left Corvel, she's
    at ... Tidewater Goods", "a pit boss at the Bellagio. Wait, no, sorry, it's Aria",
    "from pinecrest bank no sorry she left she's at harborview credit union"): the rules read
    the correction, which the model does not; theirs is certain."""
    rkey = company_key(rule)
    markers = cue_set(doc.vocab, _correction_markers())
    for s in spans:
        if display_name(s.text) != model:
            continue
        for k in range(s.end, min(len(doc), s.end + _CORRECTION_GAP)):
            hit = markers.end_at(doc, k, len(doc))
            if hit is None:
                continue
            j = hit
            while j < len(doc) and doc[j].is_punct:
                j += 1
            if j < len(doc) and doc[j].lower_ == "let":
                # "Sorry, let me back up. My friend set this up. He ran the crew at the
                # Guthrie": the apology restarts the story, it takes nothing back
                continue
            after = doc[j : min(len(doc), hit + _CORRECTED_WITHIN)]
            return f" {rkey} " in f" {company_key(after.text)} "
    return False


def possessive_of(rule: str | None, model: str | None) -> bool:
    """Whether the model's company is the rules' with a possessive after it ("Harlow's" of
    "a designer at Harlow's Denver office", "keystone mutual's claims team"): the rules read
    the owner, and "Dillard's" stays whole there already."""
    if not rule or not model:
        return False
    return company_key(model) == f"{company_key(rule)} s"


def _extends(rule: str | None, model: str | None) -> bool:
    """Whether the model's company is the rules' with up to four words after it ("Sanford
    Health clinical trials office", "NALC Branch 43")."""
    r, m = company_key(rule or "").split(), company_key(model or "").split()
    return bool(r) and len(r) < len(m) <= len(r) + 4 and m[: len(r)] == r


def _fronted(rule: str | None, model: str | None) -> bool:
    """Whether the rules' company is the end of the model's, which has up to five words
    before it, a possessive's "s" counted ("Shelter" of "St. Vincent's Men's Shelter",
    "Administration" of "Department of Administration"): the rules cut the name at a
    possessive or a preposition inside it."""
    r, m = company_key(rule or "").split(), company_key(model or "").split()
    return bool(r) and len(r) < len(m) <= len(r) + 5 and m[-len(r) :] == r


def model_org_rejected(company: str, spans: list[Span], rejected: Callable[[Span], bool]) -> bool:
    """Whether the span the model's company was read from is one the rules' organisation
    checks reject (a credential, a tool, a day, a unit, "Dr. ..."): the model may not bring
    back what the rules ruled out."""
    orgs = [s for s in spans if s.label_ == "CONTACT_ORG" and display_name(s.text) == company]
    return bool(orgs) and all(rejected(s) for s in orgs)
