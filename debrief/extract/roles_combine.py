"""How the roles model's answer and the rules' are combined into one, field by field
(:func:`combine`, under the policy :data:`DEFAULT_POLICY`); run by
:class:`debrief.extract.roles.RolesTagger` after the model has tagged the recap."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from spacy.tokens import Doc, Span

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
from debrief.extract.company_subject import subject_company
from debrief.extract.company_topic import topic_company
from debrief.extract.company_trailed import trailed_on
from debrief.extract.contact_beside import named_beside
from debrief.extract.contact_fullname import first_name_filed_as_company
from debrief.extract.contact_holder import (
    go_between_relation,
    person_shaped,
    title_holder,
    unnamed_contact,
)
from debrief.extract.contact_nameless import named_by_title
from debrief.extract.contact_orgname import org_kept
from debrief.extract.contact_plausible import org_filed_as_name, swapped, unfiled_name
from debrief.extract.contact_settle import settled_name
from debrief.extract.contact_title_first import title_before_org
from debrief.extract.contact_unperson import person_for_unperson
from debrief.extract.contact_who import talked_with
from debrief.extract.contact_worded import initialled
from debrief.extract.orgs import merge_names
from debrief.extract.roles_company import (
    addressed_person,
    company_policy,
    model_org_rejected,
    org_like,
    past_only,
    possessive_of,
    restated,
    unheaded,
)
from debrief.extract.roles_company_near import (
    freed_org,
    named_org,
    opening_org,
    org_in_title,
    owner_before,
    titled_org,
)
from debrief.extract.roles_name import completes, fuller, not_a_name, person_like, unaddressed
from debrief.extract.roles_people import introducer, people_keys, same_person
from debrief.extract.roles_spans import SPANS_KEY, Roles
from debrief.extract.roles_title import (
    appositive_name,
    labelled_org,
    past_title,
    said_on,
    title_like,
    unit_said_on,
)
from debrief.extract.roles_who import no_person_kept, not_the_contact, past_introducer
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
from debrief.models import Contact, Person
from debrief.names import company_key, part_of_name, person_key

#: How the model and the rules are combined (see :func:`combine`); chosen on the held-out
#: files 06-09 by scripts/roles_eval.py, the company since pipeline 1.15 on the new authors'
#: files (recaps-d/e, 200 recaps, model trained without them): rules, else model 0.63 ->
#: checked 0.73 (the shipped 1.14 model: 0.61 -> 0.67), spoken held-out 0.66 -> 0.68; the
#: rules' company stands where the model marks it too, else the model's.
#: Held-out 06-09 (400 recaps), rules -> this: name 0.96 -> 0.97, title 0.83 -> 0.90, company
#: 0.79 -> 0.81, companies F1 0.78 -> 0.82. People stay the rules': keeping only those the
#: model marks too (or rules referrals) gave held-out people F1 0.76 -> 0.81 (precision 0.64 ->
#: 1.00, recall 0.92 -> 0.68) but dropped the shapes the rules were fixed for on outside
#: authors' recaps ("X connected us", "Mr. Okafor", names in a list; tests/test_extract_people*).
#: Companies stay the rules' too: keeping only those the model also marks raised held-out
#: precision (0.73 -> 0.87) but cut recall (0.83 -> 0.77) and dev F1 (0.98 -> 0.94), and a
#: company missing from a call is a call that "search by company" cannot find.
#: Pipeline 1.17: the name is `checked` too (the rules' name where the model marks it or has
#: none, else the model's). Measured with scripts/roles_eval.py after the 1.17 rules: f+g
#: (dev data) name 0.88 -> 0.88, spoken held-out 0.69 -> 0.69, dev 1.00 -> 1.00, held-out
#: 06-09 (the model saw them) 0.98 -> 0.99 and people F1 0.74 -> 0.77; h+i (scored in the
#: same run, so not blind to this choice) 0.86 -> 0.91, people 0.77 -> 0.81.
#: Pipeline 1.20, the company: ``sure:0.9`` (``roles_company.company_policy``: the rules'
#: where they read it in the contact's introduction, unless the model's is theirs read on; else the
#: model's where the beam gives its span >= 0.9; else ``checked``) and a model "company"
#: that is a form of address and a name vetoed (``company_veto``). Measured with
#: scripts/roles_eval.py against 1.19's ``checked``: t+u (untouched) 0.741 -> 0.766, p+q
#: 0.692 -> 0.727, r+s 0.772 -> 0.797, n+o and dev unchanged, spoken held-out 0.677 -> 0.645
#: (2 of 62; docs/extraction-history.md, "Contact, pipeline 1.20: how sure each side is").
#: Pipeline 1.21 (the model retrained on a..o): the rules' company where they read a spoken
#: correction, the possessive's owner, the organisation before a site the model took ("X, Y
#: campus"), the model's said right after a name; the rules' title where theirs says the model's on
#: (``title_checks``). t+u 0.897 / 0.922 / 0.803, p+q 0.881 / 0.847 / 0.766, dev title 0.978
#: (docs/extraction-history.md, "Contact, pipeline 1.21").
DEFAULT_POLICY: dict[str, str] = {
    "name": "checked",
    "title": "checked",
    "company": "sure:0.9",
    "company_veto": "person",
    "title_checks": "longer",
    "people": "rules",
    "relation": "rules",
    "companies": "rules",
}


_NOT_ORGS = {"REFERRAL", "MENTIONED", "CONTACT_NAME", "CONTACT_TITLE"}


def _agrees(value: str | None, spans: list[Span], key: Any) -> bool:
    """Whether the model marks ``value`` too: the same text, or a longer span that holds it
    (the rules trim on purpose: "a welder and a dad of three" gives the title "welder")."""
    if value is None:
        return False
    k = key(value)
    return any(key(s.text) == k or f" {k} " in f" {key(s.text)} " for s in spans)


def _field(
    how: str, rule: str | None, model: str | None, spans: list[Span], key: Any
) -> str | None:
    if how == "rules":
        return rule
    if how == "model":
        return model
    if how == "rules_else_model":
        return rule if rule is not None else model
    if how == "model_else_rules":
        return model if model is not None else rule
    if how == "checked":
        # the rules' answer stands when the model marks it too (anywhere) or has nothing
        if rule is None or model is None or _agrees(rule, spans, key):
            return rule if rule is not None else model
        return model
    raise ValueError(f"unknown policy {how!r}")


def combine(
    doc: Doc,
    rules: Roles,
    model: Roles,
    policy: dict[str, str],
    rejected: Callable[[Span], bool] | None = None,
    org_prob: Callable[[], float | None] | None = None,
) -> Roles:
    """One answer from the rules' and the model's. ``policy`` maps each of name, title,
    company to rules / model / rules_else_model / model_else_rules / checked; the company
    also to the policies of :func:`~debrief.extract.roles_company.company_policy`, and
    ``company_veto`` to ``none``, ``person`` (``roles_company.addressed_person``) or
    ``rules`` (``rejected``, the rules' own check that a span is no organisation): a model
    company so vetoed is not taken. ``org_prob`` gives the beam's probability of the model's
    company span (asked only where the answers differ). People and companies to rules /
    model / union / intersection / veto (the rules' less what the model labels as something
    else), people also to intersection_or_referral; relation to rules / model."""
    spans = list(doc.spans[SPANS_KEY]) if SPANS_KEY in doc.spans else []

    def of(label: str) -> list[Span]:
        return [s for s in spans if s.label_ == label]

    # "Notes on Beatriz Almeida, ..., Coursera": the rules' name and company the other way
    # round are put right before they are weighed against the model's (contact_plausible)
    turned = swapped(rules.contact, spans)
    if turned != rules.contact and model.contact.title:
        # the rules read their title after the organisation they took for the name ("She
        # started as a teacher"): the model's, read beside the right name, is theirs
        turned = replace(turned, title=model.contact.title)
    # "Beatriz Almeida from Coursera, ...": no name, and the name filed as the company
    unfiled = unfiled_name(turned, of("CONTACT_NAME"), None, of("CONTACT_ORG"))
    rules = replace(rules, contact=unfiled)
    model_name = model.contact.name
    if model_name is not None and not person_like(of("CONTACT_NAME")):
        model_name = None
    if model_name is not None and not_a_name(doc, model_name, of("CONTACT_NAME"), rules):
        model_name = None
    if not_the_contact(doc, model_name, rules.contact, rules.people, spans):
        model_name = None  # a referral ("reach out to Priya Raman"), the contact's partner
    model_company = unheaded(model.contact.company)
    if possessive_of(rules.contact.company, model_company):
        model_company = rules.contact.company  # "Harlow's Denver office": the owner
    # a rules' "name" that is an organisation ("the Twins") is no reason to drop the model's
    rule_names = [n for n in (rules.contact.name,) if not named_org(doc, n)]
    # a transcript's "Urban Institute DC": the model's is no cut-off form (company_trailed)
    trailed = trailed_on(doc, rules.contact.company, model_company)
    if not trailed and (
        restated(doc, rules.contact.company, of("CONTACT_ORG"))
        or not org_like(model_company, rules.contact.company, [*rule_names, model.contact.name])
    ):
        model_company = None
    veto = {"person": addressed_person, "rules": rejected}.get(policy.get("company_veto", ""))
    if (
        model_company
        and veto is not None
        and model.contact.company
        and model_org_rejected(model.contact.company, spans, veto)
    ):
        model_company = None
    company_how = company_policy(
        doc,
        policy["company"],
        rules.contact.name,
        rules.contact.company,
        model_company,
        org_prob,
        of("CONTACT_ORG"),
        (rules.contact.name, model.contact.name),
    )
    name = _field(policy["name"], rules.contact.name, model_name, of("CONTACT_NAME"), person_key)
    rule_name = rules.contact.name
    if name and name == model_name and rule_name and completes(model_name, rule_name):
        name = rule_name  # "Sunniva Haugland" (rules) over the model's "Sunniva"
    if name and model_name and policy["name"] == "checked" and completes(name, model_name):
        name = model_name  # "tyler" -> "tyler brennan": the rules stopped at a mis-tagged word
    if name and policy["name"] == "checked":
        name = fuller(name, of("CONTACT_NAME")) or unaddressed(name)
    if name is None and policy["name"] == "checked":
        name = appositive_name(of("CONTACT_TITLE"))
    if policy["name"] == "checked":
        # "Kalinda's friend, Ingrid ...": who introduced the speaker is not the contact
        met = past_introducer(doc, name, of("CONTACT_NAME"))
        name = unaddressed(met) if met else name
    model_title = (
        model.contact.title
        if not restated(doc, rules.contact.title, of("CONTACT_TITLE"))
        and title_like(model.contact.title, of("CONTACT_TITLE"))
        else None
    )
    extra = policy.get("title_checks", "").split("+")
    if "longer" in extra and said_on(rules.contact.title, model_title):
        model_title = rules.contact.title  # "operations manager for surgical services"
    if unit_said_on(rules.contact.title, model_title):
        rules = replace(rules, contact=replace(rules.contact, title=model_title))  # "director of"
    if labelled_org(rules.contact.title, of("CONTACT_ORG")):
        model_title = rules.contact.title  # "Felicity Osterberg, Proposal Manager, Ironvale"
    if "past" in extra and rules.contact.title is None and past_title(model_title, spans):
        model_title = None  # "he was a backend engineer for like five years"
    contact = Contact(
        name=name,
        title=_field(
            policy["title"],
            rules.contact.title,
            model_title,
            of("CONTACT_TITLE"),
            lambda s: (s or "").lower().strip(),
        ),
        company=_field(
            company_how,
            rules.contact.company,
            model_company,
            of("CONTACT_ORG"),
            company_key,
        ),
    )
    # "a recruiter at Trellis ... Her name's <Name>, senior talent partner": of the candidates,
    # a job said now beside the name over a loose, past or wordless one (title_choice)
    kept = title_weighed(doc, contact.title, rules.contact.title, spans, contact.name)
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
    contact = unfiled_name(contact, of("CONTACT_NAME"), model_company)
    contact = first_name_filed_as_company(doc, contact)  # "Heather, didn't catch her last name"
    if contact.title is None:
        # "talked with the operations lead at Wren, the app company, Priscila Gonçalves"
        contact = replace(contact, title=title_before_org(doc, contact.name))
    # "Halden Robotics, Lena Vogt's team", "Halvard Marine's safety manager, Björn Eriksson":
    # the organisation kept as the name is the company, the model's person the name
    contact = org_filed_as_name(contact, of("CONTACT_NAME"))
    kept = no_person_kept(contact.name, of("CONTACT_NAME")) if policy["name"] == "checked" else None
    if kept:
        contact = replace(contact, name=unaddressed(kept))  # "Call with Kowalski Machine. ..."
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
    contact = org_checked(doc, contact, [model_company, rules.contact.company], spans)
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
    # "Sentrix" kept as the name, the model's company: the organisation is the company
    contact = name_as_company(doc, contact, model.contact.company, spans, rules.people)
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
    # "the call with Tariq from <Org> it's a tribal and community clinic network in Arizona
    # he's their research coordinator": a kept phrase with no title word gives way to a title
    # said in a sentence of the contact's own or beside their name (title_wordless)
    contact = wordless_reread(doc, contact, spans)
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
    contact = owner_title(doc, contact)  # "Pete owns Northpoint Controls" (title_owner)
    # "Corvane Systems - 3rd Dec", "CSM - Catapult Sports": a heading's dash fields cut off
    contact = replace(contact, company=company_of_place(doc, dashed_company(doc, contact.company)))
    # "Assoc. Director, Scientific Affairs, Harrow-Lyle Diagnostics": the department said
    # between the title and the organisation goes with the title (company_department)
    title, company = department_company(doc, contact.company, contact.title)
    contact = replace(contact, title=title, company=company)
    # "w/ Mr. Omar Hadid, Data Platform Lead, Pelicanly" ending its line: no company was read,
    # the organisation listed after the title is it (company_line)
    contact = listed_company(doc, contact)
    # "the commissioner of the greater Buckeye conference": a name ending on a lower-case
    # head, or split by a possessive, said after the title (company_headrun)
    contact = replace(contact, company=contact.company or headed_run(doc, contact))
    # "recap of the Edelman call. Jun Takahashi, ...": no rule read a company, the first
    # organisation said in the opening or the contact's own sentence is it (company_mentioned)
    contact = mentioned_company(
        doc, contact, spans, [p.name for p in (*rules.people, *model.people)]
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
    contact = lower_headed(doc, contact)
    ckeys = {person_key(contact.name)} if contact.name else set()
    rp = {person_key(p.name): p for p in rules.people}
    mp = {person_key(p.name): p for p in model.people}
    keys = people_keys(policy["people"], rp, mp, spans)
    people = []
    # the contact's company as combined here, where it is not the rules' own: the rules'
    # people were checked against theirs, not this one ("a nonprofit in Chicago. called
    # Harmony Bridge": no person). Not a one-word company: a first name alone ("and a support
    # person, Bea") taken as the company is the company gone wrong, not the person
    own = company_key(contact.company) if contact.company else None
    if own == company_key(rules.contact.company or "") or len((own or "").split()) < 2:
        own = None
    for k in keys:
        if k in ckeys or any(same_person(k, c) for c in ckeys):
            continue
        if own and company_key((rp.get(k) or mp[k]).name) == own:
            continue
        p = rp.get(k) or mp[k]
        if policy["relation"] == "model" and k in mp:
            p = replace(p, relation=mp[k].relation)
        people.append(p)
    # the go-between the name kept was, before the contact was settled (contact_holder)
    went = went if went and person_shaped(went) else None  # "hygienists": no person
    for who in (introducer(doc, rules.contact.name, contact.name), went, handed):
        if who and not any(same_person(person_key(who), person_key(p.name)) for p in people):
            how = go_between_relation(doc, who, contact.name) if who == handed else "mentioned"
            people.insert(0, Person(name=who, relation=how))
    how = policy["companies"]
    rk = {company_key(c): c for c in rules.companies}
    mk = {company_key(c): c for c in model.companies}
    if how == "rules":
        companies = list(rules.companies)
    elif how == "model":
        companies = list(model.companies)
    elif how == "union":
        companies = list(rules.companies) + [c for k, c in mk.items() if k not in rk]
    elif how == "intersection":
        companies = [c for k, c in rk.items() if k in mk]
    elif how == "veto":
        # the rules' organisations, less those the model marks as a person or a job title
        not_orgs = {company_key(s.text) for s in spans if s.label_ in _NOT_ORGS}
        companies = [c for k, c in rk.items() if k not in not_orgs or k in mk]
    else:
        raise ValueError(f"unknown policy {how!r}")
    pkeys = {person_key(p.name) for p in people} | ckeys | ({person_key(glued)} if glued else set())
    # the run-on "Legal Aid Noor Haddad" is filed as the organisation it starts with
    companies = [name_run_on(c, contact.name) or c for c in companies if person_key(c) not in pkeys]
    return Roles(contact, people, merge_names(companies, contact.company))
