"""Which language a chat message is written in, and so the conversation's.

The chat is Dutch first: a message only moves a conversation to another language
when it clearly is one. Short Latin-script messages ("ok", "ja", "help", "please")
say nothing unless they carry letters only one of our languages has (ş, ğ, ı in
Turkish; ą, ę, ł... in Polish); a message with Dutch function words stays Dutch
whatever else is mixed in, because its writer reads Dutch. Arabic and Cyrillic
script decide at once; Arabic typed in Latin letters with digits (Arabizi) and
Turkish typed without its letters are told by their small words. For the rest
py3langid, restricted to the languages the chat serves (and German and French,
so their writers are not mistaken for English), gives the language with a
probability.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

DEFAULT_LANGUAGE = "nl"
# Languages with a danger lexicon and a message catalogue.
SERVED = ("nl", "en", "tr", "pl", "ar", "uk")
# Also offered to the identifier: without them a German message reads as English.
_CONFUSABLE = ("de", "fr")
MIN_WORDS = 3  # a Latin-script message shorter than this decides nothing
MIN_PROBABILITY = 0.9
# How many of the latest decided messages make up the conversation's language.
RECENT = 3
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
_ARABIC = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_OWN_LETTERS = {"tr": set("şğı"), "pl": set("ąęłśźżćń")}
# Dutch function words that no other served language shares (not "de", "ben",
# "kan", "van", "met", "want", "er", "ze"...): two of them make a message
# Dutch, however much English or Turkish it also has.
DUTCH_MARKERS = frozenset(
    [
        "ik",
        "jij",
        "hij",
        "zij",
        "het",
        "een",
        "niet",
        "mijn",
        "mn",
        "m'n",
        "wat",
        "dat",
        "naar",
        "voor",
        "maar",
        "heeft",
        "heb",
        "hebt",
        "geen",
        "niks",
        "niets",
        "bij",
        "ook",
        "echt",
        "wel",
        "nu",
        "thuis",
        "jullie",
        "ons",
        "hem",
        "haar",
        "zijn",
        "wordt",
        "word",
        "moet",
        "mag",
        "gaat",
        "kun",
        "kunt",
        "wil",
        "ben",
        "bent",
        "waar",
        "waarom",
        "hoe",
        "wie",
        "omdat",
        "als",
        "dan",
        "zou",
        "kon",
        "doet",
        "deed",
        "zegt",
        "zei",
        "alleen",
        "altijd",
        "nooit",
        "weet",
        "weg",
        "mee",
        "uit",
        "toen",
        "alles",
        "nog",
        "deze",
        "dit",
        "daar",
        "hier",
        "veel",
        "heel",
        "erg",
        "misschien",
        "graag",
        "bedankt",
        "dank",
        "hoeveel",
        "welke",
        "wanneer",
        "worden",
        "werd",
        "onze",
        "jouw",
        "hun",
        "zich",
        "kinderen",
        "moeder",
        "vader",
        "kind",
        "huis",
        "steeds",
        "gewoon",
        "eigenlijk",
        "samen",
        "krijgen",
        "krijg",
        "tegen",
        "ff",
        "effe",
        "weer",
        "oke",
        # A short Dutch plea: "kom snel aub help" has "help" for English and no
        # other Dutch small word (multilingual r39 class); no served language
        # spells these so.
        "snel",
        "aub",
        "alsjeblieft",
        "alstublieft",
    ]
)
# English small words: a message taken for English must have one, so markup,
# code or a list of names does not switch a chat ("<script>window...").
ENGLISH_MARKERS = frozenset(
    [
        "i",
        "me",
        "my",
        "you",
        "your",
        "he",
        "she",
        "him",
        "her",
        "it",
        "we",
        "they",
        "the",
        "a",
        "an",
        "and",
        "or",
        "but",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "have",
        "has",
        "had",
        "do",
        "does",
        "did",
        "not",
        "no",
        "to",
        "of",
        "in",
        "on",
        "at",
        "for",
        "with",
        "from",
        "what",
        "how",
        "why",
        "when",
        "where",
        "who",
        "can",
        "could",
        "will",
        "would",
        "should",
        "please",
        "help",
        "this",
        "that",
        "there",
        "here",
        "now",
        "just",
        "im",
        "i'm",
        "don't",
        "can't",
        # A short thank-you: "thanks, that's really helpful x" (multilingual
        # r28 class); the identifier must still say English.
        "that's",
        "thats",
        "thanks",
        "thank",
        # Contractions with the apostrophe: "hurry he's back drunk shouting he'll
        # kill us all" has no other small word (multilingual r37 class).
        "he's",
        "she's",
        "he'll",
        "she'll",
        "they're",
        "they'll",
        "we're",
        "it's",
        "i'll",
    ]
)
# English contractions typed without their apostrophe ("hes choking her", "shes
# not ok"): no other served language spells these words, so one of them places a
# short line with no Dutch small word in English (multilingual r32 class). Not
# "wont" or "ill", which are Dutch typos and an English adjective.
ENGLISH_WITHOUT_APOSTROPHE = frozenset(
    (  # noqa: SIM905 - one reviewable line of words
        "hes shes theyre youre isnt doesnt didnt dont cant wasnt werent hasnt "
        "havent couldnt wouldnt shouldnt"
    ).split()
)
# A marker counts when at least this many appear.
DUTCH_MARKER_MIN = 2
# Arabizi: Arabic typed in Latin letters, with digits for the sounds Latin has
# no letter for (3 ain, 7 ha, 9 qaf, 2 hamza, 5 kha, 6 ta). Many Moroccan,
# Levantine and Egyptian writers in the Netherlands type Arabic this way; the
# identifier reads it as nothing or as English. A digit inside a word counts;
# 4 and 8 do not ("2day", "w8", "gr8" are English), nor digits that end a
# model name or an ordinal ("ps5", "mp3", "3e", "10min").
_ARABIZI_WORD = re.compile(
    r"(?<![\w'])(?=[a-z0-9']*[a-z])(?=[a-z0-9']*[235679][a-z])[a-z0-9']{3,}(?![\w'])"
    r"|(?<![\w'])[a-z]{2,}[235679](?![\w'])"
)
_NOT_ARABIZI = re.compile(
    r"(ps|mp|fifa|covid|pes|gta|cod|h|p|f|t)[0-9]+|[0-9]+(e|de|ste|st|nd|rd|th|x|k|km|min|jr|j|u|h|am|pm|uur|jaar)"
)
# Small Arabizi words other languages here do not use (not "wallah", which
# street Dutch shares, nor "ana", which is Turkish for mother).
ARABIZI_MARKERS = frozenset(
    [
        "dyali",
        "dyal",
        "diali",
        "dyalek",
        "daba",
        "wach",
        "wash",
        "bghit",
        "bghat",
        "kayn",
        "kaynach",
        "kifach",
        "kifash",
        "kifak",
        "kifik",
        "ezay",
        "izzay",
        "mesh",
        "mish",
        "msh",
        "mafi",
        "shu",
        "chou",
        "lesh",
        "3lach",
        "ghadi",
        "ghadia",
        "hadchi",
        "bzaf",
        "bezaf",
        "chwiya",
        "shwaya",
        "shwayya",
        "3afak",
        "ya3ni",
        "yalla",
        "zawji",
        "jozi",
        "rajli",
        "mrati",
        "marti",
        "howa",
        "huwe",
        "hiya",
        "hiye",
        "enta",
        "inta",
        "nta",
        "nti",
        "enti",
        "inti",
        "kaydreb",
        "darabni",
        "lbit",
        "fdar",
        "ktir",
        "kteer",
        "baddi",
        "hayda",
        "yedrebni",
        "byedrebni",
        "bidrabni",
        # Egyptian without digits: want, took (r14 class: "msh ayza aeesh").
        "ayza",
        "ayez",
        "3ayza",
        "3ayez",
        "awza",
        "3awza",
        "khadt",
        "a5adt",
        "aeesh",
        "a3eesh",
        # Levantine and Darija without digits (r17 class).
        "akhi",
        "ezzghir",
        "zghir",
        "awwal",
        "marra",
        "rajli",
        "yfatech",
        "telifouni",
        "yekhalinich",
        "nemchi",
        "ahli",
        "yedrob",
        "khayfe",
        "khayfa",
        # Iraqi, Gulf and Moroccan words for he, now, the children, drunk,
        # "he says", "I'll kill" (issue 17, eighth round).
        "huwa",
        "hassa",
        "hessa",
        "halla",
        "kulish",
        "kullish",
        "lwlad",
        "wladi",
        "kaygoul",
        "kayqoul",
        "kaygol",
        "kayqol",
        "nqtel",
        "nqtlek",
        "nqtlk",
        "yqtelni",
        "sakran",
        "sakrana",
        "ibni",
        "binti",
        "bnti",
        "zawjy",
        "zoji",
        "wakha",
        "mzyan",
        "bba",
        "mkhbya",
        "mkhabya",
        "mkhbi",
        "mkhabi",
        # Hiding, and he is looking for me (multilingual r44 class).
        "mkhabye",
        "mkhabyeh",
        "ydawer",
        "ydawwer",
        # Levantine and Iraqi Arabizi: is beating, my little brother, afraid,
        # now, coming, what do I do (issue 17, eleventh round).
        "yedrob",
        "zghir",
        "khayfe",
        "khayfa",
        "ekhi",
        "yoskot",
        "hasi",
        "shinu",
        "asawi",
        "yaktulni",
        "yaktolni",
        "awlad",
        # Levantine: he, inside, the girls, the room, breaks (twelfth round).
        "howe",
        "jowa",
        "juwa",
        "bnet",
        "ghorfe",
        "yekser",
        # Moroccan: takes my money, searches my phone, does not let me work,
        # breaks the door (twenty-third round).
        "kayched",
        "kaychedd",
        "lflous",
        "flousi",
        "kayfetech",
        "kayfettech",
        "kaykhallinich",
        "kaykhellinich",
        "nkhdem",
        "nkhrej",
        "kamlin",
        "kayherres",
        "kaykesser",
        # Algerian: my husband, locked, the phone, I am writing (multilingual
        # r28 class: "jouji sekker 3liya lbab w dda tilifoun").
        # My brother: "Khouya 9tlni f FIFA 6-0" (multilingual r39 class); Dutch,
        # Polish and Turkish do not spell it so.
        "khouya",
        "khoya",
        "khouyi",
        "jouji",
        "sekker",
        "tilifoun",
        "nekteb",
        # Lebanese: my family want to marry me off and I do not want (multilingual
        # r41 class: ahle badden yjawzouni w ana ma badde).
        "badde",
        "bedde",
        "badden",
        "baddon",
        "beddon",
        "ahle",
        # Thanks and "I understood" typed in Latin letters (multilingual r27
        # class: "tamam fhemt, shokran ktir"); three are still needed.
        "fhemt",
        "fhimt",
        "fhamt",
        "shokran",
        "shukran",
        "choukran",
        "chokran",
        # Darija: a knife in his pocket, shown in a fight (multilingual r42 class).
        "lmos",
        "lmous",
        "jibo",
        "jibou",
        "liya",
        "mli",
        "melli",
        "kaywerrih",
        "kaywerri",
        "kantkhasmo",
        "kantkhasmou",
        # Darija: kicked in the belly while pregnant, a neighbour's children left
        # alone with no food (multilingual r43 class).
        "drebni",
        "drbni",
        "kerchi",
        "karchi",
        "rejlo",
        "rijlo",
        "jarti",
        "katkhelli",
        "katkhalli",
        "wladha",
        "bohdhom",
        "bouhdhom",
        "bo7dhom",
        "makaynach",
        "makaynch",
        "kaydoro",
        "kaydouro",
        "zenqa",
    ]
)


# Arabizi thanks: beside one more Arabizi word they say the language.
ARABIZI_THANKS = frozenset(["shokran", "shukran", "choukran", "chokran"])


# Turkish typed without ş ğ ı (most phones here have a Dutch keyboard): its
# small words and kinship words, and the spoken present tense ("vuruyo",
# "bagiriyo"), which no served language shares. Not "ben", "o", "et", "mi" or
# "ne": Dutch and Papiamento use them.
TURKISH_MARKERS = frozenset(
    (  # noqa: SIM905 - one reviewable line of words
        "bir bu su cok ama icin beni bana benim seni sana biz bizi var yok "
        "nasil neden simdi hemen lutfen yardim edin kocam esim annem babam "
        "kardesim abim ablam evde eve kapida kapiyi bi bisey tamam tesekkurler "
        "tesekkur selam merhaba cocuk cocuklar cocugum cocuklarla polis yine "
        "hep artik gibi sonra gece bugun dun diyo diyor kiz oglum "
        "kizim eski sevgilim yasindayim diyelim komsum komsuda ihbar gizli "
        "korkuyorum odamdayim sagol canim "
        # Hurry and help, typed without ç: "acil vuruyor" (multilingual r25 class).
        "acil acilen cabuk imdat "
        # "as", "exactly" in a question: "ne is yapiyo tam olarak"
        # (multilingual r27 class).
        "olarak "
        # "became", "it happened": "fener yine rezil oldu" (multilingual r28 class).
        "oldu "
        # Kin in the accusative, "and", "in his hand", "inside": "annemi boguyo",
        # "elinde bicak var, cocuklar iceride" (multilingual r32 class).
        "annemi babami kardesimi ablami abimi esimi kizimi oglumu cocugumu "
        "cocuklari kocami ve elinde iceride icerde kizlar "
        # The language asked for: "turkce bilen biri var mi" (multilingual r32
        # class).
        "turkce turkce'yi turkcesi "
        # "even", and my salary and my card taken: "maasimi o aliyo, kartim
        # onda, markete bile ..." (multilingual r39 class).
        "bile maasimi maasim kartimi kartim"
    ).split()
)
# Turkish letters folded to the Dutch keyboard's, to match the markers above.
_TURKISH_FOLD = str.maketrans("şğıçöü", "sgicou")
_SHARED_WITH_TURKISH = frozenset(["ben", "o", "mi", "ne", "et"])
_TURKISH_PRESENT = re.compile(r"[a-z]{2,}(iyo|uyo|iyor|uyor|iyom|uyom|iyoz|uyoz)$")
TURKISH_MARKER_MIN = 2
# Ukrainian typed in Latin letters (a phone without a Cyrillic keyboard): words
# no other served language spells this way. Not "bo", "zaraz", "skoro", "mij"
# or "bye": Polish, Dutch and English have them; and three are needed.
UKRAINIAN_LATIN_MARKERS = frozenset(
    [
        "dopomozhit",
        "dopomozhyt",
        "dopomozhitʼ",
        "ryatuyte",
        "riatuite",
        "cholovik",
        "cholovika",
        "cholovikom",
        "miy",
        "moia",
        "moya",
        "meni",
        "mene",
        "vin",
        "vona",
        "voni",
        "nioho",
        "nyoho",
        "yoho",
        "joho",
        "neyi",
        "dveri",
        "dvery",
        "dytyna",
        "dytynu",
        "dity",
        "ditei",
        "ditey",
        "shcho",
        "shchas",
        "b'ye",
        "byie",
        "vbye",
        "vbie",
        "pomogite",
        "spasite",
        "muzh",
        "muzhik",
        "bystro",
        "terminovo",
        "nozhem",
        "nozhom",
        "kuhni",
        "kukhni",
        "plache",
        "boiusia",
        "boyusya",
        # Verbs and nouns of a locked room, a weapon shown and a threat (r14 class).
        "zakryv",
        "zakryla",
        "zachynyv",
        "zachynyla",
        "kimnati",
        "chuyu",
        "chuiu",
        "krychyt",
        "pokazav",
        "pokazala",
        "skazav",
        "skazala",
        "yakshcho",
        "yakscho",
        "kinets",
        "rushnytsiu",
        "rushnytsyu",
        "shvydshe",
        "mamu",
        # At the door, knocking, says he will kill; threatened yesterday with a
        # knife, asleep now, nowhere to go (multilingual r19 class).
        "pid",
        "dverima",
        "dveryma",
        "stukaje",
        "stukaye",
        "stukaie",
        "stukae",
        "kazhe",
        "vbje",
        "ubje",
        "vbyje",
        "robyty",
        "dzvonyty",
        "vchora",
        "pohrozhuvav",
        "pohrozhuvala",
        "znaju",
        "znayu",
        "kudy",
        "spyt",
        # A stalker at work, arson threatened, messages read (r16 class).
        "pyshe",
        "stoyit",
        "spalyt",
        "kvartyru",
        "razom",
        "mnoyu",
        "moyeyu",
        "kozhen",
        "perevirjaye",
        "pereviryaye",
        "dozvolyaye",
        "bachytys",
        "podrugamy",
        "znovu",
        "vzhe",
        "chytaye",
        "moyi",
        "povidomlennya",
        "vyhodyty",
        "pryishov",
        "pryyshov",
        "pjanyj",
        "pyanyy",
        "pidlogu",
        "pidlohu",
        "vstaty",
        "pislia",
        "rozluchennia",
        "kolyshnij",
        "budynkom",
        "vechir",
        "pozhaliu",
        "susidska",
        "vulytsi",
        "khodyt",
        "kholodno",
        "chasto",
        # Strangling now, hiding in the wardrobe from him and an axe, a stalker
        # who watches her (multilingual r22 class).
        "dushyt",
        "dushat",
        "shukaye",
        "shukaie",
        "shafi",
        "sokyroyu",
        "sokyroiu",
        "sokyroju",
        # "dopomozhit batko z sokyroju": the father with an axe typed in Latin
        # letters (multilingual r40 class); Polish says "ojciec" or "tata".
        "batko",
        # A game round told in Latin letters: "v CS mene znovu zarizaly z nozha"
        # (multilingual r40 class); Polish spells the knife "noza" or "noża".
        "nozha",
        "zarizaly",
        "zarizav",
        "zarizala",
        "stezhyt",
        # A greeting asking for Ukrainian; a friend who changed, her husband
        # deciding for her; a stalker at work writing "not long to live"
        # (multilingual r25 class).
        "dobryj",
        "dobryi",
        "dobryy",
        "rozmovljajete",
        "rozmovlyayete",
        "rozmovliaiete",
        "ukrajinskoju",
        "ukrayinskoyu",
        "ukrainskoiu",
        "ostannim",
        "zminylas",
        "zminylasja",
        "vidpovidaje",
        "vidpovidaye",
        "vidpovidaie",
        "dzvinky",
        "jiji",
        "yiyi",
        "vyrishuje",
        "vyrishuye",
        "mozhlyvo",
        "perebilshuju",
        "perebilshuyu",
        "kyrylytsi",
        "rozijshlysja",
        "rozijshlysia",
        "misjaci",
        "bilja",
        "mojeji",
        "moyeyi",
        "zhyty",
        "nedovho",
        # Strangled, fled to the toilet and locked in, he bangs on the door
        # (multilingual r28 class).
        "dushyv",
        "vtekla",
        "zakrylas",
        "zakrylasia",
        "zamknulas",
        "lupyt",
        "hatyt",
        # A stepfather strangling mum now, "come quickly"; a host who reads her
        # messages and does not let her out at night (multilingual r29 class).
        "vitchym",
        "shvydko",
        "pryizhdzhaite",
        "pryizhdzhayte",
        "chytaie",
        "povidomlennia",
        "puskaie",
        "puskaye",
        "vvecheri",
        # A teacher's pupil with a burn where his mother pressed the iron
        # (multilingual r30 class).
        "vchytelka",
        "khlopchyk",
        "pryklala",
        "pryklav",
        "prasku",
        "praskoiu",
        "praskoyu",
        "opik",
        "opikom",
        # Killed him twenty times in a row in a game (multilingual r30 class).
        "vbyv",
        "pidryad",
        "pidriad",
        "dvadtsyat",
        "dvadtsiat",
        # A plea, a beating that does not stop and a child, typed in Latin
        # letters: "terminovo!! vin bje malogo remenem i ne perestaje"
        # (multilingual r35 class). Polish spells them "bije", "małego"
        # ("malego"), "pasem", "przestaje"; Turkish and Dutch have none.
        "terminovo",
        "bje",
        "malogo",
        "maloho",
        "remenem",
        "remnem",
        "perestaje",
        "perestaye",
        "perestaie",
        "nozhem",
        "nozhom",
        "sokyra",
        "sokyroiu",
        "sokyroyu",
        "pryishov",
        "pryjshov",
        "pryishla",
        # Neighbours who leave the children alone all day, a little one barefoot
        # in the yard in October (multilingual r39 class): Polish spells them
        # "sąsiedzi", "zostawiają", "dzieci", "mały", "boso".
        "susidy",
        "susidka",
        "zalyshayut",
        "zalyshajut",
        "zalyshaiut",
        "ditej",
        "malyj",
        "bosyj",
        "hodyt",
        "khodyt",
        "cilyj",
        "tsilyj",
        "samykh",
        "zhovtni",
        # Shut in the bathroom for hours when he is drunk, in Latin letters
        # (multilingual r41 class): Polish spells them zamyka w łazience pijany.
        "zachyniaie",
        "zachyniaye",
        "zachynyaye",
        "zamykaie",
        "zamykaye",
        "zakryvaie",
        "zakryvaye",
        "vannij",
        "vanniy",
        "hodyn",
        "pyanyi",
        "pianyi",
        "pyanyy",
        # A daughter back from her father with bruises on her neck, a father who
        # shouts and breaks things (multilingual r42 class).
        "donka",
        "donku",
        "donechka",
        "pryjshla",
        "batka",
        "batkom",
        "synci",
        "syntsi",
        "synciamy",
        "syntsiamy",
        "syniaky",
        "synyaky",
        "shyyi",
        "shyi",
        "postiyno",
        "postiino",
        "postijno",
        "krychyt'",
        "lamaye",
        "lamaie",
        "lamaje",
        "chipaye",
        "chipaie",
        "chipaje",
        "susidniy",
        "susidnij",
        # A father who drinks every weekend, the sisters cooking alone
        # (multilingual r43 class).
        "kozhni",
        "kozhnyi",
        "kozhnoho",
        "vykhidni",
        "vyhidni",
        "sestroyu",
        "sestroju",
        "hotuyemo",
        "hotuiemo",
        "gotuyemo",
        # A stepfather who forces sex, typed in Latin letters (multilingual r43
        # class).
        "vitchym",
        "vitchyma",
        "zmushuye",
        "zmushuie",
        "zmushuje",
    ]
)
UKRAINIAN_LATIN_MIN = 3
# Ukrainian thanks and "understood" typed in Latin letters: no other served
# language spells them so (Polish is "dziekuje", "zrozumialam"), and a reply as
# short as "ok dyakuyu zrozumila" is Ukrainian on one of them (multilingual r26
# class), where three of the words above would be needed.
UKRAINIAN_LATIN_THANKS = frozenset(
    [
        "dyakuyu",
        "dyakuju",
        "dyakuiu",
        "diakuiu",
        "diakuyu",
        "djakuju",
        "zrozumila",
        "zrozumiv",
        "zrozumilo",
        # A greeting no other served language spells so: "pryvit, vy pratsiuiete
        # vnochi?" (multilingual r28 class); Russian "privet" is not among them.
        "pryvit",
        "pryvitannia",
        "pryvitannya",
    ]
)
# Polish typed without its letters (ą ę ł ś ż ...): a plea and a present
# beating, "pomocy!!! bije mnie", has no Dutch small word, and the identifier
# reads it as Dutch, so it was no language and got a Dutch reply (multilingual
# r26 class). Words no other served language spells this way: not "nie"
# (Flemish), "tak", "jak", "ale", "ja", "mi", "tata", "mama", "bil" (Dutch),
# "sie" (German), nor "moja", "nas", "zaraz" or "jest" (Ukrainian and Russian
# typed in Latin letters have them).
POLISH_MARKERS = frozenset(
    (  # noqa: SIM905 - one reviewable line of words
        "pomocy pomoc pomozcie ratunku ratujcie prosze szybko teraz "
        "mnie mna bije bija pobil pobila zabije zabija dusi kopie "
        "policje policji policja karetke dzieci dziecko meza mezem maz "
        "chlopak jestem mieszkam boje dziekuje dzieki zrozumialam "
        "zrozumialem wszystko dobrze bardzo gdzie czy "
        # An axe typed without its letters: "szybko on ma siekiere" (multilingual
        # r31 class).
        "siekiere siekiera siekiery "
        # A knife typed without its letters: "pomocy on ma noz" (multilingual
        # r32 class).
        "noz nozem noza "
        # "what is it at all": "co to w ogole jest" (multilingual r27 class);
        # "co" alone is not enough, two words are needed.
        "co ogole "
        # A child's plea typed without its letters: "tata dusi mame!!! mam 11
        # lat" (multilingual r37 class); none of these is a Dutch word.
        "tata tate tacie mame mamie lat"
    ).split()
)
POLISH_MARKER_MIN = 2
# Polish pleas and verbs of violence no other served language spells so: one of
# them places a line of a word or two with no Dutch small word ("dusi ja",
# multilingual r32 class); not "kopie" (Dutch for copy) nor "teraz" or "mnie".
POLISH_SHORT_LINE = frozenset(
    (  # noqa: SIM905 - one reviewable line of words
        "pomocy pomozcie ratunku ratujcie bije bija pobil pobila zabije zabija "
        "dusi dusil dusila"
    ).split()
)


class LanguageDetector:
    """Identifies the language of one message; the model loads on first use."""

    def __init__(self) -> None:
        self._identifier: Any = None

    def detect(self, text: str) -> str | None:
        """The message's language (ISO 639-1), or None when it does not say.

        None is not "Dutch": it leaves the conversation's language as it was.
        Languages the chat does not serve come back as None too.
        """
        letters = [c for c in text if c.isalpha()]
        if len(letters) < 2:
            return None
        arabic = len(_ARABIC.findall(text))
        cyrillic = len(_CYRILLIC.findall(text))
        if arabic * 2 > len(letters):
            return "ar"
        if cyrillic * 2 > len(letters):
            return "uk"
        words = [w.lower() for w in _WORD.findall(text)]
        markers = sum(w in DUTCH_MARKERS for w in set(words))
        own = _own_letter_languages(text)
        if not own and _turkish_without_letters(words, markers):
            # Before the Dutch words: "babam annemi dovuyo nu echt" has two
            # Dutch words and far more Turkish ones (it must outnumber them).
            return "tr"
        if own == ["tr"] and _turkish_with_some_letters(words):
            # Some of its letters, and Dutch words between ("babam annemi
            # dövüyo nu, ben odamdayım"; multilingual r30 class): Turkish when
            # its words are twice the Dutch ones, "ben" counted as Turkish.
            return "tr"
        digit_words, small = _arabizi_words(text, words) if not own else ([], set())
        arabizi = _arabizi(digit_words, small)
        if arabizi and len(digit_words) + len(small) > markers:
            # Before the Dutch words too: "3afak bba kaydreb mama daba ... moet
            # ik politie bellen??" asks in Dutch but tells in Darija.
            return "ar"
        if markers >= DUTCH_MARKER_MIN:
            return DEFAULT_LANGUAGE
        if arabizi:
            return "ar"
        if not own and _ukrainian_latin(words):
            return "uk"
        if not own and _polish_without_letters(words, markers):
            # After the Dutch words: a Dutch message never switches.
            return "pl"
        if len(own) == 1 and len(words) < MIN_WORDS:
            return own[0]
        if not own and not markers and (short := _short_line_language(words)):
            # A short line with one word only English or Polish spells so.
            return short
        if len(words) < MIN_WORDS:
            return None
        language, probability = self._identify(text)
        if language not in SERVED:
            return None
        if probability < MIN_PROBABILITY and language not in own:
            return None
        english = len(set(words) & ENGLISH_MARKERS)
        if language == "en" and english <= markers:
            # Markup, code or a name list is "English" to the identifier; so
            # is a short Dutch line with one English word ("sorry was ff weg").
            return None
        if language == DEFAULT_LANGUAGE and not markers:
            # Polish or Turkish typed without its letters can read as Dutch
            # ("on mnie bije"); Dutch nearly always has one of its small words.
            return None
        return language

    def guess(self, text: str) -> str | None:
        """The most likely served language other than Dutch, however unsure.

        For a message :meth:`detect` cannot place: its danger is read in this
        language too, so an unsure reading costs one lexicon, not all of them.
        """
        words = _WORD.findall(text)
        if len(words) < MIN_WORDS:
            return None
        for language in self.ranked(text):
            if language in SERVED and language != DEFAULT_LANGUAGE:
                return language
        return None

    def ranked(self, text: str) -> list[str]:
        """Every language the identifier knows here, the most likely first.

        However short the message: for one :meth:`detect` cannot place, this
        still tells "bokstraining vanavond, trainer sloeg me bijna knock out
        lol" (Dutch first) from "knife. kitchen. him drunk. hurry".
        """
        return [str(language) for language, _ in self._loaded().rank(text)]

    def _identify(self, text: str) -> tuple[str, float]:
        language, probability = self._loaded().classify(text)
        return str(language), float(probability)

    def _loaded(self) -> Any:
        """The identifier, loaded on first use (not at import or start-up)."""
        if self._identifier is None:
            from py3langid.langid import MODEL_FILE, LanguageIdentifier

            identifier = LanguageIdentifier.from_pickled_model(
                MODEL_FILE, norm_probs=True
            )
            identifier.set_languages(list(SERVED) + list(_CONFUSABLE))
            self._identifier = identifier
        return self._identifier


def mixed_in(text: str) -> tuple[str, ...]:
    """Served languages whose own letters or script appear in the message.

    A Dutch message with Turkish in it ("mijn man heeft een huisverbod ama şu
    an merdivenlerde") stays Dutch, but its Turkish part needs reading too.
    """
    found = _own_letter_languages(text)
    if _ARABIC.search(text):
        found.append("ar")
    if _CYRILLIC.search(text):
        found.append("uk")
    return tuple(found)


def _own_letter_languages(text: str) -> list[str]:
    """Languages whose own letters (ş ğ ı; ą ę ł ...) the message uses."""
    lowered = set(text.lower())
    return [lang for lang, chars in _OWN_LETTERS.items() if lowered & chars]


def _arabizi(digit_words: list[str], small: set[str]) -> bool:
    """Arabic typed in Latin letters (the words of :func:`_arabizi_words`).

    Digit-letters in two words, or in one beside an Arabizi small word, or
    three Arabizi small words; one "3and" alone could be a typo. Thanks beside
    one more of them is enough: "ok shukran bzaf" (multilingual r29 class).
    """
    return (
        len(digit_words) >= 2
        or (len(digit_words) == 1 and len(small) >= 1)
        or len(small) >= 3
        or (len(small) >= 2 and bool(small & ARABIZI_THANKS))
    )


def _arabizi_words(text: str, words: list[str]) -> tuple[list[str], set[str]]:
    """The words that say Arabizi: digit-letter words and its small words."""
    digit_words = [
        w for w in _ARABIZI_WORD.findall(text.lower()) if not _NOT_ARABIZI.fullmatch(w)
    ]
    small = {w for w in words if w in ARABIZI_MARKERS and len(w) > 1}
    return digit_words, small


def _turkish_without_letters(words: list[str], dutch_markers: int = 0) -> bool:
    """Turkish typed on a keyboard without its letters.

    Two of its small words or spoken present-tense verbs ("babam annemi
    bogazliyo cabuk"); one could be a name or a typo. They must outnumber the
    Dutch small words: Turkish "ben" (I) is also Dutch, and one of them must
    not turn a Turkish grandmother's message into no language at all.
    """
    found = {w for w in words if w in TURKISH_MARKERS or _TURKISH_PRESENT.match(w)}
    return _outnumbers_dutch(found, TURKISH_MARKER_MIN, dutch_markers)


def _turkish_with_some_letters(words: list[str]) -> bool:
    """Turkish with a few of its letters and Dutch words mixed in.

    Its words are matched with the letters folded ("dövüyo", "odamdayım"); they
    must be at least twice the Dutch small words other than those Turkish shares
    ("ben", "o", "mi", "ne", "et"), so Dutch with a Turkish clause stays Dutch.
    """
    dutch = sum(
        w in DUTCH_MARKERS and w not in _SHARED_WITH_TURKISH for w in set(words)
    )
    folded = [w.translate(_TURKISH_FOLD) for w in words]
    return _turkish_without_letters(folded, max(0, 2 * dutch - 1))


def _ukrainian_latin(words: list[str]) -> bool:
    """Ukrainian typed in Latin letters: three of its words ("vin", "dveri").

    Or one of its words of thanks or greeting, which no other served language
    spells so ("ok dyakuyu zrozumila", "pryvit").
    """
    found = set(words)
    if found & UKRAINIAN_LATIN_THANKS:
        return True
    return len(found & UKRAINIAN_LATIN_MARKERS) >= UKRAINIAN_LATIN_MIN


def _short_line_language(words: list[str]) -> str | None:
    """English or Polish by one unmistakable word, for a line without Dutch words.

    An English contraction typed without its apostrophe ("hes", "theyre"), in
    any line; a Polish plea or verb of violence ("dusi ja") in a line shorter
    than MIN_WORDS.
    """
    found = set(words)
    if found & ENGLISH_WITHOUT_APOSTROPHE:
        return "en"
    if len(words) < MIN_WORDS and found & POLISH_SHORT_LINE:
        return "pl"
    return None


def _polish_without_letters(words: list[str], dutch_markers: int = 0) -> bool:
    """Polish typed on a keyboard without its letters ("pomocy bije mnie").

    Two of its words, more than the message has Dutch small words.
    """
    return _outnumbers_dutch(
        set(words) & POLISH_MARKERS, POLISH_MARKER_MIN, dutch_markers
    )


def _outnumbers_dutch(found: set[str], minimum: int, dutch_markers: int) -> bool:
    """At least ``minimum`` of a language's own words, and more than the Dutch ones.

    One word could be a name or a typo, and a Dutch message with a stray foreign
    word must never switch.
    """
    return len(found) >= max(minimum, dutch_markers + 1)


def conversation_language(detected: Iterable[str | None]) -> str:
    """The language to answer in, from each user message's detection in order.

    The language of the recent messages, not of one: of the last ``RECENT``
    messages that said something, the language most of them are in, the latest
    breaking a tie. The first clear message decides a new conversation, so a
    Turkish cry for help is answered in Turkish at once.
    """
    decided = [d for d in detected if d]
    recent = decided[-RECENT:]
    if not recent:
        return DEFAULT_LANGUAGE
    counts = {lang: recent.count(lang) for lang in recent}
    best = max(counts.values())
    return next(lang for lang in reversed(recent) if counts[lang] == best)
