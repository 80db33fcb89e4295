"""house39's PhraseSet on one PhraseMatcher answers as its token loop.

``PhraseSet.match_at`` and ``find`` on a doc (or a span of it) read the matches one
PhraseMatcher found over the doc; on a list of tokens they run the token loop. Every set the
pipeline's components hold is compared, at every token of an invented recap and of a text of
its own phrases, with the loop (the same tokens given as a list)
(docs/extraction-history.md, the house39 study).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from debrief.extract import load_nlp
from debrief.extract.lexicon import PhraseSet
from debrief.extract.phrase_set_matcher import MATCHES

_RECAP = (
    "Quick recap: I met with a harbour pilot, her name is Wren Adeyemi-Falk, she's the lead "
    "pilot at Port Calloway Marine. She said I should reach out to her colleague Dov, and "
    "that her old boss at Tidewater Labs would talk to me too. I'm going to send her a thank "
    "you note by Friday, and I need to ask Dov about the apprenticeship. Next steps: follow "
    "up with Wren, maybe read the pilotage manual. None for now, actually no, one more: "
    "email the union rep, Mr. Ostrowski, who works with her at the same company. "
    "They're a senior dispatcher, they said. My former manager at Bluewater used to say so."
)


def _sets(nlp: Language) -> list[PhraseSet]:
    found: dict[int, PhraseSet] = {}
    for _name, pipe in nlp.pipeline:
        for value in vars(pipe).values() if hasattr(pipe, "__dict__") else ():
            held = [value, *(vars(value).values() if hasattr(value, "__dict__") else ())]
            for obj in held:
                if isinstance(obj, PhraseSet):
                    found[id(obj)] = obj
    return list(found.values())


def _agree(cues: PhraseSet, doc: Doc) -> int:
    """Compare both paths at every token (doc and a span of it); the number of matches."""
    n = len(doc)
    toks = list(doc)
    hits = 0
    for i in range(n + 1):
        for stop in (None, min(n, i + 1), min(n, i + 3), n):
            got = cues.match_at(doc, i, stop)
            assert got == cues.match_at(toks, i, stop), (cues.seqs[:3], i, stop)
            hits += got > 0
    for start in range(0, n, 7):
        for stop in (None, min(n, start + 5), n):
            assert cues.find(doc, start, stop) == cues.find(toks, start, stop)
    for sent in doc.sents:
        span, stoks = sent, list(sent)
        for i in range(len(span)):
            assert cues.match_at(span, i) == cues.match_at(stoks, i)
        assert cues.find(span) == cues.find(stoks)
        assert cues.find(span, 1, len(span) - 1) == cues.find(stoks, 1, len(stoks) - 1)
    return hits


def test_every_set_answers_as_its_token_loop() -> None:
    nlp = load_nlp()
    sets = _sets(nlp)
    assert len(sets) >= 30
    recap = nlp(_RECAP)
    for cues in sets:
        _agree(cues, recap)
        assert MATCHES in recap.user_data  # the doc was matched by the PhraseMatcher
        # a text of the set's own phrases, so that each set is matched
        own = nlp(". ".join(" ".join(seq) for seq in reversed(cues.seqs[:60])))
        assert _agree(cues, own) > 0


def test_a_retokenised_doc_is_matched_again() -> None:
    nlp = load_nlp()
    cues = PhraseSet(nlp, ["thank you note", "you"])
    doc = nlp("Send a thank you note to you.")
    assert cues.find(doc) == [(2, 5), (6, 7)]
    with doc.retokenize() as retok:
        retok.merge(doc[1:3])
    assert cues.find(doc) == cues.find(list(doc)) == [(2, 3), (5, 6)]


def test_a_set_grown_by_add_matches_its_new_phrases() -> None:
    nlp = load_nlp()
    cues = PhraseSet(nlp, ["hold on"])
    doc = nlp("Hold on, bear with me.")
    assert cues.find(doc) == [(0, 2)]
    cues.add(PhraseSet(nlp, ["bear with me"]))
    assert cues.find(doc) == [(0, 2), (3, 6)] == cues.find(list(doc))
