"""The contact's title where a transcript's punctuation hides it (spoken38).

Whisper writes the pause between a name and the title said after it as nothing, and
capitalises the title a typist writes in lower case: "Marisol Quintero Accessibility Lead.",
"Sumitara Shiza Chief Nursing informatics officer at ...". The name's sentence then goes on
with no comma or copula for the title rules to start from, and the title is lost. What marks
such a title is its casing and its head: right after the name, a run of Title Case words
(acronyms of ``title_caps`` and "of/for/and" between them allowed), at least two words, going
on in lower case at most to a title's head word, ending on that head, and followed by a break
(punctuation, "at", "for", "with", "from", "in", or the text's end). One word is never
enough: a surname may be a head word ("Mary Ellen Baker"), a word after a name may be a day
("Monday"). Where the tagger took the title's first words into the name, the name ends
before them (``title_in_name``). See docs/extraction-history.md, "spoken38".
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from debrief.extract.lexicon import title_heads, word_list

#: Words after which a heard title ends: a pause or the organisation's link word.
_AFTER = {"at", "for", "with", "from", "in"}
#: Small words a Title Case title holds between its capitalised words.
_JOINS = {"of", "for", "and", "&"}
#: The words a heard title has at most.
_MOST = 7


def _capital(t: Token) -> bool:
    return t.is_alpha and (t.is_title or (t.is_upper and t.lower_ in word_list("title_caps")))


def title_run_end(doc: Doc, i: int, hi: int) -> int | None:
    """End of a heard title starting at ``doc[i]`` (see the module's docstring), else None;
    ``hi`` bounds it (the sentence's end)."""
    heads = title_heads()
    k, capped, last, lower = i, 0, None, False
    while k < hi and k - i < _MOST:
        t = doc[k]
        if _capital(t) and not lower:  # Title Case only before any lower-case word
            capped += 1
        elif t.lower_ in _JOINS and capped and not lower and k + 1 < hi and _capital(doc[k + 1]):
            k += 1
            continue
        elif (
            capped
            and t.is_alpha
            and t.is_lower
            and t.pos_ in {"NOUN", "ADJ", "PROPN"}
            and t.lower_ not in _AFTER
        ):
            lower = True
        else:
            break
        if t.lower_ in heads:
            last = k
        k += 1
    if last is None or capped < 1 or last - i < 1:
        return None
    nxt = doc[last + 1] if last + 1 < len(doc) else None
    if nxt is not None and not (nxt.is_punct or nxt.lower_ in _AFTER):
        return None
    if any(doc[j].ent_type_ in {"GPE", "LOC", "DATE", "TIME"} for j in range(i, last + 1)):
        return None
    return last + 1


def heard_title(doc: Doc, name_end: int) -> str | None:
    """'Priyanka Sethi Senior Clinical informatics specialist at ...': the title run on after
    the name's last word with no comma, if one starts there."""
    if name_end >= len(doc) or not _capital(doc[name_end]):
        return None
    end = title_run_end(doc, name_end, doc[name_end].sent.end)
    return doc[name_end:end].text if end is not None else None


def title_in_name(doc: Doc, s: int, e: int) -> tuple[int, int] | None:
    """'Rosalind Achebe Payments Risk Lead at ...': the tagger's name ran on into the title
    ("Rosalind Achebe Payments Risk"). Where a cased name span of three words or more holds,
    after its first two words, a heard title that reaches past the span's end, where the title
    starts and ends."""
    if e - s < 3:
        return None
    for p in range(s + 2, e):
        end = title_run_end(doc, p, doc[s].sent.end)
        if end is not None and end >= e:
            return p, end
    return None


def title_sentence(doc: Doc, name_end: int) -> str | None:
    """'Sal Ferraro, runs the Lakeshore youth football alliance. Executive director.': Whisper
    heard the pause before the title as a full stop, so the title is a sentence of its own
    right after the name's. Only a sentence that is nothing but a title: one to four words
    (fillers left out), the first capitalised as a sentence opens or lower-case, the rest
    lower-case or short acronyms, ending on a title's head word, with no verb, pronoun,
    article or preposition ("Great guy.", "The director left." are none)."""
    if name_end >= len(doc):
        return None
    sent = doc[name_end - 1].sent if name_end > 0 else doc[0].sent
    if sent.end >= len(doc):
        return None
    nxt = doc[sent.end].sent
    fillers = word_list("title_fillers")
    words = [t for t in nxt if not t.is_punct and t.lower_ not in fillers]
    if not 0 < len(words) <= 4 or not nxt[-1].is_punct:
        return None
    if any(t.is_punct and t.text not in {",", "."} for t in nxt):
        return None
    heads = title_heads()
    if words[-1].lower_ not in heads:
        return None
    for n, t in enumerate(words):
        acronym = t.is_upper and len(t) <= 4
        if not t.is_alpha or not (t.is_lower or acronym or (n == 0 and t.is_title)):
            return None
        if t.pos_ in {"VERB", "AUX", "PRON", "DET", "ADP"} and t.lower_ not in heads:
            return None
        if t.ent_type_ in {"PERSON", "GPE", "ORG", "DATE", "TIME"}:
            return None
    return " ".join(t.text for t in words)
