"""Defects qa40 found or was given, each as the `debrief` command shows it. Real spaCy for
the typed recaps, real SQLite files, the real embedding model."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import add_text, run_cli

ROWENA = (
    "Just had coffee with Rowena Task, a data scientist at Quillbank. She told me a typical"
    " day is half modelling and half meetings with product. The salary for juniors starts"
    " around ninety thousand. She advised me to learn SQL window functions before applying."
)
TOBIAS = (
    "Talked to Tobias Wren today, he runs analytics at Quillbank. He loves the autonomy,"
    " nobody micromanages his team. Promotions happen once a year after a calibration"
    " meeting. He dislikes the on-call rotation, which is every six weeks."
)
INGRID = (
    "Call with Ingrid Osei, a product designer at Lumenfold. The culture is very"
    " collaborative, everyone sits in design critiques on Thursdays. She moved from"
    " architecture into design after a bootcamp. She said Figma and prototyping skills matter"
    " most. The company mission is making solar panels affordable for renters."
)


def _counts(*ids: int) -> dict[str, int]:
    """Insights per category label of the calls ``ids``, as `debrief show --json` has them."""
    from debrief.models import category_label

    counts: dict[str, int] = {}
    for i in ids:
        code, out, err = run_cli("show", str(i), "--json")
        assert code == 0, err
        for insight in json.loads(out)["insights"]:
            label = category_label(insight["category"])
            counts[label] = counts.get(label, 0) + 1
    return counts


def test_a_week_with_every_topic_said_once_has_no_most_said(home: Path) -> None:
    """One call, four topics, one insight each: the review said "Most said about Career path
    (1), Skills (1) and Culture (1)", three of four equal topics picked as "most". It says
    what is true: four topics, one insight each."""
    add_text(INGRID, "2026-12-02T09:15")
    counts = _counts(1)
    assert len(counts) == 4 and set(counts.values()) == {1}, counts
    code, out, err = run_cli("review", "--week", "2026-W49", "--format", "markdown")
    assert code == 0, err
    assert "Most said" not in out
    assert "4 topics, 1 insight each" in out


def test_most_said_names_only_topics_above_the_rest(home: Path) -> None:
    """Three calls: the topics named as "most said" are each said more often than every
    topic not named."""
    add_text(ROWENA, "2026-11-30T10:00")
    add_text(TOBIAS, "2026-12-01T14:30")
    add_text(INGRID, "2026-12-02T09:15")
    counts = _counts(1, 2, 3)
    code, out, err = run_cli("review", "--week", "2026-W49", "--format", "markdown")
    assert code == 0, err
    line = [x for x in out.splitlines() if x.startswith("Most said about ")]
    if max(counts.values()) == min(counts.values()):
        assert not line
        return
    (line,) = line
    named = [label for label in counts if f"{label} (" in line.split(";")[0]]
    rest = [n for label, n in counts.items() if label not in named]
    assert named and all(counts[label] > max(rest, default=0) for label in named), (line, counts)


def test_a_word_no_note_holds_and_nothing_means_finds_nothing_in_one_line(home: Path) -> None:
    """`debrief search ünïcode` listed five insights "by meaning" (cosine 0.07-0.13): the
    word is a token of the model's vocabulary once its accents go, so the unknown-word cut
    let it through. A single word no note holds must come near something in meaning; a
    paraphrase still does ("pay" finds the salary)."""
    for text, when in ((ROWENA, "2026-11-30T10:00"), (TOBIAS, "2026-12-01T14:30")):
        add_text(text, when)
    add_text(INGRID, "2026-12-02T09:15")
    for word in ("ünïcode", "qwxz", "pizza"):
        code, out, err = run_cli("search", word)
        assert code == 0, err
        assert out.strip().splitlines() == [out.strip()], out
        assert out.startswith(f"no results for '{word}'"), out
        assert "try:" not in err + out
        code, out, err = run_cli("search", word, "--json")
        assert json.loads(out) == []
    code, out, err = run_cli("search", "pay", "--json")
    assert code == 0, err
    hits = json.loads(out)
    assert hits and "salary" in hits[0]["text"], hits
    # a misspelt name still gets its one useful tip
    code, out, err = run_cli("search", "quillbnk")
    assert "did you mean Quillbank?" in out + err


MARGUERITE = (
    "Just spoke with Marguerite Hale, a security engineer at Northpine. She said the hardest"
    " part is the pager at night. What she likes most is the mentorship program. She"
    " recommended I get the Security Plus certification first."
)
PRIYA = (
    "Met Priya Raman from Lumenfold for lunch, she is a staff engineer there. She said"
    " engineers can switch teams after a year without reapplying. The hardware team has a"
    " mentorship circle every month. Her advice was to build a small side project with a"
    " microcontroller."
)


def test_a_guessed_category_does_not_put_far_insights_above_near_ones(home: Path) -> None:
    """`debrief search mentor` took the word for the advice category and listed three pieces
    of advice (cosine 0.17-0.26) above both insights on mentorship (0.61-0.62): the guessed
    category lifted insights nowhere near the question. Near ones come first now."""
    add_text(ROWENA, "2026-11-30T10:00")
    add_text(MARGUERITE, "2026-12-03T16:00")
    add_text(PRIYA, "2026-12-05T10:00")
    code, out, err = run_cli("search", "mentor", "--json")
    assert code == 0, err
    hits = json.loads(out)
    mentorship = [i for i, h in enumerate(hits) if "mentorship" in h["text"]]
    assert mentorship == [0, 1], [h["text"] for h in hits]
    # a question about advice still lists the advice first
    code, out, err = run_cli("search", "tips for applying", "--json")
    assert code == 0, err
    assert json.loads(out)[0]["category"] == "advice", out


def test_the_person_view_flags_what_todo_calls_overdue(home: Path) -> None:
    """`debrief todo` and `debrief company` flagged the thank-you note of a call five days
    ago as overdue; `debrief person` listed it as plainly due. All three agree now."""
    from datetime import datetime, timedelta

    when = (datetime.now() - timedelta(days=5)).replace(hour=10, minute=0, second=0)
    add_text(INGRID, when.strftime("%Y-%m-%dT%H:%M"))
    code, out, err = run_cli("todo", "--json")
    assert code == 0, err
    late = {f["id"] for f in json.loads(out) if f.get("overdue")}
    assert late, out
    code, out, err = run_cli("person", "Ingrid Osei", "--json")
    assert code == 0, err
    flagged = {f["id"] for f in json.loads(out)["follow_ups"] if f.get("overdue")}
    assert flagged == late
    for args in (("person", "Ingrid Osei"), ("company", "Lumenfold")):
        code, out, err = run_cli(*args)
        assert code == 0, err
        assert "4 days overdue" in out or "5 days overdue" in out, (args, out)


def test_the_thank_you_note_says_for_you_is_not_for_your_is(home: Path) -> None:
    """`debrief draft thanks` turned "The best part for her is shipping hardware" into "The
    best part for your is shipping hardware": "her" before a verb is "you"."""
    add_text(
        "Met Nadia Flores, a hardware engineer at Brightcoil. The best part for her is"
        " shipping hardware and software together. She said her team was small.",
        "2026-12-05T10:00",
    )
    code, out, err = run_cli("draft", "thanks", "1")
    assert code == 0, err
    assert "for your is" not in out
    assert "The best part for you is shipping hardware" in out, out
