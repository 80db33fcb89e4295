"""Organisation names as spoken: the proper-name chunk a name spans, how a name is shown, and
merging the spellings of one organisation. Shared by the organisation finder (``orgs.py``),
the contact rules and the people rules.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from rapidfuzz import fuzz
from spacy.tokens import Doc

from debrief.extract.casing import is_acronym, is_cap
from debrief.extract.contact_patterns import contact_patterns
from debrief.extract.lexicon import word_list
from debrief.names import company_key

# org_mentions: the organisations the contact stage's finder read in the recap (set by
# debrief.extract.contact); registered here, beside OrgMention, and read through
# org_mentions() below
if not Doc.has_extension("org_mentions"):
    Doc.set_extension("org_mentions", default=None)

_CONNECT = {"of", "for", "de", "du", "la", "del"}
#: name words a number may follow inside an organisation's name ("Local 46")
NUMBERED = {"local", "district", "station", "unit", "precinct", "ward", "lodge"}


def described(name: str) -> bool:
    """Whether an organisation ``name`` holds "of a"/"of an": no name does ("Bank of America",
    "University of the Arts"); a description Whisper capitalised does ("the head of the
    Cleveland Office of an Architecture Firm", typed "office of an architecture firm")."""
    said = name.lower().split()
    return any(a == "of" and b in {"a", "an"} for a, b in pairwise(said))


def nxt_is(doc: Doc, e: int, words: set[str]) -> bool:
    return e < len(doc) and doc[e].lower_ in words


@dataclass(frozen=True)
class OrgMention:
    start: int
    end: int
    name: str
    strong: bool


def put_in_place(mentions: list[OrgMention], m: OrgMention) -> None:
    """Put ``m`` among ``mentions`` (kept in text order) in place of every mention it overlaps:
    a rule that finds the whole name ("Fjord and Field", "the city of Boise") replaces the
    pieces the model tagged, so the contact's company and the companies list agree."""
    mentions[:] = [x for x in mentions if x.end <= m.start or x.start >= m.end]
    mentions.append(m)
    mentions.sort(key=lambda x: x.start)


def hyphen_joins(doc: Doc, e: int, end: int | None = None) -> bool:
    """Whether ``doc[e]`` is a hyphen written without spaces ("Co-op", "Hye-jin", "Ji-ho"): the
    word after it (before ``end``) is one word with the word before it."""
    return (
        e + 1 < (len(doc) if end is None else end)
        and doc[e].text == "-"
        and not doc[e - 1].whitespace_
        and not doc[e].whitespace_
    )


def after_title_noun(doc: Doc, s: int) -> bool:
    """Whether a noun naming a written or recorded work (``title_nouns`` of
    ``pipelines/word_lists.toml``) is among the three words before ``s``: what starts there is
    its title ("a book, Just Enough Research", "a newsletter, Philanthropy Wire Weekly"), no
    organisation and no person."""
    nouns = word_list("title_nouns")
    return any(t.lower_ in nouns and t.pos_ == "NOUN" for t in doc[max(0, s - 3) : s])


def chunk_end(doc: Doc, i: int, end: int, low: bool = False, max_len: int = 7) -> int:
    """End (exclusive) of the proper-name chunk starting at ``doc[i]``; ``i`` when none."""
    if i >= end or not is_cap(doc[i], low):
        return i
    j = i + 1
    limit = max_len
    while j < end and j - i < limit:
        t = doc[j]
        nxt = doc[j + 1] if j + 1 < end else None
        if is_cap(t, low):
            j += 1
            continue
        if t.text in {"&", "-", "+"} and nxt is not None and is_cap(nxt, low):
            j += 2
            continue
        # "Heartland Growers Co-op": the tokenizer splits "Co-op" into "Co", "-", "op"
        if t.text == "-" and nxt is not None and nxt.lower_ == "op" and doc[j - 1].lower_ == "co":
            j += 2
            continue
        if t.lower_ in _CONNECT and nxt is not None and is_cap(nxt, low) and not low:
            j += 2
            continue
        # "National Endowment for the Humanities", "Goodwill of the Southern Plains"
        if (
            t.lower_ in _CONNECT
            and nxt is not None
            and nxt.lower_ == "the"
            and j + 2 < end
            and is_cap(doc[j + 2], low)
            and not low
        ):
            j += 3
            continue
        # "IBEW Local 46", "District 9": a number that belongs to the name
        if t.like_num and t.is_digit and doc[j - 1].lower_ in NUMBERED:
            j += 1
            continue
        if t.lower_ == "'s":
            if j - i == 1 and is_acronym(doc[i].text):
                break  # "REI's Co-op Brand team", "FINRA's New York office": the acronym owns
            if nxt is not None and is_cap(nxt, low) and not low:
                # "the Maricopa County Department of Public Health's Community Health
                # Division": the owned unit gets a length budget of its own
                limit = max(limit, j - i + 2 + max_len)
                j += 2
                continue
            if (nxt is None or nxt.is_punct) and j - i >= 2:
                j += 1
            break
        break
    return j


def end_past_head(doc: Doc, k: int, e: int, heads: set[str]) -> int:
    """End of a lower-case organisation name ``doc[k:e]`` said after "called": "called tidepool
    digital ana rita the founder" -> "tidepool digital". Two bare words (or a person) after a
    head word (``heads``, ``[orgs].lower_heads``) that does not start the name are someone's
    name, not the organisation's ("studio hatch", "motion works pt" stay whole)."""
    found = [x for x in range(k + 1, e) if doc[x].lower_ in heads]
    if not found or found[-1] + 1 >= e:
        return e
    rest = doc[found[-1] + 1 : e]
    if len(rest) >= 2 or rest[0].ent_type_ == "PERSON":
        return found[-1] + 1
    return e


def display_name(text: str) -> str:
    """How an organisation is shown: as spoken, minus a leading 'the' and edge punctuation."""
    parts = text.strip().strip('.,;:!?"').split()
    while len(parts) > 1 and parts[0].lower() == "the":
        parts.pop(0)
    return " ".join(parts).strip('.,;:!?"')


@lru_cache(maxsize=1)
def _standalone() -> frozenset[str]:
    """Organisations of their own that start longer names ("Navy" of "Navy Federal Credit
    Union"): ``[orgs] standalone`` of ``pipelines/contact_patterns.toml``."""
    return frozenset(company_key(s) for s in contact_patterns()["orgs"]["standalone"])


def _shortened(words: list[str], earlier: list[str]) -> bool:
    """ "ClearPath" after "ClearPath Malaria Consortium", "Task Force" after "Task Force for
    Global Health": a later mention that keeps only the first words of a name said before it
    is the same organisation said short, not another one."""
    return len(words) < len(earlier) and earlier[: len(words)] == words


def merge_names(
    names: Iterable[str], primary: str | None = None, standalone: Iterable[str] = ()
) -> list[str]:
    """Distinct organisation names, case/suffix/spelling variants merged, first spelling kept.

    A shorter name whose words start or end the contact's company ("Kessler" for "Kessler
    Precision Components", "Hopkins" for "Johns Hopkins") is the same organisation, unless it
    is an organisation of its own ("the Navy" beside "Navy Federal Credit Union"). So is a
    shorter name whose words start a name said before it (:func:`_shortened`).
    """
    alone = {company_key(s) for s in standalone}
    out: list[str] = []
    keys: list[str] = []
    ordered = list(names)
    if primary:
        ordered = [primary, *ordered]
    pkey = company_key(primary) if primary else ""
    pwords = pkey.split()
    for name in ordered:
        name = display_name(name)
        key = company_key(name)
        if not key:
            continue
        if any(key == k or (len(key) > 5 and fuzz.ratio(key, k) >= 90) for k in keys):
            continue
        kw = key.split()
        if key not in alone | _standalone() and any(_shortened(kw, k.split()) for k in keys):
            continue
        if (
            pkey
            and key != pkey
            and key not in alone
            and len(kw) < len(pwords)
            and (pwords[: len(kw)] == kw or pwords[-len(kw) :] == kw)
        ):
            continue
        keys.append(key)
        out.append(name)
    return out


def org_mentions(doc: Doc) -> list[OrgMention]:
    """The organisations the contact stage read in ``doc`` ([] before it ran, or when it
    found none): the one reading of ``doc._.org_mentions`` the later stages share."""
    return doc._.org_mentions or []
