"""The contact's title between the rules and the roles model (:func:`debrief.extract.roles_combine.
combine`): whether the model's title can be one at all, whether the rules' says it on, whether
it is said in the past, a name the model took for a title, and a title it took for an
organisation."""

from __future__ import annotations

from spacy.tokens import Span, Token

from debrief.extract.lexicon import title_head_words, title_heads, word_list

#: Words a title goes on with ("buyer for women's shoes", "vice president in market risk"):
#: the rules' ``[title] continue_if_lowercase``.
_TITLE_GOES_ON = {"for", "in", "of", "on"}


def said_on(rule: str | None, model: str | None) -> bool:
    """Whether the rules' title is the model's said on with "for"/"in"/"of"/"on" and what
    follows ("operations manager" -> "operations manager for surgical services"): the rules
    read the whole title, the model stopped at its head word."""
    if not rule or not model:
        return False
    r, m = rule.lower().split(), model.lower().split()
    if not (len(r) > len(m) and r[: len(m)] == m and r[len(m)] in _TITLE_GOES_ON):
        return False
    # a specialty of a few words ("in market risk", "for women's shoes"), not a unit the rules
    # ran on into ("for their solar interconnection team he", "for their court reporting
    # product"): no determiner or pronoun, at most three words
    tail = r[len(m) + 1 :]
    return 0 < len(tail) <= 3 and not set(tail) & _NOT_SPECIALTY


def unit_said_on(rule: str | None, model: str | None) -> bool:
    """Whether the model's title is the rules' lone head word said on with "of" and the unit
    it heads ("director" -> "director of US pricing and reimbursement strategy"): the rules
    stop "of" before a capital, the model read the unit. One rule word, a tail of two to six
    words, no determiner, pronoun or punctuation in it (not "director of the lab he ran")."""
    if not rule or not model:
        return False
    r, m = rule.lower().split(), model.lower().split()
    if len(r) != 1 or r[0] not in title_heads() or m[:2] != [r[0], "of"]:
        return False
    tail = m[2:]
    return (
        2 <= len(tail) <= 6
        and not set(tail) & _NOT_SPECIALTY
        and all(w.replace("&", "").replace("-", "").isalnum() or w == "&" for w in tail)
    )


def labelled_org(rule: str | None, orgs: list[Span]) -> bool:
    """Whether the model marks the rules' title word for word, but as the contact's
    organisation: the middle of a typed heading ("call w/ Felicity Osterberg, Proposal Manager,
    Ironvale Defense Group", "Dr. Rafael Quintero-Bautista, Medical Director, Georgia
    Medicaid"). The model agrees where the title is; the title it reads instead is a later
    phrase (her past "tech writer"). Only a title ending in a title's head word."""
    if not rule or rule.lower().split()[-1] not in title_heads():
        return False
    key = rule.lower().strip(" ,.")
    return any(s.text.lower().strip(" ,.") == key for s in orgs)


#: Words no specialty of a title holds: determiners and pronouns.
_NOT_SPECIALTY = {
    "the", "a", "an", "their", "his", "her", "its", "our", "my", "your", "he", "she", "they",
    "it", "we", "i", "you", "this", "that", "these", "those",
}  # fmt: skip


#: Words before a title that put it in the contact's past ("he was a backend engineer").
_PAST_TITLE = {"was", "were", "used", "former", "formerly", "previously", "ex"}


def past_title(title: str | None, spans: list[Span]) -> bool:
    """Whether the model's title is said in the contact's past: one of :data:`_PAST_TITLE`
    within three words before it ("He was a backend engineer for like five years"). Where the
    rules read no title, a past job is no title at all."""
    span = next(
        (s for s in spans if s.label_ == "CONTACT_TITLE" and s.text.strip(" ,.") == title), None
    )
    if span is None:
        return False
    before = span.doc[max(span.sent.start, span.start - 3) : span.start]
    return any(t.lower_ in _PAST_TITLE for t in before)


def _gerund_of_title(tok: Token) -> bool:
    """Whether ``tok`` is a gerund naming the work of the title head said right after it
    ("credentialing specialist", "recruiting coordinator", "engineering manager"): the tagger
    reads the -ing word as a verb, but a verb starting a clause ("wondering about") has no
    title head after it. Measured in docs/extraction-history.md, "spoken46"."""
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return tok.tag_ == "VBG" and nxt is not None and nxt.lower_ in title_head_words()


def title_like(title: str | None, spans: list[Span]) -> bool:
    """Whether the model's title can be a job title: not one running on into a verb, a
    conjunction or names ("landscaper wondering about environmental science", "contract
    coordinator job and", "deputy director Sam Whitehorse and Leticia Flores"): the rules'
    title, or none, is better than a clause."""
    span = next((s for s in spans if s.text.strip(" ,.") == title), None)
    if span is None:
        return True
    toks = [t for t in span if not t.is_punct]
    if not toks or toks[-1].pos_ in {"CCONJ", "ADP", "DET", "SCONJ", "PART"}:
        return False
    # a verb ("wondering about"); only a past participle may be part of a title. (Allowing
    # a verb that does not start a clause, "learning designer", kept two titles on f+g and
    # h+i but lost one on p+q: not kept.)
    if any(t.pos_ in {"VERB", "AUX"} and t.tag_ != "VBN" and not _gerund_of_title(t) for t in toks):
        return False
    people = [t for t in toks if t.ent_type_ == "PERSON"]
    return not (people and any(t.pos_ == "CCONJ" for t in toks))


def appositive_name(titles: list[Span]) -> str | None:
    """Where neither side names the contact, a span the model marks as a title that is a
    name set off by commas after a description, with a title of its own after it: "the
    panelist from the job fair, thandiwe mokoena, she's the clinic manager" (in lower case the
    model reads the name as a title). Only two or three words, none a function word or a
    title's head word, with another title after it."""
    heads = title_heads()
    for s in titles:
        doc = s.doc
        words = [t for t in s if not t.is_punct]
        if not 2 <= len(words) <= 3 or len(words) != len(s):
            continue
        if any(not t.is_alpha or t.is_stop or t.lower_ in heads for t in words):
            continue
        if s.start == 0 or s.end >= len(doc) or doc[s.start - 1].text != ",":
            continue
        if doc[s.end].text != ",":
            continue
        if any(o.start > s.end and o.sent == s.sent for o in titles):
            return s.text
    return None


def spoken_title(title: str | None) -> str | None:
    """The kept title without what speech put into it: a hesitation and the commas around it
    ("senior, um" -> "senior", "senior, um, data engineer" -> "senior data engineer"), and
    tiny.en's hearing of "she's a" before it ("Jesus Security Engineer" -> "Security
    Engineer"). Words only a transcript holds (``pipelines/word_lists.toml``), so a typed
    title is unchanged; a title of those words alone is none."""
    if not title:
        return title
    fillers = word_list("spoken_title_fillers")
    words: list[str] = []
    for w in title.split():
        if w.strip(",").lower() in fillers:
            if words:
                words[-1] = words[-1].rstrip(",")
        else:
            words.append(w)
    if len(words) > 1 and words[0].lower() in word_list("misheard_copulas"):
        words = words[1:]
    if not words:
        return None
    words[-1] = words[-1].rstrip(",")
    return " ".join(words)
