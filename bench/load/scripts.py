"""What simulated chatters say: conversation scripts for the load harness.

Pure and seeded, so a run can be repeated. The kinds follow who really uses the
chat (people at risk, worried bystanders, professionals with a procedural
question), with the opening buttons, questions, a request for a person now and
then, an acute message in one conversation of twenty and reconnects mid-chat.
The texts were written for the harness; none comes from an evaluation set.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Literal

StepKind = Literal["say", "button", "acute", "reconnect"]

AUDIENCE = '/inform_audience{{"audience": "{0}"}}'


@dataclass(frozen=True)
class Step:
    """One thing a chatter does: a message, a button, an acute message, a reconnect."""

    kind: StepKind
    text: str = ""
    title: str = ""


@dataclass(frozen=True)
class Script:
    """A whole conversation; ``acute`` says whether it contains an acute message."""

    kind: str
    steps: tuple[Step, ...]
    end_with_goodbye: bool

    @property
    def acute(self) -> bool:
        return any(s.kind == "acute" for s in self.steps)


OPENERS = ["hoi", "hallo", "goedenavond", "hallo, mag ik iets vragen?", "hey"]

SELF_SITUATIONS = [
    "mijn vriend kijkt steeds in mijn telefoon en wordt boos als ik weg ga",
    "ik weet niet of wat bij ons thuis gebeurt normaal is",
    "mijn man scheldt me vaak uit waar de kinderen bij zijn",
    "ik durf eigenlijk niet zo goed te zeggen wat er aan de hand is",
    "mijn moeder drinkt en dan wordt het vervelend thuis",
    "mijn ex blijft berichten sturen terwijl ik dat niet wil",
    "thuis is het de laatste tijd erg gespannen",
]
SELF_QUESTIONS = [
    "is deze chat anoniem?",
    "wat kan Veilig Thuis voor mij doen?",
    "krijgt mijn partner te horen dat ik contact heb gezocht?",
    "moet ik aangifte doen of kan ik eerst advies vragen?",
    "kan ik ook bellen in plaats van chatten?",
]
OTHER_SITUATIONS = [
    "ik hoor bij de buren vaak harde ruzie",
    "ik maak me zorgen over een vriendin, haar vriend is erg jaloers",
    "mijn kleinzoon zegt dat hij niet naar huis wil",
    "een collega komt soms met blauwe plekken op haar werk",
    "de buurjongen staat vaak 's avonds laat nog buiten te wachten",
]
OTHER_QUESTIONS = [
    "kan ik een melding doen zonder mijn naam te noemen?",
    "wat gebeurt er nadat ik iets heb gemeld?",
    "hoe kan ik haar het beste helpen?",
    "wat zijn signalen van kindermishandeling?",
    "wanneer moet ik de politie bellen?",
]
PROFESSIONAL_INTROS = [
    "ik ben leerkracht en heb een vraag over een leerling",
    "ik werk als wijkverpleegkundige",
    "ik ben huisarts en twijfel over een patiënt",
    "ik werk op een kinderdagverblijf",
]
PROFESSIONAL_QUESTIONS = [
    "wat zijn de stappen van de meldcode?",
    "heb ik als leerkracht een meldplicht?",
    "hoe gebruik ik het afwegingskader?",
    "wat gebeurt er met mijn melding?",
    "moet ik de ouders vertellen dat ik ga melden?",
    "mag ik overleggen zonder de naam van het kind te noemen?",
]
FAQ_BUTTONS = [
    ("/faq/meldcode", "Meldcode"),
    ("/faq/afwegingskader", "Afwegingskader"),
    ("/faq/na_melding", "Na een melding"),
]
ASK_PERSON = [
    "kan ik met een medewerker praten?",
    "ik wil graag een echt persoon spreken",
]
ACUTE_MESSAGES = [
    "help hij slaat me nu",
    "mijn vriend staat nu voor de deur met een mes",
    "hij probeert me nu te wurgen, help",
    "mijn vader slaat mijn moeder op dit moment, ik ben bang",
    "hij heeft net gedreigd me dood te maken en hij is nog in huis",
]
ACUTE_FOLLOW_UPS = [
    "ik zit op de wc met de deur op slot",
    "ja hij is er nog",
    "ik kan niet bellen, hij hoort me dan",
]
CLOSERS = ["dank je wel", "bedankt", "oké, dank je", "fijn, ik ga erover nadenken"]


def make_script(rng: random.Random, acute_every: int, reconnect_share: float) -> Script:
    """A conversation; about one in ``acute_every`` contains an acute message."""
    if rng.random() < 1 / acute_every:
        kind = "acute"
        steps = [
            Step("say", rng.choice(OPENERS)),
            Step("acute", rng.choice(ACUTE_MESSAGES)),
            *[Step("say", t) for t in rng.sample(ACUTE_FOLLOW_UPS, 2)],
        ]
    else:
        kind = rng.choices(
            ["zelf", "ander", "professional", "person"], weights=[30, 30, 30, 10]
        )[0]
        steps = _ordinary(rng, kind)
    if rng.random() < reconnect_share:
        steps.insert(rng.randint(1, len(steps) - 1), Step("reconnect"))
    return Script(kind, tuple(steps), end_with_goodbye=rng.random() < 0.5)


def _ordinary(rng: random.Random, kind: str) -> list[Step]:
    opener = Step("say", rng.choice(OPENERS))
    if kind == "zelf":
        return [
            opener,
            Step("button", AUDIENCE.format("zelf"), "Over mezelf"),
            *[Step("say", t) for t in rng.sample(SELF_SITUATIONS, 2)],
            Step("say", rng.choice(SELF_QUESTIONS)),
            Step("say", rng.choice(CLOSERS)),
        ]
    if kind == "ander":
        return [
            opener,
            Step("button", AUDIENCE.format("ander"), "Over iemand anders"),
            Step("say", rng.choice(OTHER_SITUATIONS)),
            *[Step("say", t) for t in rng.sample(OTHER_QUESTIONS, 2)],
            Step("say", rng.choice(CLOSERS)),
        ]
    if kind == "professional":
        payload, title = rng.choice(FAQ_BUTTONS)
        return [
            opener,
            Step("button", AUDIENCE.format("professional"), "Ik ben professional"),
            Step("say", rng.choice(PROFESSIONAL_INTROS)),
            Step("button", payload, title),
            *[Step("say", t) for t in rng.sample(PROFESSIONAL_QUESTIONS, 2)],
            Step("say", rng.choice(CLOSERS)),
        ]
    return [
        opener,
        Step("say", rng.choice(SELF_SITUATIONS)),
        Step("say", rng.choice(ASK_PERSON)),
        Step("say", rng.choice(SELF_QUESTIONS)),
        Step("say", rng.choice(CLOSERS)),
    ]
