"""house41 (docs/extraction-history.md, "house41: one list of describing words"): the
describing words and the name particles each reader held as its own set now come from one
list and one accessor; each reader's words are the set it held before, so no output changed."""

from __future__ import annotations

from debrief.extract import contact_beside, contact_late, contact_lowrun, contact_unperson
from debrief.extract.casing import NOT_NAMES
from debrief.extract.lexicon import load_toml, name_particles, rank_words, title_heads, word_list


def _stripped(*lists: str) -> set[str]:
    return {w.lower().rstrip(".") for n in lists for w in word_list(n)}


def test_describing_words_are_the_sets_the_two_readers_built() -> None:
    core = rank_words() | title_heads()
    lowrun = (
        core
        | NOT_NAMES
        | _stripped("contact_name_leading", "opening_title_words", "time_words", "opening_fillers")
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
    assert contact_late._PARTICLES == late
    assert contact_beside._PARTICLES == beside
    assert contact_lowrun._PARTICLES == lowrun


def test_the_contact_stage_reads_every_particle() -> None:
    from debrief.extract import load_nlp

    nlp = load_nlp()
    stage = next(p for _, p in nlp.pipeline if hasattr(p, "particles"))
    assert stage.particles == set(load_toml("contact_patterns.toml")["intro"]["particles"])
