"""Names that survive speech: a name Whisper spelt no known way is repaired against the census
name lists (debrief.names_spelling), on the spoken path only, keeping what was heard.

Real lexicon (the installed ``names`` package), real Whisper (tiny.en, default settings) on a
sample spoken by speak.py's natural "joe" voice, real spaCy, a real SQLite knowledge base,
through the `debrief` command.
"""

from __future__ import annotations

import json
from pathlib import Path

from debrief.models import Contact, Extraction, Person
from debrief.names_spelling import lexicon, repair_name, repair_word
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
