"""From a parsed article to its records: the one place a Doc becomes plain data."""
from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator

from .. import nlp
from ..records import Actor, Article, Evidence, Extraction, Quote
from .actors import ActorIndex, find_actors
from .dates import find_timexes
from .events import find_events, release_event
from .positions import find_positions
from .quotes import find_quotes
from .speakers import issuer_named_before, organisations, resolve_speaker

log = logging.getLogger(__name__)


def extract_doc(article: Article, doc) -> Extraction:
    """All records of one article from its spaCy Doc (parsed from `nlp.clean(article.text)`)."""
    text = article.text

    def evidence(start: int, end: int) -> Evidence:
        # trim the whitespace and paragraph breaks spaCy keeps at sentence edges
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return Evidence(article.id, start, end, text[start:end])

    def sentence_at(offset: int):
        span = doc.char_span(offset, offset + 1, alignment_mode="expand")
        return span.sent if span is not None else None

    date = article.date.isoformat()
    index = find_actors(doc, date)
    timexes = find_timexes(doc, article.date)
    events = find_events(doc, index, timexes)
    for e in events:
        start, end = e.evidence  # the sentence span find_events recorded
        e.evidence = evidence(start, end)
    release = release_event(article.title, date, index)
    if release is not None and not any(e.key() == release.key() for e in events):
        first_line = text.split("\n", 1)[0]
        release.evidence = evidence(0, len(first_line))
        events.insert(0, release)
    quotes = _quotes(doc, text, index, events, sentence_at, evidence)
    positions, statuses = find_positions(doc, index, evidence, events)
    actors = _actors(index, quotes, events, sentence_at, evidence, doc)
    sentences = [(s.start_char, s.end_char) for s in doc.sents if s.text.strip()]
    return Extraction(article, actors, events, quotes, positions, statuses, sentences)


def _quotes(doc, text: str, index: ActorIndex, events, sentence_at, evidence) -> list[Quote]:
    out = []
    orgs = organisations(doc)
    for q in find_quotes(doc, text):
        if not q.text.strip():
            continue
        speaker = None
        if q.speaker:
            speaker = resolve_speaker(q.speaker, q.speaker_start, q.speaker_end, q.start, index, events, orgs, text)
        if speaker and speaker.lower() in BARE_PRONOUNS:
            speaker = None  # a pronoun quotes.py could not resolve names nobody
        if not speaker:
            continue
        sent = sentence_at(q.start)
        ev = evidence(sent.start_char, sent.end_char) if sent is not None else evidence(q.start, q.end)
        speaker = issuer_named_before(speaker, out) or speaker
        out.append(Quote(speaker=speaker, text=q.text, start=q.start, end=q.end, evidence=ev))
    return out


BARE_PRONOUNS = frozenset({"he", "she", "they", "him", "her", "them", "i", "we", "it"})


def _acts(person, quotes, events, doc) -> bool:
    """Whether a person acts or speaks here, rather than being only named in passing.

    A person acts who speaks, takes part in an event, is given an office, is
    named more than once, or is the subject of a clause.
    """
    if person.title or len(person.mentions) > 1 or person.known is not None:
        return True
    if any(q.speaker == person.name for q in quotes) or any(person.name in e.participants for e in events):
        return True
    for start, end in person.mentions:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and span.root.dep_ in {"nsubj", "nsubjpass", "conj", "appos"}:
            return True
    return False


def _actors(index: ActorIndex, quotes, events, sentence_at, evidence, doc) -> list[Actor]:
    out = []
    for person in index.people:
        if not _acts(person, quotes, events, doc):
            continue
        actor = person.to_actor()
        if person.mentions:
            s, _ = person.mentions[0]
            sent = sentence_at(s)
            if sent is not None:
                actor.evidence = evidence(sent.start_char, sent.end_char)
        out.append(actor)
    return out


def extract_articles(articles: Iterable[Article], batch_size: int = 8) -> Iterator[Extraction]:
    """Parse in batches and extract; yields one Extraction per article, in order."""
    for doc, article in nlp.pipe(((a.text, a) for a in articles), batch_size=batch_size):
        yield extract_doc(article, doc)


def extract_article(article: Article) -> Extraction:
    return extract_doc(article, nlp.parse(article.text))
