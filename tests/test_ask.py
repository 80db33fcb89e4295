"""Search by meaning and `debrief ask`: real embedding model (int8 ONNX), real SQLite.

The relevance sets are seeded once per module, embedded by the real model as at filing:
tests/relevance/ (118 insights; the fusion was chosen on it), tests/relevance_dev2/ (107
insights, written apart from it in other words) and tests/relevance_dev3/ (154 insights, by a
new author in conversational, idiomatic questions): what holds on all is what generalises.
"""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner
from kb_seed import add, stripe_kb
from relevance.evaluate import HERE, evaluate, load, seed

from debrief.ask import answer as answer_mod
from debrief.ask import hybrid, question, when
from debrief.ask.hybrid import missing_vectors
from debrief.cli import cli
from debrief.config import load_settings
from debrief.errors import DebriefError
from debrief.store import Store, open_store


@pytest.fixture(scope="module")
def rel(tmp_path_factory: pytest.TempPathFactory) -> tuple[Store, dict[int, str]]:
    store = Store(tmp_path_factory.mktemp("rel") / "debrief.db")
    keys = seed(store)
    return store, keys


DEV2 = HERE.parent / "relevance_dev2"


@pytest.fixture(scope="module")
def dev2(tmp_path_factory: pytest.TempPathFactory) -> tuple[Store, dict[int, str]]:
    store = Store(tmp_path_factory.mktemp("dev2") / "debrief.db")
    keys = seed(store, folder=DEV2)
    return store, keys


DEV3 = HERE.parent / "relevance_dev3"


@pytest.fixture(scope="module")
def dev3(tmp_path_factory: pytest.TempPathFactory) -> tuple[Store, dict[int, str]]:
    store = Store(tmp_path_factory.mktemp("dev3") / "debrief.db")
    keys = seed(store, folder=DEV3)
    return store, keys


@pytest.fixture(params=["relevance", "relevance_dev2", "relevance_dev3"])
def either(request: pytest.FixtureRequest) -> tuple[Store, dict[int, str], Path]:
    """Each relevance set in turn: (store, keys, folder)."""
    if request.param == "relevance":
        return (*request.getfixturevalue("rel"), HERE)
    if request.param == "relevance_dev2":
        return (*request.getfixturevalue("dev2"), DEV2)
    return (*request.getfixturevalue("dev3"), DEV3)


def keys_of(hits: list[dict], keys: dict[int, str]) -> list[str]:
    return [keys[h["insight_id"]] for h in hits if h.get("insight_id")]


# -- relevance ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "folder", [HERE, DEV2, DEV3], ids=["relevance", "relevance_dev2", "relevance_dev3"]
)
def test_relevance_set_is_big_enough_and_consistent(folder: Path) -> None:
    kb, questions = load(folder)
    known = {i[0] for d in kb["debriefs"] for i in d["insights"]}
    assert len(known) == sum(len(d["insights"]) for d in kb["debriefs"])  # keys are unique
    answered = [q for q in questions if q["relevant"]]
    assert len(answered) >= 40
    assert all(k in known for q in questions for k in q["relevant"])
    assert {q["kind"] for q in questions} == {"paraphrase", "named", "phrase", "none"}


#: Hybrid recall@10 on paraphrased questions, measured: 0.857 on tests/relevance (where the
#: fusion was chosen), 0.652 on tests/relevance_dev2, 0.436 on tests/relevance_dev3 (0.819,
#: 0.577 and 0.370 without the query adapter); keyword-only 0.003, 0.000 and 0.000.
PARAPHRASE_RECALL = {"relevance": 0.8, "relevance_dev2": 0.6, "relevance_dev3": 0.4}


def test_hybrid_beats_keyword_only_on_both_relevance_sets(either: tuple) -> None:
    store, keys, folder = either
    keyword = evaluate(
        store, keys, lambda q: hybrid.search(store, q, mode="keyword", limit=10), folder=folder
    )
    mixed = evaluate(store, keys, lambda q: hybrid.search(store, q, limit=10), folder=folder)
    assert mixed["recall"] > keyword["recall"] and mixed["ndcg"] > keyword["ndcg"]
    paraphrase = evaluate(
        store, keys, lambda q: hybrid.search(store, q, limit=10), ("paraphrase",), folder=folder
    )
    assert paraphrase["recall"] >= PARAPHRASE_RECALL[folder.name]


def test_names_and_phrases_never_lose_to_keyword_only(either: tuple) -> None:
    store, keys, folder = either
    kinds = ("named", "phrase")
    keyword = evaluate(
        store,
        keys,
        lambda q: hybrid.search(store, q, mode="keyword", limit=10),
        kinds,
        folder=folder,
    )
    mixed = evaluate(store, keys, lambda q: hybrid.search(store, q, limit=10), kinds, folder=folder)
    for k, h in zip(keyword["questions"], mixed["questions"], strict=True):
        assert h["recall"] >= k["recall"] and h["ndcg"] >= k["ndcg"] - 1e-9, h["q"]


def test_a_named_contact_comes_first_ranked_by_the_rest(rel: tuple[Store, dict]) -> None:
    store, keys = rel
    found = keys_of(hybrid.search(store, "Omar Haddad advice", limit=10), keys)
    assert "oh6" in found[:3] and all(k.startswith("oh") for k in found[:7])
    found = keys_of(hybrid.search(store, '"career ladder"', limit=5), keys)
    assert found[0] == "pr7"


def test_no_results_only_for_unknown_words(dev3: tuple[Store, dict]) -> None:
    # Every insight is far from this question in cosine (best 0.16, under NOTHING_BELOW),
    # but it is asked in real words: its nearest insights are shown, answers among them.
    store, keys = dev3
    question = "Once I'm in the door, can I hop sideways into something else?"
    hits = hybrid.search(store, question, limit=10)
    assert max(h["similarity"] for h in hits) < hybrid.NOTHING_BELOW
    assert {"rq3", "rq1"} & set(keys_of(hits, keys))
    # A typo or a made-up word, far from everything: nothing, so the CLI can suggest.
    assert not hybrid.search(store, "zzzunknownword", limit=10)
    assert not hybrid.search(store, "blorptastic frobnication", limit=10)


def test_paraphrases_find_answers_in_other_words(rel: tuple[Store, dict]) -> None:
    store, keys = rel
    assert "db2" in keys_of(hybrid.search(store, "can I work from home", limit=10), keys)
    assert "oh3" in keys_of(hybrid.search(store, "work life balance", limit=5), keys)
    assert "kw2" in keys_of(hybrid.search(store, "woken up at night for outages", limit=5), keys)


def test_filters_apply_to_meaning_too(rel: tuple[Store, dict]) -> None:
    store, _ = rel
    hits = hybrid.search(store, "work from home", company="Ledgerline", limit=20)
    assert hits and {h["company"] for h in hits} == {"Ledgerline"}
    hits = hybrid.search(store, "promotions", category="advancement", limit=50)
    assert hits and {h["category"] for h in hits} == {"advancement"}
    hits = hybrid.search(store, "promotions", since="2026-11-15", until="2026-11-21", limit=50)
    assert hits and all("2026-11-15" <= h["recorded_at"] < "2026-11-21" for h in hits)
    hits = hybrid.search(store, "remote", person="Jordan Kim", limit=50)
    assert hits and {h["contact"] for h in hits} == {"Jordan Kim"}


def test_exact_mode_is_the_keyword_search(rel: tuple[Store, dict]) -> None:
    store, _ = rel
    from debrief.store.search import search as keyword_search

    a = hybrid.search(store, "promoted", mode="keyword")
    b = keyword_search(store, "promoted")
    assert [h["insight_id"] for h in a] == [h["insight_id"] for h in b]
    assert not hybrid.search(store, "career change work from home", mode="keyword")


# -- ask --------------------------------------------------------------------------------------


def test_ask_groups_sources_by_company_and_contact(rel: tuple[Store, dict]) -> None:
    store, keys = rel
    result = answer_mod.answer(store, "can I work from home")
    assert not result.empty
    sources = [s for g in result.companies for c in g.contacts for s in c.sources]
    assert {keys[s.insight_id] for s in sources} & {"db2", "hs4", "jk1", "bc3", "tg3"}
    for g in result.companies:
        for c in g.contacts:
            for s in c.sources:
                row = store.get(s.debrief_id)
                assert row["company"] == g.company and row["contact"] == c.contact
                assert s.date == row["recorded_at"][:10]
    names = [g.company for g in result.companies]
    assert len(names) == len(set(names))  # one group per company


def test_ask_shows_disagreement(tmp_path: Path) -> None:
    store = Store(tmp_path / "debrief.db")
    add(
        store,
        "2026-11-02T10:00",
        "Ana Lind",
        "Miro",
        [("culture", "The hours are great and nobody works weekends, it feels healthy.")],
    )
    add(
        store,
        "2026-11-03T10:00",
        "Raj Iyer",
        "Miro",
        [("dislikes", "The hours are brutal and weekends are often lost to crunch.")],
    )
    hybrid.ensure_vectors(store)
    result = answer_mod.answer(store, "how are the working hours at Miro")
    assert result.disagreement
    assert result.positive == ["Ana Lind"] and result.negative == ["Raj Iyer"]
    data = result.to_dict()
    assert data["answered"] and data["disagreement"]


def test_keywords_said_only_in_a_transcript_come_before_meaning_only_hits(
    tmp_path: Path,
) -> None:
    # qa7: "search huddle" listed the one call that said "huddle" after ten insights found by
    # meaning alone. Typed keywords found as said rank above those; a question in the user's
    # own words keeps transcript lines last.
    store = Store(tmp_path / "debrief.db")
    add(
        store,
        "2026-11-02T10:00",
        "Rosa Delgado",
        "Kaiser Permanente",
        [("advancement", "She said advancement is faster with a master's degree.")],
        extra_text="Her team runs a weekly huddle with frontline nurses.",
    )
    for day, (name, sentence) in enumerate(
        [
            ("Dana Whitfield", "The hardest part is the endless meetings."),
            ("Ben Adeyemi", "He said the day is mostly SQL and dashboards."),
            ("Omar Farouk", "He likes meeting clinicians about workflow problems."),
        ],
        start=3,
    ):
        add(store, f"2026-11-0{day}T10:00", name, "Epic", [("typical_day", sentence)])
    hybrid.ensure_vectors(store)
    for query in ("huddle", "weekly huddle", "Huddle"):
        hits = hybrid.search(store, query, limit=10)
        assert hits[0]["source"] == "transcript", query
        assert hits[0]["contact"] == "Rosa Delgado"
        assert len(hits) > 1  # the meaning-only hits are still there, after it
    question = hybrid.search(store, "who runs a weekly huddle", limit=10)
    assert [h["source"] for h in question][-1] == "transcript"
    assert question[0]["source"] == "insight"


def test_ask_says_no_one_talked_about_it(rel: tuple[Store, dict]) -> None:
    store, _ = rel
    _, questions = load()
    unanswered = [q["q"] for q in questions if q["kind"] == "none"]
    for q in unanswered:
        result = answer_mod.answer(store, q)
        # Never an answer: "no one has talked about this" or, for some, the closest notes.
        assert not result.to_dict()["answered"], q
        assert result.suggestions
    assert answer_mod.answer(store, "relocating to Europe").empty  # nothing near at all
    # ...while most answered questions clear the floor, and none is told "no one".
    answered = [q["q"] for q in questions if q["relevant"]]
    results = {q: answer_mod.answer(store, q) for q in answered}
    assert not [q for q, r in results.items() if r.empty]
    weak = [q for q, r in results.items() if r.tentative]
    assert len(weak) <= len(answered) // 10, weak


def test_ask_never_says_no_one_when_someone_came_close(dev2: tuple[Store, dict]) -> None:
    # The floor was calibrated on tests/relevance; on a set written apart, 10 of its 43
    # answered questions fell below it. They get the closest notes, marked as such.
    store, _ = dev2
    _, questions = load(DEV2)
    results = {q["q"]: answer_mod.answer(store, q["q"]) for q in questions if q["relevant"]}
    assert not [q for q, r in results.items() if r.empty]
    weak = {q: r for q, r in results.items() if r.tentative}
    assert weak and len(weak) <= len(results) // 3
    for r in weak.values():
        sources = [s for g in r.companies for c in g.contacts for s in c.sources]
        assert 0 < len(sources) <= answer_mod.WEAK_ITEMS and r.suggestions
        assert all(s.similarity >= answer_mod.WEAK_FLOOR for s in sources)
        data = r.to_dict()
        assert not data["answered"] and data["tentative"] and not data["agree"]
    assert answer_mod.answer(store, "stock options at a startup").empty


def test_polarity() -> None:
    assert answer_mod.polarity("The team is friendly and supportive.") == 1
    assert answer_mod.polarity("Releases are slow and painful.") == -1
    assert answer_mod.polarity("It is not fair to juniors.") == -1
    assert answer_mod.polarity("Mornings are customer calls.") == 0
    assert answer_mod.polarity("Anything at all", "dislikes") == -1


# -- natural dates ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("last week", "2026-11-23"),
        ("yesterday", "2026-12-03"),
        ("friday", "2026-11-27"),
        ("3 days ago", "2026-12-01"),
        ("two weeks ago", "2026-11-20"),
        ("last month", "2026-11-01"),
        ("november 20", "2026-11-20"),
        ("december 20", "2025-12-20"),
        ("since Monday", "2026-11-30"),
        ("next tuesday", "2026-12-08"),
        ("2026-11-01", "2026-11-01"),
    ],
)
def test_natural_dates(text: str, expected: str) -> None:
    assert when.resolve(text, date(2026, 12, 4)).date().isoformat() == expected


def test_bad_date_is_one_clear_error() -> None:
    with pytest.raises(DebriefError, match="--since: cannot read 'someday soon'"):
        when.bound("someday soon", flag="--since")


def test_date_filters_do_not_load_spacy() -> None:
    code = (
        "import sys; from debrief.ask.when import resolve; resolve('last week');"
        "assert 'spacy' not in sys.modules and 'debrief.extract' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_commands_that_do_not_search_never_load_the_model(home: Path) -> None:
    stripe_kb(home)
    code = (
        "import sys; from debrief.cli import main; sys.argv = ['debrief', 'list'];\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "assert 'onnxruntime' not in sys.modules and 'tokenizers' not in sys.modules\n"
        "assert 'debrief.embed' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)


# -- storage, filing, backfill ---------------------------------------------------------------


def test_filing_embeds_and_reextract_and_delete_keep_vectors_in_step(home: Path) -> None:
    runner = CliRunner()
    text = (
        "Talked to Ana Ruiz, a designer at Figma. She said the mentoring is excellent and "
        "people can work remotely three days a week."
    )
    result = runner.invoke(cli, ["add", "--text", text, "--when", "yesterday"])
    assert result.exit_code == 0, result.output
    store = open_store(load_settings())
    assert store.debriefs()[0]["recorded_at"][:10] < date.today().isoformat()
    count = store.db.execute("SELECT count(*) FROM insight_vectors").fetchone()[0]
    assert count == store.db.execute("SELECT count(*) FROM insights").fetchone()[0] > 0
    assert runner.invoke(cli, ["reextract", "--all"]).exit_code == 0
    assert missing_vectors(store) == 0
    out = runner.invoke(cli, ["search", "hybrid work", "--json"])
    assert json.loads(out.output)[0]["contact"] == "Ana Ruiz"
    assert runner.invoke(cli, ["delete", "1", "--yes"]).exit_code == 0
    assert store.db.execute("SELECT count(*) FROM insight_vectors").fetchone()[0] == 0


def test_old_knowledge_base_is_backfilled_once(home: Path) -> None:
    stripe_kb(home)  # filed through the Store API: no vectors yet
    store = Store(home / "debrief.db")
    assert missing_vectors(store) > 0
    runner = CliRunner()
    result = runner.invoke(cli, ["ask", "how fast do people get promoted"])
    assert result.exit_code == 0, result.output
    assert "Maria Lopez" in result.output and "#1" in result.output
    assert missing_vectors(store) == 0


def test_search_cli_exact_and_empty_suggestions(home: Path) -> None:
    stripe_kb(home)
    runner = CliRunner()
    out = runner.invoke(cli, ["search", "career growth", "--exact"])
    assert out.exit_code == 0 and "no results" in out.output
    assert "drop --exact" in out.output
    out = runner.invoke(cli, ["search", "career growth"])
    assert out.exit_code == 0 and "no results" not in out.output
    out = runner.invoke(cli, ["search", "promotions", "--since", "last week", "--until", "xyzzy"])
    assert out.exit_code == 2 and "--until: cannot read 'xyzzy'" in out.output
    out = runner.invoke(cli, ["ask", "relocating to Europe"])
    assert "No one has talked about this yet" in out.output and "try:" in out.output
    # Something comes near but nothing answers: the closest notes, said to be no answer.
    out = runner.invoke(cli, ["ask", "visa sponsorship for international candidates"])
    assert "No one has talked about this directly. The closest notes:" in out.output
    assert "talked about this (closest first)" not in out.output and "try:" in out.output
    out = runner.invoke(cli, ["ask", "visa sponsorship for international candidates", "--json"])
    data = json.loads(out.output)
    assert not data["answered"] and data["tentative"] and data["companies"]
    out = runner.invoke(cli, ["ask", "promotions", "--json"])
    data = json.loads(out.output)
    assert data["answered"] and data["companies"][0]["contacts"][0]["sources"][0]["debrief_id"]


def test_search_without_the_model_falls_back_to_keywords(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # An uninstalled model package cannot be had here (it is installed), so model_path is
    # made to fail as it does then; everything else is real.
    from debrief import embed

    stripe_kb(home)
    embed._load.cache_clear()

    def gone() -> Path:
        raise embed.EmbeddingError("the embedding model is not installed")

    monkeypatch.setattr(embed, "model_path", gone)
    runner = CliRunner()
    out = runner.invoke(cli, ["search", "promotions"])
    assert out.exit_code == 0, out.output
    assert "keywords only" in out.output and "Promotion" in out.output
    out = runner.invoke(cli, ["ask", "promotions"])
    assert out.exit_code == 1 and "not installed" in out.output and "Traceback" not in out.output
    embed._load.cache_clear()


def test_ask_narrowed_to_a_company_shows_what_it_said(rel: tuple[Store, dict]) -> None:
    store, keys = rel
    result = answer_mod.answer(store, "how are the hours", company="Brightpath", since="2026-11-01")
    sources = [s for g in result.companies for c in g.contacts for s in c.sources]
    assert "lf1" in {keys[s.insight_id] for s in sources}
    assert {g.company for g in result.companies} == {"Brightpath Consulting"}
    named = answer_mod.answer(store, "Ledgerline culture")
    found = {keys[s.insight_id] for g in named.companies for c in g.contacts for s in c.sources}
    assert {"mo3", "ml3"} <= found and {g.company for g in named.companies} == {"Ledgerline"}


def test_ask_naming_a_company_answers_from_that_company_only(home: Path) -> None:
    # The same subject at two companies; naming one in the question leaves the other out
    # (it read as part of the answer), and the question without a name still gets both.
    for text in (
        "Talked to Ana Ruiz, a designer at Figma. She said the culture is collaborative and "
        "most teams are hybrid, with two office days a week.",
        "Talked to Marcus Bell, an engineering manager at Asana. He said the culture is very "
        "calm and people really do leave at five.",
    ):
        added = CliRunner().invoke(cli, ["add", "--text", text])
        assert added.exit_code == 0, added.output

    def companies(question: str) -> set[str]:
        result = CliRunner().invoke(cli, ["ask", question, "--json"])
        assert result.exit_code == 0, result.output
        return {g["company"] for g in json.loads(result.output)["companies"]}

    assert companies("what is the culture like at Figma") == {"Figma"}
    assert companies("what is the culture like at asana") == {"Asana"}
    assert companies("what is the culture like") == {"Figma", "Asana"}


def test_category_prior_is_zero_shot_and_its_vectors_are_current() -> None:
    import json as _json

    from debrief.config import data_file

    # The shipped vectors are those of today's descriptions and model (else
    # `python -m debrief.ask.hybrid` rewrites them); they equal a fresh embedding.
    saved = _json.loads(data_file(*question.CATEGORY_VECTORS).read_text())
    names = list(question.ask_toml()["category_descriptions"])
    texts = [question.ask_toml()["category_descriptions"][n] for n in names]
    assert saved["key"] == question._category_key(names, texts)
    from debrief import embed

    fresh = embed.embed(texts)
    assert abs(fresh - question._category_vectors()[1]).max() < 1e-4
    assert question.likely_category("what does a normal working day look like") == "typical_day"
    assert question.likely_category("zzzz qqqq") is None


def test_category_list_ranks_insights_of_the_likely_category(rel: tuple[Store, dict]) -> None:
    store, _ = rel
    hits = hybrid.search(store, "what does a normal working day look like", limit=10)
    assert any("category" in h["matched"] for h in hits)
    assert {h["category"] for h in hits if "category" in h["matched"]} == {"typical_day"}
    without = hybrid.search(
        store,
        "what does a normal working day look like",
        limit=10,
        weights={**hybrid.WEIGHTS, "category": 0.0},
    )
    assert not any("category" in h["matched"] for h in without)


def test_a_named_contact_and_category_puts_that_category_first(dev2: tuple[Store, dict]) -> None:
    # "advice" alone is far from "Apply to the union hall in the fall" (cosine 0.09), nearer
    # to another of his sentences: the category the query names decides among his insights.
    store, keys = dev2
    found = keys_of(hybrid.search(store, "Dmitri Volkov advice", limit=10), keys)
    assert found[0] == "dv5" and all(k.startswith("dv") for k in found[:7])


# -- the query adapter ------------------------------------------------------------------------


def test_query_adapter_beats_minilm_alone_on_both_relevance_sets(either: tuple) -> None:
    # Trained on pipelines/ask_training (questions over the training recaps), never on these.
    store, keys, folder = either
    for kinds in (None, ("paraphrase",)):
        plain = evaluate(
            store,
            keys,
            lambda q: hybrid.search(store, q, limit=10, adapter=False),
            kinds,
            folder=folder,
        )
        adapted = evaluate(
            store, keys, lambda q: hybrid.search(store, q, limit=10), kinds, folder=folder
        )
        assert adapted["recall"] > plain["recall"] and adapted["ndcg"] > plain["ndcg"]


def test_query_adapter_is_current_and_for_this_model() -> None:
    import importlib.util

    import numpy as np

    from debrief import embed
    from debrief.config import data_file

    with np.load(data_file(*question.QUERY_ADAPTER)) as saved:
        meta = json.loads(str(saved["meta"]))
    assert meta["model"] == embed.MODEL_ID
    # Trained on today's written questions (else: python scripts/train_query_adapter.py).
    root = Path(__file__).resolve().parent.parent
    spec = importlib.util.spec_from_file_location(
        "tqa", root / "scripts" / "train_query_adapter.py"
    )
    assert spec and spec.loader
    tqa = importlib.util.module_from_spec(spec)
    sys.modules["tqa"] = tqa  # its dataclasses look their module up
    try:
        spec.loader.exec_module(tqa)
    finally:
        del sys.modules["tqa"]
    assert meta["data"] == tqa.data_key(sorted(tqa.QUESTIONS.glob("questions-*.jsonl")))
    W = question.query_adapter()
    assert W is not None and W.shape == (embed.DIM, embed.DIM)
    # Identity plus a learned change, not a different space.
    assert 0.01 < float(np.linalg.norm(W - np.eye(embed.DIM)) / np.linalg.norm(W)) < 1.0
    low, high = question.calibration()
    assert (np.diff(low) > 0).all() and (np.diff(high) > 0).all()
    cos = np.linspace(-1, 1, 401, dtype=np.float32)
    assert (np.diff(question.calibrate(cos)) > 0).all()  # the order of insights is kept


def test_adapter_is_applied_once_after_the_cache(rel: tuple[Store, dict]) -> None:
    import numpy as np

    from debrief import embed

    store, _ = rel
    q = "can I do this job from my kitchen table"
    hybrid.search(store, q, limit=5)
    raw = question.question_vector(q, store)
    # The store's cache holds MiniLM's vector: a new adapter never meets a stale one.
    assert np.allclose(raw, embed.embed_query(q), atol=1e-5)
    adapted = question.query_vector(q, raw)
    assert abs(float(np.linalg.norm(adapted)) - 1) < 1e-5
    assert np.allclose(adapted, question.adapt(raw), atol=1e-6)  # no topic in this question
    assert float(adapted @ raw) < 0.999
    assert np.allclose(question.query_vector(q, raw, adapted=False), raw)


def test_without_an_adapter_questions_are_compared_as_minilm_embeds_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import numpy as np

    from debrief import embed

    v = embed.embed_query("is there a budget for courses")
    for content in (None, "other-model"):
        path = tmp_path / f"adapter-{content}.npz"
        if content:
            np.savez(
                path,
                W=2 * np.eye(embed.DIM, dtype=np.float32),
                knots_adapted=np.array([-1.0, 1.0]),
                knots_minilm=np.array([-1.0, 1.0]),
                meta=np.array(json.dumps({"model": content})),
            )
        monkeypatch.setattr(question, "QUERY_ADAPTER", (str(path),))
        question._adapter_file.cache_clear()
        assert question.query_adapter() is None and question.calibration() is None
        assert np.array_equal(question.adapt(v), v)
        scores = np.array([0.1, 0.5], dtype=np.float32)
        assert np.array_equal(question.calibrate(scores), scores)
    question._adapter_file.cache_clear()
