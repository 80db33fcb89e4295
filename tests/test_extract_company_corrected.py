"""The contact's company where the recap corrects it or says the contact has moved on
(company_corrected.py; the kind was counted on recaps n..s, v..ae, "company22" and
"company23": "X, or, sorry, it's just Y now", "X? No, Y", "he left X, he's at Y now",
"former X ... now she's at a firm called Y").

The rule is run on real spaCy docs of the whole pipeline with the company an earlier rule
could hand over, and end to end through ``extract``. Every sentence here is written for this
file; none is copied from a labelled corpus.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from debrief.extract.company_corrected import corrected_company
from debrief.models import Contact
from debrief.names import company_key

_WHEN = datetime(2026, 12, 9, 17, 0)


def _corrected(text: str, name: str, company: str) -> str:
    from debrief.extract.pipeline import extract_doc

    doc = extract_doc(text, _WHEN)
    contact = Contact(name=name, title=None, company=company)
    return company_key(corrected_company(doc, contact).company)


@pytest.mark.parametrize(
    ("text", "name", "found", "company"),
    [
        pytest.param(
            # a slip put right at once, the new name said after "it's"
            "Spoke with Lionel Baptiste, an underwriter at Lakeshore Mutual, no, sorry, he "
            "said it's Harborview Insurance since the merger. He was upbeat.",
            "Lionel Baptiste",
            "Lakeshore Mutual",
            "Harborview Insurance",
            id="slip-put-right-at-once",
        ),
        pytest.param(
            # the correction opens the next sentence, after a question
            "Quick call with Nadia Ferrante from Pinecrest Analytics, the one with the owl "
            "logo? No, Pinegrove Analytics, I mix those two up every time. She runs QA.",
            "Nadia Ferrante",
            "Pinecrest Analytics",
            "Pinegrove Analytics",
            id="correction-opens-next-sentence",
        ),
        pytest.param(
            # a move said as a correction: the firm left is said again, then the new one
            "Talked to Oskar Lindqvist, a network engineer at Vantor Systems, no, wait, he "
            "left Vantor Systems, he's at Copperline Networks now. Nice guy.",
            "Oskar Lindqvist",
            "Vantor Systems",
            "Copperline Networks",
            id="left-then-at-now",
        ),
        pytest.param(
            # a past employer marked "former", then "now" and a firm named with "called"
            "so I met someone from Halvard Health, well, former Halvard Health, she was laid "
            "off in spring and now she's at a tiny consultancy called Brightwater Partners, "
            "her name is Giulia Marchetti.",
            "Giulia Marchetti",
            "Halvard Health",
            "Brightwater Partners",
            id="former-then-now-called",
        ),
    ],
)
def test_the_company_is_where_the_contact_is_now(
    text: str, name: str, found: str, company: str
) -> None:
    assert _corrected(text, name, found) == company_key(company)


@pytest.mark.parametrize(
    ("text", "name", "found"),
    [
        pytest.param(
            # "no" as a word of the sentence, not a correction: the firm named after stays
            # out
            "Met Priya Nandakumar, a buyer at Crestmoor Foods, no idea how she finds the "
            "time, Orchard Lane Farms supplies them.",
            "Priya Nandakumar",
            "Crestmoor Foods",
            id="no-as-a-determiner",
        ),
        pytest.param(
            # a past employer with no "now" after it: nothing says where the contact is
            "Call with Tomasz Wrobel at Kestrel Freight. He left Amberly Logistics in 2021 "
            "after six years with Fenwick Trucking before that.",
            "Tomasz Wrobel",
            "Kestrel Freight",
            id="past-employer-without-now",
        ),
        pytest.param(
            # a correction of something else, a place: the company stays
            "Chatted with Renée Dufresne at Solvane Energy in Houston, sorry, Dallas, she "
            "moved offices last year.",
            "Renée Dufresne",
            "Solvane Energy",
            id="correction-to-a-place",
        ),
        pytest.param(
            # a name said between the company and the correction is what it corrects
            "Call with Hugo Brandt from Ostara Labs, on the Fennick team, no, the Corvel team, "
            "he's a data engineer and he was great.",
            "Hugo Brandt",
            "Ostara Labs",
            id="a-name-between-is-corrected",
        ),
        pytest.param(
            # the correction takes back another word ("not a PM"), not the company
            "Recap: Wen Liu of Quarrystone Robotics. No, not a PM, she's the UX lead at "
            "Quarrystone Robotics, she put me right.",
            "Wen Liu",
            "Quarrystone Robotics",
            id="another-word-taken-back",
        ),
    ],
)
def test_the_company_stays_where_nothing_corrects_it(text: str, name: str, found: str) -> None:
    assert _corrected(text, name, found) == company_key(found)


def test_a_recap_with_a_move_files_the_new_firm_end_to_end() -> None:
    from debrief.extract import extract

    text = (
        "Thirty minutes with Marguerite Okonjo. She's a claims analyst at Dunmore "
        "Assurance, no, sorry, she left Dunmore Assurance, she's at Fairhaven Mutual now. "
        "She said the claims team is small and friendly. I'll send her my resume by Friday."
    )
    contact = extract(text, _WHEN).contact
    assert company_key(contact.company) == company_key("Fairhaven Mutual")
