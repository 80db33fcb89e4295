"""Which names a question asks about that nothing on file names ("what is the culture like
at Initech?" when no call mentions Initech).

Search ranks notes by meaning, so a question about a company nobody spoke of still finds
the culture notes of the companies on file; shown as its answer they read as Initech's.

A name the question asks about is a capitalised run said after "at", "for", "from",
"with", "about", "inside", "join(ing)" or "into" ("at Acme Robotics"); one lower-case word
no everyday word (nor its plural) after a place-of-work word, "at", "with", "inside",
"join(ing)", "into" ("at initech"; after "for" or "about" a word is a topic: "for
outages"); or a capitalised name with a possessive ("Initech's culture"; opening the
question, only one no everyday word spells: "What's" is none).

It is on file when it names a contact or company (the reading search itself uses,
:func:`debrief.store.vectors.named_in`, or typed without accents: "oresund" for Øresund
Biotech) or any transcript holds it. The answer then says that nothing on file is about
it, offers a close spelling of a name on file ("Branock": Brannock Foods), never picking
one silently, and labels what else it shows.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from debrief.store import Store

#: Words after which a name is what the question asks about ("culture at Initech").
_CUES = frozenset({"at", "for", "from", "with", "about", "inside", "join", "joining", "into", "re"})
#: Of those, the ones a lower-case word after them is a place of work ("at initech"); after
#: "for" or "about" one is a topic ("for outages", "about layoffs").
_WORK_CUES = frozenset({"at", "with", "inside", "join", "joining", "into"})
_TOKEN = re.compile(r"[^\W_][\w&.'’-]*", re.UNICODE)
_POSSESSIVE = ("'s", "’s", "'", "’")
#: Capitalised words a question holds that name no organisation or person.
_NOT_NAMES = frozenset(
    {"i", "i'm", "i've", "i'd", "i'll", "me", "my", "we", "the", "a", "an", "what", "how"}
)


def _bare(token: str) -> tuple[str, bool]:
    """``token`` without its closing punctuation and possessive; and whether it had one."""
    word = token.rstrip(".-")
    for end in _POSSESSIVE:
        if word.endswith(end) and len(word) > len(end):
            return word[: -len(end)], True
    return word, False


def _a_word(word: str, everyday: Callable[[str], bool]) -> bool:
    """Whether lower-case ``word`` is an everyday word, or one's plural ("outages": the
    vocabulary holds "outage"): no name a question asks about."""
    low = word.lower()
    stems = [low, low[:-1] if low.endswith("s") else "", low[:-2] if low.endswith("es") else ""]
    return any(everyday(w) for w in stems if len(w) >= 3)


def asked_names(question: str, everyday: Callable[[str], bool]) -> list[str]:
    """The names ``question`` asks about (see the module doc), in its order."""
    tokens = _TOKEN.findall(question)
    found: list[str] = []
    i = 0
    while i < len(tokens):
        word, owned = _bare(tokens[i])
        after_cue = i > 0 and tokens[i - 1].lower() in _CUES
        capital = word[:1].isupper() and word.lower() not in _NOT_NAMES
        # a possessive opening the question names someone only if no everyday word says it
        owner = owned and (i > 0 or not everyday(word.lower()))
        if capital and (after_cue or owner):
            run = [word]
            j = i + 1
            while not owned and j < len(tokens):
                nxt, owned = _bare(tokens[j])
                if not nxt[:1].isupper() or nxt.lower() in _NOT_NAMES:
                    break
                run.append(nxt)
                j += 1
            found.append(" ".join(run))
            i = j if j > i + 1 else i + 1
            continue
        at_work = i > 0 and tokens[i - 1].lower() in _WORK_CUES
        if at_work and len(word) >= 4 and word.isalpha() and not _a_word(word, everyday):
            found.append(word)
        i += 1
    return list(dict.fromkeys(found))


def _plain(text: str) -> list[str]:
    """``text``'s words folded as typed on a plain keyboard ("Øresund" -> "oresund")."""
    from debrief.names import words

    return words(text)


def _spelt_on_file(store: Store, name: str) -> bool:
    """Whether ``name`` is a contact's or company's name, or words of one, typed without
    its letters' accents ("oresund" for Øresund Biotech: the keys drop the "ø")."""
    from debrief.store.vectors import known_names

    asked = _plain(name)
    for known in known_names(store):
        said = _plain(str(known))
        if asked and any(said[i : i + len(asked)] == asked for i in range(len(said))):
            return True
    return False


def _said_anywhere(store: Store, name: str) -> bool:
    """Whether a transcript holds ``name`` (as words, stemmed and case-folded)."""
    phrase = '"' + name.replace('"', " ") + '"'
    try:
        return bool(
            store.rows(
                "SELECT 1 FROM transcripts_fts WHERE transcripts_fts MATCH ? LIMIT 1", [phrase]
            )
        )
    except Exception:  # an FTS syntax this phrase cannot hold: take it as said
        return True


def not_on_file(store: Store, question: str, everyday: Callable[[str], bool]) -> list[str]:
    """The names ``question`` asks about that no contact, company or transcript names."""
    from debrief.ask.question import content_words
    from debrief.store import vectors as vstore

    out = []
    for name in asked_names(question, everyday):
        named = vstore.named_in(store, content_words(name) or [name], common=everyday)
        if named["contact_ids"] or named["company_ids"] or _said_anywhere(store, name):
            continue
        if _spelt_on_file(store, name):
            continue
        out.append(name)
    return out
