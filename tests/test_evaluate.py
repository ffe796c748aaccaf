"""The scorer of gold/FORMAT.md, pinned rule by rule on small invented answer keys."""
from __future__ import annotations

import itertools
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from peacetrack.evaluate import GoldError, _match, load_gold, names_match, quote_words, score, score_article


def key(**sections: list[dict[str, Any]]) -> dict[str, Any]:
    """An answer key in FORMAT.md shape with the given sections, the rest empty."""
    out: dict[str, Any] = {"article": "a.txt", "date": "2025-03-01"}
    for s in ("actors", "events", "quotes", "positions", "status"):
        out[s] = sections.get(s, [])
    return out


def actor(name: str, party: str | None = None, title: str | None = None, aliases: tuple[str, ...] = ()) -> dict[str, Any]:
    return {"name": name, "aliases": list(aliases), "title": title, "party": party}


def event(type_: str, participants: list[str], date: str | None = None) -> dict[str, Any]:
    return {"type": type_, "date": date, "participants": participants}


def quote(speaker: str, text: str) -> dict[str, Any]:
    return {"speaker": speaker, "text": text}


def pos(provision: str, party: str, stance: str) -> dict[str, Any]:
    return {"provision": provision, "party": party, "stance": stance}


def counts(c: Any) -> tuple[int, int, int]:
    return (c.tp, c.fp, c.fn)


# --------------------------------------------------------------------------- names

@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Émile Zòla", "emile zola"),  # diacritics and case
        ("the Kremlin", "Kremlin"),  # leading "the"
        ("The Hague Office", "hague office"),
        ("Putin", "Vladimir Putin"),  # one is the other's last word
        ("Vladimir Putin", "Putin"),
        ("Biden", "Joseph R. Biden, Jr."),  # a suffix is not the last word
        ("Vice-President", "vice president"),  # punctuation
    ],
)
def test_names_match_normalisation(a: str, b: str) -> None:
    assert names_match(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Vladimir", "Vladimir Putin"),  # first word is not enough
        ("Zelensky", "Zelenskyy"),  # transliterations need aliases
        ("Russia", "Ukraine"),
        ("Kremlin", "the White House"),
        ("", ""),
    ],
)
def test_names_do_not_match(a: str, b: str) -> None:
    assert not names_match(a, b)


def test_names_match_aliases_from_either_side() -> None:
    assert names_match("Zelensky", "Volodymyr Zelenskyy", aliases_b=["Zelenskyy", "ZELENSKY"])
    assert names_match("Volodymyr Zelenskyy", "Zelensky", aliases_a=["Zelénsky"])
    assert not names_match("Zelensky", "Volodymyr Zelenskyy", aliases_a=["Zelenskiy"])


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("United States", "US"),
        ("United States", "U.S."),
        ("USA", "U.S."),
        ("United States of America", "United States"),
        ("America", "United States"),
        ("European Union", "EU"),
        ("Europe", "European Union"),
        ("United Kingdom", "UK"),
        ("Britain", "United Kingdom"),
        ("Great Britain", "UK"),
        ("Russian Federation", "Russia"),
        ("Türkiye", "Turkey"),
        ("DRC", "Democratic Republic of the Congo"),
    ],
)
def test_party_short_forms(a: str, b: str) -> None:
    assert names_match(a, b)


def test_party_short_forms_are_not_other_parties() -> None:
    assert not names_match("US", "UK")
    assert not names_match("Europe", "United States")


def test_joint_names_match_as_sets() -> None:
    assert names_match("United States and Ukraine", "Ukraine and the US")
    assert names_match("United States, Egypt and Qatar", "Qatar and Egypt and U.S.")
    assert names_match("United States, Egypt, and Qatar", "Egypt, Qatar & United States")
    assert names_match("Rubio and Waltz", "Mike Waltz and Marco Rubio")  # last-word rule per member
    assert not names_match("United States and Ukraine", "Ukraine")  # not by last word
    assert not names_match("United States and Ukraine", "United States, Ukraine and Qatar")
    assert not names_match("United States and Ukraine", "United States and Russia")


def test_comma_alone_is_not_a_joint_name() -> None:
    assert names_match("Joseph R. Biden, Jr. and Zelensky", "Zelensky and Biden")


# --------------------------------------------------------------------------- conventions

def test_empty_sections_score_one_and_one_sided_sections_zero() -> None:
    both_empty = score([(key(), key())]).figures()
    assert both_empty["events"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "tp": 0, "fp": 0, "fn": 0}
    assert both_empty["title_accuracy"] is None  # nothing to score: n/a, not 1.0
    assert both_empty["status_accuracy"] is None

    nothing_found = score([(key(), key(events=[event("call", ["Russia"])]))]).figures()["events"]
    assert (nothing_found["precision"], nothing_found["recall"], nothing_found["f1"]) == (0.0, 0.0, 0.0)

    nothing_to_find = score([(key(events=[event("call", ["Russia"])]), key())]).figures()["events"]
    assert (nothing_to_find["precision"], nothing_to_find["recall"], nothing_to_find["f1"]) == (0.0, 0.0, 0.0)


def test_micro_average_sums_counts_over_articles() -> None:
    gold1 = key(positions=[pos("ceasefire", "Russia", "reject")])
    gold2 = key(
        positions=[pos("territory", "Ukraine", "reject"), pos("sanctions", "Ukraine", "propose"), pos("ceasefire", "Ukraine", "support")]
    )
    report = score([(gold1, gold1), (key(), gold2)])
    f = report.figures()["positions"]
    # 1 found of 4: micro recall 0.25 (a per-article mean would say 0.5)
    assert (f["tp"], f["fp"], f["fn"]) == (1, 0, 3)
    assert f["recall"] == 0.25
    assert f["precision"] == 1.0
    assert f["f1"] == pytest.approx(0.4)
    assert report.figures()["articles"] == 2


# --------------------------------------------------------------------------- actors

def test_actors_one_to_one_prefers_the_exact_name() -> None:
    gold = key(actors=[actor("Donald Trump", "United States")])
    system = key(actors=[actor("Trump", "United States"), actor("Donald Trump", "United States")])
    a = score_article(system, gold)
    assert counts(a.actors) == (1, 1, 0)
    assert [x["name"] for x in a.extra["actors"]] == ["Trump"]


def test_actors_maximum_matching_not_first_come() -> None:
    # "Trump" fits both gold actors; taking it for Donald Trump would leave the
    # system's "Donald Trump" unmatched. The maximum matching pairs both.
    gold = key(actors=[actor("Donald Trump"), actor("Melania Trump")])
    system = key(actors=[actor("Trump"), actor("Donald Trump")])
    assert counts(score_article(system, gold).actors) == (2, 0, 0)


def test_actor_title_and_party_accuracy() -> None:
    gold = key(
        actors=[
            actor("Marco Rubio", "United States", "US Secretary of State"),
            actor("Sergei Lavrov", "Russia", "Russian Foreign Minister"),
            actor("Kaja Kallas", "European Union", None),  # null gold title: not scored
            actor("Ivan Example", None, "analyst"),  # null gold party: scored
            actor("Olga Sample", "Ukraine", "adviser"),  # not found by the system
        ]
    )
    system = key(
        actors=[
            actor("Rubio", "U.S.", "Secretary of State"),  # title contained: right; party short form: right
            actor("Lavrov", "Russian Federation", "Russian Defence Minister"),  # title wrong
            actor("Kallas", "EU", "top diplomat"),
            actor("Ivan Example", "Ukraine", "Analyst"),  # title right (case), party wrong
            actor("Someone Else", "France"),
        ]
    )
    a = score_article(system, gold)
    assert counts(a.actors) == (4, 1, 1)
    assert (a.titles.right, a.titles.total) == (2, 3)
    assert (a.parties.right, a.parties.total) == (3, 4)
    f = score([(system, gold)]).figures()
    assert f["title_accuracy"] == pytest.approx(2 / 3)
    assert f["party_accuracy"] == 0.75


def test_actors_match_on_aliases_of_either_side() -> None:
    gold = key(actors=[actor("head of the US Treasury", "United States", aliases=("Scott Bessent", "Bessent"))])
    system = key(actors=[actor("Scott Bessent", "United States")])
    assert counts(score_article(system, gold).actors) == (1, 0, 0)
    system = key(actors=[actor("Treasury chief", "United States", aliases=("head of the US Treasury",))])
    assert counts(score_article(system, gold).actors) == (1, 0, 0)


# --------------------------------------------------------------------------- events

def test_event_participants_party_matches_person_of_that_party() -> None:
    gold = key(
        actors=[actor("Donald Trump", "United States"), actor("Volodymyr Zelensky", "Ukraine", aliases=("Zelenskyy",))],
        events=[event("meeting", ["Donald Trump", "Volodymyr Zelensky"], "2025-02-28")],
    )
    by_party = key(events=[event("meeting", ["US", "Ukraine"], "2025-02-28")])
    assert counts(score_article(by_party, gold).events) == (1, 0, 0)

    # and the other way round: system persons (with system actors) against gold parties
    gold_parties = key(events=[event("meeting", ["United States", "Ukraine"])])
    system_persons = key(
        actors=[actor("Trump", "United States"), actor("Zelenskyy", "Ukraine")],
        events=[event("meeting", ["Trump", "Zelenskyy"])],
    )
    assert counts(score_article(system_persons, gold_parties).events) == (1, 0, 0)

    # without the system actors, "Zelenskyy" is just a name, matched through gold aliases
    system_names = key(events=[event("meeting", ["Trump", "Zelenskyy"], "2025-02-28")])
    assert counts(score_article(system_names, gold).events) == (1, 0, 0)


def test_events_need_same_type_and_same_participant_set() -> None:
    gold = key(events=[event("call", ["Donald Trump", "Vladimir Putin"])])
    assert counts(score_article(key(events=[event("meeting", ["Trump", "Putin"])]), gold).events) == (0, 1, 1)
    assert counts(score_article(key(events=[event("call", ["Trump"])]), gold).events) == (0, 1, 1)
    assert counts(score_article(key(events=[event("call", ["Trump", "Putin", "Xi"])]), gold).events) == (0, 1, 1)
    assert counts(score_article(key(events=[event("call", ["Putin", "Trump"])]), gold).events) == (1, 0, 0)


def test_date_accuracy_ignores_null_gold_dates() -> None:
    gold = key(
        events=[
            event("call", ["Russia", "United States"], "2025-02-12"),
            event("meeting", ["Russia", "United States"], "2025-02-18"),
            event("visit", ["Ukraine"], None),  # not scored, whatever the system says
        ]
    )
    system = key(
        events=[
            event("call", ["United States", "Russia"], "2025-02-12"),
            event("meeting", ["Russia", "US"], "2025-02-19"),
            event("visit", ["Ukraine"], "2025-02-20"),
        ]
    )
    a = score_article(system, gold)
    assert counts(a.events) == (3, 0, 0)
    assert (a.dates.right, a.dates.total) == (1, 2)
    assert score([(system, gold)]).figures()["date_accuracy"] == 0.5


def test_events_one_to_one_prefers_same_date() -> None:
    first, fifth = event("call", ["Russia", "Ukraine"], "2025-03-01"), event("call", ["Ukraine", "Russia"], "2025-03-05")
    gold = key(events=[first, fifth])
    system = key(events=[fifth, first])
    a = score_article(system, gold)
    assert counts(a.events) == (2, 0, 0)
    assert (a.dates.right, a.dates.total) == (2, 2)
    one = score_article(key(events=[system["events"][0]]), gold)  # one system item, two gold: one match only
    assert counts(one.events) == (1, 0, 1)


# --------------------------------------------------------------------------- quotes

def test_quote_overlap_threshold_is_half_of_the_shorter() -> None:
    gold = key(quotes=[quote("Marco Rubio", "alpha beta gamma delta")])  # 4 words
    half = key(quotes=[quote("Rubio", "alpha beta and much more besides")])  # 2 of 4: at least half
    assert counts(score_article(half, gold).quotes) == (1, 0, 0)

    gold5 = key(quotes=[quote("Marco Rubio", "alpha beta gamma delta epsilon")])  # 5 words
    below = key(quotes=[quote("Rubio", "alpha beta and much more besides")])  # 2 of 5: below half
    assert counts(score_article(below, gold5).quotes) == (0, 1, 1)
    above = key(quotes=[quote("Rubio", "alpha beta gamma and more")])  # 3 of 5
    assert counts(score_article(above, gold5).quotes) == (1, 0, 0)


def test_quote_overlap_is_a_run_of_words_not_scattered_words() -> None:
    gold = key(quotes=[quote("Rubio", "alpha beta gamma delta")])
    scattered = key(quotes=[quote("Rubio", "alpha x beta y gamma z delta")])
    assert counts(score_article(scattered, gold).quotes) == (0, 1, 1)


def test_quote_apostrophes_and_case_normalised() -> None:
    gold = key(quotes=[quote("Ana Ruiz", "Sheʼs not just asking for a delay")])
    assert quote_words("Heʼs “fine”, it’s ÉTÉ") == ["he's", "fine", "it's", "ete"]
    system = key(quotes=[quote("Ruiz", "she's NOT just asking")])  # 4 of 4 (shorter) words
    assert counts(score_article(system, gold).quotes) == (1, 0, 0)
    system = key(quotes=[quote("Ruiz", "she’s not")])  # 2 of 2 with the apostrophe, 1 of 2 without
    assert counts(score_article(system, gold).quotes) == (1, 0, 0)
    system = key(quotes=[quote("Ruiz", "shes nothing")])  # 0 of 2
    assert counts(score_article(system, gold).quotes) == (0, 1, 1)


def test_quotes_need_matching_speakers_and_speaker_accuracy_uses_text_only_matching() -> None:
    gold = key(
        actors=[actor("Dmitry Peskov", "Russia", aliases=("Peskov",))],
        quotes=[
            quote("Dmitry Peskov", "no talks without conditions"),
            quote("the Kremlin", "the call was long and productive"),
            quote("United States and Ukraine", "both delegations agreed to name teams"),
        ],
    )
    system = key(
        quotes=[
            quote("Peskov", "No talks without conditions"),  # right speaker
            quote("Peskov", "The call was long and productive"),  # right text, wrong speaker
            quote("Ukraine and the United States", "Both delegations agreed to name teams."),  # joint speaker
            quote("Peskov", "something never said"),
        ]
    )
    a = score_article(system, gold)
    assert counts(a.quotes) == (2, 2, 1)
    assert (a.speakers.right, a.speakers.total) == (2, 3)
    assert score([(system, gold)]).figures()["speaker_accuracy"] == pytest.approx(2 / 3)


def test_two_system_quotes_cannot_share_one_gold_quote() -> None:
    gold = key(quotes=[quote("Rubio", "we will see what happens next")])
    system = key(quotes=[quote("Rubio", "we will see what happens next"), quote("Rubio", "we will see what happens")])
    a = score_article(system, gold)
    assert counts(a.quotes) == (1, 1, 0)
    assert a.extra["quotes"] == [system["quotes"][1]]  # the closer text is the match
    assert (a.speakers.right, a.speakers.total) == (1, 1)


def test_more_pairs_beat_one_closer_pair() -> None:
    # A fits X exactly and Y barely; B fits only X. Taking the close pair A-X
    # would leave B and Y unmatched: the matching takes A-Y and B-X.
    gold = key(quotes=[quote("Rubio", "a b c d"), quote("Rubio", "c d e f g h i j k l m n")])
    system = key(quotes=[quote("Rubio", "a b c d"), quote("Rubio", "a b x y z w")])
    assert counts(score_article(system, gold).quotes) == (2, 0, 0)


# --------------------------------------------------------------------------- positions and status

def test_positions_strict_and_loose() -> None:
    gold = key(
        positions=[
            pos("ceasefire", "United States", "propose"),
            pos("ceasefire", "Ukraine", "support"),
            pos("territory", "Russia", "reject"),
        ]
    )
    system = key(
        positions=[
            {**pos("ceasefire", "US", "propose"), "evidence": {"sentence": "..."}},  # strict (extra keys ignored)
            pos("ceasefire", "Ukraine", "agree"),  # loose only
            pos("territory", "Ukraine", "reject"),  # wrong party: neither
            pos("sanctions", "Russia", "reject"),  # wrong provision: neither
        ]
    )
    f = score([(system, gold)]).figures()
    assert (f["positions"]["tp"], f["positions"]["fp"], f["positions"]["fn"]) == (1, 3, 2)
    assert f["positions"]["precision"] == 0.25
    assert f["positions"]["recall"] == pytest.approx(1 / 3)
    assert (f["positions_loose"]["tp"], f["positions_loose"]["fp"], f["positions_loose"]["fn"]) == (2, 2, 1)
    assert f["positions_loose"]["f1"] == pytest.approx(4 / 7)


def test_status_accuracy_counts_missing_provisions_wrong() -> None:
    gold = key(
        status=[
            {"provision": "ceasefire", "status": "proposed"},
            {"provision": "territory", "status": "raised"},
            {"provision": "sanctions", "status": "rejected"},
        ]
    )
    system = key(
        status=[
            {"provision": "ceasefire", "status": "proposed"},  # right
            {"provision": "territory", "status": "agreed"},  # wrong
            {"provision": "territory", "status": "raised"},  # a second guess is not scored
            {"provision": "reconstruction", "status": "raised"},  # not in gold: no effect on accuracy
        ]
    )  # sanctions missing: wrong
    a = score_article(system, gold)
    assert (a.status.right, a.status.total) == (1, 3)
    assert [s["provision"] for s in a.missed["status"]] == ["sanctions"]
    assert [s["provision"] for s in a.extra["status"]] == ["reconstruction"]
    assert score([(system, gold)]).figures()["status_accuracy"] == pytest.approx(1 / 3)


# --------------------------------------------------------------------------- report

def overall_case() -> tuple[dict[str, Any], dict[str, Any]]:
    gold = key(
        events=[event("call", ["Russia", "United States"], "2025-03-18"), event("meeting", ["Ukraine", "United States"])],
        quotes=[quote("Kremlin", "a good and useful call"), quote("Kremlin", "work will continue")],
        positions=[pos("energy_strike_moratorium", "Russia", "agree"), pos("ceasefire", "Russia", "reject")],
        status=[{"provision": "energy_strike_moratorium", "status": "agreed"}],
    )
    system = key(
        events=[event("call", ["Russia", "US"], "2025-03-18")],  # events P 1 R 1/2 F1 2/3
        # quotes P 2/3 R 1 F1 0.8
        quotes=[quote("the Kremlin", "a good and useful call"), quote("Kremlin", "work will continue"), quote("Kremlin", "nothing")],
        # positions P 1/2 R 1/2 F1 0.5
        positions=[pos("energy_strike_moratorium", "Russia", "agree"), pos("ceasefire", "Russia", "propose")],
        status=[{"provision": "energy_strike_moratorium", "status": "agreed"}],
    )
    return system, gold


def test_overall_f1_is_mean_of_events_quotes_positions() -> None:
    system, gold = overall_case()
    f = score([(system, gold)]).figures()
    assert f["events"]["f1"] == pytest.approx(2 / 3)
    assert f["quotes"]["f1"] == pytest.approx(0.8)
    assert f["positions"]["f1"] == pytest.approx(0.5)
    assert f["overall_f1"] == pytest.approx((2 / 3 + 0.8 + 0.5) / 3)


def test_lines_one_per_section_and_last_line_format() -> None:
    system, gold = overall_case()
    lines = score([(system, gold)]).lines()
    assert lines == [
        "actors     P 1.000 R 1.000 F1 1.000  title acc n/a  party acc n/a",
        "events     P 1.000 R 0.500 F1 0.667  date acc 1.000",
        "quotes     P 0.667 R 1.000 F1 0.800  speaker acc 1.000",
        "positions  P 0.500 R 0.500 F1 0.500  loose P 1.000 R 1.000 F1 1.000",
        "status     acc 1.000 (1/1)",
        "overall F1 0.656",
    ]


def test_figures_are_json() -> None:
    system, gold = overall_case()
    f = json.loads(json.dumps(score([(system, gold)]).figures()))
    assert set(f) == {
        "articles", "actors", "events", "quotes", "positions", "positions_loose", "status",
        "title_accuracy", "party_accuracy", "date_accuracy", "speaker_accuracy", "status_accuracy", "overall_f1",
        "scored",
    }
    assert f["scored"]["status_accuracy"] == f["status"]["total"]


def test_explain_names_missed_extra_and_wrong_items() -> None:
    system, gold = overall_case()
    lines = score([(system, gold), (gold, gold)]).explain()
    assert lines == [
        "a.txt",
        "  events missed: meeting None: Ukraine, United States",
        '  quotes extra: Kremlin: "nothing"',
        "  positions missed: ceasefire / Russia / reject",
        "  positions extra: ceasefire / Russia / propose",
        "  wrong position ceasefire / Russia: stance 'propose', gold 'reject'",
        "a.txt",
        "  no differences",
    ]


# --------------------------------------------------------------------------- loading

def test_load_gold_later_folder_replaces_same_stem(tmp_path: Path) -> None:
    first, second = tmp_path / "dev", tmp_path / "extra"
    first.mkdir()
    second.mkdir()
    raised, agreed = [{"provision": "ceasefire", "status": "raised"}], [{"provision": "ceasefire", "status": "agreed"}]
    (first / "one.json").write_text(json.dumps(key(status=raised)), encoding="utf-8")
    (first / "two.json").write_text(json.dumps(key()), encoding="utf-8")
    (second / "one.json").write_text(json.dumps(key(status=agreed)), encoding="utf-8")
    (second / "notes.txt").write_text("not gold", encoding="utf-8")
    gold = load_gold([first, second])
    assert sorted(gold) == ["one", "two"]
    assert gold["one"]["status"] == agreed


def test_load_gold_broken_file_or_folder_raises(tmp_path: Path) -> None:
    with pytest.raises(GoldError):
        load_gold([tmp_path / "absent"])
    (tmp_path / "bad.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(GoldError) as info:
        load_gold([tmp_path])
    assert isinstance(info.value.__cause__, json.JSONDecodeError)


# --------------------------------------------------------------------------- matching

@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.one_of(st.none(), st.floats(0, 1)), min_size=4, max_size=4), max_size=5), st.integers(0, 4))
def test_matching_is_one_to_one_with_most_pairs_then_best_grades(rows: list[list[float | None]], m: int) -> None:
    grades = [row[:m] for row in rows]
    n = len(grades)
    pairs = _match(list(range(n)), list(range(m)), lambda i, j: grades[i][j])
    assert len({i for i, _ in pairs}) == len({j for _, j in pairs}) == len(pairs)
    assert all(grades[i][j] is not None for i, j in pairs)

    def value(ps: list[tuple[int, int]]) -> tuple[int, float]:
        return len(ps), round(sum(grades[i][j] or 0.0 for i, j in ps), 6)

    best = (0, 0.0)
    for cols in itertools.permutations([*range(m), *[None] * n], n):  # every one-to-one choice
        ps = [(i, j) for i, j in enumerate(cols) if j is not None and grades[i][j] is not None]
        best = max(best, value(ps))
    assert value(pairs) == best
