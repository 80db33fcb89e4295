"""What qa54 saw using debrief on invented calls, each as the `debrief` command shows it.
Real spaCy for the typed recaps, real SQLite files."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import add_text, run_cli

GRACE = (
    "Zoom with Grace Okafor, a product designer at Tidewell. She said the benefits are"
    " generous, with four weeks of leave and a home office stipend. She offered to send me"
    " their portfolio guidelines."
)


def test_ask_what_a_contacts_company_offers_is_about_the_company(home: Path) -> None:
    """`ask "what benefits does Grace's company offer"` put "What they offered (open
    follow-ups)" first: "offer" beside a contact's name read as what she offered to do.
    Grace named as the owner of "company" is not the one offering; "what did Grace offer"
    and "what was Grace's offer" still ask the ledger."""
    add_text(GRACE, "2026-12-01T10:00")
    for question in (
        "what benefits does Grace's company offer",
        "what benefits does Grace Okafor’s team offer",
    ):
        code, out, err = run_cli("ask", question)
        assert code == 0, err
        assert "What they offered" not in out and "portfolio guidelines" not in out, out
        assert "four weeks of leave" in out, out
    for question in ("what did Grace offer", "what was Grace's offer"):
        code, out, err = run_cli("ask", question)
        assert code == 0, err
        assert out.startswith("What they offered (open follow-ups)"), out
        assert "portfolio guidelines" in out, out


SAM = (
    "Met Sam Reyes, a data analyst at Corvane. Sam offered to send me the template for case"
    " studies. Her colleague Renata offered to share the onboarding deck. Reyes is going to"
    " forward my resume to the hiring lead."
)


def test_an_offer_said_with_the_contacts_name_is_filed_and_thanked_for(home: Path) -> None:
    """ "Sam offered to send me the template" (the contact's name, no pronoun) filed no offer,
    so `todo` did not list it and `draft thanks` did not thank for it; "she offered to"
    did. The contact's first, last or full name is the one offering as her pronoun is;
    another person's name ("Her colleague Renata offered to...") is not."""
    add_text(SAM, "2026-12-02T10:00")
    add_text(
        "Coffee with Tomas Berg, a UX lead at Quarry. He offered to review my portfolio.",
        "2026-12-03T10:00",
    )
    code, out, err = run_cli("todo")
    assert code == 0, err
    assert "From Sam Reyes: Sam offered to send me the template for case studies." in out, out
    assert "From Sam Reyes: Reyes is going to forward my resume" in out, out
    assert "From Tomas Berg: He offered to review my portfolio." in out, out
    assert "onboarding deck" not in out, out
    code, out, err = run_cli("draft", "thanks", "1")
    assert code == 0, err
    assert (
        "thank you for offering to send me the template for case studies and to forward my"
        " resume to the hiring lead." in out
    ), out
    assert "onboarding deck" not in out, out


FIONA = (
    "Call with Fiona O'Malley, an estimator at O'Malley & Sons. She said the culture is"
    " tight-knit and everyone eats lunch together. Her advice was to learn Bluebeam first."
)
FIONA_PLAIN = "Coffee with Fiona Omalley at Omalley & Sons; she said bids close on Fridays."


def _clear_key_caches() -> None:
    import debrief.names as names

    for fn in (names.company_key, names.person_key, names.sound_key):
        fn.cache_clear()


def test_a_name_with_an_apostrophe_is_found_as_typed_without_it(home: Path) -> None:
    """`search omalley`, `company omalley` and `person omalley` did not find O'Malley & Sons
    or Fiona O'Malley (the key split the word at the apostrophe: "o malley"); only the
    "closest" hint named them. The key drops an apostrophe inside a word; "Grace's" and
    "she'll" keep theirs split."""
    from debrief.names import company_key, person_key

    assert company_key("O'Malley & Sons") == "omalley sons"
    assert person_key("Fiona O’Malley") == "fiona omalley"
    assert person_key("Grace's") == "grace s" and person_key("she'll") == "she ll"
    add_text(FIONA, "2026-12-03T10:00")
    code, out, err = run_cli("company", "omalley")
    assert code == 0, err
    assert out.splitlines()[0] == "O'Malley & Sons", out
    code, out, err = run_cli("person", "omalley")
    assert code == 0, err
    assert out.splitlines()[0] == "Fiona O'Malley", out
    code, out, err = run_cli("search", "omalley")
    assert code == 0, err
    assert "everyone eats lunch together" in out, out


def test_migration_m016_rekeys_names_with_an_apostrophe_filed_before(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A knowledge base filed before the keys dropped apostrophes ("o malley sons") is
    re-keyed when opened, and the plain spelling filed apart then ("Omalley & Sons",
    keyed "omalley sons") is merged into it, as `debrief merge` does, nothing lost."""
    import debrief.names as names
    from debrief.store import Store
    from debrief.store import db as dbmod

    with monkeypatch.context() as mp:
        mp.setattr(names, "joined", lambda name: name or "")
        before = [m for m in dbmod.MIGRATIONS if m.__name__ != "m016_join_apostrophes_in_keys"]
        mp.setattr(dbmod, "MIGRATIONS", before)
        _clear_key_caches()
        add_text(FIONA, "2026-12-03T10:00")
        add_text(FIONA_PLAIN, "2026-12-04T10:00")
        assert run_cli("edit", "1", "--title", "senior estimator")[0] == 0
        old = Store(home / "debrief.db")
        keys = {r["key"] for r in old.rows("SELECT key FROM companies")}
        old.close()
        assert {"o malley sons", "omalley sons"} <= keys, keys
    _clear_key_caches()
    store = Store(home / "debrief.db")
    try:
        companies = store.rows("SELECT name, key FROM companies WHERE key LIKE '%malley%'")
        assert companies == [{"name": "O'Malley & Sons", "key": "omalley sons"}], companies
        contacts = store.rows("SELECT name, key FROM contacts WHERE key LIKE '%malley%'")
        assert [(c["name"], c["key"]) for c in contacts] == [("Fiona O'Malley", "fiona omalley")]
        assert dbmod.migrate(store.db) == []
    finally:
        store.close()
    code, out, err = run_cli("person", "omalley")
    assert code == 0, err
    assert out.splitlines()[0] == "Fiona O'Malley" and "senior estimator" in out, out
    assert "2 calls" in out, out
    code, out, err = run_cli("company", "omalley")
    assert code == 0, err
    assert out.startswith("O'Malley & Sons") and "2 calls" in out, out


def test_a_company_said_short_by_a_known_person_is_the_one_on_file(home: Path) -> None:
    """Marisol (at Bellhaven Health) referred Dev Anand; his call, "director of analytics at
    Bellhaven", was filed under a second company "Bellhaven", so `prep "Bellhaven Health"`,
    `companies` and `company` split the one company's calls. A company said by a shorter or
    longer form of the one on file for that person (their earlier call, or the referral) is
    that company; a new person at a short name, or a person at another company, stays."""
    add_text(
        "Video call with Marisol Ortega, a clinical informatics manager at Bellhaven Health."
        " She said I should talk to Dev Anand, who runs their analytics team.",
        "2026-11-30T16:00",
    )
    add_text(
        "Call with Dev Anand, director of analytics at Bellhaven. Marisol had connected us."
        " He said they are hiring two analysts in January.",
        "2026-12-04T09:00",
    )
    add_text(
        "Quick call with Marisol Ortega at Bellhaven again. She said the analyst posting"
        " goes up next week.",
        "2026-12-05T09:00",
    )
    add_text("Coffee with Lena Park, a nurse recruiter at Bellhaven.", "2026-12-06T09:00")
    code, out, err = run_cli("company", "Bellhaven Health")
    assert code == 0, err
    assert "3 calls with 2 contacts" in out, out
    code, out, err = run_cli("show", "2")
    assert code == 0, err
    assert "Bellhaven Health (heard: Bellhaven)" in out, out
    code, out, err = run_cli("show", "4")  # nobody on file: as said
    assert code == 0, err
    assert "company     Bellhaven\n" in out, out
