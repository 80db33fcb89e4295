"""The contact's title with the words said in front of it that belong to it: "the supply chain
director at Hollow Oak" kept as "chain director", "inventory planning supervisor at Ferguson's"
as "planning supervisor", "the people and culture lead" as "culture lead". The rules and the
model each stop a title at a word they read as something else (a noun they took for the end of
the name or the organisation before it, a word after "and"); the scorer counts word overlap,
so the lost front costs a third of the title. Run on the combined answer
(:func:`~debrief.extract.roles_combine.combine`), once the name, title and company are settled,
so the words of both can be refused."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Token

from debrief.extract.doc_arrays import texts
from debrief.extract.lexicon import title_heads, word_list
from debrief.models import Contact

#: Words taken back at most: the unit or specialty before a head ("supply chain", "people and
#: culture"), not a clause run into.
_MOST_WORDS = 3
#: Entity labels no word of a title carries.
_NOT_TITLE_ENTS = {"PERSON", "ORG", "GPE", "LOC", "DATE", "TIME", "CARDINAL", "ORDINAL", "FAC"}
_NOT_KEY = re.compile(r"[^a-z0-9&]")
#: ``doc.user_data`` key of :func:`_doc_keys`.
_KEYS = "debrief_title_keys"


def _key(word: str) -> str:
    return _NOT_KEY.sub("", word.lower())


def _doc_keys(doc: Doc) -> list[str]:
    """Every token's :func:`_key`, made once per doc from its texts (speed34: the title is
    looked for two or three times a recap, each pass built a Token and ran the regex per word)."""
    cached = doc.user_data.get(_KEYS)
    if cached is None or len(cached) != len(doc):
        cached = [_key(t) for t in texts(doc)]
        doc.user_data[_KEYS] = cached
    return cached


def title_at(doc: Doc, title: str) -> tuple[int, int] | None:
    """Where the title is first said: the tokens its words start and end after (any casing;
    commas and the tokenizer's splits, "R&D", "co-founder", do not matter)."""
    whole = _key(title)
    if not whole:
        return None
    keys = _doc_keys(doc)
    for i, k in enumerate(keys):
        if not k or not whole.startswith(k):
            continue
        said = ""
        for j in range(i, len(doc)):
            said += keys[j]
            if not whole.startswith(said) or said == whole:
                break
        if said == whole:
            return i, j + 1
    return None


def _front_word(t: Token, lower: bool, refused: set[str]) -> bool:
    """Whether ``t`` can be a word of the title's front: a noun or adjective in the title's
    own casing (lower-case words before a lower-case title, capitalised before a capitalised
    one), no entity, no word of the name or company, no word the list refuses ("former",
    "call")."""
    if not t.is_alpha or t.tag_ not in {"NN", "NNS", "JJ", "NNP", "NNPS"}:
        return False
    if lower != t.is_lower or (not lower and not t.is_title):
        return False
    if t.ent_type_ in _NOT_TITLE_ENTS or t.lower_ in refused:
        return False
    return t.lower_ not in word_list("title_front_refused") and t.lower_ not in title_heads()


def _fronted(doc: Doc, title: str | None, name: str | None, company: str | None) -> str | None:
    """The title with the one to three words said right before it that are its unit or
    specialty ("chain director" -> "supply chain director"; "culture lead" -> "people and
    culture lead": two such words joined by "and"). Nothing is taken past a determiner, a
    pronoun, a verb, punctuation, a head word (another title: "an architect, ... a project
    architect"), a word of the contact's name or company, or a named entity; a title of four
    words or more is left as it is."""
    if not title or len(title.split()) >= 4:
        return title
    span = title_at(doc, title)
    if span is None or span[0] == 0:
        return title
    at = span[0]
    first = doc[at]
    if not first.is_alpha:
        return title
    lower = first.is_lower
    refused = {w.lower() for part in (name, company) if part for w in re.findall(r"\w+", part)}
    lo, taken = at, 0
    while lo > 0 and taken < _MOST_WORDS:
        t = doc[lo - 1]
        if _joined(doc, lo - 1):
            # "part-time facilities manager": a hyphenated word is taken whole or not at all
            if not (_front_word(t, lower, refused) and _opens(doc[lo - 3], lower, refused)):
                break
            lo -= 3
        elif _front_word(t, lower, refused):
            lo -= 1
        elif (
            t.lower_ == "and"
            and taken == 0
            and lo >= 2
            and _front_word(doc[lo - 2], lower, refused)
        ):
            lo -= 2  # "people and culture lead": two words of the front joined by "and"
        else:
            break
        taken += 1
    if lo == at:
        return title
    return doc[lo:at].text + " " + title


def _joined(doc: Doc, i: int) -> bool:
    """Whether the word at ``i`` is the end of a hyphenated word ("time" of "part-time")."""
    return i >= 2 and doc[i - 1].text == "-" and not doc[i - 2].whitespace_ + doc[i - 1].whitespace_


def _opens(t: Token, lower: bool, refused: set[str]) -> bool:
    """Whether ``t``, before a hyphen, can open the title's front with the word after it
    ("part" of "part-time"): a word in the title's casing that no list refuses."""
    if not t.is_alpha or lower != t.is_lower or t.lower_ in refused:
        return False
    return t.lower_ not in word_list("title_front_refused")


def said_in_front(doc: Doc, contact: Contact) -> Contact:
    """``contact`` with its title taken back to the words said in front of it that belong to
    it (:func:`_fronted`), its name's and company's words refused."""
    return replace(contact, title=_fronted(doc, contact.title, contact.name, contact.company))
