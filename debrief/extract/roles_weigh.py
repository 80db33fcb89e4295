"""The contact weighed between the rules' answer and the roles model's, field by field: the
first half of :func:`debrief.extract.roles_combine.combine`.

Each step reads :class:`Sides` (the recap, the model's spans, both answers, the policy) and
decides one thing, in this order: the rules' answer put right before it is weighed
(:func:`rules_put_right`), the model's name and company checked before they may stand
(:func:`model_name_checked`, :func:`model_company_checked`), how the company is weighed
(:func:`company_how`), the name weighed (:func:`name_weighed`), the model's title checked
(:func:`model_title_checked`), and the three fields put together (:func:`weighed_contact`).
The order is the rules' order of old; a step reads what the steps before it decided."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from spacy.tokens import Doc, Span

from debrief.extract.company_trailed import trailed_on
from debrief.extract.contact_plausible import swapped, unfiled_name
from debrief.extract.roles_company import (
    addressed_person,
    company_policy,
    model_org_rejected,
    org_like,
    possessive_of,
    restated,
    unheaded,
)
from debrief.extract.roles_company_near import named_org
from debrief.extract.roles_name import completes, fuller, not_a_name, person_like, unaddressed
from debrief.extract.roles_spans import Roles
from debrief.extract.roles_title import (
    appositive_name,
    labelled_org,
    past_title,
    said_on,
    title_like,
    unit_said_on,
)
from debrief.extract.roles_who import not_the_contact, past_introducer
from debrief.models import Contact
from debrief.names import company_key, person_key


@dataclass(frozen=True)
class Sides:
    """What every step of the combination reads: the recap, the model's spans on it, the
    rules' answer (as put right so far), the model's answer, and the policy."""

    doc: Doc
    spans: list[Span]
    rules: Roles
    model: Roles
    policy: dict[str, str]

    def of(self, label: str) -> list[Span]:
        """The model's spans of one label."""
        return [s for s in self.spans if s.label_ == label]


def _agrees(value: str | None, spans: list[Span], key: Any) -> bool:
    """Whether the model marks ``value`` too: the same text, or a longer span that holds it
    (the rules trim on purpose: "a welder and a dad of three" gives the title "welder")."""
    if value is None:
        return False
    k = key(value)
    return any(key(s.text) == k or f" {k} " in f" {key(s.text)} " for s in spans)


def weigh_field(
    how: str, rule: str | None, model: str | None, spans: list[Span], key: Any
) -> str | None:
    """One field from the rules' and the model's under the policy ``how``."""
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


def rules_put_right(rules: Roles, model: Roles, spans: list[Span]) -> Roles:
    """The rules' answer put right before it is weighed (contact_plausible): a name and
    company the other way round swapped back, and a name filed as the company moved."""
    # "Notes on Beatriz Almeida, ..., Coursera": the rules' name and company the other way
    # round are put right before they are weighed against the model's (contact_plausible)
    turned = swapped(rules.contact, spans)
    if turned != rules.contact and model.contact.title:
        # the rules read their title after the organisation they took for the name ("She
        # started as a teacher"): the model's, read beside the right name, is theirs
        turned = replace(turned, title=model.contact.title)
    # "Beatriz Almeida from Coursera, ...": no name, and the name filed as the company
    names = [s for s in spans if s.label_ == "CONTACT_NAME"]
    orgs = [s for s in spans if s.label_ == "CONTACT_ORG"]
    unfiled = unfiled_name(turned, names, None, orgs)
    return replace(rules, contact=unfiled)


def model_name_checked(sides: Sides) -> str | None:
    """The model's name, or None where it is no person's name, not a name at all, or a
    person of the recap who is not the contact (a referral, the contact's partner)."""
    doc, rules, names = sides.doc, sides.rules, sides.of("CONTACT_NAME")
    model_name = sides.model.contact.name
    if model_name is not None and not person_like(names):
        model_name = None
    if model_name is not None and not_a_name(doc, model_name, names, rules):
        model_name = None
    if not_the_contact(doc, model_name, rules.contact, rules.people, sides.spans):
        model_name = None  # a referral ("reach out to Priya Raman"), the contact's partner
    return model_name


def model_company_checked(sides: Sides, rejected: Callable[[Span], bool] | None) -> str | None:
    """The model's company, or None where it is restated, no organisation, or vetoed under
    ``company_veto``; the rules' where the model's is a possessive of it."""
    doc, rules, model = sides.doc, sides.rules, sides.model
    model_company = unheaded(model.contact.company)
    if possessive_of(rules.contact.company, model_company):
        model_company = rules.contact.company  # "Harlow's Denver office": the owner
    # a rules' "name" that is an organisation ("the Twins") is no reason to drop the model's
    rule_names = [n for n in (rules.contact.name,) if not named_org(doc, n)]
    # a transcript's "Urban Institute DC": the model's is no cut-off form (company_trailed)
    trailed = trailed_on(doc, rules.contact.company, model_company)
    if not trailed and (
        restated(doc, rules.contact.company, sides.of("CONTACT_ORG"))
        or not org_like(model_company, rules.contact.company, [*rule_names, model.contact.name])
    ):
        model_company = None
    veto = {"person": addressed_person, "rules": rejected}.get(sides.policy.get("company_veto", ""))
    if (
        model_company
        and veto is not None
        and model.contact.company
        and model_org_rejected(model.contact.company, sides.spans, veto)
    ):
        model_company = None
    return model_company


def company_how(
    sides: Sides, model_company: str | None, org_prob: Callable[[], float | None] | None
) -> str:
    """How the company is weighed (``roles_company.company_policy``): how sure each side is."""
    rules = sides.rules
    return company_policy(
        sides.doc,
        sides.policy["company"],
        rules.contact.name,
        rules.contact.company,
        model_company,
        org_prob,
        sides.of("CONTACT_ORG"),
        (rules.contact.name, sides.model.contact.name),
    )


def name_weighed(sides: Sides, model_name: str | None) -> str | None:
    """The name: the rules' or the checked model's under the policy, then (``checked``) the
    fuller of the two, the fullest the model marks, a name in apposition to the title where
    there is none, and not the person who introduced the speaker."""
    policy, names = sides.policy, sides.of("CONTACT_NAME")
    rule_name = sides.rules.contact.name
    name = weigh_field(policy["name"], rule_name, model_name, names, person_key)
    if name and name == model_name and rule_name and completes(model_name, rule_name):
        name = rule_name  # "Sunniva Haugland" (rules) over the model's "Sunniva"
    if name and model_name and policy["name"] == "checked" and completes(name, model_name):
        name = model_name  # "tyler" -> "tyler brennan": the rules stopped at a mis-tagged word
    if name and policy["name"] == "checked":
        name = fuller(name, names) or unaddressed(name)
    if name is None and policy["name"] == "checked":
        name = appositive_name(sides.of("CONTACT_TITLE"))
    if policy["name"] == "checked":
        # "Kalinda's friend, Ingrid ...": who introduced the speaker is not the contact
        met = past_introducer(sides.doc, name, names)
        name = unaddressed(met) if met else name
    return name


def model_title_checked(sides: Sides) -> tuple[Sides, str | None]:
    """The model's title where it is one and not restated; the rules' where theirs says the
    model's on or is labelled beside the organisation; none where it is only the contact's
    past. A unit the model's reads on ("director of") becomes the rules' title too, so the
    sides are returned with it."""
    doc, spans, rules, titles = sides.doc, sides.spans, sides.rules, sides.of("CONTACT_TITLE")
    model_title = (
        sides.model.contact.title
        if not restated(doc, rules.contact.title, titles)
        and title_like(sides.model.contact.title, titles)
        else None
    )
    extra = sides.policy.get("title_checks", "").split("+")
    if "longer" in extra and said_on(rules.contact.title, model_title):
        model_title = rules.contact.title  # "operations manager for surgical services"
    if unit_said_on(rules.contact.title, model_title):
        rules = replace(rules, contact=replace(rules.contact, title=model_title))  # "director of"
    if labelled_org(rules.contact.title, sides.of("CONTACT_ORG")):
        model_title = rules.contact.title  # "Felicity Osterberg, Proposal Manager, Ironvale"
    if "past" in extra and rules.contact.title is None and past_title(model_title, spans):
        model_title = None  # "he was a backend engineer for like five years"
    return replace(sides, rules=rules), model_title


def weighed_contact(
    sides: Sides,
    name: str | None,
    model_title: str | None,
    model_company: str | None,
    how_company: str,
) -> Contact:
    """The three fields put together: the name weighed, the title and company each by its
    policy between the rules' and the checked model's."""
    rules = sides.rules
    return Contact(
        name=name,
        title=weigh_field(
            sides.policy["title"],
            rules.contact.title,
            model_title,
            sides.of("CONTACT_TITLE"),
            lambda s: (s or "").lower().strip(),
        ),
        company=weigh_field(
            how_company,
            rules.contact.company,
            model_company,
            sides.of("CONTACT_ORG"),
            company_key,
        ),
    )
