"""The extraction pipeline as a whole: well-formed records with evidence, on any text."""
from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import DEV_CORPUS, EXAMPLES, need_shared
from peacetrack import vocab
from peacetrack.extract.pipeline import extract_article, extract_articles
from peacetrack.read import read_paths
from peacetrack.records import Article

SECTIONS = ("actors", "events", "quotes", "positions", "status")
STANCES = {"propose", "support", "agree", "reject", "discuss"}
STATUSES = {"raised", "proposed", "under_negotiation", "agreed", "signed", "implemented", "violated", "rejected"}
TYPES = {"call", "meeting", "visit", "statement", "agreement", "exchange", "attack"}


def check_well_formed(ex) -> None:
    text = ex.article.text
    for section in SECTIONS:
        for item in getattr(ex, section):
            ev = item.evidence
            assert ev is not None, (section, item)
            assert ev.article == ex.article.id
            assert 0 <= ev.start <= ev.end <= len(text)
            assert text[ev.start : ev.end] == ev.sentence
    for q in ex.quotes:
        assert text[q.start : q.end] == q.text and q.speaker
    for p in ex.positions:
        assert p.stance in STANCES and p.party
    for s in ex.status:
        assert s.status in STATUSES
    for e in ex.events:
        assert e.type in TYPES and e.participants
        assert e.date is None or dt.date.fromisoformat(e.date)
    assert len({(p.provision, p.party) for p in ex.positions}) == len(ex.positions)
    assert len({s.provision for s in ex.status}) == len(ex.status)


news_words = st.sampled_from(
    ["Putin", "Zelensky", "Trump", "said", "agreed", "rejected", "a", "ceasefire", "on", "Tuesday", "talks", "in",
     "Riyadh", "“", "”", '"', "'", "\n\n", ".", ",", "the", "Kremlin", "energy", "infrastructure", "He", "met",
     "called", "for", "not", "sanctions", "Black", "Sea", "prisoners", "according", "to", "him", ":", "—", "ʼ"]
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(news_words, st.text(max_size=8)), max_size=60))
def test_any_text_gives_well_formed_records(words: list[str]) -> None:
    text = " ".join(words)
    if not text.strip():
        text = "."
    ex = extract_article(Article(id="prop.txt", date=dt.date(2025, 3, 20), text=text))
    check_well_formed(ex)


def test_examples_are_well_formed_and_found() -> None:
    articles = [a for a in read_paths([str(EXAMPLES)]) if isinstance(a, Article)]
    extractions = list(extract_articles(articles))
    assert [e.article.id for e in extractions] == [a.id for a in articles]
    for ex in extractions:
        check_well_formed(ex)
    call = next(e for e in extractions if e.article.id.startswith("2025-03-19"))
    assert any(e.type == "call" and e.date == "2025-03-18" and set(e.participants) == {"Donald Trump", "Vladimir Putin"}
               for e in call.events)
    assert any(q.speaker == "Dmitry Peskov" for ex in extractions for q in ex.quotes)


def test_dev_corpus_is_well_formed() -> None:
    need_shared()
    articles = [a for a in read_paths([str(DEV_CORPUS)]) if isinstance(a, Article)]
    for ex in extract_articles(articles):
        check_well_formed(ex)


def test_a_user_extends_the_provisions_without_code(tmp_path, monkeypatch) -> None:
    extra = {"provisions": [{"id": "water_sharing", "label": "Water sharing", "cues": ["water[- ]sharing", "dam releases?"]}]}
    (tmp_path / "provisions.json").write_text(json.dumps(extra), encoding="utf-8")
    monkeypatch.setenv("PEACETRACK_VOCAB", str(tmp_path))
    vocab.reset()
    try:
        text = "Egypt proposed a water-sharing deal, and Ethiopia rejected it on Monday."
        ex = extract_article(Article(id="nile.txt", date=dt.date(2025, 3, 20), text=text))
        assert any(s.provision == "water_sharing" for s in ex.status)
        assert any(p.provision == "water_sharing" for p in ex.positions)
        assert len(vocab.provisions()) == 19
    finally:
        monkeypatch.delenv("PEACETRACK_VOCAB")
        vocab.reset()


def test_a_pronoun_speaker_is_the_person_named_before() -> None:
    text = ("KHUJAND, Tajikistan — At six in the morning Amir Tursunov opens the sluice to his apricot orchard and "
            "watches the water come in slowly, the way it has for three dry summers.\n\n"
            "\"Before, we fought over this water with stones. Now we fight over it with forms,\" he says, laughing.")
    ex = extract_article(Article(id="t.txt", date=dt.date(2026, 6, 20), text=text))
    assert [q.speaker for q in ex.quotes] == ["Amir Tursunov"]  # neither "he" nor the dateline's city


def test_a_pronoun_speaker_far_from_the_name_agrees_in_gender() -> None:
    filler = "\n\n".join(f"The valley had {n} wells before the drought, most of them dry by now." for n in
                         ("forty", "thirty", "twenty", "ten", "five"))
    text = ("OSH, Kyrgyzstan — Maria Sultanova has farmed the same slope for decades. Her neighbour, Peter Ivanov, "
            "left for the city last year.\n\n" + filler + "\n\n"
            "\"We share what little comes down the canal,\" she says.")
    ex = extract_article(Article(id="t.txt", date=dt.date(2026, 6, 20), text=text))
    assert [q.speaker for q in ex.quotes] == ["Maria Sultanova"]  # not the man named last


def test_he_after_an_unnamed_office_is_that_office() -> None:
    text = ("Headline\n\nThe rebels' spokesman, Ivo Sand, said on Friday that the truce held. \"We keep our word,\" he said.\n\n"
            "In a televised address on Sunday, Norland's president said the army would hold its fire. He ruled out any "
            "talks on independence. \"The country is one,\" he said.")
    ex = extract_article(Article(id="t.txt", date=dt.date(2026, 6, 20), text=text))
    got = {q.text: q.speaker for q in ex.quotes}
    assert got["The country is one,"] == "Norland's president" and got["We keep our word,"] == "Ivo Sand"


def test_he_after_a_name_set_off_from_an_office_is_the_name() -> None:
    text = ("Headline\n\nThe bloc wants its tariff on goods from the Sahel, a demand Norland's foreign minister, "
            "Abel Traore, turned down. \"We will not be dragged back,\" he said.")
    ex = extract_article(Article(id="t.txt", date=dt.date(2026, 6, 20), text=text))
    assert [q.speaker for q in ex.quotes] == ["Abel Traore"]
