"""Issue 17.7: `debrief reextract` keeps follow-up ids, done state and what the user set.

Real spaCy extraction on a real recap; the "new pipeline" is the same pipeline asked to
re-extract (ids were renumbered and done reopened on every run before), and a changed
transcript stands in for a pipeline that words the items differently.
"""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from debrief import pipeline
from debrief.cli import cli
from debrief.config import load_settings
from debrief.store import Store, open_store
from debrief.store.user_fields import match_texts

RECAP = (
    "Talked to Nadia Petrova, a nurse manager at Kaiser. She said the night shifts are hard. "
    "She suggested I talk to James Chen. I need to send her my resume by Friday. "
    "I also need to email James Chen next week. I should read the nursing workforce report."
)


def follow_ups(store: Store) -> list[dict]:
    return store.follow_ups(1)


def test_reextract_keeps_ids_and_done_state(home: Path) -> None:
    runner = CliRunner()
    assert runner.invoke(cli, ["add", "--text", RECAP, "--when", "2026-11-18T10:00"]).exit_code == 0
    # A later debrief: #1's follow-ups no longer hold the highest ids (SQLite would hand the
    # same ids out again to rows re-inserted at the end of the table).
    later = "Talked to Bo Li at Acme. I need to send Bo my portfolio by Monday."
    assert runner.invoke(cli, ["add", "--text", later]).exit_code == 0
    store = open_store(load_settings())
    before = follow_ups(store)
    assert len(before) >= 2, before
    first = before[0]["id"]
    assert runner.invoke(cli, ["done", str(first)]).exit_code == 0
    done_at = store.follow_ups(1)[0]["done_at"]
    result = runner.invoke(cli, ["reextract", "1"])
    assert result.exit_code == 0, result.output
    after = follow_ups(store)
    assert [f["id"] for f in after] == [f["id"] for f in before]
    assert after[0]["done_at"] == done_at  # still done, same moment
    assert all(f["done_at"] is None for f in after[1:])
    assert runner.invoke(cli, ["done", str(first)]).output.startswith(f"#{first} was already done")


def test_reworded_items_keep_their_ids_and_user_state(home: Path) -> None:
    settings = load_settings()
    store = open_store(settings)
    filed = pipeline.add_text(settings, store, RECAP, when=None)
    ids = {f["text"]: f["id"] for f in follow_ups(store)}
    resume = next(i for t, i in ids.items() if "resume" in t)
    report = next(i for t, i in ids.items() if "report" in t)
    store.mark_follow_up(report)  # the user closed it
    # The pipeline now words things differently and no longer finds the report item.
    store.db.execute(
        "UPDATE transcripts SET text = ? WHERE debrief_id = ?",
        [
            RECAP.replace("send her my resume", "send her my updated resume").replace(
                " I should read the nursing workforce report.", ""
            ),
            filed.debrief_id,
        ],
    )
    pipeline.reextract(store, [int(filed.debrief_id or 0)])
    now = {f["id"]: f for f in follow_ups(store)}
    assert "updated resume" in now[resume]["text"]  # same id, new wording
    assert now[report]["done_at"] is not None  # done by the user: kept though not found


def test_user_set_contact_fields_survive_reextract(home: Path) -> None:
    settings = load_settings()
    store = open_store(settings)
    filed = pipeline.add_text(settings, store, RECAP)
    debrief_id = int(filed.debrief_id or 0)
    store.set_overrides(debrief_id, "Nadia P. Petrova", "Kaiser Permanente")
    store.set_user_field("debrief", debrief_id, "title", "Director of Nursing")
    pipeline.reextract(store, [debrief_id])
    row = store.get(debrief_id)
    assert (row["contact"], row["company"], row["title"]) == (
        "Nadia P. Petrova",
        "Kaiser Permanente",
        "Director of Nursing",
    )


def test_matching_pairs_alike_texts_only() -> None:
    old = ["email James by Friday", "read the report", "call Ana"]
    new = ["read the annual report", "email James Chen by Friday", "buy a new laptop"]
    assert match_texts(old, new) == {0: 1, 1: 0}
