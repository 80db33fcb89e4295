"""The contact settled after it is weighed between the rules and the roles model: the second
half of :func:`debrief.extract.roles_combine.combine`.

Each step reads the contact as the steps before it left it, and the
:class:`~debrief.extract.roles_weigh.Sides` (the recap, the model's spans, both answers),
and decides, in this order: the title and company kept (:func:`title_and_company_kept`), an
organisation kept as the name (:func:`org_name_kept`), where the contact works
(:func:`company_placed`), who the contact is (:func:`person_settled`, which also gives the
go-betweens the name passed over, :class:`GoBetweens`), the title said around them
(:func:`title_settled`), and the company said around them (:func:`company_settled`). The
order is the rules' order of old; each rule's own module says why it is where it is."""

from __future__ import annotations

from dataclasses import dataclass, replace

from debrief.extract.company_after import company_checked
from debrief.extract.company_asname import name_as_company
from debrief.extract.company_dashed import dashed_company
from debrief.extract.company_department import department_company
from debrief.extract.company_heading import dash_heading_org, name_run_on
from debrief.extract.company_headrun import headed_run
from debrief.extract.company_kind import org_checked
from debrief.extract.company_line import listed_company
from debrief.extract.company_lowbrand import lower_brand
from debrief.extract.company_lowheaded import lower_headed
from debrief.extract.company_mentioned import mentioned_company
from debrief.extract.company_of import company_of_place
from debrief.extract.company_place import unplaced_company
from debrief.extract.company_relisted import relisted_company
from debrief.extract.company_subject import subject_company
from debrief.extract.company_topic import topic_company
from debrief.extract.contact_beside import named_beside
from debrief.extract.contact_fullname import first_name_filed_as_company
from debrief.extract.contact_holder import title_holder, unnamed_contact
from debrief.extract.contact_nameless import named_by_title
from debrief.extract.contact_orgname import org_kept
from debrief.extract.contact_plausible import org_filed_as_name, unfiled_name
from debrief.extract.contact_settle import settled_name
from debrief.extract.contact_title_first import title_before_org
from debrief.extract.contact_unperson import person_for_unperson
from debrief.extract.contact_who import talked_with
from debrief.extract.contact_worded import initialled
from debrief.extract.roles_company import past_only
from debrief.extract.roles_company_near import (
    freed_org,
    opening_org,
    org_in_title,
    owner_before,
    titled_org,
)
from debrief.extract.roles_name import unaddressed
from debrief.extract.roles_restated import restated_contact
from debrief.extract.roles_weigh import Sides
from debrief.extract.roles_who import no_person_kept
from debrief.extract.title_beside import titled_beside
from debrief.extract.title_choice import title_weighed
from debrief.extract.title_corrected import title_corrected
from debrief.extract.title_front import said_in_front
from debrief.extract.title_heading import heading_title
from debrief.extract.title_later import title_said_later
from debrief.extract.title_named_after import title_named_after
from debrief.extract.title_owner import owner_title
from debrief.extract.title_stated import title_as_stated
from debrief.extract.title_tail import said_after
from debrief.extract.title_tied import tied_title
from debrief.extract.title_unsaid import untitled
from debrief.extract.title_wordless import wordless_reread
from debrief.models import Contact
from debrief.names import part_of_name


@dataclass(frozen=True)
class GoBetweens:
    """Names the contact's name was once and gave way from while the person was settled, read
    again when the people are filed: ``handed`` (a go-between, contact_holder), ``went`` (the
    go-between where the contact has no name) and ``glued`` (a sentence's word glued to an
    initial, no organisation either, contact_worded)."""

    handed: str | None
    went: str | None
    glued: str | None


def title_and_company_kept(sides: Sides, contact: Contact, model_company: str | None) -> Contact:
    """Of the title candidates, the one said now beside the name; a company that is part of the
    contact's name given up for the other answer; a name filed as the company moved back; a
    title said before the organisation where none was kept."""
    doc, rules, model = sides.doc, sides.rules, sides.model
    # "a recruiter at Trellis ... Her name's <Name>, senior talent partner": of the candidates,
    # a job said now beside the name over a loose, past or wordless one (title_choice)
    kept = title_weighed(doc, contact.title, rules.contact.title, sides.spans, contact.name)
    contact = replace(contact, title=kept)
    if contact.company and contact.name and part_of_name(contact.company, contact.name):
        # "Hyun-woo" of "Hyun-woo Park": the contact's own name is not where they work; the
        # other answer, if it is not the name too
        other = [
            c for c in (model.contact.company, rules.contact.company) if c and c != contact.company
        ]
        keep = [c for c in other if not part_of_name(c, contact.name)]
        contact = replace(contact, company=keep[0] if keep else None)
    # "Deepa from Tandem Health": no name, and the company is the contact's name
    contact = unfiled_name(contact, sides.of("CONTACT_NAME"), model_company)
    contact = first_name_filed_as_company(doc, contact)  # "Heather, didn't catch her last name"
    if contact.title is None:
        # "talked with the operations lead at Wren, the app company, Priscila Gonçalves"
        contact = replace(contact, title=title_before_org(doc, contact.name))
    return contact


def org_name_kept(sides: Sides, contact: Contact) -> Contact:
    """An organisation kept as the name becomes the company, the model's person the name."""
    # "Halden Robotics, Lena Vogt's team", "Halvard Marine's safety manager, Björn Eriksson":
    # the organisation kept as the name is the company, the model's person the name
    contact = org_filed_as_name(contact, sides.of("CONTACT_NAME"))
    checked = sides.policy["name"] == "checked"
    kept = no_person_kept(contact.name, sides.of("CONTACT_NAME")) if checked else None
    if kept:
        contact = replace(contact, name=unaddressed(kept))  # "Call with Kowalski Machine. ..."
    return contact


def company_placed(sides: Sides, contact: Contact, model_company: str | None) -> Contact:
    """Where the contact works, once the name is kept: an organisation freed from the name, the
    present one over a past one, a heading's, an owner's, one held in or said after the title;
    then the company checked (company_after, company_kind)."""
    doc, spans, rules, model = sides.doc, sides.spans, sides.rules, sides.model
    if contact.company is None:
        # "Call with the Twins. ... someone at the Twins: Keisha Lambert": the organisation
        # the rules took for the name, where another person is the contact
        contact = replace(contact, company=freed_org(doc, rules.contact.name, contact.name))
    if contact.company and past_only(doc, contact.company):
        # "the woman from Cobalt Yards, ... her name is Ines Varga, she was a framer at
        # Redline Builders": a company said only as their past, where the recap placed them
        # at another before naming them
        contact = replace(contact, company=opening_org(doc, contact.name, spans) or contact.company)
    # "Acme Robotics - Lena Park, ops lead": a typed heading's dash names the company
    headed = dash_heading_org(doc, [contact.name, model.contact.name])
    contact = replace(contact, company=headed or name_run_on(contact.company, contact.name))
    if contact.company is None:
        contact = replace(contact, company=owner_before(doc, contact.name))
    if contact.company is None and contact.title:
        # "the director of the Marlow County Library System, Renée Beaulieu": the kept title
        # holds the organisation
        held = org_in_title(doc, contact.title, spans)
        if held is not None:
            contact = replace(contact, title=held[0], company=held[1])
    if contact.company is None and contact.title:
        # "a paraplanner at Harbor & Pine Wealth": neither answer placed the contact, but the
        # title the combination kept is followed by an organisation
        contact = replace(contact, company=titled_org(doc, contact.title, spans))
    # a venue, the title, an office, a first name taken for the company (company_after)
    contact = company_checked(doc, contact, model.contact, rules.contact, spans)
    # a person, a common noun, the title or a tool taken for the company (company_kind)
    return org_checked(doc, contact, [model_company, rules.contact.company], spans)


def person_settled(sides: Sides, contact: Contact) -> tuple[Contact, GoBetweens]:
    """Who the contact is: the person the recap talks with, the one the title is said with
    over a go-between, no organisation or title word as the name, the name as fully said, or
    no name at all; with the names given way from on the way (:class:`GoBetweens`)."""
    doc, spans, rules = sides.doc, sides.spans, sides.rules
    # "this one was Hudl. guy named Tyler Nakamura": the person the recap talks with (contact_who)
    contact = talked_with(doc, contact, spans, rules.people)
    # "Dante Brooks ... got me on with his boss, Jasmine ..., she's VP of sales": the person
    # the title is said with, where the name kept is a go-between (contact_holder)
    handed = contact.name
    contact = title_holder(doc, contact, spans, rules.people)
    handed = handed if contact.name != handed else None
    # "Chagrin Ridge, the village": an organisation the recap says as one is
    # no name; the person the title is said with, or none (contact_orgname)
    contact = org_kept(doc, contact, spans, rules.people, rules.companies)
    # the name as fully and cleanly as it is said, the title without speech's words
    contact = settled_name(doc, contact, rules.companies)
    # "Seun — Oluwaseun Adeyemi —": the fuller form said right after restates the name
    contact = restated_contact(doc, contact)
    # "Sentrix" kept as the name, the model's company: the organisation is the company
    contact = name_as_company(doc, contact, sides.model.contact.company, spans, rules.people)
    # "a nurse manager, Winona Two Bulls": the name said beside the title kept (contact_beside)
    contact = named_beside(doc, contact)
    # "American Red Cross ... Disaster Program Manager: <Name>", "Sr. Business Analyst": a name
    # kept that is no person gives way to the person said nearest it (contact_unperson)
    unpersoned = contact.name
    contact = person_for_unperson(doc, contact, rules.people, rules.companies)
    # "I. Right" given way to the person: a sentence's word glued to an initial is no
    # organisation either (contact_worded)
    glued = (
        unpersoned if unpersoned != contact.name and unpersoned and initialled(unpersoned) else None
    )
    # "Deepa from Tandem Health, product manager": no name kept, the person said beside the
    # title filed as an organisation or among the people (contact_nameless)
    contact = named_by_title(doc, contact, rules.people, rules.companies)
    if contact.company is None:
        # the company just moved to the name ("Nordlicht, design consultancy, ..., Sipho
        # Dlamini" heard with the name as two words): the topic rule read a company there
        # then, so the organisation the recap opens on is read again (spoken44)
        contact = topic_company(doc, contact)
    # "I never caught his name, Father Tom set it up": no name; the go-between is a person
    went = contact.name
    contact = unnamed_contact(doc, contact)
    went = went if contact.name is None else None
    return contact, GoBetweens(handed=handed, went=went, glued=glued)


def title_settled(sides: Sides, contact: Contact) -> Contact:
    """The title as the recap says it around the contact: reread where it has no title word,
    said later or before the name where none was kept, a heading's, tied to the name, its
    words before and after, beside the name, unsaid, corrected, stated, an owner's."""
    doc = sides.doc
    # "the call with Tariq from <Org> it's a tribal and community clinic network in Arizona
    # he's their research coordinator": a kept phrase with no title word gives way to a title
    # said in a sentence of the contact's own or beside their name (title_wordless)
    contact = wordless_reread(doc, contact, sides.spans)
    # "the supply chain director" kept as "chain director", "country director for Nigeria at"
    # as "country director": the words of the title said before it and after (title_front,
    # title_tail)
    if contact.title is None:
        # "... Dominic Fairweather ... He's the science digital curriculum coordinator"
        contact = replace(contact, title=title_said_later(doc, contact.name))
    if contact.title is None:  # "with a CX program manager at Zappos, ... Her name is Amara"
        contact = replace(contact, title=title_named_after(doc, contact.name))
    contact = heading_title(doc, contact)  # "Marcus Bell - Dir of Pastry, Alder & Finch"
    contact = tied_title(doc, contact)  # "the AD over at Fairbrook High, Denise Albright"
    contact = said_after(doc, said_in_front(doc, contact))
    contact = titled_beside(doc, contact)  # "the co-founder is Tunde Bakare" (title_beside)
    contact = untitled(doc, contact)  # "didn't catch his title, something like X" (title_unsaid)
    contact = title_corrected(doc, contact)  # "a trainer, no sorry sales manager" (title_corrected)
    contact = title_as_stated(doc, contact)  # "flavor guru is the official title" (title_stated)
    return owner_title(doc, contact)  # "Pete owns Northpoint Controls" (title_owner)


def company_settled(sides: Sides, contact: Contact) -> Contact:
    """The company as the recap says it around the contact: a heading's dash fields cut off, a
    department given to the title, one listed after the title, one said after it on a
    lower-case head, the first one mentioned where none was read, an organisation over a
    place kept, the one the call is named by, a firm typed in lower case."""
    doc, rules, model = sides.doc, sides.rules, sides.model
    # "Corvane Systems - 3rd Dec", "CSM - Catapult Sports": a heading's dash fields cut off
    contact = replace(contact, company=company_of_place(doc, dashed_company(doc, contact.company)))
    # "Assoc. Director, Scientific Affairs, Harrow-Lyle Diagnostics": the department said
    # between the title and the organisation goes with the title (company_department)
    title, company = department_company(doc, contact.company, contact.title)
    contact = replace(contact, title=title, company=company)
    # "w/ Mr. Omar Hadid, Data Platform Lead, Pelicanly" ending its line: no company was read,
    # the organisation listed after the title is it (company_line)
    contact = listed_company(doc, contact)
    # "Mon 2 Mar - Ingrid Solberg" then "Director of Science & Policy, Scotian Shelf
    # Conservation Trust": the line listing the title names the company over one read
    # elsewhere (company_relisted)
    contact = relisted_company(doc, contact)
    # "the commissioner of the greater Buckeye conference": a name ending on a lower-case
    # head, or split by a possessive, said after the title (company_headrun)
    contact = replace(contact, company=contact.company or headed_run(doc, contact))
    # "recap of the Edelman call. Jun Takahashi, ...": no rule read a company, the first
    # organisation said in the opening or the contact's own sentence is it (company_mentioned)
    contact = mentioned_company(
        doc, contact, sides.spans, [p.name for p in (*rules.people, *model.people)]
    )
    # "territory account mgr (NE Ohio)", "Vietnamese Texan": a place or a nationality kept
    # gives way to the organisation the recap names (company_place)
    others = [rules.contact.company, model.contact.company]
    contact = replace(contact, company=unplaced_company(doc, contact.company, contact.name, others))
    # "recap of the Raytheon call. ... from Ponce": the organisation the recap names the
    # call by, where another was kept (company_subject)
    contact = subject_company(doc, contact)
    # "fatima noorzai from bridgeline, QA manager": a firm typed in lower case in a cased
    # recap, where none was kept (company_lowbrand)
    contact = lower_brand(doc, contact)
    # "HR manager at blue mesa foods", "L&D mgr, sunfield grocers": a firm typed in lower
    # case after the title or name, ending on an organisation head (company_lowheaded)
    return lower_headed(doc, contact)
