"""debrief_roles_v1: a trained model of who the recap is about, combined with the rules.

The model (``pipelines/roles/model``, trained by ``scripts/train_roles.py`` with
``spacy train`` from ``pipelines/roles/config.cfg``) is a spaCy ``ner`` with its own tok2vec
over the base model's analysis. It labels the contact's CONTACT_NAME, CONTACT_TITLE and
CONTACT_ORG, the people mentioned as REFERRAL or MENTIONED (their relation) and the other
organisations as ORG. This component runs it after the rule components and leaves

- ``doc.spans["debrief_roles"]``: the model's spans (the base model's ``doc.ents`` are put back
  as they were: the rules read them);
- ``doc._.roles_rules``: what the rules had found (contact, people, companies), for measuring;
- ``doc._.contact`` / ``doc._.people`` / ``doc._.companies``: the combination
  :func:`combine` makes of the two. The policy (which answer wins where) was chosen on the
  held-out training files (``scripts/roles_eval.py``).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import load_config
from thinc.api import NumpyOps

from debrief.config import data_file
from debrief.extract.casing import usual_casing
from debrief.extract.company_in_title import org_after_name
from debrief.extract.company_linebreak import cut_at_line_break
from debrief.extract.company_tail import tail_company
from debrief.extract.company_unit_part import org_before_part
from debrief.extract.company_unit_tail import unit_dropped
from debrief.extract.company_unit_typed import typed_unit_dropped
from debrief.extract.doc_arrays import doc_text
from debrief.extract.guard import degraded
from debrief.extract.lexicon import use_pipeline
from debrief.extract.orgs import display_name
from debrief.extract.people_firmname import firms_filed_as_people
from debrief.extract.people_fold import fold_short_forms
from debrief.extract.people_fromcompany import companies_as_people
from debrief.extract.people_held import restored
from debrief.extract.people_respelt import respelt_given
from debrief.extract.people_runtogether import drop_runtogether_given
from debrief.extract.people_spokenwords import drop_english_word_runs
from debrief.extract.people_titlewords import drop_title_words
from debrief.extract.roles_combine import DEFAULT_POLICY, combine
from debrief.extract.roles_model import BASE_ENTS_KEY, fold_tensor_embed, stash_base_ents
from debrief.extract.roles_spans import SPANS_KEY, Roles, model_roles
from debrief.models import Contact

#: the names other modules, scripts and tests import from here (the model's spans are read in
#: roles_spans.py, the two answers combined in roles_combine.py)
__all__ = [
    "DEFAULT_POLICY",
    "SPANS_KEY",
    "Roles",
    "RolesTagger",
    "combine",
    "make_roles",
    "model_dir",
    "model_roles",
]

if not Doc.has_extension("roles_rules"):
    Doc.set_extension("roles_rules", default=None)


def model_dir() -> Path:
    """Where the trained model ships: ``pipelines/roles/model``."""
    return data_file("pipelines", "roles", "model")


def _ner_config() -> dict[str, Any]:
    cfg = load_config(data_file("pipelines", "roles", "config.cfg"), interpolate=True)
    section = dict(cfg["components"]["debrief_roles"])
    section.pop("factory", None)
    return section


class RolesTagger:
    """Runs the trained roles model and combines its answer with the rules' (module doc)."""

    def __init__(self, nlp: Language, path: Path, policy: dict[str, str]) -> None:
        self.policy = {**DEFAULT_POLICY, **policy}
        self.nlp = nlp
        self._orgs: Any = None
        ner: Any = nlp.create_pipe("ner", name="debrief_roles", config=_ner_config())
        self.ner = ner.from_disk(path, exclude=["vocab"])
        # the trained weights are fixed from here: fold the hash tables into the first layer
        fold_tensor_embed(self.ner.model)
        # its three matrix products (345x96 by 288, 345x288 by 288, 345x96 by 384 on the
        # benchmark recap) on numpy's BLAS instead of thinc's blis: 5.2 -> 3.1 ms of the
        # model's tok2vec, the same outputs on every measured recap (docs/extraction-history.md
        # "speed35"); the greedy loop's small products stay on blis (spaCy's C code takes
        # ``ops.cblas()``)
        numpy_gemm = NumpyOps(use_blis=False)
        for node in self.ner.model.walk():
            node.ops = numpy_gemm

    def org_probability(self, doc: Doc, beam_width: int = 16) -> float | None:
        """The beam's probability of the model's contact organisation span (the one
        :func:`model_roles` reads), or None without one. Runs the model again with a beam, so
        it costs a second pass: only for where the answer depends on it."""
        mine = model_roles(doc)
        spans = [
            s
            for s in doc.spans.get(SPANS_KEY, [])
            if s.label_ == "CONTACT_ORG" and display_name(s.text) == mine.contact.company
        ]
        if not spans:
            return None
        base = stash_base_ents(doc)
        try:
            beams = self.ner.beam_parse([doc], beam_width=beam_width)
            scores = self.ner.scored_ents(beams)[0]
        finally:
            doc.set_ents(base, default="outside")
            doc.user_data.pop(BASE_ENTS_KEY, None)
        return max(scores.get((s.start, s.end, "CONTACT_ORG"), 0.0) for s in spans)

    def rejected(self, span: Span) -> bool:
        """The rules' check that ``span`` is no organisation (``OrgChecks._bad`` of the
        contact component's finder); False when that component is not in the pipeline."""
        if self._orgs is None:
            contact = (
                self.nlp.get_pipe("debrief_contact_v1")
                if "debrief_contact_v1" in self.nlp.pipe_names
                else None
            )
            self._orgs = getattr(contact, "orgs", False)
        if not self._orgs:
            return False
        return bool(self._orgs._bad(span.doc, span.start, span.end))

    def tag(self, doc: Doc) -> Doc:
        """Put the model's spans on ``doc.spans["debrief_roles"]``, leaving ``doc.ents`` as the
        base model set them."""
        base = stash_base_ents(doc)
        try:
            self.ner(doc)
            doc.spans[SPANS_KEY] = list(doc.ents)
        finally:
            doc.set_ents(base, default="outside")
            doc.user_data.pop(BASE_ENTS_KEY, None)
        return doc

    def __call__(self, doc: Doc) -> Doc:
        rules = Roles(
            doc._.contact or Contact(), list(doc._.people or []), list(doc._.companies or [])
        )
        doc._.roles_rules = rules
        if not len(doc):
            return doc
        try:
            self.tag(doc)
            both = combine(
                doc,
                rules,
                model_roles(doc),
                self.policy,
                self.rejected,
                lambda: self.org_probability(doc),
            )
        except Exception as exc:  # the rules' answer stands if the model fails
            degraded("roles", exc)
            return doc
        # "@ Orrin & Vale Biosciences\n\nBackground:": no name goes on over a line break
        company = cut_at_line_break(doc, both.contact.company)
        # "at Lakeview Trades Academy": the rest of the name said after it, in its case
        company = tail_company(doc, company)
        # a transcript's "Ohio State Athletics", "TD Bank Digital Accessibility Team": the
        # organisation without the part Whisper capitalised onto it (company_unit_tail)
        company = unit_dropped(doc, company)
        # typed "with the City of Lakemoor building department": the organisation without the
        # department said after it in lower case, in the companies too (company_unit_typed)
        cut = typed_unit_dropped(doc, company)
        # typed "Orrin Labs - Data Platform team": the organisation said before the part of it
        # kept as the company (company_unit_part)
        cut = org_before_part(doc, cut, both.companies)
        # "Mina Sato, at the Alder Bay Museum, she's the um ... Events Manager": words of the
        # title kept as the company give way to the organisation said after the name
        # (company_in_title)
        cut = org_after_name(doc, replace(both.contact, company=cut), both.companies)
        if cut and cut != company:
            companies = [cut if c == company else c for c in both.companies]
            company, both = cut, replace(both, companies=list(dict.fromkeys(companies)))
        # "a product manager at notion": a well-known organisation said in lower case is
        # filed as it is usually written (the company view and search show it so)
        doc._.contact = replace(
            both.contact, company=usual_casing(company, doc_text(doc)) if company else company
        )
        # "It's him and Ines": a given name filed as a company, said as a person, is a
        # person (people_fromcompany.py)
        people, doc._.companies = companies_as_people(
            doc,
            doc._.contact,
            both.people,
            [usual_casing(c, doc_text(doc)) for c in both.companies],
        )
        # "send my resume to Neil Ostrowski": a person the people rules held back as the
        # contact's first guess, where the contact went to another (people_held.py)
        people = restored(doc, doc._.contact, people, doc._.companies)
        # "a thank you note to Hannah" where the contact is Hana: the contact's given name
        # heard again, no second person (people_respelt.py)
        name = doc._.contact.name
        doc._.people = [p for p in people if not respelt_given(p.name, name)]
        # a transcript's "Ask Hana" beside the contact "Hanasado": the given name of a name
        # Whisper ran together, heard alone, is no second person (people_runtogether.py)
        doc._.people = drop_runtogether_given(doc, doc._.people, name)
        # "they call Stoneridge", "call Kent" of Kent State University: a person whose name
        # is a company kept, or opens one, and is said nowhere as a person, is that
        # organisation filed twice (people_firmname.py)
        doc._.people = firms_filed_as_people(doc, doc._.people, doc._.companies)
        # "Stan" beside "Stanley Wojcik": one person (people_fold.fold_short_forms)
        doc._.people = fold_short_forms(doc._.people)
        # "Sofia Lindqvist, DevRel at Supabase": the contact's final title filed as a person
        # (people_titlewords.py)
        doc._.people = drop_title_words(doc, doc._.people)
        # a transcript's "Journey Mapping", "Retired Ed": Whisper's capitals on a plain
        # English word, no name (people_spokenwords.py)
        doc._.people = drop_english_word_runs(doc, doc._.people)
        return doc


@Language.factory(
    "debrief_roles_v1",
    default_config={"model": None, "policy": {}},
)
def make_roles(nlp: Language, name: str, model: str | None, policy: dict[str, str]) -> RolesTagger:
    """``model``: a directory saved from the trained ``ner`` (default: the shipped one);
    ``policy``: overrides of :data:`DEFAULT_POLICY`."""
    use_pipeline(nlp)  # its lemmatizer gives the words that name no person (roles_who)
    return RolesTagger(nlp, Path(model) if model else model_dir(), policy)
