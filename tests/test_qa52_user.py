"""What qa52 saw using debrief over a week of invented calls, each as the `debrief` command
shows it. Real spaCy for the typed recaps, real SQLite files."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import add_text, run_cli

HANNAH = (
    "Just got off the phone with Hannah Okafor, a senior data analyst at Brightwater"
    " Insurance. Her advice was to learn dbt before applying. She offered to forward my resume"
    " to the recruiting lead, and she said she'd send me the salary survey her team uses."
    " I need to update my resume by Friday."
)


def test_thanks_for_every_offer_the_contact_made_in_their_words(home: Path) -> None:
    """`draft thanks` thanked only for an offer to introduce: Hannah offered to forward the
    resume and to send the salary survey, and the note said neither (it quoted the survey
    offer as something she "shared"). It thanks for both, in her words, said to her."""
    add_text(HANNAH, "2026-11-30T15:00")
    code, out, err = run_cli("draft", "thanks", "1")
    assert code == 0, err
    assert (
        "And thank you for offering to forward my resume to the recruiting lead and to send"
        " me the salary survey your team uses." in out
    ), out
    assert "- You said you'd send me" not in out, out  # thanked once, not also quoted


MARCUS = (
    "Talked with Marcus Feld, an engineering manager at Quillstone. He'll introduce me to the"
    " hiring manager, Ingrid Dahl. He also offered to look over my cover letter. His"
    " colleague Renata said she'd send me the team's onboarding doc. Her manager will send me"
    " a take-home."
)


def test_thanks_for_offers_invents_none_and_credits_no_one_else(home: Path) -> None:
    """An offer said with "also" ("He also offered to look over my cover letter") was not
    filed at all. It is filed and thanked for; the introduction keeps its own line, and what
    Renata offered ("she'd send me") is not thanked for as Marcus's."""
    add_text(MARCUS, "2026-12-01T10:00")
    code, todo, err = run_cli("todo")
    assert code == 0, err
    assert "He also offered to look over my cover letter." in todo, todo
    code, out, err = run_cli("draft", "thanks", "1")
    assert code == 0, err
    assert "Thank you also for offering to introduce me to Ingrid Dahl." in out, out
    assert "And thank you for offering to look over my cover letter." in out, out
    assert "onboarding" not in out and "take-home" not in out, out
    code, out, err = run_cli("draft", "thanks", "1", "--json")
    assert code == 0, err
    assert '"offers": [\n    "look over my cover letter"\n  ]' in out, out


def test_a_dismissed_offer_is_not_thanked_for(home: Path) -> None:
    """An offer the user dismissed (they say it was not made) leaves the note."""
    add_text(HANNAH, "2026-11-30T15:00")
    code, todo, _ = run_cli("todo")
    offer = next(x for x in todo.splitlines() if "salary survey" in x)
    assert run_cli("dismiss", offer.split()[0].lstrip("#"))[0] == 0
    code, out, err = run_cli("draft", "thanks", "1")
    assert code == 0, err
    assert "offering" not in out, out


PRIYA = (
    "Call with Priya Raman, a product lead at Octavia Health. She said the roadmap process is"
    " chaotic. She suggested I talk to Tomasz Wierzbicki on the platform team. I need to send"
    " Priya my portfolio by Monday."
)
TOMASZ = (
    "Call with Tomasz Wierzbicki, a platform engineer at Octavia Health. His advice was to"
    " practise writing one-page specs. I need to send Tomasz my updated resume by Wednesday."
)


@pytest.mark.usefixtures("filed_soon_after")
def test_prep_lists_what_is_owed_to_the_person_asked_about_first(home: Path) -> None:
    """`prep Tomasz` listed "Tell Priya Raman how it went with Tomasz" (due a day earlier)
    above everything owed to Tomasz himself. His own items come first; the company's page
    keeps the ledger's order."""
    add_text(PRIYA, "2026-11-20T10:00")
    add_text(TOMASZ, "2026-11-27T10:00")
    code, out, err = run_cli("prep", "Tomasz")
    assert code == 0, err
    owed = out.split("You owe", 1)[1].split("They offered", 1)[0]
    lines = [x.strip() for x in owed.splitlines() if x.strip().startswith("#")]
    assert "Tell Priya Raman how it went" in lines[-1], lines
    assert "thank-you note to Tomasz" in lines[0], lines


AMARA = (
    "Phone call with Amara Nwosu, director of data science at Greyfield Analytics. She loves"
    " the autonomy but hates the on-call. Her advice was to get a SQL certification."
)


def test_thanks_quotes_no_piece_cut_from_a_sentence(home: Path) -> None:
    """The note quoted "- hates the on-call." (the second half of "She loves the autonomy
    but hates the on-call", filed apart) to the contact: a piece with no subject, in
    lowercase, read as a slip (the user had dropped the insight it was cut from). Such a
    piece is not quoted; whole sentences still are."""
    add_text(AMARA, "2026-12-03T11:00")
    code, show, err = run_cli("show", "1")
    assert code == 0, err
    assert "#2 hates the on-call." in show, show  # filed as a piece, as extraction does now
    assert "#1 She loves the autonomy" in show, show
    assert run_cli("insight", "1", "--drop")[0] == 0  # two quotes left to choose: the piece too
    code, out, err = run_cli("draft", "thanks", "1")
    assert code == 0, err
    assert "hates the on-call" not in out, out
    assert "- Your advice was to get a SQL certification." in out, out


def test_review_week_alone_is_this_week(home: Path) -> None:
    """`debrief review --week` (no value) stopped with "Option '--week' requires an
    argument"; it is the current week, as `review` alone is."""
    add_text(AMARA, "2026-12-03T11:00")
    code, out, err = run_cli("review", "--week", "--format", "markdown")
    assert code == 0, err
    code2, plain, _ = run_cli("review", "--format", "markdown")
    assert code2 == 0 and out == plain, (out, plain)


def test_a_recap_typed_where_a_file_goes_says_to_use_text(home: Path) -> None:
    """`debrief add "Talked to Mia Chen at Rivet. She said..."` answered "Talked to Mia
    Chen at Rivet. She said the team is small.: no such file": the user had to guess that
    --text was meant. One line says so; a real missing file keeps its answer."""
    recap = "Talked to Mia Chen at Rivet. She said the team is small and ships weekly."
    code, out, err = run_cli("add", recap)
    assert code == 1 and not out, out
    assert err.strip().splitlines() == [
        'error: no file named "Talked to Mia Chen at Rivet. She said..."; for a typed'
        ' recap: debrief add --text "..."'
    ], err
    code, _, err = run_cli("extract", recap)
    assert code == 1 and 'debrief extract --text "..."' in err, err
    code, _, err = run_cli("add", str(home / "notes.txt"))
    assert code == 1 and "notes.txt: no such file" in err and "--text" not in err, err


def test_a_name_found_by_its_own_words_is_no_closest_match(home: Path) -> None:
    """`company larkspur` and `person colm` headed the page "(closest match for 'colm')",
    as for a misspelling, though "colm" is Colm Byrne's own first name (several matches
    stop with a list, so one is no guess). Only a typed name that is not on file says it."""
    add_text(
        "Coffee with Colm Byrne from Larkspur Health, he runs research ops. He said"
        " promotions there are slow.",
        "2026-12-02T16:00",
    )
    for args in (("company", "larkspur"), ("person", "colm"), ("prep", "colm")):
        code, out, err = run_cli(*args)
        assert code == 0, err
        assert "closest match" not in out.splitlines()[0], (args, out)
    code, out, err = run_cli("person", "colm byrn")
    assert code == 0, err
    assert "(closest match for 'colm byrn')" in out.splitlines()[0], out


GRACE = (
    "Met Grace Lin, a staff engineer at Pellucid. She's going to share her notes from the"
    " system design loop. She promised to put in a word with her manager. I want to ask her"
    " about mentoring."
)


def test_an_offer_said_with_shes_going_to_is_filed_and_thanked_for(home: Path) -> None:
    """ "She's going to share her notes" was no offer (only "she is going to" was): `todo`
    did not list it and the note did not thank for it."""
    add_text(GRACE, "2026-12-05T13:00")
    code, todo, err = run_cli("todo")
    assert code == 0, err
    assert "From Grace Lin: She's going to share her notes" in todo, todo
    code, out, err = run_cli("draft", "thanks", "1")
    assert code == 0, err
    assert (
        "And thank you for offering to share your notes from the system design loop and to"
        " put in a word with your manager." in out
    ), out


SAM = (
    "Zoom with Sam Ortiz, a product manager at Kettle & Finch. They said the PM team reports"
    " to the CEO. Their advice was to study pricing. I need to send Sam my case study by"
    " December 1."
)


def test_ask_what_a_contact_offered_without_saying_me(home: Path) -> None:
    """`ask "what did Grace offer"` (no "me") answered with Sam Ortiz's notes on pricing and
    the PM team, "1 contact at 1 company talked about this": another person's words as the
    answer about Grace. Her offers answer it, and nothing of Sam's is shown beside them."""
    add_text(SAM, "2026-11-27T13:00")
    add_text(GRACE, "2026-12-05T13:00")
    for question in ("what did Grace offer", "what has Grace Lin offered"):
        code, out, err = run_cli("ask", question)
        assert code == 0, err
        assert out.startswith("What they offered"), out
        assert "She's going to share her notes" in out and "She promised" in out, out
        assert "Sam" not in out and "talked about this" not in out, out


def test_ask_what_is_overdue(home: Path) -> None:
    """`ask "what is overdue?"` said "No one has talked about this yet." The overdue items
    answer it, as `todo` flags them, and only those."""
    add_text(SAM, "2026-11-27T13:00")
    add_text(GRACE, "2026-12-05T13:00")
    code, todo, err = run_cli("todo")
    assert code == 0, err
    late = {x.split()[0] for x in todo.splitlines() if "overdue" in x}
    assert late, todo
    for question in ("what is overdue?", "anything overdue"):
        code, out, err = run_cli("ask", question)
        assert code == 0, err
        items = {x.split()[0] for x in out.splitlines() if x.strip().startswith("#")}
        assert items == {i.strip() for i in late}, (out, todo)
        assert "No one has talked" not in out, out


def test_edit_when_moves_the_due_dates_the_recap_said(home: Path) -> None:
    """A call filed on Friday December 4 and corrected with `edit 1 --when 2026-11-30`
    still had "I need to send Sam my notes tonight" due Friday, and "in two weeks" counted
    from the wrong day, until `reextract`. The recap's own dates move with the call at once,
    as re-extraction reads them; a due date the user set stays."""
    add_text(
        "Zoom with Sam Ortiz, a product manager at Kettle & Finch. Their advice was to study"
        " pricing. I need to send Sam my notes tonight. I should follow up with Sam in two"
        " weeks. I will email Sam the case study by Friday.",
        "2026-12-04T13:00",
    )
    code, todo, _ = run_cli("todo")
    case = next(x for x in todo.splitlines() if "case study" in x).split()[0].lstrip("#")
    assert run_cli("follow-up", case, "--due", "2026-12-18")[0] == 0
    assert run_cli("edit", "1", "--when", "2026-11-30")[0] == 0
    code, out, err = run_cli("todo", "--json")
    assert code == 0, err
    # the lists say the step without its relative date words, its date beside it (qa67)
    for said, due in (("my notes", "2026-11-30"), ("follow up with Sam", "2026-12-14")):
        assert f'"due": "{due}"' in out.split(said, 1)[1].split("}", 1)[0], (said, out)
    assert '"due": "2026-12-18"' in out.split("case study", 1)[1].split("}", 1)[0], out
    assert run_cli("reextract", "1")[0] == 0
    assert run_cli("todo", "--json")[1] == out  # as re-extraction reads them
