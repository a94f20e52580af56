"""Table-driven tests of the danger rules: one row per Dutch phrasing.

These pin the lexicon and its modifiers (``rules_assessor``: no classifier); the
classifier on top only raises levels and is tested in test_danger_classifier.py.
"""

from __future__ import annotations

import pytest

from bot.danger import Assessment, Level, fold

CASES = [
    # inflection: present, past, participle, chat spelling
    ("hij slaat me", Level.VERHOOGD, {"fysiek_geweld"}),
    ("hij sloeg me gisteren", Level.VERHOOGD, {"fysiek_geweld"}),
    ("ik ben geslagen door mijn vriend", Level.VERHOOGD, {"fysiek_geweld"}),
    ("mn vriend schopte me tegen mn been", Level.VERHOOGD, {"fysiek_geweld"}),
    ("mn vriend heeft me gewurgd", Level.HOOG, {"verwurging"}),
    ("hij kneep mijn keel dicht", Level.HOOG, {"verwurging"}),
    ("hij zegt dat hij me vermoordt als ik wegga", Level.HOOG, {"doodsbedreiging"}),
    # A weapon just taken up is at hand now (DESIGN.md: acuut); a week ago it
    # is hoog, and a knife for the onions is nothing.
    ("hij heeft een mes gepakt en zwaait ermee", Level.ACUUT, {"wapen", "acuut_nu"}),
    ("hij heeft vorige week een mes gepakt en zwaaide ermee", Level.HOOG, {"wapen"}),
    ("ik heb een mes gepakt om de uien te snijden", Level.GEEN, set()),
    # The means of suicide ready beside a word of ending it; a rope for sailing
    # is not.
    ("het touw ligt al klaar, ik zie geen uitweg meer", Level.ACUUT, {"suicidaliteit"}),
    ("het touw ligt klaar voor het zeilen morgen", Level.GEEN, set()),
    # "ik wil niet meer" says the harm; it does not negate the pills before it.
    (
        "heb net alle pillen van mn moeder genomen ik wil niet meer",
        Level.ACUUT,
        {"suicidaliteit", "acuut_nu"},
    ),
    ("hij zegt dat hij me niet meer zal slaan", Level.GEEN, set()),
    # "me kapot steekt" is a threat with a weapon; the condition after it ("als
    # ik haar niet meegeef") does not negate it.
    (
        "hij zegt dat hij me kapot steekt als ik haar niet meegeef",
        Level.HOOG,
        {"wapen"},
    ),
    # Strangling in the present tense is now, unless a habit is said.
    ("hij wurgt mama", Level.ACUUT, {"verwurging", "acuut_nu"}),
    ("hij wurgt me als hij dronken is", Level.HOOG, {"verwurging"}),
    ("hij wurgt me vaak", Level.HOOG, {"verwurging"}),
    # Veiled threats and being left behind abroad are named as such.
    (
        "mijn schoonfamilie dreigt dat ik verdwijn als ik de scheiding aanvraag",
        Level.HOOG,
        {"doodsbedreiging"},
    ),
    (
        "ze hebben mn paspoort afgepakt, deze zomer naar t dorp en ik kom"
        " niet meer terug",
        Level.HOOG,
        {"eergerelateerd"},
    ),
    ("we gaan deze zomer naar het dorp van opa, leuk", Level.GEEN, set()),
    # A negation in the condition does not negate the threat after it.
    (
        "hij zegt als hij mij niet kan hebben krijgt niemand me",
        Level.HOOG,
        {"doodsbedreiging"},
    ),
    # A huisverbod extended is a report, not a question about how it works.
    (
        "zijn huisverbod is verlengd maar gisteren stond hij gewoon weer in de tuin",
        Level.HOOG,
        {"huisverbod_overtreding"},
    ),
    # A child shut out in the cold in underwear is in danger now.
    (
        "mn moeder heeft me buitengesloten in mn onderbroek en het vriest, ik ben 13",
        Level.ACUUT,
        {"acuut_nu"},
    ),
    # A perpetrator long dead is a past that is over, whatever "nu" follows.
    (
        "vroeger sloeg mijn vader ons, maar hij is al 10 jaar dood, ik wil nu graag"
        " vrijwilliger worden",
        Level.GEEN,
        set(),
    ),
    ("mijn man verkracht me", Level.HOOG, {"seksueel_geweld"}),
    # negation
    ("hij slaat me niet", Level.GEEN, set()),
    ("hij heeft me nooit geslagen", Level.GEEN, set()),
    ("geen geweld hoor, gewoon een vraag", Level.GEEN, set()),
    ("hij slaat me niet alleen, hij schopt me ook", Level.VERHOOGD, {"fysiek_geweld"}),
    ("als ik niet luister slaat hij me", Level.VERHOOGD, {"fysiek_geweld"}),
    # general and hypothetical talk
    ("wat zijn signalen van kindermishandeling?", Level.GEEN, set()),
    ("hoe lang duurt een huisverbod", Level.GEEN, set()),
    (
        "ik ben leerkracht, wat moet ik doen als een leerling zegt dat hij thuis "
        "geslagen wordt?",
        Level.GEEN,
        set(),
    ),
    ("voor mijn werkstuk: hoeveel vrouwen worden mishandeld?", Level.GEEN, set()),
    # the past that is over, and the past that came back
    ("vroeger sloeg mijn vader me, nu gaat het goed", Level.GEEN, set()),
    ("vroeger sloeg hij me en nu begint het weer", Level.ACUUT, {"fysiek_geweld"}),
    # time words that make it acute
    ("mijn man slaat me nu", Level.ACUUT, {"fysiek_geweld", "acuut_nu"}),
    ("hij slaat me op dit moment", Level.ACUUT, {"fysiek_geweld", "acuut_nu"}),
    ("mijn ex staat voor de deur en schreeuwt", Level.ACUUT, {"acuut_nu"}),
    (
        "hij is onderweg hierheen en zei dat hij me vanavond vermoordt",
        Level.ACUUT,
        {"doodsbedreiging", "acuut_nu"},
    ),
    ("hij slaat me nu al jaren", Level.VERHOOGD, {"fysiek_geweld"}),
    ("ik heb pillen genomen en wil dood", Level.ACUUT, {"suicidaliteit", "acuut_nu"}),
    # victims: child, elderly
    (
        "mijn zoontje van 3 wordt geslagen door zijn vader",
        Level.HOOG,
        {"kindermishandeling"},
    ),
    ("mijn moeder slaat me met een riem", Level.HOOG, {"kindermishandeling"}),
    (
        "mijn opa van 85 wordt geslagen door de thuiszorg",
        Level.HOOG,
        {"ouderenmishandeling", "fysiek_geweld"},
    ),
    (
        "mijn broer pakt steeds geld van oma af, ze is dement",
        Level.VERHOOGD,
        {"ouderenmishandeling"},
    ),
    ("mijn man slaat me waar de kinderen bij zijn", Level.VERHOOGD, {"kind_getuige"}),
    # combinations
    ("ik ben zwanger en hij duwt me tegen de muur", Level.HOOG, {"zwangerschap"}),
    ("ik ben zwanger van ons tweede kindje", Level.GEEN, set()),
    # idioms are not danger
    ("ik schrok me dood", Level.GEEN, set()),
    ("de deur sloeg dicht door de wind", Level.GEEN, set()),
    ("ik heb hem met tennis verslagen", Level.GEEN, set()),
    ("snij de tomaten met een mes", Level.GEEN, set()),
    # English
    ("he is hitting me right now", Level.ACUUT, {"fysiek_geweld", "acuut_nu"}),
    ("my husband threatens to kill me", Level.HOOG, {"doodsbedreiging"}),
    ("is this chat anonymous?", Level.GEEN, set()),
    # chat style and typos
    ("mn vriend dreigd me te vermoorde", Level.HOOG, {"doodsbedreiging"}),
    ("HIJ SLAAT ME NU HELP", Level.ACUUT, {"fysiek_geweld", "acuut_nu"}),
    ("hij slaaaaat me", Level.VERHOOGD, {"fysiek_geweld"}),
    # threats: "iets aandoen", "om het leven brengen", "laten verdwijnen", "neersteken"
    ("mijn vriend zegt dat hij me iets aandoet", Level.HOOG, {"doodsbedreiging"}),
    ("hij dreigde haar om het leven te brengen", Level.HOOG, {"doodsbedreiging"}),
    ("mn schoonvader zei dat hij me laat verdwijnen", Level.HOOG, {"doodsbedreiging"}),
    ("hij schreeuwde dat hij me neersteekt", Level.HOOG, {"doodsbedreiging"}),
    ("she said she'll hurt me if i leave", Level.HOOG, {"doodsbedreiging"}),
    # a time word in the next short sentence, presence markers, a cry for help
    ("help! mijn man slaat me", Level.ACUUT, {"fysiek_geweld", "acuut_nu"}),
    ("Hij is hier. Hij zei dat hij me vermoordt", Level.ACUUT, {"acuut_nu"}),
    ("hij komt naar boven en dreigt me te wurgen", Level.ACUUT, {"acuut_nu"}),
    ("mijn ex fietst achter me aan en bedreigt me", Level.ACUUT, {"acuut_nu"}),
    ("hij staat met een bijl in de gang", Level.ACUUT, {"wapen", "acuut_nu"}),
    ("he's downstairs and he threatened to kill me", Level.ACUUT, {"acuut_nu"}),
    # "nu" as "these days" in an escalation story, and states that are not events
    (
        "eerst schold hij alleen, nu slaat hij me ook en steeds vaker",
        Level.HOOG,
        {"escalatie", "fysiek_geweld"},
    ),
    # (and a bruise is a sign of violence, not a high-risk injury: verhoogd)
    (
        "hij heeft me vorige week geduwd en nu heb ik een blauwe plek",
        Level.VERHOOGD,
        {"fysiek_geweld", "letsel"},
    ),
    # the past that is dated, or a habit, is no presence now
    ("vorig jaar heb ik pillen geslikt om dood te gaan", Level.HOOG, {"suicidaliteit"}),
    # suicide attempts and places
    ("ik heb zojuist al mijn paracetamol geslikt", Level.ACUUT, {"acuut_nu"}),
    (
        "ik zit op de rand van het balkon en wil springen",
        Level.ACUUT,
        {"suicidaliteit", "acuut_nu"},
    ),
    ("ik sta bij de brug te wachten op de bus", Level.GEEN, set()),
    # injuries
    ("door zijn klap is mijn trommelvlies gescheurd", Level.HOOG, {"letsel"}),
    ("mijn wenkbrauw lag open na de ruzie", Level.HOOG, {"letsel"}),
    # a child speaking, a child watching
    ("ik ben 10 en papa slaat mij met de riem", Level.HOOG, {"kindermishandeling"}),
    (
        "mijn vader duwde mijn moeder tegen de kast, ik stond ernaast",
        Level.VERHOOGD,
        {"fysiek_geweld", "kind_getuige"},
    ),
    # a young child neglected right now
    (
        "er zit nu een peuter alleen in een auto in de zon",
        Level.ACUUT,
        {"verwaarlozing", "acuut_nu"},
    ),
    # one negation covers a list; topic nouns in questions; jokes and sports
    ("hij heeft me nooit geslagen of geschopt", Level.GEEN, set()),
    ("is wurging echt zo gevaarlijk?", Level.GEEN, set()),
    ("ik kan mijn broer wel vermoorden haha", Level.GEEN, set()),
    ("mijn dochter heeft een blauwe plek van hockey", Level.GEEN, set()),
    ("ik heb een paracetamol genomen tegen de koorts", Level.GEEN, set()),
    ("mijn kinderen vechten om de afstandsbediening", Level.GEEN, set()),
    # a weak "nu" as the latest step of a story: after an escalation sentence, or
    # after a step word ("eerst ..., toen ..., nu ..."); the steps themselves are
    # violence getting worse (escalatie, since the r61 class), never acute
    (
        "het wordt steeds erger. nu slaat hij me met zijn vuist",
        Level.HOOG,
        {"escalatie", "fysiek_geweld"},
    ),
    (
        "eerst duwde hij me, toen kwamen de klappen, nu schopt hij me",
        Level.HOOG,
        {"escalatie", "fysiek_geweld"},
    ),
    # "nu" set against the harm told before: sweet again, gone to work
    ("hij heeft me gisteren geschopt, nu doet hij weer lief", Level.VERHOOGD, set()),
    ("hij heeft me geslagen en is nu naar zijn werk", Level.VERHOOGD, set()),
    # later today, said of what is going to happen
    ("mijn vader zegt dat hij me vanavond gaat slaan", Level.ACUUT, {"acuut_nu"}),
    ("vanmiddag gaan we naar oma", Level.GEEN, set()),
    # "'s nachts" is a habit, not a presence now
    ("mijn ex staat 's nachts voor mijn deur", Level.VERHOOGD, {"stalking"}),
    ("mijn zoontje komt 's nachts in ons bed", Level.GEEN, set()),
    # a label asked about is no evidence, even beside a concrete person
    (
        "ik moet om 9 uur naar bed van mijn moeder, is dat kindermishandeling?",
        Level.GEEN,
        set(),
    ),
    (
        "mijn moeder slaat me met de slipper, is dat kindermishandeling?",
        Level.HOOG,
        {"fysiek_geweld", "kindermishandeling"},
    ),
    # fiction read or watched: "ik kijk" does not make it a report
    ("in het boek dat ik lees wordt een vrouw gewurgd", Level.GEEN, set()),
    # a past that got worse is not over ("nu ook nuchter")
    (
        "vroeger sloeg hij alleen als hij dronken was, nu ook nuchter",
        Level.HOOG,
        {"escalatie", "fysiek_geweld"},
    ),
    # a negation inside the phrase
    ("hij doet me nooit pijn", Level.GEEN, set()),
    ("je bericht heeft me echt geraakt", Level.GEEN, set()),
    # verb families and veiled wording
    ("de buurman is zijn vrouw aan het aftuigen", Level.ACUUT, {"fysiek_geweld"}),
    ("hij gaf me een knal voor mn kop", Level.VERHOOGD, {"fysiek_geweld"}),
    ("hij heeft me hard geraakt met zijn vuist", Level.VERHOOGD, {"fysiek_geweld"}),
    ("hij zegt dat hij me een kopje kleiner maakt", Level.HOOG, {"doodsbedreiging"}),
    ("ze dreigt me te vergiftigen", Level.HOOG, {"doodsbedreiging"}),
    (
        "mijn ex wacht me elke dag op bij school en zegt dat ik het nog wel zal merken",
        Level.HOOG,
        {"stalking", "psychisch_geweld"},
    ),
    ("mijn oom zit aan haar plassertje", Level.HOOG, {"seksueel_geweld"}),
    ("iedereen is beter af zonder mij", Level.HOOG, {"suicidaliteit"}),
    ("ik heb opgezocht hoe je het pijnloos kan doen", Level.HOOG, {"suicidaliteit"}),
    ("hij belt me 40x per dag", Level.VERHOOGD, {"stalking"}),
    ("he takes my whole paycheck", Level.VERHOOGD, {"dwingende_controle"}),
    ("she shouts at me all the time", Level.VERHOOGD, {"psychisch_geweld"}),
    (
        "opa ligt de hele dag in zijn eigen urine",
        Level.VERHOOGD,
        {"verwaarlozing", "ouderenmishandeling"},
    ),
    (
        "mijn man heeft een huisverbod, maar hij zit nu weer aan de keukentafel",
        Level.ACUUT,
        {"huisverbod_overtreding", "acuut_nu"},
    ),
    # a bruise or blood is a sign of violence (verhoogd) for an adult; a child
    # injured, or a serious injury, is hoog (DESIGN.md)
    (
        "hij pakte mijn arm vast en nu heb ik blauwe plekken",
        Level.VERHOOGD,
        {"fysiek_geweld", "letsel"},
    ),
    ("mijn zoontje van 3 heeft blauwe plekken op zijn rug", Level.HOOG, set()),
    ("ze sloeg me zo hard dat mijn kaak gebroken is", Level.HOOG, {"letsel"}),
    ("ik kan niet slapen van de stress", Level.GEEN, set()),
    # stalking that frightens is verhoogd; stalking with a threat is hoog
    ("mijn ex staat elke dag bij mijn werk, ik ben bang", Level.VERHOOGD, set()),
    (
        "mijn ex volgt me overal en dreigt dat ik er spijt van krijg",
        Level.HOOG,
        {"stalking", "psychisch_geweld"},
    ),
    # a story about others in a book, film or the news, until real life returns
    (
        "mijn moeder las een boek over een meisje dat door haar vader werd misbruikt",
        Level.GEEN,
        set(),
    ),
    (
        "mijn man keek een film over oorlog, en toen sloeg hij me",
        Level.VERHOOGD,
        {"fysiek_geweld"},
    ),
    # jokes, unless said to be meant; children playing; a sport lesson
    (
        "mijn vriendin riep lachend dat ze me vermoordt als ik haar taart opeet",
        Level.GEEN,
        set(),
    ),
    (
        "hij zei lachend dat hij me vermoordt, maar het was geen grapje",
        Level.HOOG,
        {"doodsbedreiging"},
    ),
    ("mijn zoontjes spelen ridders en roepen ik maak je dood", Level.GEEN, set()),
    ("mijn dochter leert op judo hoe je uit een wurggreep komt", Level.GEEN, set()),
    ("hij houdt me in een wurggreep als we ruzie hebben", Level.HOOG, {"verwurging"}),
    # kept in check versus locked up; the speaker's own house rule
    (
        "ik mag niet naar buiten zonder dat hij meegaat",
        Level.VERHOOGD,
        {"dwingende_controle"},
    ),
    ("hij sluit me op in de slaapkamer", Level.HOOG, {"opsluiting"}),
    ("mijn dochter mag van mij niet naar buiten na het eten", Level.GEEN, set()),
    ("mijn dochter sluit zich op in haar kamer", Level.GEEN, set()),
    # a child telling of the parents fighting is a witness, not the victim
    (
        "ik ben 12 en mijn vader duwde mijn moeder tegen de muur",
        Level.VERHOOGD,
        {"kind_getuige"},
    ),
    (
        "ik ben 12 en mijn vader duwde me tegen de muur",
        Level.HOOG,
        {"kindermishandeling"},
    ),
    # everyday words that once looked like threats or weapons
    ("ik ga eraan werken", Level.GEEN, set()),
    ("dit is mijn laatste dag op deze school", Level.GEEN, set()),
    ("ik geef de baby de fles", Level.GEEN, set()),
    ("ze zwaaide met haar armen", Level.GEEN, set()),
    ("hij dreigt met een scheiding", Level.VERHOOGD, {"psychisch_geweld"}),
    ("hij zei dat dit mijn laatste avond is", Level.HOOG, {"doodsbedreiging"}),
    ("je gaat eraan, appte hij", Level.HOOG, {"doodsbedreiging"}),
    ("hij sloeg me met een fles", Level.HOOG, {"wapen"}),
    # a plea for someone to come, or two states at once, are about now
    ("kan er iemand komen? hij schopt mijn moeder", Level.ACUUT, {"acuut_nu"}),
    ("mama huilt en bloedt", Level.ACUUT, {"letsel", "acuut_nu"}),
    ("hij rijdt me al een kwartier achterna", Level.ACUUT, {"stalking", "acuut_nu"}),
    # control and turning the children against a parent
    (
        "hij wordt boos als ik met mijn vriendinnen afspreek",
        Level.VERHOOGD,
        {"dwingende_controle"},
    ),
    ("mijn ex zet de kinderen tegen me op", Level.VERHOOGD, {"psychisch_geweld"}),
    # issue 16's classes of misses, in wording of our own
    (
        "mijn vriend zei dat ik de kinderen nooit meer levend zie als ik wegga",
        Level.HOOG,
        {"doodsbedreiging"},
    ),
    (
        "de buurman doet een geheim spelletje met mijn dochter, ze mag het aan "
        "niemand vertellen",
        Level.HOOG,
        {"seksueel_geweld", "kindermishandeling"},
    ),
    (
        "mijn vader van 86 heeft doorligwonden, mijn broer laat hem de hele dag liggen",
        Level.HOOG,
        {"letsel", "ouderenmishandeling"},
    ),
    (
        "hij is gisteren uit de gevangenis gekomen en stond vanmiddag voor mijn deur",
        Level.HOOG,
        {"escalatie"},
    ),
    ("ik heb een strop gemaakt en ik doe het vannacht", Level.ACUUT, {"suicidaliteit"}),
    (
        "mijn zusje van 2 en ik zijn alleen sinds gisteren, mama is weg",
        Level.ACUUT,
        {"verwaarlozing", "acuut_nu"},
    ),
    # "nu" of the aftermath is not the harm happening now
    (
        "ik heb mijn vriendin geslagen en nu wil ze niet meer met me praten",
        Level.VERHOOGD,
        {"fysiek_geweld"},
    ),
    ("hij heeft me vorige maand gewurgd en nu ben ik bang", Level.HOOG, {"verwurging"}),
    # a game, a score or a present is no weapon; a knife held against someone is
    (
        "ik heb mn neef vanavond twintig keer neergeschoten in warzone",
        Level.GEEN,
        set(),
    ),
    ("we hebben ze net afgemaakt, 6-1", Level.GEEN, set()),
    (
        "mijn zoon van 11 wil een zakmes van de welpen voor zijn verjaardag",
        Level.GEEN,
        set(),
    ),
    ("hij staat met een mes in de keuken", Level.ACUUT, {"wapen", "acuut_nu"}),
    # a match or a score is no threat, but a match is no excuse either
    ("ajax gaat psv vanavond echt afmaken", Level.GEEN, set()),
    ("na de wedstrijd heeft hij me gewurgd", Level.HOOG, {"verwurging"}),
    # veiled threats to kill; the key in the door of someone who threatened
    (
        "hij zei dat hij me in de sloot gooit als ik iets vertel",
        Level.HOOG,
        {"doodsbedreiging"},
    ),
    ("als ik hem verlaat krijgt niemand me, zegt hij", Level.HOOG, {"doodsbedreiging"}),
    (
        "ik hoor de sleutel in het slot, gisteren heeft hij me met een mes bedreigd",
        Level.ACUUT,
        {"wapen", "acuut_nu"},
    ),
    # a message shouted in capitals is now, unless it says when it happened
    ("HIJ HEEFT EEN MES", Level.ACUUT, {"wapen", "acuut_nu"}),
    ("HIJ HEEFT ME GISTEREN GESLAGEN", Level.VERHOOGD, {"fysiek_geweld"}),
    # marks of strangulation seen by a professional
    (
        "ik zag blauwe plekken rond de hals van een cliente, ze zegt niks",
        Level.HOOG,
        {"verwurging"},
    ),
    (
        "hij zwaait met de bijl die hij voor zijn verjaardag kreeg",
        Level.ACUUT,
        {"wapen", "acuut_nu"},
    ),
]


@pytest.mark.parametrize(
    ("text", "level", "codes"), CASES, ids=[c[0][:40] for c in CASES]
)
def test_message_level_and_indicators(rules_assessor, text, level, codes):
    result = rules_assessor.assess(text)
    assert result.level is level, result
    assert codes <= set(result.codes), result


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("hij slaat me niet", "negation"),
        ("wat zijn signalen van kindermishandeling?", "hypothetical"),
        ("vroeger sloeg mijn vader me, nu gaat het goed", "past_resolved"),
        (
            "ik moet om 9 uur naar bed van mijn moeder, is dat kindermishandeling?",
            "hypothetical",
        ),
    ],
)
def test_ruled_out_phrases_are_kept_for_the_reviewer(rules_assessor, text, reason):
    result = rules_assessor.assess(text)
    assert [s.reason for s in result.suppressed] == [reason]


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A "what do I do if" question, then a sentence that says it is
        # happening: no hypothetical (danger r59 class).
        ("wat doe ik als hij met een mes zwaait? hij staat nu in de gang", Level.ACUUT),
        ("wat moet je doen als iemand je wurgt? hij is er nu nog", Level.ACUUT),
        # The same question for a school talk, with "er niet": still one.
        (
            "wat moet je doen als iemand je wurgt? vraag voor een spreekbeurt,"
            " hij is er niet",
            Level.GEEN,
        ),
    ],
)
def test_a_question_beside_what_is_happening_now_is_no_hypothetical(
    rules_assessor, text, level
):
    assert rules_assessor.assess(text).level is level


def test_a_story_is_ruled_out_for_the_reviewer(rules_assessor):
    text = "ik las in de krant over een vrouw die door haar ex is doodgestoken"
    result = rules_assessor.assess(text)
    assert result.level is Level.GEEN
    assert {s.reason for s in result.suppressed} == {"hypothetical"}


def test_a_joke_is_ruled_out_for_the_reviewer(rules_assessor):
    result = rules_assessor.assess("mijn broer riep lachend dat hij me vermoordt")
    assert result.level is Level.GEEN
    assert {s.reason for s in result.suppressed} == {"idiom"}


@pytest.mark.parametrize(
    ("text", "code", "evidence"),
    [
        (
            "mijn ex zei dat hij me een kopje kleiner maakt",
            "doodsbedreiging",
            "kopje kleiner",
        ),
        ("de buurman is zijn vrouw aan het afrossen", "acuut_nu", "aan het afrossen"),
        ("hij belt me 40x per dag", "stalking", "belt me 40x"),
    ],
)
def test_evidence_of_new_phrasings(rules_assessor, text, code, evidence):
    result = rules_assessor.assess(text)
    spans = {i.code: text[i.start : i.end] for i in result.indicators}
    assert spans[code] == evidence


def test_evidence_span_points_at_the_words(rules_assessor):
    text = "Gisteren heeft mijn vriend me gewurgd, ik ben bang voor hem"
    result = rules_assessor.assess(text)
    spans = {i.code: text[i.start : i.end] for i in result.indicators}
    assert spans["verwurging"] == "gewurgd"
    assert spans["psychisch_geweld"] == "bang voor hem"


@pytest.mark.parametrize(
    "text", ["ik ben zo bang", "ik ben bang en weet niet wat ik moet doen"]
)
def test_fear_alone_is_not_labelled_psychological_violence(rules_assessor, text):
    """Fear is a sign, not the violence (issue 16): no label a worker must undo."""
    assert "psychisch_geweld" not in rules_assessor.assess(text).codes


@pytest.mark.parametrize(
    ("text", "speaker", "victim"),
    [
        ("mijn vriend slaat me", "slachtoffer", "zelf"),
        ("ik ben juf en een leerling heeft blauwe plekken", "professional", "kind"),
        ("mijn buurvrouw wordt geslagen door haar man", "omstander", "ander"),
        ("mijn oma wordt bestolen door de buurman", "omstander", "oudere"),
    ],
)
def test_who_is_talking_and_who_is_the_victim(rules_assessor, text, speaker, victim):
    result = rules_assessor.assess(text)
    assert (result.speaker, result.victim) == (speaker, victim)


@pytest.mark.parametrize(
    "text",
    ["", "   ", "🙂🙂🙂", "\x00\x01\x02", "a" * 20_000, "hij slaat me " * 2_000, "ﷺ؟"],
)
def test_odd_input_gives_a_valid_assessment(rules_assessor, text):
    result = rules_assessor.assess(text)
    assert isinstance(result, Assessment)
    assert result.level in set(Level)


def test_very_long_message_keeps_danger_at_the_end(rules_assessor):
    text = "bla " * 6_000 + "hij heeft me gewurgd"
    result = rules_assessor.assess(text)
    assert result.level is Level.HOOG
    span = next(i for i in result.indicators if i.code == "verwurging")
    assert text[span.start : span.end] == "gewurgd"


def test_very_long_message_keeps_what_was_ruled_out(rules_assessor):
    text = "bla " * 6_000 + "hij slaat me niet"
    result = rules_assessor.assess(text)
    assert result.level is Level.GEEN
    (ruled_out,) = result.suppressed
    assert text[ruled_out.start : ruled_out.end] == "slaat"


def test_non_text_is_refused_clearly(rules_assessor):
    with pytest.raises(TypeError):
        rules_assessor.assess(b"hij slaat me")  # type: ignore[arg-type]


def test_conversation_level_never_drops(rules_assessor):
    messages = ["hij heeft me gewurgd", "dank je", "hoe lang duurt een huisverbod"]
    state = fold(rules_assessor.assess(m) for m in messages)
    assert state.level is Level.HOOG
    assert "verwurging" in state.codes


@pytest.mark.parametrize("follow_up", ["ja, hij is er nu", "hij staat nu voor de deur"])
def test_follow_up_after_a_threat_becomes_acute(rules_assessor, follow_up):
    earlier = rules_assessor.assess("hij zei dat hij me gaat vermoorden")
    assert earlier.level is Level.HOOG
    state = fold([earlier, rules_assessor.assess(follow_up)])
    assert state.level is Level.ACUUT
    assert "acuut_nu" in state.codes


@pytest.mark.parametrize("follow_up", ["ok", "ik snap het niet", "oké, dank je"])
def test_a_short_follow_up_never_raises_the_level(text_assessor, follow_up):
    """Issue 16: "ik snap het niet" once came out hoog. With the classifier on."""
    earlier = text_assessor.assess("hij schreeuwt vaak tegen me")
    assert earlier.level is Level.VERHOOGD
    reply = text_assessor.assess(follow_up)
    assert reply.level is Level.GEEN and reply.raised_by_model is None
    assert fold([earlier, reply]).level is Level.VERHOOGD


def test_now_alone_in_a_calm_conversation_is_not_acute(rules_assessor):
    state = fold(
        [
            rules_assessor.assess("hoe werkt de meldcode"),
            rules_assessor.assess("ja, nu"),
        ]
    )
    assert state.level is Level.GEEN


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # The writer does the harm: the pleger's reply, help to stop.
        ("gisteren heb ik mijn zoon een klap gegeven", "pleger"),
        ("ik sla mijn kinderen soms en dat wil ik niet meer", "pleger"),
        ("ik heb mijn vriendin gisteren geslagen", "pleger"),
        ("ik ben bang dat ik haar iets aandoe als ik boos word", "pleger"),
        # A witness, or a victim who hit back, is never read as the pleger.
        ("ik heb gezien dat hij haar heeft geslagen", "onbekend"),
        ("hij sloeg me en ik sloeg hem terug", "slachtoffer"),
        ("ik heb hem geslagen omdat hij mij wilde wurgen", "slachtoffer"),
        ("mijn man wurgde me gisteren en toen heb ik hem geslagen", "slachtoffer"),
    ],
)
def test_a_writer_who_does_the_harm_is_the_pleger(rules_assessor, text, speaker):
    assert rules_assessor.assess(text).speaker == speaker


@pytest.mark.parametrize(
    ("text", "level", "child_abuse"),
    [
        # "1 keer" is a count, not an age: no child in this message.
        ("hij heeft me 1 keer geslagen, 2 maanden terug", Level.VERHOOGD, False),
        # A teenager who hits a parent is not the child abused.
        ("mijn zoon van 16 duwt me weleens opzij", Level.VERHOOGD, False),
        ("mijn broer van 17 slaat mijn moeder soms", Level.VERHOOGD, False),
        # One light smack of a teenager: a sign (verhoogd), still labelled.
        (
            "mn moeder gaf me een tik omdat ik brutaal was, ik ben 16",
            Level.VERHOOGD,
            True,
        ),
        # Hit, not smacked, or a small child hit by a sibling: hoog as before.
        ("mijn vader slaat me, ik ben 12", Level.HOOG, True),
        ("mijn zoon slaat zijn zusje van 3", Level.HOOG, True),
        ("mijn zoon van 4 wordt door zijn vader geslagen", Level.HOOG, True),
        ("mn vader gaf me een klap voor mn kop, ik ben 14", Level.HOOG, True),
    ],
)
def test_who_is_the_child_and_how_hard(rules_assessor, text, level, child_abuse):
    got = rules_assessor.assess(text)
    assert got.level is level
    assert ("kindermishandeling" in got.codes) is child_abuse


@pytest.mark.parametrize(
    ("text", "sexual"),
    [
        # A child hiding under the blanket from a fight is no sexual abuse.
        (
            "papa en mama maken ruzie en dan doe ik mn koptelefoon op onder de deken",
            False,
        ),
        ("ik lig dan onder mn dekbed tot het stil is", False),
        ("opa kroop bij me onder de deken en zei dat het ons geheimpje was", True),
        ("mijn oom komt 's nachts onder mijn dekbed liggen", True),
    ],
)
def test_under_the_blanket_needs_someone_who_comes_in(rules_assessor, text, sexual):
    assert ("seksueel_geweld" in rules_assessor.assess(text).codes) is sexual


CUTTING_AS_SELF_HARM_AND_A_DOOR_THAT_NO_LONGER_ANSWERS = [
    # Self-harm announced behind a locked door that no longer answers: now.
    (
        "huisgenoot heeft zich in de badkamer opgesloten en zei dat ze gaat "
        "snijden, ze reageert niet meer op kloppen",
        Level.ACUUT,
    ),
    ("ik wil weer krassen", Level.HOOG),
    ("ik ga de uien snijden", Level.GEEN),
    ("ze gaat krassen op het schoolbord", Level.GEEN),
    (
        "mn ex reageert niet meer op mijn berichten, vroeger sloeg hij me",
        Level.GEEN,
    ),
]


ROUND_TEN_AND_ELEVEN_CLASSES = [
    # Round 10 and 11 error classes, said in new words.
    ("hij zei: als ik je niet kan hebben kan niemand je hebben", Level.HOOG),
    ("mijn vriend dwingt me dingen te doen die ik niet wil", Level.HOOG),
    ("mijn baas dwingt me dingen te doen die ik niet wil", Level.GEEN),
    ("ik voel me opgesloten in mijn eigen hoofd door de stress", Level.GEEN),
    ("hij heeft me opgesloten in de schuur", Level.ACUUT),
    (
        "mijn moeder sloeg me vroeger, ze is in therapie geweest en is nu "
        "een lieve oma",
        Level.GEEN,
    ),
    ("i need info for a school project on domestic abuse", Level.GEEN),
    ("he punched me and i'm still shaking", Level.VERHOOGD),
    ("he shook me so hard i hit the wall", Level.VERHOOGD),
    ("mijn dochter van 15 heeft me gisteren geduwd", Level.VERHOOGD),
    ("hij schreeuwt wel maar slaan doet hij niet", Level.VERHOOGD),
    ("hij heeft me verkracht, nu woont hij bij ons in de buurt", Level.HOOG),
    ("mijn broers zeggen dat ik dood moet", Level.HOOG),
    ("als huisarts: hoe leg ik letsel vast voor een eventuele melding", Level.GEEN),
    ("hij houdt haar hoofd onder water, ze krijgt geen lucht", Level.ACUUT),
    ("hij heeft me aan het bed vastgebonden en is weggegaan", Level.ACUUT),
    ("hij appte 'tot straks, dit overleef je niet'", Level.ACUUT),
    ("ik kreeg geen lucht toen hij me vorig jaar wurgde", Level.HOOG),
    ("hij slaat me nog steeds terwijl ik dit typ", Level.ACUUT),
    ("terwijl ik dit typ eet ik een boterham", Level.GEEN),
    ("mn vader gaat nu echt los op mn moeder", Level.ACUUT),
    ("we gaan los op de dansvloer vanavond", Level.GEEN),
    ("ik ga me even iets aandoen", Level.HOOG),
]


def test_a_diminutive_bruise_is_an_injury(rules_assessor):
    found = rules_assessor.assess("ik zag blauwe plekjes op haar armpjes")
    assert "letsel" in found.codes


def test_asleep_now_is_not_danger_now(rules_assessor):
    assert not rules_assessor.assess("he pushed me earlier, he's asleep now").now
    assert rules_assessor.assess("he is hitting me now").now


@pytest.mark.parametrize(
    "text",
    ["hij laat me niet naar buiten", "mijn vader laat ons niet naar buiten"],
)
def test_a_parser_split_of_a_last_word_does_not_hide_the_harm(rules_assessor, text):
    # The small Dutch parser starts a new sentence at "buiten"; a one- or
    # two-word piece without an end mark before it is joined back.
    assert "opsluiting" in rules_assessor.assess(text).codes


ROUND_THIRTEEN_CLASSES = [
    # A young child alone for a whole day, a weekend, or while a parent is
    # at the pub is hoog; an older child home after school is nothing.
    ("het dochtertje van 2 van de overburen is de hele dag alleen", Level.HOOG),
    ("mn zoontjes van 2 en 4 zaten alleen thuis, hij zat in de kroeg", Level.HOOG),
    ("mijn zoon van 14 is na school een uurtje alleen thuis", Level.GEEN),
    # Sedating someone who depends on you to keep them quiet.
    (
        "zij geeft opa elke avond pillen zodat hij rustig is en niks vraagt",
        Level.HOOG,
    ),
    ("ik geef mn vader zn slaappil om negen uur zodat hij goed slaapt", Level.GEEN),
    # A dead animal at the door beside stalking is a threat; prey is not.
    (
        "sinds ik weg ben volgt hij me en vanochtend hing er een dode duif aan mn deur",
        Level.HOOG,
    ),
    ("de poes had weer een dode muis op de deurmat gelegd", Level.GEEN),
    # A fracture whose accident story is doubted stays an injury.
    (
        "als verpleegkundige zie ik een man met een gebroken arm, hij zegt van de"
        " trap gevallen maar zijn verhaal klopt niet",
        Level.HOOG,
    ),
    ("ik ben van de fiets gevallen en mijn pols is gebroken", Level.GEEN),
    # Vague signs and everyday control are verhoogd, not nothing.
    ("de buurman loopt ook als het regent met een zonnebril", Level.VERHOOGD),
    ("mn man wil elke dag mijn berichten zien", Level.VERHOOGD),
    ("ik snauw steeds tegen mijn zoon en daar schrik ik van", Level.VERHOOGD),
    ("mijn schoonmoeder praat heel denigrerend tegen mij", Level.VERHOOGD),
    (
        "papa drinkt de hele dag en ik moet voor mijn zusjes eten maken",
        Level.VERHOOGD,
    ),
    ("het meisje van 5 van hiernaast loopt om 11 uur nog buiten", Level.VERHOOGD),
    ("ze zegt dat ze zichzelf wat aandoet als ik wegga", Level.VERHOOGD),
    # A carer gripping too hard is verhoogd, also for an elderly person.
    ("ik pak mijn moeder met dementie soms te hard vast", Level.VERHOOGD),
]


ROUND_FOURTEEN_CLASSES = [
    # A toy gun named as one; gamer slang for a heavy defeat.
    ("mijn neefje schoot me net onder met zijn nerf gun haha", Level.GEEN),
    ("hij pakte zijn waterpistool en schoot op de kat", Level.GEEN),
    ("we hebben ze gisteren verkracht met fifa 6-1", Level.GEEN),
    # A kitchen knife for the vegetables is nothing; a knife held at her is not.
    ("ons nieuwe koksmes gaat door een ui als door boter", Level.GEEN),
    ("hij hield net het koksmes tegen mijn keel", Level.ACUUT),
    # A real gun and a real rape stay what they are.
    ("hij schoot net met een echt pistool door het raam", Level.ACUUT),
    ("hij heeft me verkracht na het potje voetbal", Level.HOOG),
    ("na het potje heeft hij me verkracht", Level.HOOG),
    # Following again and again, with threats, is stalking with threats.
    ("mijn ex blijft me steeds volgen en bedreigt me", Level.HOOG),
]


ROUND_FIFTEEN_CLASSES = [
    # What is heard now is a report even when it ends in a question.
    (
        "flat 2 hoog, op nummer 8 schreeuwt een man en ik hoor iets kapotvallen. "
        "moet ik 112 bellen of jullie?",
        Level.ACUUT,
    ),
    ("wat moet je doen als je hoort dat een vrouw geslagen wordt?", Level.GEEN),
    # "vanavond niet": a habit of noise next door is not now.
    (
        "bij de overburen hoor ik vaak gegil en gebonk, nu niet maar ik maak me zorgen",
        Level.VERHOOGD,
    ),
    # Burned on purpose with a lighter or an iron.
    ("mijn stiefvader drukt een aansteker tegen mijn hand als straf", Level.HOOG),
    ("ze hield het hete strijkijzer tegen zijn arm", Level.HOOG),
    # Bruises where falls do not bruise a child.
    (
        "kleuter in mijn klas heeft blauwe plekken op zijn oren en billen",
        Level.HOOG,
    ),
    # A young child alone every evening, the parent out until late.
    (
        "meisje van 4 is elke avond alleen thuis, de moeder gaat uit tot laat",
        Level.HOOG,
    ),
    # Combat sport and paintball bruises are sport.
    (
        "gisteren judotoernooi gehad, heb een blauw oog maar wel gewonnen",
        Level.GEEN,
    ),
    ("paintballen met de klas, zit vol blauwe plekken haha", Level.GEEN),
    # A blue eye from him is still an injury.
    ("hij heeft me een blauw oog geslagen", Level.HOOG),
]


ROUND_SIXTEEN_CLASSES = [
    # Beaten at a game, a match score, a cut while cooking, a chosen marriage.
    ("ik maak je morgen echt kapot met mario kart", Level.GEEN),
    ("ik sla je straks kapot met rummikub 😂", Level.GEEN),
    ("we zijn vanavond afgeslacht 7-0 door ajax", Level.GEEN),
    ("was uien aan het snijden en heb me gesneden aan het keukenmes", Level.GEEN),
    ("mijn zus trouwt met een man die ze zelf heeft gekozen", Level.GEEN),
    # Control and humiliation that are verhoogd, not nothing.
    ("hij bepaalt wat ik aantrek en met wie ik omga", Level.VERHOOGD),
    (
        "mn vriend wil altijd weten waar ik uithang",
        Level.VERHOOGD,
    ),
    ("mijn man praat al een week niet tegen me als straf", Level.VERHOOGD),
    ("hij zegt steeds dat niemand anders mij zal willen", Level.VERHOOGD),
    ("mn ex stookt onze dochter tegen me op", Level.VERHOOGD),
    ("oma krijgt al dagen geen medicijnen van mijn oom", Level.VERHOOGD),
    # A real cut and a forced marriage stay what they are.
    ("hij heeft me gesneden met het keukenmes", Level.HOOG),
    (
        "mijn nichtje moet trouwen met een man die haar vader heeft gekozen",
        Level.HOOG,
    ),
]


ROUND_SEVENTEEN_CLASSES = [
    # Locked in now; a threat with him waiting outside the shop now.
    (
        "de deur is op slot en hij heeft de sleutel meegenomen, ik kan er niet uit",
        Level.ACUUT,
    ),
    (
        "mijn klant fluistert dat haar vriend buiten voor de zaak wacht en haar "
        "vermoordt als ze niet meekomt",
        Level.ACUUT,
    ),
    # A game again: "ik maak je dood" when losing at uno.
    ("mn zusje roept 'ik maak je dood' als ze verliest met uno", Level.GEEN),
    ("ik kan er niet uit komen met die formulieren, wie helpt me", Level.GEEN),
]


ROUND_EIGHTEEN_CLASSES = [
    # A tool held as a weapon now, and not let out of the room.
    (
        "mijn broer bedreigt me met een schroevendraaier en laat me de "
        "badkamer niet uit",
        Level.ACUUT,
    ),
    ("ik kan er niet uit, hij heeft de deur op slot gedaan", Level.ACUUT),
    ("hij heeft de schroevendraaier van de buren geleend", Level.GEEN),
]


A_BARE_PLEA_FOR_THE_POLICE_IS_ACUTE = [
    # A short cry for the police or an ambulance, with no harm named.
    ("snel politie", Level.ACUUT),
    ("help politie!!", Level.ACUUT),
    ("bel de ambulance aub", Level.ACUUT),
    ("politie nu", Level.ACUUT),
    # A question about the police, or a longer message, is not a cry.
    ("politie bellen?", Level.GEEN),
    ("hoe bel ik de politie", Level.GEEN),
    ("mijn oom werkt bij de politie", Level.GEEN),
    ("ik wil de politie bellen over een fietsendief", Level.GEEN),
    ("kom snel", Level.GEEN),  # rules alone: "kom snel" is the classifier's
]


@pytest.mark.parametrize(
    "text",
    [
        # Neglect, control and humiliation told without a violence word (my own
        # sentences for the nineteenth round's classes).
        "mijn man bepaalt wie ik mag zien en wat ik draag",
        "bij ons thuis is er nooit eten in de koelkast, ik ben 10",
        "het dochtertje van de buren zit de hele dag in een luier die niet "
        "verschoond wordt",
        "dat kind loopt in de vrieskou op slippers en zonder jas",
        "de jongen van hiernaast komt elke dag bij ons om eten vragen",
        "mijn vader zei dat hij liever had gehad dat ik nooit geboren was",
        "als ze kwaad is slaat ze mijn telefoon kapot",
        "hij zegt dan wekenlang geen woord tegen me",
        "mijn schoonmoeder noemt me een nietsnut waar de kinderen bij zijn",
        "hij gooide zijn bier over mijn hoofd op het feest",
        "mijn vader in het tehuis krijgt zijn medicijnen niet op tijd",
    ],
)
def test_neglect_and_control_without_a_violence_word_are_verhoogd(rules_assessor, text):
    assert rules_assessor.assess(text).level is Level.VERHOOGD


A_QUESTION_OR_A_HABIT_AFTER_NU_IS_NOT_ACUTE = [
    # "nu wil ik weten": a question about now after a past harm, not harm now.
    (
        "als kind werd ik geslagen, nu wil ik weten hoe ik mijn dochter "
        "daartegen bescherm",
        Level.HOOG,
    ),
    # "staat dan ineens": what happens each time he is jealous, not now.
    (
        "hij is zo jaloers, als ik uitga staat hij dan ineens in de kroeg",
        Level.VERHOOGD,
    ),
    # Still now when it is said to be now.
    ("hij staat nu ineens bij mijn werk en hij heeft een mes", Level.ACUUT),
]


THE_TWENTIETH_ROUNDS_CLASSES = [
    # My own sentences for the twentieth round's classes.
    ("hij dreigt dat hij de kinderen iets aandoet als ik wegga", Level.HOOG),
    (
        "sta op straat in mn pyjama, hij heeft me buitengezet en dreigt me te slaan",
        Level.ACUUT,
    ),
    ("mn broer zegt dat hij me wurgt als ik zijn hoodie weer pak 😂", Level.GEEN),
    ("bij kickboksen sloeg mn sparringpartner me bijna knock out haha", Level.GEEN),
]


THE_TWENTY_FIRST_ROUNDS_CLASSES = [
    # My own sentences for the twenty-first round's classes. A machine or a
    # game character is no victim...
    ("ik vermoord die laptop als hij nog 1x vastloopt", Level.GEEN),
    ("die printer ga ik echt slopen", Level.GEEN),
    ("mn zoon wurgde iedereen in tekken gisteravond", Level.GEEN),
    # ...but a machine named beside a real strangling changes nothing.
    ("hij wurgt mijn moeder, de tv staat aan", Level.ACUUT),
    ("de laptop staat aan en hij wurgt haar", Level.ACUUT),
    ("hij wurgde me met zijn controller tijdens fortnite", Level.HOOG),
    # Violence as the subject of a question about a toy.
    (
        "mn dochter wil een speelgoedzwaard, is dat slecht met het oog op geweld?",
        Level.GEEN,
    ),
    # The mark left afterwards is not harm now; harm said to be now still is.
    (
        "hij kneep in mijn arm en nu staan er afdrukken van zijn vingers",
        Level.VERHOOGD,
    ),
    ("hij slaat me nu, ik heb al een blauwe plek", Level.ACUUT),
    # Pulled by the arm is rough handling (verhoogd, also for the elderly);
    # "aan haar arm" is not her hair.
    (
        "opa trekt oma soms aan haar arm als ze niet snel genoeg loopt",
        Level.VERHOOGD,
    ),
    # A spouse chosen by the family, "kapotmaakt" as a threat, knocked out.
    (
        "mijn ouders hebben een vrouw voor mijn broer uitgekozen en hij moet trouwen",
        Level.HOOG,
    ),
    ("hij zei dat hij me kapotmaakt als ik praat", Level.HOOG),
    ("ze sloeg mn hoofd op de grond en ik was even buiten westen", Level.HOOG),
    # An English procedural question from a professional, read by the Dutch lexicon.
    ("what are the steps if a client tells me her husband choked her?", Level.GEEN),
]


THE_TWENTY_SECOND_ROUNDS_CLASSES = [
    # My own sentences for the twenty-second round's classes. A "game" an
    # adult comes for tonight, which the child no longer wants: acute.
    (
        "ik ben 9 en papa komt vanavond weer voor ons geheimpje, ik wil dat niet meer",
        Level.ACUUT,
    ),
    # The cover story and then whose fist it was.
    (
        "de meester vroeg naar mn blauwe oog maar ik zei dat ik tegen de deur "
        "liep, het was van papa zn vuist",
        Level.HOOG,
    ),
    # Kept indoors with the residence permit taken: "only with him" is no
    # house rule then.
    (
        "mn man en zijn ouders houden me binnen en mijn verblijfspas heeft hij "
        "afgepakt, ik mag alleen met hem naar buiten",
        Level.HOOG,
    ),
    ("haar dochtertje van 2 is al dagenlang alleen thuis", Level.HOOG),
    ("ik ben 12 en mn vader gooide een bord tegen mn hoofd", Level.HOOG),
    # A game and a sport are no danger, with or without "nu".
    ("bij het paintballen in de game zit ik vast in een kooi lol", Level.GEEN),
    (
        "bij hockey kreeg ik een stick tegen mn mond, heb nu een dikke lip haha",
        Level.GEEN,
    ),
]


THE_TWENTY_THIRD_ROUNDS_CLASSES = [
    # My own sentences for the twenty-third round's classes. Hoog: a threat
    # to a sister seen with a boy, filmed in bed, drugged so she cannot leave.
    (
        "mn oom zegt dat hij mn nicht kapot maakt als hij haar nog een keer met "
        "die jongen ziet",
        Level.HOOG,
    ),
    ("hij neemt ons op in bed terwijl ik dat niet wil", Level.HOOG),
    ("de buurman doet iets door haar thee zodat ze niet weg kan", Level.HOOG),
    # Verhoogd without a violence word: control, contempt, neglect.
    (
        "een klant van mij wordt door haar man elke 5 minuten gebeld als ze bij "
        "mij zit",
        Level.VERHOOGD,
    ),
    ("ze mag van haar schoonmoeder niet meer naar de moskee", Level.VERHOOGD),
    (
        "mijn vader zegt dat hij spijt heeft dat hij me heeft gekregen",
        Level.VERHOOGD,
    ),
    ("mn pa zuipt elke avond en dan moet ik op mn zusjes passen", Level.VERHOOGD),
    (
        "juf hier: een jongen komt elke dag zonder ontbijt naar school",
        Level.VERHOOGD,
    ),
    ("ze gaf me een lap in mijn gezicht", Level.VERHOOGD),
    # "een jaar of 9" is nine: a child out late alone is verhoogd, not hoog.
    (
        "een buurjongetje van een jaar of 9 loopt tot laat alleen buiten",
        Level.VERHOOGD,
    ),
    # Geen: a toddler's threat, a water pistol, judo bruises, violence denied.
    (
        "een kleuter in de bus riep 'ik vermoord je' toen ik niet wilde zingen 😂",
        Level.GEEN,
    ),
    ("mn broertje heeft een waterpistool en schiet iedereen neer haha", Level.GEEN),
    ("na judo zit ik onder de blauwe plekken maar het was top", Level.GEEN),
    ("de verloskundige vroeg het, maar fysiek geweld is er niet", Level.GEEN),
]


THE_TWENTY_FOURTH_ROUNDS_CLASSES = [
    # My own sentences for the twenty-fourth round's classes. Locked in
    # since the morning, a wheelchair taken away, an elderly speaker pushed
    # ("me." is a word before its full stop), a threat over the children.
    (
        "mijn stiefvader heeft mijn deur sinds vanochtend van buiten op slot gedaan",
        Level.ACUUT,
    ),
    ("ze zet mijn rolstoel in de garage als ik lastig ben", Level.HOOG),
    (
        "ik ben 83 en mijn zoon woont bij mij. als ik nee zeg duwt hij me.",
        Level.HOOG,
    ),
    ("hij zegt: als ik de kinderen niet krijg, krijgt niemand ze", Level.HOOG),
    ("ons buurjongetje is al weken zichtbaar vermagerd", Level.HOOG),
    # A fist on the wheel hits no one; holes punched in a wall hit no one but
    # frighten (verhoogd, as five independent authors labelled such lines since
    # r18); a new channel for messages is not danger now; a habit shouted in
    # capitals is a habit.
    ("hij sloeg op het stuur en schold me uit", Level.VERHOOGD),
    ("mijn broer slaat gaten in de muur als hij boos is", Level.VERHOOGD),
    ("mn ex stuurt nu via instagram berichten, niks dreigends", Level.GEEN),
    ("MIJN VRIEND SCHELDT ME ELKE DAG UIT", Level.VERHOOGD),
    (
        "we hebben op school een les over loverboys gehad, hebben jullie een folder?",
        Level.GEEN,
    ),
    # Control without a violence word.
    ("mijn man zet mijn telefoon uit als ik met mijn zus bel", Level.VERHOOGD),
    ("ik mag van hem geen rijles nemen", Level.VERHOOGD),
]


A_PAST_HARM_SET_AGAINST_NU_IS_NOT_NOW = [
    # A harm set at a past moment, then "nu" about today: hoog, not acuut.
    ("ooit heeft hij me bijna gewurgd en nu is hij weer jaloers", Level.HOOG),
    ("in 2019 heeft mijn ex me gewurgd, nu wonen we weer samen", Level.HOOG),
    (
        "toen ik zwanger was duwde hij me van de trap, nu is de baby er en hij "
        "is weer zo driftig",
        Level.HOOG,
    ),
    (
        "he strangled me last night, im at work now and scared to go home",
        Level.HOOG,
    ),
    # A harm after the "nu", the harm itself again, or a threat: still now.
    ("vorige week sloeg hij me, nu slaat hij mijn zoon", Level.ACUUT),
    ("ooit wurgde hij me en nu doet hij het weer", Level.ACUUT),
    ("vroeger sloeg hij me en nu begint het weer", Level.ACUUT),
    (
        "vorige week dreigde hij ons dood te maken en nu is hij dronken",
        Level.ACUUT,
    ),
    ("gisteren heeft hij me gewurgd en nu slaat hij me weer", Level.ACUUT),
    # A habit ("hele avonden", "als ze gaat werken") and a mark of the past
    # ("nu weer met haar pols in het gips") are no "now" either.
    (
        "mijn buurvrouw laat haar zoontje van 3 hele avonden alleen, ik hoor "
        "hem dan door de muur huilen",
        Level.HOOG,
    ),
    (
        "mijn nichtje van 5 heeft vaak blauwe plekken en nu weer met haar "
        "pols in het gips",
        Level.HOOG,
    ),
    # Bragging about everyone in a game is no threat; a threat to the
    # writer beside a game still is.
    (
        "mijn zoon speelt fortnite en roept de hele tijd dat hij iedereen kapotmaakt",
        Level.GEEN,
    ),
    (
        "hij gamet de hele nacht en zegt dat hij mij afmaakt als ik de wifi uitzet",
        Level.HOOG,
    ),
]


THE_TWENTY_SIXTH_ROUNDS_CLASSES = [
    # My own sentences for the twenty-sixth round's classes. A case told,
    # then asked about, is a case; a general question stays general.
    (
        "Verpleegkundige hier. Cliënte met striemen rond de hals, zegt dat ze "
        "is uitgegleden. Wat nu?",
        Level.HOOG,
    ),
    (
        "een moeder sleurde gisteravond haar zoontje aan zijn haren over de "
        "stoep. wat moet ik als buurvrouw?",
        Level.HOOG,
    ),
    ("Wurging bij ouderen. Hoe vaak komt dat voor?", Level.GEEN),
    (
        "wat moet ik doen als een leerling vertelt dat hij thuis geslagen wordt?",
        Level.GEEN,
    ),
    # A stalker passing with a veiled threat; a bus passing.
    (
        "mijn ex fietst steeds langs mijn huis en zegt dat ik het ga bekopen",
        Level.HOOG,
    ),
    ("de bus rijdt elke dag langs ons huis", Level.GEEN),
    # A ban broken, told in a subordinate clause; a threat with "niet levend".
    ("ik hoorde dat haar ex zich niet aan het huisverbod houdt", Level.HOOG),
    ("hij zei dat ik niet levend de deur uit kom als ik hem verlaat", Level.HOOG),
    # Control, not threats or locking up.
    (
        "ik doe mijn kamerdeur op slot als mijn stiefvader gedronken heeft",
        Level.VERHOOGD,
    ),
    ("hij zegt dat niemand anders mij wil hebben", Level.VERHOOGD),
    (
        "mn vriendin wil altijd weten waar ik ben en wordt boos als ik niet opneem",
        Level.VERHOOGD,
    ),
    # Marks that remain, a newborn, "nou" in a question: not now.
    (
        "hij sloeg me vorige week en er zit nu nog een bult op mijn hoofd",
        Level.VERHOOGD,
    ),
    ("we hebben net een baby gekregen, alleen slaapt ze slecht", Level.GEEN),
    (
        "die rapper die zijn vriendin sloeg, moet zo iemand nou niet de cel in?",
        Level.VERHOOGD,
    ),
    # A line from a series, said by a child; sport.
    (
        "mijn dochter roept 'ik vermoord je' tegen haar zus, dat komt uit een film",
        Level.GEEN,
    ),
    ("mijn zoon slaat elke avond op zijn bokszak", Level.GEEN),
    ("he choked me yesterday and i passed out", Level.HOOG),
]


THE_TWENTY_SEVENTH_ROUNDS_CLASSES = [
    # My own sentences for the twenty-seventh round's classes.
    # The aftermath, a disclosure or "now that" after "nu": not now.
    ("papa sloeg me met de riem en nu durf ik niet te douchen bij gym", Level.HOOG),
    ("nu vertelt mijn dochter dat oom haar heeft vastgebonden", Level.HOOG),
    (
        "nu ik aangifte heb gedaan zegt hij dat ik het niet ga overleven",
        Level.HOOG,
    ),
    # A harm after "nu" that is set at a past moment of its own.
    (
        "vroeger sloeg mijn vader mama, nu doet mijn man hetzelfde, vorige "
        "week kneep hij mijn keel dicht",
        Level.HOOG,
    ),
    # ... and one after "nu" without one is now.
    ("vroeger sloeg mijn vader mama, nu slaat mijn man mij", Level.ACUUT),
    # Whenever we argue is a habit, not now.
    (
        "als we ruzie hebben gaat hij altijd in de deuropening staan en schreeuwt hij",
        Level.VERHOOGD,
    ),
    # A war story, a toy gun, the dog, a pillow: no violence at home.
    (
        "mijn oma vertelt over de bezetting, hoe ze door de duitsers geslagen werd",
        Level.GEEN,
    ),
    ("mijn neefje rent rond met een plastic pistool", Level.GEEN),
    ("de buurman scheldt elke ochtend tegen zijn hond", Level.GEEN),
    ("mijn broertje gooide een kussen naar me omdat ik won", Level.GEEN),
    # Procedural and hypothetical questions with "mijn" and "me" in them.
    (
        "mag ik als arts mijn beroepsgeheim doorbreken bij een vermoeden?",
        Level.GEEN,
    ),
    ("wat doe ik als mijn vriendin me ooit zou slaan?", Level.GEEN),
    # A toddler alone on the street; taken to his friends upstairs.
    ("het buurjongetje van 3 loopt vaak alleen op straat", Level.HOOG),
    (
        "mijn vriend liet me met zijn vrienden mee naar boven gaan en nu moet "
        "ik het terugverdienen",
        Level.HOOG,
    ),
]


THE_TWENTY_EIGHTH_ROUNDS_CLASSES = [
    # My own sentences for the twenty-eighth round's classes.
    ("mijn ooms zeggen dat ze me doden als ik met hem trouw", Level.HOOG),
    (
        "sinds we uit elkaar zijn wacht hij elke dag bij mijn werk en zegt "
        "dat hij me toch vindt",
        Level.HOOG,
    ),
    ("mijn stiefvader gaf mijn broertje een pak rammel", Level.HOOG),
    ("we hebben psv een pak slaag gegeven, 5-1", Level.GEEN),
]


THE_TWENTY_NINTH_ROUNDS_CLASSES = [
    # My own sentences for the twenty-ninth round's classes, with look-alikes.
    # Attending a school or a club is no one waiting there.
    (
        "ik zit op de havo en wil later bij de politie, welke opleiding moet ik kiezen",
        Level.GEEN,
    ),
    ("mijn zoon zit op judo en komt thuis met verhalen over de trainer", Level.GEEN),
    ("mijn ex zit elke ochtend in zijn auto bij mijn werk te wachten", Level.VERHOOGD),
    # Kills and guns in a game; a real gun beside a threat stays.
    ("vannacht 20 kills in warzone met de sniper haha", Level.GEEN),
    (
        "hij heeft een sniper geweer in de kast en zegt dat hij me weet te vinden",
        Level.HOOG,
    ),
    # The speaker's exasperation over a trifle; a threat told with "nog een keer".
    ("ik wurg mijn zusje als ze nog een keer mijn make-up pakt 😤", Level.GEEN),
    ("hij zei: ik vermoord je als je nog een keer naar je moeder gaat", Level.HOOG),
    # A past weekend set against "now he's all sweet"; "now he's hitting me again".
    ("he hit me last weekend and now he's all sweet again", Level.VERHOOGD),
    ("he choked me last weekend and now he's all sorry", Level.HOOG),
    ("he hit me last weekend and now he's hitting me again", Level.ACUUT),
    # A weapon taken up yesterday is a story; today, or with "nu", it is now.
    ("gisteren heeft hij een mes gepakt tijdens de ruzie", Level.HOOG),
    ("gisteren heeft hij een mes gepakt en hij staat nu in de gang", Level.ACUUT),
    ("hij heeft net een mes gepakt", Level.ACUUT),
    # "ik sta er dan bij": each time; "ik sta erbij": now.
    ("mijn broer slaat soms mijn vader en ik sta er dan bij", Level.VERHOOGD),
    ("papa slaat mama en ik sta erbij", Level.ACUUT),
    # Sexual abuse told indirectly: "doktertje" with an adult, men's money kept,
    # a man online asking a child for photos; children's play and likes are not.
    ("mijn dochter van 5 zegt dat de buurman doktertje met haar speelt", Level.HOOG),
    ("mijn dochter van 5 speelt doktertje met haar vriendinnetje", Level.GEEN),
    (
        "ze moet met mannen mee en het geld dat die klanten betalen pakt hij af",
        Level.HOOG,
    ),
    ("de klanten betalen contant en dat geld houdt mijn baas", Level.GEEN),
    (
        "een jongen van snapchat vraagt steeds fotos van me en zegt dat ik het geheim"
        " moet houden, ik ben 12",
        Level.HOOG,
    ),
    ("ik heb een man op instagram die mijn fotos liket", Level.GEEN),
    # Broken Dutch strangling.
    ("buurman pak keel van zijn vrouw, zij kan niet ademen", Level.HOOG),
    # Stalking with a veiled threat is hoog; "dan zie je wel" (try it) is no threat.
    ("mijn ex volgt me overal en zegt anders zie je wel wat er gebeurt", Level.HOOG),
    ("probeer het gewoon, dan zie je wel wat er gebeurt", Level.GEEN),
    # Shouting wished away; sparring.
    ("ik wil leren ruzie maken zonder te schreeuwen", Level.GEEN),
    ("mijn vader blijft schreeuwen zonder reden", Level.VERHOOGD),
    ("ik heb vandaag bij het sparren iemand knock out geslagen", Level.GEEN),
]


THE_THIRTIETH_ROUNDS_CLASSES = [
    # My own sentences for the thirtieth round's classes, with look-alikes.
    # A small child alone for long outside in the cold, no one opening; alone on
    # the balcony with a book is a choice (an exclusion read "alleen op het"
    # as "only").
    (
        "het meisje van de benedenburen zit al een uur alleen op de galerij in de "
        "kou, ze is een jaar of 2 en niemand doet open",
        Level.ACUUT,
    ),
    ("ik zit graag alleen op het balkon met een boek als het rustig is", Level.GEEN),
    # Flemish "slaagt naar mij"; passing an exam.
    ("help mijne man is zot hij slaagt naar mij en de kinders", Level.ACUUT),
    ("mijn zoon slaagt voor zijn rijexamen, zo trots", Level.GEEN),
    # A case told, then a procedural question with a general marker; the same
    # question with no case before it.
    (
        "verloskundige hier: zwangere cliënte met blauwe plekken in haar hals, "
        "partner zat erbij. welke stappen moet ik nemen?",
        Level.HOOG,
    ),
    (
        "welke stappen moet ik nemen als ik denk dat een cliënte mishandeld wordt?",
        Level.GEEN,
    ),
    # Neglect that endangers a life is hoog: bedsores, starved, days in one nappy;
    # an old man eating badly out of grief is no neglect.
    (
        "mijn buurvrouw is 88 en heeft doorligwonden, haar zoon laat niemand van de "
        "thuiszorg binnen",
        Level.HOOG,
    ),
    (
        "opa krijgt bijna niks te eten van de vrouw die voor hem zorgt, hij is vel "
        "over been",
        Level.HOOG,
    ),
    ("opa eet slecht sinds oma er niet meer is, we maken ons zorgen", Level.GEEN),
    (
        "de peuter van mn buren zit al dagen in dezelfde luier, het hele huis stinkt",
        Level.HOOG,
    ),
    # Touched "op plekken waar ze dat niet wil"; a hairdresser's tickle.
    (
        "mijn moeder zegt dat haar nieuwe vriend haar aanraakt op plekken waar ze "
        "dat niet wil",
        Level.HOOG,
    ),
    ("de kapper raakt je hoofd aan op plekken waar het kietelt haha", Level.GEEN),
    # Never to see the children alive again.
    (
        "hij dreigt dat ik de kinderen nooit meer levend terugzie "
        "als ik bij hem weg ga",
        Level.HOOG,
    ),
    # Where a professional works is not a lesson's topic: the case is real; a
    # lesson asked about stays general.
    (
        "docent op een havo: leerling van 15 vertelt dat ze deze zomer in marokko "
        "uitgehuwelijkt wordt",
        Level.HOOG,
    ),
    (
        "ik geef les op een mbo en wil een les over huiselijk geweld geven, hebben "
        "jullie materiaal",
        Level.GEEN,
    ),
    # A clip of an animal; a referee attacked at a match.
    ("zag net een filmpje van een kat die een hond een klap geeft 😂", Level.GEEN),
    (
        "de scheidsrechter werd bijna in elkaar geslagen bij het voetbal van mijn "
        "zoon, schandalig",
        Level.GEEN,
    ),
    # Tied or locked up "drie dagen geleden" is not now; keys taken, kept inside.
    (
        "hij heeft me opgesloten en verkracht, drie dagen geleden, ik durf niks te "
        "zeggen",
        Level.HOOG,
    ),
    ("hij heeft alle huissleutels afgepakt en ik kan het huis niet uit", Level.HOOG),
    # A small child's play kick, in English and in Dutch; a real kick now.
    ("lol my 4 year old just kung fu kicked me in the knee 😂", Level.GEEN),
    ("mn zoontje van 4 gaf me net een ninja trap tegen mn knie haha", Level.GEEN),
    ("my stepdad just kicked me in the stomach help", Level.ACUUT),
]


THE_THIRTY_FIRST_ROUNDS_CLASSES = [
    # My own sentences for the thirty-first round's classes, with look-alikes.
    # A parent gone for days and the children alone now; away on business with
    # a grandmother looking after them.
    (
        "ik ben 10 en papa is al drie dagen weg en mijn broertje huilt want we "
        "hebben honger",
        Level.ACUUT,
    ),
    ("mama is al twee dagen weg op zakenreis, oma past op, alles goed", Level.GEEN),
    # Covered in bruises is an injury; from rugby it is not.
    (
        "de buurvrouw verzorgt haar man na zijn beroerte maar hij zit helemaal "
        "onder de blauwe plekken en ze schreeuwt tegen hem",
        Level.HOOG,
    ),
    # "van niemand anders mag zijn": if not his, no one's; a dog.
    ("mijn ex blijft me volgen en zegt dat ik van niemand anders mag zijn", Level.HOOG),
    ("mijn hond is van niemand anders dan van mij haha", Level.GEEN),
    # A baby thrown onto the changing mat; a cuddly toy thrown onto the bed.
    (
        "de oppas zei dat de vader de baby op het aankleedkussen heeft gesmeten "
        "omdat hij niet stopte met huilen",
        Level.HOOG,
    ),
    ("ik heb de knuffel op het bed gesmeten omdat ik boos was", Level.GEEN),
    # Withdrawing is no escalation.
    (
        "juf hier, een meisje komt al weken in dezelfde kleren en trekt zich steeds "
        "meer terug",
        Level.VERHOOGD,
    ),
    (
        "sinds de verhuizing trekt mijn zoon zich steeds meer terug, hij mist zijn "
        "vrienden",
        Level.GEEN,
    ),
    # Putting on clothes is not "iets aandoen"; deciding what she wears is control.
    (
        "mijn vriend vindt het niet leuk als ik iets strakks aandoe maar hij zegt "
        "er niks van",
        Level.GEEN,
    ),
    ("mijn vriend zegt wat ik mag aantrekken en met wie ik mag praten", Level.VERHOOGD),
    # Wrists held so she cannot go.
    ("hij hield mijn polsen zo hard vast dat ik niet weg kon", Level.VERHOOGD),
    # A pillow in a squabble; a cut finger in the kitchen; cutting oneself and
    # being cut stay.
    ("mijn zusje sloeg me met een kussen tijdens de film haha", Level.GEEN),
    (
        "ik sneed mezelf in mijn duim met een schilmesje, moet ik naar de huisarts",
        Level.GEEN,
    ),
    ("ik snij mezelf in mijn armen als hij weer geschreeuwd heeft", Level.HOOG),
    (
        "hij heeft me net met een mes in mijn hand gesneden en staat nog in de keuken",
        Level.ACUUT,
    ),
    ("na het rugby zit ik helemaal onder de blauwe plekken lol", Level.GEEN),
    # Cutting oneself in the fingers and wrists after a row is no kitchen cut.
    ("ik sneed mezelf in mijn vingers en polsen na de ruzie", Level.HOOG),
    ("sneed me in mn vinger bij het koken au", Level.GEEN),
    # Revenge for a game, in English; a threat to end her tonight stays.
    ("lost 3 rounds of fifa to my cousin, gonna destroy him next time", Level.GEEN),
    ("he says he is going to end me tonight, he is outside", Level.ACUUT),
]


THE_THIRTY_SECOND_ROUNDS_CLASSES = [
    # My own sentences for the thirty-second round's classes, with look-alikes.
    # Food withheld from an old man by his carer is severe neglect; an old man
    # who eats less on his own is not.
    (
        "mijn schoonvader van 87 is vel over been, zijn dochter zegt dat hij niet "
        "meer hoeft te eten omdat hij toch doodgaat",
        Level.HOOG,
    ),
    (
        "mijn opa is wat afgevallen sinds hij alleen woont, hij kookt niet graag",
        Level.GEEN,
    ),
    # Images of children found on a device; photos of a school trip.
    (
        "op de tablet van mijn vriend stonden fotos van kinderen die echt niet kunnen",
        Level.HOOG,
    ),
    (
        "ik heb fotos van kinderen op het schoolreisje gemaakt, mag ik die op "
        "facebook zetten",
        Level.GEEN,
    ),
    # Heard saying no while drunk; saying no to another drink.
    (
        "mn huisgenote kwam stomdronken thuis met een jongen en ik hoorde haar "
        "telkens nee roepen",
        Level.HOOG,
    ),
    (
        "op het feest zei mijn vriendin steeds nee tegen nog een drankje, ze moest "
        "nog rijden",
        Level.GEEN,
    ),
    # A girl of 14 taken along by older men who give her things.
    (
        "er komt een meisje van 14 uit mijn klas steeds met oudere mannen mee die "
        "haar nieuwe telefoons en tassen geven",
        Level.HOOG,
    ),
    # Violence counted within a week; a late bus counted.
    ("hij slaat me met zijn vuist, dit is al de derde keer deze week", Level.HOOG),
    ("dit is de derde keer deze week dat de bus te laat is", Level.GEEN),
    # A push down the stairs is more than a push; one push of a child is verhoogd.
    ("mijn stiefvader gaf mijn broertje een duw van de trap", Level.HOOG),
    ("mijn vader gaf me gisteren een duw toen hij boos was", Level.VERHOOGD),
    # A prank with "help help".
    ("we deden een prank bij mijn broer en ik gilde help help haha", Level.GEEN),
    # Guns kept in a safe; a gun waved while drunk.
    (
        "mijn man heeft zijn jachtgeweren in een kluis, is dat veilig met kinderen "
        "in huis?",
        Level.GEEN,
    ),
    ("mijn man zwaait met zijn jachtgeweer als hij dronken is", Level.HOOG),
    # A case that may come one day.
    (
        "wat moet ik doen als mijn zoon ooit vertelt dat hij gepest wordt of "
        "geslagen op school?",
        Level.GEEN,
    ),
    # Slammed doors and a fist on the table are intimidation, not a blow; the
    # fear that it gets worse is no escalation.
    ("mijn vader slaat met deuren en noemt me dom", Level.VERHOOGD),
    (
        "ik sla met mijn vuist op tafel als ik boos ben en schreeuw tegen mijn "
        "vrouw, ik wil niet dat het erger wordt",
        Level.VERHOOGD,
    ),
    # More and more sleeping pills is no escalating violence.
    (
        "de apotheker zegt dat ik steeds vaker slaapmiddelen haal, moet ik me "
        "zorgen maken",
        Level.GEEN,
    ),
    # A veiled "dat ik het ga voelen" with following.
    ("mn ex volgt me overal en appt dat ik het ga voelen", Level.HOOG),
    # A count is not a time: "four times now"; "outside now" is.
    (
        "my ex says he'll kill me if I take the kids to my mum's, "
        "that's four times now he's said it",
        Level.HOOG,
    ),
    ("my ex says he'll kill me, he is outside now", Level.ACUUT),
]


THE_THIRTY_THIRD_ROUNDS_CLASSES = [
    # My own sentences for the thirty-third round's classes, with look-alikes:
    # a visitor at the door seeing in now, limp is not a slap, Sranan and
    # Papiamento death threats, photos for money and threatened, a threat to
    # the children said before 'als ik weg ga' (not a 'wat als'), snapping at a
    # parent more often is not escalating violence, car keys taken is control,
    # locked up in a game, 'stuurt nu kaartjes' is these days.
    (
        "wijkverpleegkundige hier, ik sta op huisbezoek en zie door het raam "
        "meneer op de grond liggen met bloed aan zn hoofd, er doet niemand open",
        Level.ACUUT,
    ),
    (
        "ik sta bij de buren aan de deur en zie door de brievenbus de peuter "
        "alleen op de vloer, hij is heel slap en uitgedroogd en de ouders zijn "
        "al dagen weg",
        Level.ACUUT,
    ),
    (
        "ik hoor door het raam dat hij haar slaat en ze gilt",
        Level.ACUUT,
    ),
    (
        "zie door het raam dat ze weer een blauw oog heeft, vorige week ook al",
        Level.HOOG,
    ),
    (
        "ik zie door het raam dat de buren een nieuwe bank hebben",
        Level.GEEN,
    ),
    (
        "mijn dochter voelt zich slap en moe, is dat griep",
        Level.GEEN,
    ),
    (
        "mn vriend zegt o kiri mi als ik hem verlaat",
        Level.HOOG,
    ),
    (
        "mn man zei a sa kiri yu als je met de kinderen weggaat",
        Level.HOOG,
    ),
    (
        "mi kasá a bisa ku lo mata mi si mi bai ku e yu",
        Level.HOOG,
    ),
    (
        "mijn leerling vertelt dat een jongen uit de 4e haar fotos laat sturen "
        "voor geld en dreigt hij ze te verspreiden",
        Level.HOOG,
    ),
    (
        "een man op insta laat mijn zusje van 13 fotos sturen in ruil voor "
        "skins in fortnite",
        Level.HOOG,
    ),
    (
        "hij heeft filmpjes van me en dreigt ze online te zetten als ik het uitmaak",
        Level.HOOG,
    ),
    (
        "mijn dochter moet fotos sturen voor haar schoolproject, kan dat veilig",
        Level.GEEN,
    ),
    (
        "mn man zegt dat hij de kinderen wat aandoet als ik bij hem weg ga",
        Level.HOOG,
    ),
    (
        "ze zegt steeds dat ze zichzelf en de kids iets aandoet als ik de "
        "scheiding doorzet",
        Level.HOOG,
    ),
    (
        "ik zorg voor mn vader met parkinson en val steeds vaker tegen hem "
        "uit, gisteren heb ik hem hard aan zn arm getrokken",
        Level.VERHOOGD,
    ),
    (
        "mijn vader slaat mijn moeder steeds vaker, vorige week had ze een blauw oog",
        Level.HOOG,
    ),
    (
        "hij pakt mn autosleutels af als ik naar mn zus wil",
        Level.VERHOOGD,
    ),
    (
        "hij verstopt mn huissleutels zodat ik het huis niet uit kan",
        Level.HOOG,
    ),
    (
        "in minecraft heb ik mn zusje opgesloten in een toren en nu huilt ze echt 😂",
        Level.GEEN,
    ),
    (
        "we spelen roblox en mn neef heeft me daar opgesloten in een kooi lol",
        Level.GEEN,
    ),
    (
        "hij heeft me opgesloten in de kelder en nu hoor ik hem boven schreeuwen",
        Level.ACUUT,
    ),
    (
        "mn ex heeft mn nieuwe adres gevonden en stuurt nu kaartjes, geen "
        "dreigementen maar ik vind het eng",
        Level.VERHOOGD,
    ),
    (
        "mn ex stuurt me nu berichten dat hij voor de deur staat en dat hij me "
        "vermoordt",
        Level.ACUUT,
    ),
]


THE_THIRTY_FOURTH_ROUNDS_CLASSES = [
    # My own sentences for the thirty-fourth round's classes, with look-alikes:
    # a knife already in hand facing her, an elder starved, a toddler left alone
    # for hours as a habit (hoog, not acuut; 'is nu alleen' stays acuut), medication
    # withheld, promised to a man, porn shown to a child, bruises round the neck,
    # 'doet hij ze wat aan', a past with a course done and never again, 'net vrij'
    # and 'weet nu dat' are no now, a cook's knife, a gamer shouting at his team,
    # a fall from a ladder, a joke with an emoji, shouted venting, a rope laid ready,
    # a child at the door with 'papa is weg', rotten teeth, a diary read, a toy broken.
    (
        "ik sta in de keuken en hou het broodmes al vast, hij staat tegenover "
        "me en schreeuwt dat hij me kapot maakt",
        Level.ACUUT,
    ),
    (
        "ik kan me niet meer beheersen, ik heb het mes vast en mijn vrouw "
        "staat tegenover me, ik wil haar geen pijn doen",
        Level.ACUUT,
    ),
    (
        "mijn oma van 88 woont bij mijn oom en is zo mager geworden, er is "
        "nooit eten in huis en ze zegt steeds dat ze honger heeft",
        Level.HOOG,
    ),
    ("mijn opa is wat mager, hij eet slecht sinds oma dood is", Level.VERHOOGD),
    ("alles gaat goed, alleen slapen we te weinig sinds de baby er is", Level.GEEN),
    (
        "als wijkverpleegkundige zie ik dat haar zoon haar insuline niet meer "
        "laat nemen en zegt dat het geld kost",
        Level.VERHOOGD,
    ),
    (
        "de ouders van mijn vriendin hebben haar beloofd aan een neef uit "
        "turkije, ze is 16",
        Level.HOOG,
    ),
    ("ik heb aan mijn man beloofd dat ik vanavond kook", Level.GEEN),
    (
        "de vriend van mijn moeder laat me pornofilmpjes zien als zij naar "
        "haar werk is",
        Level.HOOG,
    ),
    ("de juf liet ons een filmpje zien over de natuur", Level.GEEN),
    (
        "als fysio zie ik weer kneuzingen rond de hals van een clientje, ze "
        "zegt van het judo maar ze doet geen judo",
        Level.HOOG,
    ),
    ("hij heeft gezegd als ik met de kinderen ga dan doet hij ze wat aan", Level.HOOG),
    (
        "ik heb mijn ex 10 jaar geleden een keer geslagen, daarna een "
        "agressiecursus gevolgd en het is nooit meer gebeurd. kan ik "
        "vrijwilliger worden",
        Level.GEEN,
    ),
    (
        "mijn vader is net vrij na 3 jaar cel voor het mishandelen van mama en "
        "hij heeft ons adres gevonden",
        Level.HOOG,
    ),
    (
        "welke messen zijn goed voor een beginnende kok, mijn oude keukenmes is bot",
        Level.GEEN,
    ),
    ("hij pakt het keukenmes en zegt dat hij me gaat snijden", Level.ACUUT),
    (
        "mn broertje gamet de hele avond en roept ik maak je kapot tegen zijn "
        "teamgenoten, hoort dat bij gamen",
        Level.GEEN,
    ),
    (
        "mijn dochter is van de trap gevallen zegt mijn man maar ze heeft een "
        "gebroken arm en ik was er niet bij",
        Level.HOOG,
    ),
    (
        "mijn vader is van de ladder gevallen bij het dakgoot schoonmaken en "
        "heeft zijn pols gebroken",
        Level.GEEN,
    ),
    (
        "mijn oma zei ik ga je slaan als je nog een koekje pakt 😂 ze is zo lief",
        Level.GEEN,
    ),
    (
        "MIJN VRIEND ZIT ALLEEN MAAR TE BLOWEN EN TE SCHREEUWEN IK BEN HET ZO ZAT",
        Level.VERHOOGD,
    ),
    ("HIJ SLAAT ME HELP", Level.ACUUT),
    ("hij komt zo en zegt dat hij me vermoordt", Level.ACUUT),
    ("ik heb een strop klaarhangen op zolder en ik ga het vanavond doen", Level.ACUUT),
    (
        "de overburen laten hun dochtertje van 2 vaak de hele nacht alleen "
        "thuis, dan hoor ik haar uren huilen",
        Level.HOOG,
    ),
    (
        "het peutertje van hiernaast is nu alleen thuis sinds gisteravond en "
        "ik hoor hem huilen",
        Level.ACUUT,
    ),
    ("de buren laten hun zoon van 14 soms een avond alleen thuis", Level.VERHOOGD),
    (
        "hij is net vrij na zijn straf voor het slaan van mij en weet nu waar ik woon",
        Level.HOOG,
    ),
    (
        "bij de buren doet steeds een jongetje van een jaar of 3 open, hij "
        "zegt papa is weg, ik zie nooit een volwassene",
        Level.VERHOOGD,
    ),
    (
        "een jongetje van 5 vertelde dat zijn papa er niet is omdat hij in het "
        "buitenland werkt",
        Level.GEEN,
    ),
    (
        "als schoolarts zie ik een meisje van 6 met rotte tanden en de ouders "
        "reageren nergens op",
        Level.VERHOOGD,
    ),
    (
        "mijn vader leest al mijn berichten en heeft mijn slaapkamerdeur eruit gehaald",
        Level.VERHOOGD,
    ),
    ("moet ik als juf bij elke blauwe plek bij een kind meteen melden", Level.GEEN),
    ("mijn zusje heeft mijn legotoren kapotgemaakt en nu ben ik boos", Level.GEEN),
]


THE_THIRTY_FIFTH_ROUNDS_CLASSES = [
    # My own sentences for the thirty-fifth round's classes, with look-alikes:
    # Limburgs at the door, a jump from a bridge with the children, a man asking
    # for her room number at the ward, a parent gone since last night with a small
    # child left, a documentary, a film, a board game, a finger cut while cooking,
    # a shouted threat over the dishes, a parent gone for a divorce, a son who
    # threatens to smash things.
    (
        "mien ex steit veur de deur en reupt det er mich kepot maakt",
        Level.ACUUT,
    ),
    (
        "mn vriendin heeft de kinderen meegenomen en appt dat ze met ze van de "
        "brug springt, net stuurde ze een foto",
        Level.ACUUT,
    ),
    (
        "ik lig in het ziekenhuis door hem en er staat een man bij de balie "
        "die naar mijn kamernummer vraagt, hij zei dat hij me afmaakt",
        Level.ACUUT,
    ),
    (
        "papa is sinds gisteravond weg en mijn broertje van 2 huilt heel erg, "
        "ik ben 9 en er is niemand",
        Level.ACUUT,
    ),
    (
        "mijn vriend zegt dat hij vanaf het dak springt, hij staat er nu",
        Level.ACUUT,
    ),
    (
        "we hebben net die docu over femicide gekeken, hoeveel vrouwen worden "
        "er vermoord per jaar",
        Level.GEEN,
    ),
    (
        "net een horrorfilm gezien met een moord met een mes, kan niet slapen",
        Level.GEEN,
    ),
    (
        "bij weerwolven word ik altijd als eerste vermoord haha",
        Level.GEEN,
    ),
    (
        "net mn vinger gesneden met het broodmes tijdens het koken, pleister erop",
        Level.GEEN,
    ),
    (
        "hij heeft me net met een mes in mijn hand gesneden en staat nog in de keuken",
        Level.ACUUT,
    ),
    (
        "IK GA HEM ECHT AFMAKEN ALS HIJ WEER DE AFWAS LAAT STAAN 😤",
        Level.GEEN,
    ),
    (
        "mijn vader is sinds gisteren weg, mama zegt dat ze gaan scheiden",
        Level.GEEN,
    ),
    (
        "onze zoon van 17 schopt gaten in de deuren en dreigt alles kapot te maken",
        Level.VERHOOGD,
    ),
]


THE_THIRTY_SIXTH_ROUNDS_CLASSES = [
    # My own sentences for the thirty-sixth round's classes, with look-alikes.
    # Words heard now are a row, not violence going on: verhoogd; a cry for
    # help, a bang or harm told beside them keeps the message acute.
    (
        "ik hoor de buurman nu tegen zijn moeder van 88 tieren dat ze dom is",
        Level.VERHOOGD,
    ),
    ("ik hoor hem door de muur tegen haar schreeuwen, ze roept help", Level.ACUUT),
    ("hij slaat mn moeder in de keuken, ik hoor haar schreeuwen", Level.ACUUT),
    ("ik hoor haar schreeuwen dat ze geen lucht krijgt", Level.ACUUT),
    # Turning someone's neck is a death threat; with a laughing emoji, a joke.
    ("mn stiefvader zei dat hij me de nek omdraait als ik iets zeg", Level.HOOG),
    ("hij komt over een kwartier thuis en draait me dan de nek om", Level.ACUUT),
    ("ik draai je nek om als je mn laatste koekje pakt 😆", Level.GEEN),
    # Self-harm going on; cutting vegetables is not.
    (
        "mn zus is aan het snijden in haar pols en wil de deur niet opendoen",
        Level.ACUUT,
    ),
    ("ik ben de uien aan het snijden voor de soep", Level.GEEN),
    # A girl taken to hotels where men wait; food withheld for days.
    (
        "mn nichtje van 15 wordt door haar vriend naar hotels gebracht waar mannen op "
        "haar wachten",
        Level.HOOG,
    ),
    (
        "onze pleegzoon kreeg bij zijn moeder dagen geen eten als hij niet luisterde",
        Level.HOOG,
    ),
    (
        "we kregen op kamp dagen geen warm eten, alleen brood",
        Level.VERHOOGD,
    ),
    # A professional doubting a fall beside a partner who answers for her.
    (
        "huisarts: vrouw met gebroken pols, zegt dat ze van de trap is gevallen, haar "
        "man antwoordt steeds voor haar",
        Level.HOOG,
    ),
    # Household and sport accidents, seat-belt marks, healing questions.
    ("sneed in mn duim bij het brood snijden, het bloedt flink", Level.GEEN),
    ("gebrand aan de strijkijzer, hoe lang duurt zo'n blaar", Level.GEEN),
    ("mijn zoon kreeg bij de training een blauw oog van een bal", Level.GEEN),
    ("rode striemen op mn borst van de autogordel na de aanrijding", Level.GEEN),
    ("welk koksmes raad je aan om pompoen te snijden", Level.GEEN),
    # Watching a programme is a story; "een schande is" is an insult.
    (
        "kijk net opsporing verzocht en een overvaller dreigde de kassière neer "
        "te steken",
        Level.GEEN,
    ),
    (
        "zijn vader schreeuwde dat hij een schande is toen hij de wedstrijd verloor",
        Level.VERHOOGD,
    ),
    (
        "mn broers zeggen dat ik een schande voor de familie ben en dat ze me "
        "opwachten",
        Level.HOOG,
    ),
]


THE_THIRTY_SEVENTH_ROUNDS_CLASSES = [
    # My own sentences for the thirty-seventh round's classes, with look-alikes.
    # Leaving now because of him, a threat for when he is back from an errand.
    (
        "kan ik hier ook een taxi vragen, ik moet nu weg want mn man zei dat hij "
        "me afmaakt als hij terug is van de bakker",
        Level.ACUUT,
    ),
    ("ik moet nu weg want mn moeder roept, doei", Level.GEEN),
    ("als hij terug is van de supermarkt gaan we koken", Level.GEEN),
    # One's own finger cut while cooking.
    ("sneed me in mn duim bij het brood snijden, het bloedt flink", Level.GEEN),
]

A_THREAT_HELD_OVER_HER_AND_A_HABIT_AFTER_NU = [
    # My own sentences for the r37 classes read acute too early, with look-alikes.
    # A threat for when she tells or leaves, "nu" the time he said it: hoog.
    (
        "vorige week sloeg hij me en nu zegt hij dat hij me afmaakt als ik naar "
        "de politie ga",
        Level.HOOG,
    ),
    ("mn stiefvader zei vanavond dat hij ons vermoordt als mama weggaat", Level.HOOG),
    # ... but when the time is of the deed, or he is here, or it goes on: acuut.
    ("hij zei dat hij me vanavond vermoordt als ik het iemand vertel", Level.ACUUT),
    (
        "hij zit nu in de auto voor de deur en zegt dat hij me afmaakt als ik de "
        "politie bel",
        Level.ACUUT,
    ),
    ("hij slaat me nu en zegt dat hij me vermoordt als ik het vertel", Level.ACUUT),
    ("hij zei net dat hij me vermoordt als hij terug is van de kroeg", Level.ACUUT),
    # "nu" followed by a habit: what he does these days, not this minute.
    (
        "hij heeft me vorig jaar bijna gewurgd en nu staat hij elke nacht bij "
        "mijn huis",
        Level.HOOG,
    ),
    ("vorig jaar wurgde hij me bijna en nu staat hij bij mijn huis", Level.ACUUT),
]

THE_THIRTY_EIGHTH_ROUNDS_CLASSES = [
    # My own sentences for the thirty-eighth round's classes, with look-alikes.
    # Violence with an aim, in the bare present and with no story: going on.
    ("ze is zwanger en hij trapt haar in haar buik", Level.ACUUT),
    ("mijn stiefvader gooit mijn broertje tegen de muur", Level.ACUUT),
    # ... a habit, a past or a condition anywhere makes it a story.
    ("hij trapt haar in haar buik als ze niet luistert", Level.VERHOOGD),
    ("sinds de zomer duwt hij me tegen de muur", Level.VERHOOGD),
    ("vorige week duwde hij me van de trap en nu slaapt hij", Level.VERHOOGD),
    # ... and plain "hij slaat me" names no aim (the first stage's table).
    ("hij slaat me", Level.VERHOOGD),
    ("bij voetbal trapt hij de bal tegen mijn hoofd", Level.GEEN),
    # A child told to keep from a parent what "we" do somewhere.
    (
        "de buurman zegt dat ik niks tegen papa mag vertellen over wat we op "
        "zolder doen",
        Level.HOOG,
    ),
    # An adult's hotel nights with a minor, beside money or presents.
    (
        "een man van 40 geeft mijn zusje van 15 geld en slaapt met haar in hotels",
        Level.HOOG,
    ),
    ("we slapen in het hotel en hebben cadeaus gekocht voor oma", Level.GEEN),
    # A parent who hits a grown-up writer: not child abuse.
    ("mijn vader gaf me gisteren een klap, ik ben 41 en schrok ervan", Level.VERHOOGD),
    ("mijn vader gaf me gisteren een klap, ik ben 11 en schrok ervan", Level.HOOG),
    # Her own plate thrown is not her thrown.
    ("opa gooit zijn bord op de grond als hij boos is, hij is dement", Level.GEEN),
    ("hij gooit haar op de grond als hij boos is", Level.VERHOOGD),
    # Where one lives, and a professional asking whether to report now.
    ("he choked me in june, i live in almere with my sister", Level.HOOG),
    (
        "mentor hier, een leerling zegt dat haar vader haar gisteren sloeg, moet "
        "ik nu melden?",
        Level.HOOG,
    ),
]

THE_THIRTY_NINTH_ROUNDS_CLASSES = [
    # My own sentences for the thirty-ninth round's classes, with look-alikes.
    # A baby gone limp after being shaken: now.
    ("ik heb hem door elkaar geschud en nu is hij heel slap", Level.ACUUT),
    ("de baby is zo slap van de koorts, moet ik naar de huisarts", Level.GEEN),
    # Someone with a contact ban banging on her door.
    (
        "hij heeft een straatverbod en bonkt nu op mijn deur, ik zit binnen",
        Level.ACUUT,
    ),
    ("mijn buurman sloeg op het stuur in de file", Level.GEEN),
    # A death threat said as not coming home alive.
    ("mijn oom zegt dat ik niet levend terugkom als ik wegloop", Level.HOOG),
    # A tracker hidden on her things after a separation: hoog.
    ("sinds de breuk zat er een airtag in mijn handtas, vast van mijn ex", Level.HOOG),
    ("ik heb een airtag aan mijn sleutels zodat ik ze niet kwijtraak", Level.GEEN),
    # A habit of disobedience or during sex is no presence now.
    ("mama knijpt in mijn keel als ik iets fout doe", Level.HOOG),
    # What he wants or texts these days is not a danger now.
    ("een man van 25 wil nu fotos zonder kleren van mijn dochter van 13", Level.HOOG),
    # Cooking cuts and a thumb under the hammer.
    ("ik sneed me bij het brood snijden, moet dat gehecht worden", Level.GEEN),
    ("met de hamer op mijn duim geslagen tijdens het klussen", Level.GEEN),
    # A threat to a pet and to the child.
    ("hij zegt dat hij mijn hond en mij dood maakt als ik het vertel", Level.HOOG),
    ("onze hamster is vannacht dood gegaan", Level.GEEN),
]

THE_FORTIETH_ROUNDS_CLASSES = [
    # My own sentences for the fortieth round's classes, with look-alikes.
    # A hunting rifle waved now; one locked in a safe is nothing.
    ("mijn vader zwaait met zijn jachtgeweer in de woonkamer", Level.ACUUT),
    ("opa heeft een jachtgeweer in een kluis, is dat veilig", Level.GEEN),
    # Last night, told in the perfect, is not now; tonight's plan is.
    ("mijn vriend heeft me vannacht geslagen", Level.VERHOOGD),
    # The mark of a harm told before, with "nu" opening the clause.
    ("hij kneep in mijn arm nu heb ik een blauwe plek", Level.VERHOOGD),
    ("hij slaat me nu, ik heb al een bult", Level.ACUUT),
    # Care that comes three times a day.
    ("de wijkverpleging komt nu twee keer per dag bij opa", Level.GEEN),
]

THE_FORTY_FIRST_ROUNDS_CLASSES = [
    # My own sentences for the forty-first round's classes, with look-alikes.
    # Things done to a child under the blanket or kept secret; a brother's
    # "dingen" in the room that only annoy are nothing.
    (
        "mijn oom doet dingen bij me onder het dekbed en ik mag het aan niemand zeggen",
        Level.HOOG,
    ),
    ("de buurjongen deed dingetjes met mij en ik mocht het niet vertellen", Level.HOOG),
    ("mijn broer doet altijd dingen bij mij in de kamer, irritant", Level.GEEN),
    # Beaten ("gebeukt") is violence, the rain on the roof is not; "no lie"
    # affirms, it does not deny.
    ("mijn vader heeft me met een riem gebeukt", Level.HOOG),
    ("de regen beukt op het dak", Level.GEEN),
    ("hij slaat me echt, no lie", Level.VERHOOGD),
    # One's own finger cut in the kitchen; cut by him is not.
    (
        "ik heb me in mn duim gesneden aan het broodmes en het bloedt,"
        " heb ik hechtingen nodig",
        Level.GEEN,
    ),
    (
        "hij heeft me in mijn vinger gesneden met een mes toen ik wilde weggaan",
        Level.HOOG,
    ),
    # A whetstone for kitchen knives; knives sharpened with a threat tonight.
    ("mijn vader gaf me een slijpsteen voor mijn koksmessen", Level.GEEN),
    (
        "hij zit zijn messen te slijpen en zegt dat ik vannacht niet overleef",
        Level.ACUUT,
    ),
    # "als ... ooit" as a case that may come, not a threat with a condition.
    ("wat moet ik doen als mijn zus ooit door haar man geslagen wordt", Level.GEEN),
    ("als ik ooit bij hem weg ga maakt hij me af zegt hij", Level.HOOG),
    # A professional's procedure on a suspicion; a school project.
    (
        "mag ik als leerkracht bij een vermoeden van kindermishandeling"
        " de ouders eerst bellen",
        Level.GEEN,
    ),
    ("voor ons project over huiselijk geweld zoeken we cijfers", Level.GEEN),
    # Answering for her, forbidding her family; a small child's or a frail
    # mother's "niet alleen naar buiten" is no control.
    ("haar man antwoordt altijd voor haar bij de dokter", Level.VERHOOGD),
    ("mijn moeder mag van mijn stiefvader niet alleen naar haar zus", Level.VERHOOGD),
    ("mijn dochter van 5 mag niet alleen naar buiten", Level.GEEN),
    ("mijn moeder van 90 kan niet meer alleen naar de winkel", Level.GEEN),
    # English read by the Dutch rules (multilingual r32 class): a scene of a
    # series, a parent and a report card; a threat to keep quiet is real.
    ("we rewatched the finale, the scene where he chokes her is brutal", Level.GEEN),
    ("my dad is going to kill me if he sees my report card lol", Level.GEEN),
    ("my dad said he will kill me if i tell anyone", Level.HOOG),
]

THE_FORTY_SECOND_ROUNDS_CLASSES = [
    # My own sentences for the forty-second round's classes, with look-alikes.
    # Low Saxon: a grip on the throat ('an de kele'), and 'no' as now at the door.
    ("hij hef mie gisteren an de kele pakt", Level.HOOG),
    ("mien vent hef mie an de kele pakt en no steet e veur de deure", Level.ACUUT),
    # Threatening to take the children's and his own life; a strangling in the
    # past is not over while they still live together.
    (
        "mijn ex dreigt zichzelf van het leven te beroven"
        " als ik niet terugkom en de kinderen ook",
        Level.HOOG,
    ),
    (
        "vijf jaar geleden heeft hij me gewurgd, daarna nooit meer,"
        " maar we wonen nog steeds samen",
        Level.HOOG,
    ),
    (
        "vijf jaar geleden heeft hij me gewurgd, daarna nooit meer,"
        " we zijn al lang uit elkaar",
        Level.GEEN,
    ),
    # The belt or stick a child may not talk about; meeting men for money.
    ("ik mag van papa niks vertellen over de stok", Level.HOOG),
    ("mijn vriend wil dat ik met oudere mannen ga daten voor geld", Level.HOOG),
    ("ik ga met mijn vriendinnen uit eten voor haar verjaardag", Level.GEEN),
    (
        "ik schrijf een detective waarin iemand wordt gewurgd,"
        " krijg je dan rode puntjes in de ogen?",
        Level.GEEN,
    ),
    # A writer's question, a game's boss, a part in a musical.
    ("riep ik maak je af tegen de eindbaas en mn moeder schrok", Level.GEEN),
    (
        "in de musical speel ik de vader die slaat, hoe doe ik dat overtuigend",
        Level.GEEN,
    ),
    (
        "sinds ik zei dat ik wil scheiden is hij door het lint, hij sloopt alles",
        Level.HOOG,
    ),
    # Out of control since she said she wants to leave.
    ("hij stond vannacht met een mes voor mijn raam", Level.HOOG),
    # Last night told in the past tense; a condition of calling the police;
    # the family that now knows.
    ("hij staat nu met een mes voor mijn raam", Level.ACUUT),
    ("he said he will kill me if i ever call the police", Level.HOOG),
    ("he is hitting me, call the police", Level.ACUUT),
    ("mijn ouders weten het nu en mijn vader zegt dat hij me vermoordt", Level.HOOG),
    ("ik ben soms zo jaloers dat ik haar telefoon afpak", Level.VERHOOGD),
    # The writer's own jealousy: controlling still counts, doubting does not.
    ("ik twijfel of ik te jaloers ben op zijn vriendinnen", Level.GEEN),
]


THE_FORTY_THIRD_ROUNDS_CLASSES = [
    # My own sentences for the forty-third round's classes, with look-alikes.
    # Kept in now behind a locked door; never seeing the children alive again.
    (
        "mijn broers houden me binnen sinds ik nee zei tegen de bruiloft,"
        " de deur zit op slot",
        Level.ACUUT,
    ),
    ("als je weggaat zie je je dochter nooit meer levend", Level.HOOG),
    ("ik heb opa nooit meer levend gezien, hij overleed in het ziekenhuis", Level.GEEN),
    # Clothes off in the 'game'; a spy app beside the separation, not within.
    (
        "de buurman doet een spelletje met mijn zusje en dan moet ze haar broek uit",
        Level.HOOG,
    ),
    (
        "bij het spelletje moest iedereen zijn jas uitdoen omdat het warm was",
        Level.GEEN,
    ),
    (
        "mijn ex heeft een spionage-app op mijn telefoon geinstalleerd en weet alles",
        Level.HOOG,
    ),
    (
        "mijn man heeft een app op mijn telefoon gezet zodat hij ziet waar ik ben",
        Level.VERHOOGD,
    ),
    # Sport and an episode; a driver's and a sister's case that may come.
    (
        "mijn dochter kreeg een klap op haar neus bij de judowedstrijd maar ze won",
        Level.GEEN,
    ),
    (
        "in aflevering 3 van die serie steekt hij zijn vrouw neer, is dat echt gebeurd",
        Level.GEEN,
    ),
    (
        "ik ben buschauffeur, wat moet ik doen als een passagier ooit vertelt"
        " dat ze geslagen wordt",
        Level.GEEN,
    ),
    ("stel dat mijn zus ooit bedreigd wordt, mag ik dan voor haar bellen?", Level.GEEN),
]


THE_FORTY_FOURTH_ROUNDS_CLASSES = [
    # My own sentences for the forty-fourth round's classes and two of the
    # forty-third's, with look-alikes.
    # A head held under water; hearing lost since a blow, not since the flu.
    (
        "ze hield het hoofd van mijn broertje onder water in bad tot hij hoestte",
        Level.HOOG,
    ),
    (
        "bij zwemles moesten we ons hoofd onder water houden en dat vond ik eng",
        Level.GEEN,
    ),
    ("sinds die klap van mijn vader hoor ik niks meer aan mijn linker oor", Level.HOOG),
    ("sinds de griep hoor ik slecht aan een oor, moet ik naar de huisarts", Level.GEEN),
    # Intimate images held over her; holiday photos are not.
    (
        "die jongen heeft filmpjes van mij naakt en wil ze naar mijn ouders sturen",
        Level.HOOG,
    ),
    (
        "mijn vriendin wil onze vakantiefoto's op instagram zetten maar ik vind"
        " dat niks",
        Level.GEEN,
    ),
    # A toddler alone for hours as a habit (hoog), and now (acuut).
    (
        "de peuter van de overburen is vaak urenlang alleen, de moeder gaat 's avonds"
        " stappen",
        Level.HOOG,
    ),
    (
        "de baby van de bovenburen ligt nu al uren alleen te huilen, niemand doet open",
        Level.ACUUT,
    ),
    # "nu" of a mark, of hiding, of a threat for a next time: not danger now.
    ("hij drukte een hete pan tegen mijn hand en nu zit er een blaar", Level.HOOG),
    (
        "mijn nicht is nu ondergedoken omdat haar vader dreigt haar te vermoorden",
        Level.HOOG,
    ),
    ("ik zit nu verstopt in de kast want hij slaat alles kapot", Level.ACUUT),
    ("hij zegt dat het de volgende keer niet zo goed afloopt voor mij", Level.HOOG),
    # A weapon on a past day, or each time she brings it up; and now.
    (
        "gisteren had mijn vader een mes in zijn hand toen hij tegen mama schreeuwde",
        Level.HOOG,
    ),
    ("telkens als ik over weggaan begin pakt hij een mes", Level.HOOG),
    ("hij pakt nu een mes omdat ik over weggaan begon", Level.ACUUT),
    # Things threatened are not a death threat; a person still is.
    (
        "mijn broer dreigt mijn playstation kapot te maken als ik niet opschiet",
        Level.VERHOOGD,
    ),
    # Fiction one writes, a blow at kickboxing, a handshake.
    (
        "in mijn scenario wordt een man neergestoken, hoe lang bloedt zo iemand",
        Level.GEEN,
    ),
    (
        "bij de kickbokstraining kreeg ik een trap tegen mn ribben, mag ik morgen weer"
        " trainen",
        Level.GEEN,
    ),
    ("mijn opa gaf me zo'n stevige handdruk dat mijn vingers pijn doen 😂", Level.GEEN),
    # A girl brought to one man after another; no said in bed (r43 classes).
    (
        "haar vriend brengt mijn nichtje van 14 in het weekend naar hotels bij steeds"
        " andere mannen",
        Level.HOOG,
    ),
    (
        "ik breng mijn dochter elke zaterdag naar voetbal bij verschillende clubs",
        Level.GEEN,
    ),
    ("hij wil seks en als ik nee zeg dwingt hij me toch", Level.HOOG),
    ("als ik nee zeg tegen een toetje wordt mijn moeder boos haha", Level.GEEN),
    # "net sigaretten" is a likeness, no time word; a knife drawn last Saturday;
    # a fall and a first-aid question, unless he pushed her; a kitchen cut; a
    # threat said as a joke (r43 classes).
    (
        "de oppas zag ronde brandplekjes op de arm van mijn zoontje, net sigaretten",
        Level.HOOG,
    ),
    (
        "hij trok een mes bij de ruzie van afgelopen zaterdag, de kinderen zagen het",
        Level.HOOG,
    ),
    (
        "opa is van de trap gevallen en heeft een bult op zijn hoofd, mag je met een"
        " hersenschudding slapen",
        Level.GEEN,
    ),
    (
        "ze is van de trap gevallen omdat hij haar duwde, ze heeft een hersenschudding",
        Level.HOOG,
    ),
    (
        "bloed overal want het mes schoot uit bij het groente snijden, pleister erop",
        Level.GEEN,
    ),
    (
        "mijn broertje zei 'ik ga je slaan' als grapje omdat ik zijn chips pakte",
        Level.GEEN,
    ),
]


THE_FORTY_FIFTH_ROUNDS_CLASSES = [
    # My own sentences for the forty-fifth round's classes, with look-alikes.
    # Silence after the harm is no denial of it; strangling in the bare present.
    ("papa is mama aan het wurgen ik hoor haar niet meer", Level.ACUUT),
    ("hij knijpt haar keel dicht ik zie haar niet meer bewegen", Level.ACUUT),
    # Touched where she does not want it; filmed in secret as she showers.
    (
        "de buurman zit aan mijn dochter van 9 op plekken waar ze dat niet wil",
        Level.HOOG,
    ),
    ("mijn oom filmt mij stiekem als ik douche", Level.HOOG),
    ("mijn broer filmt me altijd als ik sta te dansen haha", Level.GEEN),
    # A veiled threat; the same words about homework are none.
    ("als ik niet trouw met wie zij willen dan weet ik wat er gebeurt", Level.HOOG),
    ("als je je huiswerk niet maakt dan weet je wat er gebeurt 😂", Level.GEEN),
    # Toddlers alone whole nights.
    (
        "de kinderen van hiernaast zijn 2 en 4 jaar en vaak alleen hele nachten",
        Level.HOOG,
    ),
    # A strangle hold at judo, a kitchen knife bought, oma's carpet beater.
    (
        "bij judo kreeg ik een wurggreep van mijn trainingsmaatje en nu heb ik"
        " spierpijn",
        Level.GEEN,
    ),
    ("vandaag een nieuw koksmes gekocht bij de kookwinkel, super scherp", Level.GEEN),
    (
        "mijn oma zegt altijd ik sla je bont en blauw met de mattenklopper als we te"
        " laat zijn 😂",
        Level.GEEN,
    ),
]


# The forty-sixth and forty-seventh rounds' classes, in my own words, with
# look-alikes: burnt hands or feet on a child; a child's bare "mama" is a real
# mother; her refusal is no denial; the aftermath and not wanting to go home
# after the harm are no "now"; sitting in the shelter is no one at the door;
# sex with his mates for money; a child unfed for days; a toddler alone for
# hours told at a distance; a tracker under the saddle; a console threatened,
# shouting both ways and an elbow at hockey are no abuse; a wish is no report.
THE_FORTY_SEVENTH_ROUNDS_CLASSES = [
    (
        "de peuter van mijn zus heeft alweer verbrande voetjes, ze zegt dat hij"
        " zelf in het hete bad stapte",
        Level.HOOG,
    ),
    ("ik heb mn hand verbrand aan het strijkijzer, doet zeer", Level.GEEN),
    (
        "waarom heeft mama rode strepen in haar hals? papa zegt dat het van haar"
        " ketting is",
        Level.HOOG,
    ),
    ("waarom slaan sommige papa's hun kinderen?", Level.GEEN),
    (
        "mijn vader heeft een jongen voor mij uitgekozen, ik wil niet maar hij"
        " zegt dat ik moet trouwen",
        Level.HOOG,
    ),
    ("mijn zus is door haar man geschopt en nu eet ze bijna niks meer", Level.VERHOOGD),
    ("hij schopt haar en nu beweegt ze niet meer", Level.ACUUT),
    (
        "mijn leerling is door zijn vader met een riem geslagen en durft vanavond"
        " niet naar huis",
        Level.HOOG,
    ),
    (
        "ik durf vanavond niet naar huis want hij staat met een mes voor de deur",
        Level.ACUUT,
    ),
    ("ik zit nu in de opvang, hij heeft me vorige maand geslagen", Level.VERHOOGD),
    (
        "mijn ex staat nu bij de opvang te wachten en zegt dat hij me afmaakt",
        Level.ACUUT,
    ),
    ("mijn vriendje zegt dat ik met z'n maten naar bed moet voor geld", Level.HOOG),
    (
        "het meisje van hiernaast zegt dat ze al drie dagen niks gegeten heeft",
        Level.HOOG,
    ),
    (
        "de peuter van mijn buren, dat zegt zijn oudere zus tenminste, is elke"
        " middag urenlang alleen thuis",
        Level.HOOG,
    ),
    ("mijn ex heeft een airtag onder het zadel van mijn fiets geplakt", Level.HOOG),
    (
        "mn moeder dreigt mijn xbox af te pakken als ik mijn huiswerk niet maak 😭",
        Level.GEEN,
    ),
    ("we schreeuwen soms tegen elkaar maar maken het altijd weer goed", Level.GEEN),
    ("de buren schreeuwen elke nacht tegen elkaar", Level.VERHOOGD),
    (
        "tijdens het hockeyen kreeg ik een stick tegen mijn been, dikke knie",
        Level.GEEN,
    ),
    (
        "mijn vriendin is in elkaar geslagen door haar vader en heeft een gebroken"
        " neus",
        Level.HOOG,
    ),
    ("ik wil niet dat mijn kinderen ooit geslagen worden", Level.GEEN),
    (
        "ik wil niet dat hij ooit nog aan me zit, hij heeft me gisteren gewurgd",
        Level.HOOG,
    ),
]


# The forty-eighth round's classes, in my own words, with look-alikes: someone
# held by the throat now and not pulled off; a time word of earlier today with
# a past verb, an injury "nu weer", a safe place "nu", a professional's "welke
# stap ben ik nu" and "gisteren ook weer" are no "now" (a threat for tonight
# said "net" still is); play, a game's sniper and how to record an injury are
# no report; sex to pay his debts, videos a child must copy, stroking higher up
# the leg, a baby a whole day in the cot unfed, a toddler left crying for hours.
THE_FORTY_EIGHTH_ROUNDS_CLASSES = [
    (
        "mijn broer heeft mijn moeder bij de keel en ik krijg hem niet van haar af",
        Level.ACUUT,
    ),
    ("mijn vriend heeft vanochtend zijn handen om mijn keel gelegd", Level.HOOG),
    ("hij zei net dat hij vanavond met een mes terugkomt", Level.ACUUT),
    (
        "mijn dochtertje van 2 had vorig jaar een gebroken pols en nu weer een"
        " gebroken arm, haar vader zegt dat ze van de bank viel",
        Level.HOOG,
    ),
    ("mijn ex dreigde me te vermoorden, ik slaap nu bij mijn zus", Level.HOOG),
    (
        "ik zit nu bij mijn zus en hij staat met een mes voor haar deur",
        Level.ACUUT,
    ),
    (
        "Juf hier. Vandaag een jongen van 8 met striemen op zijn rug, welke stap in"
        " de meldcode ben ik nu?",
        Level.HOOG,
    ),
    (
        "mijn buurman scheldt zijn vrouw uit en dreigt haar dood te maken, gisteren"
        " ook weer, ik hoor het door de muur",
        Level.HOOG,
    ),
    (
        "mijn man wordt snel kwaad en dan smijt hij met borden maar hij raakt me nooit",
        Level.VERHOOGD,
    ),
    ("we deden een kussengevecht en nu heeft mijn zus een bult haha", Level.GEEN),
    ("in warzone heb ik net vijf man neergelegd met de sniper", Level.GEEN),
    ("hoe leg ik als huisarts letsel goed vast in het dossier?", Level.GEEN),
    (
        "ik wil het letsel van mijn dochter laten vastleggen, haar vader heeft haar"
        " geslagen",
        Level.HOOG,
    ),
    (
        "mijn vriendje zegt dat ik met zijn neef naar bed moet om zijn schuld af te"
        " lossen",
        Level.HOOG,
    ),
    (
        "de buurman laat mijn zusje van 6 filmpjes zien en dan moet ze het nadoen",
        Level.HOOG,
    ),
    (
        "mijn stiefvader streelt over mijn dij en steeds hoger als mama er niet is",
        Level.HOOG,
    ),
    ("de baby van de buren ligt de hele dag in het ledikant zonder eten", Level.HOOG),
    ("ze laat haar peuter alleen en dan hoor ik hem urenlang huilen", Level.HOOG),
]


# The forty-ninth round's classes, in my own words, with look-alikes: a
# midwife's "vrouw van 30 weken" is a pregnancy; him first, then himself; "dat
# ik nergens veilig ben" is a threat; what he does per day is a habit, not now;
# care kept out at the door is no one shut in; a documentary "over stalking", a
# cuddly toy "killed", a headphone cable, a dress put on and a boxing lesson
# are no report; "nu ... elke week" is a habit.
THE_FORTY_NINTH_ROUNDS_CLASSES = [
    (
        "verloskundige hier, vrouw van 30 weken met blauwe plekken op haar buik en"
        " haar vriend praat steeds voor haar",
        Level.HOOG,
    ),
    ("als verloskundige zie ik vrouwen van 12 weken tot de bevalling", Level.GEEN),
    (
        "mijn man zegt dat als ik wegga hij eerst mij en daarna zichzelf doet",
        Level.HOOG,
    ),
    (
        "hij staat nu met een mes voor de deur en zegt dat hij eerst mij doet en dan"
        " zichzelf",
        Level.ACUUT,
    ),
    (
        "mijn ex appt me 30 keer per dag, wacht bij mijn werk en schreef dat ik"
        " nergens veilig ben",
        Level.HOOG,
    ),
    ("ik kijk een docu over stalking, best eng", Level.GEEN),
    ("mijn broertje heeft mijn knuffel vermoord, de kop is eraf 😭", Level.GEEN),
    ("bijna mijzelf gewurgd met de kabel van mijn koptelefoon haha", Level.GEEN),
    (
        "sinds kort mag ik niet meer sporten en hij bepaalt welke kleren ik aandoe",
        Level.VERHOOGD,
    ),
    ("boksles vandaag, een stoot op mijn neus gekregen maar super leuk", Level.GEEN),
    ("eerst duwen, nu slaat hij elke week, gisteren een bloedneus", Level.HOOG),
    (
        "meneer van 90 heeft doorligwonden en zijn dochter houdt de deur dicht voor"
        " de thuiszorg",
        Level.HOOG,
    ),
]


THE_FIFTIETH_ROUNDS_CLASSES = [
    # My own sentences for the fifty-first round's classes, with look-alikes:
    # a veiled threat told (he knows where she sleeps), a child's cover story,
    # jokes and sport and a thriller, habits at every row or every night, food
    # locked away, Limburgish, and the 'nu' of a question.
    (
        "mijn ex appte gisteren dat hij weet op welke school de kinderen zitten",
        Level.HOOG,
    ),
    ("de juf zei dat ze weet in welke kamer mijn jas hangt", Level.GEEN),
    ("mama zegt dat ik moet zeggen dat ik gestoten ben tegen de tafel", Level.HOOG),
    ("papa zei ik moet zeggen dat ik om 8 uur thuis ben", Level.GEEN),
    ("ik sla mn zus lens als ze mn oplader weer pakt 😂", Level.GEEN),
    ("de kat beet in mijn teen, is dat nu kindermishandeling haha", Level.GEEN),
    ("mijn vader slaat me soms, is dat nu mishandeling?", Level.HOOG),
    (
        "mn dochter kreeg een hockeybal tegen haar wenkbrauw, hersenschudding",
        Level.GEEN,
    ),
    ("mn man gooide de bal keihard in mn gezicht, dikke lip", Level.VERHOOGD),
    ("mijn vader brult altijd als psv scoort, hele straat hoort het", Level.GEEN),
    ("mijn vader schreeuwt altijd tegen mama als psv verliest", Level.VERHOOGD),
    ("die serie was zo eng, hij achtervolgde haar het hele seizoen", Level.GEEN),
    ("mijn ex achtervolgt me de hele week al", Level.VERHOOGD),
    ("mn broertje mepte me bij het kussengevecht op mn neus haha", Level.GEEN),
    (
        "mn stiefvader heeft een gat in de deur getrapt,"
        " ik ben 10 en durf niet naar beneden",
        Level.VERHOOGD,
    ),
    ("mn stiefvader sloeg mij, ik ben 10 en heel bang", Level.HOOG),
    ("na elke ruzie pakt hij zijn mes en gaat ermee aan tafel zitten", Level.HOOG),
    ("we hebben ruzie en nu pakt hij een mes", Level.ACUUT),
    (
        "iedere avond schreeuwt de buurman dat hij haar gaat vermoorden,"
        " ik hoor het door de muur",
        Level.HOOG,
    ),
    (
        "de buurman schreeuwt dat hij haar gaat vermoorden,"
        " ik hoor het nu door de muur",
        Level.ACUUT,
    ),
    ("miene vent zeet dat ich 't neet euverleef es ich weggaon", Level.HOOG),
    ("oma doet de koelkast op slot zodat ik niks kan pakken", Level.VERHOOGD),
    ("we doen de kast met schoonmaakmiddelen op slot voor de peuter", Level.GEEN),
]


THE_FIFTY_FIRST_ROUNDS_CLASSES = [
    # My own sentences for the fifty-second round's classes, with look-alikes:
    # beaten nearly to death, children left alone every weekend, kicking the
    # doors of the house, a resolved ban, a threat laughed off, permission to
    # smack, roaring at football, the police just gone, a shouted threat on a
    # condition, a ball on the nose.
    ("mijn zus is twee jaar geleden bijna dood geslagen door haar man", Level.HOOG),
    ("ik was bijna dood van het lachen bij die film", Level.GEEN),
    (
        "mijn ouders laten mij en mijn zusje elke vakantie alleen thuis, ik ben 12",
        Level.VERHOOGD,
    ),
    (
        "mijn ouders laten mij elk weekend zelf kiezen wat we eten",
        Level.GEEN,
    ),
    (
        "mijn zoon van 17 trapt tegen de deuren als hij zijn zin niet krijgt",
        Level.VERHOOGD,
    ),
    ("hij trapt tegen de deur en schreeuwt dat hij binnenkomt, help", Level.ACUUT),
    (
        "vorig jaar had hij een contactverbod, nu gaat het een stuk beter met ons",
        Level.GEEN,
    ),
    ("hij heeft een huisverbod maar staat nu weer voor de deur", Level.ACUUT),
    ("mn broer dreigde dat hij me vermoordt als ik zijn ps5 aanraak 😂", Level.GEEN),
    ("mijn man dreigde dat hij me vermoordt, geen grapje", Level.HOOG),
    (
        "mijn schoonmoeder zegt dat ik de kinderen een pak slaag mag geven,"
        " ik doe dat niet",
        Level.GEEN,
    ),
    ("mijn vader brult altijd tijdens de wedstrijd van feyenoord", Level.GEEN),
    ("de politie is net weg, hij heeft me gewurgd", Level.HOOG),
    ("MIJN MAN HEEFT GEZEGD DAT HIJ ME DOODSCHIET ALS IK HEM VERLAAT", Level.HOOG),
    ("MIJN MAN STAAT BENEDEN MET EEN MES", Level.ACUUT),
    ("de keeper kreeg de bal tegen zijn neus, neus bloedde flink", Level.GEEN),
]


THE_FIFTY_SECOND_ROUNDS_CLASSES = [
    # My own sentences for the fifty-third round's classes, with look-alikes:
    # a game's boss, a striker on the pitch, blows taken at judo, information
    # asked about a subject, a past jealousy course, touched with a secret (not
    # a dentist at work), a sibling's blow, what a thing counts as.
    ("iedereen in de chat riep kill hem bij de eindbaas, gelukt 🎮", Level.GEEN),
    ("hij roept dat hij haar gaat afmaken, ik hoor het nu", Level.ACUUT),
    ("onze spits trapt op het veld alles omver haha, wat een beest", Level.GEEN),
    ("bij judo krijg ik elke les wel een klap, hoort erbij", Level.GEEN),
    ("ik zoek informatie over kindermishandeling voor mijn spreekbeurt", Level.GEEN),
    (
        "ik ben naar een cursus geweest omdat ik zo jaloers was, nu gaat het goed",
        Level.GEEN,
    ),
    (
        "mijn buurman zit aan mijn dochter van 9 en zegt dat het ons geheimpje is",
        Level.HOOG,
    ),
    ("de tandarts zat aan haar tanden en zei dat het geen pijn ging doen", Level.GEEN),
    ("mijn zus van 15 slaat me als ik in haar kamer kom", Level.VERHOOGD),
    (
        "mijn vader schreeuwt elke dag tegen me, is dat mishandeling of niet?",
        Level.VERHOOGD,
    ),
    ("mijn vader slaat me met de riem, is dat mishandeling?", Level.HOOG),
    # English in a Dutch chat: a game boss that keeps killing the player.
    ("cant get past this boss in dark souls, it keeps killing me 😭", Level.GEEN),
    ("he is killing me right now help", Level.ACUUT),
]


THE_SIXTIETH_ROUNDS_CLASSES = [
    # My own sentences for the sixtieth round's classes, with look-alikes: an
    # adult's game a child must keep secret (not a present kept from mama, not
    # a game of silence), a toddler alone the whole afternoon, a conversation
    # that escalates (not a fight that does), a shot at goal (not at a person),
    # a procedure for each child with an injury (not one child's case).
    (
        "oom speelt een spelletje met me waar ik niks van mag vertellen aan papa",
        Level.HOOG,
    ),
    ("ik maak een cadeautje voor mama waar ik niks over mag zeggen", Level.GEEN),
    ("papa doet met ons een spelletje waarbij we niks mogen zeggen", Level.GEEN),
    ("het dochtertje van 3 van de overburen is de hele ochtend alleen", Level.HOOG),
    ("het overleg met de ouders escaleerde, hoe pak ik het volgende aan?", Level.GEEN),
    ("de ruzie escaleert steeds verder en vorige week sloeg hij me", Level.HOOG),
    ("hij knalde hem keihard tegen de paal, ik ging dood 😂", Level.GEEN),
    ("hij schoot haar in haar been en ze ligt in het ziekenhuis", Level.HOOG),
    (
        "moeten we bij elke baby met een blauwe plek standaard overleggen?",
        Level.GEEN,
    ),
    (
        "moeten we dit melden? bij ons kind met een botbreuk zegt de vader"
        " dat hij van de trap viel",
        Level.HOOG,
    ),
]

THE_SIXTY_FIRST_ROUNDS_CLASSES = [
    # My own sentences for the sixty-first round's classes, with look-alikes:
    # violence told as steps ("eerst ..., toen ..., nu met zn vuist"; not a
    # day told as steps), a foot on the throat (not on the edge of the bath),
    # touching "daar beneden" (not help with washing), a midwife's short note
    # of the weeks, a series named by its title (not a real blow while it
    # was on), "ik herken hem niet meer" (not a question about signs), and a
    # past that ended with moving out.
    (
        "eerst schold hij alleen, daarna ging hij duwen en nu slaat hij me"
        " met zijn riem",
        Level.HOOG,
    ),
    (
        "in het begin was hij lief, toen werd hij jaloers, nu stompt hij me"
        " als ik te laat ben",
        Level.HOOG,
    ),
    (
        "eerst speelden we buiten, toen gingen we eten, nu kijken we een film",
        Level.GEEN,
    ),
    ("gisteren duwde hij me om en zette zijn voet op mijn keel", Level.HOOG),
    ("ik zet mijn voet op de rand van het bad", Level.GEEN),
    ("de buurman raakt mijn dochtertje daar beneden aan als hij oppast", Level.HOOG),
    ("de verzorger helpt opa daar beneden met wassen", Level.GEEN),
    (
        "cliënte 30 wk, blauwe plekken op haar buik, partner laat haar niet"
        " alleen praten",
        Level.HOOG,
    ),
    ("in flikken maastricht wurgt de dader nu zijn ex, wat een spanning", Level.GEEN),
    (
        "we keken gtst en toen sloeg mijn vader mijn moeder echt, nu ligt ze"
        " op de grond",
        Level.ACUUT,
    ),
    (
        "ik herken hem niet meer, eerst schreeuwde hij alleen en nu slaat hij"
        " met zijn vuist",
        Level.HOOG,
    ),
    ("hoe herken ik signalen van mishandeling bij een kind?", Level.GEEN),
    (
        "vroeger sloeg mn vader ons maar nu woon ik op mezelf, alles gaat top",
        Level.GEEN,
    ),
    ("mn vader sloeg ons gisteren, ik woon nog thuis", Level.HOOG),
]

THE_SIXTY_SECOND_ROUNDS_CLASSES = [
    # My own sentences for the sixty-second round's classes (and the Dutch
    # lines of multilingual r54), with look-alikes: "rn" typed for now, a
    # carer with the pillow in her hands, a bottle against the head, men he
    # arranges for his debts, a cut while cooking, a rifle in a museum (not
    # one taken out and aimed), hide-and-seek in a cupboard (not hiding from
    # him), a child asking whether a punishment is abuse (not a child hit).
    ("mijn stiefvader slaat mijn moeder rn help", Level.ACUUT),
    ("we hebben rn pauze op school", Level.GEEN),
    (
        "ik heb het kussen in mijn handen en ik ben bang dat ik het doe, mijn"
        " moeder slaapt",
        Level.HOOG,
    ),
    ("ik heb het kussen in mijn handen, ik ga het even opschudden", Level.GEEN),
    ("hij slaat me al maanden, gisteren met een fles tegen mn hoofd", Level.HOOG),
    ("ik moet van hem met mannen mee die hij regelt voor zijn schulden", Level.HOOG),
    ("ik ga met mannen van mijn werk mee naar de kroeg", Level.GEEN),
    (
        "lol ik heb me net gesneden met het schilmesje bij het aardappels"
        " schillen, valt mee",
        Level.GEEN,
    ),
    ("hij dreigde me met het koksmes terwijl ik uien sneed", Level.HOOG),
    ("in het museum ligt nu het geweer van mijn overgrootvader", Level.GEEN),
    ("hij pakte het geweer uit de vitrine en richtte het op mij", Level.HOOG),
    ("mijn zusje zit al 10 minuten in de kast, we doen verstoppertje", Level.GEEN),
    (
        "ik zit in de kast verstopt, hij zoekt me en roept dat hij me afmaakt",
        Level.ACUUT,
    ),
    (
        "ik moest van mama mijn kamer opruimen en nu mag ik niet gamen, is dat"
        " mishandeling 😭",
        Level.GEEN,
    ),
    # r64: his threat reported after a condition ("zegt hij") is no case that
    # may come; a case someone may tell still is.
    ("hij legt een mes in de la, voor als ik ooit wegga zegt hij", Level.HOOG),
    ("wat moet ik doen als mijn kind ooit zegt dat het geslagen wordt", Level.GEEN),
]


@pytest.mark.parametrize(
    ("text", "level"),
    [
        *CUTTING_AS_SELF_HARM_AND_A_DOOR_THAT_NO_LONGER_ANSWERS,
        *ROUND_TEN_AND_ELEVEN_CLASSES,
        *ROUND_THIRTEEN_CLASSES,
        *ROUND_FOURTEEN_CLASSES,
        *ROUND_FIFTEEN_CLASSES,
        *ROUND_SIXTEEN_CLASSES,
        *ROUND_SEVENTEEN_CLASSES,
        *ROUND_EIGHTEEN_CLASSES,
        *A_BARE_PLEA_FOR_THE_POLICE_IS_ACUTE,
        *A_QUESTION_OR_A_HABIT_AFTER_NU_IS_NOT_ACUTE,
        *THE_TWENTIETH_ROUNDS_CLASSES,
        *THE_TWENTY_FIRST_ROUNDS_CLASSES,
        *THE_TWENTY_SECOND_ROUNDS_CLASSES,
        *THE_TWENTY_THIRD_ROUNDS_CLASSES,
        *THE_TWENTY_FOURTH_ROUNDS_CLASSES,
        *A_PAST_HARM_SET_AGAINST_NU_IS_NOT_NOW,
        *THE_TWENTY_SIXTH_ROUNDS_CLASSES,
        *THE_TWENTY_SEVENTH_ROUNDS_CLASSES,
        *THE_TWENTY_EIGHTH_ROUNDS_CLASSES,
        *THE_TWENTY_NINTH_ROUNDS_CLASSES,
        *THE_THIRTIETH_ROUNDS_CLASSES,
        *THE_THIRTY_FIRST_ROUNDS_CLASSES,
        *THE_THIRTY_SECOND_ROUNDS_CLASSES,
        *THE_THIRTY_THIRD_ROUNDS_CLASSES,
        *THE_THIRTY_FOURTH_ROUNDS_CLASSES,
        *THE_THIRTY_FIFTH_ROUNDS_CLASSES,
        *THE_THIRTY_SIXTH_ROUNDS_CLASSES,
        *THE_THIRTY_SEVENTH_ROUNDS_CLASSES,
        *A_THREAT_HELD_OVER_HER_AND_A_HABIT_AFTER_NU,
        *THE_THIRTY_EIGHTH_ROUNDS_CLASSES,
        *THE_THIRTY_NINTH_ROUNDS_CLASSES,
        *THE_FORTIETH_ROUNDS_CLASSES,
        *THE_FORTY_FIRST_ROUNDS_CLASSES,
        *THE_FORTY_SECOND_ROUNDS_CLASSES,
        *THE_FORTY_THIRD_ROUNDS_CLASSES,
        *THE_FORTY_FOURTH_ROUNDS_CLASSES,
        *THE_FORTY_FIFTH_ROUNDS_CLASSES,
        *THE_FORTY_SEVENTH_ROUNDS_CLASSES,
        *THE_FORTY_EIGHTH_ROUNDS_CLASSES,
        *THE_FORTY_NINTH_ROUNDS_CLASSES,
        *THE_FIFTIETH_ROUNDS_CLASSES,
        *THE_FIFTY_FIRST_ROUNDS_CLASSES,
        *THE_FIFTY_SECOND_ROUNDS_CLASSES,
        *THE_SIXTIETH_ROUNDS_CLASSES,
        *THE_SIXTY_FIRST_ROUNDS_CLASSES,
        *THE_SIXTY_SECOND_ROUNDS_CLASSES,
    ],
)
def test_each_class_gets_its_level(rules_assessor, text, level):
    """Each table above, a case a line: a round's classes, with look-alikes."""
    assert rules_assessor.assess(text).level is level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("wat doe ik als hij met een mes zwaait? hij staat nu in de gang", Level.ACUUT),
        (
            "Huisarts. Vrouw met striemen in haar hals, zegt dat ze gevallen is."
            " Wat nu?",
            Level.HOOG,
        ),
    ],
)
def test_the_chat_reads_sentences_as_the_writer_ended_them(
    rules_assessor, nlp, text, level
):
    # The chat's doc comes from Rasa's SpacyNLP: the pipeline without its
    # parser, the text lowercased. Its sentences are the writer's, as beside
    # the parser, so the chat reads a message as `vtchat assess` does.
    from bot.danger.assess import tokens_of

    with nlp.select_pipes(disable=["parser"]):
        doc = nlp(text.lower())
    toks = tokens_of(doc)
    assert len({tok.sent for tok in toks}) > 1
    assert rules_assessor.assessor.assess_tokens(doc.text, toks).level is level
    assert rules_assessor.assess(text).level is level


@pytest.fixture(scope="module")
def chat_reading():
    """The chat's own reading: Rasa's SpacyNLP, then the danger component."""
    from rasa.nlu.utils.spacy_utils import SpacyNLP
    from rasa.shared.nlu.training_data.message import Message

    from bot.conversation.parse_data import DANGER_KEY
    from bot.danger import Assessor, load_lexicon
    from bot.danger.classifier import load_classifier
    from bot.language.reader import load_message_reader
    from bot.rasa_components.danger_nlu import DangerAssessment

    model = SpacyNLP.load_model("nl_core_news_sm")
    spacy_nlp = SpacyNLP(model, SpacyNLP.get_default_config())
    danger = DangerAssessment(
        Assessor(load_lexicon()), load_classifier(), load_message_reader()
    )

    def read(text: str) -> dict:
        message = Message.build(text=text)
        danger.process(spacy_nlp.process([message], model))
        return message.get(DANGER_KEY)

    return read


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Rasa lowercases before spaCy reads; a shouted message stays shouted.
        ("MIJN VADER SLAAT MIJN MOEDER", "acuut"),
        ("HIJ HEEFT EEN MES EN SCHREEUWT", "acuut"),
        # ... and a shouted past is still the past.
        ("VORIG JAAR HEEFT HIJ ME GESLAGEN", "hoog"),
    ],
)
def test_the_chat_hears_a_shouted_message(chat_reading, text_assessor, text, level):
    assert chat_reading(text)["level"] == level
    assert text_assessor.assess(text).level.value == level


def test_the_chat_shows_the_evidence_as_the_chatter_wrote_it(chat_reading):
    # The console cuts the evidence from the message as written.
    for text in ("Hij SLAAT me en ik bloed", "İlse zegt: hij slaat me, İk bloed"):
        spans = {text[i["start"] : i["end"]] for i in chat_reading(text)["indicators"]}
        assert {"SLAAT", "bloed"} <= spans or {"slaat", "bloed"} <= spans, spans
