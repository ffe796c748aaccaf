"""Temporal expressions: recognition in parsed text and TIMEX3 normalisation.

The sentences are written for these tests; the reference date is a Friday.
"""
from __future__ import annotations

import datetime as dt
import importlib.util
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peacetrack import nlp
from peacetrack.extract.dates import Timex, find_timexes, resolve

REF = dt.date(2025, 2, 14)  # Friday


def timexes(text: str, ref: dt.date = REF) -> list[Timex]:
    return find_timexes(nlp.parse(text), ref)


def by_text(text: str, ref: dt.date = REF) -> dict[str, Timex]:
    return {t.text: t for t in timexes(text, ref)}


# --- weekdays: the tense of the sentence decides the direction -------------------------

def test_weekday_in_a_past_sentence_is_the_latest_one_before():
    assert by_text("The two delegations met on Tuesday in Riyadh.")["Tuesday"].value == "2025-02-11"


def test_weekday_in_a_future_sentence_is_the_next_one():
    assert by_text("The two delegations will meet on Tuesday in Riyadh.")["Tuesday"].value == "2025-02-18"
    assert by_text("The envoy is going to fly to Ankara on Monday.")["Monday"].value == "2025-02-17"


def test_weekday_on_the_reference_day_itself_in_a_past_sentence():
    assert by_text("The ministers spoke by phone on Friday.")["Friday"].value == "2025-02-14"


def test_last_and_next_weekday_exclude_the_reference_day():
    assert resolve("last Friday", REF) == ("DATE", "2025-02-07")
    assert resolve("next Friday", REF) == ("DATE", "2025-02-21")
    assert resolve("next Tuesday", REF) == ("DATE", "2025-02-18")


def test_resolve_takes_the_tense_as_an_argument():
    assert resolve("Wednesday", REF, "past") == ("DATE", "2025-02-12")
    assert resolve("Wednesday", REF, "future") == ("DATE", "2025-02-19")


def test_possessive_weekday_keeps_the_day_only():
    t = by_text("Tuesday's call between the presidents lasted ninety minutes.")
    assert t["Tuesday"].value == "2025-02-11"
    assert t["Tuesday"].day == "2025-02-11"


def test_weekday_night_is_a_time_of_that_day():
    t = by_text("The foreign minister said on Monday night that the talks had stalled.")["Monday night"]
    assert (t.type, t.value, t.day) == ("TIME", "2025-02-10TNI", "2025-02-10")


def test_we_is_not_wednesday():
    found = timexes("We will not accept these terms, we said. Wed to the old plan, they refused.")
    assert all("We" not in t.text for t in found)
    assert all(t.value is None or "-W" not in t.value for t in found)


# --- month-days without a year ----------------------------------------------------------

def test_month_day_takes_the_reference_year():
    assert by_text("Talks were held on February 12 in Munich.")["February 12"].value == "2025-02-12"


def test_past_month_day_far_ahead_of_the_reference_is_last_year():
    ref = dt.date(2025, 1, 10)
    assert by_text("The talks were held on December 20 in Geneva.", ref)["December 20"].value == "2024-12-20"
    assert by_text("The prisoners were exchanged on April 30.", REF)["April 30"].value == "2024-04-30"


def test_past_month_day_a_little_ahead_stays_in_the_reference_year():
    # within ~2 months: a mis-read tense must not move the date a whole year
    assert by_text("The prisoners were exchanged on March 20.")["March 20"].value == "2025-03-20"


def test_future_month_day_far_behind_the_reference_is_next_year():
    ref = dt.date(2025, 12, 20)
    assert by_text("The summit will take place on February 12.", ref)["February 12"].value == "2026-02-12"
    assert by_text("The summit is planned for December 10.")["December 10"].value == "2025-12-10"


def test_explicit_dates_in_several_spellings():
    found = by_text("The ceasefire of 12 February 2025 replaced the Feb. 3 truce; on March 18, 2025 both sides spoke.")
    assert found["12 February 2025"].value == "2025-02-12"
    assert found["Feb. 3"].value == "2025-02-03"
    assert found["March 18, 2025"].value == "2025-03-18"
    assert resolve("2024", REF) == ("DATE", "2024")
    assert resolve("March 2024", REF) == ("DATE", "2024-03")


# --- relative expressions ---------------------------------------------------------------

def test_earlier_this_month():
    t = by_text("Earlier this month, the sides exchanged 150 prisoners.")["Earlier this month"]
    assert (t.type, t.value, t.day) == ("DATE", "2025-02", None)


def test_a_day_earlier_counts_from_the_last_date_mentioned():
    found = by_text("The delegations met in Istanbul on Tuesday. A day earlier, the ministers had spoken by phone.")
    assert found["Tuesday"].value == "2025-02-11"
    assert found["A day earlier"].value == "2025-02-10"


def test_a_day_earlier_without_a_previous_date_counts_from_the_reference():
    assert by_text("A day earlier, the ministers had spoken by phone.")["A day earlier"].value == "2025-02-13"


def test_weeks_months_years_around_the_reference():
    assert by_text("Last week they agreed on a truce.")["Last week"].value == "2025-W06"
    assert resolve("this week", REF) == ("DATE", "2025-W07")
    assert resolve("next month", REF) == ("DATE", "2025-03")
    assert resolve("last year", REF) == ("DATE", "2024")
    assert resolve("yesterday", REF) == ("DATE", "2025-02-13")
    assert resolve("today", REF) == ("DATE", "2025-02-14")
    assert resolve("tomorrow", REF) == ("DATE", "2025-02-15")
    assert resolve("two days ago", REF) == ("DATE", "2025-02-12")
    assert resolve("the end of February", REF) == ("DATE", "2025-02")


def test_present_references():
    found = by_text("The envoy is currently in Doha, and now the talks can start.")
    assert found["currently"].value == "PRESENT_REF"
    assert found["now"].value == "PRESENT_REF"


def test_the_coming_days_is_a_vague_duration():
    t = by_text("A deal is expected in the coming days.")["the coming days"]
    assert (t.type, t.value) == ("DURATION", "PXD")


# --- datelines --------------------------------------------------------------------------

def test_dateline_dates():
    t = by_text("KYIV, March 25 (Reuters) - Ukraine and Russia agreed on a maritime truce.", dt.date(2025, 3, 25))
    assert t["March 25"].value == "2025-03-25"
    t = by_text("WASHINGTON, Feb 12 \u2014 The president spoke with his Russian counterpart.", dt.date(2025, 2, 12))
    assert t["Feb 12"].value == "2025-02-12"


def test_dateline_is_never_after_the_article():
    t = by_text("MOSCOW, Dec 31 (Reuters) - The Kremlin said the talks would go on.", dt.date(2025, 1, 2))
    assert t["Dec 31"].value == "2024-12-31"


# --- durations and sets -----------------------------------------------------------------

def test_durations():
    found = by_text("The war has lasted three years; the truce was set for 30 days after a two-day meeting.")
    assert (found["three years"].type, found["three years"].value) == ("DURATION", "P3Y")
    assert found["30 days"].value == "P30D"
    assert found["two-day"].value == "P2D"
    assert resolve("two and a half years", REF) == ("DURATION", "P2Y6M")
    assert resolve("five hours", REF) == ("DURATION", "PT5H")
    assert resolve("several weeks", REF) == ("DURATION", "PXW")


def test_ages_are_not_durations():
    assert timexes("The 62-year-old negotiator, who is 70 years old, arrived.") == []


def test_sets():
    t = by_text("The monitoring group reports every week.")["every week"]
    assert (t.type, t.value) == ("SET", "P1W")
    assert resolve("daily", REF) == ("SET", "P1D")
    assert resolve("each Thursday", REF) == ("SET", "XXXX-WXX-4")


# --- the record itself ------------------------------------------------------------------

def test_offsets_point_into_the_text():
    text = "On Tuesday, three years after the invasion, the sides met; they meet again next week."
    doc = nlp.parse(text)
    for t in find_timexes(doc, REF):
        assert doc.text[t.start:t.end] == t.text
    assert [t.text for t in find_timexes(doc, REF)] == ["Tuesday", "three years", "next week"]


def test_day_property():
    assert Timex(0, 5, "x", "DATE", "2025-02-12").day == "2025-02-12"
    assert Timex(0, 5, "x", "TIME", "2025-02-12T14:00").day == "2025-02-12"
    assert Timex(0, 5, "x", "DATE", "2025-02").day is None
    assert Timex(0, 5, "x", "DATE", "2025-W07").day is None
    assert Timex(0, 5, "x", "DATE", None).day is None


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(list("abc MTFWSJ0123456789,.-:'\n") + ["May ", "Tuesday ", "week ", "ago ", "2025 ", "the ",
                                                                     "Feb. ", "last ", "a day earlier ", "p.m. ", "(Reuters) - "]),
                max_size=40).map("".join))
def test_any_text_gives_well_formed_records(text: str) -> None:
    doc = nlp.parse(text)
    for t in find_timexes(doc, REF):
        assert 0 <= t.start < t.end <= len(doc.text)
        assert doc.text[t.start:t.end] == t.text
        assert t.type in ("DATE", "TIME", "DURATION", "SET")


@given(st.text(max_size=40))
@settings(max_examples=200, deadline=None)
def test_resolve_never_raises(expression: str) -> None:
    typ, value = resolve(expression, REF)
    assert typ in ("DATE", "TIME", "DURATION", "SET")
    assert value is None or isinstance(value, str)


# --- the TempEval-3 benchmark scorer ----------------------------------------------------

def _benchmark():
    path = Path(__file__).resolve().parents[1] / "benchmarks" / "tempeval3.py"
    spec = importlib.util.spec_from_file_location("tempeval3_bench", path)
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


SNIPPET = """<?xml version="1.0" ?>
<TimeML>
<DOCID>handmade-1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2025-02-14" temporalFunction="false" functionInDocument="CREATION_TIME">2025-02-14</TIMEX3></DCT>
<TEXT>
The negotiators <EVENT eid="e1" class="OCCURRENCE">met</EVENT> on <TIMEX3 tid="t1" type="DATE" value="2025-02-11">Tuesday</TIMEX3> &amp; will meet again <TIMEX3 tid="t2" type="DATE" value="2025-W08">next week</TIMEX3>.
The war has lasted <TIMEX3 tid="t3" type="DURATION" value="P3Y">three years</TIMEX3>; talks resumed <TIMEX3 tid="t4" type="DATE" value="PAST_REF">a few weeks ago</TIMEX3>.
</TEXT>
</TimeML>
"""


def test_benchmark_reads_timeml_keeping_offsets():
    bench = _benchmark()
    doc = bench.parse_timeml(SNIPPET, "handmade")
    assert doc.dct == dt.date(2025, 2, 14)
    assert [g.text for g in doc.gold] == ["Tuesday", "next week", "three years", "a few weeks ago"]
    assert all(doc.text[g.start:g.end] == g.text for g in doc.gold)
    assert "&" in doc.text and "<" not in doc.text


def test_benchmark_scores_a_handmade_document():
    bench = _benchmark()
    doc = bench.parse_timeml(SNIPPET, "handmade")
    system = [bench.Span(t.start, t.end, t.type, t.value, t.text) for t in find_timexes(nlp.parse(doc.text), doc.dct)]
    scores = bench.score([(doc.gold, system)])
    assert scores["strict"] == (1.0, 1.0, 1.0)
    assert scores["value"] == (1.0, 1.0, 1.0)
    assert scores["type"] == (1.0, 1.0, 1.0)


def test_benchmark_score_follows_tempeval3():
    bench = _benchmark()
    S = bench.Span
    gold = [S(0, 7, "DATE", "2025-02-11"), S(20, 29, "DATE", "2025-W08"), S(40, 51, "DURATION", "P3Y")]
    system = [S(0, 7, "DATE", "2025-02-11"),      # strict match, right value
              S(15, 29, "DATE", "2025-W07"),      # overlap only, wrong value
              S(60, 65, "DATE", "PRESENT_REF"),   # spurious
              S(66, 70, "SET", "P1W")]            # spurious
    scores = bench.score([(gold, system)])
    assert scores["strict"] == pytest.approx((1 / 4, 1 / 3, 2 / 7))
    assert scores["relaxed"] == pytest.approx((2 / 4, 2 / 3, 4 / 7))
    # attribute F1 = relaxed F1 x attribute accuracy over the relaxed matches
    assert scores["value"][2] == pytest.approx(scores["relaxed"][2] * 1 / 2)
    assert scores["type"][2] == pytest.approx(scores["relaxed"][2] * 2 / 2)


def test_a_past_same_day_is_not_counted_from_a_deadline_to_come():
    # reference Friday 14 Feb: the talks were on Tuesday 11 Feb; "by March 1" is a deadline still ahead
    found = by_text("The ministers signed the memorandum on Tuesday. Pumping will resume by March 1. "
                    "Later the same day, the minister received his counterpart at the embassy.")
    assert found["the same day"].value == "2025-02-11"


def test_that_day_in_the_sentence_of_a_future_day_is_counted_from_it():
    found = by_text("The envoy met the ministers on Monday. He is expected to hold talks on Thursday evening, "
                    "after flying in earlier that day.")
    assert found["that day"].value == found["Thursday evening"].value[:10]


def test_a_deadline_of_a_past_act_may_lie_ahead():
    # reference 10 July: "by 30 September" in a past clause is the coming deadline, not last year's
    ref = dt.date(2026, 7, 10)
    assert by_text("The accord, signed in May, required the withdrawal of all troops by 30 September.",
                   ref)["30 September"].value == "2026-09-30"
    assert by_text("The council gave the two parties until 30 September to finish the census.",
                   ref)["30 September"].value == "2026-09-30"


def test_a_deadline_in_a_past_perfect_stays_past():
    ref = dt.date(2026, 7, 10)
    assert by_text("The rebels said they had handed over their weapons by 30 September.",
                   ref)["30 September"].value == "2025-09-30"


def test_a_time_of_day_falls_on_the_last_day_named_past_a_month_named_since():
    found = by_text("Norland freed twelve fishermen on Tuesday, half a year after last August's storm at sea. "
                    "They reached the harbour shortly after 9 a.m., and Vesta returned a trawler the same morning.")
    assert found["shortly after 9 a.m."].value == "2025-02-11T09:00"
    assert found["the same morning"].value == "2025-02-11TMO"


def test_a_live_blog_stamp_stays_on_the_filing_day():
    found = by_text("Norland freed twelve fishermen on Tuesday, taken in last August's storm.\n\n"
                    "16:40 Vesta says the trawler is still held.")
    assert found["16:40"].value == "2025-02-14T16:40"


def test_a_stamp_heading_its_line_is_of_the_filing_day_whatever_day_the_entry_before_named():
    found = by_text("09:05 - The mediator flew in late last night from Oslo.\n\n"
                    "10:20 - Vesta says the trawler is still held.")
    assert found["10:20"].value == "2025-02-14T10:20"
    # a clock time inside a sentence still falls on the day just named
    found = by_text("The two envoys met on Tuesday. Their session closed at 17:10 with no text.")
    assert found["17:10"].value == "2025-02-11T17:10"


def test_an_hour_later_falls_on_the_last_day_named_past_a_year_named_since():
    found = by_text("Norland signed the accord on Tuesday, ending a feud that began in 1998. "
                    "Vesta rejected it an hour later.")
    assert found["an hour later"].value == "2025-02-11"
