"""The contact's name (and title), settled last: once the rules and the roles model are
combined and the company checked, the name is finished from how the recap says it.

First a city or hotel taken for the name or company is dropped ("Little Rock.", "Sioux Falls
hotel", `contact_place`). Then eight rules, in order, each from its own module: the person's
side of a typed note's dashed heading ("Riverbend Lodge — Gwen (F&B Director)",
`contact_heading`), where no name was found, one said only late ("Oh, her name is Celeste
Beaulieu", `contact_late`), a name said in two parts ("Jasmine, uh, Whitfield-Nakamura",
`contact_parts`), a surname said after a form of address with the given name said apart ("Ms.
Fuentes, Marisol", `contact_address`), the fullest form said of it ("Dr. Okafor today, Nkechi
Okafor", `contact_fullname`), the name a correction right after it gives ("Big Mike, well
Michael Oyelaran", `contact_corrected`), a word run into the name's front with no stop or
comma ("Debris Omar Farok", "Bernie Bernadette Walsh", `contact_runin`), a lower-case
one-breath opening ("ok recap corinne blackwood ames shes a ...", `contact_opening`), and a
title run into a lower-case name with no comma ("haruto sato operations pm",
`contact_lower_name`); then a rank still opening the name and a form of address said after
it are dropped ("Major Luis Reyes", "Kenji Watanabe-san": `contact_rank.rank_dropped`,
`contact_suffix`); then the title loses what speech put
into it (`roles_title.spoken_title`). Last, with the name known, a company said beside it where
none was found ("dmitri volkov from vantreo", `company_placed`), and the organisation said after
the title over another word ("product manager for 3D vision at Ruegg Vision", not "3D",
`company_titled`), and where there is still none, a lower-case name said after the title's
described organisation ("at a small arts nonprofit, open pathways in Baltimore",
`company_lowdescribed`), and last an organisation said before the name ("Wynn's Li Wei Chen",
"The call with Kowalski Machine was fun. Teresa Kowalski, ...", `company_before`), over a
company said only after the name, the organisation of an opening "the guy from X, ... Name" or
"the director at X, ... Name" (`company_opening`), and where there is still none, one named
after the name in a frame of its own ("the practice is called X", "Company is X", "at a
family-owned bakery, X", `company_named`); a company taken back or left ("at Acme, no, sorry,
Better", "former X, now at Y", `company_corrected`); last, a company heard with a division, an
office or a city glued on is the short form the recap says again alone ("AWS Public Sector",
"Spotify and Stockholm", `company_repeated`). Between those two, a company every mention of
which makes it another person's or the past gives way to the organisation the recap places the
contact at now ("a referral from Miriam at Hillel ... Yosef is the associate at JFS",
`company_evidence`), and where every place of the company is still against the contact (the
speaker's way to them, advice, a stage of their path, another person's), the organisation
the whole recap ties to them ("I found her through the SLA ... Hollis & Grant hired her",
`company_tied`); a person kept as the company ("Deepa from Tandem Health", "Dawit's old
boss", the contact's own name) gives way to the organisation the recap ties to the contact,
or to none (`company_person`; read again after the topic rules, which may bring a person
back). Last, the organisation the recap opens on as the call's topic fills an empty company
(`company_topic`) and wins over a kept one first said after it (`company_topic_first`:
"the Acme Tools call. So, Director of Plant Quality, ..."), and in a lower-case recap the
organisation a verb of working or the kept title ties to the contact wins over a kept one
nothing ties ("she works at valley county hospital", `company_lowtied`); where still none was
kept, the tail of an owner's or founder's title run on into the organisation ("owner of
brightline ovens", `company_unfilled`). They sit here, not in
`roles_combine.combine`, so that the combination reads as one step per field.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from debrief.extract.company_before import company_before
from debrief.extract.company_civic import civic_company
from debrief.extract.company_corrected import corrected_company
from debrief.extract.company_evidence import evidenced_company
from debrief.extract.company_lowdescribed import described_lower
from debrief.extract.company_lowtied import lower_tied
from debrief.extract.company_named import named_company
from debrief.extract.company_opening import opening_company
from debrief.extract.company_person import unpersoned_company
from debrief.extract.company_placed import placed_company
from debrief.extract.company_repeated import repeated_shorter
from debrief.extract.company_spoken_after import spoken_after_title
from debrief.extract.company_tied import tied_company
from debrief.extract.company_titled import titled_company
from debrief.extract.company_topic import topic_company
from debrief.extract.company_topic_first import topic_first
from debrief.extract.company_unfilled import unfilled_company
from debrief.extract.company_word import employer_checked
from debrief.extract.contact_address import given_and_surname
from debrief.extract.contact_corrected import corrected_name
from debrief.extract.contact_fullname import fullest_name
from debrief.extract.contact_heading import heading_name
from debrief.extract.contact_late import late_named
from debrief.extract.contact_lower_name import title_off_name
from debrief.extract.contact_lowrun import lower_named
from debrief.extract.contact_opening import opening_contact
from debrief.extract.contact_parts import two_part_name
from debrief.extract.contact_place import place_dropped
from debrief.extract.contact_rank import rank_dropped, rank_only
from debrief.extract.contact_runin import runin_dropped
from debrief.extract.contact_suffix import suffix_dropped
from debrief.extract.roles_title import spoken_title
from debrief.models import Contact


def settled_name(doc: Doc, contact: Contact, companies: list[str]) -> Contact:
    """``contact`` with its name (and a title said with it) as fully and cleanly as the recap
    says it, and where it has no company, the organisation said beside the name;
    ``companies`` are the organisations the rules found (not taken as a name)."""
    contact = rank_only(doc, contact)  # "Master Sgt. Alvarez": a rank is not the name
    contact = place_dropped(doc, contact)  # "Little Rock.", "Sioux Falls hotel": no person
    contact = heading_name(doc, contact)  # "Riverbend Lodge — Gwen (F&B Director)"
    contact = late_named(doc, contact)  # "Oh, her name is Celeste ...": named only late
    named = two_part_name(doc, contact.name)
    named = given_and_surname(doc, named)  # "Ms. Fuentes, Marisol", "Mr. Haddad ... Samir."
    contact = replace(contact, name=fullest_name(doc, named, companies))
    # "Big Mike, well Michael Oyelaran", "call her Dee, full name Deandra Holloway"
    contact = replace(contact, name=corrected_name(doc, contact.name))
    # "Debris Omar Farok" (Whisper's "Debrief. Omar Farouk."), "Bernie Bernadette Walsh"
    contact = runin_dropped(contact)
    contact = opening_contact(doc, contact)
    # after the opening rule, which may take a title word into a three-word name
    contact = title_off_name(doc, contact)
    # "ok fatima", "bao" of "bao nguyen he ...", "darnell yellowhorse owner of ...": a
    # lower-case name as the whole recap says it (contact_lowrun)
    contact = lower_named(doc, contact)
    # "Major Luis Reyes", "Sergeant Major Tuilagi": the name is filed without the rank, after
    # the fullest form, which may say it with the rank again (contact_rank)
    contact = rank_dropped(contact)
    contact = suffix_dropped(contact)  # "Kenji Watanabe-san", "Rahul Bhatnagar ji"
    # "senior, um", "Jesus Security Engineer" (tiny.en's "she's a"): speech's words dropped
    contact = replace(contact, title=spoken_title(contact.title))
    # with the name settled, the organisation said beside it where none was found
    contact = placed_company(doc, contact)
    # "product manager for 3D vision at Ruegg Vision": the organisation after the title
    contact = titled_company(doc, contact)
    # "program coordinator with Dane County Parks": a public employer the taggers read as a place
    contact = civic_company(doc, contact)
    # "at a small arts nonprofit, open pathways in ...": a lower-case name after a description
    contact = described_lower(doc, contact)
    # a transcript's "at point north physical therapy", "director. At the Westvale ...": the
    # organisation after the title in lower case or past Whisper's full stop
    contact = spoken_after_title(doc, contact)
    # "Wynn's Li Wei Chen", "The call with Kowalski Machine ...": said before the name
    contact = company_before(doc, contact)
    # "the guy from the CDC foundation, ah, Rahul Iyer": the organisation the recap opens on
    contact = opening_company(doc, contact)
    # "the practice is called X", "Chioma? From Waypoint.": named after the name, not read
    contact = named_company(doc, contact)
    # "X, no, sorry, Y", "former X ... now at Y": the company where the contact is now
    contact = corrected_company(doc, contact)
    # "Miriam at Hillel ... Yosef is the associate at JFS": someone else's or the past gives way
    contact = evidenced_company(doc, contact)
    # "I found her through the SLA ... Hollis & Grant hired her": the organisation tied to them
    contact = tied_company(doc, contact)
    # "Deepa from Tandem Health", "Dawit's old boss": a person kept as the company gives way
    contact = unpersoned_company(doc, contact)
    # "at Spotify and Stockholm ... joined Spotify": the form the recap says again on its own
    contact = repeated_shorter(doc, contact)
    # "ok this one was Hudl.", "Classwise - Name (...)": the organisation the recap opens on
    contact = topic_company(doc, contact)
    # "this was the Acme call. So, Director of Plant Quality": the topic over a later word
    contact = topic_first(doc, contact)
    # "Called Colonel Briggs, um, Angela": a topic that is a person gives way too
    contact = unpersoned_company(doc, contact)
    # "she works at valley county hospital": in a lower-case recap, the tied organisation
    contact = lower_tied(doc, contact)
    # "anouk de vries, owner of brightline ovens": where none was kept, the title's "of" tail
    contact = unfilled_company(doc, contact)
    # "Fort Bragg", "the LinkedIn group", "PMP": a word that employs no one (company_word)
    return employer_checked(doc, contact)
