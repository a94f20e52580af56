"""Danger in the writer's own language, through the real lexicons and detector.

The sentences are the issue's own examples and new ones of the same kinds; the
held-out multilingual set is never read here (it is measured once, by hand).
"""

from __future__ import annotations

import pytest

from bot.danger import Level, load_text_assessor
from bot.danger.model import Assessment
from bot.language.catalogue import load_catalogues
from bot.language.evaluate import Row, first_reply, format_report, score
from bot.language.reader import load_message_reader


@pytest.fixture(scope="module")
def reader():
    return load_message_reader()


@pytest.fixture(scope="module")
def dutch():
    return load_text_assessor().assess


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("kocam şu an beni dövüyor yardım edin", "tr"),
        ("mój mąż teraz mnie bije, pomocy", "pl"),
        ("زوجي يضربني الآن، ساعدوني", "ar"),
        ("my husband is beating me right now, please help", "en"),
        ("чоловік зараз мене б'є, допоможіть", "uk"),
        ("муж сейчас меня бьёт, помогите", "uk"),
    ],
)
def test_he_is_beating_me_now_is_acute_and_answered_with_112_in_that_language(
    reader, dutch, text, language
):
    detected, found, reply = first_reply(reader, dutch, text)
    assert detected == language
    assert found.level is Level.ACUUT
    assert found.indicators, "the evidence spans stay"
    assert reply == f"utter_danger_acute_{language}"


def test_a_polish_message_typed_without_its_letters_is_still_read(reader, dutch):
    # py3langid takes "on mnie bije" for Dutch; no Dutch word, so it is not.
    _, found, _ = first_reply(reader, dutch, "pomocy on mnie teraz bije")
    assert found.level is Level.ACUUT


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("mój mąż nigdy mnie nie bił, pytam tylko o kurs polskiego", "pl"),
        ("eşim bana hiç vurmadı, sadece çok dağınık 😅", "tr"),
    ],
)
def test_the_dutch_classifier_alone_does_not_raise_a_language_it_never_learned(
    reader, text, language
):
    # A negation in Polish or Turkish that Dutch character n-grams took for
    # acute danger: the message's own reader reads it, without that raise.
    by_dutch_model = Assessment(level=Level.ACUUT, raised_by_model=0.6)
    reading = reader.read(text, by_dutch_model)
    assert reading.language == language
    assert reading.assessment.level.rank < Level.HOOG.rank


def test_the_dutch_classifier_still_raises_english(reader):
    # Its training holds English lines; the English reader misses some danger.
    by_dutch_model = Assessment(level=Level.HOOG, raised_by_model=0.8)
    text = "my parents say I have to marry my cousin this summer, I said no"
    reading = reader.read(text, by_dutch_model)
    assert reading.language == "en"
    assert reading.assessment.level.rank >= Level.HOOG.rank


def test_turkish_typed_without_its_letters_gets_112_in_turkish(reader, dutch):
    # A Dutch keyboard: no ş ğ ı, the spoken present tense, "çabuk" typed
    # "cabuk". Detected as Turkish, so the reply is in Turkish too.
    detected, found, reply = first_reply(
        reader, dutch, "kocam ablami bogazliyo cabuk gelin"
    )
    assert detected == "tr"
    assert found.level is Level.ACUUT
    assert reply == "utter_danger_acute_tr"


A_WEAPON_IN_THE_HAND_IS_NOW = [
    ("on trzyma w ręku siekierę i wali w drzwi", Level.ACUUT),
    ("у нього в руці сокира, він ломиться в двері", Level.ACUUT),
    ("він тримає ніж і каже що вб'є мене", Level.ACUUT),
    # Held in the past, or a phone in the hand: not a weapon now.
    ("kiedyś trzymał nóż w ręku, wtedy mi groził", Level.HOOG),
    ("чоловік тримає в руках телефон і читає мої повідомлення", Level.VERHOOGD),
]


def test_dutch_with_turkish_in_it_is_read_in_turkish_too(reader, dutch):
    # Two Dutch words keep it Dutch; the danger is in the Turkish part.
    detected, found, reply = first_reply(
        reader, dutch, "mijn man heeft een huisverbod ama şu an kapıyı kırıyor"
    )
    assert detected == "nl"
    assert found.level is Level.ACUUT
    assert reply == "utter_danger_acute"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("oğlum bana sandalye fırlattı, hala burda, 70 yaşındayım", "tr"),
        ("napisal ze jedzie mnie zalatwic, jest juz pod blokiem", "pl"),
    ],
)
def test_still_here_or_on_the_way_with_a_threat_is_acute(reader, dutch, text, language):
    detected, found, _ = first_reply(reader, dutch, text)
    assert detected == language
    assert found.level is Level.ACUUT


@pytest.mark.parametrize(
    "text",
    [
        "dün akşam fenerbahçeyi resmen öldürdük 3-0 😂",
        "we absolutely killed it at the quiz tonight",
        "in this fortnite level you have to choke the boss, ok for a 9 year old?",
        "my son asked what 'domestic abuse' means after a poster at school",
        "my gf gets mad if i dont answer within 10 min, is that normal",
        "ok",
    ],
)
def test_sport_and_jokes_are_no_danger(reader, dutch, text):
    _, found, _ = first_reply(reader, dutch, text)
    assert found.level.rank < Level.HOOG.rank


@pytest.mark.parametrize(
    "text",
    [
        # Strangling in the present tense is going on.
        "ojciec dusi mamę w kuchni, siedzę w pokoju",
        "хелп він душить мою сестру",
        # Sounds through the wall: screaming with thuds or smashing.
        "za ścianą sąsiadka krzyczy ratunku a on ją bije",
        "за стіною жінка кричить і щось гупає",
        "عند الجيران صراخ وتكسير والمرأة تصيح لا لا",
        "üst katta kadın imdat diye bağırıyor",
        # "Po mieszkaniu" (around the flat) is not meat for a kitchen knife.
        "mąż ma nóż i goni mnie po mieszkaniu",
        # A veiled threat with him on his way.
        "jedzie tu i napisał że tym razem to skończy raz na zawsze",
        "щас він прийде, сказав шо мені кінець",
        # All the pills just taken; locked in and cannot get out.
        "ilaçların hepsini içtim artık dayanamıyorum",
        "قفل علي الباب وما نقدر نخرج",
        # Round 5 classes in new words: strangling in Turkish now, locked in
        # since yesterday, a threat of "not surviving" with him on the way, a
        # child over a balcony, a child telling of a parent hitting now.
        "amcam yengemi boğazlıyor yardım",
        "kapıyı dışarıdan kilitledi, iki gündür çıkamıyoruz",
        "він вже їде і пише що я не виживу",
        "on trzyma dziecko nad balustradą balkonu",
        "tata bije mamę w kuchni, mam 9 lat",
        "قافلة علي الغرفة من امبارح",
        "yetisin kapiyi kiriyo",
        "ابوهم ماسك سچينة ويصيح راح يذبحنا",
        "زوجي يضرب بنتي ولا أستطيع إيقافه",
        "він тримає малого над перилами",
        "siostra napisała że się pocięła i już nie odpowiada",
        "on szarpie moją córkę, nie mogę go odciągnąć",
        "słyszę jak sąsiad rzuca kimś o ścianę",
    ],
)
def test_present_harm_said_in_the_languages_own_way_is_acute(reader, dutch, text):
    _, found, _ = first_reply(reader, dutch, text)
    assert found.level is Level.ACUUT


@pytest.mark.parametrize(
    "text",
    [
        "'benim olmazsan kimsenin olamazsın' diye mesaj atıyor",
        "hij zegt als hij me niet kan hebben kan niemand me hebben",
        "ojczym robi ze mną rzeczy, których nie chcę",
        "хлопець змушує мене до того, чого я не хочу",
        "kocam istemediğim şeyleri zorla yaptırıyor",
        "زوجي يجبرني على أشياء لا أريدها",
        "mijn vriend dwingt me dingen te doen die ik niet wil",
        "kocam otobüste 'seni öldürcem' dedi",
        # Arabic: married off as a minor, strangled till she could not breathe,
        # cigarette burns on a pupil, an Iraqi threat to slaughter her.
        "ابوها بدو يزوجها بالغصب وهي عمرها 15",
        "مسكني من رقبتي حتى ما قدرت اتنفس",
        "تلميذة في صفي عندها حروق سجائر على ايدها",
        "كال اذا لكيتج بالبيت اذبحج",
        # Acid at the face; injuries in the shape of what hit; nobody else's.
        "هدد يرش أسيد على وجه اختي اذا تركته",
        "eski kocam yüzüme kezzap atmakla tehdit ediyor",
        "były pisze, że wyleje mi kwas na twarz",
        "колишній пише що обіллє мене кислотою",
        "my son came home with belt marks on his legs",
        "syn ma na udach pręgi od paska",
        "у сина на руці опік від праски",
        "kızımın kolunda sigara yanığı izleri var",
        "колишній пише що я нікому не дістанусь, і стоїть під під'їздом",
    ],
)
def test_veiled_threats_and_coercion_are_high(reader, dutch, text):
    _, found, _ = first_reply(reader, dutch, text)
    assert found.level.rank >= Level.HOOG.rank


@pytest.mark.parametrize(
    "text",
    [
        # Exasperation at a late bus or a queue is not a threat.
        "tren yine gecikti şoförü öldürcem valla",
        "znowu korek, normalnie bym kogoś udusił",
        "ця черга нескінченна, я готова когось вбити",
        "the printer jammed again, i could murder it",
        "ذبحنا الخروف في العيد",
        "الباص تأخر ساعة بغيت نقتل الشيفور",
        # A tight dress, a boss's extra work, the past put behind.
        "ta sukienka mnie dusi",
        "mijn baas dwingt me dingen te doen die ik niet wil, zoals overwerken",
        "my dad used to hit us years ago, he is in a care home now and we get on fine",
        "kiedyś ojciec bił, ale to było dawno, teraz mam swoją rodzinę i jest super",
        "my brother would never hurt anyone, he is so gentle",
        "we were play fighting and my cousin accidentally knocked me over lol",
        # A joke told as one, a negated topic, sport, a watch strap, a parent's
        # cruel words (verhoogd, not the writer's suicidality).
        "nie no żartowałam, że go zabiję 😂 chodziło o kota",
        "nie chodzi mi o przemoc, pytam o alimenty",
        "abim yine kumandayı saklamış kafasını koparıcam 😂",
        "суддя знову засудив нас, я б його задушив",
        "mam odcisk od paska plecaka na ramieniu",
        "тато каже що краще б тебе не було",
    ],
)
def test_exasperation_and_the_resolved_past_are_no_alarm(reader, dutch, text):
    _, found, _ = first_reply(reader, dutch, text)
    assert found.level.rank < Level.HOOG.rank


@pytest.mark.parametrize(
    "text",
    [
        # A weapon just drawn or aimed (the accusative -an of the noun too).
        "زوجي سحب سكينًا ويصوبها نحوي الآن",
        # An overdose by someone else who no longer answers (Arabizi).
        "o5ti shrbet 3elbet 7boub w mesh btrod",
        # "The last night/day of your life" with him on his way.
        "мій колишній їде до мене, пише що це моя остання ніч",
        "ex jedzie do mnie i pisze że to twój ostatni dzień życia",
        # On a ledge high up and unable to go on; an attack with an axe going on.
        "stoję na balkonie na 8 piętrze i nie dam rady dłużej",
        "sąsiad leci z siekierą na swoją żonę na podwórku",
    ],
)
def test_the_seventh_rounds_ways_of_saying_now_are_acute(reader, dutch, text):
    _, found, _ = first_reply(reader, dutch, text)
    assert found.level is Level.ACUUT


@pytest.mark.parametrize(
    "text",
    [
        # Threats against the children, said in a condition or a dialect.
        "قال اذا تركتيه رح اذبح الولاد",
        "каже що як я подам на розлучення, дітей живими не побачу",
        "powiedział że jak pójdę do sądu to nas podpali razem z mieszkaniem",
        # Turning up everywhere with a veiled threat.
        "eski kocam her yerde karşıma çıkıyor, 'konuşursan bilirsin' diye yazdı",
        "since the divorce he's at my flat every evening and texted you'll regret it",
        "boşandık ama her akşam evimin önünde bekliyor, göreceksin diye yazdı",
        # A broken huisverbod asked about as a question (Arabizi).
        "3ando huisverbod w rje3 l bait l bera7, shu a3mel?",
    ],
)
def test_the_seventh_rounds_threats_and_stalking_are_high(reader, dutch, text):
    _, found, _ = first_reply(reader, dutch, text)
    assert found.level.rank >= Level.HOOG.rank


@pytest.mark.parametrize(
    "text",
    [
        # A late bus, a game, a bad mark, a TV series, a procedural question.
        "والله رح اقتله هالمترو، نص ساعة واقفة",
        "ابن عمي عم يقلي رح اقتلك عالببجي",
        "kimyadan 20 aldım babam beni öldürecek",
        "obejrzałam wczoraj serial, tam go zamordowali w piwnicy",
        "honestly gonna kill the bus driver, 40 mins late again",
        "я працюю в школі, які кроки якщо є підозра насильства над учнем?",
        # The past put behind, with "now" telling of a calm life.
        "kiedyś ojciec pił i bił, to było 15 lat temu, teraz mam spokojne życie",
    ],
)
def test_the_seventh_rounds_jokes_and_questions_are_no_alarm(reader, dutch, text):
    _, found, _ = first_reply(reader, dutch, text)
    assert found.level.rank < Level.HOOG.rank


@pytest.mark.parametrize(
    "text",
    [
        # Screams heard now, a scream of "don't kill me" (Turkish).
        "alt kattaki komşudan çığlıklar geliyor, kadın yardım diye bağırıyor",
        "üst katta kadın öldürme beni diye bağırıyo",
        # A perpetrator about to hit, belt in hand; a baby threatened at the wall.
        "kocam beni dövmek üzere elinde kemer var",
        "adam bebeği camdan atarım diye bağırıyor",
        # A rope made ready, tonight.
        "ip hazır artık dayanamıyorum bu gece bitireceğim",
        # Beaten and begging for help in one breath; a child on a railing (Polish).
        "ojciec mnie bije pomocy",
        "dziecko sąsiadów stoi na balustradzie balkonu na czwartym piętrze",
        # Strangling and unable to pull him off; someone on the floor not moving.
        "він душить маму я не можу його відтягнути",
        "бабуся лежить на підлозі і не рухається, дід пяний",
        # Locked in and unable to get out; others asked to call the police now.
        "جوزي قفل علينا الباب ومش قادرة اطلع",
        "اخويا ماسك سكينة وبيهدد امي اتصلوا بالشرطة بسرعة",
        # Drunk and driving off with the child now (Iraqi Arabizi).
        "baba sakran w akhadh binti bil sayara halla",
        # Heard through the wall in the passive (English).
        "next door again, sounds like hes being slammed into the door, "
        "she is screaming help",
    ],
)
def test_the_eighth_rounds_ways_of_saying_now_are_acute(reader, dutch, text):
    _, found, _ = first_reply(reader, dutch, text)
    assert found.level is Level.ACUUT


@pytest.mark.parametrize(
    "text",
    [
        # A parent who comes to a child at night and touches her (Polish).
        "wujek przychodzi do niej w nocy i ją dotyka",
        # Waiting by the house in his car with "you will regret it" (Iraqi).
        "طليقي يوكف يم بيتي كل يوم ويقول راح تندمين",
        # A threat to kill the children, in Darija Arabizi.
        "rajli kaygoul ila mchit l police ghadi nqtel lwlad",
    ],
)
def test_the_eighth_rounds_threats_and_abuse_are_high(reader, dutch, text):
    _, found, _ = first_reply(reader, dutch, text)
    assert found.level.rank >= Level.HOOG.rank


@pytest.mark.parametrize(
    "text",
    [
        # A scream in a film, told in the past; a cancelled train.
        "hangi filmde kadın öldürme beni diye bağırıyordu?",
        "я вб'ю цю маршрутку, знову запізнилась на 20 хвилин",
        # A child who shouts "stop" at his brother while they play.
        "my kid keeps screaming stop it at his little brother when they play",
        # "Every day" in Turkish is no gun.
        "kaynanam her gün arıyor, çok konuşuyor ama iyi kadın",
    ],
)
def test_the_eighth_rounds_stories_and_gripes_are_no_alarm(reader, dutch, text):
    _, found, _ = first_reply(reader, dutch, text)
    assert found.level.rank < Level.HOOG.rank


def test_turkish_with_one_dutch_looking_word_is_still_turkish(reader, dutch):
    # "ben" (I) is Dutch too; a grandmother's Turkish without its letters
    # must still be answered in Turkish.
    detected, _, _ = first_reply(
        reader, dutch, "gelinim torunumu dovuyo ben ne yapim oglum bisey demiyo"
    )
    assert detected == "tr"


def test_iraqi_and_moroccan_arabizi_without_digits_is_arabic(reader, dutch):
    detected, _, _ = first_reply(reader, dutch, "huwa sakran kulish hassa w ibni wiyah")
    assert detected == "ar"


def test_danger_only_one_language_reads_puts_the_reply_in_that_language(reader, dutch):
    # Darija in Latin letters without a digit: too few telling words for the
    # detector, but only the Arabic reader finds "my husband is beating me now
    # and I am hiding": 112 comes first in Arabic, not in Dutch.
    text = "rajli kaydrebni drwk w ana mkhabya fel cuisine"
    assert reader.detector.detect(text) is None
    detected, found, reply = first_reply(reader, dutch, text)
    assert (detected, found.level, reply) == (
        "ar",
        Level.ACUUT,
        "utter_danger_acute_ar",
    )


def test_a_dutch_line_another_reader_misreads_stays_dutch(reader, dutch):
    # A sparring joke the detector cannot place, which another language's
    # reader takes for danger: the identifier ranks Dutch first, so whatever
    # it is answered with is answered in Dutch.
    text = "bokstraining vanavond, trainer sloeg me bijna knock out lol"
    assert reader.detector.detect(text) is None
    detected, _, reply = first_reply(reader, dutch, text)
    assert detected is None
    assert reply is None or not reply.endswith(("_ar", "_en", "_tr", "_pl", "_uk"))


def test_danger_the_dutch_lexicon_reads_too_keeps_the_reply_dutch(reader, dutch):
    # The English lexicon knows "wurgt" (mixed speech), the Dutch one too.
    detected, found, reply = first_reply(reader, dutch, "help hij wurgt me")
    assert (detected, found.level, reply) == (None, Level.ACUUT, "utter_danger_acute")


@pytest.mark.parametrize(
    "text",
    [
        # On his way with "I'll finish you off" (Turkish).
        "eski sevgilim yola çıkmış, işini bitiricem diye yazdı",
        # Heard on the stairs, a door locked against him; heard over the phone
        # before the line broke; a toddler shaken without stopping (Polish).
        "słyszę go na klatce, krzyczy że mnie zabije",
        "siostra zadzwoniła, słyszałam jak on ją bije i połączenie się urwało",
        "on potrząsa małym i nie przestaje",
        # "Coming now" in Sudanese with a threat; an overdose, not answering
        # (Levantine Arabizi); a Darija Arabizi child hiding while he beats mama.
        "قال جاي هسي وحيكتلني",
        "mama bal3et kel el 7boob w ma 3am trod",
        "bba kaydreb mama w ana mkhbya",
        # A drunk husband who took the child in the car (Egyptian).
        "جوزي واخد البنت في العربية وهو سكران",
        # Pushed over and unable to get up (Ukrainian).
        "він мене штовхнув, я впала і встати не можу",
    ],
)
def test_the_ninth_rounds_ways_of_saying_now_are_acute(reader, dutch, text):
    _, found, _ = first_reply(reader, dutch, text)
    assert found.level is Level.ACUUT


@pytest.mark.parametrize(
    "text",
    [
        # A threat to throw the child off a bridge; to burn the car with her in it.
        "بيقول هيرميه من على الكوبري",
        "رسل لي انو حيحرق العربية وانا جواها",
    ],
)
def test_the_ninth_rounds_threats_are_high(reader, dutch, text):
    _, found, _ = first_reply(reader, dutch, text)
    assert found.level.rank >= Level.HOOG.rank


@pytest.mark.parametrize(
    "text",
    [
        # Match scores with a killing word; a school paper; the past put behind.
        "we got slaughtered 6-1 tonight haha",
        "النصر ذبحوهم الليلة 3-0 😂",
        "el wehda thab7oohum 5-1 😂",
        "piszę pracę do szkoły o przemocy domowej, u mnie wszystko dobrze",
        "من خمس سنين كان يضربني، هسي احنا كويسين",
    ],
)
def test_the_ninth_rounds_scores_and_the_past_are_no_alarm(reader, dutch, text):
    _, found, _ = first_reply(reader, dutch, text)
    assert found.level.rank < Level.HOOG.rank


@pytest.mark.parametrize(
    "text",
    [
        "screaming next door and a huge crash, kid crying, its 3am",
        "karşı dairede kadın 'yapma' diye çığlık atıyor",
        "stoję na dachu, zaraz skoczę",
        "mama schowała się w łazience a on rzuca w nas talerzami",
        "ابوي سكران ديكسر البيت وامي طايحة بالگاع ما تگعد",
        "أغلق علي باب الغرفة وأخذ هاتفي، أرسلوا الشرطة",
        "тато пяний ганяє нас з ременем",
    ],
)
def test_the_tenth_rounds_ways_of_saying_now_are_acute(reader, dutch, text):
    _, found, _ = first_reply(reader, dutch, text)
    assert found.level is Level.ACUUT


@pytest.mark.parametrize(
    "text",
    [
        "swear i'll kill the bus driver if hes late again 😤",
        "я вбю цей ноутбук, знову завис",
        "skoczę do sklepu po chleb, zaraz wracam",
    ],
)
def test_the_tenth_rounds_gripes_are_no_alarm(reader, dutch, text):
    _, found, _ = first_reply(reader, dutch, text)
    assert found.level.rank < Level.HOOG.rank


@pytest.mark.parametrize(
    "text",
    [
        "stoje na balkonie 8 pietro i juz nie widze sensu",
        "він з ножем у ванній а я в спальні, не можу вийти",
        "колишній їде до мене, пише шо це останній раз коли я його бачу",
        "мачуха закрила мене в коморі і пішла, тут темно",
        "вітчим пяний тягне маму за волосся по підлозі",
        "rajli jai lel bait hasi w gal 7a yaktulni",
        "baba 3am yedrob ekhi el zghir hala2 w ana khayfe",
    ],
)
def test_the_eleventh_rounds_ways_of_saying_now_are_acute(reader, dutch, text):
    _, found, _ = first_reply(reader, dutch, text)
    assert found.level is Level.ACUUT


@pytest.mark.parametrize(
    "text",
    [
        # My own sentences for the twelfth round's classes: held down now, a
        # weapon drawn with a threat said now, screams and breaking told as
        # going on, locked in with the phone taken, strangling in the
        # progressive, a bridge, Ukrainian and Levantine typed in Latin letters.
        "my stepfather has got my mum pinned against the fridge",
        "abim bıçağı çekti hepinizi keserim diyor",
        "üst katta adam bağırıyor, tabaklar kırılıyor",
        "annem beni banyoya kilitledi telefonumu da aldı",
        "amcam yengemin boğazını sıkıyor",
        "jestem na moście, zaraz skoczę",
        "on ma siekierę i krzyczy że nas pozabija",
        "dopomozhit vin lamaie dveri, v nioho nizh, ya z dytynu",
        "howe 3am yedrob ekhi jowa bel ghorfe",
    ],
)
def test_the_twelfth_rounds_classes_are_acute(reader, dutch, text):
    _, found, _ = first_reply(reader, dutch, text)
    assert found.level is Level.ACUUT


@pytest.mark.parametrize(
    "text",
    [
        "the wrestler got him pinned on the mat in the final 😂",
        "maçta herkes bağırıyor, bardaklar kırılıyor 😂",
        "annem telefonumu aldı çünkü ödevimi yapmadım",
        "w filmie facet ma nóż i mówi że go zabije",
    ],
)
def test_the_twelfth_rounds_look_alikes_are_no_alarm(reader, dutch, text):
    _, found, _ = first_reply(reader, dutch, text)
    assert found.level.rank < Level.HOOG.rank


@pytest.mark.parametrize(
    "text",
    [
        # My own sentences for the thirteenth round's classes: on the way with
        # a threat, by the entrance now, an overdose going on, "now" beside a
        # child's age, Ukrainian typed in Latin letters.
        "mój mąż jedzie do domu i pisze że to ostatni raz jak go widzę",
        "він стоїть під під'їздом і пише що мені кінець",
        "oğlum bütün hapları içti, uyanmıyor",
        "جوزي بيخنق اختي دلوقتي وانا عندي ١٢ سنة",
        "طليقي جاي في الطريق وقال رح يقتلني",
        "vin na kuhni z nozhem, mama plache, ya boiusia",
    ],
)
def test_the_thirteenth_rounds_classes_are_acute(reader, dutch, text):
    _, found, _ = first_reply(reader, dutch, text)
    assert found.level is Level.ACUUT


@pytest.mark.parametrize(
    ("text", "acute"),
    [
        # Nothing but a cry for the police or an ambulance, in each language.
        ("help police!!", True),
        ("polis çağırın", True),
        ("pomocy policja", True),
        ("допоможіть поліція", True),
        ("الشرطة بسرعة", True),
        ("snel politie", True),
        # "polis" alone is a Dutch insurance policy; a longer line is no cry.
        ("polis", False),
        ("the police are useless here", False),
    ],
)
def test_a_bare_cry_for_the_police_is_acute_in_every_language(
    reader, dutch, text, acute
):
    _, found, _ = first_reply(reader, dutch, text)
    assert (found.level is Level.ACUUT) is acute


def test_the_scorer_counts_detection_recall_and_replies(reader, dutch):
    rows = [
        Row("tr", Level.ACUUT, "kocam şu an beni dövüyor yardım edin", ("112",)),
        Row("tr", Level.GEEN, "dün akşam fenerbahçeyi resmen öldürdük 3-0 😂"),
        Row("nl", Level.GEEN, "ok"),
    ]
    scores = score(rows, reader, dutch, load_catalogues())
    tr = scores["tr"]
    assert (tr.total, tr.detected, tr.acute_recall, tr.false_alarms) == (
        2,
        1.0,
        1.0,
        0.0,
    )
    assert tr.reply_in_language == 1.0
    assert scores["nl"].detected == 1.0  # "ok" stays Dutch
    report = format_report(scores)
    assert "| tr | 2 | 1.000 | 1.000 |" in report


THE_FOURTEENTH_ROUNDS_CLASSES_AND_LOOK_ALIKES = [
    # My own sentences for the fourteenth round's classes. A person thrown
    # (Polish instrumental) while the writer hides: acute.
    ("ojciec rzuca siostrą o szafę, schowałam się pod łóżkiem", Level.ACUUT),
    # Touching a child, the object without its Polish letters too: hoog.
    ("sąsiad dotyka moją córkę jak ona u niego gra", Level.HOOG),
    # Egyptian Arabizi with no digit-letters: all the pills taken.
    ("akhadt kol el 7boob w msh ayza a3eesh", Level.ACUUT),
    # Acid ("مية نار") threatened at a face.
    ("جوزي قال هيرمي مية نار على وش بنتي", Level.HOOG),
    # Not wanting to live *with him* is leaving, not dying.
    ("ana mesh 3ayza a3eesh ma3ah tany", Level.GEEN),
    # Ukrainian in Latin letters: shut in a room, the mother heard screaming.
    ("vin zachynyv mene v kimnati, chuyu yak mama krychyt", Level.ACUUT),
    # The door being broken in and held shut.
    ("чоловік вибиває двері, ми з дітьми тримаємо двері", Level.ACUUT),
    # A sawn-off shotgun shown with "kinets" for everyone.
    ("vin pokazav meni obriz i skazav shcho vsim kinets", Level.HOOG),
    # A professional asking the procedure for a pupil or patient who might
    # tell: no alarm. The same teacher telling what a pupil did say: hoog.
    (
        "ben hemşireyim, bir hasta kocasının onu dövdüğünü anlatırsa kime "
        "bildirim yapmalıyım?",
        Level.GEEN,
    ),
    ("ben öğretmenim, bir öğrencim babasının onu dövdüğünü söyledi", Level.HOOG),
    (
        "school social worker here: what are the steps of the meldcode if a "
        "child tells me he is beaten at home?",
        Level.GEEN,
    ),
]


THE_FIFTEENTH_ROUNDS_CLASSES_AND_LOOK_ALIKES = [
    # My own sentences for the fifteenth round's classes: on the way with a
    # time given and a threat of force; shut in, not answering, a letter.
    (
        "mój były jedzie do mnie z bratem, będą za 10 minut, mówi że zabierze "
        "dzieci siłą",
        Level.ACUUT,
    ),
    (
        "brat zamknął się w pokoju i nie odpowiada, zostawił list na biurku",
        Level.ACUUT,
    ),
    # Polish without its letters, which the identifier cannot place: the
    # other lexicons may still make it acute.
    ("ojciec dusi mame w lazience!!! mam 11 lat", Level.ACUUT),
    ("zamorduje tego kierowce, znowu spozniony 🙄", Level.GEEN),
    ("جوزي جاي في الطريق وقال هيخلص عليا", Level.ACUUT),
    ("الولد عنده سنة ونص ولوحده عالبلكون دلوقتي", Level.ACUUT),
    # A ban broken; "wherever you run I'll find you" from a stalker.
    (
        "evden atılmasına rağmen huisverbod var ama her akşam kapıya geliyor",
        Level.HOOG,
    ),
    (
        "'nereye kaçarsan kaç bulurum seni' diye yazdı, ayrıldığımızdan beri "
        "işimin önünde bekliyor",
        Level.HOOG,
    ),
    # Childhood, thirty years ago, the father long dead: past and resolved.
    (
        "в дитинстві батько нас бив, але це було років 30 тому і його давно нема",
        Level.GEEN,
    ),
    ("мій брат приніс пістолєт і погрожує мамі", Level.HOOG),
]


THE_SIXTEENTH_ROUNDS_CLASSES_AND_LOOK_ALIKES = [
    # My own sentences for the sixteenth round's classes.
    ("mój stary mie znowu pierze, pomocy", Level.ACUUT),
    ("połknęłam całe opakowanie tabletek nasennych", Level.ACUUT),
    ("synek wrócił od ojca ze złamaną rączką", Level.HOOG),
    ("w fortnite ziomek mnie zabił nożem haha", Level.GEEN),
    ("الجيران يتعاركون هسه وأسمع صراخ", Level.ACUUT),
    ("بيخبط راسها في الحيطة دلوقتي", Level.ACUUT),
    ("ما اقدر اطلع، قفل علي الباب", Level.ACUUT),
    ("ana mkhebya f bit lma w howa kaydreb", Level.ACUUT),
    ("أهلي بدهم يجوزوني لابن عمي", Level.HOOG),
    ("لما كنت صغيرة أبوي كان يضرب أمي، بس اتطلقوا من سنين وكله تمام", Level.GEEN),
    ("брат порішить нас, так він сказав", Level.HOOG),
    ("вітчим до мене пристає, мені 13", Level.HOOG),
    ("vin chytaye moyi povidomlennya i ne dozvolyaye vyhodyty", Level.VERHOOGD),
]


THE_SEVENTEENTH_ROUNDS_CLASSES_AND_LOOK_ALIKES = [
    # My own sentences for the seventeenth round's classes.
    (
        "since i moved out he keeps saying i'll regret it and he waits outside my work",
        Level.HOOG,
    ),
    (
        "my mum hit us when we were kids but she's been sober for years now",
        Level.GEEN,
    ),
    ("boxing night, hope he knocks the other guy out 🥊", Level.GEEN),
    # Turkish without its letters beside two Dutch words is still Turkish.
    ("annem bagiriyo babam dovuyo nu echt bang", Level.ACUUT),
    ("alt katta bi kadin cigliklar atiyo", Level.ACUUT),
    ("ojciec zamknal mnie w piwnicy, nie mam telefonu", Level.ACUUT),
    ("tata lyknal cale opakowanie tabletek, nie moge go dobudzic", Level.ACUUT),
    ("uduszę tego kierowcę 🙄", Level.GEEN),
    ("بتصوت وجوزها بيكسر الشقة دلوقتي", Level.ACUUT),
    ("baba 3am yedrob mama", Level.ACUUT),
    ("vin stoit pid moim budynkom i pyshe shcho ya pozhaliu", Level.HOOG),
    ("як він її вбив у фіналі, я в шоці", Level.GEEN),
]


THE_EIGHTEENTH_ROUNDS_ACUTE_CLASSES_AND_LOOK_ALIKES = [
    # My own sentences for the eighteenth round's acute misses, measured
    # after that round (not on a fresh set), with their look-alikes.
    ("she's screaming like she's being killed next door, please", Level.ACUUT),
    ("kocam yoldaymış, gelince hepinizi öldürcem diyor", Level.ACUUT),
    ("çabuk polis gönderin, babam evi kırıp döküyor", Level.ACUUT),
    ("kanım durmuyor, kocam hala evde", Level.ACUUT),
    # "gelince" alone is still a habit, not now.
    ("kocam eve gelince bana bağırıyor", Level.VERHOOGD),
    ("بابا واقع على الارض ومش بيرد", Level.ACUUT),
    # A friend who does not answer her messages is no one on the floor.
    ("صاحبتي ما بترد على رسايلي من امبارح", Level.GEEN),
    ("зара він приїде, написав що це моя остання ніч", Level.ACUUT),
    ("vin dushyt mamu, shvydshe", Level.ACUUT),
    ("тато щас ломає двері в кімнату", Level.ACUUT),
]


THE_NINETEENTH_ROUNDS_CLASSES_AND_LOOK_ALIKES = [
    # My own sentences for the nineteenth round's classes, with look-alikes.
    # Hurry, he is coming: a short plea with no harm named.
    ("acele edin kocam geliyor", Level.ACUUT),
    ("acele edin otobüs geliyor", Level.GEEN),
    ("szybko mąż już idzie", Level.ACUUT),
    # A belt swung at a child now; fists at a punching bag are sport.
    ("my dad is swinging his belt at my sister right in front of me", Level.ACUUT),
    ("my dad swings his fists at the punching bag every morning", Level.GEEN),
    # A door locked on the writer, and sounds going on for a while.
    ("سكر علي الباب وراح، ما بقدر اطلع", Level.ACUUT),
    ("صوت ضرب وبكاء عند الجيران منذ نصف ساعة", Level.ACUUT),
    # Ukrainian in Latin letters at the door; asleep now after a threat.
    ("vin stukaje v dveri i kazhe shcho ub'ye mene", Level.ACUUT),
    ("вчора погрожував мені ножем, тепер спить", Level.HOOG),
    # A stepfather who climbs in at night; a cat that does.
    ("вітчим лізе до мене коли всі сплять", Level.HOOG),
    ("кіт лізе до мене в ліжко кожної ночі", Level.GEEN),
    # Belt marks on a pupil's back seen by a teacher.
    ("شفت على ضهر بنت بصفي علامات حزام", Level.HOOG),
    # A hunting gun taken out in a quarrel; one kept in a safe.
    ("ma broń myśliwską i wczoraj wyjął ją podczas awantury", Level.HOOG),
    ("mąż jest myśliwym i trzyma broń w sejfie", Level.GEEN),
    # Brothers who will kill her over a boyfriend; work that "kills".
    ("jej bracia ją zabiją jak się dowiedzą o chłopaku", Level.HOOG),
    ("ta praca mnie kiedyś zabije", Level.GEEN),
    # A game where people are beaten; a violent past over for years.
    ("córka gra w grę gdzie się bije potwory, to normalne?", Level.GEEN),
    ("dawno temu bił mnie były, teraz mam kochającego męża", Level.GEEN),
    # A late bus, not a threat; asking where to find help, not a cry.
    ("bghit nqtel chauffeur dyal tobis, 40 d9i9a kantsenna", Level.GEEN),
    ("karimi ittim, bana yardim edecek bir yer var mi", Level.VERHOOGD),
]


THE_TWENTIETH_ROUNDS_CLASSES_AND_LOOK_ALIKES = [
    # My own sentences for the twentieth round's classes, with look-alikes.
    (
        "there's blood everywhere and he won't let me out of the bathroom",
        Level.ACUUT,
    ),
    ("he follows me everywhere i go", Level.VERHOOGD),
    ("kizim bilegini kesti, her yer kan", Level.ACUUT),
    ("ذلحين ابوي يضرب اخوي الصغير وما رضي يوقف", Level.ACUUT),
    ("اسمع صراخ عند الجيران والصحون بتتكسر", Level.ACUUT),
    ("bla3t l7bob kamlin, bghit nmout", Level.ACUUT),
    ("чоловік забрав доньку зі школи і пише що щось з нею зробить", Level.ACUUT),
    ("я тримаю ніж і боюся що зроблю щось з жінкою", Level.ACUUT),
    # Not now: a perpetrator's "I need help." with an old harm, a gun shown
    # in the last fight.
    (
        "I need help. Last month I pushed my wife against the wall and I hate myself",
        Level.VERHOOGD,
    ),
    ("kocam gecen kavgada bicak cikarip gosterdi", Level.HOOG),
    # Threats to a stalked ex, in Turkish and Latin-letter Ukrainian.
    (
        "ayrildik ama evimin onunde bekliyor, seni bir gun bulurum diyor",
        Level.HOOG,
    ),
    (
        "my rozijshlys, a vin chekaie pid robotoju i pyshe shcho ya pozhaliu",
        Level.HOOG,
    ),
    # Games and a late bus; a teacher's meldcode question.
    ("the train is late again, someone is getting murdered today lol", Level.GEEN),
    ("9telni f pubg 3 mrat 😂", Level.GEEN),
    ("я вчителька, які кроки meldcode якщо дитина каже що її б'ють?", Level.GEEN),
]


THE_TWENTY_FIRST_ROUNDS_CLASSES_AND_LOOK_ALIKES = [
    # My own sentences for the twenty-first round's acute and hoog misses.
    ("acil, kocam bebegi balkona goturdu, atarim diyor", Level.ACUUT),
    ("babam balkonda sigara içiyor", Level.GEEN),
    ("тато сейчас бьот брата ременем", Level.ACUUT),
    ("shvydshe, vin vylamav dveri", Level.ACUUT),
    ("вітчим коли мама на роботі заходить до мене і чіпає мене", Level.HOOG),
]


THE_TWENTY_SECOND_ROUNDS_CLASSES_AND_LOOK_ALIKES = [
    # My own sentences for the twenty-second round's classes, with look-alikes.
    # English: waiting for the writer nearby now, beside a threat; the same every
    # day is a habit, and a brother waiting to go to football is no danger.
    (
        "my ex is outside my work waiting for me and he texted that he will kill me",
        Level.ACUUT,
    ),
    ("he's in the parking lot waiting for me, he said he'd break my legs", Level.ACUUT),
    (
        "my ex is at the gate waiting for me every day and says he'll kill me",
        Level.HOOG,
    ),
    ("my brother is outside waiting for me, we are going to football", Level.GEEN),
    # English: "if you're not mine, no one's"; a jacket that is nobody's.
    ("my ex keeps texting if u cant be mine no one will have you", Level.HOOG),
    ("that jacket is not mine, nobody knows whose it is", Level.GEEN),
    # English: he forces himself on her; forcing oneself to the gym.
    ("my husband forced himself on me again last night", Level.HOOG),
    ("he forces himself to go to the gym every morning", Level.GEEN),
    # Turkish: hiding while he walks round the house looking for her; hide and seek.
    ("dolaba saklandım, kocam elinde kemerle evi dolaşıyor beni arıyor", Level.ACUUT),
    ("banyoya saklandik babam evde dolasiyo bizi ariyo", Level.ACUUT),
    ("saklambaç oynuyoruz, dolaba saklandım kardeşim beni arıyor", Level.GEEN),
    ("kedim dolaba saklandı, evde dolaşıyo onu arıyorum", Level.GEEN),
    # Turkish: a stalker's "you can't escape me"; an exam one cannot escape.
    (
        "bosandik ama her gun isyerimin onunde bekliyor, benden kacamazsin diyor",
        Level.HOOG,
    ),
    ("bu sınavdan kaçamazsın diyor hocam", Level.GEEN),
    # Polish: "then it will be the end" from a man on his way; the end of a course.
    (
        "mąż napisał że jeśli nie wrócę to będzie mój koniec, jest już w drodze",
        Level.ACUUT,
    ),
    ("napisał że jak skończę kurs to będzie koniec stresu", Level.GEEN),
    # Polish: a grown daughter shouting at her mother is not a child screaming now;
    # a beaten brother screaming is.
    (
        "córka krzyczy na mnie że jestem głupia i zabiera mi całą emeryturę",
        Level.VERHOOGD,
    ),
    ("on bije brata, brat krzyczy z bólu", Level.ACUUT),
    # Arabic: the door banged now, hiding with the children in the bathroom; a bath.
    ("ديدك الباب ويصيح راح اكتلج", Level.ACUUT),
    ("اني والاطفال بالحمام وهو يكسر الاغراض ويهدد", Level.ACUUT),
    ("اني والجهال بالحمام نسبحهم", Level.GEEN),
    # Arabic: hiding while he is at the door; hide and seek behind a door.
    ("ana mkhabya fel ma6bakh w howa wa2ef 3al bab bi2ol hay2telni", Level.ACUUT),
    ("انا مستخبية بالاوضة وهو بيخبط على الباب", Level.ACUUT),
    ("بنلعب استغماية وانا مستخبية ورا الباب 😂", Level.GEEN),
    # Arabic: a threat to burn her face.
    ("قالي غادي نحرق ليك وجهك بالما القاطع", Level.HOOG),
    ("kaygoul lia ghadi n7r9 lik wjhek", Level.HOOG),
    # Arabic: a pregnant woman pushed (Iraqi دفر); a boy kicking a ball.
    ("اني حامل ورجلي دفرني على الدرج", Level.HOOG),
    ("ابني يشوت الكورة بالحديقة", Level.GEEN),
    # Arabic: a child's face beaten and a hand burned with a cigarette; sunburn.
    ("بنت جيراني عمرها 6 سنين وجهها مضروب وايدها محروقة بالسيجارة", Level.HOOG),
    ("وجهي محروق من الشمس", Level.GEEN),
    # Arabic: a series, a referee after a match; yelling "all the time" is a habit.
    ("شفتوا المسلسل؟ البطل بيضرب مراته في كل حلقة", Level.GEEN),
    ("الحكم ظلمنا والله بدي اقتل الحكم 😤", Level.GEEN),
    ("جوزي بيزعق طول الوقت وبيشتمني", Level.VERHOOGD),
    # Ukrainian: shut in the garage with the engine running; a car warmed up.
    ("брат зачинився в гаражі, завів двигун і не відповідає", Level.ACUUT),
    ("чоловік завів машину в гаражі, прогріває перед роботою", Level.GEEN),
    # Ukrainian in Latin letters: hiding, he looks for her with a knife; strangling.
    ("ya u vannii, vin shukaye mene z nozhem", Level.ACUUT),
    ("dopomozhit vin dushyt mamu", Level.ACUUT),
    # Ukrainian: a man walking into the bathroom while a girl is there; a son.
    ("співмешканець мами заходить у ванну коли донька там, їй 11", Level.HOOG),
    ("син заходить у ванну коли я там щоб почистити зуби", Level.GEEN),
    # Ukrainian: a stalker's threat in Latin letters; a football score.
    ("kolyshnij stezhyt za mnoyu i pyshe shcho ya pozhaliu", Level.HOOG),
    ("наші вбили аякс 3:1 вчора", Level.GEEN),
]


THE_TWENTY_THIRD_ROUNDS_CLASSES_AND_LOOK_ALIKES = [
    # My own sentences for the twenty-third round's classes, with look-alikes.
    # English: a pile of someone's pills swallowed minutes ago.
    ("i swallowed a whole lot of my dad's painkillers ten minutes ago", Level.ACUUT),
    # English: bangs and a girl screaming, going on for minutes; a sunny idiom.
    (
        "loud bangs downstairs and a girl screaming, it's been going on for 20 minutes",
        Level.ACUUT,
    ),
    # English: a child held by one arm over a drop and kept from the writer.
    (
        "my boyfriend is drunk, holding my daughter by one arm over the railing "
        "and won't give her back",
        Level.ACUUT,
    ),
    # English: a stalker's "enjoy it while you can"; the weather while it lasts.
    (
        "my ex keeps showing up at my work and texted "
        "'enjoy your freedom while you can'",
        Level.HOOG,
    ),
    ("enjoy the sunshine while it lasts, rain tomorrow", Level.GEEN),
    # English: a small child's karate chop in play.
    ("my little boy karate chopped me on the arm 😂", Level.GEEN),
    # Turkish: forced into a car and driven off now; a trip to the sea.
    (
        "babam annemi zorla arabaya bindirdi, bilmediğimiz bir yere götürüyor",
        Level.ACUUT,
    ),
    ("babam bizi arabaya bindirdi, denize götürüyor 😊", Level.GEEN),
    # Turkish: screams and breaking upstairs now; music upstairs every evening.
    (
        "üst katta bir adam bağırıyor, kadın çığlık atıyor, bir şeyler kırılıyor",
        Level.ACUUT,
    ),
    ("üst kattaki komşu her akşam yüksek sesle müzik dinliyor", Level.GEEN),
    # Turkish: a threat to burn her and her home, on his way or last week; a dinner.
    ("eski kocam buraya geliyor, evini ateşe vericem diye mesaj attı", Level.ACUUT),
    ("kocam geçen hafta seni de evini de yakarım dedi", Level.HOOG),
    ("yemeği yakıcam galiba, fırını unuttum 😅", Level.GEEN),
    # Turkish: the baby driven off by a drunk man after a death threat.
    ("eşim sarhoş, bebeği arabaya attı hepinizi öldürürüm deyip gitti", Level.ACUUT),
    # Turkish: an old woman pushed who cannot get up; stiff knees in the morning.
    ("oğlu babaannemi itti, yerde kalkamıyor", Level.ACUUT),
    ("babaannem dizleri ağrıdığı için sabahları zor kalkıyor", Level.GEEN),
    # Turkish: a child's signs after a stay with a relative; plain bedwetting.
    (
        "oğlum 5 yaşında, amcasından döndükten sonra yatağını ıslatıyor, "
        "onunla yalnız kalmaktan korkuyor",
        Level.HOOG,
    ),
    ("kızım 4 yaşında, geceleri hâlâ altını ıslatıyor, doktora gidelim mi", Level.GEEN),
    # Turkish: the ban told in words and broken.
    ("polis 10 gün yaklaşamazsın dedi ama dün gece yine eve geldi", Level.HOOG),
    # Polish: a child put out into the cold, the door shut; a pram on the balcony.
    ("ojczym wyrzucił siostrę na dwór w samej piżamie i zamknął drzwi", Level.ACUUT),
    ("wystawiłam małego na balkon w wózku żeby spał na świeżym powietrzu", Level.GEEN),
    # Polish: "he'll slaughter us all"; a game.
    ("ojciec krzyczał że wymorduje całą rodzinę", Level.HOOG),
    ("w grze wymordowałem całą wioskę orków", Level.GEEN),
    # Polish: children left alone as a habit; left alone and crying now.
    (
        "matka zostawia młodszego brata samego na całe wieczory, słychać jak płacze",
        Level.VERHOOGD,
    ),
    ("sąsiadka zostawiła dzieci same, teraz słychać jak płaczą", Level.ACUUT),
    # Polish: beaten long ago, a calm life now.
    (
        "mąż kiedyś mnie bił, ale to było 15 lat temu, teraz mam spokojne życie",
        Level.GEEN,
    ),
    # Arabic (Darija in Latin letters): the door beaten now; someone knocking.
    ("baba sakran kaydreb lbab dyal lbit dyali, 3afak", Level.ACUUT),
    ("chi wahed kaydeq f lbab, ghadi nchouf chkoun", Level.GEEN),
    # Arabic: a child's bruises and a limp.
    ("ولد جيراننا فيه كدمات ف رجليه وكيعرج", Level.HOOG),
    # Arabic: things done to her by force at night; nice things done for her.
    ("جوزي بيعمل فيا حاجات غصب عني كل ليلة", Level.HOOG),
    ("جوزي بيعمل حاجات حلوة عشاني", Level.GEEN),
    # Arabic (Darija in Latin letters): money taken, not let out; a hard worker.
    ("rajli kaychedd lflous dyali w ma kaykhallinich nkhrej", Level.VERHOOGD),
    ("rajli kaykhdem bzaf w kayjib lflous", Level.GEEN),
    # Arabic: beaten long ago, divorced for years, all fine now.
    ("زمان كان جوزي يضربني، هلق احنا مطلقين من سنين وكلنا منيحين", Level.GEEN),
    # Ukrainian: beaten with a belt in the present; a ball against a wall.
    ("онук б'є мене ременем, мені 80, допоможіть", Level.ACUUT),
    ("син б'є м'ячем у стіну у дворі", Level.GEEN),
    # Ukrainian: following her everywhere is stalking, not now; at her door now is.
    ("після розриву вона всюди ходить за мною і пише що я пошкодую", Level.HOOG),
    ("він зараз стоїть під моїм під'їздом і пише що я пошкодую", Level.ACUUT),
    # Ukrainian in Latin letters: the huisverbod broken; kept.
    ("vin maye huisverbod, ale siohodni znovu pryishov do nas", Level.HOOG),
    ("u nioho buv huisverbod, vin bilshe ne pryhodyt i vse dobre", Level.GEEN),
]

THE_TWENTY_FOURTH_ROUNDS_CLASSES_AND_LOOK_ALIKES = [
    # My own sentences for the twenty-fourth round's classes, with look-alikes.
    # English: revenge in a game; a real threat to end her.
    (
        "my cousin wrecked me in roblox again, gonna destroy him next round 😂",
        Level.GEEN,
    ),
    ("my ex said he is going to end me when he finds me", Level.HOOG),
    # English: screams and a thud, then sudden silence; a party going quiet.
    (
        "screaming next door for ages, a loud thud and then suddenly silence",
        Level.ACUUT,
    ),
    ("the party upstairs was loud all night, then suddenly quiet at 3", Level.GEEN),
    # Polish: on his way with 'this time he'll settle it'; finishing school.
    (
        "kolega napisał że jedzie do nas i tym razem załatwi sprawę ze mną, "
        "jestem sama z dziećmi",
        Level.ACUUT,
    ),
    ("tym razem skończę szkołę z lepszymi ocenami", Level.GEEN),
    # Polish: a woman begging 'puść mnie', a crash, then silence; children gone in.
    (
        "za ścianą od godziny krzyki, sąsiadka błaga 'puść mnie', "
        "coś trzasnęło i nagle cisza",
        Level.ACUUT,
    ),
    ("dzieci krzyczały na podwórku, potem nagle cisza bo poszły na obiad", Level.GEEN),
    # Polish: an old woman knocked down and kicked now; a boy kicking a ball.
    ("wnuk przed chwilą powalił babcię i kopie ją, leży na podłodze", Level.ACUUT),
    ("syn kopie piłkę pod blokiem cały dzień", Level.GEEN),
    # Polish: a child barely breathing after being thrown.
    ("synek ledwo oddycha, ojciec rzucił nim o podłogę", Level.ACUUT),
    # Polish: stalking with 'wiem gdzie mieszkasz'; not knowing where.
    (
        "po rozstaniu codziennie czeka pod moją pracą i pisze 'wiem gdzie mieszkasz'",
        Level.HOOG,
    ),
    ("nie wiem gdzie pracujesz teraz, napisz mi", Level.GEEN),
    # Polish: the ban broken last night (past tense); a threat for tonight.
    (
        "ma zakaz zbliżania, huisverbod, a i tak dziś w nocy dobijał się do drzwi",
        Level.HOOG,
    ),
    ("ma huisverbod a dziś w nocy przyjdzie i mnie zabije, tak napisał", Level.ACUUT),
    # Polish: parents fighting as a habit, no violence to the writer.
    (
        "rodzice ciągle się kłócą, ojciec rzuca kubkami, siostra płacze, "
        "ale mnie nie bije",
        Level.VERHOOGD,
    ),
    # Polish: a game killing, inflected game name.
    ("zabiłem brata w fortnicie 3 razy z rzędu 😂", Level.GEEN),
    # Turkish: drunk at the door, 'open or I break it'; the same said as a joke.
    ("kapıda bağırıyor, açmazsan kapıyı kırarım diyor, sarhoş", Level.ACUUT),
    (
        "kardeşim banyodan çıkmıyor, açmazsan kapıyı kırarım dedim şaka olarak 😂",
        Level.GEEN,
    ),
    # Turkish: a man who strangled his wife asks for help, now in therapy.
    (
        "geçen yıl karımın boğazını sıktım, şimdi terapiye gidiyorum, "
        "erkekler için yardım var mı",
        Level.HOOG,
    ),
    # Turkish: uncles came to the house and are beating her now; guests playing.
    ("dayımlar eve geldi, ablamı dövüyorlar, polisi arayayım mı?", Level.ACUUT),
    ("misafirler eve geldi, çocuklar oyun oynuyorlar", Level.GEEN),
    # Arabic (Darija in Latin letters): on his way home with 'I'll slaughter
    # you'; a brother coming home to watch a match.
    ("rah jay l dar daba w ba3thli ndbhek, 3awnouni", Level.ACUUT),
    ("khouya jay l dar m3a sahbo nchoufou lmatch", Level.GEEN),
    # Arabic (Darija in Latin letters): a child held at the window, a threat
    # to throw him.
    ("jouji chad weldi f chrjem w kaygoul ghadi nlou7o", Level.ACUUT),
    # Arabic: at the door, banging, threatening to kill.
    ("جوزي واقف عالباب بيخبط وبيقول افتحي لقتلك", Level.ACUUT),
    # Arabic (Egyptian): a threat to kill the children; dying of laughter.
    ("ابو العيال قالي لو رحتي لاهلك هموت العيال", Level.HOOG),
    ("هموت من الضحك على الفيلم ده", Level.GEEN),
    # Arabic: a child's body covered in bruises, beaten with a belt.
    ("بنت جارتنا عمرها سبع سنين وجسمها كله كدمات، امها بتضربها بالحزام", Level.HOOG),
    # Arabic: beaten long ago, separated for years, all fine now.
    ("زمان كان ابوي يضرب امي، بس هلق صرلهم خمس سنين منفصلين وكل شي تمام", Level.GEEN),
    # Ukrainian (surzhyk): coming here with an axe and a threat.
    ("він іде сюди з сокирою і кричить шо вб'є", Level.ACUUT),
    # Ukrainian: locked in now, writing from someone else's phone.
    ("нас замкнули в кімнаті, пишу з телефону сусіда", Level.ACUUT),
    # Ukrainian: a weapon in the hall now; an axe in the yard for firewood.
    ("чоловік з ножем в передпокої, я в ванній", Level.ACUUT),
    ("тато з сокирою в дворі рубає дрова для грилю", Level.GEEN),
    # Ukrainian in Latin letters: 'ryatuyte', he is beating her, the children screaming.
    ("ryatuyte, vin yiyi b'ie, dity krychat", Level.ACUUT),
    # Ukrainian: sex demanded under threat of eviction.
    (
        "орендодавець каже щоб я з ним переспала, інакше викине нас на вулицю",
        Level.HOOG,
    ),
    # Ukrainian: stalking with 'you'll pay for everything'.
    (
        "колишній постійно стоїть біля моєї роботи і каже що я за все заплачу",
        Level.HOOG,
    ),
    # Ukrainian: a game killing in slang; a teen's joke in Latin letters.
    ("брат вбив мене у фортіку 5 разів 😂", Level.GEEN),
    ("tato mene vbye yakshcho pobachyt shcho ya rozbyla yoho telefon 😂", Level.GEEN),
]


THE_TWENTY_FIFTH_ROUNDS_CLASSES_AND_LOOK_ALIKES = [
    # My own sentences for the twenty-fifth round's classes, with look-alikes.
    # English: a professional's "if a pupil tells me ..."; a pupil who did tell.
    (
        "I'm a school nurse. If a pupil tells me her stepdad hits her, "
        "what is the first step of the meldcode?",
        Level.GEEN,
    ),
    (
        "I'm a school nurse. A pupil told me today her stepdad hit her with a belt, "
        "what do I do?",
        Level.HOOG,
    ),
    # Turkish: "acil" with the spoken present.
    ("acil abimi dövüyorlar", Level.ACUUT),
    # Turkish: waiting outside her work or school is stalking; with "şu an", acute.
    ("boşandık, okulun önünde bekliyor, seni yaşatmam diye mesaj atıyor", Level.HOOG),
    ("şu an işyerimin önünde bekliyor, elinde bıçak var", Level.ACUUT),
    # Turkish: a gun laid on the table in a past quarrel; on the table and talking now.
    (
        "tartışırken silahını çıkarıp masaya koydu, 'aklında olsun' dedi",
        Level.HOOG,
    ),
    (
        "silahını masaya koydu, konuşmazsan kullanırım diyor, çocuklar yanımda",
        Level.ACUUT,
    ),
    # Turkish: exasperation at a courier or a landlord.
    ("kargocu yine paketi kapıya atmış, adamı öldürcem ya 😤", Level.GEEN),
    ("ev sahibi depozitoyu vermiyor, herifi boğacağım valla", Level.GEEN),
    # Turkish: a teacher's "if a pupil tells"; a pupil who told, with a bruise.
    (
        "ben öğretmenim. bir öğrenci babasının ona vurduğunu anlatırsa "
        "kime bildirmeliyim?",
        Level.GEEN,
    ),
    (
        "ben öğretmenim. bir öğrencim babasının ona vurduğunu anlattı, "
        "kolunda morluk var",
        Level.HOOG,
    ),
    # Turkish: a question asked at daycare and denied; one answered "yes".
    (
        "kızıma kreşte 'annen sana vuruyor mu' diye sormuşlar, öyle bir şey yok, "
        "çok şaşırdık",
        Level.GEEN,
    ),
    (
        "öğretmen 'baban seni dövüyor mu' diye sordu, evet dedim, 9 yaşındayım",
        Level.HOOG,
    ),
    # Polish: shut in with pills and writing she will kill herself; shut in sulking.
    (
        "moja siostra zamknęła się w pokoju z tabletkami i pisze że się zabije",
        Level.ACUUT,
    ),
    ("mąż zamknął się w łazience bo się obraził, nie rozmawia ze mną", Level.GEEN),
    # Polish: an old man crying out for him to let go; a mother shouting at gaming.
    ("wnuczek szarpie dziadka za kurtkę, dziadek krzyczy żeby go puścił", Level.ACUUT),
    ("mama krzyczy żeby brat przestał grać na konsoli", Level.GEEN),
    # Polish: strangling with a possessive between.
    ("policja szybko, brat dusi naszą babcię w kuchni", Level.ACUUT),
    # Polish: beaten on the belly while pregnant, now; the baby kicking inside.
    ("partner bije mnie po brzuchu, jestem w piątym miesiącu ciąży", Level.ACUUT),
    ("jestem w ciąży i maluch kopie mnie w brzuchu całą noc 😊", Level.GEEN),
    # Polish: a ban broken on Saturday, in the past tense.
    ("ma huisverbod, ale w sobotę był pod szkołą dzieci i dzwonił do mnie", Level.HOOG),
    # Arabic (Darija in Latin letters): holding the knife with a threat; a knife
    # held for cooking.
    ("rajli kayched lmes f yddo w kaygoul lia ghadi nqtlek", Level.ACUUT),
    ("mama chadda lmes f lkouzina kat9atte3 lkhodra l ftour", Level.GEEN),
    # Arabic: cigarette burns on a child's arm; a husband who smokes.
    ("جارتنا بنتها عمرها 4 سنين ودراعها فيه حروق سيجارة", Level.HOOG),
    ("جوزي بيدخن سجاير كتير وانا مضايقة من الريحة", Level.GEEN),
    # Arabic: beaten years ago, divorced, married again and happy; a school report.
    (
        "من خمس سنين طليقي كان يضربني، هلق متطلقة ومتزوجة وحدا منيح ومرتاحة كتير",
        Level.GEEN,
    ),
    ("ابني عم يعمل تقرير للمدرسة عن العنف الأسري، في عندكم معلومات؟", Level.GEEN),
    # Ukrainian and Russian: a ban broken this morning, gone now; at the door now;
    # gone to fetch a knife.
    (
        "у колишнього huisverbod, а він сьогодні зранку приходив до нашого будинку "
        "і чекав годину. зараз пішов",
        Level.HOOG,
    ),
    ("у него huisverbod, а он сейчас стоит под дверью и ломится", Level.ACUUT),
    ("він пішов за ножем, зараз повернеться", Level.ACUUT),
    # Ukrainian: "I'd kill that courier" in the conditional.
    ("вбила б цього кур'єра, третій раз не приніс посилку 🙄", Level.GEEN),
    # Ukrainian in Latin letters: on his way here with a threat.
    ("vin uzhe yide syudy i kazhe shcho vbje nas", Level.ACUUT),
    # Ukrainian: a toddler alone on a balcony climbing the railing; one with grandad.
    (
        "дитина років 3 сама на балконі вже пів години, вилазить на перила, "
        "батьків нема",
        Level.ACUUT,
    ),
    ("малий 5 років любить сидіти на балконі з дідом і дивитися на машини", Level.GEEN),
    # Ukrainian: a man who comes in at night and touches a girl; a mother's hand.
    (
        "мені 13. хазяїн квартири вночі заходить у мою кімнату і торкається мене",
        Level.HOOG,
    ),
    ("мама вночі торкається мого лоба, перевіряє чи нема температури", Level.GEEN),
    # Ukrainian: a grandchild who says his father beats him with a belt.
    ("онук каже, що тато б'є його ременем, коли п'яний, я бачила синці", Level.HOOG),
    ("внучка каже, що мама її дуже любить і купила їй ровер", Level.GEEN),
    # Ukrainian in Latin letters: a stalker at work, "not long to live"; a prognosis.
    (
        "pislia rozluchennia vin chekaje bilja mojeji roboty i pyshe shcho meni "
        "zhyty nedovho",
        Level.HOOG,
    ),
    ("лікар сказав що мені жити недовго, рак у четвертій стадії", Level.GEEN),
    # Ukrainian, Cyrillic and Latin: a husband who decides everything for her.
    ("сестра каже що її чоловік все вирішує за неї, навіть що їй їсти", Level.VERHOOGD),
    (
        "podruha kazhe shcho jiji cholovik vse vyrishuje za neji, ja duzhe perezhyvaju",
        Level.VERHOOGD,
    ),
    ("ми з чоловіком все вирішуємо разом", Level.GEEN),
    # Ukrainian and Russian: the game named first, the killing a few words on.
    ("сестра в роблоксі вбила мого персонажа 😂", Level.GEEN),
    ("брат у фортніку знову зламав мою базу і вбив мене 😭", Level.GEEN),
    ("в майнкрафте брат убил моего кота, обидно", Level.GEEN),
    # Ukrainian in Latin letters: asking whether we speak Ukrainian.
    ("dobryj vechir, vy rozmovljajete ukrajinskoju?", Level.GEEN),
    # Darija that tells, then a question in Dutch: read as Arabic, not Dutch;
    # Dutch with one Moroccan word stays Dutch.
    (
        "bba kaydreb mama daba, ana mkhbya f lbit. moet ik de politie bellen?",
        Level.ACUUT,
    ),
    ("wollah ik snap het niet, moet ik nou bellen of niet", Level.GEEN),
]


THE_TWENTY_SIXTH_ROUNDS_CLASSES_AND_LOOK_ALIKES = [
    # My own sentences for the twenty-sixth round's classes, with look-alikes.
    # Polish: screams or a child crying with things breaking or banging next door,
    # now; building work, a broken mug and a party are no violence.
    (
        "za ścianą u sąsiadów wrzaski kobiety i łomot, coś się tłucze, "
        "dzwonić na policję?",
        Level.ACUUT,
    ),
    (
        "na górze u sąsiadów dziecko strasznie płacze i słychać huk, jakby ktoś "
        "rzucał meblami. co robić?",
        Level.ACUUT,
    ),
    ("w mieszkaniu obok ktoś wrzeszczy i coś się tłucze, dzwonić na 112?", Level.ACUUT),
    ("sąsiedzi robią remont, cały dzień huk i wiercenie za ścianą", Level.GEEN),
    ("córka płakała bo stłukła swój ulubiony kubek", Level.GEEN),
    ("u sąsiadów impreza, krzyki i muzyka do trzeciej w nocy", Level.GEEN),
    # Polish typed without its letters: a short plea, read as Polish.
    ("ratunku on mnie dusi", Level.ACUUT),
    # Polish: a team "shot" with goals beside it; a threat to shoot us.
    ("nasi ich rozstrzelali w drugiej połowie, trzy gole 🔥", Level.GEEN),
    ("napastnik rozstrzelał obronę, hat-trick w 20 minut", Level.GEEN),
    ("szwagier mówi że nas rozstrzela jak pójdę na policję", Level.HOOG),
    # Polish: a past decades ago with both long dead; the past that came back.
    (
        "dziadek bił babcię w latach osiemdziesiątych, oboje już nie żyją, "
        "chcę tylko o tym porozmawiać",
        Level.GEEN,
    ),
    ("kiedyś ojczym mnie bił, ale to było dawno, oboje dawno nie żyją", Level.GEEN),
    ("kiedyś ojczym mnie bił, a teraz znowu zaczął bić mojego syna", Level.HOOG),
    # Ukrainian and Russian: "he will cut us all" while drunk, now; a threat
    # written; a cake cut for everyone, vegetables cut for a salad.
    ("він п'яний ходить з ножем по квартирі і каже що всіх нас поріже", Level.ACUUT),
    ("отчим орет что зарежет нас всех, мама плачет, помогите", Level.ACUUT),
    ("брат написав що поріже мене якщо я піду в поліцію", Level.HOOG),
    ("мама поріже торт на всіх, приходьте о сьомій", Level.GEEN),
    ("я поріжу овочі на салат", Level.GEEN),
    # Ukrainian, Latin letters and Cyrillic: a stalker after the separation who
    # says I will regret it, or that he will find where I live; a message missed.
    (
        "pislia rozluchennia kolyshnij stoyit bilia pidjizdu i pyshe shcho znajde "
        "de ja zhyvu",
        Level.HOOG,
    ),
    ("kolyshnij dosi chekaie mene bilia roboty i kazhe shcho ja pozhaliiu", Level.HOOG),
    (
        "колишній постійно стоїть біля мого під'їзду і пише що знайде де я живу",
        Level.HOOG,
    ),
    ("vin pyshe shcho skuchaie, ja ne znaju shcho vidpovisty", Level.GEEN),
    # Ukrainian: a landlord who touched her, a stepfather who walks in while she
    # undresses; a mother who does not knock, a doctor, an elbow in the lift.
    (
        "хазяїн квартири торкнувся мене, коли я мила посуд, і сказав щоб я нікому "
        "не казала",
        Level.HOOG,
    ),
    (
        "вітчим заходить у мою кімнату коли я переодягаюсь, я прошу стукати а він "
        "сміється",
        Level.HOOG,
    ),
    ("мама заходить без стуку коли я переодягаюсь, бісить 🙄", Level.GEEN),
    ("лікар торкнувся мого живота на огляді, все добре", Level.GEEN),
    ("сусід випадково торкнувся мене ліктем у ліфті і вибачився", Level.GEEN),
    # Ukrainian and Russian: "I'd strangle that driver" with the outsider before
    # the verb; a husband's threat to strangle her.
    ("я б того таксиста прибила, знову нахамив 🙄", Level.GEEN),
    ("потяг скасували, я бы этого машиниста задушила", Level.GEEN),
    ("чоловік сказав що придушить мене якщо я піду", Level.HOOG),
    # Arabic (Levantine): forced at night into "things" she does not want, her
    # body claimed as his right; a mother who makes a child eat vegetables.
    ("زوجي كل ليلة بيجبرني على اشيا ما بحبها وبيقول هاد حقك علي", Level.HOOG),
    ("بالليل بيقلي انتي مرتي وهاد حقي وما بيسمع لما بقلو لا", Level.HOOG),
    ("امي بتجبرني آكل خضرة ما بحبها", Level.GEEN),
    # Arabic: a ban broken, he came back and slept at home or came to the door;
    # a question about how long a ban lasts.
    ("عنده huisverbod من يوم الجمعة بس رجع امبارح وبات في البيت", Level.HOOG),
    ("زوجي عليه أمر ابعاد لكنه جاء أمس إلى باب البيت", Level.HOOG),
    ("عنده huisverbod لعشرة أيام، شو بيصير بعدها؟", Level.GEEN),
    # Arabic: "I want to kill him" of a taxi or tram driver; a driver or a
    # husband who says he will kill me.
    ("التاكسي تأخر ساعة، والله بدي اخنقو للسواق 😤", Level.GEEN),
    ("سواق الترام سكر الباب بوجهي، بدي اقتلو 🙄", Level.GEEN),
    ("سايق الباص هددني وقال بدو يقتلني", Level.HOOG),
    ("جوزي قال رح يقتلني اذا رحت عالشرطة 😤", Level.HOOG),
    # Arabic (Levantine, Tunisian): beaten long ago, the father dead, "now it has
    # been twenty years"; a father beating my mother now.
    (
        "زمان ابويا كان يضربني، هلق صار في ثلاثين سنة والله يرحمه، بس بدي افهم ليش",
        Level.GEEN,
    ),
    ("بكري خويا الكبير كان يضربني، توا عدات خمسطاش سنة وهو مات", Level.GEEN),
    ("توا بابا يضرب في امي، عاونوني", Level.ACUUT),
    # English: a daughter's or son's partner who pushed or slapped once is
    # verhoogd; strangling stays hoog, a stepfather's blow to a child too.
    ("my son's girlfriend pushed him at a festival, he laughed it off", Level.VERHOOGD),
    (
        "my daughter's ex slapped her once outside school, she says it's nothing",
        Level.VERHOOGD,
    ),
    ("my daughter's boyfriend grabbed her by the throat last week", Level.HOOG),
    ("my stepdad slapped my 8 year old daughter across the face", Level.HOOG),
    # English: in-laws who keep her in and keep her passport or card: control.
    (
        "my husband's family is not allowing me to see my friends and they are "
        "keeping my passport",
        Level.VERHOOGD,
    ),
    (
        "my parents in law are not allowing me to visit my family and they are "
        "keeping my bank card",
        Level.VERHOOGD,
    ),
    # English: "now he knows my new address" is stalking with a threat, not now;
    # a knife and a man at the door now stay acute.
    (
        "after the divorce he kept following me to the gym and texting that i'd be "
        "sorry. now he knows my new address",
        Level.HOOG,
    ),
    ("he is outside my door now and says he will kill me", Level.ACUUT),
    ("now he has a knife and he's banging on the door", Level.ACUUT),
]

# The twenty-sixth round's English classes that the English lexicon reads right
# but the Dutch reading (its English words and its classifier) still raises,
# so they are checked on the English reading alone: the higher of the two
# readings wins in the chat, and the Dutch side is not this lexicon's to change.
THE_TWENTY_SIXTH_ROUNDS_ENGLISH_READINGS = [
    # A past decades ago, the parent dead; a feeling that stays is no recurrence.
    (
        "my mum used to beat me as a kid, decades ago, she died in 2015 and i still "
        "think about it sometimes",
        Level.GEEN,
    ),
    (
        "my grandad used to hit us when we were small, that was 40 years ago and he "
        "died in 2001. i still feel sad about it",
        Level.GEEN,
    ),
    (
        "my dad used to hit us when we were little and he still hits my mum every "
        "weekend",
        Level.HOOG,
    ),
    # Stalking with a threat and "now he knows where i live": hoog, not now.
    (
        "she left him in march, he waits outside her work every day and says she "
        "will regret it. now he knows her new address",
        Level.HOOG,
    ),
    (
        "we split up in may and he keeps waiting outside my building, says i'll "
        "regret it. now he knows where i live",
        Level.HOOG,
    ),
    # Strangling last month told by the one who did it; a blow in pregnancy last
    # night: hoog; a blow in pregnancy going on: acute.
    (
        "i'm ashamed, last month i choked my wife during a fight. i want to get help "
        "to stop",
        Level.HOOG,
    ),
    ("i'm 5 months pregnant and last night he punched me in the belly", Level.HOOG),
    ("im pregnant and he is kicking me right now", Level.ACUUT),
    # In-laws who keep her in and keep her phone: control, verhoogd.
    (
        "my in-laws are not letting me go out alone and my sister in law is keeping "
        "my phone",
        Level.VERHOOGD,
    ),
]


THE_TWENTY_SEVENTH_ROUNDS_CLASSES_AND_LOOK_ALIKES = [
    # My own sentences for the twenty-seventh round's classes, with look-alikes.
    # Turkish: 'işimi bitirecekmiş' (he will finish me off) with him on the way
    # is acute, without it a threat; finishing a job is none. 'nereye gitsen
    # bulurum' beside waiting outside is the stalking habit unless a time word
    # says now. A small child's bruise the parent explains with a fall, seen by a
    # professional, is abuse; a fall the parent saw is not.
    (
        "kocam aradı, eve geliyormuş, bu gece işimi bitirecekmiş, çocuklar yanımda",
        Level.ACUUT,
    ),
    ("eski sevgilim buraya geliyor, bu sefer işimi bitirecek diye yazdı", Level.ACUUT),
    ("eski kocam işimi bitirecekmiş, ablama öyle söylemiş", Level.HOOG),
    ("ayrıldıktan sonra işimi bitirecek diye mesaj yazdı, çok korkuyorum", Level.HOOG),
    ("usta yarın gelip işimi bitirecek, sonra boyaya başlarız", Level.GEEN),
    ("işimi bitirdim, eve geliyorum", Level.GEEN),
    ("patron işimi bitirince çıkabilirsin dedi", Level.GEEN),
    (
        "ayrıldık ama her yerde karşıma çıkıyor, nereye gidersen seni bulurum "
        "diye yazıyor",
        Level.HOOG,
    ),
    (
        "eski sevgilim işyerimin önünde bekliyor, nereye kaçarsan kaç seni "
        "bulurum diyor",
        Level.HOOG,
    ),
    (
        "şu an evimin önünde bekliyor, nereye gitsen seni bulurum diye mesaj atıyor",
        Level.ACUUT,
    ),
    ("eski kocam şu an kapıda, kapıyı yumrukluyor", Level.ACUUT),
    (
        "kreşte çalışıyorum, 2 yaşındaki bir kızın kolunda yine morluklar var, "
        "babası düştü diyor",
        Level.HOOG,
    ),
    (
        "öğretmenim, bir öğrencimin yüzünde morluk var, annesi merdivenden "
        "düştü diyor ama üçüncü kez",
        Level.HOOG,
    ),
    ("oğlum parkta düştü, dizinde morluk var", Level.GEEN),
    ("kızım bisikletten düştü, kolunda küçük bir morluk var ama iyi", Level.GEEN),
    # Polish: in a closed garage with the engine running and a word of giving up,
    # an attempt now; waiting in a car with the engine on is nothing. Still
    # screaming and throwing after someone is hurt is now; the drunk habit is not.
    # A ban broken: found him in the kitchen; a ban kept is no alarm.
    (
        "siedzę w samochodzie w zamkniętym garażu z włączonym silnikiem, "
        "przepraszam was wszystkich",
        Level.ACUUT,
    ),
    (
        "tata siedzi w garażu z zapalonym silnikiem i nie otwiera, mówił że ma dość",
        Level.ACUUT,
    ),
    ("brat ma krew na twarzy, ojciec nadal wrzeszczy i tłucze talerze", Level.ACUUT),
    ("mama krwawi z nosa, a on rzuca czym popadnie", Level.ACUUT),
    ("sąd dał mu zakaz zbliżania się, a wczoraj zastałam go w salonie", Level.HOOG),
    ("ma huisverbod, ale w nocy znalazłam go na klatce przed drzwiami", Level.HOOG),
    ("siedzę w aucie z włączonym silnikiem i czekam na córkę pod szkołą", Level.GEEN),
    (
        "auto stoi w garażu z włączonym silnikiem, bo mechanik sprawdza akumulator",
        Level.GEEN,
    ),
    ("kiedy się napije, to krzyczy i rzuca czym popadnie", Level.VERHOOGD),
    ("nie chcę już pizzy, jestem pełna", Level.GEEN),
    ("mąż nadal krzyczy na dzieci, mam dość", Level.VERHOOGD),
    ("znalazłam go w kuchni, robił kanapki", Level.GEEN),
    ("mąż ma zakaz zbliżania się i na razie go przestrzega", Level.GEEN),
    # Arabic: locked in and 'mesh 2adra a5rog' (cannot get out) now; a child held
    # over the railing; Gulf 'al7een'; Darija 'غادي نقتل الدراري'; finger marks on
    # the neck; 'يغسلون العار'. Look-alikes: staying in for the rain, a child on the
    # balcony looking down, washing the dishes, killing time, a hot day.
    ("جوزي قفل عليا الاوضة وخد تليفوني ومش قادرة اخرج، ساعدوني", Level.ACUUT),
    (
        "sakkar 3alaya el sha2a w mesh 2adra akhrog, howa barra bey2ool hay2telni",
        Level.ACUUT,
    ),
    ("ابوي ماسك اخوي الصغير من فوق الدرابزين وعم يصرخ عليه", Level.ACUUT),
    ("الجار سكران وشايل البيبي برا الشباك", Level.ACUUT),
    ("ubuy yadrb ommi alhin", Level.ACUUT),
    ("راجلي كيقول غادي نقتل الولاد إلا مشيت نعيش عند ماما", Level.HOOG),
    ("قال لي إذا رحتي للشرطة رح اقتل الولاد وبعدين اقتل حالي", Level.HOOG),
    ("المعلمة شافت على رقبة البنت علامات اصابع", Level.HOOG),
    ("خوالي قالوا لازم نغسل العار بعد ما عرفوا بالطلاق", Level.HOOG),
    ("mesh 2adra a5rog el naharda 3shan el matar", Level.GEEN),
    ("انا مش قادرة اطلع اليوم، تعبانة شوي", Level.GEEN),
    ("الولد وقف على البلكون وشاف الالعاب من فوق الدرابزين", Level.GEEN),
    ("ماما حاملة اخوي الصغير وعم تغنيلو", Level.GEEN),
    ("لازم اغسل الصحون والغسيل اليوم", Level.GEEN),
    ("al7een wslt el bait, shukran", Level.GEEN),
    ("غادي نقتل الوقت بشي فيلم", Level.GEEN),
    # Arabizi thanks "chokran" is no English "choke".
    ("chokran bzaf 3la lmosa3ada", Level.GEEN),
    ("abooy yaDrb ommi al7een w ana akhaf", Level.ACUUT),
    ("الحر قتل راسي اليوم", Level.GEEN),
    # Ukrainian and Russian: a gun kept at home and shown in a past fight is a
    # weapon, not now; a gun or knife held now stays acute. A mother-in-law who
    # locks her in (surzhyk spellings too). A man who shouts at his wife, pushed
    # her once and wants help is verhoogd.
    (
        "муж держит дома ружье, а на прошлой неделе во время ссоры положил его "
        "передо мной на стол",
        Level.HOOG,
    ),
    (
        "чоловік тримає в шафі пістолет і минулого тижня показав його мені під "
        "час сварки",
        Level.HOOG,
    ),
    ("він тримає ніж і каже що вб'є мене", Level.ACUUT),
    ("чоловік зараз тримає пістолет і кричить", Level.ACUUT),
    ("у нього в руці сокира, він ломиться в двері", Level.ACUUT),
    ("свекруха замикає мене в кімнаті, коли йде з дому, і забирає телефон", Level.HOOG),
    ("свекровь запирает меня в комнате когда уходит, уже месяц так", Level.HOOG),
    ("свекруха замкнула мене в кімнаті і я не можу вийти, допоможіть", Level.ACUUT),
    ("мама замикає двері на ключ коли йде на роботу", Level.GEEN),
    ("я замикаю кімнату на ключ, бо брат бере мої речі", Level.GEEN),
    (
        "я кричу на жінку і одного разу вдарив її, хочу змінитися, куди звернутися?",
        Level.VERHOOGD,
    ),
    ("він кричить на маму, діти ховаються під ліжком, зараз б'є її", Level.ACUUT),
    # English: strangled weeks ago and calm now is hoog, not acute; 'you'll never be
    # safe' beside stalking is hoog; 'i never feel safe' is fear; a game kill is none.
    (
        "last month he choked me during an argument, it's quiet now but i can't sleep",
        Level.HOOG,
    ),
    (
        "two weeks ago he had his hands round my throat. everything is fine "
        "now, is that still serious?",
        Level.HOOG,
    ),
    ("he is choking me now", Level.ACUUT),
    ("he choked me and now he is outside my door", Level.ACUUT),
    (
        "since the breakup my ex keeps showing up at my work and texted that i "
        "will never be safe from him",
        Level.HOOG,
    ),
    (
        "after we broke up he follows me everywhere and says you'll never be "
        "safe anywhere",
        Level.HOOG,
    ),
    ("i never feel safe at home since he left", Level.VERHOOGD),
    ("my sister keeps killing me in fortnite lol", Level.GEEN),
]


THE_TWENTY_EIGHTH_ROUNDS_CLASSES_AND_LOOK_ALIKES = [
    # My own sentences for the twenty-eighth round's classes, with look-alikes
    # (multilingual r28 class).
    # Polish, Silesian: 'ciepie we mie' (throws at me) drunk, children under the
    # table, now; children eating under the table, a ball thrown to them, none.
    (
        "moj stary je nachlany i ciepie we mie garnkami, bajtle siedzom pod łożkiem",
        Level.ACUUT,
    ),
    ("bajtle siedzom pod stołym i jedzom kołocz", Level.GEEN),
    ("ciepnął piłkę do bajtli na placu", Level.GEEN),
    ("chłop godo ze żech je gupio i nic nie umia", Level.VERHOOGD),
    # Polish, highland: an axe taken up and carried through the house, hiding in
    # the storeroom with the children; chopping wood with it is none.
    (
        "mój chłop chyciył siekierę i łazi po chałupie, krzyczy że nas pozabijo",
        Level.ACUUT,
    ),
    ("jo z dzieckami w komorce, on z nożem chodzi po izbie", Level.ACUUT),
    ("dziadek wzion siekierę i rąbie drewno na podwórku", Level.GEEN),
    # Polish: the writer under her home with a knife in his pocket; waiting there
    # with flowers, or a pocket knife for mushrooms, is none.
    ("stoję pod jej domem i mam nóż w kieszeni, boję się co zrobię", Level.ACUUT),
    ("stoję pod jej blokiem i czekam aż wyjdzie, kupiłem kwiaty", Level.GEEN),
    ("mam scyzoryk w kieszeni na grzyby", Level.GEEN),
    # Polish: a relative who comes when the parents are out and demands silence;
    # a present kept secret, an aunt who cooks, are none.
    (
        "kuzyn przychodzi jak mama jest w pracy i każe mi nikomu nie mówić, "
        "nie lubię tego co mi robi",
        Level.HOOG,
    ),
    ("wujek kazał mi nic nie mówić mamie o prezencie na urodziny", Level.GEEN),
    ("ciocia przychodzi jak rodzice są w pracy i robi nam obiad", Level.GEEN),
    # Polish: 'he will find me wherever I flee' beside stalking is hoog.
    (
        "po rozstaniu czeka pod moją pracą i pisze, że znajdzie mnie gdziekolwiek "
        "ucieknę",
        Level.HOOG,
    ),
    ("znajdziemy mieszkanie gdziekolwiek, byle tanio", Level.GEEN),
    # Turkish: a cut wrist and blood everywhere is now; paint everywhere is none.
    # 'even when I cry he does not stop' is each time, not now; 'seni ve kızını
    # bitirecem' is a death threat, finishing homework is not.
    ("kız kardeşim bileklerini kesmiş, banyoda her yer kan", Level.ACUUT),
    ("banyoyu boyadık, her yer boya oldu", Level.GEEN),
    ("kocam gece istemediğim şeyler yapıyor, ağlasam bile durmuyor", Level.HOOG),
    ("kocam şu an beni dövüyor, durmuyor", Level.ACUUT),
    (
        "ayrıldık ama her gün işyerimin önünde bekliyor, seni ve kızını bitirecem "
        "diye yazdı",
        Level.HOOG,
    ),
    ("bu akşam ödevi bitirecem, sonra seni ararım", Level.GEEN),
    # English: sexual violence said without a word for it; kind things done at
    # night are none. A team 'slaughtered again' is sport; a murder stays hoog.
    ("my husband does stuff to me in bed even when i tell him no", Level.HOOG),
    ("he keeps doing things to me at night when i'm asleep", Level.HOOG),
    ("he does nice things for me at night, like cooking dinner", Level.GEEN),
    ("rangers got absolutely slaughtered again in the derby", Level.GEEN),
    ("my cousin was murdered in amsterdam last year", Level.HOOG),
    # Arabic, Algerian Arabizi: locked in ('sekker 3liya'), the phone taken, and
    # writing from a tablet now; locking oneself in to sleep is none. Tunisian
    # '9odem el bab' (at the door) with a threat is acute.
    ("jouji sekker 3liya lbab w dda tilifoun", Level.HOOG),
    ("rajli sekker 3liya lbab w rani nekteb men la tablette", Level.ACUUT),
    ("sekkert lbab 3la rouhi 9bel ma nergod", Level.GEEN),
    ("jouzi 9odem el bab w y9oul bech y9atelni", Level.ACUUT),
    ("rani 9odem el bab nestanna fik", Level.GEEN),
    # Gulf 'يضاربني' (is hitting me) now; speculating on shares is none; a friend
    # supposed in a question is none. Darija '3jlo' (hurry) makes a beating now.
    ("زوجي يضاربني ذلحين والعيال يصيحون", Level.ACUUT),
    ("اخوي يضارب بالاسهم كل يوم", Level.GEEN),
    ("لو صاحبتي جوزها بيضربها، تقدر تتصل بيكم؟", Level.GEEN),
    ("baba kaydreb khouya 3jlo", Level.ACUUT),
    ("3jlo rah lmatch bda", Level.GEEN),
    # Forced to sleep with him; 'you will not rest' under a photo of her car;
    # the news 'killing me'; a series' husband; children alone knocking for food;
    # not let out alone is control, locked in stays locked in.
    ("rajli kayjberni norgod m3ah w ana mridha", Level.HOOG),
    ("ما بدي اتصل، بس بعتلي صورة سيارتي الجديدة وكاتب ما رح ترتاحي مني", Level.HOOG),
    ("اخبار غزة بتقتلني كل يوم", Level.GEEN),
    ("بالمسلسل اللي بتابعه، اللي الزوج بيضرب مرته، شو اسمه؟", Level.GEEN),
    ("ولاد الجيران لحالهم بالبيت وعم يدقوا عندي يطلبوا اكل", Level.VERHOOGD),
    ("ابوي ما يخليني اطلع من البيت لحالي", Level.VERHOOGD),
    ("زوجي قفل علي الباب وما يخليني اطلع من البيت", Level.ACUUT),
    # Ukrainian on a Russian keyboard ('бъе', 'бье', 'вбъе', 'допоможить') and in
    # Latin letters (locked in the bathroom, he bangs on the door).
    ("вин бъе мене зараз, допоможить", Level.ACUUT),
    ("вин бье мене щас", Level.ACUUT),
    ("чоловик каже шо вбъе мене", Level.HOOG),
    ("ya zakrylas u vannii, vin hatyt u dveri", Level.ACUUT),
    # A mother's words reported are abuse of the child, the writer's own wish is
    # suicidality. Bruises supposed in a professional's question are none, seen
    # on a pupil's neck they are hoog.
    ("мама каже що краще б мене не було, постійно обзиває", Level.VERHOOGD),
    ("краще б мене взагалі не було, не хочу жити", Level.HOOG),
    ("я вчителька. якщо бачу синці в учня, з чого почати meldcode?", Level.GEEN),
    ("сьогодні помітила синці на шиї в учня, що робити?", Level.HOOG),
]


THE_TWENTY_NINTH_ROUNDS_CLASSES_AND_LOOK_ALIKES = [
    # My own sentences for the twenty-ninth round's classes, with look-alikes
    # (multilingual r29 class).
    # Ukrainian in Latin letters: a stepfather strangling her now is acute and
    # not Polish; a host reading her messages is control; stalking with "you
    # will regret it" is hoog; a grandmother's joke over soup is none.
    ("vitchym dushyt sestru zaraz, shvydko", Level.ACUUT),
    ("hospodar chytaie moi povidomlennia i ne puskaie mene vvecheri", Level.VERHOOGD),
    ("vin stezhyt za mnoiu kozhen den i pyshe shcho ya shkoduvatymu", Level.HOOG),
    ("babusia kazhe shcho vbje mene yakshcho ne zjim kashu 😂", Level.GEEN),
    # Ukrainian: drove off drunk with the little one in the car is now; a ride
    # to the nursery is none. Killing all the children is a death threat; a
    # mother's words reported stay verhoogd.
    ("забрав сина в машину і поїхав, сказав що я його більше не побачу", Level.ACUUT),
    ("тато посадив малого в машину і поїхав у садочок", Level.GEEN),
    ("каже що всіх дітей поубиває якщо я піду", Level.HOOG),
    ("мама кричить що я ледача і краще б мене не було", Level.VERHOOGD),
    # Polish: pills and barely speaking any more is now; barely speaking Polish is
    # none. On his way with "the last time", ten minutes off, is acute; a shop ten
    # minutes off is none. Burning the car with her in it is hoog; guests who
    # slept together at hers are none. Doors slammed next door is verhoogd.
    ("mama połknęła tabletki, nie chce żyć i ledwo już mówi", Level.ACUUT),
    ("nowa koleżanka ledwo mówi po polsku", Level.GEEN),
    ("pisze że jedzie i że to będzie ostatni raz, jest 5 minut stąd", Level.ACUUT),
    ("apteka jest 5 minut stąd", Level.GEEN),
    ("grozi że spali mi samochód i mnie razem z nim", Level.HOOG),
    ("goście spali u mnie razem z dziećmi", Level.GEEN),
    ("chłop zaś pije i bije mnie, bajtle pod stołem siedzą", Level.ACUUT),
    ("bajtle pod stołem siedzą i jedzą kołocz", Level.GEEN),
    (
        "za ścianą ciągle krzyki i trzaskanie drzwiami, dzieci jakieś smutne",
        Level.VERHOOGD,
    ),
    # Arabic: locked in and writing from the laptop is now; writing from the
    # laptop with a question is none. The Gulf 'بذبح' of the children is a death
    # threat, of the Eid sheep none. A slap last week, apologising now, is
    # verhoogd; children alone from the morning, often, are verhoogd.
    ("قفل علي الباب وأخذ جوالي، أكتب لكم من اللابتوب", Level.ACUUT),
    ("أكتب لكم من اللابتوب، عندي سؤال عن الدوام", Level.GEEN),
    ("قال بذبح عيالك لو رحتي لأهلك", Level.HOOG),
    ("بذبح الخروف بالعيد والعيال فرحانين", Level.GEEN),
    ("jouzi darabni marra l jem3a l madye w hala2 3am ye3tezer", Level.VERHOOGD),
    ("الجارة تطلع من الصبح وتخلي عيالها لحالهم هواية، دائما جوعانين", Level.VERHOOGD),
    # Turkish: waiting at her 'werk' with "I'll make you regret it" is hoog; a bus
    # awaited there is none. A teacher's meldcode question is none.
    ("ayrıldık, her gün werk'in önünde bekliyo, pişman ederim diyo", Level.HOOG),
    ("her sabah werk'in önünde otobüs bekliyorum", Level.GEEN),
    ("öğretmenim, öğrencim evde kavga oluyor dedi, meldcode ne diyor?", Level.GEEN),
    # English: a girl to be cut is hoog; a daughter's hair to be cut is none.
    ("his mother says the girls must be cut when we visit the village", Level.HOOG),
    ("my daughter's fringe must be cut before school photos", Level.GEEN),
]


THE_THIRTIETH_ROUNDS_CLASSES_AND_LOOK_ALIKES = [
    # My own sentences for the thirtieth round's classes, with look-alikes
    # (multilingual r30 class).
    # Polish, Silesian and highland 'mie' (me): beaten with a belt and a plea is
    # now, locked in the storeroom and left is now; soup poured to me and a
    # garage shut are none.
    ("stary zaś mie leje pasem, pomocy", Level.ACUUT),
    ("mama leje mi zupę do miski", Level.GEEN),
    ("zamknął mie w komórce i poszedł, mom ino telefon", Level.ACUUT),
    ("sąsiad zamknął garaż i poszedł na ryby", Level.GEEN),
    ("chop mie dusi, pomocy", Level.ACUUT),
    ("stary mie kopie po brzuchu, ratunku", Level.ACUUT),
    ("bajtel mie kopie pod stołem jak się bawimy 😂", Level.VERHOOGD),
    # Polish: a neighbour beating his wife with screams heard is now; cutlets
    # pounded to music are none.
    ("za ścianą sąsiad tłucze żonę, słychać krzyki na cały blok", Level.ACUUT),
    ("za ścianą sąsiad tłucze kotlety, słychać muzykę", Level.GEEN),
    # Polish: someone else's cut wrists and blood everywhere are now; yesterday,
    # in hospital now, is hoog; bushes trimmed are none.
    ("brat pociął sobie żyły w wannie, krew wszędzie", Level.ACUUT),
    ("wczoraj siostra podcięła sobie żyły, teraz jest w szpitalu", Level.HOOG),
    ("podcięłam krzaki w ogrodzie, wszędzie liście", Level.GEEN),
    # Polish: burning her together with the house is a death threat; guests who
    # slept at hers with the dog are none.
    (
        "od rozstania czeka pod moją pracą i mówi, że mnie spali razem z domem",
        Level.HOOG,
    ),
    ("goście spali u mnie razem z psem", Level.GEEN),
    # Turkish: locked in and left there is now; one's own key left inside is
    # none. A push and a bleeding nose is now; a bleeding gum is no more than
    # verhoogd, a header in football none.
    ("kocam kapıyı kilitledi beni içeride bıraktı, şarjım bitmek üzere", Level.ACUUT),
    ("kapıyı kilitledim, anahtarı içeride bıraktım 😅", Level.GEEN),
    ("abim annemi yere itti, burnu kanıyor", Level.ACUUT),
    ("dişetim kanıyor, yarın diş hekimine gidicem", Level.VERHOOGD),
    ("topa kafa vurdu, gol oldu", Level.GEEN),
    # English: minutes away with "you'll regret it" is acute; a shop or dinner
    # minutes away is none. Scots "if he canna have me naebody will" is hoog, a
    # pie is none. A broken order with him at the door now is acute.
    ("my ex just messaged, he's 5 mins away and says i'll regret it", Level.ACUUT),
    ("the shop is 5 minutes away, i'll pick up milk", Level.GEEN),
    ("he's 10 mins away so dinner at 7, can't wait", Level.GEEN),
    ("he keeps telling me if he canna have me naebody will", Level.HOOG),
    ("if i cannae have a pie naebody will 😂", Level.GEEN),
    ("he broke the restraining order and he is outside my door now", Level.ACUUT),
    # Ukrainian: a child grabbed and not let go is now, a toddler holding a hand
    # is none. "Say goodbye to life" from an ex on his way is acute; goodbye to
    # student life is none. A father beating mum, told by a child, is now.
    ("співмешканець схопив мого сина і не відпускає, допоможіть", Level.ACUUT),
    ("малий схопив мою руку в парку і не відпускає, такий милий 😊", Level.GEEN),
    ("бувший пише що вже їде і щоб я прощалася з життям", Level.ACUUT),
    ("прощаюсь з життям студента, завтра перша робота 😅", Level.GEEN),
    ("тато бє маму на кухні, я в кімнаті", Level.ACUUT),
    # Ukrainian in Latin letters: an iron pressed on a brother is hoog, a shirt
    # ironed is none. Waiting at the shelter with "me or no one" is hoog. Ashamed
    # now of strangling yesterday is hoog, not acute. A game kill is none.
    ("mama pryklala prasku do ruky brata, v nioho opik", Level.HOOG),
    ("mama prasuie sorochku praskoiu", Level.GEEN),
    ("він чекає мене біля притулку і каже: або зі мною, або ні з ким", Level.HOOG),
    (
        "я вчора душив дружину під час сварки. зараз мені соромно, куди звернутися?",
        Level.HOOG,
    ),
    ("ya yoho vbyv u fortnite pidryad, vin plache 😂", Level.GEEN),
    # Arabic: screams, a child crying "mama no" and dishes breaking next door is
    # now; dishes dropped in one's own kitchen are none. A knife waved in the
    # face is now; a chef's knife is none. Forced into "things" at night is
    # hoog, at work none. A film's husband, a teacher's "if I suspect" are none.
    (
        "الجيران تحتنا في صراخ وطفل عم يبكي ويقول ماما لا، وصوت صحون عم تتكسر",
        Level.ACUUT,
    ),
    ("الصحون عم تتكسر بالمطبخ لأني وقعت الصينية 😅", Level.GEEN),
    ("ابني عم يلوح بالسكين بوجهي وبيكسر الكراسي", Level.ACUUT),
    ("الشيف مسك السكين بالبرنامج وقطع البصل بسرعة", Level.GEEN),
    ("زوجي بيجبرني على حاجات بالليل وانا مش عايزة", Level.HOOG),
    ("مديري بيجبرني على حاجات كتير بالشغل", Level.GEEN),
    ("شفت فيلم امبارح والزوج قتل مرته بالآخر، فيلم حزين", Level.GEEN),
    ("انا مدرسة، شو لازم اعمل اذا شكيت انو تلميذ عم ينضرب بالبيت؟", Level.GEEN),
]


THE_THIRTY_FIRST_ROUNDS_CLASSES_AND_LOOK_ALIKES = [
    # My own sentences for the thirty-first round's classes, with look-alikes
    # (multilingual r31 class).
    # Ukrainian: beating told with any apostrophe, the writer hiding in the
    # wardrobe, is now; a ball in the wardrobe is none.
    ("рятуйте він б’є сестру, я під ліжком у шафі сиджу", Level.ACUUT),
    ("рятуйте він бʼє сестру, я в шафі сиджу", Level.ACUUT),
    ("брат б'є м'ячем у шафі пил", Level.GEEN),
    # Ukrainian: he is already here and a cry for help; help with the bags is not.
    ("вона вже тут, рятуйте", Level.ACUUT),
    ("він тут допоможіть швидко", Level.ACUUT),
    ("мама вже тут, допоможіть швидко занести сумки", Level.GEEN),
    # Ukrainian: an ex waiting at the warehouse gate to cut her; a colleague there
    # with coffee.
    ("колишній чекає біля воріт складу і пише що поріже мене", Level.ACUUT),
    ("колега чекає біля воріт складу з кавою", Level.GEEN),
    # Turkish on a Dutch keyboard ('sjimdi', 'jardim edin'); an ex on the way who
    # will 'finish you'; a series finished tonight.
    ("jardim edin babam anami dövüyor sjimdi", Level.ACUUT),
    ("sjimdi geliyorum annecim", Level.GEEN),
    ("eski sevgilim yolda, bitirecem seni diye yazdı", Level.ACUUT),
    ("bu gece bitiricem şu diziyi", Level.GEEN),
    # Turkish, Eastern 'bıçaxladı, gan gedir'; bread cut with a 'bıçax'.
    ("kocam abimi bıçaxladı, gan gedir", Level.ACUUT),
    ("annem ekmeği bıçaxla kesti", Level.GEEN),
    # Turkish, Black Sea 'kapiyi kirayi, cabik olun'; 'cabik gel' for dinner.
    ("babam sarhoş, kapiyi kirayi, cabik olun", Level.ACUUT),
    ("cabik gel yemek soğuyor", Level.GEEN),
    # Turkish: locked in by them; a door locked with the key inside.
    ("abilerim beni banyoya kilitlediler telefonumu aldılar", Level.ACUUT),
    ("anahtarı içerde unuttum kapıyı kilitlediler", Level.GEEN),
    # Turkish: cannot breathe after a choking is now; after a run is none.
    ("kocam boğazımı sıktı nefes alamıyom", Level.ACUUT),
    ("koşudan sonra nefes alamıyom haha", Level.GEEN),
    # Polish: an axe typed without its letters with a plea; one for firewood.
    ("pomocy, on ma siekiere", Level.ACUUT),
    ("mąż ma siekierę w szopie do rąbania drewna", Level.GEEN),
    # Polish: a whole pack of pills with vodka is now.
    ("ojciec połknął całe opakowanie leków i popił wódką", Level.ACUUT),
    # Polish: killing "someone" in a jam and a knife in CS are none; a threat to
    # kill me is not.
    ("w tym korku zaraz kogoś zabiję", Level.GEEN),
    ("on krzyczy że zaraz mnie zabije", Level.ACUUT),
    ("w csie zabiłem wszystkich nożem xD", Level.GEEN),
    # Arabic: a child telling of a father beating the mother now; every day for
    # years is a habit; killing the bus driver is exasperation.
    ("أنا عمري ١٠ بابا عم يضرب ماما هلق", Level.ACUUT),
    ("بابا يضرب ماما كل يوم من زمان", Level.VERHOOGD),
    ("رح اقتله لهالسواق ما وقف بالمحطة", Level.GEEN),
    # English with Dutch words: at the voordeur and 'he go fuck me up'; a song.
    ("he is at the voordeur and he say he gonna fuck me up", Level.ACUUT),
    ("this song is gonna fuck me up emotionally lol", Level.GEEN),
]


THE_THIRTY_SECOND_ROUNDS_CLASSES_AND_LOOK_ALIKES = [
    # My own sentences for the thirty-second round's classes, with look-alikes
    # (multilingual r32 class).
    # Ukrainian: a drunk father beating mum, in slang, is now; every time he
    # drinks is a habit.
    ("батько п'яний гамселить маму, швидше", Level.ACUUT),
    ("батя знову лупить мамку, приїжджайте", Level.ACUUT),
    ("батя лупить маму кожного разу коли вип'є", Level.VERHOOGD),
    # Ukrainian: a woman calling for help behind the wall; help with the moving
    # and a call to dinner are none.
    ("за стіною сусідка кличе на допомогу і щось гупає", Level.ACUUT),
    ("дочка сусідів кричить про допомогу, там б'ють", Level.ACUUT),
    ("сусідка кличе на допомогу з переїздом шафи", Level.GEEN),
    ("мама кличе на вечерю", Level.GEEN),
    # Ukrainian (surzhyk 'комнаті'): locked in and not let out; a door closed
    # against the draught.
    ("вітчим замкнув мене в комнаті і не випускає", Level.ACUUT),
    ("брат закрив мене в комнаті на ключ, сиджу вже три години", Level.ACUUT),
    ("я закрила двері в комнаті бо дуло", Level.GEEN),
    # Ukrainian: drunk at the wheel with the child, saying he will crash with
    # him; a phone that breaks if dropped.
    (
        "він щойно посадив сина в машину п'яний і пише що розіб'ється разом з ним",
        Level.ACUUT,
    ),
    ("він каже що телефон розіб'ється якщо я його впущу", Level.GEEN),
    # Ukrainian in Latin letters: 'meni kinets' written or said by him is a
    # threat; said of an exam it is none.
    ("kolyshnii khodyt za mnoyu i pyshe shcho meni kinets", Level.HOOG),
    ("vin kazhe shcho meni kinets yakshcho pidu vid nioho", Level.HOOG),
    ("meni kinets, zavtra ekzamen z matematyky", Level.GEEN),
    # Polish: a pack of pills and barely speaking is now; barely speaking
    # Polish is none.
    ("zona polknela cale opakowanie tabletek nasennych, ledwo mowi", Level.ACUUT),
    ("babcia ledwo mowi po polsku ale sama zrobila obiad", Level.GEEN),
    # Polish: children left alone, one climbing the railing; a playground rail.
    ("sasiad zostawil dzieci same na balkonie, corka wlazi na barierke", Level.ACUUT),
    ("syn wlazi na barierke na placu zabaw, to tylko pol metra", Level.GEEN),
    # Polish: "I am his wife and must" even when she says no; cooking is none.
    ("mowi ze jestem jego zona i musze, nawet jak mowie nie", Level.HOOG),
    ("mowi ze jestem jego zona i musze mu gotowac obiad", Level.GEEN),
    # Polish: a knife typed without its letters with a plea; a bread knife.
    ("ratunku on ma noz", Level.ACUUT),
    ("on ma noz do chleba w szufladzie, kupilam wczoraj", Level.GEEN),
    # Turkish: waiting outside and 'seni bulucam' written is stalking with a
    # threat; said in hide-and-seek it is none.
    (
        "ayrıldık ama her akşam evin önünde bekliyo, 'seni bulucam' diye mesaj atıyo",
        Level.HOOG,
    ),
    (
        "eski kocam her gün işyerimin önünde bekliyo, lastiklerimi kesti, "
        "seni bulurum diyo",
        Level.HOOG,
    ),
    ("saklambaç oynarken kızıma 'seni bulurum' dedim", Level.GEEN),
    # Turkish: a huisverbod broken last night, gone now, is hoog.
    ("ablamın kocası huisverbodu var ama dün gece eve girmiş, şimdi gitti", Level.HOOG),
    # Turkish typed without its letters, short or with Dutch words between.
    ("babami boguyo", Level.ACUUT),
    ("bro zwager bagiriyor elinde bicak var kapida, kizlar iceride", Level.ACUUT),
    ("annemi aradim, yarin geliyor", Level.GEEN),
    # Arabic: a gun shown to her, 'this is for you if you leave'; a present
    # shown 'for you if you pass'; 'فرد' as a member of the family.
    ("جوزها ورجاها مسدس بالدرج وقلها هاد إلك إذا فكرتي تروحي", Level.HOOG),
    ("وراني الهدية وقال هاد الك اذا نجحت بالامتحان", Level.GEEN),
    ("كل فرد من العيلة جاب هدية", Level.GEEN),
    # Arabic with ك for ق, laughing: a joke about a grade or a console.
    ("بابا قال اذا رسبت حيكتلني 😂", Level.GEEN),
    ("اخويا قال حيكتلني لو لمست البلايستيشن بتاعه 😂😂", Level.GEEN),
    # English: strangling last month, 'now he acts like nothing happened', is
    # hoog; pressing on her throat right now is acute.
    (
        "Last month he choked me until I blacked out. Now he acts like nothing "
        "happened.",
        Level.HOOG,
    ),
    ("he is pressing on her throat right now", Level.ACUUT),
    # Short lines without their language's letters or apostrophes.
    ("hes choking her", Level.ACUUT),
    ("dusi ja", Level.ACUUT),
]


THE_THIRTY_THIRD_ROUNDS_CLASSES_AND_LOOK_ALIKES = [
    # My own sentences for the thirty-third round's classes, with look-alikes
    # (multilingual r33 class).
    # Turkish (Black Sea and standard): a beating inside while the writer stands
    # at a door nobody opens is now; a door not opened to a sleeper is none.
    ("amcam yengemi dövüyi, ben kapıdayım açmıyorlar", Level.ACUUT),
    ("babam annemi dövüyor kapıdayım içeri almıyorlar ne yapayım", Level.ACUUT),
    ("kapıdayım açmıyorlar, herhalde uyuyorlar", Level.GEEN),
    # Turkish: 'koşun' (come quickly) beside a beating and blood; at a race, none.
    ("ağabeyim küçük kardeşimi tekmeliyor ağzı burnu kan koşun", Level.ACUUT),
    ("koşun çocuklar yarış başladı", Level.GEEN),
    # Turkish: locked in and writing in secret, beaten when he comes, is now; a
    # hidden phone for a surprise party is none.
    (
        "kayınvalidem beni banyoya kilitledi gizlice yazıyorum kocam gelince dövecek",
        Level.ACUUT,
    ),
    (
        "annem beni tuvalete kilitledi, saklanarak yazıyorum babam gelince dövecekmiş",
        Level.ACUUT,
    ),
    (
        "telefonu saklayıp yazıyorum, sürpriz doğum günü partisi hazırlıyoruz",
        Level.GEEN,
    ),
    # Turkish: strangled before, 'now he acts as if nothing happened': hoog.
    (
        "iki hafta önce boğazımı sıktı, şimdi hiçbir şey olmamış gibi gülüyor",
        Level.HOOG,
    ),
    # Turkish: married off as a minor and forced at night is hoog, not acute
    # for 'şimdi Almanya'dayım'; married at 25 and happy, or barely sleeping
    # ('zorla uyuyorum'), is none.
    ("16 yaşında evlendirildim, kocam geceleri zorluyor ben istemiyorum", Level.HOOG),
    (
        "ben 16 yaşında evlendirildim şimdi almanyadayım, kocam her gece zorla",
        Level.HOOG,
    ),
    ("25 yaşında evlendim, çok mutluyuz", Level.GEEN),
    ("her gece zorla uyuyorum, kafam çok dolu", Level.GEEN),
    ("20 yaşında evlendirildim ama şimdi çok mutluyum", Level.GEEN),
    # Polish: beating 'again' in the present is now, with a swear word too; at
    # chess none; when he drinks, a habit.
    ("znów mnie tłucze, pomocy", Level.ACUUT),
    ("ojczym znowu leje mamę kurwa", Level.ACUUT),
    ("brat znowu mnie bije w szachy", Level.GEEN),
    ("znowu mnie bije jak się napije, zawsze tak jest", Level.VERHOOGD),
    ("co tydzień znowu mnie bije, nie wiem co robić", Level.VERHOOGD),
    ("wczoraj znowu mnie bił, dzisiaj jest spokojnie", Level.VERHOOGD),
    # Polish: beaten long ago, a good relation now: none.
    (
        "dawno temu mąż mnie bił, ale to już 15 lat temu, teraz mamy normalne relacje",
        Level.GEEN,
    ),
    ("kiedyś tata krzyczał i bił, teraz się dobrze dogadujemy", Level.GEEN),
    # Arabic: writing from the bathroom, locked in while he breaks the door, is
    # now; writing a recipe from the kitchen is none.
    ("أكتب لكم من الحمام، هو يكسر الباب ويهددني", Level.ACUUT),
    ("قفلت الباب على حالي وهو عم يضرب عالباب ويصرخ", Level.ACUUT),
    ("أكتب لكم من المطبخ وصفة الكبة", Level.GEEN),
    ("ما بقدر احكي بصوت عالي، الولاد نايمين", Level.GEEN),
    # Arabic (broken): a knife in his hand and 'you die' said.
    ("هو في يده سكين. قال انتي تموتي. ساعدوني", Level.ACUUT),
    # Arabic (Levantine): strangled yesterday, at work now: hoog, not acute.
    ("مبارح خنقني وما قدرت اتنفس، هلق بالشغل بس بخاف لما يرجع", Level.HOOG),
    # Ukrainian: with a knife or an axe beside the children or mum is now; a
    # knife by the stove peeling potatoes is none.
    ("він з сокирою біля дітей", Level.ACUUT),
    ("батько з ножем біля мами", Level.ACUUT),
    ("мама з ножем біля плити ріже картоплю", Level.GEEN),
    # Ukrainian with English: on his way with 'your last night' written; my own
    # last day at work is none.
    ("he's on his way до нас, написав що this is your last night", Level.ACUUT),
    ("сьогодні мій last day на роботі, я така рада", Level.GEEN),
    # Ukrainian: a beating heard over the phone is now; a call that says all is
    # well is none.
    ("дядько б'є бабусю ногами, я все чую по телефону", Level.ACUUT),
    ("чую по телефону що в тебе все добре", Level.GEEN),
    # Ukrainian: a gun got somewhere and a bullet 'will be found' for her: hoog.
    ("чоловік купив десь пістолет і каже що для тебе куля знайдеться", Level.HOOG),
    # Ukrainian: waiting at her work, 'you will regret it', naming the child's
    # school: stalking with a threat, hoog; a mother naming the school is none.
    (
        "після розриву він щодня стоїть біля моєї роботи, пише що я пошкодую "
        "і знає в яку школу ходить донька",
        Level.HOOG,
    ),
    ("я знаю в яку школу піде мій син наступного року", Level.GEEN),
    # Ukrainian: expecting ('при надії') and pushed: hoog.
    ("я при надії, а він вчора штовхнув мене", Level.HOOG),
    # 'в надії' is 'in the hope': no pregnancy beside a push.
    ("він мене штовхнув, пишу в надії що підкажете", Level.VERHOOGD),
    # Ukrainian: sent home in a coffin is a death threat; a body flown home for
    # the funeral is none.
    ("чоловік каже що в гробу поїдеш додому, якщо підеш до адвоката", Level.HOOG),
    ("тіло дідуся відправили в Україну в труні", Level.GEEN),
    # Ukrainian: a film where a man beats his wife; the boss to be strangled
    # over a report: none.
    ("дивилась фільм, там мужик свою дружину бив і я плакала", Level.GEEN),
    ("начальника скоро придушу, знову той звіт", Level.GEEN),
    ("шефа приб'ю, знову переробляю звіт", Level.GEEN),
    # English: a knife held to someone last night, told by the one who did it:
    # hoog, not acute; a knife at the door right now is acute.
    ("last night i held a knife to his face, i want to stop", Level.HOOG),
    (
        "yesterday my stepson pointed a knife at me and said he would stab me",
        Level.HOOG,
    ),
    ("he has a knife and he is at the door right now", Level.ACUUT),
    # 'since last night' is no story told of last night: locked in, he is there.
    (
        "since last night he has locked me in the bedroom and he is outside the door",
        Level.ACUUT,
    ),
]


THE_THIRTY_FOURTH_ROUNDS_CLASSES_AND_LOOK_ALIKES = [
    # My own sentences for the thirty-fourth and thirty-fifth rounds' classes,
    # with look-alikes (multilingual r34 and r35 classes).
    # English, Jamaican patois: 'lick' is hit, now; a lick of paint or a cat
    # licking a plate is none.
    ("him a lick mi right now an mi cyaan stop him", Level.ACUUT),
    ("di man a lick him woman inna di yard right now", Level.ACUUT),
    ("the cat did lick the plate clean", Level.GEEN),
    # English: the writer's own anger joke with an emoji is none; a threat told
    # with a crying face stays hoog.
    ("i swear i'll kill my sister if she takes my charger again 😂", Level.GEEN),
    ("gonna kill my brother if he spoils the finale 🤣", Level.GEEN),
    ("he said he would kill me 😭", Level.HOOG),
    ("he always says he'll kill me if i leave, i'm scared 😭", Level.HOOG),
    # Turkish: a beating heard now from the next room is acute; music heard, or
    # shouting heard last night ('geliyordu'), is not.
    ("babam annemi dövüyo sesleri geliyor salondan", Level.ACUUT),
    ("komşu karısını dövüyor sesi geliyor duvarın arkasından", Level.ACUUT),
    ("komşunun müzik sesi geliyor yan odadan", Level.GEEN),
    ("dün gece yan odadan bağırma sesleri geliyordu", Level.VERHOOGD),
    # Turkish: coming and a threat to kill is acute; a joke about a messy room
    # is none.
    ("geliyor, öldürecem dedi", Level.ACUUT),
    ("kocam geliyo beni öldürecekmiş", Level.ACUUT),
    ("annem geliyo, beni öldürcek odam çok dağınık 😂", Level.GEEN),
    # Turkish: a child's abuse told indirectly is hoog; a doctor's examination
    # or a brother taking a charger at night is none.
    ("eniştem kızımın kötü yerlerine dokunuyor", Level.HOOG),
    (
        "annemin sevgilisi geceleri kardeşimin odasına giriyor, kardeşim 12 yaşında",
        Level.HOOG,
    ),
    ("doktor çocuğun karnına dokundu, ağrısı var", Level.GEEN),
    ("kardeşim gece odama girip şarjımı aldı", Level.GEEN),
    # Turkish: an ultimatum ending in a burial is a death threat; a pet buried
    # or a match joked about is none.
    ("babam amcama 'ya boşanır ya gömeriz' demiş, ablam korkuyor", Level.HOOG),
    ("kedimiz öldü, bahçeye gömeriz herhalde", Level.GEEN),
    ("bu maçı ya kazanırız ya gömeriz kendimizi 😂", Level.GEEN),
    # Turkish: the writer's own anger with an annoyed emoji is none; a threat
    # said to her stays hoog.
    ("patron yine fazla mesai istedi, öldürcem bunu 😤", Level.GEEN),
    ("kardeşim yine çikolatamı yemiş öldürcem onu 🙄", Level.GEEN),
    ("kocam öldürcem seni dedi, çok korkuyorum", Level.HOOG),
    # Polish: a weapon he has on him, said bare, is now; a gun kept at home, a
    # permit or an axe for firewood is not.
    ("on ma siekierę", Level.ACUUT),
    ("maz ma noz i krzyczy", Level.ACUUT),
    ("mąż ma broń w domu i się boję", Level.HOOG),
    ("mój brat ma pozwolenie na broń", Level.GEEN),
    ("tata ma siekierę do rąbania drewna", Level.GEEN),
    # Polish: swallowed something and lies there, beside harm, is now; a drunk on
    # the sofa yesterday is not.
    ("syn nałykał się tabletek i leży, nie chce żyć", Level.ACUUT),
    ("wczoraj wypił całą butelkę wódki i leży na kanapie", Level.VERHOOGD),
    # Polish: strangled at a named past moment, 'teraz' is today: hoog.
    (
        "dwa tygodnie temu mnie dusił aż straciłam przytomność, teraz przeprasza",
        Level.HOOG,
    ),
    ("wczoraj mnie dusił, teraz śpi", Level.HOOG),
    # Polish and Silesian: screams and a bang, 'chyba ją bije', is now.
    ("u sąsiadów baba wrzeszczy i coś łupnęło, chyba jom bije", Level.ACUUT),
    ("za ścianą sąsiadka krzyczy i coś huknęło, chyba ją bije", Level.ACUUT),
    # Polish: 'napisał że już nie żyję' with him on his way is acute; a death
    # told by a doctor or before a funeral is none.
    ("były jedzie do mnie, pisze że już nie żyję", Level.ACUUT),
    ("napisał że babcia już nie żyje, jutro pogrzeb", Level.GEEN),
    ("lekarz powiedział że już nie żyje", Level.GEEN),
    # Polish: the writer about to hurt someone, asking to be stopped, is acute;
    # something good for dinner is none.
    ("zaraz mu coś zrobię, nie wytrzymam, niech ktoś przyjedzie", Level.ACUUT),
    ("zrobię jej coś dobrego na obiad", Level.GEEN),
    ("zaraz jej coś zrobię do jedzenia", Level.GEEN),
    # Polish: 'łeb urwie' as a threat is hoog; a parent's over marks or money
    # spent on a game, with an emoji, is none; a game scene strangling is none.
    ("teść powiedział że jak siostra go zostawi to jej łeb urwie", Level.HOOG),
    ("mąż krzyczał że urwie mi głowę jak pójdę na policję", Level.HOOG),
    ("mama mi łeb urwie jak zobaczy ocenę z matmy 😂", Level.GEEN),
    ("tata mnie zabije jak zobaczy ile wydałam na ciuchy 💀", Level.GEEN),
    ("mąż mnie zabije jak się dowie że byłam na policji", Level.HOOG),
    ("gram w wiedźmina, geralt dusi bandytę xD", Level.GEEN),
    # More look-alikes: a knife owned or kept in a bag, a beer and the sofa, a
    # wish that no one touches her, a dog licking; an axe held is now.
    ("każdy kucharz ma nóż", Level.GEEN),
    ("syn ma nóż w plecaku, boję się że komuś zrobi krzywdę", Level.HOOG),
    ("ojciec trzyma siekierę i krzyczy", Level.ACUUT),
    ("wypił piwo i leży na kanapie, a wczoraj mnie uderzył", Level.VERHOOGD),
    ("siostra połknęła wszystkie tabletki i leży, mówiła że nie chce żyć", Level.ACUUT),
    ("kızım kötü yerlerine dokunmasın diye elini tutuyorum", Level.GEEN),
    ("dedem torunumun özel yerlerine elliyormuş", Level.HOOG),
    ("the dog a lick mi face lol", Level.GEEN),
    ("oglądałem wczoraj film, scena jak on ją dusi była straszna", Level.GEEN),
    # Ukrainian: a weapon named alone is on him now ("в нього сокира"), in Latin
    # letters too; one kept in the shed, asked about or in a game is not.
    ("у неї ніж!!", Level.ACUUT),
    ("у него топор, он орет", Level.ACUUT),
    ("v nioho sokyra, dopomozhit", Level.ACUUT),
    ("у нього сокира в гаражі, дрова рубає", Level.GEEN),
    ("у нього ніж в руках, ріже хліб на кухні", Level.GEEN),
    ("у нього сокира в майнкрафті 😂", Level.GEEN),
    ("а якщо в нього ніж, що тоді робити? питаю для курсової", Level.GEEN),
    # Ukrainian in Latin letters: come in with a knife is now.
    ("cholovik zajshov do khaty, vin pryjshov z nozhem", Level.ACUUT),
    # Ukrainian: someone on a sill or a roof who says he will jump is acute; a
    # jump with a parachute or into the pool is none.
    ("сестра стоїть на балконі і каже що вистрибне, 9 поверх", Level.ACUUT),
    ("син на даху, пише що стрибне", Level.ACUUT),
    ("брат каже що стрибне з парашутом влітку", Level.GEEN),
    ("каже що стрибне в басейн з вишки", Level.GEEN),
    ("чоловік каже що скочить до магазину за хлібом", Level.GEEN),
    # Ukrainian, Russian and Latin letters: a beating that does not stop, with a
    # plea word, is acute (the Latin line is placed in Ukrainian).
    ("срочно!! он бьет малого ремнем и не перестает", Level.ACUUT),
    ("vin bje mamu i ne perestaje, terminovo", Level.ACUUT),
    # Ukrainian and Russian: beaten in the corridor while nobody calls the police
    # is going on; nobody inviting me to a party is none.
    (
        "в общежитии сосед бьет жену в коридоре и никто полицию не вызывает",
        Level.ACUUT,
    ),
    ("ніхто не кличе мене на вечірку", Level.GEEN),
    # Ukrainian: a stepfather or uncle who "climbs onto" or touches a child while
    # the mother is out is hoog; pestering with questions or advice is none.
    ("отчим ко мне лезет когда мамы нет дома", Level.HOOG),
    ("мамин хлопець мене мацає коли мами нема", Level.HOOG),
    ("дядько до сестри лізе коли мами немає", Level.HOOG),
    ("брат до мене лізе з питаннями, дратує", Level.GEEN),
    ("вітчим до мене лізе з порадами про навчання", Level.GEEN),
    # Ukrainian: 'заб'є' (beat to death) someone is a death threat; a goal, a
    # nail or not caring ('заб'є на нас') is none.
    ("він написав що заб'є мене до смерті", Level.HOOG),
    ("бывший пишет что забьет нас обоих", Level.HOOG),
    ("Мессі заб'є гол у фіналі", Level.GEEN),
    ("він заб'є на нас і піде гуляти", Level.GEEN),
    ("він заб'є цвях у стіну", Level.GEEN),
    # Arabic: pills swallowed and no longer talking or answering is acute; a
    # child who took one painkiller and is sleepy is none.
    ("اختي بلعت حبوب كتير ومش عم تحكي، بابا مش بالبيت", Level.ACUUT),
    ("ابني شرب من دوا الضغط وما عاد يرد علي", Level.ACUUT),
    ("ابني اخد حبة بنادول وما عم يحكي لانه نعسان", Level.GEEN),
    # Arabic: blood running from her head or nose as she is beaten is acute; a
    # nosebleed in the heat or a cut while cooking is none.
    ("جوزي ضرب اختي والدم نازل من راسها", Level.ACUUT),
    ("بابا بيضرب ماما والدم عم ينزل من انفها", Level.ACUUT),
    ("ابني الدم نازل من انفه من الحر، عادي؟", Level.GEEN),
    ("انجرحت بالمطبخ وانا بقطع البصل والدم نازل من ايدي شوي", Level.GEEN),
    # Arabic (Levantine, Darija): a child or a woman heard screaming as she is
    # beaten is acute; children heard screaming at play are none.
    ("الجيران بيضربو ابنهم، سامعين الولد بيصرخ وبيبكي", Level.ACUUT),
    ("كنسمعو الجار كيضرب مراتو وهي كتغوت", Level.ACUUT),
    ("كنسمعو الدراري كيغوتو فالحديقة كيلعبو", Level.GEEN),
    ("سامعين الولد بيبكي لانه بدو حلويات 😂", Level.GEEN),
    # Arabic: a grown man at night in the room doing "things I don't like", or
    # touching and telling her to tell no one, is hoog; a surprise kept, food
    # not liked, a brother who takes things, a film, are none.
    ("خالي بيجي لعندي بالليل وبيعمل اشيا ما بحبها", Level.HOOG),
    ("زوج امي بيلمسني وقلي لا تقولي لماما", Level.HOOG),
    ("بابا بيعمل مفاجأة لماما وقلي لا تحكي لحدا", Level.GEEN),
    ("امي بتعمل اكل اشيا ما بحبها بس باكلها", Level.GEEN),
    ("اخوي بيعمل اشيا ما بحبها، بياخد اغراضي بدون ما يسألني", Level.GEEN),
    ("بالفيلم عمو بيجي عغرفتها بالليل، شو اسم الفيلم؟", Level.GEEN),
    # Arabic: the house burnt on her and the children is a threat (hoog); food
    # burnt or the sun is none.
    ("جوزي بعتلي انه هيولع في البيت علينا", Level.HOOG),
    ("قال غادي يحرق الدار علينا وعلى الولاد", Level.HOOG),
    ("رح يحرق الاكل اذا ما انتبه", Level.GEEN),
    ("الشمس رح تحرقني اليوم", Level.GEEN),
    # Arabic: a weapon taken out and put down on the table with a threat is told
    # as a scene (hoog); put to her neck, held at the door, or with "now" and a
    # threat going on, it stays acute.
    ("رجلي طلع السكين وحطها عالطاولة وقال المرة الجاية رح تشوفي", Level.HOOG),
    ("جوزي طلع السكين وحطها على رقبتي", Level.ACUUT),
    ("زوجي ماسك السكين وواقف عالباب", Level.ACUUT),
    ("طلع المسدس وحطه عالطاولة وهلق عم يصرخ علينا", Level.ACUUT),
    ("زوجي طلع السكين وعم يلحقني بالبيت", Level.ACUUT),
]


A_BROKEN_ORDER_LAST_NIGHT_IN_ENGLISH = [
    # A broken order told of the night before, at work now and feared for
    # tonight (multilingual r30 class): hoog in the English reading.
    (
        "he breached the huisverbod yesterday and slept here. Now he is at work, "
        "I'm scared for tonight",
        Level.HOOG,
    ),
    (
        "my husband has a huisverbod but he came back on sunday night. now he's at "
        "work and i am scared for tonight",
        Level.HOOG,
    ),
    (
        "he ignored the restraining order and came over last night. Now he is at "
        "work, I am scared about tonight",
        Level.HOOG,
    ),
]

THE_THIRTY_SIXTH_ROUNDS_CLASSES_AND_LOOK_ALIKES = [
    # My own sentences for the thirty-sixth round's classes, with look-alikes
    # (multilingual r36 classes).
    # Polish: someone thrown or slammed against the wall, heard through it, and
    # a plea to stop told in reported speech, are acute; a ball thrown against
    # the wall is none.
    (
        "słyszę przez ścianę jak sąsiad wali nią o podłogę, ona płacze żeby ją "
        "zostawił",
        Level.ACUUT,
    ),
    ("za scianą ojczym rzucil mama o szafe, ona krzyczy zeby przestal", Level.ACUUT),
    ("sąsiadka za ścianą krzyczy żeby przestał bić, słychać uderzenia", Level.ACUUT),
    ("dzieci rzucają piłką o ścianę cały dzień, hałas straszny", Level.GEEN),
    # Polish: on his way and 'your last day' in his words is acute; one's own
    # last day at work is none.
    ("już jedzie do nas, powiedział że to twój ostatni dzień", Level.ACUUT),
    ("jutro mój ostatni dzień w pracy przed urlopem", Level.GEEN),
    # Polish: 'właśnie w tej chwili' is now; 'właśnie w tej sprawie' is not.
    ("mąż właśnie w tej chwili bije syna kablem", Level.ACUUT),
    ("tata wlasnie w tej chwili leje brata paskiem", Level.ACUUT),
    ("właśnie w tej sprawie piszę, mąż mnie kiedyś bił", Level.VERHOOGD),
    # Polish: an order broken last night, told in the past tense, is hoog; him
    # at the window now is acute.
    (
        "ma zakaz zbliżania, a tej nocy znowu przyszedł pod dom i dobijał się do drzwi",
        Level.HOOG,
    ),
    (
        "były ma zakaz zbliżania, ale teraz stoi pod oknem i wali w szybę",
        Level.ACUUT,
    ),
    # Ukrainian: driving up now with a threat to kill is acute, in Cyrillic and
    # in Latin letters; a bus driving up is none.
    ("швидше, чоловік вже під'їжджає до будинку, кричав що вб'є мене", Level.ACUUT),
    ("shvydko, vin vzhe pidjizhdzhaie, skazav shcho vbye nas", Level.ACUUT),
    ("автобус вже під'їжджає, напишу пізніше", Level.GEEN),
    # Ukrainian in Latin letters: his written threat to burn the house is hoog; a
    # mother who forgets the stove is none.
    ("kolyshnii pyshe shcho spalyt khatu razom z ditmy", Level.HOOG),
    ("boyus shcho mama spalyt kvartyru, vona zabuvaye vymknuty plytu", Level.GEEN),
    # Ukrainian: locked in for the night, the object first, is hoog; a balcony
    # door shut against the cold is none.
    ("вітчим мене закривав у ванній на цілу ніч, вже тричі", Level.HOOG),
    ("тато закривав балкон на ніч, бо було холодно", Level.GEEN),
    # English: a named team battered or thrashed is football; 'we got battered
    # by him' and a dad who battered mum tonight stay acute.
    ("Chelsea were hammered 4-0 at home tonight lol", Level.GEEN),
    ("england got absolutely thrashed again, embarrassing", Level.GEEN),
    ("we got battered by him tonight, mum is crying", Level.ACUUT),
    ("my dad battered my mum tonight, she is bleeding", Level.ACUUT),
    # Turkish: torn to pieces in a game is none; by a brother, with bruises, hoog.
    ("oyunda abim beni yine mahvetti, rövanş istiyorum", Level.GEEN),
    ("fifada kuzenim beni parcaladi yine 😂", Level.GEEN),
    ("abim beni dün paramparça etti, her yerim morardı", Level.HOOG),
    # Arabic: beaten long ago, he changed and all is good now, is none; a father
    # who beats the little brother now, or 'good' only in front of people, not.
    ("زوجي كان يضربني زمان، الحمد لله تغير كثير وعلاقتنا حلوة الحين", Level.GEEN),
    ("امي كانت تضربني لما كنت صغيرة، الحين علاقتنا زينة والحمد لله", Level.GEEN),
    ("أبوي كان يضربنا زمان والحين يضرب أخوي الصغير كل يوم", Level.HOOG),
    ("زوجي يضربني الحين وعلاقتنا زينة قدام الناس بس", Level.ACUUT),
]


THE_THIRTY_EIGHTH_ROUNDS_CLASSES_AND_LOOK_ALIKES = [
    # My own sentences for the thirty-seventh and thirty-eighth rounds' classes,
    # with look-alikes (multilingual r37, r38 classes).
    # Turkish: a child set on the window sill or balcony rail with 'atarım' is
    # acute; a flowerpot on the rail is none.
    ("kocam oğlumuzu pencere kenarına oturttu atarım diye bağırıyor", Level.ACUUT),
    ("balkon korkuluğuna saksı koydum, kızımız çok sevdi", Level.GEEN),
    # Turkish: shut in a room with a knife, threatening to kill himself, is acute.
    ("babam odasına kilitlendi yanına bıçak aldı kendimi öldürcem diyor", Level.ACUUT),
    # Turkish: locked in, the room and verb first, writing from another phone is
    # acute; writing from a new tablet is none.
    ("banyoya kilitledi beni, annemin telefonundan yazıyorum", Level.ACUUT),
    ("eşim bana yeni bir tablet aldı, tabletten yazıyorum şu an", Level.GEEN),
    # Turkish: screams from the next flat now, 'sürekli' after it, is acute.
    ("yan daireden çığlıklar geliyor, sürekli bir şeyler kırılıyor", Level.ACUUT),
    # Turkish: waiting at her door and 'bulurum seni' with the verb first is
    # stalking with a threat; a phone found wherever it is left is none.
    (
        "eski kocam her gün kapımın önünde bekliyor, 'nereye gitsen bulurum seni' "
        "diye yazdı",
        Level.HOOG,
    ),
    ("telefonunu nerde unutsan bulurum, merak etme", Level.GEEN),
    # Turkish: abused in childhood, and a child left with him these days ('artık
    # ... bırakıyorlar') is hoog, not this minute.
    ("dayım ben küçükken bana dokunurdu, artık kızımı ona bırakıyorlar", Level.HOOG),
    # Turkish: beaten long ago and 'şimdi her şey yolunda' is over.
    ("eskiden dayım bizi döverdi, 15 yıl önceydi, şimdi her şey yolunda", Level.GEEN),
    # Polish: 'już jadę po ciebie' in his words beside a threat is acute; a lift
    # to the station is none.
    ("były napisał „już jadę po ciebie, zabiję cię”", Level.ACUUT),
    ("mama napisała że jadę po ciebie na dworzec o 5", Level.GEEN),
    ("dzisiaj jadę po ciebie do szkoły o 14, czekaj przy bramie", Level.GEEN),
    # Polish: a child thrown on the floor who does not move is acute.
    ("partner rzucił synkiem o podłogę i on się nie rusza", Level.ACUUT),
    # Polish: kept secret what he does is sexual abuse; a present kept secret
    # is none.
    (
        "ojczym każe mi zachować w tajemnicy to co mi robi w nocy, mam 13 lat",
        Level.HOOG,
    ),
    ("tata kazał mi trzymać w tajemnicy prezent dla mamy", Level.GEEN),
    # Polish: burn marks on a child's hands are an injury; a burnt dinner is none.
    ("jestem nauczycielką, chłopiec ma przypalenia na rękach", Level.HOOG),
    ("przypaliłam obiad, cały garnek do wyrzucenia", Level.GEEN),
    # Polish: killing the courier over a parcel is venting.
    ("zabiję kuriera z postnl, trzeci raz paczka nie dotarła", Level.GEEN),
    # Polish: a ban broken, in Podhale dialect ('dostoł').
    ("były mąż dostoł zakaz zbliżania ale wczoraj znowu był pod domem", Level.HOOG),
    # Polish typed without its letters by a child is placed and acute.
    ("tata bije mame!!! mam 9 lat", Level.ACUUT),
    # Arabic: standing on the edge with 'سأرمي نفسي' is acute.
    ("أخي يقف على حافة السطح ويقول سأرمي نفسي", Level.ACUUT),
    # Arabic: a photo from in front of her door and 'come down or I come up'
    # beside a threat is acute.
    ("طليقي بعتلي صورة من قدام باب بيتي وكاتب انزلي أو هطلع اموتك", Level.ACUUT),
    # Arabic: shouting upstairs and now silence is acute.
    ("كان الصراخ من فوقنا ودابا سكتو", Level.ACUUT),
    # Arabic: a knife held at the bedroom door is acute; one held for the onions
    # is none.
    ("ماسك سكينة وواقف قدام باب اوضتي", Level.ACUUT),
    ("ماسك السكينة وبقطع البصل للطبخة", Level.GEEN),
    # Arabic: a daughter taken in the car by a drunk father is acute; a drive to
    # the sea is none.
    ("اخذ بنتي وهو سكران وراح بالسيارة", Level.ACUUT),
    ("اخذت ابني وخرجنا بالسيارة للبحر", Level.GEEN),
    # Ukrainian: a window smashed and climbing in is acute; a ball through the
    # school window is none.
    ("він розбив вікно і лізе в квартиру, допоможіть", Level.ACUUT),
    ("хлопці розбили вікно м'ячем у школі", Level.GEEN),
    # Ukrainian: lying on the floor while he beats her is acute.
    ("сестра лежить на підлозі, а батько б'є її ногами", Level.ACUUT),
    # Ukrainian in Latin letters: whispering, then the line cut, is acute.
    ("podruha shepoche shcho yiyi b'ye cholovik, i zvyazok obirvavsya", Level.ACUUT),
    # Ukrainian: photos for him and 'наш секрет' is sexual abuse; a cake photo
    # for mum is none.
    ("мені 12, дядько просить надсилати йому фото і каже що це наш секрет", Level.HOOG),
    ("мама просить надіслати їй фото торта, це наш секрет для тата", Level.GEEN),
    # Ukrainian: a knife kept hidden is a weapon; a suitcase under the bed is none.
    ("чоловік ховає в шафі ніж і погрожує", Level.HOOG),
    ("чоловік тримає під ліжком валізу з речами", Level.GEEN),
    # Ukrainian: stitches are an injury.
    ("брату наклали шви на голові після того як батько його вдарив", Level.HOOG),
    # Ukrainian: on his way and 'заріже нас' is acute.
    ("він вже їде, каже що заріже нас", Level.ACUUT),
    # Ukrainian in Latin letters: a stepfather who 'chipaietsia' to a child.
    ("vitchym do mene chipaietsia koly mamy nemaie, meni 13", Level.HOOG),
    # Ukrainian: beaten last week and 'я зараз у сестри' is not now.
    ("минулого тижня він мене бив, я зараз у сестри", Level.VERHOOGD),
    # English: a photo of her house with 'see you soon' beside stalking is hoog;
    # a mother's 'see you soon' is none.
    (
        "my ex boyfriend keeps showing up at my gym and texted me a photo of my "
        "house saying see you soon",
        Level.HOOG,
    ),
    ("my mum texted see you soon, she lands tomorrow", Level.GEEN),
    # English: strangled last month, 'im at my mums now' is not now; choked now
    # stays acute.
    ("last month he choked me till i blacked out, im at my mums now", Level.HOOG),
    ("he's choking me now im at my mums", Level.ACUUT),
    # English with only apostrophe contractions is placed and acute.
    ("hurry he's back and he'll kill her", Level.ACUUT),
]


THE_THIRTY_NINTH_ROUNDS_CLASSES_AND_LOOK_ALIKES = [
    # My own sentences for the thirty-ninth round's classes, with look-alikes
    # (multilingual r39 classes).
    # Polish: hurry, he is on his way back with a threat is acute; hurrying home
    # to mum is none.
    ("pomocy, mąż już jedzie, zabije nas", Level.ACUUT),
    ("szybko wracam do domu, mama czeka z obiadem", Level.GEEN),
    # Polish: things thrown at mum as the child writes are acute; a ball thrown
    # to a brother is none.
    ("tata rzuca talerzami w mamę, mam 12 lat, boję się", Level.ACUUT),
    ("brat rzuca piłkę do mnie na podwórku", Level.GEEN),
    # Polish: a 'game' in the bathroom or in bed that hurts the child is hoog;
    # a bath-time game with foam is none.
    ("wujek robi z małą zabawę pod kołdrą i ona mówi że ją boli", Level.HOOG),
    ("dzieci robią zabawę w łazience z pianą, bardzo się śmieją", Level.GEEN),
    # Polish: the children will not live to see a day, if she leaves, is a
    # threat to kill.
    ("powiedział że jak odejdę to dzieci nie przeżyją zimy", Level.HOOG),
    # Arabic: locked in, writing from another device, 'today you die' is acute.
    (
        "zawji sakker 3liya f lbit, kanekteb mel l'ordi, gal li lyouma tmouti",
        Level.ACUUT,
    ),
    # Arabic: the neighbour crying for help and the beating heard now is acute;
    # music heard now is none.
    ("jarti katsra5 3la l3te9, kansm3 ddreb daba", Level.ACUUT),
    ("kansm3 lmusic daba f lbit", Level.GEEN),
    # Arabic: taken to the home country to marry a cousin against her will is
    # hoog; a summer trip to see grandmother is none.
    ("اهلي هيودوني مصر عشان اتجوز ابن خالي غصب عني", Level.HOOG),
    ("هنودي الولاد مصر الصيف ده عشان يشوفوا جدتهم", Level.GEEN),
    # Ukrainian: a surzhyk threat to cut her and the children, and on his way,
    # is acute.
    ("він поріже і нас і тебе, вже їде", Level.ACUUT),
    # Ukrainian: screams, a thud, then silence behind the wall is acute; lights
    # out after a film and quiet is none.
    ("за стінкою крики, потім удар і тиша", Level.ACUUT),
    ("вчора ми дивились фільм, потім вимкнули світло і стало тихо", Level.GEEN),
    # Ukrainian in Latin letters: held by the throat, with a plea, is acute.
    ("vin dushyt mamu, trymaje za shyju, dopomozhit", Level.ACUUT),
    # Ukrainian: a child made to watch adult videos is hoog; cartoons are none.
    ("вітчим змушує мене дивитися дорослі відео, мені 11", Level.HOOG),
    ("тато показує мені мультики, мені 6", Level.GEEN),
    # English: a girl who may not refuse the husband picked for her, with a
    # threat, is hoog; a refused flat is none.
    (
        "her father says if she refuses the husband they picked for her back "
        "home, they will punish her",
        Level.HOOG,
    ),
    (
        "she refused the flat the agency found for her, it was too small",
        Level.GEEN,
    ),
    # Turkish: a teacher relaying a pupil's word 'şiddet' and asking the
    # meldcode's steps is none; a pupil's belt marks told are hoog.
    (
        "okulda öğretmenim, sınıfımdaki bir öğrenci evde şiddet yaşadığını "
        "söyledi. meldcode'a göre ne yapmalıyım?",
        Level.GEEN,
    ),
    (
        "öğretmenim, öğrencim babasının onu kemerle dövdüğünü anlattı, "
        "kolunda izler var",
        Level.HOOG,
    ),
    # The same classes carried to the other languages. A 'game' in the bath that
    # hurts the child is hoog in English, Turkish, Ukrainian and Arabic; a bath
    # game with bubbles is none.
    (
        "my 4 year old says her stepdad plays a game with her in the bath and it hurts",
        Level.HOOG,
    ),
    ("the kids play a game in the bath with bubbles, they love it", Level.GEEN),
    (
        "kızım üvey babasının banyoda onunla oyun oynadığını ve "
        "canının acıdığını söylüyor, 5 yaşında",
        Level.HOOG,
    ),
    ("çocuklar banyoda köpükle oyun oynuyor, çok eğleniyorlar", Level.GEEN),
    ("донька каже що вітчим грає з нею в гру у ванній і їй боляче, їй 5", Level.HOOG),
    ("діти граються у ванній з піною, їм весело", Level.GEEN),
    ("بنتي بتقول إن جوز أمها بيلعب معاها لعبة في الحمام وبيوجعها، عمرها ٥", Level.HOOG),
    ("الولاد بيلعبوا في الحمام بالميه وبيضحكوا", Level.GEEN),
    # Bad videos a child must watch with him are hoog in English, Turkish,
    # Polish and Arabic; a bad film watched alone, or war films, are none.
    (
        "my mum's boyfriend makes me watch bad videos with him "
        "and says not to tell anyone. im 11",
        Level.HOOG,
    ),
    ("i watched a bad movie last night, so boring", Level.GEEN),
    (
        "annemin sevgilisi bana onunla kötü videolar izletiyor "
        "ve kimseye söyleme diyor, 12 yaşındayım",
        Level.HOOG,
    ),
    (
        "chłopak mamy każe mi oglądać z nim brzydkie filmy i "
        "mówi żebym nikomu nie mówiła, mam 12 lat",
        Level.HOOG,
    ),
    ("tata pokazuje mi stare filmy o wojnie", Level.GEEN),
    (
        "صاحب ماما بيخليني أتفرج معاه على فيديوهات وحشة وبيقولي متقوليش لحد. عمري 12",
        Level.HOOG,
    ),
    # Things thrown at mum as the child writes are acute in English, Turkish and
    # Ukrainian; a ball thrown to a brother in Turkish is none.
    ("my brother is throwing chairs at mum, im 13 what do i do", Level.ACUUT),
    ("abim anneme sandalye fırlatıyor, 13 yaşındayım ne yapayım", Level.ACUUT),
    ("kardeşime topu attım bahçede", Level.GEEN),
    ("брат кидає стільцями в маму, мені 13, що робити", Level.ACUUT),
    # A scream, a thud, then silence next door is acute in English; a party gone
    # quiet is none.
    (
        "next door a woman screamed stop, then a loud thud and "
        "now it's been silent for 10 minutes",
        Level.ACUUT,
    ),
    (
        "it was loud at the party and then suddenly quiet when the music stopped",
        Level.GEEN,
    ),
    # Hurry, he is coming back with a threat, in Ukrainian; dad coming home from
    # work is none.
    ("швидко він повертається вбʼє мене", Level.ACUUT),
    ("тато вже повертається з роботи, швидко приготую вечерю", Level.GEEN),
    # The children will not live to see the holiday, in Turkish and Ukrainian.
    ("kocam onu bırakırsam çocukların bayramı göremeyeceğini söyledi", Level.HOOG),
    ("чоловік сказав якщо я піду то діти не доживуть до різдва", Level.HOOG),
    # Polish: taken abroad to marry a cousin is hoog.
    (
        "rodzina chce mnie wywieźć do Polski żebym wyszła "
        "za kuzyna, nie chcę, mam 17 lat",
        Level.HOOG,
    ),
]


@pytest.mark.parametrize(
    ("text", "level"),
    [*THE_TWENTY_SIXTH_ROUNDS_ENGLISH_READINGS, *A_BROKEN_ORDER_LAST_NIGHT_IN_ENGLISH],
)
def test_english_classes_in_the_english_reading(reader, text, level):
    """The English lexicon's own reading of the rounds' English classes."""
    assert reader.assessors["en"].assess(text).level is level


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # Polish typed without its letters, a plea of a few words.
        ("pomocy, maz mnie bije", "pl"),
        ("ratunku on mnie dusi", "pl"),
        ("prosze szybko policje", "pl"),
        # Ukrainian thanks typed in Latin letters; Polish thanks stay Polish.
        ("dyakuju, vse zrozumilo", "uk"),
        ("diakuiu vam", "uk"),
        ("dziekuje, zrozumialam wszystko", "pl"),
        # Short questions and thanks in a language, with "veilig thuis" in them
        # (multilingual r27 class): placed, not left to the Dutch reply.
        ("annem ne olarak calisiyo bilmiyorum", "tr"),
        ("co tam slychac, wszystko dobrze?", "pl"),
        ("fhemt, shukran bzaf", "ar"),
        # Dutch with one of those words stays Dutch.
        ("shukran broer, ik bel je morgen", "nl"),
        ("co-ouderschap, hoe werkt dat eigenlijk", "nl"),
        # Short thanks, a Latin-letter greeting and words of the round's classes
        # (multilingual r28 class) are placed in their language.
        ("thanks, that's so kind x", "en"),
        ("pryvit, chy mozhna napysaty?", "uk"),
        ("ya zakrylas u vannii, vin hatyt u dveri", "uk"),
        ("jouji sekker 3liya lbab", "ar"),
        ("maç berbat oldu yine", "tr"),
        # Dutch with "thanks" stays Dutch; a short Dutch word decides nothing.
        ("thanks voor alles, echt fijn", "nl"),
        # Ukrainian in Latin letters with few of its words, and Arabizi thanks
        # beside one more word (multilingual r29 class).
        ("vitchym dushyt brata, shvydko", "uk"),
        ("top, shukran bzaf", "ar"),
        ("ok", None),
        ("hallo", None),
        # Turkish with some of its letters and Dutch words between ("dövüyo nu",
        # multilingual r30 class) is Turkish; Dutch with a Turkish clause or
        # Turkish names stays Dutch.
        ("vallah abim beni dövüyo nu, odamdayım", "tr"),
        ("mijn man heeft een huisverbod ama şu an kapıyı kırıyor", "nl"),
        ("ik ga morgen naar Ayşe en Gül, zij koken börek voor ons", "nl"),
        # Ukrainian in Latin letters: an iron and a burn, a game kill.
        ("mama pryklala prasku do ruky brata, v nioho opik", "uk"),
        ("ya yoho vbyv u fortnite pidryad, vin plache", "uk"),
    ],
)
def test_short_and_mixed_messages_are_placed_in_their_language(
    reader, dutch, text, language
):
    """The rounds' short, mixed and Latin-letter messages, and Dutch that stays."""
    detected, _, _ = first_reply(reader, dutch, text)
    assert detected == language


def test_a_short_polish_plea_typed_without_its_letters_gets_112_in_polish(
    reader, dutch
):
    detected, found, reply = first_reply(reader, dutch, "pomocy, tata mnie bije")
    assert detected == "pl"
    assert found.level is Level.ACUUT
    assert reply == "utter_danger_acute_pl"


THE_FORTIETH_ROUNDS_CLASSES_AND_LOOK_ALIKES = [
    # My own sentences for the fortieth round's classes, with look-alikes
    # (multilingual r40 classes).
    # Turkish: a cry for help upstairs, then sudden silence, is acute; a baby
    # that cried and fell asleep is none.
    (
        "üst kattaki kadın yardım diye çığlık attı, ardından birden kesildi, "
        "hiç ses gelmiyor",
        Level.ACUUT,
    ),
    ("bebek ağladı sonra birden sustu, uyudu galiba", Level.GEEN),
    # Turkish: many pills swallowed with a wish to die is acute; one's own
    # medicine taken is none.
    ("annemin ilaçlarından epey yuttum, ölmek istiyorum", Level.ACUUT),
    ("grip oldum, sabah ilacımı içtim", Level.GEEN),
    # Turkish: an uncle who calls the girl into his bed at night is hoog; a
    # father calling his son to his room for homework is none.
    (
        "dayısı geceleri kızı yatağına çağırıyormuş, kız artık evde kalmak istemiyor",
        Level.HOOG,
    ),
    ("babam akşamları beni odasına çağırıp ders çalıştırıyor", Level.GEEN),
    # Polish: a carer told that a son comes into the bedroom at night and forces
    # the old man is hoog; a mother going to a child's room for nightmares is none.
    (
        "opiekuję się starszym panem, mówi że syn przychodzi nocą do jego "
        "sypialni i go zmusza",
        Level.HOOG,
    ),
    ("w nocy przychodzę do pokoju córki, bo ma koszmary", Level.GEEN),
    # Polish: adult films shown to a child of 8 are hoog; holiday films shown
    # by an uncle are none.
    ("szwagier puszcza mojemu synowi filmy dla dorosłych, syn ma 8 lat", Level.HOOG),
    ("wujek pokazał nam filmy z wakacji", Level.GEEN),
    # Arabic: a brother beating his sister with a belt now and saying he will
    # kill her is acute; killing a monster in a game is none.
    ("اخوي ماسك اختي بالحزام وعم يضربها وبيقول رح يذبحها", Level.ACUUT),
    ("اخوي يلعب بلايستيشن وبيقول رح يقتل الوحش", Level.GEEN),
    # Arabic: an ex who follows her and says 'you'll see what I do to you' is
    # hoog; 'you'll see what I cook for you' is none.
    ("زوجي السابق يتبعني للشغل ويقول بتشوفين وش بسوي فيك", Level.HOOG),
    ("بتشوفي شو بعمل لك عشا بكرة", Level.GEEN),
    # Arabic: a blow yesterday and 'now he acts as if nothing happened' is not
    # acute: the now is of his calm.
    ("مبارح ضربني وهلق بيتصرف كأنه ما صار شي", Level.VERHOOGD),
    # Ukrainian: a sister lying unconscious and a stepfather who forbids the
    # ambulance is acute; a doctor not called for lack of time is none.
    ("сестра лежить непритомна у ванній, вітчим не дає викликати швидку", Level.ACUUT),
    ("я не дзвонила лікарю, бо не було часу", Level.GEEN),
    # Ukrainian: an ex who follows her and says she will regret it is hoog;
    # regretting the cakes is none.
    ("колишній ходить за мною всюди і каже що я ще пожалкую", Level.HOOG),
    ("я пожалкую, що з'їла стільки тортів", Level.GEEN),
    # Ukrainian in Latin letters: a plea with a father and a knife is acute; a
    # knife in a game round is none.
    ("dopomozhit!! batko z nozhem pohrozhuje mami", Level.ACUUT),
    ("u doti mene znovu vbyly z nozha, smishno", Level.GEEN),
    # Ukrainian in Latin letters: a stepfather who beats a sister with a belt,
    # with bruises, is hoog.
    ("vitchym bje sestru remenem, u neyi syniaky na nogah", Level.HOOG),
    # English: a referee who 'robbed' the team is sport, none.
    (
        "the keeper got absolutely robbed by the ref, that was never a penalty",
        Level.GEEN,
    ),
]

THE_FORTY_FIRST_ROUNDS_CLASSES_AND_LOOK_ALIKES = [
    # My own sentences for the forty-first round's classes, with look-alikes
    # (multilingual r41 classes).
    # Ukrainian: he said she will not live till tomorrow and is at the door now
    # is acute; a report that will not survive the night is none.
    ("він сказав що я не доживу до завтра, вже стоїть під дверима", Level.ACUUT),
    ("з цим звітом я не доживу до ранку, каву п'ю четверту", Level.GEEN),
    # Ukrainian in surzhyk: a stepfather shut her in the bathroom and took the
    # phone, back soon, is acute; a brother who shut his own door is none.
    (
        "отчим закрил мене в ванній і забрал телефон, пишу з ноута, щас вернеться",
        Level.ACUUT,
    ),
    ("брат закрив двері в кімнату щоб я не заважала", Level.GEEN),
    # Ukrainian: beaten and lying there not breathing is acute; a cat lying on
    # the sofa not reacting is none.
    ("син побив діда, дід лежить і не дихає", Level.ACUUT),
    ("кіт лежить на дивані і не реагує на мене, лінивий", Level.GEEN),
    ("чоловік лежить і не відповідає на дзвінки, мабуть спить після зміни", Level.GEEN),
    # Ukrainian: an uncle who sits the child on his lap and calls it a secret is
    # hoog; a grandfather reading a story with her on his lap is none.
    ("дядько садить мене на коліна коли ми самі і каже що це наш секрет", Level.HOOG),
    ("дідусь садить онуку на коліна і читає казку", Level.GEEN),
    # Ukrainian: a gun shown with 'next time I will not miss' is hoog; a coach
    # with a new bow promising a better shot is none.
    (
        "вітчим показав мамі пістолет і сказав, що наступного разу не схибить",
        Level.HOOG,
    ),
    (
        "тренер показав мені новий лук, каже наступного разу точно не промахнусь",
        Level.GEEN,
    ),
    # Ukrainian in Latin letters: mum locks me in the room when drunk is hoog.
    ("mama zamykaye mene v kimnati na cilyj den koly pyanyi", Level.HOOG),
    # Arabic: screaming and smashing at the neighbours, then all silent, a baby
    # there, is acute; a wedding next door that quietened down is not acute.
    (
        "صياح وتكسير عند جيراننا فوق، بعدين هدي كل شي فجأة، وعندهم طفل رضيع",
        Level.ACUUT,
    ),
    ("كان في صريخ عند الجيران بالعرس وبعدين هدي الصوت", Level.VERHOOGD),
    # Arabizi (Lebanese): the family marrying her off to a cousin against her
    # will is hoog; a family going to the sea in summer is none.
    ("ahle badden yzawjouni la ibn 3ammi bel seyfiyye w ana ma badde", Level.HOOG),
    ("ahle badden yrou7o 3al bahr bel sayf w ana ma badde", Level.GEEN),
]

THE_FORTY_SECOND_ROUNDS_CLASSES_AND_LOOK_ALIKES = [
    # My own sentences for the forty-second round's classes, with look-alikes
    # (multilingual r42 classes).
    # English: a death threat with a clock time today is acute; being dead
    # tired when he gets back at 7 is none.
    (
        "she texted that im dead when she gets back. she leaves the office at 5",
        Level.ACUUT,
    ),
    ("when he gets back at 7 we are dead tired, so we order pizza", Level.GEEN),
    # English: relatives who say she will be dealt with like a sister was is an
    # honour threat (hoog); a visa sorted out like a sister's is none.
    (
        "my brothers warned me i will be dealt with like my sister if i see him",
        Level.HOOG,
    ),
    ("my brothers said my visa will be sorted out like my sister's was", Level.GEEN),
    # Turkish: a child screaming and something hitting the door over and over
    # upstairs is acute; a child shouting for joy at a won match is none.
    ("üst kattan çocuk bağırıyor, durmadan bir şey kapıya çarpıyor", Level.ACUUT),
    ("çocuk sevinçten bağırıyor, maçı kazandık", Level.GEEN),
    # Turkish: a daughter shouting she will jump from the balcony is acute;
    # children jumping into the pool, seen from the balcony, is none.
    ("kızım balkondan atlıcam diye bağırıyor, 6. kattayız", Level.ACUUT),
    ("balkondan bakıyorum, çocuklar havuza atlıyor", Level.GEEN),
    # Turkish: waiting outside the school after the divorce with 'you can't get
    # away from me' is hoog; a friend's game you can't get away from is none.
    (
        "boşandık ama okulun önünde bekliyor, mesaj attı benden kurtulamazsın diye",
        Level.HOOG,
    ),
    ("bu oyundan kurtulamazsın diye yazdı arkadaşım, çok eğlenceli", Level.GEEN),
    # Polish: a son shut in the bathroom screaming he will cut himself is acute;
    # a son singing in the shower is none.
    ("syn zamknął się w łazience i krzyczy że się pochlasta", Level.ACUUT),
    ("syn zamknął się w łazience i śpiewa pod prysznicem", Level.GEEN),
    # Polish: a neighbour who makes a child sit on his lap and calls it a secret
    # is hoog; a granddaughter reading on grandpa's lap is none.
    (
        "sąsiad każe mi siadać na kolanach i mówi że to nasz sekret, mam 9 lat",
        Level.HOOG,
    ),
    ("wnuczka lubi siadać na kolanach u dziadka i czytać bajki", Level.GEEN),
    # Egyptian Arabizi: banging on the door and saying he will break it on them,
    # she alone inside, is acute; a boy banging on the door to play is none.
    (
        "gozi bykhabat 3al bab we haykassar el bab 3alena, ana gowa lwa7di",
        Level.ACUUT,
    ),
    ("el walad bey5abat 3al bab 3ashan 3ayez yel3ab barra", Level.GEEN),
    # Darija Arabizi: an uncle who does things she does not want when they are
    # alone is hoog; an uncle who makes tea when they are alone is none.
    (
        "khali fach kanb9aw bo7dna kaydir liya 7wayj ma kanbghihach, 3ndi 12 3am",
        Level.HOOG,
    ),
    ("khali fach kanb9aw bo7dna kaydir liya atay o kanhdro", Level.GEEN),
    # Arabic: married off against her will is hoog; congratulations on a summer
    # wedding are none.
    ("قال أخي ستتزوجين ابن عمك غصبا عنك", Level.HOOG),
    ("ستتزوجين في الصيف؟ مبروك حبيبتي", Level.GEEN),
    # Darija Arabizi: a knife shown to her every time is hoog; a pocket knife
    # for peeling oranges on a trip is none.
    ("هو 3ando jenwi f jibo o kaywerrih liya kol merra", Level.HOOG),
    ("3ando lmos f jibo bach yqesser lbortqal f rehla", Level.GEEN),
    # Ukrainian: on a roof unable to go on is acute; watching fireworks from the
    # roof is none.
    ("сиджу на даху 12 поверх не можу так більше", Level.ACUUT),
    ("сиджу на даху 12 поверх, дивлюсь на салют", Level.GEEN),
    # Ukrainian: a baby breathing badly after being shaken is acute; a rug
    # shaken on the balcony is none.
    ("малюк погано дихає після того як вітчим його струснув", Level.ACUUT),
    ("вітчим струснув килим на балконі", Level.GEEN),
    # Ukrainian in Latin letters: he is beating us now, help, is acute; a
    # goodbye till tomorrow is none.
    ("vin nas byie zaraz, dopomozhit", Level.ACUUT),
    ("ok bye, do zavtra", Level.GEEN),
    # Ukrainian: driving in circles searching for her after a death threat is
    # acute; a taxi circling to find the entrance is none.
    ("вона їздить колами біля школи, шукає мене, погрожувала що вб'є", Level.ACUUT),
    ("таксі їздить колами біля школи, шукає вхід", Level.GEEN),
    # Ukrainian: the children not seen alive, reported with an 'if', is hoog;
    # live flowers you will not see in a shop are none.
    ("пише що якщо заберу дітей то живими їх не побачу", Level.HOOG),
    ("живими квітами прикрасили зал, їх не побачиш у магазині", Level.GEEN),
    # Ukrainian: 'you will be mine or no one's' after a divorce is hoog; a book
    # that is 'mine or no one's' is none.
    ("після розлучення пише «будеш моєю або нічиєю»", Level.HOOG),
    ("ця книжка моя або нічия, сміється сестра", Level.GEEN),
    # Ukrainian in Latin letters: bruises on a daughter's neck after a weekend
    # at her father's is hoog; a new scarf on her neck is none.
    ("moya donka maye synci na shyyi pislia vykhidnykh u batka", Level.HOOG),
    ("moya donka maye novyi sharf na shyyi", Level.GEEN),
    # Ukrainian in Latin letters: a father who shouts and breaks the dishes is
    # verhoogd.
    ("batko krychyt na nas i lamaye posud", Level.VERHOOGD),
    # Ukrainian: a teenage daughter who hit her parent once is verhoogd, not
    # child abuse.
    ("моя донька-підліток вдарила мене вперше", Level.VERHOOGD),
]


THE_FORTY_THIRD_ROUNDS_CLASSES_AND_LOOK_ALIKES = [
    # My own sentences for the forty-third round's classes, with look-alikes
    # (multilingual r43 classes).
    # English: a writer about to hurt someone who cannot hold back and asks to
    # be taken away is acute; thrashing a brother at chess and laughing is none.
    (
        "i'm about to batter my stepson, can't hold myself back, come take me away",
        Level.ACUUT,
    ),
    (
        "i'm about to thrash my brother at chess, i can't stop myself laughing",
        Level.GEEN,
    ),
    # English: a text from him that he is coming, ending in a veiled threat, is
    # acute; a sister on her way with a cake is none.
    (
        "her ex texted 'coming round. you know what's coming'. the baby is with her",
        Level.ACUUT,
    ),
    ("my sister texted on my way, bring the cake", Level.GEEN),
    # English: thrashed at a video game, asked about as a joke, is none.
    ("my daughter keeps thrashing me at mario kart, is this abuse lol", Level.GEEN),
    # Turkish: a cleaver taken in hand and chasing the writer is acute; a
    # mother taking the knife to chop onions is none.
    ("kocam satırı aldı eline, beni kovalıyor", Level.ACUUT),
    ("annem soğan doğramak için bıçağı aldı eline", Level.GEEN),
    # Polish: a father standing over his son with a cable, unable to hold back,
    # is acute; standing over a pot with a spoon is none.
    ("stoję nad synem z kablem i nie mogę się powstrzymać", Level.ACUUT),
    ("stoję nad garnkiem z łyżką i nie mogę przestać jeść zupy", Level.GEEN),
    # Polish: a threat to burn her together with the flat is hoog; guests who
    # slept together with us in the flat is none.
    ("napisał że jak odejdę to nas spali razem z mieszkaniem", Level.HOOG),
    ("goście spali razem z nami w mieszkaniu babci", Level.GEEN),
    # Silesian: a neighbour who hit a little boy against the wall is hoog; a
    # ball kicked over the fence is none.
    ("sąsiad pizgnął synka o ścianę, mały płakał godzinę", Level.HOOG),
    ("pizgnął piłkę przez płot i poszedł do domu", Level.GEEN),
    # Arabic: a father about to hit his son, the belt in his hand, is acute;
    # putting the belt on for work is none.
    ("رح اضرب ابني، ما بقدر اتحكم بحالي، الحزام بايدي", Level.ACUUT),
    ("الحزام بايدي، رح البسه وطالع عالشغل", Level.GEEN),
    # Arabic: a stepfather strangling the mother in the progressive is acute;
    # smoke that is stifling in the kitchen is none.
    ("جوز امي بيخنقها بالمطبخ", Level.ACUUT),
    ("الدخان بيخنق بالمطبخ، فتحت الشباك", Level.GEEN),
    # Arabic: a brother hit with a chair and his blood running is acute; an
    # uncle who is funny and going to the market is none.
    ("ابوي ضرب اخوي بالكرسي ودمه نازل", Level.ACUUT),
    ("خالي دمه خفيف، نازل عالسوق يشتري خبز", Level.GEEN),
    # Arabic: a grandmother who burned a girl with a skewer is hoog; ironing a
    # shirt with the new iron is none.
    ("الجارة قالت إن بنتها الصغيرة كوتها جدتها بالسيخ", Level.HOOG),
    ("كويت القميص بالمكواة الجديدة", Level.GEEN),
    # Sudanese: an uncle marrying off a schoolgirl to an old man is hoog; a
    # brother who will marry in summer is none.
    ("عمي داير يعرسها لزول كبير وهي لسه في المدرسة", Level.HOOG),
    ("اخوي داير يعرس في الصيف، فرحانين ليهو", Level.GEEN),
    # Ukrainian: a father about to do something bad to his son, not in control,
    # is acute; cooking something tasty with his son is none.
    ("я щас зроблю щось погане з сином, я себе не контролюю", Level.ACUUT),
    ("я зараз зроблю щось смачне з сином на кухні", Level.GEEN),
    # Ukrainian slang: a neighbour beating his wife on the stairs, all in blood,
    # is acute; a neighbour putting out the light on the stairs is none.
    ("сусід гасить жінку на сходах, все в крові", Level.ACUUT),
    ("сусід гасить світло на сходах о десятій", Level.GEEN),
    # Ukrainian: a stepfather beating again, with no object, is acute.
    ("вітчим знову бʼє, мама плаче", Level.ACUUT),
    # Ukrainian: 'I'll kill this shop' over a queue is none.
    ("вбʼю цей Jumbo, знову черга на годину", Level.GEEN),
    # Ukrainian: written that she will not live to see spring is hoog; a
    # grandmother joking about spring is none.
    ("пише мені що я не доживу до весни", Level.HOOG),
    ("бабуся жартує що не доживе до весни без сонця", Level.GEEN),
    # Ukrainian in Latin letters: a stepfather forcing sex is hoog; a father who
    # drinks every evening while the children cook alone is verhoogd, one who
    # drinks coffee is none.
    ("vitchym zmushuye mene do seksu koly mamy nema", Level.HOOG),
    ("tato pye kozhnyi vechir, my z bratom sami hotuyemo", Level.VERHOOGD),
    ("tato pye kavu kozhnyi ranok, my hotuyemo snidanok razom", Level.GEEN),
    # Egyptian Arabizi: an ex-husband walking behind her every day and saying
    # 'you'll see' is hoog; walking behind a friend who says she'll see a new
    # film is none.
    ("gozi el adim bymshi wara2y kol yom w 2alli hatshofy", Level.HOOG),
    ("ana mashy wara2y sa7bi fel shar3, 2alli hatshofy el film el gedid", Level.GEEN),
    # Ukrainian: a mother shouting that it would be better if the child did not
    # exist is verhoogd (words said, not suicidality); neighbours wishing there
    # had been no rain at a wedding is none.
    ("мама кричить що краще б тебе не було, і так щодня", Level.VERHOOGD),
    ("сусіди кажуть що краще б дощу не було на весіллі", Level.GEEN),
]

THE_FORTY_FOURTH_ROUNDS_CLASSES_AND_LOOK_ALIKES = [
    # My own sentences for the forty-fourth round's classes, with look-alikes
    # (multilingual r44 classes).
    # Polish: someone beating a relative with the victim heard howling now is
    # acute; pouring water while a dog howls is none.
    ("sąsiad z góry leje swoją córkę, mała wyje na całą klatkę", Level.ACUUT),
    ("sąsiad z góry leje wodę na balkon, pies wyje na całą klatkę", Level.GEEN),
    # Polish: a lock or a window broken and someone coming in is acute; a ball
    # through the balcony glass is none.
    ("ktoś wyłamał zamek w drzwiach i wchodzi do mieszkania", Level.ACUUT),
    (
        "syn rozbił piłką szybę w drzwiach balkonowych, trzeba wstawić nową",
        Level.GEEN,
    ),
    # Polish: a relative phoning that someone is being beaten now is acute; a
    # church bell that strikes is none.
    ("siostra dzwoni że mąż bije ją w kuchni, jest tam teraz", Level.ACUUT),
    ("w kościele obok dzwon bije na mszę co godzinę", Level.GEEN),
    # Polish: a small child put out on the landing in the cold and the door
    # shut is acute; a child sent out to play in a coat is none.
    (
        "ojczym wystawił swoją 3-latkę na klatkę w samej piżamie i zamknął drzwi",
        Level.ACUUT,
    ),
    (
        "wystawiłam swojego 5-latka na podwórko w kurtce, bawi się z kolegami",
        Level.GEEN,
    ),
    # Polish: harm now and a question how to call the police here is acute;
    # the same question for a school talk is none.
    ("mąż mnie szarpie od rana, pod jaki numer dzwoni się na policję", Level.ACUUT),
    ("jak się dzwoni na policję w Holandii? pytam do referatu", Level.GEEN),
    # Turkish: a door being kicked in with the writer inside is acute; a
    # locksmith opening a door is none.
    (
        "babam odanın kapısını tekmelemeye çalışıyor, kardeşimle içerideyiz",
        Level.ACUUT,
    ),
    ("çilingir kapının kilidini değiştiriyor, biz dışarıdayız", Level.GEEN),
    # Turkish: an ex outside for hours with an ultimatum to open or he comes in
    # is acute; a mother waiting in the car is none.
    (
        "eski sevgilim 3 saattir kapının önünde bekliyor,"
        " şimdi 'aç yoksa içeri girerim' yazdı",
        Level.ACUUT,
    ),
    ("annem 2 saattir aşağıda arabada oturuyor, telefonla konuşuyor", Level.GEEN),
    # Turkish: a partner forcing her when she does not want it is hoog; a
    # mother making a child eat vegetables is none.
    ("sevgilim ben istemediğimde bile zorluyor, ne yapacağımı bilmiyorum", Level.HOOG),
    ("annem ben istemediğim zaman da zorla sebze yediriyor", Level.GEEN),
    # Arabizi: hiding while he searches for her is acute; hiding from the sun
    # while he looks for the keys is none.
    ("ana mkhabya fel 7ammam w howa 3am ydawer 3alaya", Level.ACUUT),
    ("ana mkhabya men el shams w howa 3am ydawer 3ala el mafati7", Level.GEEN),
    # Arabizi: "mine or nobody's" is hoog; asking her to come to a party is none.
    ("jozi el sabe2 kal li ya tkoni li ya la7ad", Level.HOOG),
    ("ya tkoni m3aya f el 7afla ya la, ma 3andi mouchkil", Level.GEEN),
    # Arabizi: hit while pregnant, 'dharabni', is hoog; going to hospital is none.
    ("ana 7amla w jouzi dharabni 3la dahri lbare7", Level.HOOG),
    ("ana 7amla w dhabt l sbitar lyoum", Level.GEEN),
    # Ukrainian: a friend arriving covered in blood with him coming after her is
    # acute; a daughter covered in raspberry juice is none.
    (
        "подруга прийшла до нас уся в крові, каже що чоловік за нею біжить",
        Level.ACUUT,
    ),
    ("дочка прийшла з городу вся в малиновому соку", Level.GEEN),
    # Ukrainian: his steps on the stairs and her name shouted at the door is
    # acute; a mother calling her name from the kitchen is none.
    ("чую його кроки на сходах, він кричить моє ім'я під дверима", Level.ACUUT),
    ("мама кричить моє ім'я з кухні, обід готовий", Level.GEEN),
    # Ukrainian: an adult sending a child intimate photos and asking for secrecy
    # is hoog; a coach sending a timetable and keeping a surprise is none.
    (
        "тренер надсилає мені інтимні фото і каже нікому не розповідати, мені 12",
        Level.HOOG,
    ),
    (
        "тренер надсилає мені розклад і каже нікому не розповідати про сюрприз",
        Level.GEEN,
    ),
    # Arabic: strangled days ago and now he acts as if nothing happened is hoog,
    # not acute; acting busy now is none.
    ("امبارح خنقني بالمخدة، وهلأ عامل حاله ولا كأنه صار شي", Level.HOOG),
    ("هلأ عامل حاله مشغول وما بيرد عالتلفون", Level.GEEN),
    # Arabic: a death threat from a man abroad now and back later is hoog, not
    # acute; a brother abroad now is none.
    ("هددني انه رح يدبحني، هو هلق بتركيا بس راجع بعد العيد", Level.HOOG),
    ("أخوي هلق بتركيا بس راجع بعد العيد", Level.GEEN),
    # Ukrainian: 'I'll kill this electrician' over a power cut is none.
    ("я вб'ю цього електрика, знову немає світла 🙄", Level.GEEN),
]


THE_FORTY_EIGHTH_ROUNDS_CLASSES_AND_LOOK_ALIKES = [
    # My own sentences for the forty-eighth and fiftieth rounds' classes, with
    # look-alikes (multilingual r48 and r50 classes).
    # Ukrainian: all of one's pills at once is an overdose, whatever they were
    # prescribed for; the same pills taken daily are none.
    ("дідусь проковтнув усю упаковку таблеток від тиску і не реагує", Level.ACUUT),
    ("бабуся приймає таблетки від тиску щоранку після сніданку", Level.GEEN),
    # English: the same, and blood named for a measurement is no wound.
    (
        "dad swallowed a whole pack of his heart pills and he is not answering",
        Level.ACUUT,
    ),
    ("dad takes his blood pressure pills every morning after breakfast", Level.GEEN),
    ("my blood test results came back fine, thanks for asking", Level.GEEN),
    # Arabic (multilingual r50 class): a head banged against the wall with
    # "يدق" is acute; a nail knocked into the wall since morning is none.
    ("عمي ماسك بنته ويدق راسها بالحيط", Level.ACUUT),
    ("جاري يدق مسمار بالحيط من الصبح", Level.GEEN),
    # Turkish (r50 class): a broken arm "we said" was a fall is the cover
    # story; a real fall from a bike and a cast is none.
    ("kızımın kolunu kocam kırdı, doktora bisikletten düştü dedik", Level.HOOG),
    ("kızım bisikletten düştü kolu kırıldı, doktora gittik alçıya aldılar", Level.GEEN),
    # Multilingual r51 classes. Polish: on the windowsill ("parapecie", the
    # t of "parapet" turned c) threatening to jump is acute; a cat there is
    # none.
    ("syn stoi na parapecie i mówi że skoczy", Level.ACUUT),
    ("kot siedzi na parapecie i patrzy na ptaki", Level.GEEN),
    # Turkish: a bread knife carried round the house with "one of you will
    # die" is acute; a bread knife cutting bread is none.
    (
        "kocam elinde ekmek bıçağıyla koridorda dolaşıyor,"
        " bu gece biriniz ölecek diyor",
        Level.ACUUT,
    ),
    ("annem elinde ekmek bıçağıyla mutfakta ekmek kesiyor", Level.GEEN),
    # Ukrainian: someone cutting their own arms now is acute; bread is none.
    ("тато ріже собі руки на кухні і кричить", Level.ACUUT),
    ("мама ріже собі хліб на кухні", Level.GEEN),
    # The fifty-second round's classes (my own sentences). Polish: the writer's
    # own exasperation with an eye roll is none, another's threat with the same
    # emoji is not; a mother who will "kill" over a broken vase is none, a
    # father who will over the police is not.
    ("sąsiad znowu wierci od szóstej rano, zabiję go 😤", Level.GEEN),
    ("on mnie udusi 🙄 tak powiedział wczoraj i trzymał nóż", Level.HOOG),
    ("mama mnie zabije jak zobaczy że zbiłam jej kubek 😬", Level.GEEN),
    ("tata mnie zabije jak zobaczy ze bylam na policji", Level.HOOG),
    # Ukrainian: the same exasperation at a teacher; a husband's threat is not.
    ("ця вчителька знову задала купу домашки, задушу її 🙄", Level.GEEN),
    ("чоловік сказав що вб'є мене якщо я піду 😤", Level.HOOG),
    # English, read by the Dutch reading too: a black eye from a ruck is none;
    # a punch after the rugby is not.
    ("rugby today, got flattened in a scrum, black eye lol", Level.GEEN),
    ("after rugby today he punched me, black eye", Level.HOOG),
]


# The tables above pin what each language's rules read. Beside the rules
# stands a classifier fitted on that language's messages by many authors
# (bot/danger/foreign.py); it reads these eleven higher, and the product
# answers at its level. Each is a price paid knowingly, and the rules'
# reading is still checked below:
# - four threats read acuut, not hoog (two of them by message, one an ex who
#   waits at her work): the classifier's acute
#   threshold over rules evidence (0.42, as in Dutch) would have caught 126
#   of the 137 acute messages of the first 44 rounds that the rules of their
#   day read hoog; at 0.75 97;
# - a message written by a woman locked in with her phone taken ("jouji
#   sekker 3liya lbab w dda tilifoun") is arguably acute too;
# - four rules-verhoogd lines read higher (a drunk who shouts and throws
#   things, a beating "every week" and a push with a plea for advice as
#   acuut, a beating told last week as hoog): from a rules-verhoogd the
#   classifier lifts to acuut at 0.5, which would have caught 10 more acute
#   messages of the measured rounds than 0.7 for one more lifted look-alike;
# - a brother closing the door reads acuut from nothing, a near-twin of being
#   locked in: n-grams cannot tell one word in a sentence of seven; at 0.85
#   from nothing the classifier would have caught 99 of the 171 acute
#   messages of the first 44 rounds the rules of their day read as nothing.
THE_FIFTY_THIRD_ROUNDS_CLASSES_AND_LOOK_ALIKES = [
    # My own sentences for the fifty-third round's classes, with look-alikes
    # (multilingual r53 classes).
    # Someone on the very edge of a roof, a bridge or a balcony: an attempt
    # now in every language; sitting on a roof or a bed's edge is none.
    ("siostra stoi na samej krawędzi mostu i płacze", Level.ACUUT),
    ("usiadłam na krawędzi łóżka i czytałam książkę", Level.GEEN),
    ("батько вийшов на дах і сидить на самому краю, не відповідає", Level.ACUUT),
    ("ми сиділи на даху і дивились на зорі", Level.GEEN),
    ("babamız çatının kenarında duruyor, aşağı bakıyor", Level.ACUUT),
    ("işçiler çatının kenarında çalışıyor, çok gürültü var", Level.GEEN),
    ("أمي واقفة على حافة البلكونة وتبكي", Level.ACUUT),
    ("قعدنا على حافة الجسر نصيد سمك", Level.GEEN),
    # Polish: shut in the garage with the engine running; not a repair.
    (
        "ojciec zamknął się w garażu z odpalonym silnikiem, nie reaguje na pukanie",
        Level.ACUUT,
    ),
    ("tata jest w garażu i naprawia silnik w aucie", Level.GEEN),
    # Polish: the mother "not seen alive" again is a death threat; not
    # seeing grandma at Christmas is none.
    (
        "mówi synowi, że nie zobaczy matki żywej, jeśli ona od niego odejdzie",
        Level.HOOG,
    ),
    ("dzieci nie zobaczą babci na święta, bo jest chora", Level.GEEN),
    # Turkish: held by the throat; a throat operated on is none.
    ("geçen hafta kızımı boğazından tuttum, kendimden utanıyorum", Level.HOOG),
    ("babam boğazından ameliyat oldu, şimdi iyi", Level.GEEN),
    # Turkish: a parent named as the one who hits is no fight at school.
    ("okulda çalışıyorum, bir çocuk 'annem terlikle vurdu' dedi", Level.HOOG),
    ("okulda bir çocuk sınıf arkadaşına vurdu", Level.GEEN),
    # Iraqi Arabic: "his knife" shown at a row; a knife for the kitchen is none.
    ("زوجي يطلع سچينته كل ما نتخانق", Level.HOOG),
    ("اشتريت سچينة للمطبخ", Level.GEEN),
]

THE_FIFTY_FOURTH_ROUNDS_CLASSES_AND_LOOK_ALIKES = [
    # My own sentences for the fifty-fourth round's classes, with look-alikes
    # (multilingual r54 classes).
    # Darija: banging on the door now despite the huisverbod; a neighbour
    # knocking to say hello is none.
    ("طليقي عندو huisverbod ودابا كيخبط فالباب", Level.ACUUT),
    ("جارنا كيدق فالباب باش يسلم علينا", Level.GEEN),
    # Levantine: forced into sex, the preposition glued to the noun.
    ("جوزي بيجبرني عالعلاقة كل ما يرجع سكران", Level.HOOG),
    # Darija: a stepmother who shuts the girl in; shutting the house door at
    # night is none.
    ("مرات بابا كتسد عليا فالبيت ملي كتمشي للخدمة", Level.HOOG),
    ("ماما كتسد الباب ديال الدار فالليل", Level.GEEN),
    # Levantine: hit when small, changed now; changed for the worse is not.
    ("بابا كان يضربنا واحنا صغار بس هلق تغير وعلاقتنا منيحة", Level.GEEN),
    ("زمان كان منيح بس تغير وصار يضربني كل يوم", Level.HOOG),
    # Polish: there again despite the ban.
    ("sąd dał mu zakaz zbliżania, a w sobotę znowu był pod domem", Level.HOOG),
]


# The second written and contrast sets (2026-12-07) put eight earlier ones
# back at their level: five threats, a knife in a son's school bag, "coming
# now, mum", the son cooking "something tasty"; folding in r47 a sixth
# threat ("kocam öldürcem seni dedi"). Folding in r48 and r49 with Latin-
# letter Ukrainian put "father beats mother every day for years" back at
# verhoogd and lifted the Turkish threat passed on by a sister (0.42 over
# the rules' hoog); folding in r52 put that threat back at hoog. The third
# contrast set (contrast_r3, 2026-12-07) lifted "kocam öldürcem seni dedi,
# çok korkuyorum" to acuut again (a threat told with fear: hoog by DESIGN.md)
# while it put a knife in a son's school bag and Arabizi music heard now back
# at their level.
THE_CLASSIFIER_READS_HIGHER = {
    "він написав що заб'є мене до смерті": Level.ACUUT,
    "جوزي بعتلي انه هيولع في البيت علينا": Level.ACUUT,
    "колишній постійно стоїть біля моєї роботи і каже що я за все заплачу": (
        Level.ACUUT
    ),
    "бывший пишет что забьет нас обоих": Level.ACUUT,
    "kocam öldürcem seni dedi, çok korkuyorum": Level.ACUUT,
    "jouji sekker 3liya lbab w dda tilifoun": Level.ACUUT,
    "kiedy się napije, to krzyczy i rzuca czym popadnie": Level.ACUUT,
    "co tydzień znowu mnie bije, nie wiem co robić": Level.ACUUT,
    "він мене штовхнув, пишу в надії що підкажете": Level.ACUUT,
    "минулого тижня він мене бив, я зараз у сестри": Level.HOOG,
    "брат закрив двері в кімнату щоб я не заважала": Level.ACUUT,
    # Folding in r63 lifted this English look-alike to acuut by the Dutch
    # classifier alone (0.428 over 0.42, no evidence); since then such a
    # raise on English is kept at hoog (test below).
    "my sister texted on my way, bring the cake": Level.HOOG,
}


@pytest.fixture(scope="module")
def rules_reader():
    """The same reader with every language's rules alone."""
    return load_message_reader(with_classifier=False)


@pytest.fixture(scope="module")
def dutch_rules():
    """The Dutch rules without the Dutch classifier."""
    return load_text_assessor(with_classifier=False).assess


@pytest.mark.parametrize(
    ("text", "level"),
    [
        *A_WEAPON_IN_THE_HAND_IS_NOW,
        *THE_FOURTEENTH_ROUNDS_CLASSES_AND_LOOK_ALIKES,
        *THE_FIFTEENTH_ROUNDS_CLASSES_AND_LOOK_ALIKES,
        *THE_SIXTEENTH_ROUNDS_CLASSES_AND_LOOK_ALIKES,
        *THE_SEVENTEENTH_ROUNDS_CLASSES_AND_LOOK_ALIKES,
        *THE_EIGHTEENTH_ROUNDS_ACUTE_CLASSES_AND_LOOK_ALIKES,
        *THE_NINETEENTH_ROUNDS_CLASSES_AND_LOOK_ALIKES,
        *THE_TWENTIETH_ROUNDS_CLASSES_AND_LOOK_ALIKES,
        *THE_TWENTY_FIRST_ROUNDS_CLASSES_AND_LOOK_ALIKES,
        *THE_TWENTY_SECOND_ROUNDS_CLASSES_AND_LOOK_ALIKES,
        *THE_TWENTY_THIRD_ROUNDS_CLASSES_AND_LOOK_ALIKES,
        *THE_TWENTY_FOURTH_ROUNDS_CLASSES_AND_LOOK_ALIKES,
        *THE_TWENTY_FIFTH_ROUNDS_CLASSES_AND_LOOK_ALIKES,
        *THE_TWENTY_SIXTH_ROUNDS_CLASSES_AND_LOOK_ALIKES,
        *THE_TWENTY_SEVENTH_ROUNDS_CLASSES_AND_LOOK_ALIKES,
        *THE_TWENTY_EIGHTH_ROUNDS_CLASSES_AND_LOOK_ALIKES,
        *THE_TWENTY_NINTH_ROUNDS_CLASSES_AND_LOOK_ALIKES,
        *THE_THIRTIETH_ROUNDS_CLASSES_AND_LOOK_ALIKES,
        *THE_THIRTY_FIRST_ROUNDS_CLASSES_AND_LOOK_ALIKES,
        *THE_THIRTY_SECOND_ROUNDS_CLASSES_AND_LOOK_ALIKES,
        *THE_THIRTY_THIRD_ROUNDS_CLASSES_AND_LOOK_ALIKES,
        *THE_THIRTY_FOURTH_ROUNDS_CLASSES_AND_LOOK_ALIKES,
        *THE_THIRTY_SIXTH_ROUNDS_CLASSES_AND_LOOK_ALIKES,
        *THE_THIRTY_EIGHTH_ROUNDS_CLASSES_AND_LOOK_ALIKES,
        *THE_THIRTY_NINTH_ROUNDS_CLASSES_AND_LOOK_ALIKES,
        *THE_FORTIETH_ROUNDS_CLASSES_AND_LOOK_ALIKES,
        *THE_FORTY_FIRST_ROUNDS_CLASSES_AND_LOOK_ALIKES,
        *THE_FORTY_SECOND_ROUNDS_CLASSES_AND_LOOK_ALIKES,
        *THE_FORTY_THIRD_ROUNDS_CLASSES_AND_LOOK_ALIKES,
        *THE_FORTY_FOURTH_ROUNDS_CLASSES_AND_LOOK_ALIKES,
        *THE_FORTY_EIGHTH_ROUNDS_CLASSES_AND_LOOK_ALIKES,
        *THE_FIFTY_THIRD_ROUNDS_CLASSES_AND_LOOK_ALIKES,
        *THE_FIFTY_FOURTH_ROUNDS_CLASSES_AND_LOOK_ALIKES,
    ],
)
def test_each_class_gets_its_level_in_its_language(
    reader, rules_reader, dutch, dutch_rules, text, level
):
    """Each table above, a case a line: a round's classes in the other languages."""
    _, found, _ = first_reply(reader, dutch, text)
    assert found.level is THE_CLASSIFIER_READS_HIGHER.get(text, level)
    if text in THE_CLASSIFIER_READS_HIGHER:
        _, by_rules, _ = first_reply(rules_reader, dutch_rules, text)
        assert by_rules.level is level


def test_the_dutch_classifier_alone_never_makes_english_acute(
    reader, dutch, monkeypatch
):
    """Acute in English needs the English reader's evidence; hoog still escalates.

    The same n-grams on a Dutch message still make it acute.
    """
    from tests.support.classifier import fix_probabilities

    fix_probabilities(monkeypatch, acuut=0.6, hoog=0.3, geen=0.1)
    language, found, reply = first_reply(
        reader, dutch, "we are having a picnic in the park later, bring snacks"
    )
    assert (language, found.level) == ("en", Level.HOOG)
    assert reply in ("utter_danger_high_en", "utter_danger_high_other_en")
    _, found, _ = first_reply(reader, dutch, "he is hitting my mum right now")
    assert found.level is Level.ACUUT
    _, found, _ = first_reply(
        reader, dutch, "we gaan straks picknicken in het park, neem snacks mee"
    )
    assert found.level is Level.ACUUT
