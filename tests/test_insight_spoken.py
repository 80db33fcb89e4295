"""Insights on transcript-shaped text: Whisper's full stops where a typist writes a comma.

Real spaCy and the shipped insight model throughout. All texts are written for these tests
(none come from the labelled corpus): lower case, run-ons and sentences split mid-thought,
as tiny.en transcribes a spoken recap.
"""

from __future__ import annotations

import pytest

from debrief.extract import extract

pytest.importorskip("spacy")

OPENING = (
    "Okay so I just got off the phone with Marta Lindqvist, she runs the kitchen at a hospital. "
)


def insights(text: str) -> list[tuple[str, str]]:
    result = extract(text)
    for ins in result.insights:
        assert text[ins.start : ins.end] == ins.text
    return [(i.category, i.text) for i in result.insights]


@pytest.fixture
def component():
    from debrief.extract import load_nlp

    pipe = load_nlp().get_pipe("debrief_insights_v3")
    saved = pipe.join
    yield pipe
    pipe.join = saved


def _one_covering(found: list[tuple[str, str]], *parts: str) -> list[tuple[str, str]]:
    return [(c, t) for c, t in found if all(p in t for p in parts)]


def test_split_sentence_is_joined_back_into_one_insight(component) -> None:
    # typed: "The worst part is the night inventory, it wrecks her sleep for days."
    text = OPENING + "The worst part is the night inventory. It wrecks her sleep for days."
    component.join = False
    apart = insights(text)
    component.join = True
    joined = insights(text)
    assert not _one_covering(apart, "night inventory", "wrecks her sleep")
    both = _one_covering(joined, "night inventory", "wrecks her sleep")
    assert [c for c, _ in both] == ["dislikes"]
    # and the second half is no longer an insight of its own
    assert not [t for _, t in joined if t.startswith("It wrecks")]


def test_lower_case_transcript_joins_too(component) -> None:
    component.join = True
    text = (
        "okay so that was marta lindqvist she runs the kitchen at a hospital. "
        "she loves feeding the patients. it's the reason she stayed twenty years."
    )
    found = insights(text)
    assert _one_covering(found, "feeding the patients", "the reason she stayed")


def test_a_new_point_is_not_joined(component) -> None:
    # "They also ..." adds a second point: two insights, as the author would label them
    component.join = True
    text = (
        OPENING + "She said people usually move up to sous chef in about three years. "
        "They also pay for a food safety certificate."
    )
    found = insights(text)
    assert not _one_covering(found, "sous chef", "food safety")


def test_a_reaction_to_the_call_is_not_joined(component) -> None:
    component.join = True
    text = (
        OPENING + "She loves the early mornings in the kitchen. It was honestly a really nice call."
    )
    found = insights(text)
    assert any("early mornings" in t for _, t in found)
    assert not [t for _, t in found if "nice call" in t]


def test_the_speakers_plan_is_not_joined(component) -> None:
    component.join = True
    text = (
        OPENING + "She told me to get my food handler card first. So I'll book the class tomorrow."
    )
    found = insights(text)
    assert any(c == "advice" and "food handler card" in t for c, t in found)
    assert not [t for _, t in found if "book the class" in t]


def test_continuation_rules_read_as_data_on_real_parses() -> None:
    from debrief.extract import load_nlp
    from debrief.extract.insight_emit import Continuation, continuation

    rules = continuation()
    assert {"they", "it"} <= rules.openers and "she" not in rules.openers
    nlp = load_nlp()

    def continues(text: str, r: Continuation = rules) -> bool:
        doc = nlp.make_doc(text)
        return r.continues(doc, 0, len(doc))

    assert continues("They spend Fridays on farms testing the robots.")
    assert continues("um, it breaks in the field constantly.")  # fillers skipped
    assert not continues("She spends Fridays on farms.")  # the contact: a new statement
    assert not continues("They also cover her tuition.")  # a new point
    assert not continues("So, um.")  # too few words
    long = "It " + "goes on and on " * 8 + "forever."
    assert not continues(long)  # a statement of its own
    other = Continuation.from_data({"continuation": {"openers": ["she"], "max_tokens": 10}})
    assert continues("She spends Fridays on farms.", other)


def test_a_heading_heard_as_a_sentence_names_the_next_one() -> None:
    # typed "Advice: ...", "Her advice? ..." spoken: Whisper writes the colon's pause as a stop
    for heading in ("Advice.", "Her advice?", "Advice for me as a career changer."):
        text = OPENING + heading + " Get the food safety certificate before you apply anywhere."
        found = insights(text)
        assert not [t for _, t in found if t.startswith(heading.split()[0])], heading
        assert ("advice", "Get the food safety certificate before you apply anywhere.") in found


def test_a_heading_heard_at_the_end_of_the_sentence_before() -> None:
    # typed "They pay for the certificate. His advice: ..."; Whisper heard ", his advice."
    text = (
        OPENING + "She said the hospital pays for every certificate you take, her advice. "
        "Shadow a night shift before you apply."
    )
    found = insights(text)
    assert not [t for _, t in found if "her advice" in t]
    assert ("advice", "Shadow a night shift before you apply.") in found


@pytest.mark.parametrize(
    ("sentence", "category"),
    [
        ("Advice.", "advice"),
        ("So, her advice?", "advice"),
        ("Quick background.", "career_path"),
        ("Advice for someone moving into food service.", "advice"),
        ("Advice for new cooks is to stay humble.", None),  # the advice itself, said
        ("She gave me advice.", None),
        ("The culture.", "culture"),
        ("Okay.", None),
    ],
)
def test_heading_alone(sentence: str, category: str | None) -> None:
    from debrief.extract import load_nlp
    from debrief.extract.insight_heard import heard_headings

    nlp = load_nlp()
    doc = nlp(sentence + " Stay humble and learn every station.")
    first = next(s for s in range(len(doc)) if doc[s].text in {".", "?"}) + 1
    spans = [(0, first), (first, len(doc))]
    kept, named = heard_headings(doc, spans)
    assert kept == spans
    expected = {(0, first): "none", (first, len(doc)): category} if category else {}
    assert named == expected


def _same_category_off(monkeypatch: pytest.MonkeyPatch) -> None:
    import dataclasses

    from debrief.extract import insight_emit

    off = dataclasses.replace(insight_emit.continuation(), same_max_words=0)
    monkeypatch.setattr(insight_emit, "continuation", lambda: off)


def test_a_split_sentence_of_the_same_category_is_joined_whatever_its_first_word(
    component, monkeypatch: pytest.MonkeyPatch
) -> None:
    # typed "What she hates is the budget, food costs go up ..."; "food" opens no continuation
    component.join = True
    text = (
        OPENING + "What she hates is the budget. "
        "Food costs go up every single quarter and nobody upstairs listens."
    )
    assert [c for c, _ in _one_covering(insights(text), "the budget", "Food costs")] == ["dislikes"]
    _same_category_off(monkeypatch)
    assert not _one_covering(insights(text), "the budget", "Food costs")


def test_same_category_statements_stay_apart_when_new_or_both_long(component) -> None:
    component.join = True
    also = OPENING + "What she hates is the budget. She also said the hours are long."
    assert not _one_covering(insights(also), "the budget", "the hours")
    # two full statements (over 15 words each) are two points, as a typist would file them
    two = (
        OPENING + "She was a line cook at a diner in Providence for six years before she went to "
        "culinary school at night. She moved to the hospital kitchen when her daughter was born "
        "because the hours were regular and the pay was steady."
    )
    found = insights(two)
    assert [c for c, t in found if "line cook" in t or "hospital kitchen" in t] == [
        "career_path",
        "career_path",
    ]


def test_the_call_length_after_a_full_stop_is_no_part_of_the_insight() -> None:
    # said at the end, after a pause: Whisper writes "... move up. 45 minutes."
    text = OPENING + "Her advice was to start as a prep cook and move up. 45 minutes."
    result = extract(text)
    assert [(i.category, i.text) for i in result.insights] == [
        ("advice", "Her advice was to start as a prep cook and move up.")
    ]
    assert result.call_minutes == 45


def test_a_number_after_a_full_stop_otherwise_goes_on_with_the_sentence() -> None:
    from debrief.extract import load_nlp
    from debrief.extract.insight_sentences import sentence_spans

    nlp = load_nlp()
    for text, cut in (
        ("She has been there for 12 years. 3 of them as sous chef.", False),
        ("She said to move up fast. 30 minutes.", True),
        ("She said to move up fast. 2 hours.", True),
    ):
        doc = nlp(text)
        assert (len(sentence_spans(doc)) == 2) is cut, text


def test_a_sentence_ending_on_me_after_a_comma_keeps_it() -> None:
    from debrief.extract import load_nlp
    from debrief.extract.insight_heard import heard_headings

    doc = load_nlp()("She said the person they should hire is, honestly, me. I laughed at that.")
    first = next(i for i, t in enumerate(doc) if t.text == ".") + 1
    spans = [(0, first), (first, len(doc))]
    assert heard_headings(doc, spans) == (spans, {})
    # the same shape with a heading is cut: ", his advice."
    doc = load_nlp()("He said the hospital pays for every certificate, his advice. Shadow a nurse.")
    first = next(i for i, t in enumerate(doc) if t.text == ".") + 1
    kept, named = heard_headings(doc, [(0, first), (first, len(doc))])
    assert doc[kept[0][0] : kept[0][1]].text == "He said the hospital pays for every certificate"
    assert named == {(first, len(doc)): "advice"}


def test_a_heading_heard_between_commas_cuts_its_sentence() -> None:
    # typed "Hospital pay is tough. Advice: get ..."; Whisper heard both stops as commas
    text = (
        OPENING + "She said hospital pay is tough, advice, "
        "get a food safety certificate and volunteer on weekends."
    )
    found = insights(text)
    assert ("advice", "get a food safety certificate and volunteer on weekends.") in found
    assert not [t for _, t in found if "advice," in t]


@pytest.mark.parametrize(
    "sentence",
    [
        "She compared pay, culture, benefits and hours across three hospitals.",  # a list
        "She talked about pay, culture, and growth at the hospital.",
        "She said the cooks and the porters, like, have each other's backs.",  # a filler
    ],
)
def test_a_list_or_a_filler_between_commas_is_no_heading(sentence: str) -> None:
    from debrief.extract import load_nlp
    from debrief.extract.insight_heard import heard_headings

    doc = load_nlp()(sentence)
    assert heard_headings(doc, [(0, len(doc))]) == ([(0, len(doc))], {})
