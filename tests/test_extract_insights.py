"""debrief_insights_v3: categories, clause splits, subjects, negation, robustness.

All texts here are written for these tests (none come from the labelled corpus).
"""

from __future__ import annotations

import pytest

from debrief.extract import extract
from debrief.models import CATEGORIES

pytest.importorskip("spacy")


def insights(text: str) -> list[tuple[str, str]]:
    result = extract(text)
    for ins in result.insights:
        assert text[ins.start : ins.end] == ins.text
        assert ins.category in CATEGORIES
    return [(i.category, i.text) for i in result.insights]


def cats(text: str) -> set[str]:
    return {c for c, _ in insights(text)}


@pytest.mark.parametrize(
    ("sentence", "category"),
    [
        (
            "She spent six years as a flight attendant before retraining as an air traffic "
            "controller.",
            "career_path",
        ),
        (
            "Most mornings he is out checking the greenhouses, and afternoons go to ordering "
            "seed and answering email.",
            "typical_day",
        ),
        ("What she enjoys most is the moment a shy student finally speaks up in class.", "likes"),
        ("The grant reporting is the part of the job he dreads every quarter.", "dislikes"),
        (
            "She said you really need to be fluent in Excel and comfortable presenting numbers "
            "to executives.",
            "skills",
        ),
        (
            "He said the studio is relaxed and friendly, and nobody expects replies after six.",
            "culture",
        ),
        (
            "She said the co-op genuinely lives up to its mission of paying farmers fairly.",
            "mission_values",
        ),
        (
            "People there usually get promoted to senior within three years, and the company "
            "pays for night classes.",
            "advancement",
        ),
        (
            "He told me to volunteer at a vet clinic before I commit to the program.",
            "advice",
        ),
        (
            "I told her about my two years running the front desk at a dental office and how I "
            "rebuilt their scheduling.",
            "self_pitch",
        ),
    ],
)
def test_each_category_in_new_phrasing(sentence: str, category: str) -> None:
    text = "I just talked to Nora Quist, she's a manager at a garden center. " + sentence
    assert category in cats(text)


def test_speaker_versus_contact_subject() -> None:
    contact = cats("She did an internship at the county museum and then got hired there in 2015.")
    speaker = cats("I told him about my internship at the county museum where I catalogued maps.")
    assert "career_path" in contact and "self_pitch" not in contact
    assert "self_pitch" in speaker and "career_path" not in speaker


def test_negation_flips_likes_and_dislikes() -> None:
    assert "likes" in cats("He enjoys the long drives between job sites.")
    negated = cats("He doesn't enjoy the long drives between job sites.")
    assert "dislikes" in negated and "likes" not in negated


def test_like_verb_the_parser_takes_for_an_auxiliary() -> None:
    # en_core_web_sm parses "loves" before a gerund as an auxiliary and leaves it unlemmatised;
    # "talking to" must not then read as the call itself ("I talked to ...").
    found = cats("He loves talking to patients, but he dislikes the night shifts.")
    assert "likes" in found and "dislikes" in found


def test_two_categories_in_one_sentence_are_split_into_clauses() -> None:
    text = (
        "I told him about the inventory app I built for my uncle's hardware store, "
        "and he said to put that project first on my resume."
    )
    found = insights(text)
    by_cat = dict(found)
    assert "self_pitch" in by_cat and "advice" in by_cat
    assert by_cat["self_pitch"].startswith("I told him about")
    assert "resume" not in by_cat["self_pitch"]
    assert by_cat["advice"].startswith("he said to put")


@pytest.mark.xfail(
    strict=True,
    reason="the model retrained on every development author (insights32) gives the like "
    "clause likes 0.42, none 0.31, under the 0.5 a clause needs to split its sentence; "
    "reading that share among the categories lost on dev and six authors (insights32)",
)
def test_a_like_and_a_dislike_of_one_subject_get_a_clause_each() -> None:
    # no conjunction and no second subject: a comma before the second stance verb, or a bare
    # "but" before a finite verb, still opens a clause (pipeline 1.17)
    found = insights(
        "Okay so the call with the brewer. "
        "He adores the recipe testing, dreads the weekly tank cleaning schedule."
    )
    by_cat = dict(found)
    assert "likes" in by_cat and "dislikes" in by_cat
    assert "cleaning" not in by_cat["likes"] and "recipe" not in by_cat["dislikes"]


def test_the_lines_authors_split_differently_pipeline_1_20() -> None:
    """A culture sentence with its downside stays one culture insight; a sentence on the
    skills/advice line is filed under both; a like and a dislike still get a clause each.
    With the two rules off (as in 1.19) the same model splits and files one category."""
    from debrief.extract import load_nlp

    culture = (
        "She said Rally has a great culture, really collaborative, "
        "but the hours are long and she is on Slack till ten."
    )
    pmp = "She said get the PMP and learn how interconnection studies work."
    text = (
        f"Notes on my call with Dana Ruiz, ops lead at Rally. {culture} {pmp} "
        "She loves the field visits but she hates the paperwork."
    )
    found = insights(text)
    assert ("culture", culture) in found
    assert not any(c == "dislikes" and "hours" in t for c, t in found)
    assert ("advice", pmp) in found and ("skills", pmp) in found
    assert ("likes", "She loves the field visits") in found
    assert any(c == "dislikes" and t.startswith("she hates") for c, t in found)

    component = load_nlp().get_pipe("debrief_insights_v3")
    saved = component.pair_thresholds, component.keep_whole
    try:
        component.pair_thresholds, component.keep_whole = {}, {}
        before = insights(text)
    finally:
        component.pair_thresholds, component.keep_whole = saved
    assert ("culture", culture) not in before
    # the shipped model (f7f7b2c) gives the PMP line advice 0.71, skills 0.29: one category
    # without the pair's own threshold. The retrain on every development author (insights32)
    # gives 0.50 / 0.50 and files both by itself, so the pair rule is checked on the shipped
    # model's answer, whichever model runs
    import numpy as np

    from debrief.extract import insight_decide as decide
    from debrief.extract.insight_model import LABEL_INDEX, LABELS

    p = np.zeros(len(LABELS), dtype=np.float32)
    p[LABEL_INDEX["advice"]], p[LABEL_INDEX["skills"]] = 0.71, 0.29
    advice, skills = LABEL_INDEX["advice"], LABEL_INDEX["skills"]
    assert decide.second(p, advice, 0.35, {}, component.pair_thresholds) == skills
    assert decide.second(p, advice, 0.35, {}, {}) is None


def test_second_predicate_cuts_are_only_where_a_verb_follows() -> None:
    from debrief.extract.insight_segment import clause_spans
    from debrief.extract.pipeline import load_base

    nlp = load_base()
    for text, parts in [
        (
            "she enjoys the fieldwork, hates the quarterly reports",
            ["she enjoys the fieldwork", "hates the quarterly reports"],
        ),
        (
            "he likes the crew but said the pay is thin",
            ["he likes the crew", "said the pay is thin"],
        ),
        # a comma before a noun, or "but" after a comma, is not a second predicate here
        ("she likes the crew, the trucks and the hours", None),
    ]:
        doc = nlp(text)
        got = [doc[a:b].text for a, b in clause_spans(doc, 0, len(doc))]
        assert got == (parts or [text])


def test_a_second_stance_opens_a_clause_after_a_comma_or_a_conjunction() -> None:
    # pipeline 1.18: after a stance, a comma or and/but before a second one ("she doesn't
    # love", "he hates", "the worst part is", "what she doesn't like is") cuts a clause
    from debrief.extract.insight_segment import clause_spans
    from debrief.extract.pipeline import load_base

    nlp = load_base()
    for text, parts in [
        (
            "she loves the tasting panels, she hates the audit season",
            ["she loves the tasting panels", "she hates the audit season"],
        ),
        (
            "he enjoys the harbor crews, and doesn't love the night shifts",
            ["he enjoys the harbor crews", "doesn't love the night shifts"],
        ),
        (
            "the best part is the regulars and the worst part is the closing shift",
            ["the best part is the regulars", "the worst part is the closing shift"],
        ),
        (
            "what she likes is the field work, and what she doesn't like is the grant cycle",
            ["what she likes is the field work", "what she doesn't like is the grant cycle"],
        ),
        # a list of what is liked, or a second thing without a stance, stays whole
        ("he loves teaching, mentoring, and running the lab", None),
        ("she likes the people and the pace of the clinic", None),
    ]:
        doc = nlp(text)
        got = [doc[a:b].text for a, b in clause_spans(doc, 0, len(doc))]
        assert got == (parts or [text])


def test_more_second_stances_open_a_clause_pipeline_1_22() -> None:
    # a user dictating without punctuation runs a like into a dislike ("she loves X she
    # hates Y", "he loves it doesn't love Y"); a second stance after a comma may be a verb
    # the tagger reads as a plural noun ("dislikes"); a ranked part needs no "best/worst"
    # ("the downside is", "the frustrating part is", "the thing he doesn't like is")
    from debrief.extract.insight_segment import clause_spans
    from debrief.extract.pipeline import load_base

    nlp = load_base()
    for text, parts in [
        (
            "she loves the harvest weeks she hates the winter pruning",
            ["she loves the harvest weeks", "she hates the winter pruning"],
        ),
        (
            "he loves it doesn't love the commute to the depot",
            ["he loves it", "doesn't love the commute to the depot"],
        ),
        (
            "she says the work is steady and that's what she loves the downside is the audits",
            ["she says the work is steady and that's what she loves", "the downside is the audits"],
        ),
        (
            "He loves the museum side, dislikes chasing loan paperwork.",
            ["He loves the museum side", "dislikes chasing loan paperwork."],
        ),
        (
            "the thing he likes is the crew, the thing he doesn't like is the night rota.",
            ["the thing he likes is the crew", "the thing he doesn't like is the night rota."],
        ),
        (
            "She likes the lab work and the frustrating part is the grant cycle.",
            ["She likes the lab work", "the frustrating part is the grant cycle."],
        ),
        # a stance inside a noun phrase, a ranked part as a predicate, a reported comment
        # after a stance, or a run-on inside a punctuated sentence: no cut
        ("She loves the editing side, a song they love can still flop.", None),
        ("he enjoys the coaching the audits are the draining part", None),
        ("She loves the patients, she said you get close to them over a trial.", None),
        ("the thing she loves is the variety of the cases", None),
    ]:
        doc = nlp(text)
        got = [doc[a:b].text for a, b in clause_spans(doc, 0, len(doc))]
        assert got == (parts or [text]), text


def test_a_comma_splice_before_a_stance_or_advice_opens_a_clause() -> None:
    # Whisper writes a comma where the speaker ended a sentence: "..., she loves X", "...,
    # he said to do Y" open a statement of their own; a description spliced onto another
    # ("..., she drove me past ..."), an aside ("she said,") or an opening phrase stay whole
    from debrief.extract.insight_segment import clause_spans
    from debrief.extract.pipeline import load_base

    nlp = load_base()
    for text, parts in [
        (
            "She spends her mornings at the intake desk, she really loves the volunteers.",
            ["She spends her mornings at the intake desk", "she really loves the volunteers."],
        ),
        (
            "He walked me through the permit backlog, he said to take the county GIS course.",
            ["He walked me through the permit backlog", "he said to take the county GIS course."],
        ),
        (
            "She reviews the grant budgets on Fridays, she said she hates the deadline crunch.",
            ["She reviews the grant budgets on Fridays", "she said she hates the deadline crunch."],
        ),
        ("She loves that the work is visible, she drove me past two of her projects.", None),
        ("The depot, she said, is where everyone starts out.", None),
        ("After six years in retail, he likes the steady hours.", None),
    ]:
        doc = nlp(text)
        got = [doc[a:b].text for a, b in clause_spans(doc, 0, len(doc))]
        assert got == (parts or [text]), text


def test_a_run_on_statement_after_a_noun_opens_a_clause() -> None:
    # Whisper dropped a full stop after a noun: a stance with its object, a say verb before
    # "to" or a subject of its own, or "his advice was" opens a new statement; a relative
    # clause ("the crews she loves", "the plan he said was fine") stays in its sentence
    from debrief.extract.insight_segment import clause_spans
    from debrief.extract.pipeline import load_base

    nlp = load_base()
    for text, parts in [
        (
            "Her week is site visits and permit reviews she loves mentoring the new inspectors",
            [
                "Her week is site visits and permit reviews",
                "she loves mentoring the new inspectors",
            ],
        ),
        (
            "He enjoys the research side of the desk his advice was to learn SQL first",
            ["He enjoys the research side of the desk", "his advice was to learn SQL first"],
        ),
        (
            "She manages the volunteer schedule she said it's hectic before the holidays",
            ["She manages the volunteer schedule", "she said it's hectic before the holidays"],
        ),
        ("He talked about the road crews she loves and the plan he said was fine", None),
    ]:
        doc = nlp(text)
        got = [doc[a:b].text for a, b in clause_spans(doc, 0, len(doc))]
        assert got == (parts or [text]), text


def test_a_run_on_like_and_dislike_are_filed_apart() -> None:
    # a lower-case recap typed fast, the like and the dislike run together in one sentence
    found = insights(
        "call with marta from the county parks crew. she runs the trail maintenance team. "
        "she loves being outside all day she hates the budget meetings with the board"
    )
    by_cat = dict(found)
    assert "likes" in by_cat and "dislikes" in by_cat
    assert "budget" not in by_cat["likes"] and "outside" not in by_cat["dislikes"]


def test_two_sure_clauses_that_disagree_split_a_sentence_with_an_unsure_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # pipeline 1.22: a remark, a like and a dislike run together; the model is sure of the
    # like and the dislike but not of the remark (under 0.5), and the sentence is still split
    # (before, the one unsure clause kept the whole sentence as one insight of one category)
    from debrief.extract import insight_decide

    text = (
        "Call with Omar, a surveyor at the county. he said the county is slow "
        "and he likes the field days but hates the billing."
    )
    found = insights(text)
    assert ("likes", "he likes the field days") in found
    assert ("dislikes", "hates the billing.") in found

    monkeypatch.setattr(insight_decide, "sure_disagree", lambda *args: False)
    before = insights(text)
    assert ("likes", "he likes the field days") not in before
    assert [t for _, t in before] == [text.split(". ", 1)[1]]


@pytest.mark.xfail(
    strict=True,
    reason="the model retrained on every development author (insights32) gives the first "
    "clause skills 0.49 (shipped 0.55), under the 0.5 a clause needs to split its sentence: "
    "the sentence is one advice insight, so the 'I should' clause is no insight of its own",
)
def test_the_contacts_advice_reported_as_i_should_is_advice_not_a_plan() -> None:
    # pipeline 1.22: "she said X, so I should Y" reports the contact's advice; the clause
    # "I should Y" was taken for the speaker's own plan (a follow-up) and filed as nothing.
    # The speaker's own "I should ..." and "I'll ..." sentences stay plans.
    from debrief.extract.insight_segment import reported_should
    from debrief.extract.pipeline import load_base

    text = (
        "Notes from the call with Ruth Okafor, a hospice volunteer coordinator. "
        "She said the state certificate is what hospices look for, so I should take the "
        "evening course at the community college. I should call her back on Monday. "
        "I'll send her my resume tonight."
    )
    found = insights(text)
    assert ("advice", "I should take the evening course at the community college.") in found
    assert not any("Monday" in t or "resume" in t for _, t in found)

    nlp = load_base()
    doc = nlp("He told me the exam is hard and I should start early. I should start early.")
    cut = [t.i for t in doc if t.lower_ == "i"]
    assert reported_should(doc, (cut[0], cut[0] + 4))
    assert not reported_should(doc, (cut[1], cut[1] + 4))
    doc = nlp("I said the exam is hard and I should start early.")
    i = [t.i for t in doc if t.lower_ == "i"][1]
    assert not reported_should(doc, (i, len(doc)))


def test_a_like_and_a_negated_like_are_filed_apart() -> None:
    found = insights(
        "Notes from the call with the dock supervisor. "
        "She likes that the crews are tight, she doesn't like the overtime in peak season."
    )
    by_cat = dict(found)
    assert "likes" in by_cat and "dislikes" in by_cat
    assert "overtime" not in by_cat["likes"] and "crews" not in by_cat["dislikes"]


def test_reaction_clause_is_left_out_of_the_pitch() -> None:
    # At the shipped gate the reaction clause is sure to be "none" without a vector and is
    # split off. (Pipeline 1.15 averages in the vector's classifier, which is less sure of
    # "none" here, 0.77 against the 0.8 a clause needs to be dropped: with the gate off this
    # sentence stays whole. docs/extraction-history.md, "Pipeline 1.15: insights on other
    # authors' recaps", says so.)
    found = insights(
        "I told her I ran the robotics club for three years, and she said that's great."
    )
    assert [c for c, _ in found] == ["self_pitch"]
    assert "great" not in found[0][1]


def test_chitchat_logistics_followups_and_referrals_carry_nothing() -> None:
    text = (
        "Okay, quick recap. "
        "We spent the first ten minutes talking about her dog and the snow. "
        "The call ran about forty minutes. "
        "She suggested I talk to her colleague Peter Lang, who runs the intern program. "
        "I need to email her a thank-you note by Friday. "
        "I'm going to update my LinkedIn tonight."
    )
    assert insights(text) == []


def test_spans_are_exact_and_in_order() -> None:
    text = (
        "So, um, I talked to Ravi today. He started as a bank teller and moved into compliance "
        "after five years. He hates the quarterly audits. His advice was to take the CAMS exam."
    )
    found = extract(text).insights
    assert [i.category for i in found] == ["career_path", "dislikes", "advice"]
    starts = [i.start for i in found]
    assert starts == sorted(starts)
    for ins in found:
        assert text[ins.start : ins.end] == ins.text
        assert ins.text == ins.text.strip()


def test_contact_referred_to_as_they() -> None:
    found = cats(
        "I spoke with Sam, they're a data engineer at a hospital. They love that the pipelines "
        "they build help nurses plan shifts. They said you need solid SQL and some Python."
    )
    assert {"likes", "skills"} <= found


def test_unpunctuated_lowercase_transcript() -> None:
    text = (
        "so i talked to lena today she's a pharmacist at a hospital she did her pharmd at "
        "purdue and worked retail for six years before moving to the hospital she hates the "
        "overnight shifts but she loves working with the doctors on rounds her advice was to "
        "get a residency if i want hospital work"
    )
    found = cats(text)
    assert {"career_path", "advice"} <= found
    assert found & {"likes", "dislikes"}


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "hello",
        "...",
        "Ich habe heute mit Anna gesprochen. Sie arbeitet bei Siemens und liebt ihre Arbeit.",
        "她说公司文化很好。",
        "\x00\t she said to apply \u200b",
        "she " * 300,
    ],
)
def test_odd_inputs_give_valid_output(text: str) -> None:
    for ins in extract(text).insights:
        assert text[ins.start : ins.end] == ins.text
        assert ins.text.strip()


def test_very_long_recap() -> None:
    unit = (
        "She started out in retail and moved into buying after four years. "
        "Her day is vendor calls and sales reports. "
        "I need to email her tomorrow. "
    )
    text = unit * 700  # about 20,000 words
    found = extract(text).insights
    assert len(found) >= 1000
    assert all(text[i.start : i.end] == i.text for i in found)


def test_component_rerun_on_the_same_doc_is_stable() -> None:
    # Speed is measured in benchmarks/extract.py, not asserted here; this checks that running
    # the component again (as reextract does) neither duplicates nor changes the spans.
    from debrief.extract import load_nlp

    nlp = load_nlp()
    recap = (
        "I talked to Grace, she's a nurse educator at a children's hospital. She was a PICU "
        "nurse for ten years before moving into education. Her week is orientation classes, "
        "skills labs, and a lot of one-on-one coaching. She loves seeing new grads gain "
        "confidence. The hard part is that education budgets get cut first. She said you need "
        "strong clinical experience and patience. The culture on her unit is supportive. "
        "There is a clinical ladder with raises at each step. Her advice was to get my CCRN. "
    ) * 3
    doc = nlp(recap)
    component = nlp.get_pipe("debrief_insights_v3")
    component(doc)
    first = [(i.start, i.end, i.category) for i in doc._.insights]
    component(doc)
    again = [(i.start, i.end, i.category) for i in doc._.insights]
    assert first == again
    assert len(first) >= 6 * 3  # each of the six informative sentences, three times over


def test_shipped_model_is_the_trained_textcat_with_vector_inputs() -> None:
    from debrief.embed import DIM
    from debrief.extract import load_nlp
    from debrief.extract.insight_model import LABELS

    component = load_nlp().get_pipe("debrief_insights_v3")
    assert component.labels == LABELS
    assert component.cues is not None and component.cues.groups  # saved with the model
    sparse, dense = component.model.layers
    # the candidate's MiniLM vector beside the previous sentence's: vectors of another
    # embedding model would feed it meaningless inputs
    assert dense.get_dim("nI") == 2 * DIM
    assert float(abs(dense.get_param("W")).sum()) > 0  # trained, not the zero start
    assert float(abs(sparse.get_param("W")).sum()) > 0


def test_vectors_change_the_scores_and_the_gate_embeds_only_unsure_candidates() -> None:
    import numpy as np

    from debrief.extract import load_nlp
    from debrief.extract.insight_model import VECTOR
    from debrief.extract.insight_segment import clause_spans
    from debrief.extract.insight_sentences import sentence_spans
    from debrief.extract.insights import InsightRun

    nlp = load_nlp()
    component = nlp.get_pipe("debrief_insights_v3")
    text = (
        "I met Ines, a welder at a shipyard. She said the certifications matter most, "
        "but she hates the night shifts. We talked for about twenty minutes. "
        "I will send her a thank you note tomorrow. Honestly the place has a certain feel."
    )
    doc = nlp(text)
    sentences = sentence_spans(doc)
    candidates = {c for s, e in sentences for c in [(s, e), *clause_spans(doc, s, e)]}
    saved = (component.gate, list(component.embedded))

    def run_with(gate: float) -> InsightRun:
        component.gate = gate
        run = InsightRun(component, doc, None)
        run.score(sentences)
        return run

    def embedded(run: InsightRun) -> set[tuple[int, int]]:
        return {span for span, cdoc in run.docs.items() if VECTOR in cdoc.user_data}

    try:
        everything, nothing = run_with(2.0), run_with(0.0)
        assert embedded(everything) == candidates == set(everything.proba)
        assert embedded(nothing) == set()  # never unsure: the hand features alone
        # the vector moves the model's probabilities, and they stay a distribution
        s1, e1 = sentences[1]
        with_vec, without = everything.proba[(s1, e1)], nothing.proba[(s1, e1)]
        assert abs(float(with_vec.sum()) - 1) < 1e-5
        assert not np.allclose(with_vec, without)
        open_gate = embedded(run_with(1.0))
        # the call's length and the speaker's own plan can be no insight: never embedded
        meta = [
            (s, e) for s, e in sentences if "minutes" in doc[s:e].text or "send" in doc[s:e].text
        ]
        assert len(meta) == 2 and not set(meta) & open_gate
        # a tighter gate embeds a subset: the candidates the model is least sure of
        some = embedded(run_with(0.8))
        assert some <= open_gate
        assert all(nothing.proba[c].max() < 0.8 for c in some)
        assert all(nothing.proba[c].max() >= 0.8 for c in open_gate - some)
    finally:
        component.gate, component.embedded = saved


def test_component_round_trips_through_bytes_with_its_cues() -> None:
    import numpy as np
    import spacy

    from debrief.extract import load_nlp
    from debrief.extract.insights import CANDIDATE

    component = load_nlp().get_pipe("debrief_insights_v3")
    other = spacy.blank("en").add_pipe("debrief_insights_v3", config={"trained": ""})
    other.from_bytes(component.to_bytes())
    assert other.cues_text == component.cues_text and other.labels == component.labels
    nlp = load_nlp()
    doc = nlp("She said the hardest part is the paperwork after every shift.")
    a, b = doc.copy(), doc.copy()
    for d in (a, b):
        d.user_data[CANDIDATE] = True
    component(a)
    other(b)
    assert a.cats and np.allclose(list(a.cats.values()), list(b.cats.values()))
    assert max(a.cats, key=a.cats.__getitem__) == "dislikes"
