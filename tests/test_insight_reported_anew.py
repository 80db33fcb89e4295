"""A sentence that opens a newly reported statement is an insight of its own.

The join of :mod:`debrief.extract.insight_emit` glues a sentence filed under the category of
the insight before it onto that insight (Whisper's full stop where a typist wrote a comma).
In typed notes a sentence opening "She said ...", "And he told me ...", "I said ..." or a bare
"Said ..." is a new point nearly every time, so neither join takes it. Real spaCy and the
shipped insight model; every recap here is written for these tests.
"""

from __future__ import annotations

import dataclasses

import pytest

from debrief.extract import extract

pytest.importorskip("spacy")


def _rules_without_reporters(monkeypatch: pytest.MonkeyPatch) -> None:
    """The join as it was before: no opener counts as a new report."""
    from debrief.extract import insight_emit

    old = dataclasses.replace(
        insight_emit.continuation(), reporters=frozenset(), reporting_verbs=frozenset()
    )
    monkeypatch.setattr(insight_emit, "continuation", lambda: old)


def _covering(text: str, *parts: str) -> list[str]:
    return [i.category for i in extract(text).insights if all(p in i.text for p in parts)]


@pytest.mark.parametrize(
    ("sentence", "anew"),
    [
        ("She said nurses make good dispatchers.", True),
        ("and he told me the night shift pays more.", True),
        ("I said I had run a warehouse for four years.", True),
        ("Said the hardest part is the paperwork.", True),
        ("They said the budget is frozen.", True),
        ("She spends her Fridays at the depot.", False),  # the contact, but no report
        ("They sell pumps to farms in three states.", False),
        ("It said nothing about pay on the posting.", False),  # "it" reports nothing
    ],
)
def test_which_openings_report_anew(sentence: str, anew: bool) -> None:
    from debrief.extract import load_nlp
    from debrief.extract.insight_emit import continuation

    doc = load_nlp().make_doc(sentence)
    assert continuation().reports_anew(doc, 0, len(doc)) is anew


def test_the_reporting_words_are_data() -> None:
    from debrief.extract import load_nlp
    from debrief.extract.insight_emit import Continuation

    doc = load_nlp().make_doc("She said nurses make good dispatchers.")
    bare = Continuation.from_data({"continuation": {"openers": ["it"], "max_tokens": 20}})
    assert not bare.reports_anew(doc, 0, len(doc))
    shipped = Continuation.from_data(
        {"continuation": {"openers": ["it"], "max_tokens": 20, "reporters": ["She"],
                          "reporting_verbs": ["SAID"]}}
    )  # fmt: skip
    assert shipped.reports_anew(doc, 0, len(doc))


# a typed note by a former army supply sergeant, a short heading line then the contact's
# remark on who does well, written on one line as such notes often are
SUPPLY_NOTE = (
    "Call with Renata Okafor, warehouse manager at Bellwood Foods, 20 min.\n"
    "Skills: forklift certification and patience with drivers. "
    "She said former supply sergeants do well here because they already think in inventory "
    "counts.\n"
    "Advice: apply to the night shift lead role first.\n"
)


def test_a_reported_remark_after_a_skills_line_is_not_glued_to_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert not _covering(SUPPLY_NOTE, "forklift", "supply sergeants")
    assert _covering(SUPPLY_NOTE, "forklift certification")
    assert _covering(SUPPLY_NOTE, "supply sergeants do well")
    # the test can fail: without the reporting words the two are one insight
    _rules_without_reporters(monkeypatch)
    assert _covering(SUPPLY_NOTE, "forklift", "supply sergeants")


def test_a_split_sentence_without_a_report_is_still_joined() -> None:
    # a typist's "what she hates is the paperwork, every delivery needs ..." with a full stop
    text = (
        "Okay so I just got off the phone with Dana Whitfield, she runs receiving at a "
        "hospital. What she hates is the paperwork. Every delivery needs three signed forms, "
        "and the forms get lost."
    )
    assert _covering(text, "the paperwork", "forms get lost") == ["dislikes"]
