"""A one-word given name filed as a company, said where a person is said, is a person (people38).

The tagger reads many given names an organisation ("It's him and Ines", "sit down with Keisha
Saturday", "his wife's cousin at GSA (Ngozi something)"), and the roles step files such a word
as a company; the people rules never gather it. Over the development authors that lost eleven
labelled people of ten authors (people37). Decided here (:func:`companies_as_people`), after
the roles step has combined the rules and the model: a company of one capitalised word (a
weekday glued after it dropped: "Keisha Saturday") is a person and no company when

- it is a census given name, or a name off the census that is no English word
  (``people_subject.unlisted_given``'s lexicon test);
- it is no word of the contact's name or company, nor of another company kept (the contact
  test people37 asked for: "Renata" filed as a company is the contact, whom the contact stage
  decides);
- the recap says it nowhere with an organisation's cue: after "at", "@" or "joined", before
  "Inc", "LLC", an organisation's head word ("Grady Hospital") or an owner's "'s" of what only
  an organisation has ("Grady's website": ``org_possessions`` of ``people_cues.toml``);
- and it is said at least once where a person is: coordinated with a personal pronoun ("him
  and Ines", "Ines and I"), after a verb one does with a person and "to"/"with" ("talk to",
  "sit down with"), before a forgotten surname ("Ngozi something"), or, for a census given
  name, as the one the speaker was "with" ("at the fund with Keisha").

Measured in docs/extraction-history.md, "people38: a given name filed as a company, said as a
person".
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from debrief.extract.contact_patterns import contact_patterns
from debrief.extract.dates import weekday_names
from debrief.extract.doc_arrays import lowers, texts
from debrief.extract.lexicon import non_name_words, word_list
from debrief.extract.people_cues import people_cues
from debrief.models import Contact, Person
from debrief.names_spelling import lexicon


@lru_cache(maxsize=1)
def _org_words() -> tuple[frozenset[str], frozenset[str]]:
    """The organisation head words (``contact_patterns.toml``) and the nouns only an
    organisation owns (``people_cues.toml``)."""
    heads = frozenset(contact_patterns()["orgs"]["heads"])
    owned = frozenset(people_cues()["context"]["org_possessions"])
    return heads, owned


def companies_as_people(
    doc: Doc, contact: Contact, people: list[Person], companies: list[str]
) -> tuple[list[Person], list[str]]:
    """The people and companies, with each company that is a person's given name (as the
    module says) moved to the people."""
    moved: list[tuple[str, str]] = []
    for company in companies:
        name = _name_of(company)
        if name is not None and _said_as_person(doc, contact, people, companies, company, name):
            moved.append((company, name))
    if not moved:
        return people, companies
    gone = {c for c, _ in moved}
    held = {p.name.lower() for p in people}
    added = [Person(name=n) for _, n in moved if n.lower() not in held]
    return people + added, [c for c in companies if c not in gone]


def _name_of(company: str) -> str | None:
    """The one capitalised word of ``company`` ("Ines"; "Keisha" of "Keisha Saturday"), or
    None."""
    words = company.split()
    if len(words) == 2 and words[1].lower() in weekday_names():
        words = words[:1]
    if len(words) != 1:
        return None
    word = words[0]
    if not (len(word) >= 3 and word.isalpha() and word[0].isupper() and word[1:].islower()):
        return None
    return word


def _said_as_person(
    doc: Doc,
    contact: Contact,
    people: list[Person],
    companies: list[str],
    company: str,
    name: str,
) -> bool:
    low = name.lower()
    census = low in lexicon().given
    if not census and low in non_name_words():
        return False
    own = " ".join(x for x in (contact.name, contact.company) if x).lower().split()
    others = {w for c in companies if c != company for w in c.lower().split()}
    if low in own or low in others or any(low in p.name.lower().split() for p in people):
        return False
    # the words read once per doc as strings: no Token built per word (0.1 ms budget)
    lows = lowers(doc)
    mentions = [i for i, t in enumerate(texts(doc)) if t == name]
    if not mentions or any(_org_cue(lows, i) for i in mentions):
        return False
    return any(_person_cue(doc, lows, i, census=census) for i in mentions)


@lru_cache(maxsize=1)
def _cues() -> dict[str, frozenset[str]]:
    """The word lists of ``word_lists.toml`` this module reads, read once."""
    names = ("pronouns", "verbs", "forgot")
    out = {n: word_list(f"company_person_{n}") for n in names}
    out["before"] = word_list("company_org_before")
    out["after"] = word_list("company_org_after")
    return out


def _org_cue(lows: list[str], i: int) -> bool:
    """The word said as an organisation here: "at Ines", "Ines Inc", "Grady Hospital",
    "Grady's website"."""
    heads, owned = _org_words()
    cues = _cues()
    if i > 0 and lows[i - 1] in cues["before"]:
        return True
    if i + 1 < len(lows):
        nxt = lows[i + 1]
        if nxt in heads or nxt in cues["after"]:
            return True
        if nxt == "'s" and i + 2 < len(lows) and lows[i + 2] in owned:
            return True
    return False


def _person_cue(doc: Doc, lows: list[str], i: int, *, census: bool) -> bool:
    """The word said here where a person is (the module's list)."""
    cues = _cues()
    pronouns = cues["pronouns"]
    if i >= 2 and lows[i - 1] == "and" and lows[i - 2] in pronouns:
        return True  # "him and Ines"
    if i + 2 < len(lows) and lows[i + 1] == "and" and lows[i + 2] in pronouns:
        return True  # "Ines and I"
    if i + 1 < len(lows) and lows[i + 1] in cues["forgot"]:
        return True  # "(Ngozi something)"
    if i == 0 or lows[i - 1] not in {"to", "with"}:
        return False
    prep = doc[i - 1]
    verb = prep.head
    if prep.i > 1 and lows[prep.i - 1] == "down":
        verb = doc[prep.i - 2]  # "sit down with Keisha"
    if verb.lemma_.lower() in cues["verbs"]:
        return True
    return census and prep.lower_ == "with"
