"""The contact's company shapes read in pipeline 1.22 (found on recaps-n/o/p/q/r/s).

Each shape is run cased and, where the lower-case path reads it, lower case (``casings``:
a shape not read in lower case yet is a strict xfail) through real spaCy and the shipped
roles model (``extract``). Every sentence here is written for this file; none is copied
from a labelled corpus.
"""

from __future__ import annotations

import pytest

from debrief.extract.pipeline import load_nlp
from debrief.extract.roles_company import common_noun, past_only
from debrief.extract.roles_company_near import org_in_title, owner_before
from tests.conftest import casings, contact_of


@pytest.mark.parametrize(
    "text",
    casings(
        "Quick call with the Pelicans today. Well, with someone in their scouting office: "
        "Dayo Mensah, an analyst there. He said watch more tape and learn SQL.",
        lower_fails=True,
    ),
)
def test_the_team_the_call_was_with_is_the_company_of_the_person_named_after(text: str) -> None:
    # "the Pelicans" after the intro cue is the organisation, not the contact; the person
    # named after it is, and they are at the Pelicans
    name, _title, company = contact_of(text)
    assert (name, company) == ("dayo mensah", "pelicans")


@pytest.mark.parametrize(
    "text",
    casings(
        "Recap of the Ledgerly second call. This time with their head of design, Oksana "
        "Hrytsenko. She said keep a portfolio and show the messy middle.",
        lower_fails=True,
        mixed=False,  # "recap of the Ledgerly ..." is not read in mixed case yet either
    ),
)
def test_the_organisation_a_call_is_named_after_is_the_company(text: str) -> None:
    name, _title, company = contact_of(text)
    assert (name, company) == ("oksana hrytsenko", "ledgerly")


@pytest.mark.parametrize(
    "text",
    casings(
        "Had a call with Marta Ostrowska, who owns Ostrowska Bakery on Fifth Street. She said "
        "start on the early shifts.",
        lower_fails=True,
        mixed=False,
    ),
)
def test_a_firm_named_after_the_contact_s_family_is_their_company(text: str) -> None:
    # the surname starts the firm's name: the firm is no piece of the person's name
    assert contact_of(text)[2] == "ostrowska bakery"


@pytest.mark.parametrize(
    "text",
    casings(
        "Quick notes from the call with the woman from Cobalt Yards. She's an estimator there, "
        "her name is Ines Varga, she was a framer at Redline Builders for ten years. She said "
        "learn Bluebeam.",
    ),
)
def test_a_past_employer_loses_to_where_the_recap_placed_them_before_the_name(text: str) -> None:
    # both answers read "she was a framer at Redline Builders"; the recap said where she is
    # ("the woman from Cobalt Yards") before it named her
    assert contact_of(text)[2] == "cobalt yards"


@pytest.mark.parametrize(
    "text",
    casings(
        "Um, Wren Castillo. Epidemiologist at the Pima County Health Department. No wait, "
        "she's a biostatistician, she corrected me. Trained at Tulane, then came home. She "
        "said learn R.",
        mixed=False,
    ),
)
def test_a_correction_of_the_title_does_not_move_the_company_to_her_school(text: str) -> None:
    # the correction takes back the title; "Trained at Tulane" is where she studied
    assert contact_of(text)[2] == "pima county health department"


@pytest.mark.parametrize(
    ("sentence", "company", "past"),
    [
        ("She was a nurse at Seton General for ten years.", "Seton General", True),
        ("He did a masters at Iowa State and then joined the Kernels.", "Iowa State", True),
        (
            "She was a nurse at Seton General, now she's a manager at Seton General.",
            "Seton General",
            False,
        ),
        ("The speakers were Leticia Flores from Cloudflare and two others.", "Cloudflare", False),
        ("She is a data engineer at Lumen Grid.", "Lumen Grid", False),
        ("She is a data engineer at Lumen Grid.", "Acme", False),
    ],
)
def test_past_only(sentence: str, company: str, past: bool) -> None:
    # a past cue a few words before every mention; "were <Name>" tells the call, not a past
    assert past_only(load_nlp()(sentence), company) is past


@pytest.mark.parametrize(
    "text",
    casings(
        "so the director of the Fenwick County Library System, Odalys Prieto, she called me "
        "back and we talked about archives jobs. She said learn metadata standards.",
        lower_fails=True,
        mixed=False,
    ),
)
def test_the_organisation_inside_the_kept_title_is_the_company(text: str) -> None:
    # the model's title "director of the Fenwick County Library System" held the company
    assert contact_of(text) == ("odalys prieto", "director", "fenwick county library system")


@pytest.mark.parametrize(
    ("title", "kept"),
    [
        ("head of Cobalt Yards", "head of Cobalt Yards"),  # "Cobalt Yards' estimating team"
        ("head of estimating at Cobalt Yards", "head of estimating"),
    ],
)
def test_org_in_title_keeps_a_title_read_up_to_its_owner(title: str, kept: str) -> None:
    doc = load_nlp()(
        "Talked with the head of Cobalt Yards' estimating team, Ines Varga. Cobalt Yards "
        "builds timber frames. She said head of estimating at Cobalt Yards is a busy job."
    )
    assert org_in_title(doc, title, list(doc.spans.get("debrief_roles", []))) == (
        kept,
        "Cobalt Yards",
    )


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        (
            "Hm. Well that was... a lot. DHL's regional safety director, Ignatius Obuya, gave "
            "me twenty minutes. He said get the CDS certificate.",
            "DHL",
        ),
        # a person owns the description: no organisation
        ("My cousin's old boss, Ignatius Obuya, gave me twenty minutes.", None),
        # a verb between the owner and the name: not a description of them
        (
            "DHL's drivers said I should call Ignatius Obuya, so I did. He gave me twenty minutes.",
            None,
        ),
    ],
)
def test_owner_before_a_name_the_model_found(text: str, owner: str | None) -> None:
    # the rules read this shape only after a name of their own; the combination reads it
    # after the model's
    assert owner_before(load_nlp()(text), "Ignatius Obuya") == owner


_POSTER = (
    "Talked with Ilsabet Norgaard from the Saltmarsh Land Trust, she's the stewardship lead. "
    "She had seen my poster at the conference. She said learn QGIS."
)


@pytest.mark.parametrize(
    ("text", "company", "common"),
    [
        (_POSTER, "conference", True),  # an occasion, not an organisation
        (_POSTER, "hospital potluck", True),
        (_POSTER, "county planning office", False),  # a lower-case unit ends on a head word
        (_POSTER, "Saltmarsh Land Trust", False),
        (_POSTER.lower(), "conference", False),  # a lower-case recap writes names so too
    ],
)
def test_common_noun(text: str, company: str, common: bool) -> None:
    # a rules' company of lower-case common nouns in a cased recap loses to the model's name
    assert common_noun(load_nlp()(text), company) is common


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "So, Acme's, sorry, not Acme, Kestrel Marine's dive safety officer, Annelie Voss. "
            "Forty minutes. She was a commercial diver for years. She said get the HSE ticket.",
            ("annelie voss", "kestrel marine"),
        ),
        (
            "new week new calls. so this one was acme, no sorry, it was Brindle Robotics, "
            "Tomasz Okafor's team, he's the test lead there. He said learn Python.",
            ("tomasz okafor", "brindle robotics"),
        ),
    ],
)
def test_an_organisation_kept_as_the_name_gives_way_to_the_person_named_after(
    text: str, expected: tuple[str, str]
) -> None:
    # the name kept ends on a possessive or an organisation head word: it is the company,
    # and the person the model marks after it is the contact (cased forms only: as typed)
    name, _title, company = contact_of(text)
    assert (name, company) == expected
