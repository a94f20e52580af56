"""Build the intake of a conversation from its user messages.

Pure domain logic: each message comes with its matcher tokens (from the spaCy
Doc) and its danger assessment, which already found the harms with their spans;
the intake adds who is talking, who harms whom, the kindcheck, the pattern, what
the chatter wants, and ties every fact to the text it was read from. A later
message adds a newer fact for a field and never removes the older one.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from bot.danger.conversation import fold
from bot.danger.model import Assessment, Indicator
from bot.danger.patterns import Tok, Tokens, as_tokens, find_all
from bot.intake.model import Evidence, Fact, Incident, Intake
from bot.intake.people import (
    HarmRoles,
    Person,
    age_number,
    find_people,
    find_roles,
    number,
    quoted,
    resentence,
)
from bot.intake.rules import IntakeRules, load_rules

# Harms that make an "ik" who does them a pleger ("ik ben bang" is no such act).
ACT_CODES = frozenset(
    {
        "fysiek_geweld",
        "verwurging",
        "doodsbedreiging",
        "wapen",
        "seksueel_geweld",
        "kindermishandeling",
        "opsluiting",
        "letsel",
    }
)
# Every indicator that is a harm someone does to someone (it has a doer).
HARM_CODES = ACT_CODES | {
    "stalking",
    "dwingende_controle",
    "psychisch_geweld",
    "ouderenmishandeling",
    "verwaarlozing",
    "eergerelateerd",
    "huisverbod_overtreding",
}
# Harms that name who was hurt rather than who did it.
INJURY_CODES = frozenset({"letsel", "verwaarlozing"})
# Where each indicator belongs among the RiHG's three parts.
RIHG_PLEGER = frozenset(
    {"wapen", "doodsbedreiging", "verslaving", "huisverbod_overtreding"}
)
RIHG_INCIDENT = frozenset(
    {
        "verwurging",
        "letsel",
        "seksueel_geweld",
        "wapen",
        "fysiek_geweld",
        "opsluiting",
        "kindermishandeling",
        "ouderenmishandeling",
    }
)
RIHG_CONTEXT = frozenset(
    {
        "scheiding",
        "stalking",
        "dwingende_controle",
        "eergerelateerd",
        "zwangerschap",
        "kind_getuige",
        "verwaarlozing",
        "escalatie",
    }
)
QUOTE_CHARS = 160
# Makes the evidence of a token range of the message being read.
_Ev = Callable[[int, int], Evidence]
YOUNG_AGE = 18
OLD_AGE = 65


@dataclass(frozen=True)
class UserTurn:
    """One user message: its text, matcher tokens and danger assessment.

    ``answer_to`` names the intake question the assistant asked just before
    ("safe_now", "children", "present", "callback"), so a bare "ja" or "nee"
    answers it.
    """

    text: str
    toks: Sequence[Tok]
    assessment: Assessment
    answer_to: str | None = None


@dataclass
class _Reading:
    """What the messages said so far: every fact, and the people involved."""

    facts: list[Fact] = field(default_factory=list)
    agents: list[tuple[Person, int]] = field(default_factory=list)  # (doer, weight)
    patients: list[Person] = field(default_factory=list)
    people: list[tuple[Person, int]] = field(default_factory=list)  # (who, message)
    incidents: list[Incident] = field(default_factory=list)
    codes: list[str] = field(default_factory=list)

    def add(self, name: str, value: object, evidence: Evidence) -> None:
        self.facts.append(Fact(name, value, evidence))

    def latest(self, name: str) -> Fact | None:
        found = [f for f in self.facts if f.field == name]
        return found[-1] if found else None

    def values(self, name: str) -> list[object]:
        return [f.value for f in self.facts if f.field == name]


class IntakeExtractor:
    """Builds an :class:`Intake` from user turns with one compiled rule set."""

    def __init__(self, rules: IntakeRules) -> None:
        self.rules = rules

    def build(
        self,
        turns: Sequence[UserTurn],
        advice_given: Iterable[str] = (),
        language: str = "nl",
    ) -> Intake:
        """The intake of a conversation after these user turns (oldest first)."""
        reading = _Reading()
        for index, turn in enumerate(turns):
            self._read(index, turn, reading)
        return self._assemble(reading, turns, tuple(advice_given), language)

    # -- one message ----------------------------------------------------------------

    def _read(self, index: int, turn: UserTurn, reading: _Reading) -> None:
        toks = as_tokens(resentence(turn.toks))
        rules = self.rules
        people = find_people(toks, rules)
        reading.people.extend((p, index) for p in people)

        def ev(first: int, last: int) -> Evidence:
            return _evidence(index, turn.text, toks, first, last)

        self._age(toks, reading, ev)
        for name in (
            "child_cues",
            "child_words",
            "professional",
            "bystander",
            "perpetrator_self",
            "repeated",
            "repeated_not",
            "escalating",
            "earlier_police",
            "earlier_ban",
            "substances",
            "protective",
            "wishes",
        ):
            for first, last in find_all(rules.patterns[name], toks):
                if not quoted(toks, first):
                    reading.add(name, True, ev(first, last))
        for first, last in find_all(rules.patterns["since"], toks):
            reading.add("since", ev(first, last).quote, ev(first, last))
        self._yes_no(toks, reading, ev, "present_yes", "present_no", "present")
        self._yes_no(toks, reading, ev, "safe_yes", "safe_no", "safe_now")
        self._yes_no(toks, reading, ev, "children_yes", "children_no", "children")
        self._yes_no(toks, reading, ev, "callback_yes", "callback_no", "callback")
        for first, last in find_all(rules.patterns["safe_time"], toks):
            reading.add("safe_time", ev(first, last).quote, ev(first, last))
        self._answer(turn, toks, reading, ev)
        self._corrections(toks, people, reading, ev)
        self._children(people, toks, reading, ev)
        self._harms(index, turn, toks, people, reading)

    def _age(self, toks: Tokens, reading: _Reading, ev: _Ev) -> None:
        not_age = {
            i
            for f, la in find_all(self.rules.patterns["age_not"], toks)
            for i in range(f, la + 1)
        }
        for first, last in find_all(self.rules.patterns["speaker_age"], toks):
            for i in range(first, last + 1):
                age = number(toks[i].norm, self.rules)
                if age is not None and i not in not_age and 4 <= age <= 110:
                    reading.add("speaker_age", age, ev(first, last))
                    break

    def _yes_no(
        self, toks: Tokens, reading: _Reading, ev: _Ev, yes: str, no: str, name: str
    ) -> None:
        """The later reading in a message wins; where readings overlap, "no" does.

        "we hebben geen kinderen" holds a "yes" phrase around a "no" one; "hij is
        er nu niet" likewise: the negation is the more specific reading.
        """
        yes_hits = find_all(self.rules.patterns[yes], toks)
        no_hits = find_all(self.rules.patterns[no], toks)
        hits = [(f, la, False) for f, la in no_hits] + [
            (f, la, True)
            for f, la in yes_hits
            if not any(f <= n_last and n_first <= la for n_first, n_last in no_hits)
        ]
        if hits:
            first, last, value = max(hits, key=lambda h: (h[1], h[0]))
            reading.add(name, value, ev(first, last))

    def _answer(self, turn: UserTurn, toks: Tokens, reading: _Reading, ev: _Ev) -> None:
        """A bare "ja" or "nee" answers the intake question asked just before."""
        if turn.answer_to is None or not toks:
            return
        words = [t.norm for t in toks if t.norm.isalpha()]
        if not words or len(words) > 4:
            return
        if words[0] in self.rules.words["answer_yes"]:
            reading.add(turn.answer_to, True, ev(0, len(toks) - 1))
        elif words[0] in self.rules.words["answer_no"]:
            reading.add(turn.answer_to, False, ev(0, len(toks) - 1))

    def _corrections(
        self, toks: Tokens, people: Sequence[Person], reading: _Reading, ev: _Ev
    ) -> None:
        """A newer relation: "sorry ik bedoel mijn stiefvader", "nou ja ex-vriend"."""
        cue = next(
            (i for i, t in enumerate(toks) if t.norm in self.rules.words["correction"]),
            None,
        )
        if cue is None and not (
            len(toks) > 1 and toks[0].norm == "nou" and toks[1].norm == "ja"
        ):
            return
        start = cue if cue is not None else 0
        for person in people:
            if person.first > start and person.relation in {
                "partner",
                "ex-partner",
                "ouder",
                "stiefouder",
            }:
                reading.add("relation", person.relation, ev(person.first, person.last))
                return

    def _children(
        self, people: Sequence[Person], toks: Tokens, reading: _Reading, ev: _Ev
    ) -> None:
        """Children named in the message, with the ages said beside them.

        Also someone else's ("haar dochter (3)", "een meisje van 2"): a bystander
        or a professional tells of the household where the violence is. A child
        said to be 18 or older is an adult.
        """
        denied = {
            i
            for first, last in find_all(self.rules.patterns["children_no"], toks)
            for i in range(first, last + 1)
        }
        for person in people:
            if person.first in denied:  # "we hebben geen kinderen"
                continue
            young = person.word in self.rules.words["young"]
            if person.relation not in {"kind", "broer_zus"} and not young:
                continue
            ages = _ages_from(toks, person.last + 1, self.rules)
            if person.age is not None and person.age >= YOUNG_AGE:
                continue
            if ages and min(ages) >= YOUNG_AGE:
                continue
            reading.add("child_named", person.relation, ev(person.first, person.last))
            for age in ages:
                if age < YOUNG_AGE:
                    reading.add("child_age", age, ev(person.first, person.last))

    def _harms(
        self,
        index: int,
        turn: UserTurn,
        toks: Tokens,
        people: Sequence[Person],
        reading: _Reading,
    ) -> None:
        """Incidents from the danger assessment, and who did what to whom."""
        assessment = turn.assessment
        reading.codes.extend(assessment.codes)
        seen: set[str] = set()
        for indicator in assessment.indicators:
            span = _token_span(toks, indicator)
            if indicator.code in HARM_CODES and span is not None:
                roles = find_roles(toks, span, people, self.rules)
                if indicator.code in INJURY_CODES and not roles.passive:
                    roles = self._injured(roles, toks, span, people)
                if (
                    roles.agent is None
                    or not roles.agent.self_ref
                    or (indicator.code in ACT_CODES)
                ):
                    weight = 2 if indicator.code in ACT_CODES else 1
                    self._roles(index, roles, reading, turn, toks, weight)
            if indicator.code == "acuut_nu" or indicator.code in seen:
                continue
            seen.add(indicator.code)
            reading.incidents.append(
                Incident(
                    code=indicator.code,
                    when=self._when(toks, span, assessment),
                    quote=_quote(turn.text, toks, span, indicator),
                    message=index,
                )
            )

    def _injured(
        self,
        roles: HarmRoles,
        toks: Tokens,
        span: tuple[int, int],
        people: Sequence[Person],
    ) -> HarmRoles:
        """An injury or neglect names who was hurt, not who did it.

        "mijn vriendin heeft blauwe plekken", "laatst had hij een gebroken
        vinger", "ik heb een blauw oog": the person right before it is the one
        hurt; "ik" only as the one who has it ("zag ik blauwe plekken" is not).
        """
        sent = toks[span[0]].sent
        named = {p.first: p for p in people}
        words = self.rules.words
        for i in range(span[0] - 1, -1, -1):
            if toks[i].sent != sent or span[0] - i > 8:
                break
            norm = toks[i].norm
            if i in named:
                return HarmRoles(agent=None, patients=(named[i],))
            if norm in words["other_subject"]:
                found = Person(i, i, word=norm, pronoun=True)
                return HarmRoles(agent=None, patients=(found,))
            if norm in words["self_subject"]:
                near = {toks[j].norm for j in (i - 1, i + 1) if 0 <= j < len(toks)}
                if near & {"heb", "had", "hebben", "kreeg", "krijg", "ben", "was"}:
                    found = Person(i, i, word=norm, self_ref=True)
                    return HarmRoles(agent=None, patients=(found,))
                return HarmRoles(agent=None, patients=())
        return HarmRoles(agent=None, patients=())

    def _roles(
        self,
        index: int,
        roles: HarmRoles,
        reading: _Reading,
        turn: UserTurn,
        toks: Tokens,
        weight: int,
    ) -> None:
        if roles.agent is not None:
            agent = self._resolve(roles.agent, reading, index, exclude=None)
            reading.agents.append((agent, weight))
            reading.add(
                "agent",
                _who(agent),
                # the words of this message ("hij"), not those of the person resolved
                _evidence(index, turn.text, toks, roles.agent.first, roles.agent.last),
            )
        doer = reading.agents[-1][0] if roles.agent is not None else None
        for patient in roles.patients:
            resolved = self._resolve(
                patient, reading, index, exclude=doer, as_doer=False
            )
            reading.patients.append(resolved)

    def _resolve(
        self,
        person: Person,
        reading: _Reading,
        index: int,
        exclude: Person | None,
        as_doer: bool = True,
    ) -> Person:
        """A "hij" or "haar": the latest doer, else a person named before.

        As a doer, an adult named earlier comes before a child named later ("mijn
        ex ... ik ben alleen met de baby ... hij schreeuwt"); as the one harmed,
        the latest person named who is not the doer.
        """
        if not person.pronoun:
            return person
        is_subject = as_doer and person.word in self.rules.words["other_subject"]
        if is_subject and reading.agents:
            named = [a for a, _ in reading.agents if not a.pronoun and not a.self_ref]
            if named:
                return named[-1]
        earlier = [
            p
            for p, i in reading.people
            if (i < index or (i == index and p.last < person.first))
            and p.relation != "onbekend"
        ]
        if exclude is not None and not exclude.pronoun:
            earlier = [
                p for p in earlier if (p.word, p.owner) != (exclude.word, exclude.owner)
            ]
        if is_subject:
            adults = [
                p for p in earlier if p.relation in self.rules.words["adult_classes"]
            ]
            earlier = adults or earlier
        return earlier[-1] if earlier else person

    def _when(
        self, toks: Tokens, span: tuple[int, int] | None, assessment: Assessment
    ) -> str:
        """When a harm happened: a time word in its sentence, else "now" if said."""
        if span is not None:
            sent = toks[span[0]].sent
            for moment, patterns in self.rules.when:
                for first, _ in find_all(patterns, toks):
                    if toks[first].sent == sent:
                        return moment
        if assessment.now:
            return "nu"
        for moment, patterns in self.rules.when:
            if find_all(patterns, toks):
                return moment
        return "onbekend"

    # -- the whole conversation -----------------------------------------------------

    def _assemble(
        self,
        reading: _Reading,
        turns: Sequence[UserTurn],
        advice: tuple[str, ...],
        language: str,
    ) -> Intake:
        levels = fold(t.assessment for t in turns)
        age = _latest_value(reading, "speaker_age")
        minor = _minor(age, reading)
        harmed = any(c in HARM_CODES for c in reading.codes)
        speaker = self._speaker(reading, minor, harmed, turns)
        if speaker == "kind" and minor is None:
            minor = True
        relation = self._relation(reading, speaker)
        if minor is None and (
            speaker == "professional"
            or (
                speaker in {"slachtoffer", "pleger"}
                and relation in {"partner", "ex-partner", "kind"}
            )
        ):
            minor = False
        victims = self._victims(reading, speaker, harmed)
        relation = _stepparent(reading, speaker, relation, victims)
        children, ages = self._kindcheck(reading, speaker, victims, age)
        repeated = _repeated(
            reading, harmed or bool(reading.codes) or bool(reading.people)
        )
        escalating = (
            True
            if (reading.values("escalating") or "escalatie" in reading.codes)
            else None
        )
        since_fact = reading.latest("since")
        since = str(since_fact.value) if since_fact and harmed else None
        earlier = bool(
            reading.values("earlier_police") or reading.values("earlier_ban")
        )
        codes = list(dict.fromkeys(reading.codes))
        rihg_pleger = [c for c in codes if c in RIHG_PLEGER]
        if reading.values("substances") and "verslaving" not in rihg_pleger and harmed:
            rihg_pleger.append("verslaving")
        if earlier and harmed:
            rihg_pleger.append("eerder_politie_of_huisverbod")
        if repeated and harmed:
            rihg_pleger.append("eerder_geweld")
        context = [c for c in codes if c in RIHG_CONTEXT]
        if children and harmed:
            context.append("kinderen_in_huis")
        reasons = _structural_reasons(
            harmed, repeated, escalating, since, earlier, children
        )
        present, safe = _now(reading, turns)
        consent = reading.latest("callback")
        safe_time = reading.latest("safe_time")
        return Intake(
            speaker=speaker,
            speaker_age=age if isinstance(age, int) else None,
            speaker_minor=minor,
            language=language,
            victims=tuple(victims),
            perpetrator_relation=relation,
            perpetrator_present=present,
            children_in_household=children,
            children_ages=tuple(ages),
            incidents=tuple(reading.incidents),
            repeated=repeated,
            escalating=escalating,
            since=since,
            rihg_pleger=tuple(dict.fromkeys(rihg_pleger)),
            rihg_incident=tuple(c for c in codes if c in RIHG_INCIDENT),
            rihg_context=tuple(dict.fromkeys(context)),
            structural_signal=bool(reasons),
            structural_reasons=tuple(reasons),
            safe_now=safe,
            protective=_quotes(reading, "protective"),
            wishes=_quotes(reading, "wishes"),
            callback_consent=bool(consent.value) if consent else None,
            callback_safe_time=str(safe_time.value)
            if safe_time and (not consent or consent.value)
            else None,
            advice_given=advice,
            level=levels.level.value,
            facts=tuple(reading.facts),
        )

    def _speaker(
        self,
        reading: _Reading,
        minor: bool | None,
        harmed: bool,
        turns: Sequence[UserTurn],
    ) -> str:
        """Who is writing, by the definitions of DESIGN.md's intake vocabulary.

        A professional works with the people harmed; a pleger does the harm; a
        minor about their own home is a kind (also when a parent is the one
        beaten); an adult harmed is a slachtoffer; anyone else who tells of
        harm is an omstander.
        """
        if reading.values("professional") and not (
            minor and reading.values("speaker_age")
        ):
            return "professional"
        self_harmed = any(p.self_ref for p in reading.patients)
        # A writer harmed by someone else who hit back ("hij sloeg me en ik
        # sloeg terug") is the victim: a victim must never be answered as pleger.
        harmed_by_other = self_harmed and any(not a.self_ref for a, _ in reading.agents)
        if not harmed_by_other and (
            reading.values("perpetrator_self")
            or any(a.self_ref for a, _ in reading.agents)
        ):
            return "pleger"
        family = {"ouder", "stiefouder", "broer_zus"}
        home = self_harmed or any(
            p.owner == "self" and p.relation in family for p, _ in reading.people
        )
        third = [p for p in reading.patients if not p.self_ref]
        if minor and home:
            return "kind"
        if self_harmed:
            return "slachtoffer"
        if reading.values("bystander") or (third and not self._own_partner(reading)):
            return "omstander"
        if harmed and (
            self._own_partner(reading)
            or any(
                t.assessment.victim == "zelf" and t.assessment.level.rank > 0
                for t in turns
            )
        ):
            return "slachtoffer"
        if third:
            return "omstander"
        return "onbekend"

    def _own_partner(self, reading: _Reading) -> bool:
        """The speaker's own partner or ex is who the chat is about.

        "mijn ex staat bij mijn huis", "mijn man heeft een huisverbod gekregen".
        """
        return any(
            a.owner == "self" and a.relation in {"partner", "ex-partner"}
            for a, _ in reading.agents
        ) or any(
            p.owner == "self"
            and (p.word in self.rules.words["spouse"] or p.relation == "ex-partner")
            for p, _ in reading.people
        )

    def _relation(self, reading: _Reading, speaker: str) -> str:
        """The perpetrator's relation: to the speaker at home, else to the victim."""
        patients = reading.patients
        if speaker == "pleger":
            others = [
                p for p in patients if not p.self_ref and p.relation != "onbekend"
            ]
            if not others:  # "ik word zo snel boos op mijn vrouw"
                others = [p for p, _ in reading.people if p.owner == "self"]
            return _INVERSE.get(others[0].relation, "anders") if others else "onbekend"
        agents = [
            (a, weight)
            for a, weight in reading.agents
            if not a.self_ref and a.relation != "onbekend"
        ]
        if not agents:
            return self._likely_perpetrator(reading, speaker)
        chosen = _heaviest(agents)
        agent = chosen.relation
        if speaker in {"kind", "slachtoffer"}:
            corrected = reading.latest("relation")
            if corrected is not None and _RELATED.get(agent) == corrected.value:
                agent = str(corrected.value)
            if agent == "broer_zus":
                return "familie"
            if (
                chosen.owner == "other"
                and agent == "partner"
                and any(p.relation == "ouder" for p in patients)
            ):
                return "stiefouder"
            return agent
        if chosen.owner == "other":
            return "familie" if agent == "broer_zus" else agent
        owned = next((p for p in patients if p.owner == "other"), None)
        if owned is not None:
            return _INVERSE.get(owned.relation, "anders")
        victim = next(
            (p for p in patients if not p.self_ref and p.owner == "self"), None
        )
        if chosen.owner == "self" and victim is not None:
            return _COMPOSE.get((victim.relation, agent), "familie")
        return "familie" if agent == "broer_zus" else agent

    def _likely_perpetrator(self, reading: _Reading, speaker: str) -> str:
        """No harm with a doer was told: the person the chat is about, if any.

        "ik ben bang voor mijn ex", "hij is hier, mijn ex staat in de gang": in a
        chat with danger or about someone's presence, the first partner, ex or
        parent the speaker names is most likely the one; for a professional or a
        bystander, the first adult named beside the person they worry about
        ("haar man", "de moeder").
        """
        if not (reading.codes or reading.values("present")):
            return "onbekend"
        wanted = {"partner", "ex-partner", "ouder", "stiefouder"}
        if speaker in {"slachtoffer", "kind", "onbekend"}:
            for person, _ in reading.people:
                if person.owner == "self" and person.relation in wanted:
                    corrected = reading.latest("relation")
                    if corrected is not None:
                        return str(corrected.value)
                    return person.relation
            return "onbekend"
        for person, _ in reading.people:
            if person.owner != "self" and person.relation in {*wanted, "kind"}:
                if person.relation == "kind" and person.owner != "other":
                    continue
                return person.relation
        return "onbekend"

    def _victims(self, reading: _Reading, speaker: str, harmed: bool) -> list[str]:
        """Who is harmed, relative to the speaker.

        When no harm phrase names whom it hits ("hij bepaalt alles", "papa
        schopt tegen mijn deur"), the definitions decide: a victim or a child
        writing about their own home tells about harm to themselves, and a
        bystander or professional about the person they describe (an elderly
        person or a child, by age or word). Someone writing about others is
        not a victim in the list when others are.
        """
        out: list[str] = []
        for person in reading.patients:
            if person.self_ref:
                out.append("zelf")
                continue
            out.append(_victim_class(person, self.rules))
        found = list(dict.fromkeys(v for v in out if v))
        if speaker in {"omstander", "professional"} and len(found) > 1:
            found = [v for v in found if v != "zelf"]
        if found or not harmed:
            return found
        if speaker in {"slachtoffer", "kind"}:
            return ["zelf"]
        if speaker in {"omstander", "professional"}:
            described = [
                _victim_class(p, self.rules)
                for p, _ in reading.people
                if not p.self_ref and not p.pronoun
            ]
            for kind in ("oudere", "kind"):
                if kind in described:
                    return [kind]
        return []

    def _kindcheck(
        self,
        reading: _Reading,
        speaker: str,
        victims: list[str],
        speaker_age: object,
    ) -> tuple[bool | None, list[int]]:
        """Children in the household, and their ages (never the speaker's own).

        What the chat said last wins: "we hebben geen kinderen samen" and then
        "zijn dochter van 9 woont om de week bij ons" is a yes. The children of
        an elderly speaker or victim are adults unless an age says otherwise.
        """
        ages = [int(a) for a in reading.values("child_age") if isinstance(a, int)]
        if isinstance(speaker_age, int) and speaker == "kind":
            ages = [a for a in ages if a != speaker_age] or ages
        ages = list(dict.fromkeys(ages))
        elderly = (isinstance(speaker_age, int) and speaker_age >= OLD_AGE) or (
            "oudere" in victims
        )
        said = [
            (f.evidence.message, f.evidence.start, bool(f.value))
            for f in reading.facts
            if f.field == "children"
            or (f.field == "child_named" and not (elderly and not ages))
        ]
        if said:
            latest = max(said)[2]
            return latest, ages if latest else []
        if speaker == "kind" or ages or "kind" in victims or "broer_zus" in victims:
            return True, ages
        return None, ages


# The perpetrator's relation to the victim, when the speaker names the victim:
# a pleger who hurts "mijn vrouw" is her partner, "mijn moeder" her child.
_INVERSE = {
    "partner": "partner",
    "ex-partner": "ex-partner",
    "kind": "ouder",
    "ouder": "kind",
    "stiefouder": "kind",
    "broer_zus": "familie",
    "familie": "familie",
    "huisgenoot": "huisgenoot",
    "anders": "anders",
}
# (the victim's relation to the speaker, the perpetrator's) -> the perpetrator's
# relation to the victim: "mijn vader slaat mijn moeder" is her partner.
_COMPOSE = {
    ("ouder", "ouder"): "partner",
    ("ouder", "stiefouder"): "partner",
    ("ouder", "broer_zus"): "kind",
    ("ouder", "partner"): "familie",
    ("ouder", "kind"): "familie",
    ("broer_zus", "ouder"): "ouder",
    ("broer_zus", "stiefouder"): "stiefouder",
    ("broer_zus", "broer_zus"): "familie",
    ("kind", "partner"): "ouder",
    ("kind", "ex-partner"): "ouder",
    ("kind", "kind"): "ouder",
    ("kind", "ouder"): "familie",
    ("familie", "ouder"): "kind",
    ("familie", "broer_zus"): "kind",
    ("partner", "ouder"): "familie",
}


def _heaviest(agents: Sequence[tuple[Person, int]]) -> Person:
    """The doer told of most, physical harm counting double; ties: the latest."""
    score: Counter[str] = Counter()
    for person, weight in agents:
        score[person.relation] += weight
    best = max(score.values())
    return next(p for p, _ in reversed(agents) if score[p.relation] == best)


# A correction replaces a relation only with a close one: "vader" -> "stiefvader".
_RELATED = {
    "ouder": "stiefouder",
    "stiefouder": "ouder",
    "partner": "ex-partner",
    "ex-partner": "partner",
}


def _now(
    reading: _Reading, turns: Sequence[UserTurn]
) -> tuple[bool | None, bool | None]:
    """Is the perpetrator there now, and is the speaker safe now?

    What the chatter said last wins. Without words for it, harm happening now
    (an acute message) means the perpetrator is there and the speaker is not
    safe; a later "hij is terug" after "ik ben veilig" makes it unsafe again.
    """
    present = reading.latest("present")
    safe = reading.latest("safe_now")
    acute = [i for i, t in enumerate(turns) if t.assessment.now and t.assessment.codes]
    is_present = bool(present.value) if present else (True if acute else None)
    is_safe = bool(safe.value) if safe else None
    if is_safe is None and acute:
        is_safe = False
    if (
        is_safe
        and present is not None
        and present.value
        and safe is not None
        and present.evidence.message > safe.evidence.message
    ):
        is_safe = False
    return is_present, is_safe


def _quotes(reading: _Reading, name: str) -> tuple[str, ...]:
    return tuple(
        dict.fromkeys(f.evidence.quote for f in reading.facts if f.field == name)
    )


def _stepparent(
    reading: _Reading, speaker: str, relation: str, victims: Sequence[str]
) -> str:
    """A parent's partner who harms a child is a stepparent, not a partner.

    "de vriend van mama", "mn moeders vriend", a grandmother's "haar nieuwe
    vriend" who beats the grandchildren: to the child (the speaker at home, or
    the only victim a bystander names) that man is a stiefouder. A child's own
    "mijn vriend" stays a partner.
    """
    if relation != "partner":
        return relation
    if speaker == "kind":
        own = any(
            a.relation == "partner" and a.owner == "self" for a, _ in reading.agents
        )
        return relation if own else "stiefouder"
    grown = any(
        (p.age is not None and p.age >= YOUNG_AGE) or p.word in {"haar", "her"}
        for p in reading.patients
    )  # "mijn dochter (27)", "haar partner slaat haar": a partner after all
    if speaker in {"omstander", "professional"} and list(victims) == ["kind"]:
        return relation if grown else "stiefouder"
    return relation


def _victim_class(person: Person, rules: IntakeRules) -> str:
    """A harmed person as the contract's victim classes."""
    if person.age is not None and person.age >= OLD_AGE:
        return "oudere"
    if person.word in rules.words["old"] and person.relation != "ouder":
        return "oudere"
    if person.pronoun:
        return ""
    relation = person.relation
    if relation in {"partner", "ex-partner"}:
        spouse = person.word in rules.words["spouse"] or person.relation == "ex-partner"
        return "partner" if person.owner == "self" and spouse else "anders"
    if relation in {"ouder", "stiefouder"}:
        return "ouder" if person.owner != "other" else "anders"
    if relation == "kind" or person.word in rules.words["young"]:
        return "kind"
    if relation == "broer_zus":
        return "broer_zus" if person.owner != "other" else "anders"
    return "anders"


def _minor(age: object, reading: _Reading) -> bool | None:
    """Under 18 by the age said, by school words, or by calling parents "papa".

    "papa" counts only when the speaker names no child of their own: a mother
    writes "waar papa is" too.
    """
    if isinstance(age, int):
        return age < YOUNG_AGE
    if reading.values("child_cues"):
        return True
    own_child = any(
        p.owner == "self" and p.relation == "kind" for p, _ in reading.people
    )
    if reading.values("child_words") and not own_child:
        return True
    return None


def _repeated(reading: _Reading, harmed: bool) -> bool | None:
    """More than one incident; "voor het eerst" says no, when no pattern is told."""
    if not harmed:
        return None
    said = bool(
        reading.values("repeated")
        or reading.values("since")
        or reading.values("escalating")
        or "escalatie" in reading.codes
    )
    if said or _dated_twice(reading):
        return True
    if reading.values("repeated_not"):
        return False
    return None


def _dated_twice(reading: _Reading) -> bool:
    """Harm told with two different moments: "vorige week ... en gisteren"."""
    moments = {
        (i.message, i.when)
        for i in reading.incidents
        if i.code in HARM_CODES and i.when in {"vandaag", "recent", "eerder"}
    }
    return len({when for _, when in moments}) >= 2


def _structural_reasons(
    harmed: bool,
    repeated: bool | None,
    escalating: bool | None,
    since: str | None,
    earlier: bool,
    children: bool | None,
) -> list[str]:
    """Signals of structural unsafety in plain Dutch; none for a single event."""
    if not harmed:
        return []
    reasons = []
    if repeated:
        reasons.append("het geweld herhaalt zich")
    if escalating:
        reasons.append("het geweld wordt erger")
    if since:
        reasons.append(f"het speelt al langere tijd ({since})")
    if earlier:
        reasons.append("eerder politie of een huisverbod")
    if children and reasons:
        reasons.append("er groeien kinderen op met dit geweld")
    return reasons


def _latest_value(reading: _Reading, name: str) -> object:
    fact = reading.latest(name)
    return fact.value if fact else None


def _who(person: Person) -> str:
    if person.self_ref:
        return "zelf"
    return person.relation


def _ages_from(toks: Sequence[Tok], start: int, rules: IntakeRules) -> list[int]:
    """Ages right after a child word: "zijn 3 en 5", "van 2, 4 en 7 jaar", "(6)"."""
    ages: list[int] = []
    filler = {
        "van",
        "is",
        "zijn",
        "en",
        ",",
        "(",
        ")",
        "jaar",
        "jr",
        "j",
        "oud",
        "&",
        "die",
        "nu",
        "of",
        "ongeveer",
    }
    window = toks[start : start + 9]
    for n, tok in enumerate(window):
        unit = window[n + 1].norm if n + 1 < len(window) else ""
        value = age_number(tok.norm, unit, rules)
        if value is not None:
            ages.append(value)
            continue
        if tok.norm in {"maanden", "maand", "weken"} and ages:
            ages[-1] = 0
            continue
        if tok.norm not in filler:
            break
    return ages


def _token_span(toks: Sequence[Tok], indicator: Indicator) -> tuple[int, int] | None:
    inside = [
        i
        for i, t in enumerate(toks)
        if t.start >= indicator.start and t.end <= indicator.end
    ]
    return (inside[0], inside[-1]) if inside else None


def _evidence(
    index: int, text: str, toks: Sequence[Tok], first: int, last: int
) -> Evidence:
    start, end = toks[first].start, toks[last].end
    return Evidence(message=index, start=start, end=end, quote=text[start:end])


def _quote(
    text: str, toks: Sequence[Tok], span: tuple[int, int] | None, indicator: Indicator
) -> str:
    """The sentence that holds the evidence, at most QUOTE_CHARS long."""
    if span is None:
        return text[indicator.start : indicator.end][:QUOTE_CHARS]
    sent = toks[span[0]].sent
    in_sent = [t for t in toks if t.sent == sent]
    quote = text[in_sent[0].start : in_sent[-1].end].strip()
    if len(quote) <= QUOTE_CHARS:
        return quote
    start = max(indicator.start - 60, in_sent[0].start)
    return text[start : start + QUOTE_CHARS].strip()


@lru_cache(maxsize=1)
def load_extractor() -> IntakeExtractor:
    """The extractor on the packaged rules, compiled once per process."""
    return IntakeExtractor(load_rules())
