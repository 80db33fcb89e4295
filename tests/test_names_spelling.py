"""Names that survive speech: a name Whisper spelt no known way is repaired against the census
name lists (debrief.names_spelling), on the spoken path only, keeping what was heard.

Real lexicon (the installed ``names`` package), real Whisper (tiny.en, default settings) on a
sample spoken by speak.py's natural "joe" voice, real spaCy, a real SQLite knowledge base,
through the `debrief` command.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

import debrief.names_spelling
from debrief.models import Contact, Extraction, Person, Segment, Transcript, Word
from debrief.names_spelling import lexicon, repair_name, repair_word
from debrief.store import db as dbmod
from debrief.store.repo import Store
from tests.conftest import run_cli

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def test_the_lexicon_is_the_census_lists() -> None:
    lex = lexicon()
    assert len(lex.given) > 5000 and len(lex.surnames) > 88000
    assert lex.known("Siobhan") and lex.known("nguyen") and not lex.known("Grassiela")
    assert lex.given["james"] > lex.given["siobhan"]  # frequencies, not just spellings


def test_an_unknown_spelling_takes_the_known_one_that_sounds_the_same() -> None:
    assert repair_word("Grassiela", given=True) == "Graciela"  # two edits from 7 letters
    assert repair_word("Haddid", given=False) == "Haddad"
    assert repair_word("Hushins", given=False) == "Hutchins"
    assert repair_name("Charlotte Boteng") == "Charlotte Boateng"
    assert repair_name("Hamid Rahami") == "Hamid Rahimi"


def test_what_a_list_knows_or_cannot_match_stays_as_heard() -> None:
    assert repair_name("Maria Lopez") == "Maria Lopez"  # known spellings
    # Not in the lists and nothing close sounds the same: names of many cultures survive.
    for name in ("Oluwaseun Adeyemi", "Arjun Reddy", "Henrik Berg", "Sven", "Baraka"):
        assert repair_name(name) == name
    # Short words, lower-case words and acronyms are not name words to repair.
    assert repair_word("Abe", given=True) == "Abe"
    assert repair_word("grassiela", given=True) == "grassiela"
    assert repair_word("NASA", given=False) == "NASA"
    # Given names repair as given names only: "Henrik" is no surname's misspelling here.
    assert repair_word("Henrik", given=True) == "Henrik"


def test_english_words_and_known_organisations_are_no_names_to_repair() -> None:
    from debrief.extract.lexicon import non_name_words
    from debrief.store.resolve import spelled_name

    # Words Whisper wrote as words, which extraction can take into a person's name ("Excel
    # Notes", "Moderna Team"): the census lists lack them and would re-spell them.
    plain = non_name_words()
    for word, was in (("Excel", "Excell"), ("Notes", "Notis"), ("Manager", "Munger")):
        assert repair_word(word, given=False) == was  # the lists alone
        assert repair_word(word, given=False, plain=plain) == word
    assert spelled_name("They Okay") == "They Okay"  # stop words: not "Thuy Okey"
    assert spelled_name("Moderna Seattle") == "Moderna Seattle"  # org_casing.txt; a place
    # while the names around them are still repaired, as filing repairs them
    assert spelled_name("Charlotte Boteng") == "Charlotte Boateng"
    assert repair_word("Okafur", given=False, plain=plain) == "Okafor"


def test_spoken_names_not_on_file_are_repaired_typed_ones_never(store: Store) -> None:
    from debrief.store.resolve import resolve_extraction

    heard = Extraction(
        contact=Contact("Grassiela Montoya", "nurse manager", "Mercy Hospital"),
        people_mentioned=[Person("Charlotte Boteng", None, "referral"), Person("Sven", None)],
    )
    spoken, was = resolve_extraction(store, heard, spoken=True)
    assert spoken.contact.name == "Graciela Montoya" and was.contact == "Grassiela Montoya"
    assert [p.name for p in spoken.people_mentioned] == ["Charlotte Boateng", "Sven"]
    assert was.people == ["Charlotte Boteng", None]
    typed, was = resolve_extraction(store, heard, spoken=False)
    assert typed.contact.name == "Grassiela Montoya" and was.contact is None
    assert typed.people_mentioned[0].name == "Charlotte Boteng"


def test_debrief_add_repairs_a_name_whisper_misspells(home: Path) -> None:
    # speak.py's joe voice says "Graciela Montoya"; tiny.en writes "Graciella Montoya".
    code, _, err = run_cli("add", str(SAMPLES / "recap-graciela-montoya.opus"), "--yes")
    assert code == 0, err
    code, shown, err = run_cli("show", "1", "--json")
    assert code == 0, err
    row = json.loads(shown)
    assert "Graciella Montoya" in row["transcript"]["text"]  # the transcript is as heard
    assert row["contact"] == "Graciela Montoya"
    assert row["heard_contact"] == "Graciella Montoya"
    # The same words typed are the user's: nothing is repaired.
    code, _, err = run_cli("add", "--text", row["transcript"]["text"], "--yes")
    assert code == 0, err
    code, shown, err = run_cli("show", "2", "--json")
    typed = json.loads(shown)
    assert typed["contact"] == "Graciella Montoya" and typed["heard_contact"] is None


def _file_spoken(store: Store, extraction: Extraction, said: list[tuple[str, float]]) -> int:
    """A spoken debrief filed as the pipeline files one: the transcript's words with
    Whisper's probabilities, the names resolved, the extraction saved."""
    from debrief.store.resolve import resolve_extraction

    did = store.create_debrief(source="audio", recorded_at=datetime(2026, 12, 1, 17, 0))
    text = " ".join(w for w, _ in said)
    words = tuple(Word(w, p) for w, p in said)
    segment = Segment(0.0, 12.0, text, words)
    store.save_transcript(did, Transcript(text, [segment], "en", 12.0, "test", "tiny.en"))
    resolved, heard = resolve_extraction(store, extraction, debrief_id=did, text=text)
    store.save_extraction(did, resolved, heard)
    return did


#: A recap as Whisper may write it: the contact's given name and a referral's surname spelt
#: no known way, and unsure of both.
_HEARD = Extraction(
    contact=Contact("Grassiela Montoya", "nurse manager", "Mercy Hospital"),
    people_mentioned=[Person("Charlotte Boteng", None, "referral")],
)
_SAID = [("Met", 0.9), ("Grassiela", 0.2), ("Montoya,", 0.9), ("a", 0.9), ("nurse", 0.9)]
_SAID += [("manager", 0.9), ("at", 0.9), ("Mercy", 0.9), ("Hospital.", 0.9), ("Talk", 0.9)]
_SAID += [("to", 0.9), ("Charlotte", 0.9), ("Boteng.", 0.25)]


def test_show_reads_how_a_name_was_changed_and_repairs_nothing(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    did = _file_spoken(store, _HEARD, _SAID)
    row = store.get(did)
    assert (row["contact"], row["heard_contact"], row["heard_contact_how"]) == (
        "Graciela Montoya",
        "Grassiela Montoya",
        "spelling",
    )
    people = store.rows(
        "SELECT name, heard, heard_how FROM people_mentioned WHERE debrief_id = ?", [did]
    )
    assert people == [
        {"name": "Charlotte Boateng", "heard": "Charlotte Boteng", "heard_how": "spelling"}
    ]

    def repaired_again(name: str | None) -> str | None:
        raise AssertionError(f"show ran the spelling repair again on {name!r}")

    from debrief.store.unsure import unsure_names_of

    # `show` flags a re-spelled name by what was heard, read from what filing stored
    monkeypatch.setattr(debrief.names_spelling, "repair_name", repaired_again)
    assert [(u.name, u.role) for u in unsure_names_of(store, did)] == [
        ("Graciela Montoya", "contact"),
        ("Charlotte Boateng", "referral"),
    ]


def test_names_filed_before_how_was_kept_are_judged_once_by_the_migration(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.db"
    before = [m for m in dbmod.MIGRATIONS if m.__name__ != "m014_heard_how"]
    monkeypatch.setattr(dbmod, "MIGRATIONS", before)
    old = Store(path)  # a knowledge base from before m014, filed as it filed then
    old.db.execute("INSERT INTO contacts (name, key) VALUES ('Graciela Montoya', 'x')")
    old.db.execute("INSERT INTO contacts (name, key) VALUES ('Ana Ruiz', 'y')")
    for contact, heard in ((1, "Grassiela Montoya"), (2, "Anna Ruis"), (2, None)):
        old.db.execute(
            "INSERT INTO debriefs (recorded_at, created_at, updated_at, source, contact_id,"
            " heard_contact) VALUES ('2026-11-01T10:00:00', 'x', 'x', 'audio', ?, ?)",
            [contact, heard],
        )
    old.db.execute(
        "INSERT INTO people_mentioned (debrief_id, name, key, relation, heard)"
        " VALUES (1, 'Charlotte Boateng', 'z', 'referral', 'Charlotte Boteng')"
    )
    old.close()
    monkeypatch.undo()
    store = Store(path)
    # the repair gives "Graciela Montoya" from what was heard; "Ana Ruiz" was on file
    assert [r["heard_contact_how"] for r in store.rows("SELECT * FROM debriefs")] == [
        "spelling",
        "resolved",
        None,
    ]
    assert store.rows("SELECT heard_how FROM people_mentioned") == [{"heard_how": "spelling"}]
    assert dbmod.migrate(store.db) == []
