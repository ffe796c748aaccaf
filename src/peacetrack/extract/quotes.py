"""Direct quotations and their speakers.

Three steps, all pure:

1. `quote_spans(text)` finds the quoted regions from the characters of the
   ORIGINAL text (curly and straight double marks, British single marks,
   headline quotes, multi-paragraph quotes). The decision needs the original
   text: the cleaned text the parser sees has ’ and ‘ turned into '.
2. `find_quotes(doc, text)` drops what is not someone's words: titles and
   names (capitalised short spans with no verb, or after "called", "dubbed",
   "titled", "the so-called", "the word"), quoted subheadings, single
   pronouns, markup attributes; a capitalised utterance ("“Absolutely,” he
   said.", "chanting “Death to America”") stays a quote, and so do short
   partial quotes ("very well"). Headline quotes are kept.
3. Each quote gets a speaker, tried in this order, from the dependency parse
   and the entities of the Doc:
   a name after a dash ("“…” ― Anna Varga"); the speech verb that governs the
   quote (its subject; for "…, saying" or "and added" the subject of the verb
   above it); "according to X"; the nearest speech verb of the sentence;
   a verb of opinion or description ("considers", "described … as");
   a short attribution right after the quote ("“…?” Varga asked."); a label
   ("Nathan Sales: “…”"); the speaker of the previous quote of the paragraph;
   in a headline, the name before the quote; the subject of the sentence;
   the attribution of the previous paragraph; a speech verb in the next
   sentence. Pronouns (he, she, they, it) are resolved to the nearest
   suitable preceding mention: a previous quote's speaker or a name of the
   right gender (a subject first). Names are returned without their titles
   ("Ukrainian President Volodymyr Zelenskyy" -> "Volodymyr Zelenskyy");
   nominal mentions ("the US president", "the Kremlin", "Brandt's
   spokesman") are returned as written, for the caller to resolve.

Multi-paragraph convention (as in the project's gold): a paragraph that opens
a quote and does not close it ends that quote at the paragraph end when the
next paragraph reopens with a mark (one quote per paragraph); when the next
paragraph does not reopen and the next mark in the text closes, the quote runs
on to that mark (a statement quoted whole over several paragraphs).
"""
from __future__ import annotations

import bisect
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from .parties import whole_party

log = logging.getLogger(__name__)

__all__ = ["CUE_LEMMAS", "OPINION_CUES", "SPEECH_CUES", "QuoteMention", "QuoteSpan", "find_quotes", "quote_spans"]


@dataclass(frozen=True)
class QuoteMention:
    """One direct quotation: the quoted words, who said them, and the cue."""

    start: int  # offsets of the quoted words (inside the marks) in the text
    end: int
    text: str  # original text[start:end], exactly as written
    speaker: str | None  # surface text of the speaker mention (antecedent's for pronouns)
    speaker_start: int | None
    speaker_end: int | None
    cue: str | None  # "said", "according to", "wrote", "considers", ...


@dataclass(frozen=True)
class QuoteSpan:
    """A quoted region found from the characters alone."""

    start: int  # quoted words, inside the marks
    end: int
    open_at: int  # offset of the opening mark
    close_end: int  # offset just after the closing mark (== end when the quote is unclosed)
    single: bool  # single marks (‘…’ or '…')
    headline: bool  # in the first line of a text of several lines


# ---------------------------------------------------------------------------
# Vocabulary

# Lemmas of verbs that report speech: they govern the quote and their subject speaks.
SPEECH_CUES = frozenset(
    """
    say tell add write note insist acknowledge admit announce argue ask assert claim comment
    complain concede conclude confirm declare deny explain maintain mention observe point predict
    promise remark reply report respond reiterate reaffirm restate reassert repeat reveal state stress emphasize emphasise
    tweet post warn urge testify recall recount exclaim shout joke quip boast continue answer
    counter retort muse lament caution assure affirm proclaim allege charge brief inform signal
    threaten vow pledge underline underscore question wonder quote speak
    """.split()
)
# Verbs of opinion or description: a cue only when no speech verb governs the quote.
OPINION_CUES = frozenset(
    """
    believe think consider feel reckon guess hope agree disagree call describe characterize
    characterise label brand deem suggest propose demand welcome praise criticize criticise
    condemn denounce accuse slam blast decry hail tout dismiss reject rebuke scoff contest refute
    recommend advise indicate voice highlight summarize summarise estimate posit cite express thank
    see view compare liken paint portray pound mock dub term cast
    """.split()
)
CUE_LEMMAS = SPEECH_CUES | OPINION_CUES
_PERSON_PRONOUNS = frozenset({"he", "him", "his", "she", "her", "hers"})
_GROUP_PRONOUNS = frozenset({"they", "them", "their", "it", "its"})
# Heads of nominal mentions of a person ("the minister", "the US president").
_PERSON_NOUNS = frozenset(
    """
    president minister spokesman spokeswoman spokesperson official leader secretary adviser
    advisor envoy ambassador chancellor premier commander chief head governor mayor senator
    lawmaker diplomat negotiator representative aide analyst expert king queen prince pope general
    director chairman chairwoman chair prosecutor judge candidate nominee lawyer attorney founder
    ceo economist researcher professor fellow author journalist reporter correspondent
    counterpart emir delegate deputy mediator facilitator emissary legislator politician officer
    resident witness activist
    """.split()
)
# Documents a party issues, which then "call for" or "say" what it says.
_DOCUMENT_NOUNS = frozenset("statement communique communiqué declaration readout letter resolution release".split())
# Offices one person holds, as the head of a subject "he" or "she" can refer back to.
_OFFICE_WORDS = frozenset(
    "president minister premier chancellor king queen emir spokesman spokeswoman spokesperson envoy ambassador "
    "governor mayor commander chief negotiator mediator adviser advisor secretary".split()
)
# Heads of nominal mentions of an institution that can speak ("the Kremlin", "the ministry").
_BODY_NOUNS = frozenset(
    """
    ministry office government administration kremlin company agency delegation statement campaign
    party group army military staff council committee service department board embassy commission
    parliament court police authorities officials sources source aides diplomats leaders spokesmen
    document report readout declaration communique website newspaper force forces
    """.split()
)
# Words in front of a name that make it a person's ("President Zelenskyy", "Mr. Smith").
_PERSON_TITLES = _PERSON_NOUNS | frozenset(
    "mr. mrs. ms. dr. gen. sen. rep. gov. lt. col. sgt. capt. sir lady lord princess mr mrs ms dr".split()
)
# Gender of first names, honorifics and nouns, only to keep "she" off a man and "he" off a woman.
_FEMALE = frozenset(
    """
    mrs. mrs ms. ms miss madam madame lady queen princess dame woman mother wife girl daughter sister
    grandmother chairwoman spokeswoman congresswoman businesswoman stateswoman
    hillary melania melanie michelle loretta nancy angela theresa marine ivanka chelsea gwen donna
    elizabeth kellyanne huma jill sarah condoleezza madeleine yulia ursula kaja giorgia kamala karine
    mary patricia jennifer linda barbara susan jessica karen lisa betty margaret sandra ashley kimberly
    emily carol amanda dorothy rebecca sharon laura cynthia kathleen amy shirley anna brenda pamela
    emma nicole helen samantha katherine christine debra rachel carolyn janet catherine maria heather
    diane ruth julie olivia joyce virginia victoria kelly lauren christina joan evelyn judith megan
    andrea cheryl hannah jacqueline martha gloria teresa ann sara frances kathryn janice jean abigail
    alice judy sophia grace denise amber doris marilyn danielle beverly isabella diana natalie
    brittany charlotte marie kayla lori tina veronica adriana ariana stephanie krystal esther sonya
    nikki tulsi elise marsha kirsten dianne debbie maxine ilhan alexandria liz tammy kyrsten gretchen
    kristi ayanna rashida maura valerie gina kathy sheila oksana olena iryna natalia tetiana svetlana
    marina yelena elena irina olga tatiana ekaterina viktoria valentina annalena mette sanna jacinda
    priti suella kemi penny federica kristalina ngozi sonia nadia leila fatima aisha indira golda
    hasina roberta antonia silvia claudia beatrice monica ruth rosa carmen lucia paula ines
    """.split()
)
_MALE = frozenset(
    """
    mr. mr mister sir lord king prince man father husband son brother chairman spokesman congressman
    businessman statesman
    donald barack bill joe joseph mike michael vladimir volodymyr marco sergei sergey dmitry dmitri
    emmanuel keir olaf boris tim bernie ted jeb paul mitch harry john james robert william david
    richard charles thomas christopher daniel matthew anthony mark steven steve andrew kenneth kevin
    brian george edward ronald timothy jason jeffrey ryan jacob gary nicholas eric jonathan stephen
    larry justin scott brandon benjamin samuel gregory frank alexander raymond patrick jack dennis
    jerry tyler aaron jose adam henry nathan douglas peter kyle walter jeremy harold keith roger
    gerald carl terry sean arthur lawrence jesse bryan billy bruce albert gabriel alan juan wayne roy
    ralph randy eugene vincent russell louis bobby philip johnny rick chris newt rudy reince mitt hugh
    jim tom tony nick ben dan ken bob ron rand xi recep tayyip yoav abdel mohammed muhammad ahmed ali
    hassan hussein abdullah salman tamim narendra rahul shinzo fumio antonio pedro luiz jair javier
    gustavo nicolas jens pierre friedrich viktor andrzej mateusz petr sauli ulf jonas kyriakos ilham
    nikol aleksandar dmytro oleksandr andriy andrii denys rustem mykhailo petro yuriy yuri serhiy
    sergiy vitali vitaliy kyrylo yaroslav oleksiy oleg maxim maksim alexei alexey aleksandr nikolai
    nikolay igor valery ramzan yevgeny evgeny grigory anatoly mikhail leonid guo wang li kofi ban
    """.split()
)
# Words of a title in front of a name ("President", "Secretary of State"): not part of the name.
_TITLE_WORDS = frozenset(
    """
    president vice secretary minister prime foreign defense defence chancellor general gen. senator
    sen. rep. representative gov. governor mr. mrs. ms. dr. king queen pope prince ambassador envoy
    spokesman spokeswoman spokesperson adviser advisor chief commander lawmaker mayor state special
    deputy former first lady sir lord judge justice speaker leader premier chairman director
    treasury department homeland security commerce energy interior labor health education
    agriculture transportation veterans house senate congress national council of the
    """.split()
)
_NAME_SUFFIXES = frozenset({"jr.", "jr", "sr.", "sr", "ii", "iii", "iv"})
_FUNCTION_WORDS = frozenset(
    "of the and a an for in on to at by with or nor from de la le du von van der vs via into upon as".split()
)
_SUBJ_DEPS = ("nsubj", "nsubjpass", "csubj")
# Entity labels that never speak.
_NOT_SPEAKERS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "QUANTITY", "LANGUAGE"})
_DASHES = "―—–-"  # noqa: RUF001 (dashes of several widths)
_DASH_NAME = re.compile(r"[^\S\n]*[" + _DASHES + r"]{1,2}[^\S\n]*(?=[A-Z])")  # "” ― Anna Varga"

# ---------------------------------------------------------------------------
# Step 1: quoted regions from the characters

# Double marks, including doubled single marks used as one (’' '' ‘‘ ’’ ``).
_DOUBLE_MARK = re.compile(r"``|''|’'|'’|‘‘|’’|‘'|[\"“”„«»]")
_OPEN_CHARS = frozenset("“„«")
_CLOSE_CHARS = frozenset("”»")
# Tokens that can close a quotation: the closing marks and the straight ones that serve both ways.
_QUOTE_CLOSERS = _CLOSE_CHARS | {"'", '"', "’", "''"}
_LEFT_OPENERS = frozenset("([{<—–-/‘'\"“”«„»")
_RIGHT_CLOSERS = frozenset(".,;:!?)]}>—–-/…'’\"”»‘“")
_SINGLE_OPEN = re.compile(r"[‘']")
_CONTRACTION = re.compile(r"'(?:s|t|d|ll|re|ve|m|em|tis|twas|cause|n|til|nuff)\b", re.IGNORECASE)


def _intrinsic(mark: str) -> str | None:
    if mark in ("``", "‘‘") or mark in _OPEN_CHARS:
        return "open"
    if mark in _CLOSE_CHARS or mark in ("''", "’’", "’'", "'’", "‘'"):
        return "close"
    return None  # straight "


def _context(text: str, p: int, q: int) -> tuple[bool, bool]:
    """(opener-like, closer-like) from the characters around text[p:q]."""
    prev = text[p - 1] if p > 0 else "\n"
    nxt = text[q] if q < len(text) else "\n"
    opener = (prev.isspace() or prev in _LEFT_OPENERS) and not nxt.isspace() and nxt not in ".,;:!?)]}"
    closer = not prev.isspace() and (nxt.isspace() or nxt in _RIGHT_CLOSERS)
    return opener, closer


def _role(text: str, p: int, q: int, mark: str, is_open: bool) -> str:
    opener, closer = _context(text, p, q)
    kind = _intrinsic(mark)
    if kind == "open":
        return "close" if (is_open and closer and not opener) else "open"
    if kind == "close":
        return "open" if (not is_open and opener and not closer) else "close"
    if opener and not closer:
        return "open"
    if closer and not opener:
        return "close"
    return "close" if is_open else "open"


def _paragraph_end(text: str, p: int) -> int:
    nl = text.find("\n", p)
    return len(text) if nl < 0 else nl


def _reopens(text: str, nl: int) -> bool:
    """Does the paragraph after the break at `nl` start with an opening double mark?"""
    i = nl
    while i < len(text) and text[i].isspace():
        i += 1
    m = _DOUBLE_MARK.match(text, i)
    return bool(m) and _role(text, m.start(), m.end(), m.group(), False) == "open"


def _has_word(s: str) -> bool:
    return any(ch.isalnum() for ch in s)


def _nested_close(text: str, marks: Sequence[re.Match[str]], i: int) -> int | None:
    """Index of the mark closing a quote nested at marks[i], when the paragraph
    still holds a closing mark for the outer quote after it; else None."""
    para_end = _paragraph_end(text, marks[i].end())
    closers = []
    for k in range(i + 1, len(marks)):
        m = marks[k]
        if m.start() >= para_end:
            break
        if _role(text, m.start(), m.end(), m.group(), True) != "close":
            return None  # another opening mark: not a simple nesting
        closers.append(k)
    return closers[0] if len(closers) >= 2 else None


def _double_spans(text: str, headline_end: int) -> list[QuoteSpan]:
    spans: list[QuoteSpan] = []
    marks = list(_DOUBLE_MARK.finditer(text))

    def emit(open_m: re.Match[str], end: int, close_end: int) -> None:
        start = open_m.end()
        if end > start and _has_word(text[start:end]):
            spans.append(QuoteSpan(start, end, open_m.start(), close_end, False, open_m.start() < headline_end))

    open_m: re.Match[str] | None = None
    i = 0
    while i < len(marks):
        m = marks[i]
        if open_m is None:
            if _role(text, m.start(), m.end(), m.group(), False) == "open":
                open_m = m
            i += 1
            continue
        nl = text.find("\n", open_m.end(), m.start())
        if nl >= 0:  # the quote reached a paragraph end before this mark
            role = _role(text, m.start(), m.end(), m.group(), True)
            if role == "close" and not _reopens(text, nl):
                emit(open_m, m.start(), m.end())  # one quote over several paragraphs
                open_m = None
                i += 1
                continue
            emit(open_m, len(text[:nl].rstrip()), nl)
            open_m = None
            continue  # look at this mark again, outside any quote
        if _role(text, m.start(), m.end(), m.group(), True) == "close":
            emit(open_m, m.start(), m.end())
            open_m = None
        elif _nested_close(text, marks, i) is not None:
            inner_close = _nested_close(text, marks, i)
            i = inner_close  # a quote within the quote ("what he calls “hell” than …"): skip it
        else:
            open_m = m  # a second opening mark: the first one was stray
        i += 1
    if open_m is not None:
        nl = _paragraph_end(text, open_m.end())
        emit(open_m, len(text[:nl].rstrip()), nl)
    return spans


def _single_spans(text: str, headline_end: int, taken: Sequence[QuoteSpan]) -> list[QuoteSpan]:
    """‘…’ and '…' quotes outside double-quoted regions, decided at word boundaries."""
    covered = sorted((s.open_at, s.close_end) for s in taken)
    starts = [c[0] for c in covered]

    def inside_double(p: int) -> bool:
        k = bisect.bisect_right(starts, p) - 1
        return k >= 0 and covered[k][0] <= p < covered[k][1]

    spans: list[QuoteSpan] = []
    p = 0
    n = len(text)
    while True:
        m = _SINGLE_OPEN.search(text, p)
        if m is None:
            break
        o = m.start()
        p = o + 1
        ch = text[o]
        prev = text[o - 1] if o > 0 else "\n"
        nxt = text[o + 1] if o + 1 < n else "\n"
        if inside_double(o) or not (prev.isspace() or prev in "([{—–-/\"“”„«"):
            continue
        if ch == "'" and (not nxt.isalpha() or _CONTRACTION.match(text, o)):
            continue
        if ch == "‘" and (nxt.isspace() or nxt in "’'"):
            continue
        para_end = _paragraph_end(text, o)
        closers = []
        for c in re.finditer(r"[’']" if ch == "‘" else r"'", text[o + 1 : para_end]):
            k = o + 1 + c.start()
            before = text[k - 1]
            after = text[k + 1] if k + 1 < n else "\n"
            if before.isspace() or after.isalnum() or inside_double(k):
                continue
            closers.append(k)
        if not closers:
            continue
        close = closers[0]
        for k in closers:  # skip plural possessives ("the voters’ choice")
            after = text[k + 1 : k + 3]
            if not (text[k - 1] in "sS" and len(after) == 2 and after[0] == " " and after[1].islower()):
                close = k
                break
        content = text[o + 1 : close]
        if not _has_word(content) or _DOUBLE_MARK.search(content):
            continue
        spans.append(QuoteSpan(o + 1, close, o, close + 1, True, o < headline_end))
        p = close + 1
    return spans


def quote_spans(text: str) -> list[QuoteSpan]:
    """Every quoted region of `text` (the original, uncleaned text), in text order.

    Single-quoted regions inside a double-quoted one (a quote within a quote)
    are not returned.
    """
    if not text:
        return []
    first_nl = text.find("\n")
    body_after = text[first_nl:].strip() if first_nl >= 0 else ""
    headline_end = first_nl if (first_nl >= 0 and body_after) else 0
    doubles = _double_spans(text, headline_end)
    singles = _single_spans(text, headline_end, doubles)
    return sorted(doubles + singles, key=lambda s: s.start)


# ---------------------------------------------------------------------------
# Step 2: titles and names in quotation marks are not quotes

_TERM_BEFORE = re.compile(
    r"(?:\bso[- ]called|\b(?:en)?titled|\bthe\s+(?:word|words|term|terms|phrase|slogan|hashtag|motto|label|headline))\s*$",
    re.IGNORECASE,
)
_NAMED_BEFORE = re.compile(r"\b(?:called|dubbed|named|nicknamed|known\s+as|branded|labell?ed)\s*$", re.IGNORECASE)
_SPOKEN_BEFORE = re.compile(  # "chanting “Death to America”", "described him as “A Dictator …”"
    r"(?:\b(?:chant|shout|yell|scream|cr(?:y|ied|ies)|sa(?:y|ys|id|ying)|exclaim|declar)\w*\s*,?:?"
    r"|\b(?:describ|characteri[sz]|portray)\w*\b[^.;:]{0,60}\bas)\s*$",
    re.IGNORECASE,
)
_PRONOUN_WORDS = frozenset("i you he she it we they me him her us them".split())
_WORD = re.compile(r"[^\W_][\w'’\-.&]*")


def _title_like(content: str) -> bool:
    words = _WORD.findall(content)
    if not words or len(words) > 8:
        return False
    if re.search(r"[.!?]\s+\S", content):  # several sentences
        return False
    caps = 0
    for w in words:
        if w[0].isupper() or w[0].isdigit():
            caps += 1
        elif w.lower() not in _FUNCTION_WORDS:
            return False
    return caps > 0


def _utterance_start(text: str, qs: QuoteSpan) -> bool:
    """The quote opens a sentence or follows a colon ("“Absolutely,” he said.")."""
    before = text[: qs.open_at].rstrip(" \t")
    return not before or before[-1] in "\n.!?:;" or before[-1] in "”\"’"


def _has_verb(tokens: Sequence[Any]) -> bool:
    return any(t.pos_ in ("VERB", "AUX") and t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in tokens)


def _is_not_speech(text: str, qs: QuoteSpan, tokens: Sequence[Any], ents: Sequence[Any]) -> bool:
    content = text[qs.start : qs.end]
    before = text[max(0, qs.open_at - 40) : qs.open_at]
    if _TERM_BEFORE.search(before) or before.endswith("="):  # a term, or a markup attribute
        return True
    words = _WORD.findall(content)
    if len(words) == 1 and words[0].lower() in _PRONOUN_WORDS:  # "because “she” is a “he”"
        return True
    stripped = content.strip().rstrip(",.;:")
    ends_like_speech = content.rstrip()[-1:] in (",", ".", "!", "?", "…")
    if _NAMED_BEFORE.search(before) and _title_like(content):
        return True
    if qs.headline:
        return False
    # "“Absolutely,” he said." and "chanting “Death to America”" are speech; "on “Fox News Sunday,”" is a title
    spoken = (_utterance_start(text, qs) and ends_like_speech) or bool(_SPOKEN_BEFORE.search(before))
    for e in ents:
        if e.label_ in ("WORK_OF_ART", "ORG", "PRODUCT", "EVENT", "LAW", "FAC") and e.text == stripped and not spoken:
            return True
    line_start = text.rfind("\n", 0, qs.open_at) + 1
    alone = not text[line_start : qs.open_at].strip() and not text[qs.close_end : _paragraph_end(text, qs.close_end)].strip()
    if alone and len(words) > 1 and _title_like(content):
        return True  # a quoted subheading alone on its line
    return _title_like(content) and not _has_verb(tokens) and not spoken


# ---------------------------------------------------------------------------
# Step 3: speakers

Mention = tuple[str, int, int]  # surface text, start, end


@dataclass
class _Quote:
    span: QuoteSpan
    tokens: list[Any]  # tokens of the quoted words
    unit: int  # attribution unit holding the opening mark
    para: int  # paragraph index
    speaker: Mention | None = None
    cue: str | None = None
    person: bool = False  # the speaker is a person (not an institution)


class _Text:
    """One parsed text: offsets, quote membership, attribution units, paragraphs, names."""

    def __init__(self, doc: Any, text: str, spans: Sequence[QuoteSpan]) -> None:
        self.doc = doc
        self.text = text
        self.spans = spans
        self.tok_starts = [t.idx for t in doc]
        self.in_quote = [-1] * len(doc)  # index of the quote covering the token, marks included
        for qi, s in enumerate(spans):
            for t in self.tokens_in(s.open_at, s.close_end):
                self.in_quote[t.i] = qi
        self.para_starts = [m.end() for m in re.finditer(r"\n\s*", text)]
        self.ent_of: list[Any] = [None] * len(doc)
        for e in doc.ents:
            for k in range(e.start, e.end):
                self.ent_of[k] = e
        self.units = self._units()
        self.unit_of: list[int] = [0] * len(doc)
        for ui, (a, b) in enumerate(self.units):
            for k in range(a, b):
                self.unit_of[k] = ui
        self.people_ner: set[str] = set()  # last names the parser tags PERSON
        self.people = self._people()  # ... and those the text shows to be people's
        self.gender_of_last = self._genders()

    # -- offsets --------------------------------------------------------
    def para(self, char: int) -> int:
        return bisect.bisect_right(self.para_starts, char)

    def tokens_in(self, a: int, b: int) -> list[Any]:
        i = bisect.bisect_left(self.tok_starts, a)
        out = []
        while i < len(self.doc) and self.doc[i].idx < b:
            out.append(self.doc[i])
            i += 1
        return out

    def outside(self, tok: Any) -> bool:
        return self.in_quote[tok.i] < 0

    def span(self, a: int, b: int) -> Mention | None:
        a, b = _trim(self.text, a, b)
        return (self.text[a:b], a, b) if b > a else None

    # -- attribution units ----------------------------------------------
    def _units(self) -> list[tuple[int, int]]:
        """Sentences, split at line breaks, merged across quotes and short attributions."""
        doc = self.doc
        n = len(doc)
        if n == 0:
            return []
        starts = {0}
        for s in doc.sents:
            starts.add(s.start)
        for t in doc:
            if "\n" in t.text:
                starts.add(t.i)
                starts.add(t.i + 1)
            elif t.i > 0 and "\n" in doc[t.i - 1].whitespace_:
                starts.add(t.i)
        ordered = sorted(k for k in starts if 0 <= k < n)
        merged: list[tuple[int, int]] = []
        for a, b in zip(ordered, ordered[1:] + [n]):
            if merged and self._join(merged[-1], (a, b)):
                merged[-1] = (merged[-1][0], b)
            else:
                merged.append((a, b))
        return merged

    def _join(self, left: tuple[int, int], right: tuple[int, int]) -> bool:
        doc, text = self.doc, self.text
        first = doc[right[0]]
        boundary = first.idx
        qa, qb = self.in_quote[left[1] - 1], self.in_quote[right[0]]
        if qa >= 0 and qa == qb and self.spans[qa].close_end > boundary:
            return True  # a quote runs over the boundary
        if "\n" in text[doc[left[1] - 1].idx : boundary] or first.is_space:
            return False
        last = text[doc[left[0]].idx : boundary].rstrip()
        core = last.rstrip("”\"’'»")
        if core[-1:] in (",", ":", ";", "—", "–", "-"):
            return True
        if first.text[:1].islower() and self.outside(first):
            return True
        return last[-1:] in ("”", '"', "’", "'") and self.bare_attribution(right) is not None

    def bare_attribution(self, unit: tuple[int, int]) -> Any | None:
        """The cue of a short unit without quotes made of a speaker and a cue ("Putin questioned.")."""
        a, b = unit
        toks = [t for t in self.doc[a:b] if not t.is_space]
        if not toks or len(toks) > 12 or any(not self.outside(t) for t in toks):
            return None
        for t in toks:
            if self.is_cue(t) and self.speaker_token(t) is not None:
                return t
        return None

    # -- cues and subjects ----------------------------------------------
    def is_cue(self, tok: Any) -> bool:
        return (
            self.outside(tok)
            and tok.lemma_.lower() in CUE_LEMMAS
            and (tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB"))
            and not (tok.lemma_.lower() == "continue" and any(c.dep_ in ("xcomp", "dobj") for c in tok.children))
        )  # "“…,” she continued" speaks; "Norland would continue to demand …" does not

    def direct_subject(self, verb: Any) -> Any | None:
        for c in verb.children:
            if c.dep_ in _SUBJ_DEPS and self.outside(c) and (c.is_alpha and self.can_speak(c) or c.pos_ == "PRON"):
                if c.lower_ in ("who", "that", "which") and verb.dep_ == "relcl":
                    return verb.head  # "Guterres, who said …"
                if self.is_dateline(c):  # "WASHINGTON -- President Obama, …, said"
                    other = [s for s in verb.children if s.dep_ in _SUBJ_DEPS and s.i != c.i and self.outside(s)]
                    if other:  # "ADDIS ABABA, May 2 (Agency) - The ministry said": the parse gave the verb two subjects
                        return other[0]
                    return next((g for g in c.children if g.dep_ == "appos"), None)
                return c
        for c in verb.children:
            if c.dep_ == "agent":
                for g in c.children:
                    if g.dep_ == "pobj" and self.outside(g):
                        return g
        if verb.lemma_.lower() == "say":  # "…,” said Zelenskyy.
            for c in verb.rights:
                if c.dep_ in ("dobj", "attr", "npadvmod", "appos") and c.pos_ == "PROPN" and self.outside(c):
                    if self.ent_of[c.i] is None or self.ent_of[c.i].label_ not in _NOT_SPEAKERS:
                        return c
        inverted = self._inverted_subject(verb)
        if inverted is not None:
            return inverted
        if verb.lemma_.lower() in SPEECH_CUES:
            return self._adjacent_subject(verb)
        return None

    def _inverted_subject(self, verb: Any) -> Any | None:
        """"“…,” warned the bloc's secretary-general, Ana Lind": a speech verb right after a closing quote
        puts its subject after it, which the parse often takes for an object; a name set off in it is the
        speaker."""
        if verb.lemma_.lower() not in SPEECH_CUES or verb.i < 2:
            return None
        before = [t for t in self.doc[max(0, verb.i - 3) : verb.i] if not t.is_space]
        if not before or not (before[-1].text in _QUOTE_CLOSERS or (before[-1].text == "," and len(before) > 1
                                                                    and before[-2].text in _QUOTE_CLOSERS)):
            return None
        for c in verb.rights:
            if c.dep_ not in ("dobj", "attr", "oprd", "npadvmod", "appos") or not self.outside(c):
                continue
            named = next((a for a in c.children if a.dep_ == "appos" and self.is_name(a)), None)
            if named is not None:
                return named
            if self.is_name(c) or (c.pos_ == "NOUN" and c.lemma_.lower() in _PERSON_NOUNS):
                return c
            return None
        return None

    def _adjacent_subject(self, verb: Any) -> Any | None:
        """A mis-parsed "“…,” Zelenskyy's adviser Dmytro Lytvyn said": the noun phrase
        between a quote (or the start of the unit) and the verb."""
        unit_start = self.units[self.unit_of[verb.i]][0] if hasattr(self, "unit_of") else 0
        k = verb.i - 1
        run = []
        while k >= unit_start:
            t = self.doc[k]
            if not self.outside(t):
                break
            if t.pos_ not in ("PROPN", "NOUN", "DET", "ADJ", "PART", "NUM", "ADP") and not (
                t.is_alpha and t.text[:1].isupper()
            ):
                break
            if t.pos_ == "ADP" and t.lower_ != "of":
                break
            run.append(t)
            k -= 1
        if not run:
            return self._apposed_name(verb, k, unit_start)
        before = self.doc[k] if k >= unit_start else None
        if before is not None and self.outside(before) and before.text not in (",", "—", "–"):
            return None
        heads = [t for t in run if (t.pos_ in ("PROPN", "NOUN") or t.text[:1].isupper()) and self.can_speak(t)]
        return heads[0] if heads else None  # run is right to left: the rightmost noun heads it

    def _apposed_name(self, verb: Any, k: int, unit_start: int) -> Any | None:
        """A name closing an apposition right before a subjectless verb ("In Oslo, the
        envoy, Ana Lind, said"): the parse hung the phrase on the place, not the verb."""
        if k - 1 < unit_start or self.doc[k].text != "," or verb.i != k + 1 or verb.tag_ == "VBG":
            return None
        name = self.doc[k - 1]  # an apposition only: "threatened Kell, telling him" has an object
        ok = name.dep_ == "appos" and self.outside(name) and self.is_name(name) and self.can_speak(name)
        return name if ok else None

    def speaker_token(self, cue: Any) -> Any | None:
        """The subject of a cue; for a participle or coordinated cue without one, that of the
        nearest governing cue ("…, saying …"), else of the governing verb."""
        quoted = self._quoted_as_saying(cue)
        if quoted is not None:
            return quoted
        subj = self.direct_subject(cue)
        if subj is not None:
            return subj
        if cue.dep_ == "acl" and cue.head.pos_ in ("PROPN", "NOUN") and self.outside(cue.head):
            issued = cue.head.head
            if cue.head.lemma_.lower() in _DOCUMENT_NOUNS and cue.head.dep_ == "dobj" and issued.pos_ == "VERB":
                issuer = self.direct_subject(issued)
                if issuer is not None:
                    return issuer  # "Norland issued a statement calling for “…”": Norland calls for it
            return cue.head  # "footage of Trump saying, “…”"
        if cue.tag_ == "VBG" and cue.i > 0:
            prev = self.doc[cue.i - 1]
            if self.outside(prev) and self.can_speak(prev) and (self.is_name(prev) or prev.pos_ == "PROPN"):
                return prev  # "footage of Hillary Clinton asking, “…”" parsed otherwise
        t, fallback = cue, None
        for _ in range(6):
            if t.head is t or t.dep_ in _SUBJ_DEPS or t.dep_ in ("dobj", "pobj", "attr"):
                break
            t = t.head
            if not self.outside(t):
                continue
            author = self._document_by(t)
            if author is not None:
                return author
            subj = self.direct_subject(t)
            if subj is None:
                continue
            if self.is_cue(t) and self.speakerish(subj):  # not "the talks would continue, saying …"
                return subj
            if fallback is None:
                fallback = subj
        return fallback

    def _document_by(self, verb: Any) -> Any | None:
        """ "State media carried a statement by Ana Lind, rejecting the offer and saying …": the author of
        the document a verb carries or publishes speaks, not the outlet (the parse may hang "by" on either)."""
        doc_noun = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _DOCUMENT_NOUNS), None)
        if doc_noun is None:
            return None
        for head in (doc_noun, verb):
            for prep in head.children:
                if prep.dep_ == "prep" and prep.lower_ == "by":
                    author = next((g for g in prep.children if g.dep_ == "pobj"), None)
                    if author is not None and self.outside(author) and self.can_speak(author):
                        return author
        return None

    def _quoted_as_saying(self, cue: Any) -> Any | None:
        """ "The agency quoted the minister as saying …": the one quoted speaks, not the one quoting."""
        prep = cue.head
        if cue.lemma_.lower() not in SPEECH_CUES or prep.lower_ != "as" or prep.head.lemma_.lower() != "quote":
            return None
        obj = next((c for c in prep.head.children if c.dep_ == "dobj" and self.outside(c)), None)
        return obj if obj is not None and self.can_speak(obj) else None

    def speakerish(self, tok: Any) -> bool:
        """Can this subject speak: a name, a pronoun, an organisation, a person or body noun?"""
        ent = self.ent_of[tok.i]
        if tok.pos_ in ("PRON", "PROPN") or self.is_name(tok):
            return True
        if ent is not None and ent.label_ in ("PERSON", "ORG", "GPE", "NORP"):
            return True
        return tok.lemma_.lower() in _PERSON_NOUNS or tok.lemma_.lower() in _BODY_NOUNS

    def voices(self, tok: Any) -> bool:
        """Can the subject of a cue be who speaks: not "the programme" of "the programme would continue",
        nor "a date" of "a date will follow", nor the reporter's "you" of "How do you respond?"."""
        if tok.lower_ in ("you", "nothing", "nobody", "none", "something", "everything", "anything"):
            return False
        if any(c.dep_ == "det" and c.lower_ in ("neither", "no") for c in tok.lefts):
            return False  # "Neither delegation responded, and the ministry described it as “…”"
        if self.speakerish(tok) or tok.pos_ != "NOUN" or tok.lemma_.lower() == "side":
            return True
        # "the Chinese side", "Norland's negotiators": a party's own people
        return any(self.ent_of[c.i] is not None and self.ent_of[c.i].label_ in ("NORP", "GPE", "ORG", "PERSON")
                   for c in tok.lefts if c.dep_ in ("amod", "compound", "poss"))

    # -- names ------------------------------------------------------------
    def _people(self) -> set[str]:
        """Lower-cased last names of the people of the text (NER misses many of them)."""
        people: set[str] = set()
        for e in self.doc.ents:
            if e.label_ == "PERSON":
                words = [w for w in e.text.split() if w.lower() not in _TITLE_WORDS]
                if words:
                    people.add(_strip_possessive(words[-1]).lower())
        self.people_ner = set(people)
        for t in self.doc:
            if t.pos_ != "PROPN" or not self.outside(t) or t.dep_ == "compound":
                continue
            ent = self.ent_of[t.i]
            if t.lower_ in _TITLE_WORDS or t.lower_ in _BODY_NOUNS or (ent is not None and ent.label_ in ("GPE", "NORP")):
                continue
            lefts = [c for c in t.lefts if c.dep_ in ("compound", "amod", "nmod")]
            if any(c.lower_ in _PERSON_TITLES for c in lefts):
                people.add(t.lower_)  # "President Zelenskyy", "spokesman Dmitry Peskov"
            elif t.dep_ == "appos" and t.head.lower_ in _PERSON_NOUNS:
                people.add(t.lower_)  # "the city head, Oleksandr Vilkul"
            elif any(c.dep_ == "appos" and c.lower_ in _PERSON_NOUNS for c in t.children):
                people.add(t.lower_)  # "Peskov, the Kremlin spokesman"
        return people

    def _genders(self) -> dict[str, str]:
        """Last name -> "f" or "m", from the full or titled mentions of the text (majority)."""
        votes: dict[str, list[int]] = {}
        for t in self.doc:
            if t.pos_ != "PROPN" or t.dep_ == "compound" or not self.outside(t):
                continue
            words = [c.lower_ for c in self.doc[t.left_edge.i : t.i]] if t.left_edge.i < t.i else []
            g = _word_gender(words[-3:])
            if g:
                v = votes.setdefault(_strip_possessive(t.text).lower(), [0, 0])
                v[0 if g == "f" else 1] += 1
        return {k: ("f" if f > m else "m") for k, (f, m) in votes.items() if f != m}

    def gender(self, mention: Mention) -> str | None:
        """"f", "m" or None for a name mention ("Hillary Clinton", "Clinton", "Mrs. Clinton")."""
        words = [w.lower() for w in mention[0].split()]
        before = self.text[max(0, mention[1] - 12) : mention[1]].lower().split()[-1:]
        g = _word_gender(before + words[:-1])
        if g:
            return g
        return self.gender_of_last.get(_strip_possessive(words[-1]) if words else "")

    def is_dateline(self, tok: Any) -> bool:
        """A capitalised place opening a paragraph before a dash ("WASHINGTON --")."""
        if not tok.text.isupper() or len(tok.text) < 2:
            return False
        start = tok.left_edge.idx
        line_start = self.text.rfind("\n", 0, start) + 1
        after = self.text[tok.idx + len(tok) : tok.idx + len(tok) + 8].lstrip()
        before = self.text[line_start:start]  # "ADDIS ABABA, …": the first words of the place, also capitals
        return (not before.strip() or before.isupper()) and after[:1] in ("-", "—", "–", "(", ",")

    def can_speak(self, tok: Any) -> bool:
        """Not a date, a time, a number or a quantity."""
        ent = self.ent_of[tok.i]
        return tok.is_alpha and (ent is None or ent.label_ not in _NOT_SPEAKERS)

    def is_name(self, tok: Any) -> bool:
        """A person's name (the parser's PERSON, or a word the text uses as one)."""
        ent = self.ent_of[tok.i]
        if ent is not None and ent.label_ == "PERSON":
            return True
        if not tok.text[:1].isupper() or tok.pos_ not in ("PROPN", "NOUN"):
            return False
        word = _strip_possessive(tok.text).lower()
        if ent is not None and ent.label_ in ("GPE", "NORP"):
            return word in self.people_ner
        if ent is not None and ent.label_ not in ("ORG", "PRODUCT", "WORK_OF_ART", "FAC"):
            return False
        return word in self.people

    def name_span(self, tok: Any) -> Mention | None:
        """The name part of a mention: "Ukrainian President Volodymyr Zelenskyy" -> "Volodymyr Zelenskyy"."""
        right = tok
        if tok.lower_ in _NAME_SUFFIXES:  # "Harold Ford, Jr."
            k = tok.i - 1
            while k >= 0 and self.doc[k].is_punct:
                k -= 1
            if k >= 0 and self.doc[k].pos_ == "PROPN":
                tok = self.doc[k]
        ent = self.ent_of[tok.i]
        if ent is not None and ent.label_ == "PERSON":
            toks = [t for t in ent if not t.is_punct]
            while len(toks) > 1 and (toks[0].lower_ in _TITLE_WORDS or not toks[0].text[:1].isupper()):
                toks = toks[1:]
            end = max(toks[-1].idx + len(toks[-1]), right.idx + len(right))
            return self.span(toks[0].idx, end)
        left = tok
        k = tok.i - 1
        while k >= 0:  # the capitalised words just before, titles and places excepted
            c = self.doc[k]
            if c.text in ("-", "‐") and k > 0 and not c.whitespace_ and not self.doc[k - 1].whitespace_ \
                    and self.doc[k - 1].text[:1].isupper() and self.doc[k - 1].is_alpha:
                left = self.doc[k - 1]  # "Lars-Erik": a given name the tokenizer splits at its hyphen
                k -= 2
                continue
            if c.pos_ != "PROPN" or not c.text[:1].isupper() or not self.outside(c) or c.lower_ in _TITLE_WORDS:
                break
            if self.ent_of[c.i] is not None and self.ent_of[c.i].label_ in ("GPE", "NORP"):
                break
            if c.head is not tok and c.head.i != c.i + 1:
                break
            left = c
            k -= 1
        return self.span(left.idx, right.idx + len(right))

    def noun_phrase(self, tok: Any) -> Mention | None:
        """A nominal mention as written: "the US president", "Russia's Defense Ministry"."""
        left = right = tok
        for c in tok.lefts:
            if c.dep_ in ("det", "poss", "compound", "amod", "nmod", "nummod", "quantmod") and self.outside(c.left_edge):
                left = min(left, c.left_edge, key=lambda t: t.i)
        ent = self.ent_of[tok.i]
        if ent is not None:
            left = min(left, ent[0], key=lambda t: t.i)
            right = max(right, ent[-1], key=lambda t: t.i)
            if left.i == ent.start and left.i > 0 and self.doc[left.i - 1].lower_ == "the":
                left = self.doc[left.i - 1]
        doc = self.doc
        while right.i + 2 < len(doc) and not right.whitespace_ and doc[right.i + 1].text in ("-", "‐") \
                and not doc[right.i + 1].whitespace_ and doc[right.i + 2].is_alpha and self.outside(doc[right.i + 2]):
            right = doc[right.i + 2]  # "Norland's co-president", which the parser splits at the hyphen
        for c in tok.rights:  # "the head of the national bank"
            if c.dep_ in ("acl", "amod") and c.i == right.i + 1 and not list(c.children) and _unnamed_source(tok):
                right = c  # "a diplomat involved", "an official present": as written
                continue
            if c.dep_ == "prep" and c.lower_ == "of" and c.i == right.i + 1 and tok.pos_ == "NOUN":
                if all(self.outside(t) for t in c.subtree):
                    right = c.right_edge
            elif c.dep_ == "prep" and c.i == right.i + 1 and _unnamed_source(tok):
                end = _where_from(c)
                if end is not None and all(self.outside(t) for t in doc[c.i : end.i + 1]):
                    right = end  # "a Western diplomat in Harare": an unnamed source keeps its place
        return self.span(left.idx, right.idx + len(right))


# Sources a text leaves unnamed, told apart by where they are: "a diplomat in Harare", "the embassy in Lomé".
_UNNAMED_SOURCES = frozenset("diplomat official source embassy consulate observer analyst officer aide".split())


def _unnamed_source(tok: Any) -> bool:
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in _UNNAMED_SOURCES


def _where_from(prep: Any) -> Any | None:
    """The last word of "in <a named place>" or "from <somewhere>" in a few words ("in Harare", "from a coastal
    state"), leaving out a clause on the place ("…, who asked not to be named"); None for anything else."""
    objs = [g for g in prep.children if g.dep_ == "pobj"]
    if len(objs) != 1 or prep.lower_ not in ("in", "from"):
        return None
    obj = objs[0]
    named = obj.pos_ == "PROPN" or any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in obj.lefts)
    if prep.lower_ == "in" and not named:
        return None  # "an official in the ministry" is not told apart by a place
    last = obj
    for c in obj.rights:
        if c.dep_ in ("relcl", "acl", "appos", "punct", "cc", "conj", "prep"):
            break
        last = c.right_edge
    return last if last.i - prep.i <= 5 else None


def _word_gender(words: Sequence[str]) -> str | None:
    """The gender the nearest gendered word gives ("Mrs.", "Hillary"), if any."""
    for w in reversed(words):
        if w in _FEMALE:
            return "f"
        if w in _MALE:
            return "m"
    return None


def _strip_possessive(word: str) -> str:
    for suffix in ("'s", "’s", "ʼs", "'", "’"):
        if word.endswith(suffix) and len(word) > len(suffix):
            return word[: -len(suffix)]
    return word


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and (text[a].isspace() or text[a] in ",;:—–-"):
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] in ",;:—–-"):
        b -= 1
    for suffix in ("'s", "’s", "ʼs"):
        if text[a:b].endswith(suffix) and b - a > len(suffix):
            b -= len(suffix)
            break
    return a, b


class _Speakers:
    """Turns subject tokens into speaker mentions; resolves pronouns."""

    def __init__(self, tx: _Text, quotes: list[_Quote]) -> None:
        self.tx = tx
        self.quotes = quotes

    def mention(self, tok: Any, qi: int) -> tuple[Mention | None, bool]:
        """(speaker mention, is a person) for a subject token of quote `qi`."""
        tx = self.tx
        low = tok.lower_
        if low in ("i", "we", "me", "us") and tx.outside(tok):
            me = self._first_person(tok)
            if me is not None:
                return me
        if low in _PERSON_PRONOUNS or low in _GROUP_PRONOUNS or tok.pos_ == "PRON":
            person = low in _PERSON_PRONOUNS
            if person or low in _GROUP_PRONOUNS:
                ante = self.antecedent(tok, qi, person)
                if ante is not None:
                    return ante, person
            return tx.span(tok.idx, tok.idx + len(tok)), person
        joint = self._joint_parties(tok)
        if joint is not None:
            return joint, False
        if tx.is_name(tok):
            return tx.name_span(tok), True
        for c in tok.children:  # "the regional governor, Ana Ruiz"
            if c.dep_ == "appos" and c.pos_ == "PROPN" and tok.pos_ == "NOUN":
                # "his counterpart, State Committee chairman Ana Ruiz,": the person the apposition names
                person = [t for t in c.subtree if t.ent_type_ == "PERSON"]
                return tx.name_span(person[-1] if c.ent_type_ != "PERSON" and person else c), True
        # "the special adviser on Cyprus, Ana Ruiz,": the parser hangs the name on the remit's place
        places = [g for c in tok.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
        named = next((a for g in places for a in g.children if a.dep_ == "appos" and a.ent_type_ == "PERSON"), None)
        if named is not None and tok.pos_ == "NOUN":
            return tx.name_span(named), True
        owned = self._owned_by_pronoun(tok, qi)
        if owned is not None:
            return owned
        return tx.noun_phrase(tok), tok.lemma_.lower() in _PERSON_NOUNS

    def _first_person(self, tok: Any) -> tuple[Mention, bool] | None:
        """ "I" or "we" outside quotes: the person labelling a transcript's answer, else the person a
        statement, speech or letter is by ("Statement by Foreign Minister Ana Lind"), named in its heading."""
        tx = self.tx
        label = _answer_label(tx, tx.para(tok.idx), -1)
        if label is not None and tx.is_name(label):
            return tx.name_span(label), True
        heading = tx.doc[: tx.units[0][1]] if tx.units else tx.doc[:0]
        by = next((t for t in heading if t.lower_ == "by" and t.head.lemma_.lower() in _AUTHORED), None)
        if by is None:
            return None
        run = []
        for t in tx.doc[by.i + 1 : min(heading.end, by.i + 9)]:
            if not (t.pos_ == "PROPN" and t.text[:1].isupper()):
                break
            run.append(t)
        if len(run) < 2 or whole_party(run[-1].text):
            return None
        span = tx.name_span(run[-1])
        return (span, True) if span is not None and len(span[0].split()) >= 2 else None

    def _owned_by_pronoun(self, tok: Any, qi: int) -> tuple[Mention, bool] | None:
        """A body or document owned by "its", "his" or "her", named by the owner: "Norland protested. Its
        foreign ministry said …" -> "Norland's foreign ministry"; "Lind met them. His office said …" ->
        "Ana Lind's office"; "His letter says …" -> Lind, who wrote it. ("Their statement" is left to the
        joint-statement rule.)"""
        tx = self.tx
        poss = next((c for c in tok.lefts if c.dep_ == "poss" and c.lower_ in ("its", "his", "her")), None)
        if poss is None or tok.pos_ not in ("NOUN", "PROPN") or tok.lemma_.lower() in _PERSON_NOUNS:
            return None
        person = poss.lower_ != "its"
        ante = self.antecedent(poss, qi, person)
        if ante is None or ante[0].lower() in _PRONOUN_WORDS | _GROUP_PRONOUNS:
            return None
        if tok.lemma_.lower() in _DOCUMENT_NOUNS:
            return ante, person
        phrase = tx.noun_phrase(tok)
        if phrase is None:
            return None
        rest = tx.text[poss.idx + len(poss) : phrase[2]].strip()
        return (f"{ante[0]}'s {rest}", phrase[1], phrase[2]), False

    def _joint_parties(self, tok: Any) -> Mention | None:
        """ "Norland and Sylvania issued a joint statement calling for …": two parties joined by "and" as one
        speaker, written as FORMAT.md joins a joint statement's parties. Read on the words: the parser
        often hangs the first party elsewhere."""
        tx = self.tx
        ent = tx.ent_of[tok.i]
        if ent is None or not whole_party(ent.text):
            return None
        doc = tx.doc
        for left, right in ((ent.start - 2, ent.start - 1), (ent.end + 1, ent.end)):
            if not (0 <= left < len(doc) and 0 <= right < len(doc)):
                continue
            joiner = doc[min(left, right) + 1] if left < right else doc[ent.end]
            other = tx.ent_of[left]
            if joiner.lower_ == "and" and other is not None and whole_party(other.text) not in (None, whole_party(ent.text)):
                first, last = (other, ent) if other.start < ent.start else (ent, other)
                if all(tx.outside(t) for t in doc[first.start : last.end]):
                    return tx.span(first.start_char, last.end_char)
        return None

    def antecedent(self, pron: Any, qi: int, person: bool, depth: int = 0) -> Mention | None:
        """The nearest suitable preceding mention: a previous quote's speaker or a name."""
        tx = self.tx
        cur = tx.unit_of[pron.i]
        para = tx.para(pron.idx)
        wanted = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}.get(pron.lower_)

        def agrees(m: Mention) -> bool:
            g = tx.gender(m) if wanted else None
            return g is None or g == wanted

        fallback: Mention | None = None
        prior: dict[int, list[_Quote]] = {}
        for q in self.quotes[:qi]:
            if q.speaker is not None and q.person == person and q.speaker[1] < pron.idx:
                prior.setdefault(q.unit, []).append(q)
        for ui in range(cur, max(-1, cur - 10), -1):
            a, b = tx.units[ui]
            if para - tx.para(tx.doc[a].idx) > 3:
                break
            best: tuple[int, int, Mention] | None = None  # (rank, -position, mention)
            for q in prior.get(ui, []):
                assert q.speaker is not None
                if not agrees(q.speaker):
                    continue
                cand = (3, q.speaker[1], q.speaker)
                if best is None or cand[:2] > best[:2]:
                    best = cand
            for t in tx.doc[a:b]:
                if t.i >= pron.i:
                    break
                if not tx.outside(t) or t.dep_ in ("compound", "flat"):
                    continue
                if person and t.lower_ == pron.lower_ and t.dep_ in _SUBJ_DEPS and depth < 3:
                    m = self.antecedent(t, qi, person, depth + 1)  # "He doesn't think so. “…,” he said."
                elif person and _office_subject(t):
                    if fallback is not None:
                        continue  # a name in the pronoun's own sentence beats an office further back
                    m = tx.noun_phrase(t)  # "Norland's president said …. He ruled it out. “…,” he said"
                elif person:
                    if not tx.is_name(t) or tx.is_dateline(t) or _after_the(t):
                        continue  # "KHUJAND, Tajikistan —": where the story was filed is nobody; "the Sahel" is a place
                    m = tx.name_span(t)
                    ent = tx.ent_of[t.i]
                    if m is not None and (not agrees(m) or _names_party(ent.text if ent is not None else m[0])):
                        continue  # "he" is no armed group the model took for a person
                elif t.dep_ in _SUBJ_DEPS and tx.is_cue(t.head) and tx.speakerish(t) and t.lower_ not in _PERSON_PRONOUNS:
                    m = tx.noun_phrase(t)  # "Kyiv's air force said …; it said"
                    if m is not None and (best is None or best[0] < 3):
                        best = (3, -t.i, m)
                    continue
                else:
                    ent = tx.ent_of[t.i]
                    body = t.pos_ == "NOUN" and t.lemma_.lower() in _BODY_NOUNS and t.dep_ in _SUBJ_DEPS
                    if not body and (
                        ent is None or ent.label_ not in ("ORG", "GPE", "NORP") or t.dep_ == "amod" or tx.is_name(t)
                    ):
                        continue
                    m = tx.noun_phrase(t)
                if m is None:
                    continue
                subject = t.dep_ in _SUBJ_DEPS or (t.dep_ == "appos" and t.head.dep_ in _SUBJ_DEPS) or _apposed_to_place(t)
                rank = 2 if subject else (0 if t.dep_ == "poss" else 1)  # "the minister, Ana Ruiz, refused"
                cand = (rank, -t.i, m)
                if best is None or cand[:2] > best[:2]:
                    best = cand
            if best is not None:
                if ui == cur and best[0] < 2 and person:
                    # "In an interview with X, he said": X, a non-subject of the
                    # pronoun's own clause, is rarely who "he" is; look further back first
                    fallback = fallback or best[2]
                    continue
                return best[2]
        if fallback is None and person and depth == 0:
            fallback = self._last_person(pron, wanted)
        return fallback

    def _last_person(self, pron: Any, wanted: str | None) -> Mention | None:
        """Past the window of nearby sentences, the last person the model tags outside quotes before the
        pronoun whose gender does not clash: a feature's "she says" paragraphs after its subject was
        introduced. A lone first name counts for the gender here ("Keith" is no "she")."""
        tx = self.tx
        for ent in reversed([e for e in tx.doc.ents if e.label_ == "PERSON" and e.end <= pron.i and tx.outside(e[0])]):
            m = tx.name_span(ent[-1])
            if m is None or tx.is_dateline(ent[-1]) or _names_party(ent.text):
                continue
            g = tx.gender(m) or _word_gender([w.lower() for w in m[0].split()])
            if wanted is None or g is None or g == wanted:
                return m
        return None


# "who asked not to be named", "speaking on condition of anonymity": a source kept unnamed on purpose.
_UNNAMED = re.compile(r"\b(?:(?:not|declined|refused) to be (?:named|identified)|anonymity|not authori[sz]ed to (?:speak|comment|talk))\b")


def _office_subject(t: Any) -> bool:
    """A singular office as a clause's subject, of a named side or "the": "Norland's president", "the
    defence minister", or a source kept unnamed ("a senior officer, who asked not to be named,") — a
    person "he" or "she" can refer back to."""
    if t.dep_ not in _SUBJ_DEPS or t.pos_ != "NOUN" or t.tag_ == "NNS":
        return False
    unnamed = _UNNAMED.search(t.doc[t.i : t.right_edge.i + 1].text) is not None
    if t.lemma_.lower() not in (_PERSON_NOUNS if unnamed else _OFFICE_WORDS):
        return False
    if not unnamed and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.lefts):
        return False  # "a spokesman for the group, who gave his name as X": the name, not the role
    if any(w.ent_type_ == "PERSON" or (w.dep_ == "appos" and w.pos_ == "PROPN") for w in t.subtree):
        return False  # "the minister, Ana Ruiz,": the name is the antecedent
    return any(c.dep_ in ("poss", "det", "amod", "compound") for c in t.lefts)


def _apposed_to_place(t: Any) -> bool:
    """A name the parse hung on the place before it ("In the village of Dostal, Ana Lind, whose house burned,
    says she …"): the subject of the clause, not an apposition."""
    return (t.dep_ == "appos" and t.ent_type_ == "PERSON" and t.head.ent_type_ in ("GPE", "LOC", "FAC", "ORG")
            and t.head.dep_ == "pobj")


def _after_the(t: Any) -> bool:
    """A one-word name after "the" ("from the Sahel") is a place the model took for a person."""
    return t.i > 0 and t.doc[t.i - 1].lower_ == "the" and (t.i + 1 >= len(t.doc) or t.doc[t.i + 1].pos_ != "PROPN")


def _names_party(name: str) -> bool:
    """A "name" that is wholly a party's ("al-Nusra" tagged as a person)."""
    return whole_party(name) is not None


def _roots(tx: _Text, q: _Quote) -> list[Any]:
    """Tokens of the quoted words whose head lies outside the quote."""
    qi = tx.in_quote[q.tokens[0].i] if q.tokens else -1
    return [
        t
        for t in q.tokens
        if not (t.is_punct or t.is_space) and (t.head is t or tx.in_quote[t.head.i] != qi)
    ]


def _governing_cues(tx: _Text, q: _Quote) -> tuple[Any | None, Any | None]:
    """(speech cue, opinion cue) nearest above the quote in the parse, within its unit."""
    speech: tuple[int, Any] | None = None
    opinion: tuple[int, Any] | None = None
    mute: Any | None = None  # a cue whose subject cannot speak, kept in case no other governs
    place: tuple[int, Any] | None = None  # a cue whose subject is a state or capital, inside a person's words
    for r in _roots(tx, q):
        t, steps = r, 0
        while t.head is not t and steps < 12:
            t = t.head
            steps += 1
            if tx.unit_of[t.i] != q.unit:
                break
            as_pattern = (  # "pounding Trump as a “con artist”"
                t.lower_ == "as" and t.dep_ == "prep" and t.head.pos_ == "VERB" and tx.outside(t.head)
            )
            if as_pattern and tx.speaker_token(t.head) is not None:
                if opinion is None or steps < opinion[0]:
                    opinion = (steps, t.head)
                continue
            if not tx.is_cue(t) or tx.speaker_token(t) is None:
                continue
            if tx.speaker_token(t).lower_ in ("it", "this", "that"):
                continue  # "she says it underscores that …": the outer cue speaks
            if not tx.voices(tx.speaker_token(t)):
                mute = mute or t  # "she said the scheme would continue “…”": the outer cue speaks
                continue
            if t.lemma_.lower() in SPEECH_CUES or (_named_subject(tx, t) and not _trailing_attribution(tx, q)):
                if place is None and _a_place(tx, tx.speaker_token(t)):
                    place = (steps, t)  # "X said that Washington would respond “…”": X, if a person says it
                    continue
                if place is not None and not tx.is_name(tx.speaker_token(t)):
                    break
                if speech is None or steps < speech[0]:
                    speech = (steps, t)
                break
            if opinion is None or steps < opinion[0]:
                opinion = (steps, t)
    speech = speech or place
    if speech is None and opinion is None and mute is not None:
        return (mute, None) if mute.lemma_.lower() in SPEECH_CUES else (None, mute)
    return (speech[1] if speech else None), (opinion[1] if opinion else None)


def _a_place(tx: _Text, tok: Any) -> bool:
    """A state or a capital named as a subject ("Washington would respond"), not a person."""
    ent = tx.ent_of[tok.i]
    return ent is not None and ent.label_ == "GPE" and not tx.is_name(tok)


def _named_subject(tx: _Text, cue: Any) -> bool:
    """An opinion cue with a person named as its own subject governs the quote as a speech cue would:
    "Lind said …, and Varga called that “…”", "the ministry said Minister Varga had called it “…”"."""
    own = tx.direct_subject(cue)
    return own is not None and own.pos_ == "PROPN" and tx.is_name(own)


# A speech verb right after the closing mark ("“…,” said spokesman Ana Lind"): the quote's own attribution.
_TRAILING_CUE = re.compile(r"[^\S\n]*,?[^\S\n]*(?:[\w'’-][\w.'’-]*[^\S\n]+){0,5}?(?:said|says|told|added|wrote|stated)\b")


def _trailing_attribution(tx: _Text, q: _Quote) -> bool:
    """Is the quote followed at once by its attribution ("Varga welcomes the deal, which “…,” said Ana Lind")?"""
    return q.span.close_end > q.span.end and bool(_TRAILING_CUE.match(tx.text, q.span.close_end, q.span.close_end + 60))


def _nearest_cues(tx: _Text, q: _Quote) -> tuple[Any | None, Any | None]:
    """(speech cue, opinion cue) nearest to the quote in its unit, outside quotes."""
    a, b = tx.units[q.unit]
    best: dict[bool, tuple[int, Any]] = {}
    for t in tx.doc[a:b]:
        if not tx.is_cue(t) or tx.speaker_token(t) is None or not tx.voices(tx.speaker_token(t)):
            continue  # "How do you respond?" asks the speaker; "nothing was proposed" names nobody
        dist = (q.span.open_at - t.idx) if t.idx < q.span.open_at else (t.idx - q.span.close_end)
        speech = t.lemma_.lower() in SPEECH_CUES
        if speech not in best or dist < best[speech][0]:
            best[speech] = (dist, t)
    return (best[True][1] if True in best else None), (best[False][1] if False in best else None)


def _words_of(tx: _Text, q: _Quote) -> Any | None:
    """The one whose words the quote is, named right before it: "…, and, in the words of the spokesman
    Ana Lind, “…”" (the outer "says" reports the quote, Lind said it)."""
    a, _ = tx.units[q.unit]
    before = [t for t in tx.doc[a:] if t.idx < q.span.open_at and not t.is_space]
    for k in range(len(before) - 3, 1, -1):
        t = before[k]
        if t.lower_ != "words" or before[k - 1].lower_ != "the" or before[k - 2].lower_ != "in" or before[k + 1].lower_ != "of":
            continue
        phrase = [w for w in before[k + 2 :] if not w.is_punct]
        if not phrase or len(phrase) > 8 or any(not tx.outside(w) or w.pos_ in ("VERB", "AUX") for w in phrase):
            return None
        names = [w for w in phrase if w.pos_ in ("PROPN", "NOUN")]
        return names[-1] if names else None
    return None


def _according_to(tx: _Text, unit: int) -> Any | None:
    a, b = tx.units[unit]
    for t in tx.doc[a:b]:
        if t.lower_ != "according" or not tx.outside(t) or t.i + 1 >= b:
            continue
        to = tx.doc[t.i + 1]
        if to.lower_ != "to":
            continue
        for c in list(to.children) + list(t.children):
            if c.dep_ == "pobj":
                return _issuer(c) or c
        for c in tx.doc[to.i + 1 : min(b, to.i + 6)]:
            if c.pos_ in ("PROPN", "NOUN", "PRON"):
                return c
    return None


def _issuer(doc_noun: Any) -> Any | None:
    """ "according to a statement from the foreign ministry": who issued the document, not the document."""
    if doc_noun.lemma_.lower() not in _DOCUMENT_NOUNS:
        return None
    by = next((c for c in doc_noun.children if c.dep_ == "prep" and c.lower_ in ("from", "by", "of")), None)
    return next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None


def _unit_subject(tx: _Text, q: _Quote) -> Any | None:
    """A speaker-like subject of the quote's unit, outside quotes (no cue in it)."""
    a, b = tx.units[q.unit]
    subjects = [t for t in tx.doc[a:b] if tx.outside(t) and t.dep_ in _SUBJ_DEPS]
    subjects.sort(key=lambda t: (t.head.dep_ != "ROOT", t.i))  # the main clause's subject first
    for t in subjects:
        ent = tx.ent_of[t.i]
        if ent is not None and ent.label_ in _NOT_SPEAKERS:
            continue
        if tx.is_name(t) or t.lower_ in _PERSON_PRONOUNS or (ent is not None and ent.label_ in ("ORG", "GPE", "NORP")):
            return t
        if t.pos_ == "NOUN" and t.lemma_.lower() in (_PERSON_NOUNS | _BODY_NOUNS):
            return t
        for c in t.children:  # "Trump's threat of …"
            if c.dep_ == "poss" and tx.is_name(c):
                return c
    return None


# Nouns for what a person says ("Lind's answer was short: “…”"): their owner speaks.
_UTTERANCE_NOUNS = frozenset("answer reply response reaction verdict message retort comment view".split())


def _colon_clause_subject(tx: _Text, q: _Quote) -> Any | None:
    """A quote opened right after a colon that ends a clause describing a person's manner ("Her counterpart,
    Ana Lind, was more guarded: “…”") or words ("Lind's answer was short: “…”"): that person, who beats an
    earlier speaker of the paragraph. Speech verbs are left to the cues."""
    a, _ = tx.units[q.unit]
    before = [t for t in tx.doc[a:] if t.idx < q.span.open_at and not t.is_space]
    if len(before) < 3 or before[-1].text != ":":
        return None
    verb = before[-2].head if before[-2].dep_ != "ROOT" else before[-2]
    while verb.dep_ not in ("ROOT", "ccomp", "conj") and verb.head is not verb:
        verb = verb.head
    if verb.lemma_ != "be" or not all(tx.outside(t) for t in before):
        return None  # "According to him, X wants it to end: “…”": a verb of content is no attribution
    subj = next((c for c in verb.children if c.dep_ in _SUBJ_DEPS and c.i < before[-1].i), None)
    if subj is None:
        return None
    if subj.lemma_.lower() in _UTTERANCE_NOUNS:
        return next((c for c in subj.children if c.dep_ == "poss" and (tx.is_name(c) or c.pos_ == "PROPN")), None)
    person = tx.is_name(subj) or (subj.pos_ == "NOUN" and subj.lemma_.lower() in _PERSON_NOUNS) \
        or subj.lower_ in _PERSON_PRONOUNS or any(c.dep_ == "appos" and tx.is_name(c) for c in subj.children)
    return subj if person else None


def _headline_subject(tx: _Text, q: _Quote) -> Any | None:
    """In a headline, the last name before the quote ("Trump ‘angry’ with Putin")."""
    a, _ = tx.units[q.unit]
    cand = None
    for t in tx.doc[a:]:
        if t.idx >= q.span.open_at:
            break
        if tx.outside(t) and t.is_alpha and t.text[:1].isupper() and (t.pos_ == "PROPN" or tx.ent_of[t.i] is not None):
            cand = t
    return cand


def _dash_attribution(tx: _Text, q: _Quote) -> Any | None:
    """The name after a dash that follows the quote ("“…” ― Sonya Herridge")."""
    text = tx.text
    m = _DASH_NAME.match(text, q.span.close_end)
    if m is None or q.span.close_end == q.span.end:
        return None
    toks = tx.tokens_in(m.end(), _paragraph_end(text, m.end()))
    name = None
    for t in toks:
        if t.pos_ == "PROPN" or (t.text[:1].isupper() and t.is_alpha):
            name = t
        elif name is not None or not t.is_punct:
            break
    return name


def _label_speaker(tx: _Text, q: _Quote) -> Any | None:
    """A short label and a colon before the quote, at the start of its unit or right after
    another quote ("Pence: Trump ‘mocking’ …", "Statement: “…”", "“…”   Rubio: “…”")."""
    a, _ = tx.units[q.unit]
    before = [t for t in tx.doc[a:] if t.idx < q.span.open_at and not t.is_space]
    head: list[Any] = []
    if before and before[-1].text == ":":  # "… ” Secretary of State Marco Rubio: “…”"
        for t in reversed(before[:-1]):
            if not tx.outside(t) or t.text in (".", "!", "?", ";", ":"):
                break
            head.insert(0, t)
    else:  # "Pat Caddell: Democrat voters worried …; it's ‘in their heads’"
        for t in before:
            if not tx.outside(t):
                return None
            if t.text == ":":
                break
            head.append(t)
        else:
            return None
    words = head
    names = [t for t in words if tx.is_name(t)]
    # a name right at the colon may close a long label ("Reaction from Norland's Minister of State for
    # Foreign Affairs, Ana Lind: “…”"); other labels are short
    longest = 24 if names and names[-1] is words[-1] else 12
    if not words or len(words) > longest or any(t.pos_ in ("VERB", "AUX") and t.tag_ != "VBN" for t in words):
        return None
    if names:  # "Ana Lind, at her own press conference: “…”": the name, not the place
        return names[-1]
    nouns = [t for t in words if t.pos_ in ("PROPN", "NOUN")]
    return nouns[-1] if nouns else None


# What a text is "by" in its heading when its "I" is that person.
_AUTHORED = frozenset({"statement", "remark", "remarks", "speech", "address", "letter", "message", "op", "article",
                       "declaration", "column"})
_NO_SPEAKER_LABELS = frozenset({"q", "a", "question", "answer", "note", "update", "editor", "correction"})


def _answer_label(tx: _Text, para: int, unit: int) -> Any | None:
    """ "Lind: Our position has not changed. Let me be clear: “…”": in a transcript, the name that labels
    the answer speaks every quote of its paragraph."""
    start = next((a for a, _ in tx.units if tx.para(tx.doc[a].idx) == para), None)
    if start is None or tx.unit_of[start] == unit:
        return None  # a label in the quote's own unit is _label_speaker's
    head = []
    for t in tx.doc[start : start + 5]:
        if t.text == ":":
            break
        head.append(t)
    else:
        return None
    if not head or not all(t.text[:1].isupper() and t.pos_ in ("PROPN", "NOUN") for t in head):
        return None
    if head[-1].lower_.rstrip(".") in _NO_SPEAKER_LABELS or not tx.outside(head[-1]):
        return None
    return head[-1]


def _previous_attribution(tx: _Text, quotes: list[_Quote], qi: int, max_paras: int) -> tuple[str, Any] | None:
    """The nearest preceding attribution at most `max_paras` paragraphs back:
    ("quote", j) for the speaker of quote j, ("cue", token) for the subject of a cue."""
    q = quotes[qi]
    done = [j for j in range(qi) if quotes[j].speaker is not None]
    last_q = done[-1] if done else None
    if last_q is not None and quotes[last_q].unit == q.unit:
        return ("quote", last_q)
    for ui in range(q.unit - 1, max(-1, q.unit - 6), -1):
        a, b = tx.units[ui]
        if q.para - tx.para(tx.doc[a].idx) > max_paras:
            break
        if last_q is not None and quotes[last_q].unit >= ui:
            return ("quote", last_q)
        cues = [t for t in tx.doc[a:b] if tx.is_cue(t) and tx.speaker_token(t) is not None]
        if cues:
            return ("cue", cues[-1])
    return None


def _cue_text(t: Any) -> str:
    prt = [c for c in t.children if c.dep_ == "prt" and c.i == t.i + 1]
    return t.text + (" " + prt[0].text if prt else "")


def _goes_on_below(tx: _Text, quotes: list[_Quote], qi: int) -> _Quote | None:
    """The quote that carries quote qi on into the next paragraph: qi is left open at its paragraph's end and
    the next paragraph opens with a mark, as news writes one speaker's words over several paragraphs."""
    q = quotes[qi]
    if q.span.close_end != q.span.end or qi + 1 >= len(quotes):
        return None
    nxt = quotes[qi + 1]
    line_start = tx.text.rfind("\n", 0, nxt.span.open_at) + 1
    if nxt.para != q.para + 1 or tx.text[line_start : nxt.span.open_at].strip():
        return None
    return nxt


def _attribute(tx: _Text, quotes: list[_Quote], speakers: _Speakers, qi: int) -> None:
    q = quotes[qi]

    def take(tok: Any | None, cue: str | None) -> bool:
        if tok is None:
            return False
        spk, person = speakers.mention(tok, qi)
        if spk is None:
            return False
        q.speaker, q.cue, q.person = spk, cue, person
        return True

    def take_cue(cue: Any | None) -> bool:
        return cue is not None and take(tx.speaker_token(cue), _cue_text(cue))

    dash = _dash_attribution(tx, q)
    if dash is not None and take(dash, None):
        return
    if take(_words_of(tx, q), "in the words of"):
        return
    if take(_colon_clause_subject(tx, q), None):  # "Her counterpart, Ana Lind, was more guarded: “…”"
        return
    gov_speech, gov_opinion = _governing_cues(tx, q)
    near_speech, near_opinion = _nearest_cues(tx, q)
    acc = _according_to(tx, q.unit)
    if take_cue(gov_speech):
        if acc is not None and not q.person and acc.ent_type_ == "PERSON":
            take(acc, "according to")  # "Norland has said it must be “…”, according to its minister Ana Lind"
        return
    if acc is not None and take(acc, "according to"):
        return
    if take_cue(near_speech) or take_cue(gov_opinion) or take_cue(near_opinion):
        return
    # no cue in the quote's own unit
    same_para_next = q.unit + 1 < len(tx.units) and tx.para(tx.doc[tx.units[q.unit + 1][0]].idx) == q.para
    if same_para_next and take_cue(tx.bare_attribution(tx.units[q.unit + 1])):
        return
    label = _label_speaker(tx, q)
    if label is not None and label.pos_ == "PROPN":  # "Former Special Envoy Nathan Sales: “…”"
        spk = tx.name_span(label)
        if spk is not None:
            q.speaker, q.cue, q.person = spk, None, True
            return
    if take(label, None):
        return
    if take(_answer_label(tx, q.para, q.unit), None):
        return
    a, b = tx.units[q.unit]
    let_me = next((t for t in tx.doc[a:b] if t.lower_ in ("me", "us") and t.i > 0
                   and tx.doc[t.i - 1].lower_ == "let" and tx.outside(t) and t.idx < q.span.open_at), None)
    if take(let_me, None):  # "Let me be clear: “…”": the text's own voice
        return
    prev = _previous_attribution(tx, quotes, qi, max_paras=0)
    if prev is None:
        if q.span.headline and take(_headline_subject(tx, q), None):
            return
        if take(_unit_subject(tx, q), None):
            return
        goes_on = _goes_on_below(tx, quotes, qi)
        if goes_on is not None and any(take_cue(c) for c in (*_governing_cues(tx, goes_on), *_nearest_cues(tx, goes_on))):
            return  # "“We waited ten years. ¶ “But no more,” Lind said.": the speaker named where the quote goes on
        prev = _previous_attribution(tx, quotes, qi, max_paras=1)
    if prev is not None:
        kind, ref = prev
        if kind == "quote":
            src = quotes[ref]
            q.speaker, q.cue, q.person = src.speaker, src.cue, src.person
            return
        if take_cue(ref):
            return
    if same_para_next:  # the speaker named in the following sentence
        a, b = tx.units[q.unit + 1]
        for t in tx.doc[a:b]:
            if tx.is_cue(t) and take_cue(t):
                return


def find_quotes(doc: Any, text: str | None = None) -> list[QuoteMention]:
    """Every direct quotation of a parsed article, with its speaker and cue.

    `doc` is the parse of the cleaned text; `text` is the original text (same
    length), from which the marks are read and the quoted words copied. The
    first reading of a parse is kept on it and returned to later callers.
    """
    if doc is None:
        return []
    original = text if (text is not None and len(text) == len(doc.text)) else doc.text
    # one reading per parse: the positions stage asks again (with the cleaned text, same offsets) after the
    # pipeline read the original
    key = "peacetrack.quotes"
    if key not in doc.user_data:
        doc.user_data[key] = tuple(_find_quotes(doc, original))
    return list(doc.user_data[key])


def _folded_words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", text.lower())


def _headline_echoes(quotes: list[_Quote], text: str) -> None:
    """A headline's quote of three words or more that the body quotes again ("'No deal without the river':
    Norland digs in" above "“There is no deal without the river,” Lind says") is the body speaker's where the
    headline gives only a side or no one: the body names the person."""
    body = [q for q in quotes if not q.span.headline and q.speaker is not None]
    for q in quotes:
        if not q.span.headline or q.person:
            continue  # a person the headline names speaks for themself ("Lind speaks ‘directly to farmers’")
        words = _folded_words(text[q.span.start : q.span.end])
        if len(words) < 3:
            continue
        for b in body:
            other = _folded_words(text[b.span.start : b.span.end])
            if any(other[i : i + len(words)] == words for i in range(len(other) - len(words) + 1)):
                q.speaker, q.cue, q.person = b.speaker, b.cue, b.person
                break


def _find_quotes(doc: Any, original: str) -> list[QuoteMention]:
    if not original.strip():
        return []
    spans = quote_spans(original)
    if not spans:
        return []
    probe = _Text(doc, original, spans)
    kept = []
    for s in spans:
        toks = probe.tokens_in(s.start, s.end)
        ents = [e for e in doc.ents if e.start_char >= s.start and e.end_char <= s.end]
        if not _is_not_speech(original, s, toks, ents):
            kept.append(s)
    if not kept:
        return []
    tx = probe if len(kept) == len(spans) else _Text(doc, original, kept)
    quotes = []
    for s in kept:
        anchor = tx.tokens_in(s.open_at, s.close_end)
        unit = tx.unit_of[anchor[0].i] if anchor else 0
        toks = [t for t in tx.tokens_in(s.start, s.end) if not t.is_space]
        quotes.append(_Quote(s, toks, unit, tx.para(s.open_at)))
    speakers = _Speakers(tx, quotes)
    for qi in range(len(quotes)):
        try:
            _attribute(tx, quotes, speakers, qi)
        except Exception:  # an odd parse must not lose the quote: keep it without a speaker
            log.warning("no speaker for the quote at %d: attribution failed", quotes[qi].span.start, exc_info=True)
    _headline_echoes(quotes, original)
    return [
        QuoteMention(
            start=q.span.start,
            end=q.span.end,
            text=original[q.span.start : q.span.end],
            speaker=q.speaker[0] if q.speaker else None,
            speaker_start=q.speaker[1] if q.speaker else None,
            speaker_end=q.speaker[2] if q.speaker else None,
            cue=q.cue,
        )
        for q in quotes
    ]
