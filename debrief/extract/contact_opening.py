"""A lower-case opening that says who the call was with in one breath, without a comma.

Dictated in the car or typed on a phone, a recap often starts "ok recap corinne blackwood ames
shes a logistics program analyst at fema" or "recap real quick joaquin restrepo deputy program
manager at ridgeback federal services". In lower case the tagger reads such names as nouns,
verbs or adjectives, so the rules stop after two words ("sam adeyemi" of "sam adeyemi brooks
lieutenant colonel retired"), run on into the title ("sanjay kulkarni senior"), or find a
later person instead, and the roles model often marks no name at all. The shape itself says
it: right after the opening cue ("recap", "call with", "talked to"), two or three name words
stand between the cue and what describes them (a pronoun, a rank or title word, "from",
"at", a comma). :func:`opening_contact` reads that name, and the title said straight after it
("yusuf karimi general manager at halvorsen"), once the rules and the model are combined
(:func:`debrief.extract.roles_combine.combine`). Cue words are ``opening_cues`` and
``opening_fillers`` in ``pipelines/word_lists.toml``.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Doc, Token

from debrief.extract.casing import NOT_NAMES
from debrief.extract.lexicon import rank_words, title_heads, word_list
from debrief.models import Contact
from debrief.names import person_key
from debrief.names_spelling import lexicon

#: how far into the recap the opening cue may stand ("aug 19 notes.", "ok so call with")
_CUE_WITHIN = 8
#: a name said this early is the one the opening gives; one said only later is another person
_OPENING = 40
#: what may follow the name: who they are is said next
_AFTER = {"from", "at", "with", "of", "for", "in", ",", ".", ":", "-", "(", "who", "whos"}
_PRONOUNS = {"she", "he", "shes", "hes", "she's", "he's", "they", "theyre"}


@lru_cache(maxsize=1)
def _describing() -> frozenset[str]:
    """Words that start or make a description, never a name word: ranks ("lieutenant",
    "retired"), forms of address ("mister"), title heads ("manager") and the words titles
    open with ("senior", "deputy")."""
    # "mister halloran": a form of address
    words = word_list("contact_name_leading") | word_list("opening_title_words")
    return rank_words() | title_heads() | {w.lower().rstrip(".") for w in words}


def _word(doc: Doc, i: int) -> tuple[str, int] | None:
    """The name word starting at token ``i`` (a hyphenated one, "minh-anh", counted as one)
    and the index after it; None for anything that cannot be a word of a name."""
    t = doc[i]
    if not _name_token(t):
        return None
    text, j = t.text, i + 1
    while (
        j + 1 < len(doc)
        and doc[j].text == "-"
        and not doc[j - 1].whitespace_
        and not doc[j].whitespace_
        and _name_token(doc[j + 1])
    ):
        text, j = f"{text}-{doc[j + 1].text}", j + 2
    return text, j


def _name_token(t: Token) -> bool:
    low = t.lower_.rstrip(".")
    return (
        t.is_alpha
        and t.text.islower()
        and not t.is_stop
        and low not in NOT_NAMES
        and low not in _describing()
        and low not in word_list("time_words")
        and low not in word_list("opening_fillers")
    )


def _after_cue(doc: Doc) -> int | None:
    """Where the name can start: after the opening cue, its fillers ("real quick"), and any
    rank said before the name ("call with colonel retired briggs ...")."""
    cues = word_list("opening_cues")
    at = next((t.i + 1 for t in doc[:_CUE_WITHIN] if t.lower_ in cues), None)
    if at is None:
        return None
    skip = word_list("opening_fillers") | _describing()
    while at < len(doc) and (doc[at].lower_.rstrip(".") in skip or doc[at].is_punct):
        at += 1
    return at


def _run(doc: Doc) -> tuple[str, int] | None:
    """The name the opening gives, and the token after it: two or three name words between
    the cue and a word that describes them; None when the opening has another shape."""
    at = _after_cue(doc)
    if at is None:
        return None
    words: list[str] = []
    starts: list[int] = []
    i = at
    while i < len(doc) and len(words) < 4:
        found = _word(doc, i)
        if found is None:
            break
        words.append(found[0])
        starts.append(i)
        i = found[1]
    if not 2 <= len(words) <= 3 or i >= len(doc):
        return None
    nxt = doc[i].lower_
    if not (nxt in _AFTER or nxt in _PRONOUNS or nxt.rstrip(".") in _describing()):
        return None
    if len(words) == 3 and nxt in _civil_heads():
        # "met tomasz wierzbicki quality manager at ...": a title's head straight after three
        # words takes the third as its own ("quality manager"), where a rank ("sam adeyemi
        # brooks lieutenant colonel") leaves a three-word name whole
        words, i = words[:2], starts[2]
    if len(words) == 3 and words[0] == words[2]:
        words = words[1:]  # "briggs angela briggs": the surname, then the whole name
    return " ".join(words), i


@lru_cache(maxsize=1)
def _civil_heads() -> frozenset[str]:
    """Title heads that are not ranks ("manager", not "sergeant" or "captain")."""
    return title_heads() - rank_words()


def _title_after(doc: Doc, i: int) -> str | None:
    """'yusuf karimi general manager at halvorsen': a title said straight after the name,
    up to its head word, before where they work."""
    heads = title_heads()
    for j in range(i, min(i + 5, len(doc) - 1)):
        t = doc[j]
        if not t.is_alpha or (t.is_stop and t.lower_ not in _describing()):
            return None
        if t.lower_ in heads and doc[j + 1].lower_ in _AFTER:
            return doc[i : j + 1].text
    return None


def _replaces(doc: Doc, said: list[str], have: list[str]) -> bool:
    """Whether the opening's name (``said``, as words) is better than the one combined
    (``have``): none, a part of it ("sam adeyemi"), it with a title word run on ("sanjay
    kulkarni senior"), a title ("account executive"), or a name the opening does not say (a
    later person)."""
    if not have:
        return True
    if set(have) <= set(said) or set(said) <= set(have):
        return True
    if any(w in _describing() for w in have):
        return True
    opening = {person_key(t.text) for t in doc[:_OPENING]}
    return not any(w in opening for w in have)


def opening_contact(doc: Doc, contact: Contact) -> Contact:
    """The contact with the name and title a lower-case opening says in one breath (module
    doc); unchanged in any other recap."""
    found = _run(doc)
    if found is None:
        return contact
    run, after = found
    title = _title_after(doc, after) or contact.title
    said, have = person_key(run).split(), person_key(contact.name).split()
    if said == have:
        return replace(contact, title=title)  # "yusuf karimi general manager at ..."
    # a census first name, a name the combination has part of ("anh pham" of "minh-anh
    # pham"), or a "name" that is a title: not a phrase that happens to stand there
    known = said[0].split("-")[0] in lexicon().given or set(have) & set(said)
    if not (known or _a_title(have)) or not _replaces(doc, said, have):
        return contact
    return replace(contact, name=run, title=title)


def _a_title(words: list[str]) -> bool:
    """'account executive' filed as the name: words that describe, none that names."""
    return bool(words) and all(w in _describing() for w in words)
