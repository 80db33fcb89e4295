"""house41 (docs/extraction-history.md, "house41: one list of describing words"): the
describing words and the name particles each reader held as its own set now come from one
list and one accessor; each reader's words are the set it held before, so no output changed."""

from __future__ import annotations

from itertools import pairwise

from spacy.tokens import Doc

from debrief.extract import (
    company_evidence,
    contact_beside,
    contact_late,
    contact_lowrun,
    contact_unperson,
    contact_who,
    insight_imperative,
    insight_segment,
    insight_valued,
    load_nlp,
    title_later,
    title_tied,
)
from debrief.extract.casing import NOT_NAMES
from debrief.extract.doc_arrays import lowers
from debrief.extract.lexicon import (
    cue_set,
    load_toml,
    name_particles,
    rank_words,
    title_heads,
    word_list,
)


def _stripped(*lists: str) -> set[str]:
    return {w.lower().rstrip(".") for n in lists for w in word_list(n)}


def test_describing_words_are_the_sets_the_two_readers_built() -> None:
    core = rank_words() | title_heads()
    lowrun = (
        core
        | NOT_NAMES
        | _stripped("contact_name_leading", "opening_title_words", "time_words", "opening_fillers")
        | _stripped("title_clipped_heads")  # contact57: "ops mgr" names no one
    )
    clipped = {"sr", "jr", "snr", "mgr", "dir", "vp", "svp", "evp", "avp"}
    unperson = core | _stripped("opening_title_words", "time_words") | clipped
    assert contact_lowrun._describing() == lowrun
    assert contact_unperson._describing() == unperson


def test_name_particles_are_the_sets_each_reader_held() -> None:
    listed = frozenset(load_toml("contact_patterns.toml")["intro"]["particles"])
    assert name_particles() == listed
    assert contact_unperson._particles() == listed
    late = {"de", "van", "von", "da", "dos", "das", "der", "del", "la", "le", "bin", "al"}
    beside = {"van", "der", "de", "la", "del", "da", "von", "dos", "di", "le", "bin", "al"}
    lowrun = {"dos", "das", "de", "da", "del", "van", "der", "von", "di"}
    assert late == contact_late._PARTICLES
    assert beside == contact_beside._PARTICLES
    assert lowrun == contact_lowrun._PARTICLES


def test_the_contact_stage_reads_every_particle() -> None:
    nlp = load_nlp()
    stage = next(p for _, p in nlp.pipeline if hasattr(p, "particles"))
    assert stage.particles == set(load_toml("contact_patterns.toml")["intro"]["particles"])


# The fixed phrases house41 moved from token comparisons onto the per-doc phrase matcher: each
# reading is compared with the comparison it replaced, at every token of an invented recap.
_RECAP = (
    "Okay so I talked to Wendell Okafor, last name Okafor. Her name is Ines, she runs the "
    "yard. We were at Corvane together and I was at Hollis before; we both left. He went to "
    "Tidewell, then moved to Brightpath and works for Lumen now, over at the depot, and "
    "joined Quarrystone from Ardent. She said reach out to Mattias. His name's Bo, his title "
    "is crane lead, her title is yard boss. A forklift license is a head start, a leg up. "
    "Don't take the first offer, do not rush. She doesn't love nights, did not like the "
    "pay, does n't mind it. I should apply, I must call, and he said I should wait."
)


def _recap() -> Doc:
    return load_nlp()(_RECAP)


def test_contact_who_cues_answer_as_the_word_comparisons() -> None:
    doc = _recap()
    lows = lowers(doc)
    person = contact_who._cues(doc, contact_who._PERSON_BEFORE)
    org = contact_who._cues(doc, contact_who._ORG_BEFORE)
    referral = contact_who._cues(doc, contact_who._REFERRAL_PAIRS)
    pairs = [["went", "to"], ["moved", "to"], ["over", "at"], ["works", "for"], ["work", "for"]]
    hits = 0
    for i in range(len(doc) + 1):
        before = lows[max(0, i - 2) : i]
        strong = before in (["name", "is"], ["name", "'s"], ["talked", "to"])
        assert person.ends_at(doc, i) == strong
        was = bool(before[-1:] and before[-1] in {"at", "from", "joined", "@"}) or before in pairs
        assert org.ends_at(doc, i) == was
        assert referral.ends_at(doc, i) == (lows[max(0, i - 3) : i][-2:] == ["reach", "out"])
        hits += strong + was
    assert hits >= 8


def test_shared_past_answers_as_the_word_pairs() -> None:
    doc = _recap()
    lows = lowers(doc)
    shared = {("we", "were"), ("i", "was"), ("we", "both")}
    hits = 0
    for hi in range(len(doc) + 1):
        for lo in range(max(0, hi - 5), hi + 1):
            was = any(pair in shared for pair in pairwise(lows[lo:hi]))
            assert company_evidence.shared_said(doc, lo, hi) == was
            hits += was
    assert hits


def test_title_cues_answer_as_the_word_comparisons() -> None:
    doc = _recap()
    lows = lowers(doc)
    name_said = cue_set(doc.vocab, title_tied._name_said())
    for k in range(2, len(doc)):
        was = tuple(lows[k - 2 : k + 1])[:2] in {("his", "name"), ("her", "name")}
        assert name_said.ends_at(doc, k) == was
    found = {s for s, _ in cue_set(doc.vocab, title_later._title_is()).find(doc, 0, len(doc))}
    old = {
        i
        for i in range(len(doc) - 2)
        if lows[i] in {"his", "her"} and lows[i + 1] == "title" and lows[i + 2] == "is"
    }
    assert found == old and len(old) == 2


def test_late_name_cues_answer_as_the_word_comparisons() -> None:
    doc = _recap()
    for sent in doc.sents:
        for e in range(sent.start, sent.end + 1):
            low = [t.lower_ for t in doc[e : min(e + 4, sent.end)]]
            k = contact_late._cue(doc, "late_surname_cues").end_at(doc, e, sent.end)
            assert (k is not None) == (low[:3] == [",", "last", "name"])
            assert k is None or k == e + 3
            she = contact_late._cue(doc, "late_pronoun_cues").end_at(doc, e, sent.end)
            assert (she is not None) == (low[:2] in ([",", "she"], [",", "he"]))


def test_insight_cues_answer_as_the_word_comparisons() -> None:
    doc = _recap()
    lows = lowers(doc)
    valued = cue_set(doc.vocab, insight_valued._VALUED_PAIRS)
    do_not = cue_set(doc.vocab, insight_imperative._do_not())
    negations = insight_segment._listed(doc, "stance_negations")
    should = insight_segment._listed(doc, "speaker_should")
    n = len(doc)
    for k in range(n + 1):
        for e in {n, min(n, k + 1), min(n, k + 2), min(n, k + 3)}:
            pair = (lows[k], lows[k + 1]) if k + 1 < e else None
            assert bool(valued.match_at(doc, k, e)) == (pair in {("head", "start"), ("leg", "up")})
            was = pair is not None and pair[0] == "do" and pair[1] in {"not", "n't"}
            new = k < e and lows[k] in do_not.by_first and do_not.match_at(doc, k, e)
            assert (new or 0) == (2 if was else 0)
            was = (
                pair is not None and pair[0] in {"does", "do", "did"} and pair[1] in {"n't", "not"}
            )
            new = k < e and lows[k] in negations.by_first and negations.match_at(doc, k, e)
            assert (new or 0) == (2 if was else 0)
            was = pair is not None and pair[0] == "i" and pair[1] in {"should", "must"}
            assert bool(should.match_at(doc, k, e)) == was


def test_worth_handover_and_owner_title_cues_answer_as_the_word_comparisons() -> None:
    from debrief.extract import contact_title_around, followups_tokens, insight_worth

    doc = load_nlp()(
        "What matters is grit; what counted was SQL. It is worth more than a degree, worth "
        "less now. Send to Ana, forward over the deck, hand it to him. No wait, her title "
        "is lead; their title, his title."
    )
    lows = lowers(doc)
    what = insight_worth._cues(doc, "worth_what_counts")
    compared = insight_worth._cues(doc, "worth_compared")
    handed = cue_set(doc.vocab, followups_tokens._HANDED)
    owner = cue_set(doc.vocab, contact_title_around._owner_title())
    n, hits = len(doc), 0
    for k in range(n):
        for e in {n, min(n, k + 1), min(n, k + 2)}:
            pair = (lows[k], lows[k + 1]) if k + 1 < e else ("", "")
            was = pair[0] == "what" and pair[1] in insight_worth._WHAT_COUNTS
            assert bool(what.match_at(doc, k, e)) == was
            was = pair[0] == "worth" and pair[1] in {"more", "less"}
            assert bool(compared.match_at(doc, k, e)) == was
            was = pair[0] in followups_tokens.HANDOVER and pair[1] in {"to", "over"}
            assert bool(handed.match_at(doc, k, e)) == was
            was = pair[0] in {"her", "his", "their"} and pair[1] == "title"
            assert bool(owner.match_at(doc, k, e)) == was
            hits += was
    assert hits >= 3
