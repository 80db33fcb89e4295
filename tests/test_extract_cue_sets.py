"""The cue lists of house38's rules, phrase sets read through the per-doc table (house40),
answer as the token loops house38 replaced.

Each test keeps the replaced loop as a reference and compares it with the phrase set at every
token of invented recaps, over the real word lists the converted rules read
(docs/extraction-history.md, "house40: one cue-phrase matcher").
"""

from __future__ import annotations

from spacy.tokens import Doc

from debrief.extract import load_nlp
from debrief.extract.doc_arrays import lowers
from debrief.extract.lexicon import PhraseSet, cue_set, load_toml, word_list

_RECAP = (
    "Okay so, talked with a dock supervisor today. Oh and her name is Ilse Marchetti, her "
    "name's hard to spell. That was the best part. Hold on, the kettle. She said call her "
    "buddy Tomas, he told me the yard is hiring, and she says his name was Bram. "
    "Hang on to the badge. My cousin Reza set it up, no wait, actually no, her friend set it "
    "up through a parent, Mrs. Okoye, who put me in touch. Bear with me. Guess what"
)


def _doc() -> Doc:
    return load_nlp()(_RECAP)


def _lists() -> list[list[str]]:
    holder = load_toml("contact_patterns.toml")["holder"]
    said = load_toml("people_cues.toml")["referral"]["said_words"]
    return [
        sorted(word_list("late_name_cues")),
        sorted(load_toml("followup_cues.toml")["asides"]["interjections"]),
        sorted(said),
        holder["after_name"],
        holder["before_name"],
        holder["referral_before"],
        # roles_company took the first listed marker said, which is the longest
        [m for m in load_toml("contact_patterns.toml")["corrections"]["markers"] if m != "not"],
    ]


def _loop_end(lows: list[str], phrases: list[str], i: int, stop: int) -> int | None:
    # the replaced loop: the longest phrase whose words are the lower-case words from i
    for words in sorted((p.split() for p in phrases), key=len, reverse=True):
        j = i + len(words)
        if j <= stop and lows[i:j] == words:
            return j
    return None


def test_end_at_answers_as_the_loop_at_every_token() -> None:
    doc = _doc()
    lows = lowers(doc)
    for phrases in _lists():
        cues = cue_set(doc.vocab, phrases)
        for i in range(len(doc) + 1):
            for stop in (len(doc), min(len(doc), i + 2), doc[min(i, len(doc) - 1)].sent.end):
                assert cues.end_at(doc, i, stop) == _loop_end(lows, phrases, i, stop)
        # a stop past the doc is its end
        assert cues.end_at(doc, 0, len(doc) + 5) == _loop_end(lows, phrases, 0, len(doc))


def test_end_at_finds_the_longest_phrase() -> None:
    doc = _doc()
    cues = cue_set(doc.vocab, sorted(word_list("late_name_cues")))
    i = [t.lower_ for t in doc].index("her")
    assert doc[i : cues.end_at(doc, i, len(doc)) or i].text == "her name is"
    # cut short by the stop, the shorter phrase is taken
    assert doc[i : cues.end_at(doc, i, i + 2) or i].text == "her name"


def test_ends_at_and_within_answer_as_the_loops() -> None:
    doc = _doc()
    lows = lowers(doc)
    for phrases in _lists():
        cues = cue_set(doc.vocab, phrases)
        seqs = [p.split() for p in phrases]
        for k in range(len(doc) + 1):
            ends = any(lows[max(0, k - len(p)) : k] == p for p in seqs)
            assert cues.ends_at(doc, k) == ends
            rest = lows[k : k + 12]
            within = any(rest[j : j + len(p)] == p for p in seqs for j in range(len(rest)))
            assert cues.within(doc, k, k + 12) == within


def test_a_phrase_list_is_built_once_per_vocab() -> None:
    doc = _doc()
    phrases = ("hold on", "get this")
    assert cue_set(doc.vocab, phrases) is cue_set(doc.vocab, phrases)
    assert cue_set(doc.vocab, ()).longest == 0
    assert cue_set(doc.vocab, ()).end_at(doc, 0, len(doc)) is None


def test_the_words_are_split_on_spaces_not_tokenised() -> None:
    # the lists were compared word by word: "couldn't make it" is one word "couldn't", which
    # the tokenizer never leaves whole, so it matches nothing, as before; tokenised, it would
    doc = load_nlp()("Mara couldn't make it, so Theo stepped in.")
    split = cue_set(doc.vocab, ("couldn't make it",))
    assert not split.within(doc, 0, len(doc))
    assert PhraseSet(load_nlp(), ["couldn't make it"]).find(doc) == [(1, 5)]


def test_the_cue_sets_read_the_docs_one_table() -> None:
    # the table on the doc, made by the one matcher of every phrase set, answers them
    from debrief.extract import phrase_set_matcher as psm

    doc = _doc()
    cues = cue_set(doc.vocab, ("hold on", "get this"))
    i = lowers(doc).index("hold")
    assert cues.end_at(doc, i, len(doc)) == i + 2
    table = doc.user_data[psm.MATCHES][2][cues._key]
    assert table == {i: [i + 2]}
