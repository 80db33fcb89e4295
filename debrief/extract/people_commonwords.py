"""A capitalised name made only of common English words, said nowhere as a person, is none
(people34).

Typed notes capitalise what is no name: a note's label ("Dislikes, the lineman shortage"), a
sentence's first verb after a rank's full stop ("not SFC. Gave her the story"), a
department ("Culture: Medical Affairs is separate"), a funding round ("~60 ppl, Series B.
cardiac"), the last word of a programme ("Onward to Opportunity"). The people rules take
these for names (a cue the window reaches, a capitalised word after a rank), and the
lower-case test of ``people_plain.py`` never looks at them. What they share, over the whole
recap: every word is an English word (the spaCy lemma index, the word or its lemma) and no
census name word (``people_plain.name_word``: "Hope", "Baker", "Sterling" are), the tagger
reads none of their words as a PERSON where the name is said, and no place the recap says
the name carries a person's evidence (a form of address before it, a person's verb, "and",
"or" or ", who" after it: ``person_verbs_after`` in ``pipelines/word_lists.toml``).
Measured in docs/extraction-history.md, "people34: every people error by kind".

Decided here: whether one filed person is such a name (:func:`common_words_only`).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span

from debrief.extract.doc_arrays import doc_text
from debrief.extract.lexicon import non_name_words, word_list
from debrief.extract.people_plain import name_word


def _places(doc: Doc, name: str) -> list[Span]:
    """Every place the recap says ``name`` as written (whole tokens only)."""
    out: list[Span] = []
    text = doc_text(doc)  # joined once per doc, not again per name
    k = text.find(name)
    while k >= 0:
        span = doc.char_span(k, k + len(name))
        if span is not None:
            out.append(span)
        k = text.find(name, k + 1)
    return out


def _forms(word: str) -> tuple[str, ...]:
    """``word`` and its stems without an inflection's ending ("dislikes" -> "dislike"; the
    tagger's proper-noun reading of a capitalised word leaves it unlemmatised)."""
    forms = [word]
    if word.endswith("ies"):
        forms.append(word[:-3] + "y")
    for end in ("es", "s", "ed", "d"):
        if word.endswith(end) and len(word) > len(end) + 2:
            forms.append(word[: -len(end)])
    return tuple(forms)


def _common_word(tok_text: str, lemma: str, english: frozenset[str]) -> bool:
    word = tok_text.lower().strip(".")
    if not word.isalpha() or name_word(word):
        return False
    return lemma.lower() in english or any(f in english for f in _forms(word))


def common_words_only(
    doc: Doc, name: str, cue_before: Callable[[int], bool], honorifics: set[str]
) -> bool:
    """Whether ``name`` (a person filed) is capitalised, made only of common English words,
    never read as a PERSON where it is said, and said nowhere as a person (see the module);
    ``cue_before`` tells a person cue before a start."""
    if not name or name == name.lower() or not name[0].isupper():
        return False
    # most names hold a census name word: no place of the recap is looked up for them
    pieces = name.replace("-", " ").split()
    if any(name_word(w.strip(".,'’").lower()) for w in pieces):
        return False
    places = _places(doc, name)
    if not places:
        return False
    english = non_name_words()
    words = [t for t in places[0] if not t.is_punct]
    if not words or not all(_common_word(t.text, t.lemma_, english) for t in words):
        return False
    after = word_list("person_verbs_after")
    # a name of two or more such words the tagger reads as a PERSON is a firm or a product
    # as often ("Harbor Lantern", "Steady Ledger"): its reading counts for one word alone
    # (people36, in docs/extraction-history.md, "people36: a lone given name the whole recap
    # reads as a person")
    tagger_counts = len(words) == 1 or words[0].lower_ in honorifics
    for span in places:
        if tagger_counts and any(t.ent_type_ == "PERSON" for t in span):
            return False
        s, e = span.start, span.end
        if cue_before(s) or (s > 0 and doc[s - 1].lower_ in honorifics):
            return False
        if e < len(doc) and doc[e].lower_ in after:
            return False  # "Sterling said", "Hope and I"
        if e + 1 < len(doc) and doc[e].text == "," and doc[e + 1].lower_ in {"who", "whose"}:
            return False
    return True
