"""The contact's company goes on over the rest of its name, said right after it in the same case.

The roles model and the rules often stop an organisation's name one or two words short where
the recap says it whole ("Lakeview Trades" of "at Lakeview Trades Academy", "Marlow" of
"Marlow National Laboratory", "rez sun" of "owner of rez sun power"). This decides whether the
words glued to the company at one of its mentions belong to it: they do when they are written
in the company's own case (capitalised after a capitalised name; lower case after a lower-case
name in a recap whose capitals do not mark names), are words of a name (no verb, pronoun or
function word, no punctuation or line break between) and end on an organisation's head word
(``[orgs]`` heads, lower_heads and tail_heads of ``pipelines/contact_patterns.toml``). Only
the first mention is read: a recap introduces an organisation by its whole name, and a longer
form said after a shorter one is a part of it ("Greystar ... now runs the Greystar Academy").

A lower-case tail after a capitalised name is left alone: the labels keep it as often as they
drop it ("Harlan County public works" but "City of Harlow" of "City of Harlow building
department", "Lummi Nation" of "Lummi Nation natural resources office"). Cutting a company back
to a shorter form the recap repeats loses far more than it wins (people shorten names they
have said once in full). The study is in docs/extraction-history.md, "company27".

A transcript is read otherwise (``doc._.spoken``, spoken51): Whisper writes in lower case the
words of a name its typist capitalises ("at Harbor Gate physical therapy", "with Redfern
mechanical"), so after a capitalised name the tail may be in either case, may follow an owner's
"'s" ("director of Ashby's string players"), and may end on one of ``spoken_tail_heads`` too
(``pipelines/contact_patterns.toml``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from debrief.extract.casing import NOT_NAMES, names_lower
from debrief.extract.lexicon import org_tail_heads, transcript_tail_heads
from debrief.extract.roles_company import said

#: at most this many words are added to a company
_MAX_TAIL = 3
#: what a word of a name's tail is tagged
_NAME_POS = {"NOUN", "PROPN", "ADJ"}


def _capitalised(text: str) -> bool:
    return text[:1].isupper()


def _heads(spoken: bool) -> frozenset[str]:
    """The words a name's tail may end on; a transcript's take ``spoken_tail_heads`` too."""
    return transcript_tail_heads() if spoken else org_tail_heads()


def _fits(token: Token, cased: bool, spoken: bool) -> bool:
    """Whether ``token`` can be a word of the name's tail: a word of a name in the name's case
    (a head word whatever the tagger calls it: "clearpath rx" is read as "rx" a conjunction);
    on a transcript, after a capitalised name, in either case."""
    if not token.is_alpha or token.lower_ in NOT_NAMES:
        return False
    if token.pos_ not in _NAME_POS and token.lower_ not in _heads(spoken):
        return False
    if cased and spoken:
        return True
    return _capitalised(token.text) if cased else token.text == token.lower_


def _tail_end(doc: Doc, end: int, cased: bool) -> int:
    """Where the name said up to ``end`` really ends: after the last head word of the run of
    fitting words glued to it (``end`` when there is none)."""
    spoken = bool(doc._.spoken) and cased
    heads = _heads(spoken)
    best = end
    k = end
    if spoken and k < len(doc) and doc[k].lower_ == "'s" and doc[k].whitespace_ == " ":
        k += 1  # "director of Ashby's string players": the owner's "'s" is the name's
    start = k
    while k < len(doc) and k - start < _MAX_TAIL:
        if doc[k - 1].whitespace_ != " " or not _fits(doc[k], cased, spoken):
            break
        if doc[k].lower_ in heads:
            best = k + 1
        k += 1
    return best


def tail_company(doc: Doc, company: str | None) -> str | None:
    """``company`` with the rest of its name where a mention goes on with it (module doc)."""
    if not company:
        return company
    if _capitalised(company.split()[-1]):
        cased = True
    elif company == company.lower() and names_lower(doc):
        cased = False
    else:
        return company
    # the first mention only: an organisation is introduced by its whole name, and a longer
    # form said later is a part of it ("... now runs the Greystar Academy", its programme)
    first = next(said(doc, company), None)
    if first is None:
        return company
    end = _tail_end(doc, first.end, cased)
    return doc[first.start : end].text if end > first.end else company
