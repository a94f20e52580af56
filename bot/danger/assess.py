"""Assess one message: find indicators, apply the modifiers, decide the level.

Pure domain logic over a spaCy ``Doc``: no web, database or Rasa imports. The
order is: candidate phrases from the lexicon, minus idioms (for every code, or
for one: "mag niet naar buiten zonder hem" is control, not locking up); then the
modifiers that rule candidates out (negation, also over a list of phrases;
hypothetical or general talk, topic nouns asked about, and stories told about
others in a film, book or the news; a past that is over); then the modifiers
that add (a child who witnesses violence between adults; a child or elderly
victim, also a child speaker; "now"); then the level, where mild evidence (a
bruise, fear) counts as no more than verhoogd, as DESIGN.md asks a high-risk
indicator for hoog.

"Now" is a presence marker (the perpetrator here or coming, someone hiding, an
attempt), unless told of a dated past or a habit; or a time word near a harm: in
its sentence, or in the next one when close, since chat has little punctuation.
A weak "nu" ("these days") does not count in an escalation story. Neglect of a
child is acute beside "now" even though neglect alone is exempt.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from bot.danger.lexicon import Lexicon
from bot.danger.model import Assessment, Indicator, Level, Suppressed
from bot.danger.patterns import (
    Pattern,
    Tok,
    Tokens,
    as_tokens,
    find_all,
    normalise,
)

_NEAR = 10  # tokens: a time word this close to a harm, across a sentence break
_AFTER = 4  # tokens: a past anchor this close after a presence marker dates it
_HABIT = 5  # tokens: a habit word this close to a presence marker makes it a habit
_HABIT_AFTER_NOW = 4  # tokens: "nu staat hij elke avond": the habit qualifies "nu"
# Harms that look ahead: a threat or a weapon told of a past moment is not set
# against "nu", it may be carried out now ("vorige week dreigde hij ons dood te
# maken en nu is hij dronken").
_FORWARD = frozenset({"doodsbedreiging", "wapen"})
# Threats that can be held over someone until she tells or leaves.
_HELD = frozenset({"doodsbedreiging", "psychisch_geweld"})
_CONDITION = 8  # tokens: a condition this close after a threat holds it
# Harm between adults that a child present sees or hears (kind_getuige).
_WITNESSED = frozenset(
    {"fysiek_geweld", "verwurging", "wapen", "doodsbedreiging", "psychisch_geweld"}
)


@dataclass(frozen=True)
class _Hit:
    code: str
    first: int
    last: int
    mild: bool = False  # found by a mild phrase of its code (see IndicatorSpec)
    severe: bool = False  # found by a severe phrase of its code: hoog on its own
    verbal: bool = False  # words said (a shout, an insult): never acute with "now"


_SENTENCE_END = frozenset(".!?;…")


def tokens_of(doc: Any) -> list[Tok]:
    """Detach the tokens of a spaCy Doc into matcher tokens with sentence ids.

    A sentence ends only where the writer ended it: an end mark, an emoji or a
    line break before a parser sentence start. Chat text has little
    punctuation, and the small Dutch parser cuts it at random places ("mijn
    vrouw bepaalt | wat ik aantrek"), which hid phrases from the lexicon
    (matches never cross a sentence boundary). Ignoring those cuts raised the
    rules' acute and hoog+ recall on the 4,705 messages of the fresh sets
    (0.788 to 0.793, 0.827 to 0.830) with the same false alarms (2026-12-05).
    """
    try:
        starts = {sent[0].i for sent in doc.sents}
    except ValueError:
        # No parser and no sentencizer: Rasa's SpacyNLP loads the pipeline
        # without its parser, so the chat's own doc has no sentences. Any word
        # may start one there, and the writer's marks decide, as beside the
        # parser; one sentence for the whole message made the chat read
        # otherwise than `vtchat assess` ("wat doe ik als hij met een mes
        # zwaait? hij staat nu in de gang" was one hypothetical question).
        starts = {tok.i for tok in doc if _starts_word(tok.text)}
    out: list[Tok] = []
    sent = 0
    for tok in doc:
        if tok.i > 0 and tok.i in starts and _ends_sentence(doc, tok.i):
            sent += 1
        if tok.is_space:
            continue
        text = tok.text
        # The Dutch tokenizer keeps "me." whole (an abbreviation in its list),
        # so "als ik iets zeg duwt hij me." never matched "me": the word and
        # its full stop become two tokens.
        glued = len(text) > 1 and text.endswith(".") and text[:-1].isalpha()
        word = text[:-1] if glued else text
        lemma = tok.lemma_ or text
        if glued:
            lemma = lemma.rstrip(".") or word
        out.append(
            Tok(normalise(word), normalise(lemma), tok.idx, tok.idx + len(word), sent)
        )
        if glued:
            out.append(Tok(".", ".", tok.idx + len(word), tok.idx + len(text), sent))
    return out


class Assessor:
    """Assesses messages against one compiled lexicon."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon

    def assess_doc(self, doc: Any) -> Assessment:
        """Assess a message already run through the Dutch spaCy pipeline."""
        return self.assess_tokens(doc.text, tokens_of(doc))

    def assess_tokens(self, text: str, toks: Sequence[Tok]) -> Assessment:
        """Assess a message given its matcher tokens (see :func:`tokens_of`)."""
        lex = self.lexicon
        if not toks:
            return Assessment(level=Level.GEEN)
        toks = as_tokens(toks)  # once per message: the text sets the matcher pre-checks
        candidates = self._candidates(toks)
        now_hits = [_Hit("acuut_nu", f, la) for f, la in _find(lex.now_presence, toks)]
        if not candidates and not now_hits and not _shouted(text):
            # Most messages name no harm and no presence ("hallo", "ok", a
            # question): nothing below could raise them, so the exclusions and
            # modifiers are not read. Only a bare plea for the police is acute.
            return self._nothing_found(text, toks)
        excluded = self._excluded(toks)
        hits: list[_Hit] = []
        idioms: list[_Hit] = []
        for h in candidates:
            out = excluded[""] | excluded.get(h.code, set())
            inside = any(i in out for i in range(h.first, h.last + 1))
            (idioms if inside else hits).append(h)
        time_hits = self._time_hits(toks)

        suppressed = [
            Suppressed(h.code, toks[h.first].start, toks[h.last].end, "idiom")
            for h in idioms
        ]
        general = self._is_general(toks, hits)
        resolved_from = self._resolved_from(toks)
        past_sents = {toks[f].sent for f, _ in _find(lex.past_markers, toks)}

        topic_sents = self._question_topics(toks)
        stories = self._story_spans(toks)
        listed = frozenset(_token_set((h.first, h.last) for h in hits))

        def keep(hit: _Hit) -> bool:
            reason = None
            if general or any(
                f <= hit.first and hit.last <= la for f, la in topic_sents + stories
            ):
                reason = "hypothetical"
            elif self._negated(hit, toks, listed):
                reason = "negation"
            elif resolved_from is not None and (
                hit.first < resolved_from or toks[hit.first].sent in past_sents
            ):
                reason = "past_resolved"
            if reason:
                first, last = toks[hit.first], toks[hit.last]
                suppressed.append(Suppressed(hit.code, first.start, last.end, reason))
                return False
            return True

        active = [h for h in hits if keep(h)]
        active += self._witness_hits(active, toks)
        now_hits = self._present(now_hits + self._bare_present(toks, excluded), toks)
        now_hits += self._time_near_harm(time_hits, active, toks)
        active_now = self._not_only_words([h for h in now_hits if keep(h)], active)
        if (
            not active_now
            and _shouted(text)
            and not (general or past_sents or resolved_from is not None)
            and not _find(lex.presence_past, toks)
            and not _find(lex.shout_past, toks)
        ):
            # A whole message in capitals is shouted: "HIJ HEEFT EEN MES"; not
            # when it tells of the past ("VORIG JAAR HEEFT HIJ ME GESLAGEN").
            active_now = [_Hit("acuut_nu", 0, len(toks) - 1)]
        active += self._victim_hits(active, toks)
        level = self._level(active, bool(active_now))
        if level is Level.GEEN and not hits:
            plea = self._plea(text, toks, tuple(suppressed))
            if plea is not None:
                return plea
        if (
            active_now
            and level is not Level.ACUUT
            and {h.code for h in active} & lex.acute_with_child
            and _find(lex.child_refs, toks)
        ):
            level = Level.ACUUT  # a young child neglected right now
        if level is Level.GEEN:
            active = []
        found = _dedupe(active + (active_now if active else []))
        indicators = tuple(
            Indicator(
                h.code,
                toks[h.first].start,
                toks[h.last].end,
                text[toks[h.first].start : toks[h.last].end],
            )
            for h in found
        )
        return Assessment(
            level=level,
            indicators=indicators,
            speaker=self._speaker(toks),
            victim=self._victim({h.code for h in found}, toks),
            now=bool(active_now),
            suppressed=tuple(suppressed),
        )

    def _candidates(self, toks: Sequence[Tok]) -> list[_Hit]:
        hits = []
        for spec in self.lexicon.indicators.values():
            for first, last in _find(spec.patterns, toks):
                hits.append(_Hit(spec.code, first, last))
            for first, last in _find(spec.mild, toks):
                hits.append(_Hit(spec.code, first, last, mild=True))
            for first, last in _find(spec.verbal, toks):
                hits.append(_Hit(spec.code, first, last, mild=True, verbal=True))
            for first, last in _find(spec.severe, toks):
                hits.append(_Hit(spec.code, first, last, severe=True))
        return hits

    def _excluded(self, toks: Sequence[Tok]) -> dict[str, set[int]]:
        """Tokens inside an idiom or everyday phrase, unless a blocker voids it.

        Keyed by the code ruled out there; "" for every code. A blocker anywhere
        in the message says the joke was none: "geen grapje" after "ik maak je
        af", or "ik zag dat hij het meende" after "hij zei lachend ...". The
        whole message, as chat punctuation makes sentence breaks unreliable.
        """
        lex = self.lexicon
        if _find(lex.exclusion_blockers, toks):
            return {"": set()}
        out = {
            code: _token_set(_find(patterns, toks))
            for code, patterns in lex.code_exclusions.items()
        }
        out[""] = _token_set(_find(lex.exclusions, toks))
        return out

    def _story_spans(self, toks: Sequence[Tok]) -> list[tuple[int, int]]:
        """What a film, book, play or news item is about, told as a story.

        "Ik las in de krant over een vrouw die door haar ex is doodgestoken":
        the harm is the story's, not the speaker's. The span runs from the frame
        ("krant ... over", "toneelstuk waarin") to the end of its clause, and
        stops at the speaker or someone close ("me", "mijn man"), who brings the
        talk back to real life ("een film over oorlog, en toen sloeg hij mij").
        """
        lex = self.lexicon
        frames = _find(lex.story_frames, toks)
        if not frames:
            return []
        stops = {f for f, _ in _find(lex.self_refs, toks)}
        stops |= {f for f, _ in _find(lex.concrete_refs, toks)}
        stops |= {f for f, _ in _find(lex.story_ends, toks)}
        spans = []
        for first, last in frames:
            sent = toks[first].sent
            end = last
            while end + 1 < len(toks) and toks[end + 1].sent == sent:
                if end + 1 in stops:
                    break
                end += 1
            spans.append((first, end))
        return spans

    def _time_hits(self, toks: Sequence[Tok]) -> list[_Hit]:
        blocked = _token_set(_find(self.lexicon.not_now, toks))
        return [
            _Hit("acuut_nu", f, la)
            for f, la in _find(self.lexicon.now_time, toks)
            if not any(i in blocked for i in range(f, la + 1))
        ]

    def _present(self, hits: list[_Hit], toks: Sequence[Tok]) -> list[_Hit]:
        """Drop presence markers told of a past moment or of a habit.

        A remote past anchor earlier in the same sentence, with no time word in
        between ("vorige maand heb ik pillen genomen"), or a habit anywhere in a
        sentence without a time word ("hij staat vaak voor de deur", "als ik
        thuiskom zit hij ..."), makes it a story, not now.
        """
        lex = self.lexicon
        past = _find(lex.presence_past, toks)
        habits = _find(lex.presence_habit, toks)
        if not past and not habits:
            return hits
        # "vanavond niet" is no time word, nor "nu elke avond" (a habit right
        # after it says what "nu" means): the habit still tells a story.
        times = [
            f
            for f, la in _find(lex.now_time, toks)
            if not self._negated(_Hit("acuut_nu", f, la), toks)
            and not any(0 < a - la <= _HABIT_AFTER_NOW for a, _ in habits)
        ]
        time_sents = {toks[t].sent for t in times}

        def story(h: _Hit) -> bool:
            sent = toks[h.first].sent
            for a, _ in past:
                if toks[a].sent != sent:
                    continue
                if a <= h.last and not any(a < t < h.first for t in times):
                    return True  # "vorige maand heb ik pillen genomen"
                if 0 < a - h.last <= _AFTER:
                    return True  # "opgesloten in de schuur, vorige week"
            return sent not in time_sents and any(
                toks[a].sent == sent
                and h.first - _HABIT <= a_last
                and a <= h.last + _HABIT
                for a, a_last in habits
            )

        return [h for h in hits if not story(h)]

    def _bare_present(
        self, toks: Sequence[Tok], excluded: dict[str, set[int]]
    ) -> list[_Hit]:
        """Violence with an aim told in the bare present, in a message with no story.

        "ik ben 7 maanden zwanger en hij schopt me in mijn buik": no time word,
        and yet it is going on; the fresh authors label such lines acuut round
        after round. The Dutch present also tells habits, so any habit, past
        moment or condition anywhere in the message ("als hij huilt", "sinds ik
        zwanger ben", "vorige keer") leaves it to the other rules, and so does
        an idiom or sport the span touches ("de bal die hij trapt raakt me
        tegen mijn hoofd").
        """
        lex = self.lexicon
        spans = _find(lex.bare_present, toks)
        if not spans:
            return []
        story = (
            lex.bare_void,
            lex.presence_habit,
            lex.presence_past,
            lex.contrast_past,
        )
        if any(_find(patterns, toks) for patterns in story):
            return []
        idioms = set().union(*excluded.values())
        return [
            _Hit("acuut_nu", f, la)
            for f, la in spans
            if idioms.isdisjoint(range(f, la + 1))
        ]

    def _not_only_words(self, now_hits: list[_Hit], active: list[_Hit]) -> list[_Hit]:
        """Drop a "now" that is only hearing or seeing words said.

        "ik hoor hem nu tegen haar schreeuwen": the presence is the shouting
        itself, a row heard now, not violence going on. Glass breaking, a cry
        for help or someone at the door are presences of their own, and harm
        told beside the shouting ("hij slaat haar kapot, ik hoor haar
        schreeuwen") makes the shouting its sound: both stay acute
        (IndicatorSpec.verbal).
        """
        spoken = _token_set((h.first, h.last) for h in active if h.verbal)
        if not spoken or any(
            not h.verbal and self.lexicon.indicators[h.code].harm for h in active
        ):
            return now_hits
        return [h for h in now_hits if spoken.isdisjoint(range(h.first, h.last + 1))]

    def _time_near_harm(
        self, time_hits: list[_Hit], active: list[_Hit], toks: Sequence[Tok]
    ) -> list[_Hit]:
        """Time words that speak of a harm: in its sentence, or close by in the next.

        Chat text has little punctuation, so the parser's sentence breaks are
        unreliable; a time word in a neighbouring sentence counts when the two are
        at most ``_NEAR`` tokens apart. A weak "nu" ("these days") does not count
        as the latest step of a story: in or right after a sentence that tells of
        escalation ("het wordt erger. nu slaat hij"), or after a step word earlier
        in its sentence ("eerst ..., toen ..., nu ..."). Nor does it make a harm
        now that it follows when a past moment was named for that harm ("ooit",
        "in 2021", "gister"): "in 2021 wurgde hij me. nu zijn we weer samen"
        sets today against then. A harm after the "nu" still counts.
        """
        lex = self.lexicon
        harm = [h for h in active if lex.indicators[h.code].harm]
        if not harm or not time_hits:
            return []
        held = self._held_threats(active, toks)
        saying = _token_set(_find(lex.said_when, toks)) if held else set()
        weak = _token_set(_find(lex.weak_now, toks))
        story_sents = {toks[h.first].sent for h in active if h.code == "escalatie"}
        story_sents |= {s + 1 for s in story_sents}
        steps = [f for f, _ in _find(lex.story_now, toks)]
        anchors = [f for f, _ in _find(lex.contrast_past, toks)]
        again = {f for f, _ in _find(lex.contrast_void, toks)}
        kept = []
        for t in time_hits:
            sent = toks[t.first].sent
            is_weak = weak.issuperset(range(t.first, t.last + 1))
            if is_weak and (
                sent in story_sents
                or any(f < t.first and toks[f].sent == sent for f in steps)
            ):
                continue
            near = [
                h
                for h in harm
                if toks[h.first].sent == sent
                or (
                    abs(toks[h.first].sent - sent) == 1
                    and max(h.first - t.last, t.first - h.last) <= _NEAR
                )
            ]
            if near and saying.issuperset(range(t.first, t.last + 1)):
                near = [h for h in near if h not in held]
            contrast = (
                is_weak
                and t.first not in again
                and self._all_told_before(near, t, anchors, toks)
            )
            if near and not contrast:
                kept.append(t)
        return kept

    def _held_threats(self, active: list[_Hit], toks: Sequence[Tok]) -> list[_Hit]:
        """Threats that wait on what she does: for when she tells or leaves.

        "nu zegt hij dat hij ons afmaakt als we iets zeggen tegen school" is a
        threat to keep them quiet, and its "nu" is when he said it: hoog, not a
        danger this minute. Only a time word of the saying ("nu zegt hij", "zei
        vanavond", ``now.said_when``) is set aside; a time of the deed ("dat hij
        haar vandaag vermoordt als ze iets vertelt") or of anything else he does
        ("hij zit nu in de wachtkamer") still makes it acute. The condition
        follows the threat closely in its sentence, or opens it just before. A
        threat for when he comes back ("als hij terug is") is no such condition.
        """
        threats = [h for h in active if h.code in _HELD]
        if not threats:
            return []
        conditions = _find(self.lexicon.threat_condition, toks)
        return [
            h
            for h in threats
            if any(
                toks[c].sent == toks[h.first].sent
                and (0 < c - h.last <= _CONDITION or 0 < h.first - c_last <= 3)
                for c, c_last in conditions
            )
        ]

    @staticmethod
    def _all_told_before(
        near: list[_Hit], t: _Hit, anchors: list[int], toks: Sequence[Tok]
    ) -> bool:
        """Every harm near a weak "nu" is set at a past moment of its own.

        Before the "nu", with a past moment in its sentence ("in 2021 wurgde hij
        me. nu ..."), or after it with a past moment between the two ("nu doet
        mijn vriend hetzelfde, laatst kneep hij mijn keel dicht"). Threats and
        weapons are never set against "nu" (see ``_FORWARD``).
        """

        def told(h: _Hit) -> bool:
            if h.last < t.first:
                sent = toks[h.first].sent
                return any(a < t.first and toks[a].sent == sent for a in anchors)
            return any(t.last < a < h.first for a in anchors)

        return all(h.code not in _FORWARD and told(h) for h in near)

    def _witness_hits(self, active: list[_Hit], toks: Sequence[Tok]) -> list[_Hit]:
        """A child who sees or hears violence between adults ("ik stond ernaast")."""
        lex = self.lexicon
        harm_sents = {toks[h.first].sent for h in active if h.code in _WITNESSED}
        return [
            _Hit("kind_getuige", f, la)
            for f, la in _find(lex.witness_refs, toks)
            if toks[f].sent in harm_sents
        ]

    def _is_general(self, toks: Sequence[Tok], hits: Sequence[_Hit] = ()) -> bool:
        """A hypothetical or general question with no concrete person in it.

        Words inside a hypothetical marker ("voor mijn werkstuk") do not count as
        a concrete person. A harm told in a sentence that asks nothing, followed
        by a question ("Patiënte met striemen in de hals, zegt dat ze gevallen
        is. Hoe verder?"), is a case asked about, not a general question, also
        when the question has a general marker ("... Wat zijn de stappen?"); a
        topic noun in that sentence ("Huiselijk geweld bij ouderen.") is not.
        """
        lex = self.lexicon
        concrete = bool(_find(lex.pronoun_refs, toks) or _find(lex.concrete_refs, toks))
        if not concrete and _find(lex.explicit_general, toks):
            return True  # "algemene vraag", "in general": said so, with no one named
        topical = _find(lex.topical, toks)
        markers = _find(lex.hypothetical, toks) + topical
        inside = _token_set(markers)

        def outside(patterns: tuple[Pattern, ...]) -> bool:
            return any(f not in inside for f, _ in _find(patterns, toks))

        if outside(lex.specific_refs):
            return False
        has_ik = any(t.norm == "ik" for i, t in enumerate(toks) if i not in inside)
        if has_ik and not topical and not _find(lex.generic_refs, toks):
            return False
        sent_starts = {t.sent: t.norm for t in reversed(toks)}
        questions = {t.sent for t in toks if t.norm == "?"} | {
            sent for sent, w in sent_starts.items() if w in lex.question_starts
        }
        nouns = _token_set(_find(lex.topic_nouns, toks))
        # A harm told in a sentence that neither asks nor frames anything.
        told = [
            h
            for h in hits
            if toks[h.first].sent not in questions
            and not nouns.issuperset(range(h.first, h.last + 1))
        ]
        if markers:
            # "Jonge vrouw, nu met gebroken jukbeen. Wat zijn de stappen?": the
            # marker asks, a sentence before it tells a case.
            marked = {toks[f].sent for f, _ in markers}
            # "Wat doe ik als hij de deur intrapt? Hij is er nu mee bezig": a
            # sentence beside the question says it is happening, so the
            # question was no hypothetical.
            if any(
                toks[f].sent not in questions | marked
                and not self._negated(_Hit("acuut_nu", f, la), toks)
                for f, la in _find(lex.now_presence, toks)
            ):
                return False
            asked_from = min(f for f, _ in markers)
            return bool(marked - questions) or not any(
                h.last < asked_from for h in told
            )
        if _find(lex.pronoun_refs, toks) or outside(lex.now_presence):
            # "ik hoor glas breken ... bel ik zelf 112 of jullie??": what is heard
            # or seen now is a report, even when it ends in a question.
            return False
        return bool(questions) and not told

    def _question_topics(self, toks: Sequence[Tok]) -> list[tuple[int, int]]:
        """Topic nouns asked or told about ("is wurging echt zo gevaarlijk?").

        A noun like "kindermishandeling" or "wurging" in a question sentence, or
        in a sentence about a film, lesson or school paper, with no concrete person
        in that sentence, is the subject talked about, not a report; so is a noun
        asked about as a label ("mijn moeder ..., is dat mishandeling?"), even
        beside a concrete person. Verbs ("hij wurgt me") are never ruled out this
        way.
        """
        lex = self.lexicon
        nouns = _find(lex.topic_nouns, toks)
        if not nouns:
            return []
        concrete = {
            toks[f].sent
            for f, _ in _find(lex.pronoun_refs, toks) + _find(lex.concrete_refs, toks)
        }
        questions = {t.sent for t in toks if t.norm == "?"}
        questions |= {toks[f].sent for f, _ in _find(lex.topical, toks)}
        questions |= {
            t.sent
            for i, t in enumerate(toks)
            if t.norm in lex.question_starts and (i == 0 or toks[i - 1].sent != t.sent)
        }
        cues = _find(lex.label_cues, toks)

        def cue_of(f: int) -> int | None:
            """Where the label cue just before the noun at ``f`` starts."""
            return next(
                (
                    c
                    for c, c_last in cues
                    if 0 < f - c_last <= 2 and toks[c].sent == toks[f].sent
                ),
                None,
            )

        def labelled(f: int) -> bool:
            return cue_of(f) is not None

        # A label asked about without its question mark, at the end of a
        # child's sentence: "nu mag ik niet gamen, is dat kindermishandeling
        # 😭" (r62 class).
        questions |= {
            toks[f].sent
            for f, _ in nouns
            if (c := cue_of(f)) is not None and toks[c].norm in ("is", "was")
        }
        return [
            (f, la)
            for f, la in nouns
            if toks[f].sent in questions
            and (toks[f].sent not in concrete or labelled(f))
        ]

    def _negated(
        self, hit: _Hit, toks: Sequence[Tok], listed: frozenset[int] = frozenset()
    ) -> bool:
        """A negation word reached from the phrase through 'glue' words only.

        Tokens of other indicator phrases count as glue too, so one negation
        covers a list: "hij heeft me nooit bedreigd of geslagen".
        """
        lex = self.lexicon
        exempt = _token_set(_find(lex.not_negating, toks))
        sent = toks[hit.first].sent
        for step, start, stop in (
            (-1, hit.first - 1, -1),
            (1, hit.last + 1, len(toks)),
        ):
            for j in range(start, stop, step):
                tok = toks[j]
                if tok.sent != sent:
                    break
                if tok.norm in lex.negation_words:
                    # A negation inside another indicator's phrase belongs to
                    # it ("dat ik vannacht niet overleef"), not to this one.
                    if j not in exempt and j not in listed:
                        return True
                    break
                if tok.norm not in lex.negation_glue and j not in listed:
                    break
        return False

    def _resolved_from(self, toks: Sequence[Tok]) -> int | None:
        """Token index where 'it is over now' is said, if the past is resolved."""
        lex = self.lexicon
        if not _find(lex.past_markers, toks) or _find(lex.recurrence_markers, toks):
            return None
        resolved = _find(lex.resolved_markers, toks)
        return resolved[0][0] if resolved else None

    def _victim_hits(self, active: list[_Hit], toks: Sequence[Tok]) -> list[_Hit]:
        """Harm to a child is child abuse; harm to an elderly person, elder abuse."""
        lex = self.lexicon
        witness = _token_set(
            (h.first, h.last) for h in active if h.code == "kind_getuige"
        )
        # Violence between the parents, told beside a child who saw it: a child
        # mentioned in that sentence is an onlooker ("mijn vader duwde mijn moeder
        # en nu huilt mijn zusje"); a parent hurting "me" still counts.
        pair_sents = (
            {toks[f].sent for f, _ in _find(lex.adult_pair, toks)} if witness else set()
        )
        # "mijn zoon van 16 duwt me": the child named there does the harm.
        not_abused = witness | _token_set(_find(lex.child_agent, toks))
        child_sents = {
            toks[f].sent
            for f, la in _find(lex.child_refs, toks)
            if not not_abused.intersection(range(f, la + 1))
            and toks[f].sent not in pair_sents
        }
        # A parent hitting "me" is child abuse, unless the writer says she is
        # grown up ("mijn moeder sloeg me gisteren ... ik ben 34").
        if not _find(lex.adult_speaker, toks):
            parents = _find(lex.parent_perpetrator, toks)
            child_sents |= {toks[f].sent for f, _ in parents}
        elderly_sents = {toks[f].sent for f, _ in _find(lex.elderly_refs, toks)}
        # The speaker is a child ("ik ben 11") or old ("ik ben 79"): harm done to
        # "me", in any sentence, is child or elder abuse. Only "me" as the one
        # harmed counts, not "ik ben 11" itself, or a child telling of a fight
        # between the parents would be abused.
        child_speaker = bool(_find(lex.child_speaker, toks))
        elderly_speaker = bool(_find(lex.elderly_speaker, toks))
        if child_speaker or elderly_speaker:
            me_sents = {toks[f].sent for f, _ in _find(lex.child_self, toks)}
            if child_speaker:
                child_sents |= me_sents
            if elderly_speaker:
                elderly_sents |= me_sents
        extra = []
        for hit in active:
            sent = toks[hit.first].sent
            # A light smack ("een tik") is mild evidence and stays mild for a
            # child or an elderly person; an injury, however small, does not
            # (DESIGN.md: a child injured is hoog).
            # Words said to a child or an old person stay words: verhoogd, and
            # never acute on their own (see IndicatorSpec.verbal).
            mild = hit.mild and (hit.code == "fysiek_geweld" or hit.verbal)
            for code, sents, codes in (
                ("kindermishandeling", child_sents, lex.child_codes),
                ("ouderenmishandeling", elderly_sents, lex.elderly_codes),
            ):
                if hit.code in codes and sent in sents:
                    extra.append(
                        _Hit(code, hit.first, hit.last, mild=mild, verbal=hit.verbal)
                    )
        return extra

    def _nothing_found(self, text: str, toks: Sequence[Tok]) -> Assessment:
        """No harm and no presence in the message: geen, unless it is a bare plea."""
        plea = self._plea(text, toks, ())
        if plea is not None:
            return plea
        return Assessment(
            level=Level.GEEN,
            speaker=self._speaker(toks),
            victim=self._victim(set(), toks),
        )

    def _plea(
        self, text: str, toks: Sequence[Tok], suppressed: tuple[Suppressed, ...]
    ) -> Assessment | None:
        """A bare cry for help ("help politie", "snel politie!!") is acute."""
        if "?" in text or not self._only_plea(toks):
            return None
        return Assessment(
            level=Level.ACUUT,
            indicators=(Indicator("acuut_nu", 0, len(text), text),),
            speaker=self._speaker(toks),
            victim=self._victim(set(), toks),
            now=True,
            suppressed=suppressed,
        )

    def _only_plea(self, toks: Sequence[Tok]) -> bool:
        """Every word of a short message is part of a plea for emergency help.

        A longer message says what is going on, and the indicators read that;
        four words or fewer that only cry for the police are acute by
        themselves, because the writer may have no time to say more.
        """
        lex = self.lexicon
        words = [i for i, t in enumerate(toks) if any(c.isalnum() for c in t.norm)]
        if not words or len(words) > 4:
            return False
        pleas = _find(lex.plea, toks)
        covered = _token_set(pleas + _find(lex.plea_filler, toks))
        return bool(pleas) and all(i in covered for i in words)

    def _level(self, active: list[_Hit], now: bool) -> Level:
        """The level the indicators found mean together (see DESIGN.md).

        A mild phrase means no more than verhoogd on its own (a bruise is a sign
        of violence, a fracture a high-risk injury), a severe one at least hoog
        (neglect that starves); a strict combination counts only full-strength
        evidence (stalking with a threat, not with fear).
        """
        lex = self.lexicon
        codes = {h.code for h in active}
        strong = {h.code for h in active if not h.mild}
        level = Level.highest(*(self._hit_level(h) for h in active))
        for combo in lex.combinations:
            have = strong if combo.strict else codes
            if combo.all_of <= have and (not combo.any_of or combo.any_of & have):
                level = Level.highest(level, combo.level)
        if now and level is not Level.GEEN and codes - lex.acute_exempt:
            return Level.ACUUT
        return level

    def _hit_level(self, hit: _Hit) -> Level:
        """What one hit means alone: its code's level, capped or raised by its kind."""
        level = self.lexicon.indicators[hit.code].level
        if hit.mild:
            return min(level, Level.VERHOOGD, key=_rank)
        if hit.severe:
            return Level.highest(level, Level.HOOG)
        return level

    def _speaker(self, toks: Sequence[Tok]) -> str:
        lex = self.lexicon
        if _find(lex.professional_refs, toks):
            return "professional"
        # Before the bystander: "ik heb mijn zoon geslagen" names a son too. A
        # writer who is also harmed ("hij sloeg me en ik sloeg terug") is read
        # as the victim: a victim must never get the pleger's reply.
        if _find(lex.perpetrator_refs, toks) and not _find(lex.harmed_self, toks):
            return "pleger"
        if _find(lex.bystander_refs, toks):
            return "omstander"
        if _find(lex.self_refs, toks):
            return "slachtoffer"
        return "onbekend"

    def _victim(self, codes: set[str], toks: Sequence[Tok]) -> str:
        lex = self.lexicon
        if "kindermishandeling" in codes or _find(lex.child_refs, toks):
            return "kind"
        if "ouderenmishandeling" in codes or _find(lex.elderly_refs, toks):
            return "oudere"
        if _find(lex.bystander_refs, toks):
            return "ander"
        if _find(lex.self_refs, toks):
            return "zelf"
        return "onbekend"


def _starts_word(text: str) -> bool:
    """A token that can open a sentence: not a run of marks or emoji ("?!", "😂")."""
    return any(c.isalnum() for c in text)


def _ends_sentence(doc: Any, i: int) -> bool:
    """Whether the text before token ``i`` ends a sentence (a mark or a new line)."""
    j = i - 1
    while j >= 0 and doc[j].is_space:
        if "\n" in doc[j].text:
            return True
        j -= 1
    if j < 0:
        return True
    prev = doc[j]
    last = prev.text[-1:]
    # An end mark, or an emoji (not a letter or digit of another script).
    return last in _SENTENCE_END or (
        bool(last) and not last.isascii() and not last.isalnum()
    )


def _shouted(text: str) -> bool:
    """All capitals, at least two words: the writer is shouting for help."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 8 and len(text.split()) >= 2 and text.isupper()


def _find(patterns: Sequence[Pattern], toks: Sequence[Tok]) -> list[tuple[int, int]]:
    """All matches of a lexicon list, sorted; remembered per message (Tokens)."""
    if not patterns:
        return []  # most indicators have no mild, verbal or severe list
    memo = toks.found if isinstance(toks, Tokens) else None
    if memo is not None and id(patterns) in memo:
        return list(memo[id(patterns)][1])
    found = find_all(patterns, toks)
    if memo is not None:
        memo[id(patterns)] = (patterns, found)  # holding the list keeps its id unique
    return list(found)


def _rank(level: Level) -> int:
    return level.rank


def _token_set(spans: Iterable[tuple[int, int]]) -> set[int]:
    return {i for first, last in spans for i in range(first, last + 1)}


def _dedupe(hits: list[_Hit]) -> list[_Hit]:
    """One hit per code and span; overlapping hits of one code keep the first."""
    kept: list[_Hit] = []
    for hit in sorted(hits, key=lambda h: (h.first, h.last)):
        if any(
            k.code == hit.code and k.first <= hit.last and hit.first <= k.last
            for k in kept
        ):
            continue
        kept.append(hit)
    return kept
