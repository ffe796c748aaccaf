"""The day of an event: the time expression nearest its trigger in the parse; failing that, the one day its
speaker is told speaking on, or the day its paragraph has just named."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from .lexicon import EVENT_NOUNS, MEETING_NOUNS, OFFICE_NOUNS, RELATIVE_LINKS, VENUE_CLASS
from .syntax import _depths, _path_up, _same_name, _tree_distance
from .context import _Context
from .merging import _shifted


def _governs(timex, trigger) -> bool:
    """ "since March 18, when Putin agreed in a call": the trigger is in a clause about that day."""
    return any(t.i == timex.i for t in _depths(trigger)[1:])


def _when(span, trigger) -> bool:
    """ "since March 18, when Putin agreed ... in a phone call": the when-clause tells what happened that day."""
    doc = span.doc
    k = span.end
    if k < len(doc) and doc[k].text == ",":
        k += 1
    return k < len(doc) and doc[k].lower_ == "when" and trigger.i > k


def _bounding(root) -> bool:
    """ "since March 18", "until Friday": a bound of a period, not the day of an event."""
    return root.dep_ == "pobj" and root.head.lower_ in {"since", "until", "till", "through", "by", "before", "from"}


def _across_relative(timex, trigger) -> bool:
    """ "worked on Monday, one day after holding talks": Monday is not the day of the talks."""
    up_t = {t.i for t in _depths(timex)}
    for node in _depths(trigger):
        if node.i in up_t:
            return False  # reached the common ancestor
        if any(c.dep_ in {"mark", "prep"} and c.lower_ in RELATIVE_LINKS and c.i not in up_t for c in [node]):
            return True
        if node.dep_ in {"advcl", "pcomp", "pobj"} and any(c.dep_ == "mark" and c.lower_ in RELATIVE_LINKS for c in node.children):
            return True
    return False


def _in_sequel_object(timex, trigger) -> bool:
    """ "The session followed a call on Monday": Monday is the day of the call, not of the session."""
    for node in _depths(timex):
        if node.dep_ == "dobj" and node.head.lemma_ in {"follow", "precede"}:
            return trigger.i not in {t.i for t in node.subtree}
    return False


def _in_other_relative(timex, anchors, people: dict) -> bool:
    """ "signed in the presence of X, who arrived on Sunday for a visit": a day told in a relative clause on a person
    is the day of what that person did (not "the talks, which were held on Monday", nor "the cabinet, which met on
    Wednesday, accepted it", a body's step in the story told)."""
    above = {t.i for a in anchors for t in _depths(a)}
    own = {a.i for a in anchors}
    node = timex
    while node.i not in above and node.head.i != node.i:
        if node.dep_ == "relcl" and node.head.i not in own and node.head.i in people:
            return True
        node = node.head
    return False


def _quoted_words(tok, ctx: _Context) -> bool:
    """A token inside someone's quoted words ("Today we sign," he said), not inside a quoted name ("Fox News Sunday")."""
    text = ctx.text
    for s, e in ctx.quoted:
        if s <= tok.idx < e:
            words = re.findall(r"[^\W\d_][\w'’-]*", text[s:e])
            return not all(w[0].isupper() for w in words)
    return False


def _reported(timex, trigger) -> bool:
    """ "said in a statement that troops shelled the town on Sunday": a time in a clause the speech act reports,
    below the trigger's own clause (not "the message posted on Sunday", told of the venue itself)."""
    above = {t.i for t in _depths(trigger)}
    node = timex
    while node.i not in above and node.head.i != node.i:
        if node.dep_ == "ccomp":
            return True
        node = node.head
    return False


def _date_for(ctx: _Context, anchors: list, sent, strict: bool = False, speech: bool = False) -> str | None:
    """The day of the time expression nearest the trigger in the parse ("on Tuesday", "Monday's talks"); for a
    statement (`speech`), not a day of what it reports."""
    best, best_d = None, None
    inside = [(r, d, sp) for r, d, sp in ctx.timexes if sent.start <= r.i < sent.end and not _quoted_words(r, ctx)
              and not (speech and _reported(r, anchors[0])) and not _in_other_relative(r, anchors, ctx.person_of)
              and (_governs(r, anchors[0]) or _when(sp, anchors[0])
                   or not (_bounding(r) and d not in ctx.range_first  # "from 2 to 4 March": a span of days, no bound
                           or _across_relative(r, anchors[0]) or _in_sequel_object(r, anchors[0])))]
    if strict:  # the day of the main clause, not of what it reports ("said the truce began on March 18")
        inside = [(r, d, sp) for r, d, sp in inside
                  if not any(t.dep_ in {"ccomp", "relcl", "acl"} for t in _path_up(r, anchors[0]))]
    elif len({d for _, d, _ in inside}) == 1:
        return inside[0][1]  # the one day the sentence names
    for root, day, span in inside:
        if any(a.i in range(span.start, span.end) for a in anchors):
            d = 0
        else:
            d = min(_tree_distance(root, a) for a in anchors)
        if best_d is None or d < best_d or (d == best_d and abs(root.i - anchors[0].i) < abs(best[0].i - anchors[0].i)):
            best, best_d = (root, day), d
    if best is None or best_d > 5:
        return None
    return best[1]


def _speaker_days(events: list, spoke: list[tuple[list[str], str | None]], ctx: _Context) -> None:
    """ "The minister said Monday that ... Later in the piece: the minister said in an interview": a person whose
    speech acts in the article all fall on one day made the undated statement on that day too."""
    for e in events:
        if e.type != "statement" or e.date is not None or e.period or len(e.participants) != 1:
            continue
        who = e.participants[0]
        if who not in ctx.party_of_person:
            continue  # a party's statements span many voices and days
        if _after_event(ctx.doc, e) or _told_before(ctx.doc, e):
            continue  # tied to another event or venue, whose day is that one's
        days = {d for names, d in spoke if any(_same_name(who, n) for n in names)}
        days |= {m.date for m in events if m.type == "statement" and m.date and _same_name(who, m.participants[0])}
        days.discard(None)
        if len(days) == 1:
            day = days.pop()
            if len(day) == 10 and day <= ctx.pub:
                e.date = day


def _after_event(doc, e) -> bool:
    """ "told reporters after the session": the statement is dated by that event, not by its speaker."""
    span = doc.char_span(e.sent[0], e.sent[1], alignment_mode="expand")
    return span is not None and any(
        t.dep_ == "pobj" and t.lemma_.lower() in EVENT_NOUNS and t.head.lower_ in RELATIVE_LINKS for t in span)


def _told_before(doc, e) -> bool:
    """ "said in the interview": a venue the article has told of before, on a day it may not have given."""
    span = doc.char_span(e.sent[0], e.sent[1], alignment_mode="expand")
    return span is not None and any(
        t.lemma_.lower() in VENUE_CLASS and any(c.dep_ == "det" and c.lower_ in {"the", "that", "this"} for c in t.children)
        for t in span)


def _office_holder(tok, parties: list[str], ctx: _Context) -> list[str]:
    """ "Freedonia's president said ...": the one person of that party (or of none known) whose title is that
    office."""
    if tok.lemma_.lower() not in OFFICE_NOUNS or len(parties) != 1:
        return []
    holders = [p for p, party in ctx.party_of_person.items()
               if party in {parties[0], None} and tok.lemma_.lower() in ctx.titles.get(p, "").split()]
    return holders if len(holders) == 1 else []


def _perfect_today(events: list, ctx: _Context) -> None:
    """ "The two governments have agreed to ...", with no time named: a present perfect in the text's own voice
    (not what someone said) reports what the text announces, on its publication day."""
    for e in events:
        if e.type != "agreement" or e.date is not None or e.period:
            continue
        t = ctx.doc[e.trigger]
        perfect = t.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in {"have", "has", "'ve"} for c in t.children)
        if t.dep_ != "ROOT" or not perfect:
            continue
        if any(t.sent.start <= r.i < t.sent.end for r, _, _ in ctx.timexes):
            continue
        e.date = ctx.pub


PARAGRAPH_BREAK = re.compile(r"\n[ \t]*(?:\n|[-*•]\s)")  # a blank line, or a new item of a list


def _same_paragraph(prev, sent) -> bool:
    """No blank line nor list item mark between two sentences."""
    text = sent.doc.text
    a = prev.start_char + len(prev.text.rstrip())
    b = sent.start_char + len(sent.text) - len(sent.text.lstrip())
    return a > b or not PARAGRAPH_BREAK.search(text[a:b + 2])  # with the item mark the sentence opens with


def _times_named(sent, timexes: list) -> bool:
    return any(sent.start_char <= x.start < sent.end_char for x in timexes)


def _own_time(sent, timexes: list, quoted: list[tuple[int, int]], speech=None) -> bool:
    """A time the sentence names for what it tells: not a bound of a period ("their first meeting since May"), a
    length ("met for three hours"), a time in the words it quotes nor, for a statement (its trigger `speech`), one
    of what it reports ("said in a statement that troops shelled the town on Sunday")."""
    for x in timexes:
        if sent.start_char <= x.start < sent.end_char:
            if x.type == "DURATION" or any(s <= x.start < e for s, e in quoted):
                continue
            span = sent.doc.char_span(x.start, x.end, alignment_mode="expand")
            if span is not None and speech is not None and _reported(span.root, speech):
                continue
            if span is None or not _bounding(span.root) or span.root.head.lower_ not in {"since", "until", "till"}:
                return True
    return False


def _paragraph_day(sent, ctx: _Context, timexes: list) -> str | None:
    """The day of the nearest earlier sentence of the paragraph that names a time, if that time is one day."""
    doc, cur = ctx.doc, sent
    while cur.start > 0:
        prev = doc[cur.start - 1].sent
        if not _same_paragraph(prev, cur):
            return None
        if _times_named(prev, timexes):
            days = {d for r, d, _ in ctx.timexes if prev.start <= r.i < prev.end}
            return days.pop() if len(days) == 1 else None
        cur = prev
    return None


PARAGRAPHS = re.compile(r"\n[ \t]*\n")


def _lead_day(e, ctx: _Context) -> str | None:
    """ "A and B agreed on Wednesday to ... [new paragraph] A and B met for three hours at the compound.": until the
    text names another day, it goes on with the news of its lead (the first paragraph of the first three that
    names a day), on the one day the lead names: in the next paragraph (a statement, in reaction, further on). A deal
    is not so dated: one told apart from the lead's is another deal."""
    if e.type == "agreement":
        return None
    text = ctx.text
    starts = [0] + [m.end() for m in PARAGRAPHS.finditer(text)] + [len(text)]
    named = sorted((r.idx, d) for r, d, _ in ctx.timexes if not _quoted_words(r, ctx))
    sent = ctx.doc[e.trigger].sent
    at = sent.start_char + len(sent.text) - len(sent.text.lstrip())
    for k in (0, 1, 2):
        days = {d for i, d in named if starts[k] <= i < starts[k + 1]}
        if not days:
            continue
        day = days.pop() if len(days) == 1 else None
        if day is None or not starts[k + 1] <= at or any(starts[k + 1] <= i < at and day != d <= ctx.pub for i, d in named):
            return None  # another past day told since: the text has moved on (a deadline to come has not)
        if e.type != "statement" and at >= starts[k + 2] and not any(starts[k + 1] <= i < at for i, _ in named):
            return None  # further on, only what is said in reaction goes with the lead, unless its day is told again
        return None if _taken_up(ctx.doc[e.trigger]) else day
    return None


# what a meeting noun as subject does when the sentence tells the meeting itself: "the talks were led by A and B"
HOLDING_VERBS = {"lead", "chair", "co-chair", "host", "attend", "convene", "hold", "take", "open", "begin", "start",
                 "end", "close", "conclude", "last", "resume", "focus", "bring", "gather"}


def _taken_up(tok) -> bool:
    """ "The meeting of the officials helped to calm the dispute": a meeting the sentence takes up to say what it
    did, told of on a day of its own."""
    return tok.pos_ == "NOUN" and tok.dep_ in {"nsubj", "nsubjpass"} and tok.head.lemma_ not in HOLDING_VERBS and any(
        c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in tok.children)


def _narrative_days(events: list, ctx: _Context, timexes: list) -> None:
    """ "Talks opened in the capital on Monday. The meeting of the two delegations ended without a deal.": an
    event whose sentence names no time happened on the day its paragraph has just named, else on the day of the
    report's lead it still goes on with."""
    for e in events:
        if e.date is not None or e.period or e.type == "attack":
            continue  # a strike is told through accusations made on the accuser's day, not the strike's
        # the first mention (a headline, say) may tell no day where a later one's paragraph does
        for view in [e] + [replace(e, trigger=t, sent=s) for t, s in e.alsos]:
            day = _narrative_day(view, ctx, timexes)
            if day:
                e.date = day
                break


def _narrative_day(e, ctx: _Context, timexes: list) -> str | None:
    t = ctx.doc[e.trigger]
    sent = t.sent
    if _own_time(sent, timexes, ctx.quoted, t if e.type == "statement" else None):
        return None  # "over the weekend", "in the past day": a time of its own, if not a day
    perfect = any(c.dep_ == "aux" and c.lower_ in {"had", "has", "have"} for v in _depths(t) for c in v.children)
    if perfect or _shifted(sent):
        return None  # "had met", "has met", "earlier": another time
    if _after_event(ctx.doc, e) or _told_before(ctx.doc, e):
        # "after the talks", "in the interview": the time of an event told before, the lead's if none since
        day = _lead_day(e, ctx)
    else:
        day = _paragraph_day(sent, ctx, timexes) or _lead_day(e, ctx)
    return day if day and len(day) == 10 and day <= ctx.pub else None


def _heading_days(doc, ctx: _Context) -> list[tuple[int, str]]:
    """Lines that are nothing but a day ("Thursday, July 2", "March 3:"), as live blogs and key-event lists head
    each day's items: (offset, day), in text order."""
    out = []
    for root, day, span in ctx.timexes:
        if len(day) != 10:
            continue
        sent = root.sent
        text = ctx.text
        rest = (text[sent.start_char:span.start_char] + text[span.end_char:sent.end_char]).strip(" \n\t:.-–—,*#")
        line_start = text.rfind("\n", 0, sent.start_char) + 1
        if rest or text[line_start:sent.start_char].strip(" \t*#-"):
            continue  # words besides the day, or the sentence does not start its line
        out.append((sent.end_char, day))
    return sorted(out)


def _section_days(events: list, ctx: _Context) -> None:
    """ "Thursday, July 2" on a line of its own, then "- The ministers met in Dar es Salaam ...": an event told under
    a day heading, with no time of its own, happened that day."""
    heads = _heading_days(ctx.doc, ctx)
    if not heads:
        return
    for e in events:
        if e.date is not None or e.period:
            continue
        at = ctx.doc[e.trigger].sent.start_char
        before = [day for end, day in heads if end <= at]
        if before and before[-1] <= ctx.pub and not _shifted(ctx.doc[e.trigger].sent):
            e.date = before[-1]



# "08:30 - ", "14:45 | ", "9.05am: ": a live blog's entry, headed by the clock time it was posted at
TIMED_ENTRY = re.compile(r"^[ \t*#]*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[-–—|:]|GMT|UTC|local)", re.M | re.I)


def _entry_days(events: list, ctx: _Context, timexes: list) -> None:
    """ "08:30 - The envoy has arrived at the palace." / "10:40 - The spokesman tells state TV that ...": a live blog
    posts each entry as it happens, on its day (the publication day, where no line heads the entries with a day),
    under a headline and lead on the same day's news: an event whose sentence names no time of its own and does not
    move away in time happened then."""
    entries = [m.start() for m in TIMED_ENTRY.finditer(ctx.text)]
    if len(entries) < 3 or any(day != ctx.pub for _, day in _heading_days(ctx.doc, ctx)):
        return  # a blog over several days, each headed by its day
    for e in events:
        if e.date is not None or e.period:
            continue
        t = ctx.doc[e.trigger]
        sent = t.sent
        if _own_time(sent, timexes, ctx.quoted, t if e.type == "statement" else None):
            continue
        past = any(c.dep_ == "aux" and c.lower_ == "had" for v in _depths(t) for c in v.children)
        if not past and not _shifted(sent):
            e.date = ctx.pub


def _afterwards_days(events: list, ctx: _Context) -> None:
    """ "A and B met on Monday. [...] A told reporters afterwards": an undated event said to come right after
    what was told before happened on the day of the last dated event told within the two sentences before it."""
    for e in events:
        t = ctx.doc[e.trigger]
        if e.date is not None or e.period or not any(
                x.lower_ in {"afterwards", "afterward"} and x.dep_ == "advmod" for x in t.sent):
            continue
        here = ctx.sent_index.get(e.sent[0], -9)
        before = [m for m in events if m.date and m.trigger < e.trigger and 0 <= here - ctx.sent_index.get(m.sent[0], -99) <= 2]
        day = max(before, key=lambda m: m.trigger).date if before else _last_day_named(t.sent, ctx)
        if day and len(day) == 10 and day <= ctx.pub:
            e.date = day


# "after the session", "after the round": talks the text has told of before
_SESSION_NOUNS = MEETING_NOUNS | {"round", "talk", "discussion", "negotiation", "consultation"}


# verbs telling when talks took place (not "the session followed a call on Monday")
_SESSION_VERBS = {"end", "conclude", "close", "open", "begin", "start", "hold", "take", "convene", "wrap", "resume"}


def _after_the_session(sent) -> bool:
    """ "told journalists after the session": a statement made right after talks told of before."""
    return any(t.dep_ == "pobj" and t.lemma_.lower() in _SESSION_NOUNS and t.head.lower_ == "after"
               and any(c.dep_ in {"det", "poss"} and c.lower_ in {"the", "that", "this", "its", "their"} for c in t.children)
               for t in sent)


def _of_a_session(root) -> bool:
    """ "at its meeting on Tuesday", "the round ended on Wednesday", "the session was held on 5 May": a day told of
    talks (up the parse, a meeting noun, or a verb whose subject is one)."""
    for node in _depths(root)[1:5]:
        if node.lemma_.lower() in _SESSION_NOUNS and node.pos_ in {"NOUN", "PROPN"}:
            return True
        if node.pos_ in {"VERB", "AUX"}:
            return node.lemma_.lower() in _SESSION_VERBS and any(
                c.dep_ in {"nsubj", "nsubjpass"} and c.lemma_.lower() in _SESSION_NOUNS for c in node.children)
    return False


def _after_session_days(events: list, ctx: _Context) -> None:
    """ "The round ended on Wednesday [...]. '...,' the envoy told journalists after the session.": an undated
    statement made after talks told of before was made on the day of those talks: the last dated meeting before it,
    else the last day the text gave to talks."""
    for e in events:
        sent = ctx.doc[e.trigger].sent
        if e.type != "statement" or e.date is not None or e.period or not _after_the_session(sent):
            continue
        met = [m for m in events if m.type == "meeting" and m.date and m.trigger < sent.start]
        if met:
            day = max(met, key=lambda m: m.trigger).date
        else:
            told = [(r.i, d) for r, d, _ in ctx.timexes if r.i < sent.start and len(d) == 10 and not _quoted_words(r, ctx)
                    and _of_a_session(r)]
            day = max(told)[1] if told else None
        if day and len(day) == 10 and day <= ctx.pub:
            e.date = day


def _last_day_named(sent, ctx: _Context) -> str | None:
    """ "The envoy presented the plan on Monday. [...] 'We got a yes,' she told a press conference afterwards.": the
    last day the text names before the sentence, within its paragraph and the two before, when no event told there
    is dated."""
    named = [(r.idx, d) for r, d, _ in ctx.timexes if r.idx < sent.start_char and len(d) == 10 and d <= ctx.pub
             and not _quoted_words(r, ctx)]
    if not named:
        return None
    at, day = max(named)
    return day if len(PARAGRAPHS.findall(ctx.text, at, sent.start_char)) <= 2 else None


_COUNT = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
          "nine": 9, "ten": 10}
_UNIT_DAYS = {"day": 1, "week": 7, "hour": 0, "minute": 0}


def _gap(clause) -> int | None:
    """ "two days after ...", "a week before ...", "hours after ...": the days an after/before clause lies from the
    clause it hangs on (positive: before it), else None."""
    mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ in {"after", "before"}), None)
    if mark is None:
        return None
    # "a day" hangs on the clause, on its mark, or on the outer verb just before the mark
    for n in list(clause.children) + list(mark.children) + [c for c in clause.head.children if c.i == mark.i - 1]:
        unit = _UNIT_DAYS.get(n.lemma_.lower())
        if n.dep_ != "npadvmod" or unit is None:
            continue
        if unit == 0:
            return 0  # "hours after": the same day
        nums = [c.lower_ for c in n.children if c.dep_ in {"nummod", "det"}]
        k = _COUNT.get(nums[0]) if nums else None
        if k is None and nums and nums[0].isdigit():
            k = int(nums[0])
        if k is None:
            return None
        return k * unit if mark.lower_ == "after" else -k * unit
    return None


def _shift_day(day: str, back: int) -> str:
    return (dt.date.fromisoformat(day) - dt.timedelta(days=back)).isoformat()


def _clause_day(verb, clause, ctx: _Context) -> str | None:
    """The one day a clause names outside the after/before clause hung on it."""
    inside = {t.i for t in clause.subtree}
    days = {d for r, d, _ in ctx.timexes if verb.sent.start <= r.i < verb.sent.end and r.i not in inside
            and not _quoted_words(r, ctx) and _tree_distance(r, verb) <= 3 and not _bounding(r)}
    return days.pop() if len(days) == 1 and len(next(iter(days))) == 10 else None


# what an event noun as subject does when the sentence places it in time: "the signing came a week after ..."
_PLACING_VERBS = {"come", "follow", "take", "be"}


def _told_event_day(verb, events: list, e) -> str | None:
    """ "The signing came three days after a shell hit the depot": the day of the event the subject names, told
    before and dated (the last of that type: a signing or ceremony is the deal's)."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or verb.lemma_ not in _PLACING_VERBS or not any(c.lower_ in {"the", "this", "that"} for c in subj.children):
        return None
    noun = subj.lemma_.lower()
    kind = "agreement" if noun in {"ceremony", "signing"} else "meeting" if noun in _SESSION_NOUNS else None
    told = [m for m in events if m is not e and m.type == kind and m.date and len(m.date) == 10 and m.trigger < verb.i]
    return max(told, key=lambda m: m.trigger).date if told else None


def _offset_days(events: list, ctx: _Context) -> None:
    """ "freed the fishermen on Monday, two days after a patrol opened fire on their boat": an undated event told in
    a clause a counted number of days after (before) a dated clause, or the other way round ("the talks came a
    day after A spoke by phone with B", the call dated), lies that many days from it."""
    for e in events:
        if e.date is not None or e.period:
            continue
        t = ctx.doc[e.trigger]
        for node in _depths(t)[:6]:
            if node.dep_ == "advcl" and _gap(node) is not None:  # the event is told in the after-clause
                day = _clause_day(node.head, node, ctx) or _told_event_day(node.head, events, e)
                if day:
                    e.date = _shift_day(day, _gap(node))
                break
            clauses = [c for c in node.children if c.dep_ == "advcl" and _gap(c) is not None]
            if clauses and node.pos_ in {"VERB", "AUX"}:  # the event is told in the clause the after-clause hangs on
                inner = {x.i for x in clauses[0].subtree}
                dated = [m.date for m in events if m is not e and m.date and len(m.date) == 10
                         and ({m.trigger} | {a for a, _ in m.alsos}) & inner]
                if len(set(dated)) == 1:
                    e.date = _shift_day(dated[0], -_gap(clauses[0]))
                break
        if e.date and (len(e.date) != 10 or e.date > ctx.pub):
            e.date = None


def _news_day(ctx: _Context) -> str | None:
    """The day the story is about: the day its first sentence that names a past day tells of in its main clause
    ("Norland accused Sudland on Tuesday of breaching the truce, after a patrol was fired on on Sunday": Tuesday),
    within the first three paragraphs."""
    text = ctx.text
    starts = [0] + [m.end() for m in PARAGRAPHS.finditer(text)] + [len(text)]
    limit = starts[min(3, len(starts) - 1)]
    named = sorted((r.idx, r) for r, d, _ in ctx.timexes if len(d) == 10 and _recent(d, ctx.pub) and r.idx < limit
                   and not _quoted_words(r, ctx))
    if not named:
        return None
    sent = named[0][1].sent
    day = _date_for(ctx, [sent.root], sent, strict=True)
    if day is None:
        days = {d for r, d, _ in ctx.timexes if sent.start <= r.i < sent.end and len(d) == 10}
        day = days.pop() if len(days) == 1 else None
    return day if day and _recent(day, ctx.pub) else None


def _recent(day: str, pub: str, span: int = 31) -> bool:
    """A day within a month before publication: the news, not an anniversary the story opens with."""
    gap = (dt.date.fromisoformat(pub) - dt.date.fromisoformat(day)).days
    return 0 <= gap <= span


def _news_days(events: list, spoke: list[tuple[list[str], str | None]], ctx: _Context, timexes: list) -> None:
    """ "'We are ready,' the minister told reporters at the crossing.": a statement told with no time of its own, in
    a sentence that does not move away in time, was made on the story's day, as news reports what is said that day;
    not one tied to another event or venue ("after the session", "in the interview") nor one of a speaker the text
    tells speaking on other days."""
    day = None
    for e in events:
        if e.type != "statement" or e.date is not None or e.period:
            continue
        if _after_event(ctx.doc, e) or _told_before(ctx.doc, e):
            continue
        if any(d for names, d in spoke if any(_same_name(p, n) for p in e.participants for n in names)):
            continue
        t = ctx.doc[e.trigger]
        if _own_time(t.sent, timexes, ctx.quoted, t) or _shifted(t.sent):
            continue
        perfect = any(c.dep_ == "aux" and c.lower_ in {"had", "has", "have"} for v in _depths(t) for c in v.children)
        if perfect:
            continue  # "has said": at some time before
        day = day or _news_day(ctx)
        if day is None:
            return
        e.date = day
