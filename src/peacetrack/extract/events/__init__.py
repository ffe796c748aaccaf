"""Events: calls, meetings, visits, statements, agreements, exchanges, attacks.

Three pure stages over a parsed article:

* detection (`_Detector`): a trigger word of a type is found through its
  lemma and its syntactic role ("met", "talks with", "a call between",
  "visited", "flew to", "signed an agreement", "agreed" with two parties as
  subject, "swapped prisoners", "struck energy facilities"); a statement is a
  speech act at a named venue ("said at a briefing", "told reporters", "in an
  interview", "wrote on Telegram");
* filtering (`_occurred`): the trigger must be reported as having happened.
  Modals, negation, conditionals, infinitives of plans ("to meet"), plan
  governors ("proposed talks", "rejected negotiations") and plan modifiers
  ("upcoming summit") make it a position, not an event; so does a date after
  the publication date;
* resolution: participants are the people (else parties) that fill the
  trigger's roles -- subject, "with X", "between X and Y", "X's call",
  "US-Russia talks", "Ukrainian delegation" -- never a place ("met in
  Riyadh") nor the medium that reports it ("told Reuters"); the date is the
  day of the time expression closest to the trigger in the parse tree
  ("on Tuesday", "Monday's talks"). Mentions of one event within an article
  (same type, one participant set within the other, compatible dates) are
  merged, so an undated restatement takes the date of the dated one. An
  event still undated whose sentence names no time takes the one day its
  speaker is told speaking on (statements), else the day its paragraph has
  just named ("Talks opened on Monday. The meeting ended without a deal.").

The stages live in modules of this package: `lexicon` (the words), `syntax` (parse helpers), `context`
(what the article tells about its tokens, "the two sides"), `participants` (noun phrases to people and
parties), `factuality` (did it happen?), `dating`, `triggers` (detection), `merging` (one event, several
mentions) and `release` (an official release as a statement).
"""
from __future__ import annotations

from ...records import Event
from ..actors import ActorIndex
from .syntax import _same_name, _subject
from .context import Mention, _Context
from .dating import (_after_session_days, _afterwards_days, _date_for, _entry_days, _narrative_days, _news_days, _office_holder, _offset_days,
                     _perfect_today, _section_days, _speaker_days)
from .lexicon import ACCUSE_VERBS, SPEECH_VERBS
from .release import release_event
from .triggers import _Detector
from .merging import (
    _beside_days,
    _ceremony_speakers,
    _clean_names,
    _complete,
    _drop_call_promises,
    _drop_joined_separates,
    _each_apart,
    _joined_talks,
    _merge,
    _open_joint,
    _outcome_dates,
    _refer_back,
    _same_venue,
    _shifted,
    _signing_days,
)

__all__ = ["find_events", "release_event"]


def find_events(doc, index: ActorIndex, timexes: list) -> list[Event]:
    """Events reported in a parsed article, each once, with the date any of its mentions fixes."""
    ctx = _Context(doc, index, timexes)
    det = _Detector(ctx)
    mentions: list[Mention] = []
    each: list[Mention] = []  # "X met each minister separately"
    sents: dict[int, list[Mention]] = {}
    previous: tuple[list[str], str | None] = ([], None)  # the last sentence's subject and its day
    spoke: list[tuple[list[str], str | None]] = []  # (speakers, day) of each speech act the article reports
    speakers_at: list[tuple[int, list[str], int, int]] = []  # (sentence start, speakers, verb, sentence end) of them
    for sent in doc.sents:
        if all(t.i in ctx.skipped or t.is_space or t.is_punct for t in sent):
            continue
        found = det.mentions(sent)
        # one event per (type, participants) within a sentence
        uniq: list[Mention] = []
        each += [m for m in found if m.each]
        for m in found:
            if m.each:
                continue
            if not m.participants and not m.partial:
                continue
            if m.type in {"call", "meeting", "agreement", "exchange", "attack"} and len(m.participants) < 2 and not m.partial:
                continue
            if any(u.type == m.type and set(u.participants) == set(m.participants) and u.period == m.period
                   and u.place == m.place for u in uniq):
                continue
            uniq.append(m)
        # "Zelenskyy said Sunday that ... Writing on X, he said": the statement goes on on the same day
        for m in uniq:
            if m.type == "statement" and m.date is None and previous[1] and not _shifted(sent) and any(
                _same_name(m.participants[0], p) for p in previous[0]
            ):
                m.date = previous[1]
        mentions += uniq
        sents[sent.start_char] = uniq
        # the subject of this sentence, for "he" and "they" in the next
        root = sent.root
        s = _subject(root, ctx.skipped)
        subject: list[str] = []
        pe: list[str] = []
        if s is not None:
            pe, pa = det.res.np(s)
            subject = pe + pa
            pe = pe or _office_holder(s, pa, ctx)
            if subject:
                ctx.last_subject = subject
        if subject:
            previous = (subject, _date_for(ctx, [root], sent, strict=True))
        if pe and root.lemma_ in SPEECH_VERBS | ACCUSE_VERBS | {"suggest"} and not _shifted(sent):
            spoke.append((pe, _date_for(ctx, [root], sent, strict=True)))
            speakers_at.append((sent.start_char, pe, root.i, sent.end_char))
    _refer_back(doc, mentions, sents, pub=ctx.pub)
    sent_no = {start: k for k, start in enumerate(sorted(sents))}
    merged = _merge([m for m in mentions if not m.partial], ctx)
    _complete(merged, [m for m in mentions if m.partial], sent_no, ctx)
    for m in merged:
        m.participants = _clean_names(m.participants, ctx)
    merged = _each_apart(_drop_joined_separates(merged, ctx), each, ctx)  # beside the joint talks, not instead
    merged = _same_venue(merged)
    _open_joint(merged, speakers_at, ctx)
    _joined_talks(merged, ctx)
    merged += _ceremony_speakers(merged, speakers_at, ctx)
    _outcome_dates(merged, ctx)
    days: dict[str, set] = {}
    for m in merged:
        if m.date and m.type in {"meeting", "call", "visit", "agreement"}:
            days.setdefault(m.type, set()).add(m.date)
    _refer_back(doc, mentions, sents, only={k: v.pop() for k, v in days.items() if len(v) == 1})
    merged = _drop_call_promises(merged, ctx)
    _offset_days(merged, ctx)
    _entry_days(merged, ctx, timexes)
    _speaker_days(merged, spoke, ctx)
    _perfect_today(merged, ctx)
    _narrative_days(merged, ctx, timexes)
    _section_days(merged, ctx)
    _afterwards_days(merged, ctx)
    _after_session_days(merged, ctx)
    _beside_days(merged)
    _signing_days(merged, ctx)
    _news_days(merged, spoke, ctx, timexes)
    for m in merged:
        if m.type in {"meeting", "visit"} and m.date in ctx.range_first:
            m.date = ctx.range_first[m.date]  # talks or a visit of several days began on the first (a deal comes at the close)
    events = []
    for m in merged:
        e = Event(m.type, m.date, _clean_names(m.participants, ctx))
        e.evidence = m.sent  # replaced by Evidence by the caller
        events.append(e)
    return events
