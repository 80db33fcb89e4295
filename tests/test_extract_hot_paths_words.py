"""speed34's word-first shortcuts answer as the Token-by-Token loops they replaced.

Each test keeps the replaced loop as a reference and compares it with the shortcut on
invented recaps (docs/extraction-history.md, the speed34 study). Speed itself is measured by
benchmarks/extract.py, not asserted here.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from debrief.extract import load_nlp
from debrief.extract.casing import is_acronym
from debrief.extract.doc_arrays import lemmas, lowers, texts

_RECAP = (
    "Recap of my call with Marisol Okafor, the R&D program director at Tern Labs. "
    "Advice? Learn to run workshops. Her advice for me as an analyst. "
    "Marisol said the NIH grant cycle is slow and she is co-founder of a small nonprofit. "
    "She might need an analyst in the summer so next steps send her the dashboard link. "
    "Talk to her supervisor, daniel brooks, about the data team. Renata said hi too. "
    "Lina's team hired me last year. The IEEE chapter meets monthly."
)


def _doc() -> Doc:
    nlp = load_nlp()
    doc = nlp.make_doc(_RECAP)
    for _name, proc in nlp.pipeline:
        if not _name.startswith("debrief_"):
            doc = proc(doc)
    return doc


def _title_at_tokens(doc: Doc, title: str) -> tuple[int, int] | None:
    # the replaced loop: a Token and the regex per word, at every call
    def key(word: str) -> str:
        return re.sub(r"[^a-z0-9&]", "", word.lower())

    whole = key(title)
    if not whole:
        return None
    keys = [key(t.text) for t in doc]
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


def test_the_title_is_found_on_the_docs_keys_as_on_its_tokens() -> None:
    from debrief.extract.title_front import title_at

    doc = _doc()
    for title in ["R&D program director", "program director", "co-founder", "CEO", "", "-"]:
        assert title_at(doc, title) == _title_at_tokens(doc, title), title
    found = title_at(doc, "r&d Program Director")
    assert found is not None and doc[found[0] : found[1]].text == "R&D program director"


def test_the_org_finders_looked_at_words_are_the_per_word_tests_answer() -> None:
    from debrief.extract.orgs import _LOOKED_AT

    doc = _doc()
    orgs = load_nlp().get_pipe("debrief_contact_v1").orgs
    for low in (False, True):
        expected = [
            k
            for k in range(len(doc))
            if lowers(doc)[k] in _LOOKED_AT
            or lowers(doc)[k] in orgs.naming
            or lowers(doc)[k] in orgs.apposition_nouns
            or lemmas(doc)[k].lower() in orgs.subject_verbs
            or (not low and is_acronym(texts(doc)[k]))
        ]
        got = orgs._looked_at(doc, low)
        assert got == expected
        assert {"NIH", "IEEE", "hired"} - {doc[k].text for k in got} == (
            {"NIH", "IEEE"} if low else set()
        )


def test_lower_case_names_are_found_word_first_as_by_the_token_loop() -> None:
    doc = _doc()
    people = load_nlp().get_pipe("debrief_people_v1")
    got: dict[int, int] = {}
    people._lower_typed_names(doc, False, got)
    expected: dict[int, int] = {}
    for tok in doc:  # the replaced loop: every word's Token
        if people._lower_name(tok) and people._context_before(doc, tok.i):
            e = tok.i + 1
            if e < len(doc) and people._lower_name(doc[e]):
                e += 1
            expected.setdefault(tok.i, e)
    assert got == expected
    none: dict[int, int] = {}
    people._lower_typed_names(doc, True, none)
    assert none == {}


def _advice_header_tokens(fu, doc: Doc, sent: Span) -> bool:  # type: ignore[no-untyped-def]
    # the replaced check: a Token per word of the sentence
    first = fu._skip_openers(doc, sent.start, sent.end)
    words = [t for t in doc[first : sent.end] if not t.is_punct]
    if len(words) > 2 and words[-1].lower_ in fu.advice_words:
        before = words[-1].i - 1
        if doc[before].lower_ in {"his", "her", "their", "the", "my"} and before - 1 > sent.start:
            before -= 1
        if doc[before].text == ",":
            return True
    if (
        0 < len(words) <= 10
        and words[0].lower_ in fu.advice_words
        and len(words) > 1
        and words[1].lower_ == "for"
    ):
        return True
    return (
        0 < len(words) <= 8
        and any(t.lower_ in fu.advice_words for t in words[:3])
        and not any(t.pos_ in {"VERB", "AUX"} for t in words)
    )


def test_an_advice_header_is_read_on_the_arrays_as_on_the_tokens() -> None:
    doc = _doc()
    fu = load_nlp().get_pipe("debrief_followups_v1")
    verdicts = [fu._advice_header(doc, sent) for sent in doc.sents]
    assert verdicts == [_advice_header_tokens(fu, doc, sent) for sent in doc.sents]
    assert True in verdicts


def test_a_header_inside_a_sentence_still_opens_a_step() -> None:
    from debrief.extract.followups_sections import header_anchors

    doc = _doc()
    fu = load_nlp().get_pipe("debrief_followups_v1")
    sent = next(s for s in doc.sents if "dashboard" in s.text)
    got = header_anchors(doc, sent, [], fu.headers, fu.openers, fu.imperatives, fu.advice_words)
    assert [doc[v].text for v, _ in got] == ["send"]
