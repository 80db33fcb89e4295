"""Run-time rules that refile a candidate the insight model filed as nothing or under a
neighbouring category, on two lines every newer author draws the same way (stop 29):

* the contact's advice, reported ("He said to read Asking by Jerold Panas"), that the model
  filed as nothing (:mod:`insight_reported`);
* a job opening or a job's starting pay ("they're hiring an analyst in June", "pay starts
  like 75 to 85"), that the model filed as advancement or advice: nothing
  (:mod:`insight_openings`);
* the contact's reaction to the speaker ("he liked that", "she liked that I speak Polish"),
  that the model filed as likes: nothing (:mod:`insight_reaction`);
* what a job, a posting or a programme asks of a candidate ("the programs want patient care
  hours"), that the model filed as advancement or nothing (:mod:`insight_required`);
* what employers value in a background ("my background is an asset", "they'd love someone
  who's been in the field"), that the model filed as advice, mission_values or nothing
  (:mod:`insight_valued`);
* a plain account of what the organisation does or has ("they run property accountability
  contracts", "they have field roles"), that the model filed as mission_values: nothing
  (:mod:`insight_described`);
* the organisation living its values, or not ("Patagonia actually walks the talk", "Nordfund
  takes the development mandate seriously"), that the model filed as likes, advice or a
  category of the work: mission_values (:mod:`insight_lived`);
* what the company makes or sells ("They do vibration sensors plus software"), that the model
  filed as skills: nothing (:mod:`insight_product`);
* the best door into a field ("returnships are the best door for people like me"), that the
  model filed as skills: advice (:mod:`insight_route`);
* one qualification weighed against another ("the teaching experience counts for more than my
  dissertation", "German would open more doors"), that the model filed as advice or nothing
  (:mod:`insight_worth`);
* a role's duties told as what "you" do ("you sit with a CO, you build files, you do market
  research"), that the model filed as advancement, skills or culture (:mod:`insight_duties`);
* what it takes, said after a purpose ("she said to get hired as a CRA you need a year as a
  CRC"), that the model filed as advice: skills (:mod:`insight_purpose`);
* the speaker's story told to the contact ("I told her about the time I ...", "I said I've
  done that demo nine hundred times"), that the model filed as nothing (:mod:`insight_pitched`);
* a condition of the job said plainly to be good ("the pay is fair and the hours are sane"),
  that the model filed as dislikes: culture (:mod:`insight_perk`);
* being promoted ("managers who understand money get promoted", "move up through the
  qualification system"), that the model or the imperative rule filed as advice, in a
  sentence that does not name the advice: advancement (:mod:`insight_promoted`).

The model is not retrained for these: a retrained model (a..s + w) did not move the held-out
author v (0.761 against 0.767, stop 28), and these rules read only the parse.
"""

from __future__ import annotations

from spacy.tokens import Doc

from debrief.extract.insight_described import plain_description
from debrief.extract.insight_duties import role_duties
from debrief.extract.insight_imperative import bare_advice
from debrief.extract.insight_lived import values_lived
from debrief.extract.insight_model import LABEL_INDEX, NONE
from debrief.extract.insight_openings import job_notice
from debrief.extract.insight_perk import job_perk
from debrief.extract.insight_pitched import told_own_story
from debrief.extract.insight_product import company_product
from debrief.extract.insight_promoted import promotion_told
from debrief.extract.insight_purpose import purpose_requirement
from debrief.extract.insight_reaction import speaker_reaction
from debrief.extract.insight_reported import referral_told, reported_advice
from debrief.extract.insight_required import job_requirement
from debrief.extract.insight_route import entry_route
from debrief.extract.insight_valued import valued_background
from debrief.extract.insight_worth import weighed_worth

ADVICE = LABEL_INDEX["advice"]
SKILLS = LABEL_INDEX["skills"]
LIKES = LABEL_INDEX["likes"]
MISSION = LABEL_INDEX["mission_values"]
DISLIKES = LABEL_INDEX["dislikes"]
CULTURE = LABEL_INDEX["culture"]
PITCH = LABEL_INDEX["self_pitch"]
ADVANCEMENT = LABEL_INDEX["advancement"]
#: what the model files a sentence on what employers value under; a clause is refiled only
#: when its sentence is filed under one of these too, so a like or a dislike with "the
#: experience is a plus" in it is not cut in two. Not likes: "they'd love someone who ..."
#: refiled from likes cost the untouched author u 0.900 -> 0.893 on likes (v gained 0.004)
VALUED_FROM = frozenset({LABEL_INDEX["advice"], LABEL_INDEX["mission_values"], NONE})
#: what a job opening or a starting pay may be filed under: what the contact likes about the
#: pay ("he likes the pay, 95k+"), and the speaker's own story ("the port opening in Kuwait").
#: Not dislikes: "pay is decent, instructors start around 62" is filed there, and no author
#: puts a pay figure under dislikes (a dislike of pay says "lower", "swings", no figure)
#: what a job's requirement may be refiled from, for the candidate and its sentence: never
#: advice (the authors file "her advice was ..., the manager jobs require it now" there)
REQUIRED_FROM = frozenset(
    {NONE, LABEL_INDEX["advancement"], LABEL_INDEX["mission_values"], LABEL_INDEX["culture"]}
)
#: a clause (never a whole sentence) may also be refiled from dislikes when its sentence is
#: filed under REQUIRED_FROM: the model retrained on every development author reads a
#: requirement cut from its sentence ("..., and every supervisor posting wants five years")
#: as a complaint, where its sentence says what kind of remark it is; a sentence the model
#: files as dislikes ("the worst part is every posting wants a master's") stays a dislike
#: (docs/extraction-history.md, "insights33: the rules read against the retrained model")
REQUIRED_CLAUSE_FROM = REQUIRED_FROM | {LABEL_INDEX["dislikes"]}
NOTICE_KEEPS = frozenset({LABEL_INDEX["likes"], LABEL_INDEX["self_pitch"]})
#: what a bare imperative may be refiled from: the categories that describe the work, which
#: no author writes as an order to the speaker. Not nothing (the speaker's own notes, "Email
#: Marcus by Friday"), not skills ("learn Tableau": the authors split it, insights18)
#: what a weighing of qualifications may be refiled from: not mission_values ("dignity matters
#: more than paperwork" is a value of the organisation), not the categories of the work
WORTH_FROM = frozenset({ADVICE, NONE})
#: what a role's duties may be refiled from: the categories the model mistook them for on
#: the newest authors. Not advice ("you call them, you ask for ...": the contact's how-to),
#: not dislikes nor likes (a routine the contact minds or enjoys is filed there)
DUTIES_FROM = frozenset({LABEL_INDEX[c] for c in ("advancement", "skills", "culture")})
TYPICAL_DAY = LABEL_INDEX["typical_day"]
#: what the organisation living its values may be refiled from: not culture ("the culture is
#: blameless postmortems, and they mean it" is culture to its author, mission to others), not
#: advancement ("the company really does promote from within, it's not a slogan" is a
#: promotion path, aa), not nothing (a value said in passing), not self_pitch
LIVED_FROM = frozenset(
    {LABEL_INDEX[c] for c in ("likes", "dislikes", "advice", "typical_day", "skills")}
    | {LABEL_INDEX["career_path"]}
)
IMPERATIVE_FROM = frozenset(
    {LABEL_INDEX[c] for c in ("advancement", "typical_day", "dislikes", "culture", "likes")}
)


def refiled(doc: Doc, span: tuple[int, int], label: int, sentence: int, meta: bool) -> int | None:
    """The category a rule files the candidate ``span`` under, or None to keep the model's
    ``label``. ``sentence`` is the label of the sentence the span is a clause of (its own
    label for a sentence); ``meta``: the candidate is about the call, logistics or the
    speaker's own plans (never refiled as advice)."""
    if label != NONE and label not in NOTICE_KEEPS and job_notice(doc, span):
        return NONE  # a job opening or a starting pay: a lead, not an insight
    if label == SKILLS and company_product(doc, span):
        return NONE  # what the company sells, not what it takes (insight_product)
    if label == SKILLS and entry_route(doc, span):
        return ADVICE  # a way in the contact points at, not what it takes (insight_route)
    if label == DISLIKES and job_perk(doc, span):
        return CULTURE  # "the pay is fair and the hours are sane": a perk, no complaint
    if label == LIKES and speaker_reaction(doc, span):
        return NONE  # the contact warming to the speaker, not a like of the work
    if label == MISSION and plain_description(doc, span):
        return NONE  # the organisation's business told plainly, no stance on its values
    if label in LIVED_FROM and not meta and values_lived(doc, span):
        return MISSION  # "Nordfund takes the development mandate seriously" (insight_lived)
    if label == NONE and not meta and reported_advice(doc, span):
        return ADVICE
    if label == ADVICE and purpose_requirement(doc, span):
        # "she said to get hired as a CRA you need a year as a CRC": "to" is a purpose, what
        # follows is what it takes, not an order (insight_purpose)
        return SKILLS
    if label == ADVICE and referral_told(doc, span):
        return NONE  # "he said I should reach out to her": a referral, not advice
    if label == ADVICE and not meta and promotion_told(doc, span):
        return ADVANCEMENT  # "managers who understand money get promoted" (insight_promoted)
    if label == NONE and told_own_story(doc, span):
        # not held back by ``meta``: "I told her I have ..." reads as a plan ("I have to")
        return PITCH
    if (
        label in IMPERATIVE_FROM
        and not meta
        and bare_advice(doc, span)
        and not (label == ADVANCEMENT and promotion_told(doc, span))
    ):
        # the contact's advice said as a bare imperative ("do a rotational program if you
        # can"), filed under a category of the work itself (insight_imperative)
        return ADVICE
    if label in DUTIES_FROM and not meta and role_duties(doc, span):
        return TYPICAL_DAY  # "you sit with a CO, you build files, ...": a routine
    if label in VALUED_FROM and sentence in VALUED_FROM and valued_background(doc, span):
        return SKILLS
    if (
        label in WORTH_FROM
        and sentence in WORTH_FROM
        and not meta
        and weighed_worth(doc, span)
        and not bare_advice(doc, span)
    ):
        # "X counts for more than Y": what it takes, said of a qualification (insight_worth)
        return SKILLS
    if (
        label in REQUIRED_CLAUSE_FROM  # dislikes only for a clause: its sentence is not
        and sentence in REQUIRED_FROM
        and job_requirement(doc, span)
    ):
        # not held back by the speaker's own words in it ("..., which I have"): what a job
        # asks is skills whoever then says they have it
        return SKILLS
    return None


def second_refused(doc: Doc, span: tuple[int, int], label: int) -> bool:
    """Is ``label``, the model's second category for the sentence ``span``, one a rule
    refuses? A plain account of the organisation's business is no mission_values insight,
    second any more than first ("<name>, director of facilities for <org>, they've got three
    campuses, ...": advancement first, mission_values second on author v). Nor is a way in
    the contact points at a skills insight ("the best route is the crane rental companies
    because they have in-house inspectors": advice first, skills second on n..s), nor a
    requirement said after a purpose an advice insight ("he said to get into QA I need GMP":
    skills first, advice second; insight_purpose), nor a condition of the job said to be good
    a dislikes insight ("the salary is decent and the hours are reasonable": culture first,
    dislikes second; insight_perk)."""
    if label == SKILLS:
        return entry_route(doc, span)
    if label == ADVICE:
        # "he said to get into QA I need GMP": a requirement after a purpose, no order
        return purpose_requirement(doc, span)
    if label == DISLIKES:
        # "the pay is fair and the hours are sane", culture first: no dislike second either
        return job_perk(doc, span)
    return label == MISSION and plain_description(doc, span)
