"""The day of an event: the time expression nearest its trigger in the parse; failing that, the one day its
speaker is told speaking on, or the day its paragraph has just named."""
from __future__ import annotations

import re

from .lexicon import EVENT_NOUNS, OFFICE_NOUNS, RELATIVE_LINKS, VENUE_CLASS
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


def _date_for(ctx: _Context, anchors: list, sent, strict: bool = False) -> str | None:
    """The day of the time expression nearest the trigger in the parse ("on Tuesday", "Monday's talks")."""
    best, best_d = None, None
    inside = [(r, d, sp) for r, d, sp in ctx.timexes if sent.start <= r.i < sent.end
              and (_governs(r, anchors[0]) or _when(sp, anchors[0])
                   or not (_bounding(r) or _across_relative(r, anchors[0]) or _in_sequel_object(r, anchors[0])))]
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


def _narrative_days(events: list, ctx: _Context, timexes: list) -> None:
    """ "Talks opened in the capital on Monday. The meeting of the two delegations ended without a deal.": an
    event whose sentence names no time happened on the day its paragraph has just named."""
    for e in events:
        if e.date is not None or e.period or e.type == "attack":
            continue  # a strike is told through accusations made on the accuser's day, not the strike's
        t = ctx.doc[e.trigger]
        sent = t.sent
        if _times_named(sent, timexes):
            continue  # "over the weekend", "in the past day": a time of its own, if not a day
        perfect = any(c.dep_ == "aux" and c.lower_ in {"had", "has", "have"} for v in _depths(t) for c in v.children)
        if perfect or _shifted(sent) or _after_event(ctx.doc, e) or _told_before(ctx.doc, e):
            continue  # "had met", "has met", "earlier", "after the talks", "in the interview": another time
        day = _paragraph_day(sent, ctx, timexes)
        if day and len(day) == 10 and day <= ctx.pub:
            e.date = day


def _heading_days(doc, ctx: _Context) -> list[tuple[int, str]]:
    """Lines that are nothing but a day ("Thursday, July 2", "March 3:"), as live blogs and key-event lists head
    each day's items: (offset, day), in text order."""
    out = []
    for root, day, span in ctx.timexes:
        if len(day) != 10:
            continue
        sent = root.sent
        rest = (doc.text[sent.start_char:span.start_char] + doc.text[span.end_char:sent.end_char]).strip(" \n\t:.-–—,*#")
        line_start = doc.text.rfind("\n", 0, sent.start_char) + 1
        if rest or doc.text[line_start:sent.start_char].strip(" \t*#-"):
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

