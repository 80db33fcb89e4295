"""The contact's name said in two parts, a hesitation or a bracket between them.

A speaker who has to think of the rest of a name says it in two goes: "Recap for Jasmine, uh,
Whitfield-Nakamura, hyphenated", "her name is Ewa, last name Nowicka", "Called Colonel Briggs,
um, Angela", "Ms. Achterberg (Rosalind), Deputy Director of ...". The rules and the roles model
each keep one part. :func:`two_part_name` joins them, once the two are combined
(:func:`.roles_combine.combine`): where the contact's one-word name is first said, one
more name word stands within a few words, and only punctuation, a hesitation or "last name"
between them, at least one of which marks the pause (``name_part_gaps`` and
``name_part_marks`` in ``pipelines/word_lists.toml``). A list of people ("Priya, Marcus and
Jo") has no such mark, and a full second name ("Jasmine, uh, Tamika Rowe") is another person;
a part said with "I think" is left out.
The order is the name's: a surname said after a rank or a form of address ("Colonel Briggs",
"Ms. Achterberg") goes last, as it does when the other part is given as the "first name".
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Token

from debrief.extract.casing import NOT_NAMES
from debrief.extract.doc_arrays import doc_text
from debrief.extract.lexicon import org_or_title_heads, rank_words, word_list
from debrief.names_spelling import lexicon

#: at most this many words between the two parts (", last name", ", uh,")
_GAP = 4
#: entity types no word of a person's name carries
_NOT_PERSON = {"GPE", "LOC", "NORP", "PRODUCT", "EVENT", "DATE", "TIME", "MONEY", "LANGUAGE"}


@lru_cache(maxsize=1)
def _leading() -> frozenset[str]:
    """Ranks and forms of address ("Colonel", "Ms"): said before a surname, never in a name."""
    leading = {w.lower().rstrip(".") for w in word_list("contact_name_leading")}
    return rank_words() | leading


def _name_token(t: Token) -> bool:
    """A capitalised word that can be one part of a person's name."""
    if not (t.is_alpha and t.text[:1].isupper() and not t.is_stop):
        return False
    low = t.lower_
    if (
        low in NOT_NAMES
        or low in _leading()
        or low in org_or_title_heads()
        or t.ent_type_ in _NOT_PERSON
    ):
        return False
    # the small model tags many names it does not know ORG: a census name is still a name
    return t.ent_type_ != "ORG" or lexicon().known(low)


def _part(doc: Doc, i: int, step: int) -> tuple[int, int] | None:
    """The one name word at token ``i`` (a hyphenated one, "Whitfield-Nakamura", as one), as a
    token span, reading in direction ``step``; None where it is no name word or runs on into
    another one (a second full name is another person)."""
    if not 0 <= i < len(doc) or not _name_token(doc[i]):
        return None
    s = e = i
    while True:
        a, b = (e + 1, e + 2) if step > 0 else (s - 1, s - 2)
        if min(a, b) < 0 or max(a, b) >= len(doc) or doc[a].text != "-":
            break
        if doc[a - 1].whitespace_ or doc[a].whitespace_:
            break  # "Briggs - Angela" is no hyphenated name
        if not (doc[b].is_alpha and doc[b].text[:1].isupper()):
            break  # the word after the hyphen ("-Okonjo") is the name's, whatever its tag
        s, e = (s, b) if step > 0 else (b, e)
    beyond = e + 1 if step > 0 else s - 1
    if 0 <= beyond < len(doc) and _name_token(doc[beyond]) and doc[beyond].ent_type_ != "ORG":
        return None
    return s, e + 1


def _other_part(doc: Doc, s: int, e: int, step: int) -> tuple[tuple[int, int], set[str]] | None:
    """The other part of the name, read from the mention ``s:e`` in direction ``step`` across
    a marked gap; with the gap's words."""
    gaps, marks = word_list("name_part_gaps"), word_list("name_part_marks")
    said: set[str] = set()
    i = e if step > 0 else s - 1
    for _ in range(_GAP):
        if not 0 <= i < len(doc) or doc[i].lower_ not in gaps:
            break
        said.add(doc[i].lower_)
        i += step
    if not said & marks:
        return None
    found = _part(doc, i, step)
    if found is None:
        return None
    if "(" in said and step > 0 and (found[1] >= len(doc) or doc[found[1]].text != ")"):
        return None  # "(SkillBridge coordinator there)": a bracket holding more than a name
    if _unsure(doc, found[1]):
        return None
    return found, said


def _unsure(doc: Doc, i: int) -> bool:
    """'Devon, last name Okafor-Smith I think': a part the speaker is not sure of is not filed
    (the labels keep the sure part: 2 of the 3 training recaps that hedge one)."""
    return any(t.lower_ in word_list("name_part_unsure") for t in doc[i : i + 3])


def _addressed(doc: Doc, i: int) -> bool:
    """Whether a rank or a form of address is said just before token ``i``."""
    j = i - 1
    if j >= 0 and doc[j].text == ".":
        j -= 1
    return j >= 0 and doc[j].lower_.rstrip(".") in _leading()


def two_part_name(doc: Doc, name: str | None) -> str | None:
    """``name`` joined with the other part of it said just before or after its first
    mention (module doc); unchanged when it is not one word or no such part is said."""
    if name and "(" in name:
        # "Okonkwo (Festus": the model's span runs into the bracket; the part before it
        name = name.split("(")[0].strip() or name
    if not name or " " in name.strip():
        return name
    for m in re.finditer(r"(?<!\w)" + re.escape(name.strip()) + r"(?!\w)", doc_text(doc)):
        said = doc.char_span(m.start(), m.end())
        if said is None:
            continue
        s, e = said.start, said.end
        after = _other_part(doc, s, e, 1)
        if after is not None:
            (a, b), gap = after
            other = doc[a:b].text
            first = _addressed(doc, s) or "first" in gap
            return f"{other} {name}" if first else f"{name} {other}"
        before = _other_part(doc, s, e, -1)
        if before is not None:
            (a, b), gap = before
            other = doc[a:b].text
            last = _addressed(doc, a) or bool(gap & {"last", "surname"})
            return f"{name} {other}" if last else f"{other} {name}"
        return name
    return name
