"""How the roles model's answer and the rules' are combined into one, field by field
(:func:`combine`, under the policy :data:`DEFAULT_POLICY`); run by
:class:`debrief.extract.roles.RolesTagger` after the model has tagged the recap.

The contact is decided in steps, in the order the rules run: weighed between the two answers
(``roles_weigh``: the rules' put right, the model's name and company checked, then name, title
and company by the policy) and settled from how the recap says it (``roles_settled``: the
title and company kept, where the contact works, who they are, the title and company said
around them). The people and companies are filed last, against the contact settled."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Doc, Span

from debrief.extract.company_heading import name_run_on
from debrief.extract.contact_holder import go_between_relation, person_shaped
from debrief.extract.contact_plausible import person_like
from debrief.extract.orgs import merge_names
from debrief.extract.roles_people import introducer, people_keys, same_person
from debrief.extract.roles_restated import said_as_contact
from debrief.extract.roles_settled import (
    GoBetweens,
    company_placed,
    company_settled,
    org_name_kept,
    person_settled,
    title_and_company_kept,
    title_settled,
)
from debrief.extract.roles_spans import SPANS_KEY, Roles
from debrief.extract.roles_weigh import (
    Sides,
    company_how,
    model_company_checked,
    model_name_checked,
    model_title_checked,
    name_weighed,
    rules_put_right,
    weighed_contact,
)
from debrief.models import Contact, Person
from debrief.names import company_key, person_key

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
    # weighed between the two answers (roles_weigh)
    sides = Sides(doc, spans, rules_put_right(rules, model, spans), model, policy)
    model_name = model_name_checked(sides)
    model_company = model_company_checked(sides, rejected)
    how_company = company_how(sides, model_company, org_prob)
    name = name_weighed(sides, model_name)
    sides, model_title = model_title_checked(sides)
    contact = weighed_contact(sides, name, model_title, model_company, how_company)
    # settled from how the recap says it (roles_settled)
    contact = title_and_company_kept(sides, contact, model_company)
    contact = org_name_kept(sides, contact)
    contact = company_placed(sides, contact, model_company)
    contact, asides = person_settled(sides, contact)
    contact = title_settled(sides, contact)
    contact = company_settled(sides, contact)
    # the people and companies, filed against the contact settled
    people = people_combined(sides, contact, asides)
    companies = companies_combined(sides, contact, people, asides.glued)
    return Roles(contact, people, merge_names(companies, contact.company))


def people_combined(sides: Sides, contact: Contact, asides: GoBetweens) -> list[Person]:
    """The people by the ``people`` policy, less the contact and anyone filed as the contact's
    company; the go-betweens the name passed over put first (contact_holder), with who
    introduced the speaker."""
    doc, rules, model, policy = sides.doc, sides.rules, sides.model, sides.policy
    ckeys = {person_key(contact.name)} if contact.name else set()
    rp = {person_key(p.name): p for p in rules.people}
    mp = {person_key(p.name): p for p in model.people}
    keys = people_keys(policy["people"], rp, mp, sides.spans)
    people = []
    # the contact's company as combined here, where it is not the rules' own: the rules'
    # people were checked against theirs, not this one ("a nonprofit in Chicago. called
    # Harmony Bridge": no person). Not a one-word company: a first name alone ("and a support
    # person, Bea") taken as the company is the company gone wrong, not the person
    own = company_key(contact.company) if contact.company else None
    if own == company_key(rules.contact.company or "") or len((own or "").split()) < 2:
        own = None
    # the rules' own company given way to another (company_relisted: "Title, Organisation"
    # on the title's line) is still no person, where no census given name opens it
    theirs = company_key(rules.contact.company) if rules.contact.company else None
    if (
        not theirs
        or theirs == company_key(contact.company or "")
        or len(theirs.split()) < 2
        or person_like(rules.contact.company, min_words=1)
    ):
        theirs = None
    for k in keys:
        if k in ckeys or any(same_person(k, c) for c in ckeys):
            continue
        if said_as_contact(doc, (rp.get(k) or mp[k]).name, contact.name):
            continue  # "Big Mike, well Michael Oyelaran": the contact's other form
        if own and company_key((rp.get(k) or mp[k]).name) == own:
            continue
        if theirs and company_key((rp.get(k) or mp[k]).name) == theirs:
            continue
        p = rp.get(k) or mp[k]
        if policy["relation"] == "model" and k in mp:
            p = replace(p, relation=mp[k].relation)
        people.append(p)
    # the go-between the name kept was, before the contact was settled (contact_holder)
    # "hygienists": no person
    went = asides.went if asides.went and person_shaped(asides.went) else None
    handed = asides.handed
    for who in (introducer(doc, rules.contact.name, contact.name), went, handed):
        if who and not any(same_person(person_key(who), person_key(p.name)) for p in people):
            how = go_between_relation(doc, who, contact.name) if who == handed else "mentioned"
            people.insert(0, Person(name=who, relation=how))
    return people


def companies_combined(
    sides: Sides, contact: Contact, people: list[Person], glued: str | None
) -> list[str]:
    """The companies by the ``companies`` policy, less any filed as a person (the contact, the
    people, a word glued to an initial), a run-on of a name filed as its organisation."""
    rules, model, how = sides.rules, sides.model, sides.policy["companies"]
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
        not_orgs = {company_key(s.text) for s in sides.spans if s.label_ in _NOT_ORGS}
        companies = [c for k, c in rk.items() if k not in not_orgs or k in mk]
    else:
        raise ValueError(f"unknown policy {how!r}")
    ckeys = {person_key(contact.name)} if contact.name else set()
    pkeys = {person_key(p.name) for p in people} | ckeys | ({person_key(glued)} if glued else set())
    # the run-on "Legal Aid Noor Haddad" is filed as the organisation it starts with
    return [name_run_on(c, contact.name) or c for c in companies if person_key(c) not in pkeys]
