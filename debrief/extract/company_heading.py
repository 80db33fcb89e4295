"""The contact's company from a typed heading that joins it to the name with a dash.

Typed notes often open with the organisation and the person on one line, a spaced dash between
them, either way round: "Acme Robotics - Lena Park, ops lead" or "Call w/ Lena Park - Acme
Robotics (small shop)". The base model and the rules read neither well (the dash is not a word
they place anyone at), so the organisation was lost or an organisation said later, as the
contact's past, was filed instead. The heading is the writer's own label of whom the call was
with and where: it names the company (docs/extraction-history.md, "Contact, stop 28: the
company on v, w").
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Token

from debrief.extract.contact_patterns import contact_patterns
from debrief.extract.heading_dates import date_head, date_tail
from debrief.extract.lexicon import org_name_heads, word_list
from debrief.names import person_key
from debrief.names_spelling import lexicon

#: A spaced dash between the name and the organisation in a heading.
_DASHES = {"-", "–", "—", "--"}
#: Lower-case words kept inside an organisation's name ("Bank of the West", "Hollis & Grant").
_JOINERS = {"of", "and", "&", "for", "the", "de", "la"}
#: Labels a typed recap puts before the name ("Name, Patrick O'Sullivan."): no organisation.
_LABELS = frozenset({"name", "contact", "subject", "re", "who", "person", "interviewee"})
#: How far into the recap the heading's dash may stand (tokens).
_HEAD_TOKENS = 24


@lru_cache(maxsize=1)
def _not_org_words() -> frozenset[str]:
    """Heading words ("call", "notes") and title head words ("Senior Engineer"): a capitalised
    run holding one is a label or a title, not an organisation."""
    cfg = contact_patterns()
    return frozenset(cfg["header"]["call_words"]) | frozenset(cfg["title"]["heads"])


def _cap(t: Token) -> bool:
    return t.text[:1].isupper() or t.text[:1].isdigit()


def _org(tokens: list[Token]) -> str | None:
    """The tokens as an organisation's name: capitalised words (joiners inside), none a heading
    or title word; None otherwise."""
    while tokens and tokens[-1].lower_ in _JOINERS:
        tokens = tokens[:-1]
    while tokens and tokens[0].lower_ in _JOINERS:
        tokens = tokens[1:]
    if not tokens or not _cap(tokens[0]):
        return None
    if any(not _cap(t) and t.lower_ not in _JOINERS for t in tokens):
        return None
    if any(t.lower_ in _not_org_words() for t in tokens):
        return None
    return "".join(t.text_with_ws for t in tokens).strip()


def _given_and_surname(tokens: list[Token]) -> bool:
    """ "Jake Lindqvist," after the dash where no name was found: a census given name and a
    capitalised word, then punctuation or the line's end (the heading's person)."""
    if len(tokens) < 2 or tokens[0].lower_ not in lexicon().given:
        return False
    if not (tokens[1].text[:1].isupper() and tokens[1].is_alpha):
        return False
    return len(tokens) == 2 or tokens[2].is_punct


def dash_heading_org(doc: Doc, names: list[str | None]) -> str | None:
    """The organisation a heading joins to the contact's name (any of ``names``: the kept one,
    the model's) with a spaced dash, on the recap's first line: "Org - Name" (the capitalised
    run before the dash, back to the line's start or a lower-case word) or "Name - Org" (the
    capitalised run after it, up to punctuation). None without such a heading."""
    keys = [person_key(n).split() for n in names if n]
    firsts = {k[0] for k in keys if k}
    lasts = {k[-1] for k in keys if k}
    line: list[Token] = []
    for t in doc[:_HEAD_TOKENS]:
        if "\n" in t.text:
            break
        line.append(t)
    for i, t in enumerate(line):
        if t.text not in _DASHES or i == 0 or not line[i - 1].whitespace_ or not t.whitespace_:
            continue
        before, after = line[:i], line[i + 1 :]
        if after and (after[0].lower_ in firsts or _given_and_surname(after)):
            run: list[Token] = []
            # "Hyland, Oct. 12 - Ana Quintero": the heading's date is not the organisation
            for w in reversed(before[: len(before) - date_tail(before)]):
                if not (_cap(w) or w.lower_ in _JOINERS):
                    break
                run.insert(0, w)
            return _org(run)
        if before[-1].lower_ in lasts:
            run = []
            for w in after[date_head(after) :]:
                if not (_cap(w) or w.lower_ in _JOINERS):
                    break
                run.append(w)
            return _org(run)
    return None


def name_run_on(company: str | None, name: str | None) -> str | None:
    """ "from Mid-Minnesota Legal Aid Noor Haddad she's a supervising attorney": with no comma
    between them the organisation runs on into the contact's full name. The company is the
    words before the name."""
    if not company or not name:
        return company
    words, full = company.split(), name.split()
    if len(full) < 2 or len(words) <= len(full):
        return company
    if [w.lower() for w in words[-len(full) :]] != [w.lower() for w in full]:
        return company
    return " ".join(words[: -len(full)]).rstrip(" ,-–—")


def heading_org(doc: Doc, firsts: set[str]) -> str | None:
    """ "OK. Herdwise, Rudy Vance, the one Heather set me up with.": a sentence near the
    recap's start that opens on a capitalised run, a comma and the contact's first name
    (any of ``firsts``, lower case). The run is the company, unless the base model tags it a
    person or a place ("Lagos, Rudy Vance")."""
    for sent in doc.sents:
        s = sent.start
        if s >= _HEAD_TOKENS:
            break
        c = next((k for k in range(s + 1, min(sent.end, s + 6)) if doc[k].text == ","), None)
        if c is None or c + 1 >= len(doc) or doc[c + 1].lower_ not in firsts:
            continue
        run = list(doc[s:c])
        # "Brackenfield Labs": the base model's person tag yields to an organisation's head
        tags = {"GPE", "LOC", "NORP", "DATE", "TIME"} | (
            set() if run[-1].lower_ in org_name_heads() else {"PERSON"}
        )
        if any(t.ent_type_ in tags for t in run):
            continue
        # "Okay, Akosua ...", "Um, Yuki ...", "From Kinfolk Roasters, Ben ...", "Name, Pat
        # ...": an organisation's name is proper nouns, opening on none of those
        if any(t.pos_ != "PROPN" and t.lower_ not in _JOINERS for t in run):
            continue
        if run[0].lower_ in word_list("not_names") | _LABELS or run[0].lower_ in _JOINERS:
            continue
        if len(run) == 1 and run[0].lower_ in lexicon().given:
            continue
        found = _org(run)
        if found:
            return found
    return None
