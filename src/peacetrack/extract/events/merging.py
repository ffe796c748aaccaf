"""Mentions of one event within an article, merged; dates carried between them."""
from __future__ import annotations

import datetime as dt
import re

from .lexicon import (AGREEMENT_VERBS, CALL_NOUNS, CHAIR_VERBS, MEETING_NOUNS, OCCASION_NOUNS, OFFICE_NOUNS, ORG_WORDS,
                      VISIT_NOUNS)
from .syntax import _quoted_ranges, _same_name
from .context import Mention, _Context

PARAGRAPHS = re.compile(r"\n[ \t]*\n")


def _party_set(parts: list[str], ctx: _Context) -> frozenset[str]:
    return frozenset(ctx.party_of_person.get(p) or p for p in parts)


def _compatible(a: Mention, b: Mention, ctx: _Context) -> bool:
    if a.type != b.type or (a.date and b.date and a.date != b.date):
        return False
    # "signed last year" and "agreed on Wednesday" are two agreements; so are "signed last year" and "the
    # parties agreed that ..." of the day reported
    if a.type == "agreement" and bool(a.period) != bool(b.period) and not (a.date or b.date or a.earlier or b.earlier):
        return False
    if a.type == "agreement" and a.earlier != b.earlier and (a.date or b.date):
        return False  # "agreed on Friday, five years after signing a treaty": two deals
    for x, y in ((a, b), (b, a)):
        if x.period and (y.date or y.period) and not (y.date or y.period).startswith(x.period) and not x.period.startswith(y.period or "-"):
            return False
    if a.place and b.place and a.place != b.place:
        return False  # "visited A and B": a visit to each
    if a.type == "statement" and a.venue != b.venue and "joint" not in {a.venue, b.venue}:
        return False  # a joint press conference holds each speaker's statement at it
    if a.type == "attack":  # two strikes between the same sides are two events unless one day fixes both
        if a.participants != b.participants:  # the attacker first: two sides striking each other are two events
            return False
        if a.date is not None and a.date == b.date:
            return True
        # "X accused Y of striking its energy sites. The ministry said Y attacked power grids ...": one report
        return (a.date is None or b.date is None) and abs(ctx.sent_index.get(a.sent[0], -9) - ctx.sent_index.get(b.sent[0], 9)) <= 1
    sa, sb = set(a.participants), set(b.participants)
    if (a.split or b.split) and sa != sb:
        return False  # the article says these talks were held apart
    if a.type == "meeting" and sa != sb and (_told_joint(ctx.doc[a.trigger]) or _told_joint(ctx.doc[b.trigger])):
        return False  # "the three-way talks" are not the talks of two of them
    if sa <= sb or sb <= sa:
        return True
    pa, pb = _party_set(a.participants, ctx), _party_set(b.participants, ctx)
    if a.type in {"statement", "visit"}:
        return False  # one speaker or visitor: a person and another of the same party are two events
    people_a = [p for p in a.participants if p in ctx.party_of_person]
    people_b = [p for p in b.participants if p in ctx.party_of_person]
    return pa == pb and (not people_a or not people_b)


def _merge(mentions: list[Mention], ctx: _Context) -> list[Mention]:
    merged: list[Mention] = []
    for m in mentions:
        target = None
        for e in sorted(merged, key=lambda e: e.period != m.period):  # same period first
            if m.type in m.refs and e.type == m.type:
                continue
            if _compatible(e, m, ctx):
                target = e
                break
        if target is None:
            merged.append(m)
            continue
        target.alsos.append((m.trigger, m.sent))
        if target.date is None and m.date:
            target.date = m.date
        # keep the fuller set when one holds the other, but a person set over a party set
        st, sm = set(target.participants), set(m.participants)
        if st < sm and not (target.type in {"call", "meeting"} and len(st) >= 2 and len(sm) > 2 and target.type == "call"):
            target.participants = list(m.participants)
    return merged


# "a day before the talks", "two days after the meeting": a day counted from an event the article dates
DAYS_FROM = re.compile(r"\b(?P<n>an?|one|two|three|four|five|six|seven|\d{1,2})\s+days?\s+(?P<dir>before|after)\s+"
                       r"(?:the|that|this)\s+(?P<noun>\w+)", re.I)
NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


def _kind(word: str, lemma: str | None = None) -> str | None:
    """The event type an event noun names: "talks" -> meeting, "conversation" -> call."""
    word, lemma = word.lower(), (lemma or word).lower()
    if word in MEETING_NOUNS or lemma in MEETING_NOUNS:
        return "meeting"
    if lemma in CALL_NOUNS or word in CALL_NOUNS:
        return "call"
    if lemma in VISIT_NOUNS or word in VISIT_NOUNS:
        return "visit"
    if word in {"signing", "ceremony"}:
        return "agreement"  # "told reporters after the signing", "said at the ceremony": on the day of the signing
    return None


def _refer_back(doc, mentions: list[Mention], sents: dict[int, list[Mention]], only: dict[str, str] | None = None,
                pub: str = "") -> None:
    """ "Following the meeting, X met Y": an undated event takes the date of the event it follows (with `only`,
    of the one dated event of that type the article reports: "told a news conference after the talks")."""
    dated: dict[str, str] = dict(only or {})
    by_sent = sorted(sents.items())
    for start, ms in by_sent:
        for m in ms:
            if m.date is None:
                span = doc.char_span(m.sent[0], m.sent[1], alignment_mode="expand")
                if span is None:
                    continue
                shift = DAYS_FROM.search(span.text)
                if shift:  # "A day before the talks, he held a video call"
                    kind = _kind(shift.group("noun"))
                    if kind and kind in dated:
                        word = shift.group("n").lower()
                        n = int(word) if word.isdigit() else NUMBERS.get(word)
                        if n:
                            day = dt.date.fromisoformat(dated[kind])
                            day += dt.timedelta(days=n if shift.group("dir").lower() == "after" else -n)
                            m.date = day.isoformat()
                            continue
                for t in span:
                    # "said at the ceremony": the venue of the statement is the signing, on its day
                    own = t.i == m.trigger and not (m.type == "statement" and t.lower_ == "ceremony")
                    if own or t.dep_ != "pobj" or t.head.lower_ not in {"after", "following", "during", "at"}:
                        continue
                    if t.lower_ == "ceremony" and only is None:
                        continue  # a ceremony of the one signing the article dates, not of the last told of
                    if not any(c.lower_ in {"the", "that", "this", "those", "these"} for c in t.children):
                        continue
                    kind = _kind(t.lower_, t.lemma_)
                    if only is not None and kind in dated and not any(
                            x.type == kind and x.sent[0] < m.sent[0] and (x.date == dated[kind] or not x.partial)
                            for x in mentions):
                        continue  # "after the talks": talks told before, not the only dated ones, told further on
                    if kind and kind in dated:
                        m.date = dated[kind]
                        m.refs.append(kind)  # "Following the meeting, X met Y": another meeting than that one
                        break
        for m in ms:
            if m.date and only is None and not (pub and m.type in dated and _within_month(dated[m.type], pub)
                                                and not _within_month(m.date, pub)):
                dated[m.type] = m.date  # "after the signing": the recent one, not one recalled since


def _complete(events: list[Mention], partials: list[Mention], sent_no: dict[int, int], ctx: _Context) -> None:
    """ "Trump's summit yesterday ... The summit, which brought together Zelenskyy and European leaders":
    a mention naming one side joins the nearest full mention of that type (two sentences away at most)."""
    for p in partials:
        here = sent_no.get(p.sent[0], 0)
        best, gap = None, None
        near = []
        for e in events:
            if e.type != p.type or (e.date and p.date and e.date != p.date):
                continue
            d = abs(sent_no.get(e.sent[0], 0) - here)
            if d <= 2:
                near.append(e)
                if gap is None or d < gap:
                    best, gap = e, d
        if not p.participants:  # "after Tuesday's session": the nearest meeting reported, dated
            told = [e for e in events if e.type == "agreement" == p.type and e.date is None and not e.period
                    and sent_no.get(e.sent[0], 0) < here]
            if best is None and p.date and len(told) == 1:
                best = told[0]  # "[a section later] The short text, agreed on 11 May, ...": the one undated deal told
            if best is not None and p.date:
                best.date = best.date or p.date
            elif p.date and p.type == "meeting" and not any(e.type == "meeting" for e in events):
                # "the talks ended on Thursday evening", in a report of one round: the talks of the two sides at issue
                pair = ctx.pair_at(p.trigger)
                if pair:
                    p.participants = list(pair)
                    p.partial = False
                    events.append(p)
            continue
        same = [e for e in near if set(p.participants) <= set(e.participants)]
        if same:  # "the conversation with the Freedonian leader": the call already reported
            same[0].date = same[0].date or p.date
            continue
        if best is None:
            if p.type == "meeting" and _hosted(ctx.doc[p.trigger]) and not any(e.type == "meeting" for e in events):
                # "the Qatari minister X hosted the talks", the talks themselves told in no way the parse reaches: the
                # host and the two sides at issue (a state "hosting" may only lend the venue)
                pair = ctx.pair_at(p.trigger)
                hosts = _party_set(p.participants, ctx)
                if pair and not hosts & set(pair) and all(x in ctx.party_of_person for x in p.participants):
                    p.participants = p.participants + list(pair)
                    p.partial = False
                    events.append(p)
            continue
        if best.type == "call" and len(best.participants) >= 2:
            continue  # a call has two sides
        covered = _party_set(best.participants, ctx)
        for x in p.participants:
            if x not in best.participants and (ctx.party_of_person.get(x) or x) not in covered:
                best.participants.append(x)
        best.date = best.date or p.date


def _hosted(tok) -> bool:
    """ "X hosted the talks", "the session was chaired by Y": a meeting noun whose host or chair is what is told."""
    return tok.dep_ in {"dobj", "nsubjpass"} and tok.head.lemma_ in CHAIR_VERBS - {"attend"}


def _drop_joined_separates(events: list[Mention], ctx: _Context) -> list[Mention]:
    """Once the article says the talks were separate (A with B, A with C), a meeting of A, B and C is
    the same talks told loosely."""
    out = []
    for e in events:
        if e.type == "meeting" and len(e.participants) >= 3 and not _told_joint(ctx.doc[e.trigger]):
            mine = _party_set(e.participants, ctx)
            pairs = [m for m in events if m is not e and m.type == "meeting" and len(m.participants) == 2
                     and _party_set(m.participants, ctx) <= mine and (not m.date or not e.date or m.date == e.date)]
            if pairs and frozenset().union(*(_party_set(m.participants, ctx) for m in pairs)) == mine and len(pairs) >= 2:
                hubs = frozenset.intersection(*(_party_set(m.participants, ctx) for m in pairs))
                if hubs:
                    for m in pairs:
                        m.date = m.date or e.date
                    continue
        out.append(e)
    return out


JOINT_WORDS = {"joint", "trilateral", "tripartite", "quadrilateral", "plenary", "three-way", "four-way"}


def _told_joint(tok) -> bool:
    """ "the three-way talks", "the joint session": talks the article tells as held together, besides any separate
    ones."""
    words = {c.lower_ for c in tok.children} | {"".join(t.lower_ for t in c.subtree) for c in tok.children if c.dep_ == "compound"}
    return bool(words & JOINT_WORDS)


def _sides_of(meeting: Mention, ctx: _Context, parties: frozenset[str]) -> bool:
    """The meeting holds these parties: each is there by name or through a person of it, or may be through one
    whose party the article does not tell ("Deputy Minister A and Freedonian Deputy Minister B met")."""
    known = _party_set(meeting.participants, ctx)
    unknown = sum(1 for p in meeting.participants if p in ctx.party_of_person and not ctx.party_of_person[p])
    return len(parties - known) <= unknown


def _outcome_dates(events: list[Mention], ctx: _Context) -> None:
    """An undated agreement between the parties of the one dated meeting the article reports was reached there."""
    for e in events:
        if e.type != "agreement" or e.date is not None or e.period:
            continue  # "signed last year": not at this meeting
        parties = _party_set(e.participants, ctx)
        days = {m.date for m in events if m.type == "meeting" and m.date and _sides_of(m, ctx, parties)}
        if len(days) == 1:
            e.date = days.pop()
    for e in events:  # "The agreement was reached at a meeting ...": the meeting was on the day of the agreement
        t = ctx.doc[e.trigger]
        if e.type != "meeting" or e.date is not None or t.dep_ != "pobj" or t.head.lower_ not in {"at", "during"}:
            continue
        if t.head.head.lemma_ not in AGREEMENT_VERBS:
            continue
        parties = _party_set(e.participants, ctx)
        days = {m.date for m in events if m.type == "agreement" and m.date and _party_set(m.participants, ctx) == parties}
        if len(days) == 1:
            e.date = days.pop()
    for e in events:  # "A and B signed the accord at a ceremony": the ceremony is on the day of the signing
        if e.type == "meeting" and e.date is None and ctx.doc[e.trigger].pos_ == "VERB":
            days = {a.date for a in events if a.type == "agreement" and a.date
                    and e.trigger in [a.trigger] + [t for t, _ in a.alsos]}
            if len(days) == 1:
                e.date = days.pop()
    _deal_talks(events, ctx)


def _deal_talks(events: list[Mention], ctx: _Context) -> None:
    """ "X and Y agreed on Monday to ... Their ministers met in the capital with Z": in an article that dates no
    meeting, undated talks of the parties of a dated deal, told next to it, are the talks of that deal."""
    if any(m.type == "meeting" and m.date for m in events):
        return
    for e in events:
        perfect = any(c.dep_ == "aux" and c.lower_ in {"had", "has", "have"} for c in ctx.doc[e.trigger].children)
        if e.type != "meeting" or e.date is not None or e.period or perfect:
            continue  # "had met": talks before the deal
        here = ctx.sent_index.get(e.sent[0], -9)
        days = {a.date for a in events if a.type == "agreement" and a.date
                and abs(ctx.sent_index.get(a.sent[0], 99) - here) <= 2 and _sides_of(e, ctx, _party_set(a.participants, ctx))}
        if len(days) == 1:
            e.date = days.pop()


def _drop_call_promises(events: list[Mention], ctx: _Context) -> list[Mention]:
    """ "The two leaders also agreed to ...", in the report of their call: a promise made during a call is a
    position. An undated "agreed" of the parties of a call, who are not reported meeting, is dropped."""
    out = []
    for e in events:
        if e.type == "agreement" and e.date is None and ctx.doc[e.trigger].lemma_ == "agree":
            parties = _party_set(e.participants, ctx)
            called = any(m.type == "call" and _party_set(m.participants, ctx) == parties for m in events)
            met = any(m.type == "meeting" and _party_set(m.participants, ctx) >= parties for m in events)
            if called and not met:
                continue
        out.append(e)
    return out


def _clean_names(parts: list[str], ctx: _Context) -> list[str]:
    """One name per participant ("Chaiwat" within "Chaiwat Srisuk"), and no organisation taken for a person."""
    out = []
    for p in parts:
        if p in ctx.party_of_person and " " in p and p.split()[-1].lower() in ORG_WORDS and p.split()[-1][0].isupper():
            continue  # "Border Committee"
        if any(q != p and _same_name(p, q) and len(q) > len(p) and not _two_states(p, q, ctx) for q in parts):
            continue
        if _office_beside_name(p, parts, ctx.text):
            continue
        if p not in out:
            out.append(p)
    return out or parts


def _two_states(p: str, q: str, ctx: _Context) -> bool:
    """ "Sudan" and "South Sudan", "Guinea" and "Equatorial Guinea": two parties the article names, not one name
    within a fuller one."""
    named = {party for party, _ in ctx.party_at.values()}
    return p in named and q in named


def _office_beside_name(p: str, parts: list[str], text: str) -> bool:
    """ "The Minister of Trade of Norland, Ana Berg, and ... signed": an office the text sets beside its holder's
    name is that person, not another participant."""
    if not any(w.lower() in OFFICE_NOUNS for w in p.split()[:3]) or not (p.startswith("The ") or " of " in p):
        return False  # a name with a title ("General Ana Berg, Tom Roe and ...") is a person
    return any(q != p and re.search(re.escape(p) + r",\s+(?:[A-Z][\w.]*\s+){0,3}" + re.escape(q) + r"\b", text)
               for q in parts)


def _shifted(sent) -> bool:
    """ "later", "earlier", "then": the sentence moves away from the time of the one before; not a word of what it
    quotes ("We will sign and then wait," she told reporters: the telling is not shifted)."""
    quoted = _quoted_ranges(sent.text)
    return any(t.lower_ in {"later", "earlier", "then", "afterwards", "subsequently", "previously"} and t.dep_ == "advmod"
               and not any(s <= t.idx - sent.start_char < e for s, e in quoted) for t in sent)


def _same_venue(events: list[Mention]) -> list[Mention]:
    """ "A told a press conference after the signing. ... B said at the same press conference ...": one statement
    of both, dated by either."""
    out: list[Mention] = []
    for m in sorted(events, key=lambda e: e.sent[0]):
        if m.type == "statement" and m.same_venue:
            before = [e for e in out if e.type == "statement" and e.sent[0] < m.sent[0]]
            if before:
                target = before[-1]
                target.participants += [p for p in m.participants if p not in target.participants]
                target.venue = "joint"
                target.date = target.date or m.date
                continue
        out.append(m)
    return out



def _each_apart(events: list[Mention], each: list[Mention], ctx: _Context) -> list[Mention]:
    """ "A, B and C held three-way talks. Before the session, C met each minister separately": one meeting of C with
    each other side of the nearest talks (two sentences away at most) that C sat at."""
    out = list(events)
    for m in each:
        here = ctx.sent_index.get(m.sent[0], -9)
        talks = [e for e in events if e.type == "meeting" and len(e.participants) >= 3
                 and any(_same_name(p, m.participants[0]) for p in e.participants)
                 and abs(ctx.sent_index.get(e.sent[0], 99) - here) <= 2]
        if not talks:
            continue
        best = min(talks, key=lambda e: abs(ctx.sent_index.get(e.sent[0], 99) - here))
        for p in best.participants:
            if not _same_name(p, m.participants[0]):
                out.append(Mention("meeting", [m.participants[0], p], m.date or best.date, m.sent, m.trigger, split=True,
                                   beside=best))
    return out


def _open_joint(events: list[Mention], speakers_at: list[tuple[int, list[str], int, int]], ctx: _Context) -> None:
    """ "A and B met on Monday. [...] A said at a joint press conference. [...] B said ...": a joint press conference
    with whom not said is shared by the speaker's fellow at the talks just told who speaks next (within three
    sentences)."""
    for m in events:
        if m.type != "statement" or not m.open_joint or len(m.participants) != 1:
            continue
        who = m.participants[0]
        talks = [e for e in events if e.type == "meeting" and e.sent[0] <= m.sent[0] and who in e.participants]
        if not talks:
            continue
        here = ctx.sent_index.get(m.sent[0], -9)
        for at, names, _, _ in speakers_at:
            if 0 < ctx.sent_index.get(at, -99) - here <= 3:
                for n in names:
                    if n != who and n in talks[-1].participants and n not in m.participants:
                        m.participants.append(n)


def _beside_days(events: list[Mention]) -> None:
    """ "Before the three-way session, C met each minister separately": on the day of that session, once known."""
    for m in events:
        if m.date is None and m.beside is not None and m.beside.date:
            m.date = m.beside.date


def _signing_days(events: list[Mention], ctx: _Context) -> None:
    """ "The accord was signed on Monday. ... 'A new page,' Osk said at the signing.": a word spoken undated at a
    signing or ceremony is spoken on the day of the deal the article last told before it."""
    for m in events:
        if m.type != "statement" or m.date or ctx.doc[m.trigger].lemma_.lower() not in OCCASION_NOUNS:
            continue
        deals = [e for e in events if e.type == "agreement" and e.date and e.sent[0] <= m.sent[0]]
        # "the treaty signed a year ago today" told since: the signing the news is about is a recent one
        deals = [e for e in deals if _within_month(e.date, ctx.pub)] or deals
        if deals:
            m.date = max(deals, key=lambda e: e.sent[0]).date


def _within_month(day: str, pub: str) -> bool:
    """A day in the month before publication: the news, not a deal recalled from before."""
    return len(day) == 10 and 0 <= (dt.date.fromisoformat(pub) - dt.date.fromisoformat(day)).days <= 31


CEREMONY_NOUNS = {"ceremony"}  # an occasion where several speak in turn


def _ceremony_speakers(events: list[Mention], speakers_at: list[tuple[int, list[str], int, int]],
                       ctx: _Context) -> list[Mention]:
    """ "Speaking at the signing ceremony, A said: ... [next paragraph] B said: ...": those who speak right after, in
    the next two paragraphs, with no venue of their own, spoke there too, on that day."""
    out: list[Mention] = []
    text = ctx.text
    for m in events:
        if m.type != "statement" or ctx.doc[m.trigger].lemma_.lower() not in CEREMONY_NOUNS:
            continue
        told = {p for e in events + out if e.type == "statement" for p in e.participants}
        for at, names, verb, end in speakers_at:
            if at <= m.sent[0] or len(PARAGRAPHS.findall(text, m.sent[1], at)) > 2:
                continue
            if any(e.type == "statement" and e.sent[0] == at for e in events):
                continue  # a venue of its own
            for n in names:
                if n not in told:
                    told.add(n)
                    out.append(Mention("statement", [n], m.date, (at, end), verb, m.venue))
    return out


def _joined_talks(events: list[Mention], ctx: _Context) -> None:
    """ "A met B and C separately on Monday. On Tuesday, D and E joined the talks": those who join talks told before
    sit at them with those who held them (all of the meetings of the last sentence that tells some)."""
    for m in events:
        t = ctx.doc[m.trigger]
        if m.type != "meeting" or t.dep_ != "dobj" or t.head.lemma_ != "join" or not any(
                c.lower_ in {"the", "these", "those"} for c in t.children):
            continue
        before = [e for e in events if e.type == "meeting" and e is not m and e.sent[0] < m.sent[0]]
        if not before:
            continue
        last = max(e.sent[0] for e in before)
        for e in before:
            if e.sent[0] == last:
                m.participants += [p for p in e.participants if p not in m.participants]
