"""Temporal expressions: find them in a parsed Doc and normalise them to TIMEX3 values.

Two pure stages:

* recognition (`_candidates`): general English patterns over ``doc.text``
  whose extents follow TimeML (prepositions left out; determiners, modifiers
  such as "about", "early", "the end of" and "ago" kept in), plus the spaCy
  DATE/TIME entities the patterns missed, when they can be normalised;
* normalisation (`resolve`, `_resolve`): rules against the reference (article)
  date, the tense of the governing verb (weekdays, month-days without a year)
  and the last date mentioned before (for "a day earlier", "that year"), with
  dateparser (``RELATIVE_BASE`` = reference date, results cached) as fallback.

Values are TIMEX3: ``2025-02-12``, ``2025-02``, ``2025-W07``, ``2025-W07-WE``,
``2025-Q1``, ``2025-H1``, ``2025-SU``, ``2025``, ``199X`` (a decade), ``19`` (a
century), ``PRESENT_REF``/``PAST_REF``/``FUTURE_REF``, ``P3D``/``PT5H``/``PXY``
(durations, ``X`` when the amount is vague), ``2025-02-12T14:00`` and
``2025-02-12TNI`` (times, parts of day), ``XXXX-WXX-2`` (sets).
"""
from __future__ import annotations

import calendar
import datetime as dt
import functools
import logging
import re
from dataclasses import dataclass
from typing import Any

log = logging.getLogger(__name__)

__all__ = ["Timex", "find_timexes", "resolve"]


@dataclass(frozen=True)
class Timex:
    start: int  # char offsets into doc.text
    end: int
    text: str
    type: str  # DATE | TIME | DURATION | SET
    value: str | None  # TIMEX3 value

    @property
    def day(self) -> str | None:
        """ISO YYYY-MM-DD when the value names one specific day, else None."""
        if self.value and _DAY_VALUE.match(self.value):
            return self.value[:10]
        return None


_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d(?:T|$)")

# --------------------------------------------------------------------------
# Vocabulary
# --------------------------------------------------------------------------

_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH_NAMES = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                "november", "december"}
_WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
_SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
_SEASON_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
_PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI", "overnight": "NI"}
_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty first": 21, "twenty second": 22,
    "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
}
_SMALL = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_NUMBER_WORDS: dict[str, float] = {w: i for i, w in enumerate(_SMALL)}
_NUMBER_WORDS.update({w: 20 + 10 * i for i, w in enumerate(_TENS)})
_NUMBER_WORDS.update({"a": 1, "an": 1, "a single": 1, "single": 1, "half a": 0.5, "half an": 0.5, "a half": 0.5,
                      "a dozen": 12, "dozen": 12, "a hundred": 100, "hundred": 100, "one hundred": 100,
                      "a thousand": 1000, "thousand": 1000, "a couple of": 2, "a couple": 2, "couple of": 2})
_VAGUE_NUMBERS = {"a few", "few", "several", "some", "many", "a number of", "dozens of", "hundreds of", "multi",
                  "numerous", "countless", "just a few", "only a few"}
# unit word -> (TIMEX3 letter, is a time unit)
_UNITS = {
    "second": ("S", True), "minute": ("M", True), "hour": ("H", True), "day": ("D", False),
    "night": ("D", False), "week": ("W", False), "weekend": ("WE", False), "fortnight": ("W2", False),
    "month": ("M", False), "quarter": ("Q", False), "year": ("Y", False), "decade": ("DE", False),
    "century": ("CE", False), "millennium": ("L", False),
}

# --------------------------------------------------------------------------
# Recognition patterns (over doc.text; names and months must be capitalised)
# --------------------------------------------------------------------------

_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
          r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?:\.|\b))")
_MONTH_FULL = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_DAYNUM = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d:%,.]\d|\d|-\d| ?%| ?percent| ?per cent)"
_YEAR = r"(?:1[0-9]\d\d|20\d\d)(?![\d,.]\d|\d|-\d| ?%)"
_SPELLED_YEAR = (r"(?:(?:[Nn]ineteen|[Ee]ighteen)[\s-](?:hundred|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen"
                 r"|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?"
                 r"|oh[\s-](?:one|two|three|four|five|six|seven|eight|nine))\b)")
_YEAR_ANY = r"(?:" + _YEAR + "|" + _SPELLED_YEAR + ")"
_ORD_DAY = (r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth"
            r"|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty[\s-](?:first|second|third|fourth|fifth"
            r"|sixth|seventh|eighth|ninth)|thirtieth|thirty[\s-]first)\b")
_NUMW = (r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
         r"|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
         r"|seventeen|eighteen|nineteen|hundred|thousand|dozen)")
_NUM = (r"(?:\d+(?:\.\d+)?(?:\s\d/\d)?|" + _NUMW + r"(?:\s(?:and\s)?(?:a\s)?(?:half|hundred|thousand))?"
        r"|a\sfew|a\scouple\sof|a\scouple|couple\sof|a\snumber\sof|a\sdozen|a\shundred|a\sthousand"
        r"|several|few|many|dozens\sof|hundreds\sof|numerous|an?|half\san?)")
_UNIT = (r"(?:(?:trading|business|working|calendar|school|fiscal|straight|consecutive|full|more|additional|"
         r"extra|long|short|whole|further|solid)\s)?"
         r"(?:seconds?|minutes?|hours?|days?|weeks?|weekends?|months?|quarters?|years?|decades?|centur(?:y|ies)"
         r"|millenni(?:um|a)|fortnights?)\b")
_UNIT_SG = r"(?:second|minute|hour|day|week|month|quarter|year|decade|century)"
_QUAL = (r"(?:(?:approximately|roughly|nearly|almost|some|more\sthan|less\sthan|fewer\sthan"
         r"|at\sleast|at\smost|up\sto|no\smore\sthan|no\sless\sthan|barely|close\sto|well\sover"
         r"|upwards\sof|the\sbetter\spart\sof|a\sgood|another|an\sadditional|an\sextra|a\sfurther)\s)")
_REL = r"(?:this|last|next|past|coming|previous|following|current|same|that|upcoming|preceding|prior|final|latest|recent|first)"
_PART = r"(?:morning|afternoon|evening|night)"
_DAYWORD = r"(?:[Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight|" + _WEEKDAY + ")"
_SEASON = r"(?:spring|summer|fall|autumn|winter)"
_AMPM = r"(?:[ap]\.m\.?|[AP]\.M\.?|[ap]m\b|[AP]M\b|o'clock)"
_ZONE = r"(?:\s(?:[A-Z][SD]T|GMT|UTC|EDT|EST|CET|CEST|BST))"
_HOLIDAY = (r"(?:Christmas(?:\s(?:Day|Eve))?|New\sYear's(?:\s(?:Day|Eve))?|Thanksgiving(?:\sDay)?|Easter(?:\s(?:Sunday|Monday|week))?"
            r"|Independence\sDay|Labor\sDay|Memorial\sDay|Election\sDay|Halloween|Valentine's\sDay|Veterans\sDay"
            r"|Boxing\sDay|Good\sFriday)")
_ORDQ = r"(?:first|second|third|fourth|1st|2nd|3rd|4th)"

_DATE_DAY = (
    r"(?:(?:" + _WEEKDAY + r"|[Tt]his\scoming\s" + _WEEKDAY + r"),?\s)?(?:"
    + _MONTH + r"\s(?:" + _DAYNUM + r"|(?:the\s)?" + _ORD_DAY + r")(?:(?:\s?,\s?|\s)" + _YEAR_ANY + r")?"
    r"|(?:the\s)?" + r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s(?:of\s)?" + _MONTH + r"(?:,?\s" + _YEAR + r")?)"
)
_TIME_OF_DAY = (r"(?:(?:\d{1,2}(?:[:.]\d\d)?\s?" + _AMPM + r"|\d{1,2}:\d\d(?!\d)|noon|midnight|midday|"
                r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?::\d\d)?(?=\s(?:in\sthe\s(?:morning|afternoon|evening)|at\snight)))"
                + _ZONE + r"?)")
_DAY_REF = (r"(?:(?:last|this|next|this\spast|this\scoming)\s" + _WEEKDAY + r"|" + _DAYWORD + r"|" + _DATE_DAY + ")")

_PATTERNS: list[tuple[str, str]] = [
    # times, optionally with the day: "10 p.m. Wednesday", "5 p.m. EST, Nov. 6", "noon Thursday"
    ("time", r"(?:(?:early|late|around|about|shortly\s(?:before|after)|just\s(?:before|after))\s)?" + _TIME_OF_DAY
     + r"(?:(?:,\s|\s)(?:(?:on|of)\s)?(?:" + _DAY_REF + r"))?(?:\s(?:in\sthe\s" + _PART + r"|at\snight))?"),
    ("time", r"(?:" + _DAY_REF + r")(?:,?\s(?:at\s)?)" + _TIME_OF_DAY),
    # parts of day: "Monday night", "yesterday morning", "late last night", "this afternoon"
    ("time", r"(?:(?:[Ee]arly|[Ll]ate|[Ll]ater|[Ee]arlier|[Mm]id)[\s-])?(?:" + _DAY_REF + r"|[Tt]his|[Ll]ast|[Tt]hat|[Tt]he\ssame"
     r"|[Tt]he\snext|[Tt]he\sfollowing|[Tt]he\sprevious)\s" + _PART + r"\b"),
    ("time", r"(?:(?:[Ee]arly|[Ll]ate|[Mm]id)[\s-])" + r"(?:" + _PART + r"|afternoon)(?:\s" + _DAYWORD + r")?\b"),
    ("time", r"\b(?:[Tt]onight|[Oo]vernight)\b"),
    # full dates and month-days, with an optional weekday in front
    ("date", _DATE_DAY),
    ("day", r"(?:(?<=\d\sand\s)|(?<=\d\sor\s)|(?<=\d\sto\s)|(?<=\d-))(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b(?![\d:%,.]\d| ?%)"),
    ("date", r"(?<![\d/])(?:\d{4}-\d\d-\d\d|\d{1,2}/\d{1,2}/(?:\d{4}|\d\d))(?![\d/])"),
    # month + year, month + relative year
    ("date", r"(?:(?:[Ee]arly|[Ll]ate|[Mm]id)[\s-])?" + _MONTH + r"(?:,?\s(?:of\s)?" + _YEAR_ANY + r"|\s(?:of\s)?(?:this|last|next)\syear)"),
    ("date", r"(?:[Tt]he\s(?=(?:(?:early|late|mid)[\s-])?" + _SEASON + r"))?(?:(?:[Ee]arly|[Ll]ate|[Mm]id)[\s-])?(?:" + _SEASON + r"|" + _MONTH_FULL + r")\s(?:of\s)?" + _YEAR_ANY),
    ("date", r"(?:[Tt]he\syear\s)?" + _SPELLED_YEAR + r"|[Tt]he\syear\s(?:two\sthousand(?:\s(?:and\s)?(?:one|two|three|four|five|six|seven|eight|nine|ten))?|" + _YEAR + ")"),
    ("date", r"\b(?:[Tt]he\s|[Tt]his\s|[Ll]ast\s|[Nn]ext\s)?(?:(?:early|late|mid)[\s-])?(?:spring|summer|winter|autumn)\b(?!-)"),
    # bare months (capitalised full names; "May" is checked in context)
    ("month", r"(?:(?:[Ee]arly|[Ll]ate|[Mm]id)[\s-])?" + _MONTH_FULL + r"\b"),
    # years, decades, centuries, fiscal years
    ("year", r"(?:(?:[Ee]arly|[Ll]ate|[Mm]id)[\s-])?" + _YEAR),
    ("date", r"(?:[Ff]iscal|FY|[Cc]alendar)\s?(?:" + _YEAR + r"|'?\d\d\b)"),
    ("date", r"(?:[Tt]he\s)?(?:(?:early|mid|late)[\s-])?(?:1\d|20)\d0'?s\b"),
    ("date", r"(?:[Tt]he\s)?(?:(?:early|mid|late)[\s-])?'\d0s\b"),
    ("date", r"(?:[Tt]he\s)(?:(?:early|mid|late)[\s-])?(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b"),
    ("date", r"(?:[Tt]he\s|[Tt]his\s|[Ll]ast\s|[Nn]ext\s)?(?:(?:early|mid|late)[\s-])?(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth"
     r"|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth"
     r"|eighteenth|nineteenth|twentieth|twenty[\s-]first)[\s-]century\b"),
    ("date", r"(?:[Tt]his|[Ll]ast|[Nn]ext|[Tt]he\snext|[Tt]he\slast|[Tt]he\spast)\scentury\b"),
    # quarters and halves
    ("date", r"(?:(?:[Tt]he\s|[Tt]his\syear's\s|[Ll]ast\syear's\s|[Nn]ext\syear's\s|" + _YEAR + r"'s\s)(?:(?:" + _YEAR + r"|fiscal|calendar|current|latest|same|year[\s-]earlier|year[\s-]ago|comparable"
     r"|corresponding|previous|prior)[\s-])*(?:fiscal[\s-])?" + _ORDQ + r"\squarters?(?!-)"
     r"|(?:(?:" + _YEAR + r"|fiscal|calendar)[\s-])*(?:fiscal[\s-])?" + _ORDQ + r"[\s-]quarters?)"
     r"(?:\s(?:of\s(?:fiscal\s)?" + _YEAR + r"|of\s(?:this|last|next)\syear|a\syear\s(?:ago|earlier)|last\syear|this\syear|next\syear))?"),
    ("date", r"(?i:[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|1st|2nd|3rd|4th)[\s-]quarter\b"),
    ("date", r"(?:[Tt]he\s)?(?:first|second|1st|2nd|latter|final|last)\shalf(?:\sof\s(?:(?:fiscal\s)?" + _YEAR + r"|the\syear|this\syear|next\syear|last\syear|the\sdecade|the\scentury))?"),
    ("date", r"(?:(?:[Tt]he|[Tt]his\syear's|[Ll]ast\syear's)\s)?(?:(?:" + _YEAR + r"|fiscal|current|latest|same|year[\s-]earlier|year[\s-]ago|comparable|corresponding"
     r"|previous|prior|recent|past)[\s-])+(?:fiscal\s)?(?:quarter|period|fiscal\syear|year|half|months?)\b"
     r"(?:\s(?:a\syear\s(?:ago|earlier)|last\syear|of\s" + _YEAR + r"))?"),
    ("date", r"(?:[Tt]he\s)(?:quarter|period)\s(?:a\syear\s(?:ago|earlier)|last\syear)"),
    ("date", r"\b(?:[Tt]he|[Tt]hat|[Tt]his)\squarter\b"),
    ("date", r"\b[Tt]he\s(?:full|whole|entire)\s(?:year|month|week|quarter)\b"),
    ("date", r"\b[Yy]ear[\s-](?:earlier|ago)\b"),
    ("date", r"\b(?:[Ll]ast|[Tt]his|[Nn]ext)\syear's\s(?:quarter|period)\b"),
    # relative: "last week", "this past weekend", "next Tuesday", "the coming days", "earlier this month"
    ("date", r"(?:(?:[Ee]arly|[Ll]ate|[Mm]id|[Ee]arlier|[Ll]ater|[Ss]ometime)[\s-](?:in\s)?)?(?:[Tt]he\s)?(?i:" + _REL + r"|this\spast|this\scoming)\s"
     r"(?i:(?:fiscal\s)?(?:week|weekend|month|quarter|year|decade|season)s?|" + _SEASON + r")\b"),
    ("date", r"(?:(?:[Ee]arly|[Ll]ate|[Ee]arlier|[Ll]ater|[Ss]ometime)\s)?(?:[Tt]he\s)?(?i:this|last|next|this\spast|this\scoming|past|coming|previous|following|same|that)\s"
     r"(?:" + _WEEKDAY + r"|" + _MONTH_FULL + r")\b"),
    ("date", r"(?:[Ee]arly|[Ll]ate|[Ee]arlier|[Ll]ater|[Ss]ometime)\s(?:in\s)?(?:the\s)?(?:week|weekend|month|year|day)\b"),
    ("date", r"(?:[Ee]arly|[Ll]ate|[Ee]arlier|[Ll]ater|[Mm]id|[Ee]arly\son|[Ll]ate\sin)[\s-]" + _DAYWORD + r"\b"),
    ("date", r"\b(?:[Tt]he\s)?(?:coming|next|past|last|following|previous|recent|ensuing|subsequent|preceding)\s(?:few\s|several\s|couple\sof\s)?(?:days|weeks|months|years|decades|quarters)\b"),
    ("date", r"\b(?:[Rr]ecent|[Cc]oming|[Ff]uture|[Pp]ast)\s(?:days|weeks|months|years|decades|quarters)(?:\sand\s(?:days|weeks|months|years|decades|quarters))?\b"),
    ("date", r"\b(?:[Tt]he|[Tt]hat|[Tt]his)\s(?:week|weekend|month|year|day)\b(?!-)"),
    ("date", r"(?:(?:[Tt]he\s)?(?:[Ee]nd|[Bb]eginning|[Ss]tart|[Mm]iddle|[Cc]lose|[Tt]urn)\sof\s)"
     r"(?:the\s|this\s|last\s|next\s|that\s)?(?:week|weekend|month|quarter|year|decade|century|season|day)\b"),
    ("date", r"\b[Yy]ear[\s-]end\b|\b[Yy]ear's\send\b|\b[Mm]onth[\s-]end\b"),
    ("date", r"\b(?:[Tt]he\s)?(?:[Ee]arly|[Ll]ate|[Ff]ollowing|[Pp]revious|[Nn]ext|[Ss]ame)\s(?:day|morning)\b|\b(?:[Tt]hat|[Tt]he|[Tt]hat)\ssame\s(?:day|week|month|year)\b|\b[Tt]hat\s(?:day|week|month|year)\b"),
    ("date", r"\b[Tt]he\sweek\sof\s" + _DATE_DAY),
    ("date", r"\b[Tt]he\sday\s(?:before|after)\s(?:yesterday|tomorrow)\b"),
    # deictic words
    ("date", r"\b(?:[Yy]esterday|[Tt]oday|[Tt]omorrow|[Nn]ow|[Cc]urrently|[Nn]owadays|[Rr]ecently|[Ll]ately"
     r"|[Mm]ore\srecently|[Mm]ost\srecently|[Tt]hese\sdays"
     r"|[Tt]he\spast|[Tt]he\s(?:near\s|distant\s|foreseeable\s|immediate\s)?future|[Tt]he\s(?:near|short|long)\sterm|[Tt]he\spresent"
     r"|[Aa]s\ssoon\sas\spossible)\b(?!-)"),
    ("date", r"(?<=\bat\s)present\b|(?<=\bAt\s)present\b|(?<=\bin\s)future\b|\b[Ff]uture(?=\s(?:quarters|years|months|periods|dates?)\b)"),
    # weekdays and holidays
    ("date", r"(?:[Ee]arly\son\s|[Ll]ate\son\s)?" + _WEEKDAY + r"(?!s)\b"),
    ("date", _HOLIDAY + r"(?:\s" + _YEAR + r")?"),
    # relative offsets: "two days ago", "a year earlier", "three weeks later", "the day before"
    ("date", r"(?:" + _QUAL + r")?(?i:" + _NUM + r")\s" + _UNIT + r"(?:\sor\s(?:so|more|two|three|less))?\s(?:ago|earlier|later|from\snow|hence)"),
    # durations: "three years", "the past two months", "30-day", "at least 20 more years"
    ("duration", r"(?:" + _QUAL + r")?(?:(?:the|its|their|his|her)\s)?(?:(?:past|last|next|first|final|coming|previous|preceding|following|remaining|ensuing|initial|latest|same|other|entire|full|whole)\s)?"
     r"(?i:" + _NUM + r")(?:\sto\s(?i:" + _NUM + r"))?(?:\sor\s(?i:" + _NUM + r"))?\s" + _UNIT + r"(?:\sand\sa\shalf)?(?:\sor\s(?:so|more|longer|less))?"),
    ("duration", r"(?:\d+(?:\.\d+)?|" + _NUMW + r"|several|few|multi|half)-(?:" + _UNIT_SG + r"(?:-(?:old|long))?|"
     r"(?:day|week|month|year|decade|hour)s-(?:old|long))\b(?<!quarter)"),
    ("duration", r"\b(?:day|week|month|year|decade|hour)s?-long\b"),
    ("duration", r"(?:" + _QUAL + r")?(?:years|months|weeks|days|decades|hours|minutes|centuries)\b(?!-)"),
    ("duration", r"\b[Tt]he\s(?:days|weeks|months|years)\sahead\b"),
    # sets
    ("set", r"\b(?:[Ee]very|[Ee]ach|[Pp]er)\s(?:other\s|single\s)?(?:(?:" + _NUM + r")\s)?(?:(?:seconds?|minutes?|hours?|days?|weeks?|weekends?|months?|quarters?|years?|decades?)\b|"
     + _WEEKDAY + r"|" + _MONTH_FULL + r"|" + _PART + r"|" + _SEASON + r")"),
    ("set", r"\b(?:[Dd]aily|[Ww]eekly|[Mm]onthly|[Aa]nnually|[Yy]early|[Hh]ourly|[Qq]uarterly|[Nn]ightly|[Bb]iweekly|[Ss]emiannually|[Bb]iannually)\b(?!-)"),
    ("set", _WEEKDAY + r"s\b(?:\s" + _PART + r"s?\b)?"),
]
_COMPILED = [(kind, re.compile(rx)) for kind, rx in _PATTERNS]

_TRIGGER = re.compile(
    r"(?i)\b(?:" + "|".join(_MONTHS) + r"|" + "|".join(_WEEKDAYS) + r"|second|minute|hour|day|night|week|weekend|month"
    r"|quarter|year|decade|centur|today|yesterday|tomorrow|now|morning|afternoon|evening|spring|summer|autumn|fall"
    r"|winter|noon|midnight|[12]\d\d\d|\d\d?:\d\d|[ap]\.m)")

_MAY_CONTEXT = re.compile(r"(?i)(?:\b(?:in|of|since|until|till|by|from|to|through|during|before|after|early|late|mid|"
                          r"last|next|this|between|and|or|end|beginning|start|middle)[\s-]*)$")
_YEAR_CONTEXT = re.compile(r"(?i)(?:\b(?:in|of|since|until|till|by|from|to|through|during|before|after|early|late|mid|"
                           r"between|and|or|end|beginning|start|middle|for|year|fiscal|calendar|circa|around|about|summer|"
                           r"spring|winter|fall|autumn|the|season|class|since|until|than|versus|vs\.?|,|\()[\s-]*)$")


# --------------------------------------------------------------------------
# Calendar arithmetic
# --------------------------------------------------------------------------

@dataclass(frozen=True)
class _Period:
    """A calendar period: its first day and its granularity."""

    start: dt.date
    gran: str  # day | week | weekend | month | quarter | half | season | year | decade | century

    def value(self) -> str:
        d, g = self.start, self.gran
        if g == "day":
            return d.isoformat()
        if g in ("week", "weekend"):
            y, w, _ = d.isocalendar()
            return f"{y}-W{w:02d}" + ("-WE" if g == "weekend" else "")
        if g == "month":
            return f"{d.year}-{d.month:02d}"
        if g == "quarter":
            return f"{d.year}-Q{(d.month - 1) // 3 + 1}"
        if g == "half":
            return f"{d.year}-H{1 if d.month < 7 else 2}"
        if g == "season":
            code = {3: "SP", 6: "SU", 9: "FA", 12: "WI"}[d.month]
            return f"{d.year}-{code}"
        if g == "decade":
            return f"{d.year // 10}"
        if g == "century":
            return f"{d.year // 100:02d}"
        return f"{d.year:04d}"

    def shift(self, n: int, unit: str) -> _Period:
        return _Period(_add(self.start, n, unit), self.gran)


def _add_months(d: dt.date, n: int) -> dt.date:
    m = d.year * 12 + d.month - 1 + n
    y, m = divmod(m, 12)
    day = min(d.day, calendar.monthrange(y, m + 1)[1])
    return dt.date(y, m + 1, day)


def _add(d: dt.date, n: float, unit: str) -> dt.date:
    if unit in ("day", "night"):
        return d + dt.timedelta(days=n)
    if unit in ("week", "weekend"):
        return d + dt.timedelta(weeks=n)
    if unit == "fortnight":
        return d + dt.timedelta(weeks=2 * n)
    if unit == "month":
        return _add_months(d, int(n))
    if unit == "quarter":
        return _add_months(d, int(3 * n))
    if unit in ("half",):
        return _add_months(d, int(6 * n))
    if unit == "season":
        return _add_months(d, int(3 * n))
    if unit == "year":
        return _add_months(d, int(12 * n))
    if unit == "decade":
        return _add_months(d, int(120 * n))
    if unit == "century":
        return _add_months(d, int(1200 * n))
    if unit in ("hour", "minute", "second"):
        return d
    raise ValueError(unit)


def _period_of(d: dt.date, gran: str) -> _Period:
    if gran == "day":
        return _Period(d, "day")
    if gran == "week":
        return _Period(d - dt.timedelta(days=d.weekday()), "week")
    if gran == "weekend":
        return _Period(d - dt.timedelta(days=d.weekday()) + dt.timedelta(days=5), "weekend")
    if gran == "month":
        return _Period(d.replace(day=1), "month")
    if gran == "quarter":
        return _Period(dt.date(d.year, (d.month - 1) // 3 * 3 + 1, 1), "quarter")
    if gran == "half":
        return _Period(dt.date(d.year, 1 if d.month < 7 else 7, 1), "half")
    if gran == "season":
        m = {12: 12, 1: 12, 2: 12, 3: 3, 4: 3, 5: 3, 6: 6, 7: 6, 8: 6, 9: 9, 10: 9, 11: 9}[d.month]
        y = d.year - 1 if d.month < 3 else d.year
        return _Period(dt.date(y, m, 1), "season")
    if gran == "year":
        return _Period(dt.date(d.year, 1, 1), "year")
    if gran == "decade":
        return _Period(dt.date(d.year // 10 * 10, 1, 1), "decade")
    if gran == "century":
        return _Period(dt.date(d.year // 100 * 100, 1, 1), "century")
    raise ValueError(gran)


_VALUE_PERIOD = re.compile(r"^(\d{4})(?:-(\d\d)(?:-(\d\d))?|-W(\d\d)(-WE)?|-Q([1-4])|-H([12])|-(SP|SU|FA|WI))?(?:T.*)?$")


def _parse_period(value: str | None) -> _Period | None:
    """The period a DATE value names, for use as an anchor."""
    if not value:
        return None
    m = _VALUE_PERIOD.match(value)
    if not m:
        return None
    y = int(m[1])
    try:
        if m[3]:
            return _Period(dt.date(y, int(m[2]), int(m[3])), "day")
        if m[2]:
            return _Period(dt.date(y, int(m[2]), 1), "month")
        if m[4]:
            d = dt.date.fromisocalendar(y, int(m[4]), 6 if m[5] else 1)
            return _Period(d, "weekend" if m[5] else "week")
        if m[6]:
            return _Period(dt.date(y, 3 * int(m[6]) - 2, 1), "quarter")
        if m[7]:
            return _Period(dt.date(y, 1 if m[7] == "1" else 7, 1), "half")
        if m[8]:
            return _Period(dt.date(y, _SEASON_MONTH[m[8]], 1), "season")
        return _Period(dt.date(y, 1, 1), "year")
    except ValueError:
        return None


# --------------------------------------------------------------------------
# Normalisation
# --------------------------------------------------------------------------

_GRAN_OF_UNIT = {"day": "day", "night": "day", "week": "week", "weekend": "weekend", "month": "month",
                 "quarter": "quarter", "year": "year", "decade": "decade", "century": "century",
                 "season": "season", "half": "half", "fortnight": "week"}


def _norm(expression: str) -> str:
    e = expression.strip().lower()
    e = re.sub(r"[\u2010-\u2015]", "-", e)
    e = re.sub(r"'s\b$", "", e)
    e = e.replace("a.m.", "am").replace("p.m.", "pm").replace("a.m", "am").replace("p.m", "pm")
    if not re.fullmatch(r"\d{4}-\d\d-\d\d", e):
        e = re.sub(r"(?<=[a-z])-(?=[a-z0-9])|(?<=\d)-(?=[a-z])", " ", e)
    e = re.sub(r"(?<=[a-z])\.(?=\s|$)", "", e)  # "feb." -> "feb"
    e = re.sub(r"[,;:!?\"()]+(?!\d)", " ", e)
    e = re.sub(r"\s+", " ", e).strip(" .")
    e = _SPELLED_YEAR_RX.sub(_spelled_year, e)
    e = re.sub(r"^the year (?=\d{4}$)", "", e)
    e = re.sub(r"\b(" + "|".join(k for k in _MONTHS if len(k) > 2) + r") (?:the )?(" + "|".join(_ORDINALS) + r")\b",
               lambda m: f"{m[1]} {_ORDINALS[m[2]]}" if not m[2][0].isdigit() else m[0], e)
    return e


_SPELLED_YEAR_RX = re.compile(
    r"\b(?:(nineteen|eighteen) (hundred|oh \w+|\w+(?: (?:one|two|three|four|five|six|seven|eight|nine)\b)?)"
    r"|two thousand(?: (?:and )?(one|two|three|four|five|six|seven|eight|nine|ten))?)\b")


def _spelled_year(m: re.Match[str]) -> str:
    if m[1]:
        century = 1900 if m[1] == "nineteen" else 1800
        rest = m[2]
        if rest == "hundred":
            return str(century)
        if rest.startswith("oh "):
            n = _NUMBER_WORDS.get(rest[3:])
        else:
            n = _number(rest)
        if n is None or not 0 <= n < 100:
            return m[0]
        return str(century + int(n))
    return str(2000 + int(_NUMBER_WORDS[m[3]] if m[3] else 0))


def _number(text: str) -> float | None:
    """'three' -> 3, '2 1/2' -> 2.5, 'twenty-four' -> 24, 'several' -> None."""
    t = text.strip().replace("-", " ")
    if t in _NUMBER_WORDS:
        return _NUMBER_WORDS[t]
    m = re.fullmatch(r"(\d+(?:\.\d+)?)(?: (\d)/(\d))?", t)
    if m:
        n = float(m[1])
        if m[2]:
            n += int(m[2]) / int(m[3])
        return n
    m = re.fullmatch(r"(.+?) (?:and )?(?:a )?half", t)
    if m:
        base = _number(m[1])
        return None if base is None else base + 0.5
    parts = t.split()
    if len(parts) == 2 and parts[0] in _NUMBER_WORDS and parts[1] in _NUMBER_WORDS:
        a, b = _NUMBER_WORDS[parts[0]], _NUMBER_WORDS[parts[1]]
        if a >= 20 and b < 10:
            return a + b
        if b in (100, 1000):
            return a * b
    return None


def _unit_of(word: str) -> str | None:
    w = word.strip()
    if w in ("centuries",):
        return "century"
    if w in ("millennia", "millennium"):
        return "millennium"
    if w.endswith("s") and w[:-1] in _UNITS:
        return w[:-1]
    return w if w in _UNITS else None


def _duration(n: float | None, unit: str) -> str:
    if unit in ("decade", "century", "millennium"):
        years = {"decade": 10, "century": 100, "millennium": 1000}[unit]
        return "PXY" if n is None else f"P{_fmt_num(n * years)}Y"
    letter, is_time = _UNITS[unit]
    if unit == "weekend":
        letter = "WE"
    if unit == "fortnight":
        return "P2W" if n is None else f"P{_fmt_num(2 * n)}W"
    if unit == "night":
        letter = "D"
    if n is None:
        return ("PT" if is_time else "P") + "X" + letter
    if n != int(n):
        # prefer whole smaller units: 2.5 years -> P2Y6M, 1.5 hours -> PT1H30M
        smaller = {"year": (12, "M"), "day": (24, "H"), "hour": (60, "M"), "minute": (60, "S"), "week": (7, "D")}.get(unit)
        if smaller and (n * smaller[0]) == int(n * smaller[0]):
            whole, frac = int(n), int(round((n - int(n)) * smaller[0]))
            if unit in ("day",):
                return f"P{whole}DT{frac}H" if whole else f"PT{frac}H"
            if unit in ("hour",):
                return f"PT{whole}H{frac}M" if whole else f"PT{frac}M"
            if unit in ("minute",):
                return f"PT{whole}M{frac}S" if whole else f"PT{frac}S"
            return f"P{whole}{letter}{frac}{smaller[1]}" if whole else f"P{frac}{smaller[1]}"
    return ("PT" if is_time else "P") + _fmt_num(n) + letter


def _fmt_num(n: float) -> str:
    return str(int(n)) if n == int(n) else f"{n:g}"


def _weekday_date(wd: int, ref: dt.date, tense: str | None, rel: str | None = None) -> dt.date:
    """The date of a weekday: 'last' strictly before, 'next' strictly after, else by tense."""
    back = (ref.weekday() - wd) % 7
    fwd = (wd - ref.weekday()) % 7
    if rel == "last":
        return ref - dt.timedelta(days=back or 7)
    if rel == "next":
        return ref + dt.timedelta(days=fwd or 7)
    if rel == "this past":
        return ref - dt.timedelta(days=back or 7)
    if rel == "this coming":
        return ref + dt.timedelta(days=fwd or 7)
    if tense == "future":
        return ref + dt.timedelta(days=fwd)
    if tense in ("past", "dateline"):
        return ref - dt.timedelta(days=back)
    return ref - dt.timedelta(days=back) if back <= 4 else ref + dt.timedelta(days=fwd)


def _year_for(month: int, day: int | None, ref: dt.date, tense: str | None) -> int:
    """The year of a month (or month-day) named without one: the reference year, unless
    that puts a past event more than ~2 months after the reference date (then the year
    before), or a future one more than ~2 months before it (then the year after)."""
    y = ref.year
    try:
        cand = dt.date(y, month, min(day or 15, calendar.monthrange(y, month)[1]))
    except ValueError:
        return y
    delta = (cand - ref).days
    if tense == "dateline":  # "KYIV, March 25 (Reuters) -": the day the story was filed
        return y - 1 if delta > 1 else y
    if tense == "future":
        return y + 1 if delta < -61 else y
    if tense == "past":
        return y - 1 if delta > 61 else y
    if tense == "present":  # "the summit is in April", "payable Jan. 2": mostly scheduled events
        return y + 1 if delta < -122 else y - 1 if delta > 243 else y
    # unknown tense: the nearest occurrence, leaning to the past as news does
    return y - 1 if delta > 122 else y + 1 if delta < -243 else y


def _month_period(month: int, ref: dt.date, tense: str | None, rel: str | None) -> _Period:
    y = ref.year
    if rel in ("last", "this past", "past", "previous"):
        y = y if month < ref.month else y - 1
    elif rel in ("next", "this coming", "coming"):
        y = y if month > ref.month else y + 1
    elif rel in ("this", "current"):
        y = ref.year
    else:
        y = _year_for(month, None, ref, tense)
    return _Period(dt.date(y, month, 1), "month")


def _season_period(code: str, ref: dt.date, tense: str | None, rel: str | None) -> _Period:
    cur = _period_of(ref, "season")
    # the occurrence of this season within the reference year (winter: the one starting in December)
    this = _Period(dt.date(ref.year, _SEASON_MONTH[code], 1), "season")
    if code == "WI" and ref.month < 3:
        this = _Period(dt.date(ref.year - 1, 12, 1), "season")
    if rel in ("last", "past", "previous", "this past"):
        return this if this.start < cur.start else this.shift(-1, "year")
    if rel in ("next", "coming", "this coming"):
        return this if this.start > cur.start else this.shift(1, "year")
    if rel in ("this", "current"):
        return this
    if tense == "future":
        return this if this.start >= cur.start else this.shift(1, "year")
    if tense in ("past", "dateline"):
        return this if this.start <= cur.start else this.shift(-1, "year")
    return this


def _quarter_period(q: int, ref: dt.date, tense: str | None, year: int | None = None) -> _Period:
    if year is not None:
        return _Period(dt.date(year, 3 * q - 2, 1), "quarter")
    this = _Period(dt.date(ref.year, 3 * q - 2, 1), "quarter")
    if tense == "future":
        # a quarter over for more than a quarter is next year's
        return this if (ref - _add_months(this.start, 3)).days < 92 else this.shift(1, "year")
    return this if this.start <= ref else this.shift(-1, "year")


def _last_completed_quarter(ref: dt.date) -> _Period:
    return _period_of(ref, "quarter").shift(-1, "quarter")


def _rel_unit(rel: str, unit: str, ref: dt.date, tense: str | None, anchor: _Period | None) -> _Period | None:
    """'last week', 'this month', 'next year', 'the following day', 'that year'..."""
    gran = _GRAN_OF_UNIT.get(unit)
    if gran is None:
        return None
    if rel in ("that", "same", "the same"):
        base = anchor.start if anchor else ref
        return _period_of(base, gran)
    if rel in ("following", "the following", "ensuing", "subsequent"):
        base = anchor.start if anchor else ref
        return _period_of(base, gran).shift(1, unit if unit != "weekend" else "week")
    if rel in ("previous", "preceding", "prior"):
        base = anchor.start if anchor else ref
        return _period_of(base, gran).shift(-1, unit if unit != "weekend" else "week")
    cur = _period_of(ref, gran)
    if rel in ("this", "current", "present"):
        if unit == "weekend":
            return cur if tense != "past" or ref.weekday() >= 5 else cur.shift(-1, "week")
        return cur
    if rel in ("last", "past", "this past", "latest"):
        if unit == "weekend" and ref.weekday() >= 5 and rel in ("this past",):
            return cur
        if unit == "weekend":
            return cur.shift(-1, "week") if ref.weekday() < 5 or rel == "last" else cur
        return cur.shift(-1, unit)
    if rel in ("next", "coming", "this coming", "upcoming"):
        if unit == "weekend":
            return cur if ref.weekday() < 5 else cur.shift(1, "week")
        return cur.shift(1, unit)
    return None


def _parse_day(e: str, ref: dt.date, tense: str | None, anchor: _Period | None) -> dt.date | None:
    """A single day named by e (already normalised), or None."""
    if e in ("today", "tonight", "this morning", "this afternoon", "this evening"):
        return ref
    if e == "yesterday":
        return ref - dt.timedelta(days=1)
    if e == "tomorrow":
        return ref + dt.timedelta(days=1)
    if e == "the day before yesterday":
        return ref - dt.timedelta(days=2)
    if e == "the day after tomorrow":
        return ref + dt.timedelta(days=2)
    m = re.fullmatch(r"(?:(last|next|this past|this coming|this|on) )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)", e)
    if m:
        rel = m[1] if m[1] not in ("this", "on") else None
        return _weekday_date(_WEEKDAYS[m[2]], ref, tense, rel)
    m = re.fullmatch(r"(?:(?:this coming |this )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday) )?(?:the )?"
                     r"(?:([a-z]+) (\d{1,2})(?:st|nd|rd|th)?|(\d{1,2})(?:st|nd|rd|th)? (?:of )?([a-z]+))(?: (\d{4}))?", e)
    if m:
        mon = _MONTHS.get(m[1] or m[4] or "")
        day = int(m[2] or m[3])
        if mon and 1 <= day <= 31:
            year = int(m[5]) if m[5] else _year_for(mon, day, ref, tense)
            try:
                return dt.date(year, mon, day)
            except ValueError:
                return None
    m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", e)
    if m:
        try:
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
    m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4}|\d\d)", e)
    if m:
        y = int(m[3])
        if y < 100:
            y += 1900 if y > (ref.year % 100) + 10 else 2000
        try:
            return dt.date(y, int(m[1]), int(m[2]))
        except ValueError:
            return None
    return None


def _holiday(name: str, year: int) -> dt.date | str | None:
    fixed = {"christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24), "new year's day": (1, 1),
             "new year's": (1, 1), "new year's eve": (12, 31), "independence day": (7, 4), "halloween": (10, 31),
             "valentine's day": (2, 14), "veterans day": (11, 11), "boxing day": (12, 26)}
    if name in fixed:
        m, d = fixed[name]
        return dt.date(year, m, d)

    def nth_weekday(month: int, wd: int, n: int) -> dt.date:
        first = dt.date(year, month, 1)
        if n > 0:
            return first + dt.timedelta(days=(wd - first.weekday()) % 7 + 7 * (n - 1))
        last = dt.date(year, month, calendar.monthrange(year, month)[1])
        return last - dt.timedelta(days=(last.weekday() - wd) % 7)

    if name in ("thanksgiving", "thanksgiving day"):
        return nth_weekday(11, 3, 4)
    if name == "labor day":
        return nth_weekday(9, 0, 1)
    if name == "memorial day":
        return nth_weekday(5, 0, -1)
    if name == "election day":
        return nth_weekday(11, 0, 1) + dt.timedelta(days=1)
    if name.startswith("easter") or name == "good friday":
        a, b, c = year % 19, year // 100, year % 100
        d, e = b // 4, b % 4
        f = (b + 8) // 25
        g = (b - f + 1) // 3
        h = (19 * a + b - d - g + 15) % 30
        i, k = c // 4, c % 4
        l_ = (32 + 2 * e + 2 * i - h - k) % 7
        m = (a + 11 * h + 22 * l_) // 451
        month = (h + l_ - 7 * m + 114) // 31
        day = (h + l_ - 7 * m + 114) % 31 + 1
        easter = dt.date(year, month, day)
        if name == "good friday":
            return easter - dt.timedelta(days=2)
        if name == "easter monday":
            return easter + dt.timedelta(days=1)
        if name == "easter week":
            return _Period(easter - dt.timedelta(days=6), "week").value()
        return easter
    return None


_MODS = re.compile(
    r"^(?:about|around|approximately|roughly|nearly|almost|some|more than|over|less than|under|fewer than|at least|at most|"
    r"up to|no more than|no less than|only|just|barely|close to|well over|upwards of|the better part of|a good|circa|"
    r"shortly before|shortly after|just before|just after|sometime|some time) ")
_POSITION = re.compile(
    r"^(?:(?:the )?(?:very )?(?:end|beginning|start|middle|close|turn|rest|remainder|"
    r"first part|latter part|bulk|better part) of |early on |late on |early in |late in |earlier in |later in |"
    r"(?:the )?early |(?:the )?late |(?:the )?mid |mid-|earlier |later )")


def resolve(expression: str, ref: dt.date, tense: str | None = None) -> tuple[str, str | None]:
    """(type, value) of one temporal expression against the reference date.

    ``tense`` is "past", "future", "present" or None: the tense of the sentence, which
    decides which Tuesday "Tuesday" is and the year of "February 12". Expressions that
    count from an earlier date ("a day earlier") count from ``ref`` here; `find_timexes`
    counts them from the last date mentioned before them.
    """
    return _resolve(expression, ref, tense, None)


def _resolve(expression: str, ref: dt.date, tense: str | None, anchor: _Period | None) -> tuple[str, str | None]:
    e = _norm(expression)
    try:
        out = _rules(e, ref, tense, anchor)
    except (ValueError, OverflowError):  # arithmetic past year 1 or 9999
        log.debug("cannot resolve %r against %s", expression, ref, exc_info=True)
        return "DATE", None
    if out is not None:
        return out
    return _dateparser(expression, ref, tense)


def _rules(e: str, ref: dt.date, tense: str | None, anchor: _Period | None) -> tuple[str, str | None] | None:
    e = re.sub(r"^(?:its|their|his|her) ", "the ", e)
    # vague modifiers do not change the value ("about two years" -> P2Y)
    while True:
        m = _MODS.match(e)
        if not m or m.end() >= len(e):
            break
        e = e[m.end():]
    e = re.sub(r" (?:or so|or more|or less|or longer|and beyond|or later)$", "", e)
    # deictic references
    if e in ("now", "currently", "current", "nowadays", "presently", "these days", "right now", "the present",
             "present", "at present", "just now", "today's"):
        return "DATE", "PRESENT_REF"
    if e in ("recently", "lately", "previously", "formerly", "the past", "more recently", "most recently", "hitherto",
             "earlier", "once", "in the past", "recent"):
        return "DATE", "PAST_REF"
    if e in ("soon", "shortly", "the future", "future", "the near future", "the distant future", "the foreseeable future",
             "the immediate future", "the near term", "as soon as possible", "later", "the long term", "the short term"):
        return "DATE", "FUTURE_REF"
    m = re.fullmatch(r"(?:the )?(recent|coming|future|past|next|last|following|previous|ensuing|subsequent|preceding) "
                     r"(?:(?:few|several|couple of) )?(days|weeks|months|years|decades|quarters)(?: and (?:days|weeks|months|years|decades|quarters))?", e)
    if m:
        if m[1] == "future":
            return "DATE", "FUTURE_REF"
        return "DURATION", _duration(None, _unit_of(m[2]) or "year")
    m = re.fullmatch(r"the (days|weeks|months|years) ahead", e)
    if m:
        return "DURATION", _duration(None, _unit_of(m[1]) or "year")
    # sets
    m = re.fullmatch(r"(?:every|each|per)(?: other| single)?(?: (.+?))? ([a-z]+?)s?", e)
    if m and (m[2] in _UNITS or m[2] in _WEEKDAYS or m[2] in _MONTHS or m[2] in _PARTS or m[2] in _SEASONS):
        n = _number(m[1]) if m[1] else 1
        w = m[2]
        if w in _UNITS:
            return "SET", _duration(n if n else 1, w)
        if w in _WEEKDAYS:
            return "SET", f"XXXX-WXX-{_WEEKDAYS[w] + 1}"
        if w in _MONTHS:
            return "SET", f"XXXX-{_MONTHS[w]:02d}"
        if w in _PARTS:
            return "SET", f"XXXX-XX-XXT{_PARTS[w]}"
        return "SET", f"XXXX-{_SEASONS[w]}"
    adverbs = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y", "hourly": "PT1H",
               "quarterly": "P3M", "nightly": "P1D", "biweekly": "P2W", "semiannually": "P6M", "biannually": "P6M"}
    if e in adverbs:
        return "SET", adverbs[e]
    m = re.fullmatch(r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s(?: (morning|afternoon|evening|night)s?)?", e)
    if m:
        return "SET", f"XXXX-WXX-{_WEEKDAYS[m[1]] + 1}" + (f"T{_PARTS[m[2]]}" if m[2] else "")
    # times of day, with an optional day
    out = _time(e, ref, tense, anchor)
    if out:
        return out
    # position inside a period: "the end of February", "early next year", "mid-1990s", "earlier this month"
    m = _POSITION.match(e)
    if m and m.end() < len(e):
        inner = e[m.end():]
        if inner in ("in the year", "the year", "year"):
            inner = "this year"
        elif inner in ("in the week", "the week", "week"):
            inner = "this week"
        elif inner in ("in the month", "the month", "month"):
            inner = "this month"
        elif inner in ("in the day", "the day", "day"):
            inner = "today"
        inner = re.sub(r"^in (?=the |this |that |last |next )", "", inner)
        got = _rules(inner, ref, tense, anchor)
        if got is not None:
            return got
    if e in ("year end", "year's end", "the end of the year", "around year end"):
        return "DATE", str(ref.year)
    if e in ("month end",):
        return "DATE", _period_of(ref, "month").value()
    if e in ("the day", "that day", "the same day", "that same day", "same day"):
        return "DATE", (anchor.start if anchor and anchor.gran == "day" else ref).isoformat()
    m = re.fullmatch(r"the week of (.+)", e)
    if m:
        d = _parse_day(m[1], ref, tense, anchor)
        if d:
            return "DATE", _period_of(d, "week").value()
    m = re.fullmatch(r"(?:the )?(previous|following|preceding|same) (monday|tuesday|wednesday|thursday|friday|saturday|sunday)", e)
    if m:
        base = anchor.start if anchor and anchor.gran == "day" else ref
        rel = {"previous": "last", "preceding": "last", "following": "next"}.get(m[1])
        return "DATE", _weekday_date(_WEEKDAYS[m[2]], base, tense, rel).isoformat()
    # single days
    day = _parse_day(e, ref, tense, anchor)
    if day:
        return "DATE", day.isoformat()
    m = re.fullmatch(r"(?:the )?(christmas(?: day| eve)?|new year's(?: day| eve)?|thanksgiving(?: day)?|easter(?: sunday| monday| week)?|"
                     r"independence day|labor day|memorial day|election day|halloween|valentine's day|veterans day|boxing day|good friday)"
                     r"(?: (\d{4}))?", e)
    if m:
        year = int(m[2]) if m[2] else ref.year
        got = _holiday(m[1], year)
        if isinstance(got, dt.date) and not m[2]:
            if tense == "future" and (got - ref).days < -61:
                got = _holiday(m[1], year + 1)
            elif tense != "future" and (got - ref).days > 61:
                got = _holiday(m[1], year - 1)
        if isinstance(got, dt.date):
            return "DATE", got.isoformat()
        if got:
            return "DATE", got
    # relative offsets: "two days ago", "a year earlier", "three weeks later", "ten years back"
    m = re.fullmatch(r"(?:the )?(.+?) (?:(?:trading|business|working|calendar|full|more|long|straight) )?([a-z]+?)s?"
                     r"(?: or (?:so|more|two|three|less))? (ago|earlier|later|before|after|from now|hence|back|previously)", e)
    if m and (_unit_of(m[2] + "s") or _unit_of(m[2])) and (_number(m[1]) is not None or m[1] in _VAGUE_NUMBERS):
        unit = _unit_of(m[2]) or _unit_of(m[2] + "s")
        return _offset(_number(m[1]), unit, m[3], ref, anchor)
    # year-earlier periods: "the year-earlier quarter", "year-ago", "the quarter a year ago"
    m = re.fullmatch(r"(?:the )?(?:comparable |corresponding |same )?(?:year (?:earlier|ago) )?(?:comparable |corresponding |same )?"
                     r"(quarter|period|third quarter|second quarter|first quarter|fourth quarter|nine months|six months|months|half|year)?"
                     r"(?: a year (?:ago|earlier)| last year| of last year)?", e)
    if m and ("year earlier" in e or "year ago" in e or "last year" in e) and not re.fullmatch(r"(?:the )?(?:last|this) year|a year (?:ago|earlier)", e):
        what = m[1] or "period"
        if what == "year":
            return "DATE", str(ref.year - 1)
        base = anchor if anchor and anchor.gran in ("quarter", "half") else _last_completed_quarter(ref)
        ordq = re.match(r"(first|second|third|fourth) quarter", what)
        if ordq:
            base = _Period(dt.date(base.start.year, 3 * _ORDINALS[ordq[1]] - 2, 1), "quarter")
        if what in ("nine months", "six months", "months"):
            return "DATE", str(base.start.year - 1)
        return "DATE", base.shift(-1, "year").value()
    if e in ("year earlier", "year ago"):
        if anchor and anchor.gran in ("quarter", "half"):
            return "DATE", anchor.shift(-1, "year").value()
        return "DATE", str(ref.year - 1)
    # quarters and halves
    m = re.fullmatch(r"(?:the |(this|last|next) year's )?(?:(\d{4}) )?(?:(?:fiscal|calendar|current|latest|same|comparable|corresponding) )*(?:fiscal )?"
                     r"(first|second|third|fourth|1st|2nd|3rd|4th) quarter(s?)(?: of (?:fiscal )?(\d{4})| of (this|last|next) year| (this|last|next) year)?", e)
    if m:
        q = _ORDINALS[m[3]]
        if m[4]:
            return "SET", f"XXXX-Q{q}"
        year = int(m[2] or m[5]) if (m[2] or m[5]) else None
        rel = m[1] or m[6] or m[7]
        if rel:
            year = ref.year + {"this": 0, "last": -1, "next": 1}[rel]
        return "DATE", _quarter_period(q, ref, tense, year).value()
    m = re.fullmatch(r"(?:the )?(first|second|1st|2nd|latter|final|last) half(?: of (?:fiscal )?(\d{4}|the year|this year|next year|last year))?", e)
    if m:
        h = 1 if m[1] in ("first", "1st") else 2
        yword = (m[2] or "").strip()
        if yword.isdigit():
            year = int(yword)
        elif yword in ("next year",):
            year = ref.year + 1
        elif yword in ("last year",):
            year = ref.year - 1
        elif yword:
            year = ref.year
        else:
            year = ref.year
            if tense != "future" and h == 2 and ref.month < 7:
                year -= 1
        return "DATE", f"{year}-H{h}"
    m = re.fullmatch(r"(?:the |this |that |(?:last|this) year's )?(?:(latest|current|recent|past|last|previous|prior|same|fiscal) )*(?:(\d{4}) )?(?:fiscal )?(quarter|period)", e)
    if m:
        if m[2]:  # "the 1988 quarter": the quarter under discussion, in that year; "the 1988 period": that year
            if anchor and anchor.gran == "quarter":
                return "DATE", f"{m[2]}-Q{(anchor.start.month - 1) // 3 + 1}"
            if m[3] == "quarter":
                return "DATE", f"{m[2]}-Q{(_last_completed_quarter(ref).start.month - 1) // 3 + 1}"
            return "DATE", m[2]
        if "current" in e or e.startswith("this"):
            return "DATE", _period_of(ref, "quarter").value()
        if e.startswith("last year's"):
            base = anchor if anchor and anchor.gran == "quarter" else _last_completed_quarter(ref)
            return "DATE", base.shift(-1, "year").value()
        if m[1] in ("last", "previous", "prior", "past", "latest", "recent"):
            return "DATE", _last_completed_quarter(ref).value()
        if e.startswith("that") or m[1] == "same":
            if anchor and anchor.gran == "quarter":
                return "DATE", anchor.value()
        if anchor and anchor.gran == "quarter" and not m[1]:
            return "DATE", anchor.value()
        if tense == "future" or tense == "present":
            return "DATE", _period_of(ref, "quarter").value()
        return "DATE", _last_completed_quarter(ref).value()
    m = re.fullmatch(r"(?:the )?(?:(\d{4}) )(?:fiscal )?(year|half|first half|second half)", e)
    if m:
        return "DATE", m[1]
    # fiscal/calendar years
    m = re.fullmatch(r"(?:fiscal|fy|calendar) ?'?(\d{4}|\d\d)", e)
    if m:
        y = int(m[1])
        if y < 100:
            y += 1900 if y > (ref.year % 100) + 10 else 2000
        return "DATE", str(y)
    if e in ("the fiscal year", "the current fiscal year", "this fiscal year", "the full year", "the current year",
             "the year", "this year", "the latest fiscal year", "fiscal year"):
        if e == "the latest fiscal year":
            return "DATE", str(ref.year - 1)
        return "DATE", str(ref.year)
    # relative units: "last week", "this month", "next year", "the following day", "this past weekend"
    m = re.fullmatch(r"(?:the )?(this past|this coming|this|last|next|past|coming|previous|following|current|same|that|upcoming|"
                     r"preceding|prior|latest|ensuing|subsequent|the same) (?:fiscal )?"
                     r"(day|week|weekend|month|quarter|year|decade|century|season|spring|summer|fall|autumn|winter|"
                     r"morning|afternoon|evening|night|"
                     r"january|february|march|april|may|june|july|august|september|october|november|december)", e)
    if m:
        rel, unit = m[1], m[2]
        if unit in _SEASONS:
            return "DATE", _season_period(_SEASONS[unit], ref, tense, rel).value()
        if unit in _MONTHS:
            return "DATE", _month_period(_MONTHS[unit], ref, tense, rel).value()
        if unit in _PARTS:
            base = anchor.start if (anchor and anchor.gran == "day" and rel in ("that", "same", "the same", "following", "next", "previous")) else ref
            if rel in ("following", "next"):
                base = base + dt.timedelta(days=1)
            elif rel in ("last", "previous"):
                base = base - dt.timedelta(days=1) if unit == "night" or rel == "previous" else base
            return "TIME", f"{base.isoformat()}T{_PARTS[unit]}"
        if unit == "day":
            base = anchor.start if anchor and anchor.gran == "day" else ref
            if rel in ("next", "following", "ensuing", "subsequent"):
                return "DATE", (base + dt.timedelta(days=1)).isoformat()
            if rel in ("previous", "preceding", "prior", "last"):
                return "DATE", (base - dt.timedelta(days=1)).isoformat()
            return "DATE", base.isoformat()
        p = _rel_unit(rel if not (rel == "next" and e.startswith("the ") and anchor) else "following", unit, ref, tense, anchor)
        if p:
            return "DATE", p.value()
    m = re.fullmatch(r"(?:the )?(?:(early|mid|late) )?(\d\d\d)0 ?'?s", e)
    if m:
        return "DATE", m[2]
    m = re.fullmatch(r"(?:the )?(?:(early|mid|late) )?'(\d)0s", e)
    if m:
        return "DATE", f"{ref.year // 100}{m[2]}" if int(m[2]) * 10 <= ref.year % 100 else f"{ref.year // 100 - 1}{m[2]}"
    decade_words = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7, "eighties": 8, "nineties": 9}
    m = re.fullmatch(r"the (?:(?:early|mid|late) )?(" + "|".join(decade_words) + ")", e)
    if m:
        d = decade_words[m[1]]
        c = ref.year // 100 if d * 10 <= ref.year % 100 else ref.year // 100 - 1
        return "DATE", f"{c}{d}"
    m = re.fullmatch(r"(?:the |this |last |next )?(?:(?:early|mid|late) )?(\d{1,2})(?:st|nd|rd|th)? century", e)
    if m:
        return "DATE", f"{int(m[1]) - 1:02d}"
    m = re.fullmatch(r"(?:the )?(?:(?:early|mid|late) )?([a-z]+(?: [a-z]+)?) century", e)
    if m and m[1] in _ORDINALS:
        return "DATE", f"{_ORDINALS[m[1]] - 1:02d}"
    m = re.fullmatch(r"(this|last|next|the next|the last|the past) century", e)
    if m:
        c = ref.year // 100 + {"this": 0, "last": -1, "next": 1, "the next": 1, "the last": -1, "the past": -1}[m[1]]
        return "DATE", f"{c:02d}"
    # months and seasons with a year: "March 2024", "June last year", "summer 1995"
    m = re.fullmatch(r"(?:the )?([a-z]+) (?:of )?(\d{4}|this year|last year|next year)", e)
    if m and (m[1] in _MONTHS or m[1] in _SEASONS):
        y = int(m[2]) if m[2].isdigit() else ref.year + {"this year": 0, "last year": -1, "next year": 1}[m[2]]
        if m[1] in _MONTHS:
            return "DATE", f"{y}-{_MONTHS[m[1]]:02d}"
        return "DATE", f"{y}-{_SEASONS[m[1]]}"
    if e in _MONTH_NAMES:
        return "DATE", _month_period(_MONTHS[e], ref, tense, None).value()
    m = re.fullmatch(r"(?:the )?(spring|summer|fall|autumn|winter)", e)
    if m:
        return "DATE", _season_period(_SEASONS[m[1]], ref, tense, None).value()
    m = re.fullmatch(r"(\d{4})", e)
    if m:
        return "DATE", m[1]
    # weekend, week, month, year referred to with "the"
    if e in ("the weekend", "weekend"):
        cur = _period_of(ref, "weekend")
        if ref.weekday() >= 5:
            return "DATE", cur.value()
        if tense == "future" or (tense != "past" and ref.weekday() >= 3):
            return "DATE", cur.value()
        return "DATE", cur.shift(-1, "week").value()
    if e in ("the week", "the month"):
        return "DATE", _period_of(ref, "week" if e == "the week" else "month").value()
    if e in ("that time", "the time"):
        return "DATE", anchor.value() if anchor else "PAST_REF"
    # durations: "three years", "the past two months", "30 day", "several years", "a decade"
    out = _duration_expr(e)
    if out:
        return out
    return None


def _offset(n: float | None, unit: str, direction: str, ref: dt.date, anchor: _Period | None) -> tuple[str, str | None]:
    sign = 1 if direction in ("later", "after", "from now", "hence") else -1
    if direction in ("earlier", "later", "before", "after", "previously"):
        base_period = anchor
    else:
        base_period = None
    vague = "PAST_REF" if sign < 0 else "FUTURE_REF"
    if unit in ("hour", "minute", "second"):
        # "two hours later": the same day as the anchor (or the reference), when that is safe to say
        hours = None if n is None else n * {"hour": 1, "minute": 1 / 60, "second": 1 / 3600}[unit]
        base = base_period.start if base_period is not None and base_period.gran == "day" else ref if base_period is None else None
        if hours is not None and hours < 12 and base is not None:
            return "DATE", base.isoformat()
        return "DATE", vague
    gran = _GRAN_OF_UNIT.get(unit, "year")
    if unit == "millennium" or n is None:
        return "DATE", vague
    if base_period is not None:
        start, g = base_period.start, base_period.gran
        # "a year earlier" than a quarter is that quarter a year before; than a year, the year before
        order = ["day", "week", "weekend", "month", "quarter", "half", "season", "year", "decade", "century"]
        out_gran = g if g in order and order.index(g) <= order.index("week" if gran == "weekend" else gran) else gran
    else:
        start, out_gran = ref, gran
        if gran == "year" and anchor is not None and anchor.gran in ("quarter",) and direction == "ago":
            start, out_gran = anchor.start, "quarter"
    if unit == "decade":
        out_gran = "year" if out_gran in ("decade", "century") else out_gran
    if n != int(n):
        months = {"year": 12, "month": 1, "quarter": 3, "decade": 120}.get(unit)
        if months:
            d = _add_months(start, int(round(sign * n * months)))
            return "DATE", _period_of(d, "month" if out_gran in ("day", "week", "month") else out_gran).value()
        d = start + dt.timedelta(days=sign * n * {"day": 1, "week": 7}.get(unit, 1))
        return "DATE", _period_of(d, out_gran).value()
    d = _add(start, sign * int(n), unit)
    return "DATE", _period_of(d, out_gran).value()


def _duration_expr(e: str) -> tuple[str, str | None] | None:
    e = re.sub(r"^(?:another|an additional|an extra|a further) ", "a ", e)
    e = re.sub(r"^(?:the |a |its |their )?(?:(?:past|last|next|first|final|coming|previous|preceding|following|remaining|ensuing|"
               r"initial|latest|same|other|entire|full|whole) )+", "", e)
    e = re.sub(r" (?:old|long)$", "", e)
    e = re.sub(r"^(?:the|a|an|its|their) (?=\d|(?:" + "|".join(_SMALL + _TENS) + r")\b)", "", e)
    m = re.fullmatch(r"(?:(.+?) )?(?:(?:more|additional|full|straight|consecutive|long|short|whole|further|extra|solid|"
                     r"trading|business|working|calendar|school|fiscal) )*([a-z]+)(?: and a half)?", e)
    if not m:
        return None
    unit = _unit_of(m[2])
    if unit is None:
        return None
    q = m[1]
    if q is None:
        n = 1 if not m[2].endswith("s") or m[2] in ("centuries",) and False else None
        if m[2].endswith("s") or m[2] == "centuries":
            n = None
    else:
        q = re.sub(r"^(.+?) (?:to|or) (.+)$", r"\2", q) if re.search(r" (?:to|or) ", q) else q
        n = _number(q)
        if n is None and q not in _VAGUE_NUMBERS and not re.fullmatch(r"(?:a few|several|some|many|few|a number of|dozens of|"
                                                                     r"hundreds of|multi|numerous|the|a couple of)", q):
            return None
        if re.search(r"(?:^| )(?:to|or) ", (m[1] or "")):
            n = None
    if e.endswith("and a half") and n is not None:
        n += 0.5
    return "DURATION", _duration(n, unit)


def _time(e: str, ref: dt.date, tense: str | None, anchor: _Period | None) -> tuple[str, str | None] | None:
    # "4 in the morning" -> "4 am", "nine at night" -> "9 pm"
    e = re.sub(r"^(\d{1,2}|" + "|".join(_SMALL[1:13]) + r")((?::\d\d)?) (?:in the (morning)|in the (?:afternoon|evening)|at night)\b",
               lambda m: f"{m[1] if m[1].isdigit() else _SMALL.index(m[1])}{m[2]} {'am' if m[3] else 'pm'}", e)
    m = re.fullmatch(r"(?:(?:early|late|around|about|shortly before|shortly after|just before|just after) )?"
                     r"(?:(\d{1,2})(?:[:.](\d\d))? ?(am|pm|o'clock)|(\d{1,2}):(\d\d)|(noon|midnight|midday))"
                     r"(?: (?:[a-z][sd]t|gmt|utc|cet|cest|bst))?(?: (?:on |of )?(.+?))?(?: in the (morning|afternoon|evening|night)| at night)?", e)
    if not m:
        m2 = re.fullmatch(r"(.+?) (?:at )?(?:(\d{1,2})(?:[:.](\d\d))? ?(am|pm|o'clock)|(\d{1,2}):(\d\d)|(noon|midnight|midday))"
                          r"(?: (?:[a-z][sd]t|gmt|utc|cet|cest|bst))?", e)
        if not m2:
            return _part_of_day(e, ref, tense, anchor)
        day_text = m2[1]
        h, mi, ap, h2, mi2, word, part = m2[2], m2[3], m2[4], m2[5], m2[6], m2[7], None
    else:
        h, mi, ap, h2, mi2, word, day_text, part = m[1], m[2], m[3], m[4], m[5], m[6], m[7], m[8]
    if word:
        hh, mm = {"noon": (12, 0), "midday": (12, 0), "midnight": (24, 0)}[word]
    elif h2:
        hh, mm = int(h2), int(mi2)
    else:
        hh, mm = int(h), int(mi or 0)
        if ap == "pm" and hh < 12:
            hh += 12
        if ap == "am" and hh == 12:
            hh = 0
        if part in ("afternoon", "evening", "night") and hh < 12:
            hh += 12
    if hh > 24 or mm > 59:
        return None
    if day_text:
        day = _parse_day(day_text, ref, tense, anchor)
        if day is None:
            return None
    else:
        day = anchor.start if anchor and anchor.gran == "day" else ref
    if word == "midnight":
        return "TIME", f"{day.isoformat()}T24:00"
    return "TIME", f"{day.isoformat()}T{hh:02d}:{mm:02d}"


def _part_of_day(e: str, ref: dt.date, tense: str | None, anchor: _Period | None) -> tuple[str, str | None] | None:
    if e in ("tonight",):
        return "TIME", f"{ref.isoformat()}TNI"
    if e in ("overnight",):
        return "TIME", f"{(ref - dt.timedelta(days=1)).isoformat()}TNI"
    if e == "last night":
        return "TIME", f"{(ref - dt.timedelta(days=1)).isoformat()}TNI"
    m = re.fullmatch(r"(?:(?:early|late|later|earlier|mid) )?(.+?) (morning|afternoon|evening|night)", e)
    if m:
        if m[1] in ("this", "the", "in the"):
            return "TIME", f"{ref.isoformat()}T{_PARTS[m[2]]}"
        if m[1] in ("that", "the same") and anchor and anchor.gran == "day":
            return "TIME", f"{anchor.start.isoformat()}T{_PARTS[m[2]]}"
        if m[1] in ("the next", "the following"):
            base = anchor.start if anchor and anchor.gran == "day" else ref
            return "TIME", f"{(base + dt.timedelta(days=1)).isoformat()}T{_PARTS[m[2]]}"
        day = _parse_day(m[1], ref, tense, anchor)
        if day:
            return "TIME", f"{day.isoformat()}T{_PARTS[m[2]]}"
    m = re.fullmatch(r"(?:early|late|mid) (morning|afternoon|evening|night)(?: (.+))?", e)
    if m:
        day = _parse_day(m[2], ref, tense, anchor) if m[2] else ref
        if day:
            return "TIME", f"{day.isoformat()}T{_PARTS[m[1]]}"
    return None


@functools.lru_cache(maxsize=4096)
def _dateparser(expression: str, ref: dt.date, tense: str | None) -> tuple[str, str | None]:
    """Fallback for what the rules do not cover; never run on raw text."""
    if not _TRIGGER.search(expression):
        return "DATE", None
    try:
        from dateparser.date import DateDataParser
    except ImportError:  # pragma: no cover - dateparser is a declared dependency
        return "DATE", None
    parser = _date_data_parser(ref, "future" if tense == "future" else "past")
    try:
        data = parser.get_date_data(expression)
    except Exception:  # dateparser raises assorted errors on odd input
        log.debug("dateparser failed on %r", expression, exc_info=True)
        return "DATE", None
    if data is None or data.date_obj is None:
        return "DATE", None
    d = data.date_obj.date()
    period = data.period or "day"
    if period == "time":
        return "TIME", data.date_obj.strftime("%Y-%m-%dT%H:%M")
    gran = {"day": "day", "week": "week", "month": "month", "year": "year"}.get(period, "day")
    return "DATE", _period_of(d, gran).value()


@functools.lru_cache(maxsize=64)
def _date_data_parser(ref: dt.date, prefer: str) -> Any:
    from dateparser.date import DateDataParser

    return DateDataParser(languages=["en"], settings={
        "RELATIVE_BASE": dt.datetime(ref.year, ref.month, ref.day),
        "PREFER_DATES_FROM": prefer,
        "RETURN_AS_TIMEZONE_AWARE": False,
    })


# --------------------------------------------------------------------------
# Tense of the sentence around an expression
# --------------------------------------------------------------------------

_FUTURE_AUX = {"will", "'ll", "shall", "wo", "ll"}
_FUTURE_VERBS = {"plan", "expect", "schedule", "intend", "hope", "aim", "set", "due", "prepare", "want", "agree",
                 "promise", "pledge", "vow", "threaten", "propose", "seek", "try", "decide", "arrange"}


def _tense(doc: Any, text: str, start: int, end: int) -> str | None:
    """past | future | present | None, from the words of the expression and its governing verb."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    words = {t.lower_ for t in span}
    if words & {"next", "coming", "upcoming", "tomorrow", "later"}:
        return "future"
    if words & {"last", "ago", "yesterday", "past", "earlier", "previous"}:
        return "past"
    before = text[max(0, start - 40):start].lower()
    if re.search(r"\bas (?:soon|early) as\b[^.;,]{0,30}$", before):
        return "future"
    if re.match(r"'s?\b", text[end:end + 2]) or span.root.dep_ in ("compound", "poss", "nmod"):
        return None  # "Tuesday's talks", "a June agreement": the clause's tense says little about the day
    if re.search(r"\beffective\s+$", before):
        return None
    tok = span.root
    verb = None
    seen = 0
    while seen < 12:
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("amod",):
            verb = tok
            break
        if tok.head.i == tok.i:
            break
        tok = tok.head
        seen += 1
    if verb is None:
        return _sentence_tense(span.sent)
    tense = _verb_tense(verb)
    if tense == "modal":
        return None
    if tense == "past" and _deadline(before, verb):
        return None  # "the accord required a pullout by 30 September": a deadline may lie ahead of a past act
    return tense or _sentence_tense(span.sent)


def _deadline(before: str, verb: Any) -> bool:
    """A day named as a deadline ("by", "until", "a deadline of") of a clause not in a perfect ("had left by May
    1" is past)."""
    if not re.search(r"\b(?:by|until|till|deadline\s+of|no\s+later\s+than)\s+(?:the\s+)?$", before):
        return False
    return not any(c.dep_ == "aux" and c.lower_ in {"had", "has", "have", "'d"} for c in verb.children)


def _verb_tense(verb: Any, depth: int = 0) -> str | None:
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    lowers = {a.lower_ for a in auxes}
    if lowers & _FUTURE_AUX:
        return "future"
    if "going" in lowers or (verb.lower_ == "going" and any(c.dep_ == "xcomp" for c in verb.children)):
        return "future"
    if "to" in lowers:
        head = verb.head
        if head.lemma_ in _FUTURE_VERBS or head.lower_ in ("going", "due", "set", "scheduled", "expected", "planned"):
            return "future"
        if any(c.lower_ in _FUTURE_AUX for c in head.children):
            return "future"
        gov = head
        for _ in range(3):
            if gov.pos_ in ("VERB", "AUX") or gov.head.i == gov.i:
                break
            gov = gov.head
        if gov.tag_ == "VBD" or any(c.tag_ == "VBD" for c in gov.children if c.dep_ in ("aux", "auxpass")):
            return "modal"  # "went there to meet him on Tuesday": either side of the reference date
        return "future"
    if lowers & {"would", "could", "might", "may", "should", "must", "can"}:
        return "modal"
    if verb.lemma_ in ("schedule", "plan", "slate", "reschedule", "postpone", "delay"):
        # "is planned for December 10" is ahead; "was scheduled for Tuesday", "the service planned
        # for Saturday (was cancelled)" may be either side
        if verb.tag_ == "VBD" or lowers & {"was", "were", "had"} or (verb.tag_ == "VBN" and not auxes):
            return "modal"
        return "future"
    if verb.tag_ in ("VBG", "VBN") and not auxes and verb.dep_ in ("advcl", "xcomp", "conj") and depth < 4 \
            and verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX"):
        return _verb_tense(verb.head, depth + 1)  # "..., rising to a high in June": the tense of the main clause
    tags = {verb.tag_} | {a.tag_ for a in auxes}
    if tags & {"VBD"} or (verb.tag_ == "VBN" and lowers & {"has", "have", "had", "was", "were", "been"}):
        return "past"
    if verb.tag_ == "VBN" and verb.dep_ in ("acl", "relcl"):
        return "past"
    if verb.tag_ in ("VBZ", "VBP") or lowers & {"is", "are", "am"}:
        if verb.lemma_ in _FUTURE_VERBS or verb.lemma_ in ("be",) and any(c.dep_ == "xcomp" for c in verb.children):
            return "future"
        return "present"
    return None


def _sentence_tense(sent: Any) -> str | None:
    past = future = False
    for t in sent:
        if t.lower_ in _FUTURE_AUX and t.tag_ == "MD":
            future = True
        elif t.tag_ == "VBD":
            past = True
    if future and not past:
        return "future"
    if past:
        return "past"
    return None


# --------------------------------------------------------------------------
# Recognition
# --------------------------------------------------------------------------

_DATELINE = re.compile(r"(?:^|\n)[ \t]*[A-Z][A-Za-z .'-]*(?:,\s*[A-Z][A-Za-z. ]*)?,?\s*$")


def _token_at(doc: Any, char: int) -> Any:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _sentence_initial(doc: Any, start: int) -> bool:
    tok = _token_at(doc, start)
    if tok is None or tok.is_sent_start:
        return True
    prev = doc[tok.i - 1]
    return prev.is_punct and prev.text in ('"', "``", "'", "(", "--", "-", "_", ":") or "\n" in prev.whitespace_ + prev.text


def _keep(doc: Any, kind: str, start: int, end: int, text: str) -> bool:
    """Context checks for ambiguous patterns."""
    before = text[max(0, start - 25):start]
    after = text[end:end + 12]
    if kind == "month":
        word = text[start:end]
        tok = _token_at(doc, start)
        if word.endswith("May") and not _MAY_CONTEXT.search(before):
            return False
        if tok is not None and tok.ent_type_ in ("PERSON", "ORG", "WORK_OF_ART", "PRODUCT"):
            return False
        if re.match(r"\s*[A-Z][a-z]", after) and (tok is None or tok.ent_type_ not in ("DATE",)):
            return False  # "April Glaspie", "March Madness"
        return True
    if kind == "year":
        if re.search(r"[$#€£]\s*$|\bNo\.\s*$|\d[,.]?$", before):
            return False
        if re.match(r"\s*(?:%|percent|per cent|-\d)", after):
            return False
        tok = _token_at(doc, end - 1)
        if tok is not None and tok.ent_type_ in ("MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL", "PRODUCT"):
            return False
        nxt = tok.nbor(1) if tok is not None and tok.i + 1 < len(doc) else None
        prev = tok.nbor(-1) if tok is not None and tok.i > 0 else None
        if nxt is not None and nxt.tag_ in ("NNS", "NNPS") and (prev is None or prev.pos_ not in ("DET", "PRON")):
            return False  # "2000 soldiers", but "the 1992 protests"
        if prev is not None and prev.pos_ in ("PROPN", "NOUN") and prev.lower_ not in _SEASONS \
                and prev.lower_.rstrip(".") not in _MONTHS and prev.ent_type_ != "DATE":
            return False  # "Resolution 2334", "Flight 1920"
        if tok is not None and tok.ent_type_ == "DATE":
            return True
        if _YEAR_CONTEXT.search(before):
            nxt = tok.nbor(1) if tok is not None and tok.i + 1 < len(doc) else None
            return nxt is None or nxt.pos_ not in ("NOUN",) or nxt.lower_ in ("season", "budget", "election", "elections", "census")
        return False
    span = text[start:end]
    if re.fullmatch(_WEEKDAY + "|" + _MONTH_FULL, span):
        tok = _token_at(doc, start)
        if tok is not None and tok.ent_type_ in ("ORG", "WORK_OF_ART", "PERSON", "PRODUCT", "FAC", "NORP"):
            return False  # "the Sunday Times"
    if kind == "duration" and re.match(r"(?i)(?:an?|the)\ssecond\b", span):
        return False  # "a second round": the ordinal
    if re.search(r"\b(?:Weeks?|Months?|Years?|Minutes|Hours|Days|Today|Tonight|Tomorrow|Now)\b", span) and \
            not re.fullmatch(_HOLIDAY, span):
        quoted_alone = re.search(r"(?:``|\"|'')\s*$", before) and re.match(r"[,.]?\s*(?:''|\")", after)
        if quoted_alone or not _sentence_initial(doc, start) or re.match(r"\s+(?!I\b)[A-Z]", after):
            return False  # title case inside a sentence: a programme or a name ("This Week", "60 Minutes")
    if kind == "day":
        return re.search(_MONTH + r"\s\d{1,2}(?:st|nd|rd|th)?(?:\s(?:and|or|to)\s|-)$", text[max(0, start - 22):start]) is not None
    if kind == "duration":
        if re.search(r"-old$", span) or re.match(r"[\s-]+old\b", after):
            return False  # ages: "a 6-year-old", "52 years old"
        if re.fullmatch(r"(?i)(?:a|an|one|per)\s\w+", span):
            # rates: "$1.76 a year", "four flights a week"
            tok = _token_at(doc, start)
            prev = tok.nbor(-1) if tok is not None and tok.i > 0 else None
            if prev is not None and (prev.pos_ in ("NOUN", "NUM", "SYM", "PROPN") or prev.like_num or prev.lower_ in ("times", "twice", "once")):
                return False
    if kind == "set":
        tok = _token_at(doc, start)
        if tok is not None and len(text[start:end].split()) == 1 and tok.tag_ not in ("RB",) and \
                (tok.dep_ in ("amod", "compound") or tok.tag_.startswith("NN")):
            return False  # "the quarterly dividend", "the Communist Party daily"
    return True


_POSITION_LEFT = re.compile(r"(?:\b(?:[Tt]he\s)?(?:very\s)?(?:end|beginning|start|middle|close|turn|first\shalf|second\shalf|"
                            r"last\shalf|latter\shalf|latter\spart|first\spart|rest|remainder)\sof\s(?:the\s)?)$")


def _candidates(doc: Any, text: str) -> list[tuple[int, int, str]]:
    """(start, end, kind) of the expressions in text (= doc.text, which spaCy rebuilds on every access)."""
    found: list[tuple[int, int, str]] = []
    rejected: list[tuple[int, int]] = []
    for kind, rx in _COMPILED:
        for m in rx.finditer(text):
            s, e = m.span()
            while e > s and text[e - 1] in " ,.;:'-" and not text[s:e].endswith(("a.m.", "p.m.", "A.M.", "P.M.")) \
                    and not re.search(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.$", text[s:e]):
                e -= 1
            while s < e and text[s] in " ,":
                s += 1
            if e <= s:
                continue
            if s > 0 and (text[s - 1].isalnum() or text[s - 1] == "-" and kind != "duration") and not text[s - 1] == "-":
                continue
            if e < len(text) and text[e].isalnum():
                continue
            if not _keep(doc, kind, s, e, text):
                rejected.append((s, e))
                continue
            found.append((s, e, kind))
    # longest first; drop what overlaps an already chosen span
    found.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
    chosen: list[tuple[int, int, str]] = []
    for c in found:
        if any(c[0] < o[1] and o[0] < c[1] for o in chosen):
            continue
        chosen.append(c)
    chosen = [_extend_left(text, c) for c in chosen]
    # spaCy entities the patterns missed
    for ent in doc.ents:
        if ent.label_ not in ("DATE", "TIME"):
            continue
        s, e = _trim_entity(ent, text)
        if e <= s or any(s < o[1] and o[0] < e for o in chosen) or any(s < o[1] and o[0] < e for o in rejected):
            continue
        if re.search(r"(?i)\bold\b", text[s:e + 5]):
            continue  # ages
        kind = "year" if re.fullmatch(r"\d{4}", text[s:e]) else "spacy"
        if not _TRIGGER.search(text[s:e]) or not _keep(doc, kind, s, e, text) or _BARE_UNIT.fullmatch(text[s:e]):
            continue
        chosen.append((s, e, "spacy"))
    chosen.sort()
    return chosen


_BARE_UNIT = re.compile(r"(?i)(?:(?:his|her|its|their|our|my|your|a|an)\s)?(?:\w+-)?(?:seconds?|minutes?|hours?|days?|nights?|weeks?"
                        r"|months?|quarters?|years?)")


def _extend_left(text: str, cand: tuple[int, int, str]) -> tuple[int, int, str]:
    s, e, kind = cand
    m = _POSITION_LEFT.search(text[max(0, s - 40):s])
    if m and kind != "duration" and not re.match(r"(?i)the\s|this\s|last\s|next\s", text[s:e]) or \
            m and re.match(r"(?i)(?:this|last|next)\s", text[s:e]):
        return s - len(m.group(0)), e, kind
    return cand


_LEAD = re.compile(r"^(?:(?:on|in|at|by|since|until|till|from|to|for|during|through|throughout|within|over|after|before|"
                   r"of|between|as|and|or|about|around|the)\s+)+", re.I)


def _trim_entity(ent: Any, doc_text: str) -> tuple[int, int]:
    text = ent.text
    s, e = ent.start_char, ent.end_char
    m = _LEAD.match(text)
    if m:
        lead = m.group(0)
        # keep "the" when it is the last word removed ("the past year")
        if lead.lower().endswith("the "):
            lead = lead[: -4]
        s += len(lead)
    tail = re.search(r"(?:'s|'|[\s,.;:])+$", doc_text[s:e])
    if tail:
        e = s + tail.start()
    return s, e


def find_timexes(doc: Any, ref: dt.date) -> list[Timex]:
    """Temporal expressions of a parsed Doc, normalised against the reference date."""
    text = doc.text
    out: list[Timex] = []
    anchor: _Period | None = None
    past: _Period | None = None  # the last anchor not after the reference date
    anchor_end = 0
    day_anchor: _Period | None = None  # the last single day named: the day a bare time of day falls on
    day_end = 0
    for s, e, kind in _candidates(doc, text):
        expr = text[s:e]
        tense = "dateline" if _DATELINE.search(text[max(0, s - 60):s]) and re.match(r"\s*(?:\(|[-\u2014\u2013_])", text[e:e + 3]) \
            else _tense(doc, text, s, e)
        if tense == "past" and anchor is not past and _ANAPHORIC.search(expr) and re.search(r"[.!?]\s", text[anchor_end:s]):
            # "will resume by May 1. ... later the same day, he received ...": what is told as past is not
            # counted from a deadline still to come that an earlier sentence names
            anchor = past
        if kind == "day" and anchor is not None and anchor.gran == "day":
            try:
                typ, value = "DATE", anchor.start.replace(day=int(re.match(r"\d+", expr)[0])).isoformat()
            except ValueError:
                typ, value = "DATE", None
        else:
            # "10:40 - The envoy tells ...": a live blog's stamp heading its line is of the filing day, not of a day
            # the entry before told of
            typ, value = _resolve(expr, ref, tense, None if _heads_line(text, s, expr) else anchor)
            if _of_the_day(typ, expr) and day_anchor is not None and (anchor is None or anchor.gran != "day") \
                    and len(re.findall(r"\n[ \t]*\n", text[day_end:s])) <= 2:  # named within three paragraphs
                typ, value = _resolve(expr, ref, tense, day_anchor)
        if kind == "spacy" and value is None:
            continue
        if typ == "DURATION" and _is_set_context(text, s):
            typ = "SET"
        out.append(Timex(s, e, expr, typ, value))
        if typ in ("DATE", "TIME") and value and not _ANAPHORIC.search(expr):
            p = _parse_period(value)
            if p is not None:
                anchor, anchor_end = p, e
                if p.gran == "day":
                    day_anchor, day_end = p, e
                if p.start <= ref:
                    past = p
    return out


_OWN_DAY = re.compile(r"(?i)\d{4}|\b(?:today|tonight|overnight|yesterday|tomorrow|last|this|next|"
                      r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b")
_STAMP = re.compile(r"\d{1,2}[:.]\d\d(?:\s*[A-Z]{2,4})?")  # "14:30 GMT": a live blog's stamp, of its filing day
_HOURS_OFF = re.compile(r"(?i).*\b(?:hours?|minutes?) (?:later|earlier|after|before)")


def _heads_line(text: str, start: int, expr: str) -> bool:
    """A clock time that opens its line ("08:30 - ", "* 14:45 |"): the stamp of a live blog's entry."""
    return bool(_STAMP.fullmatch(expr.strip())) and not text[text.rfind("\n", 0, start) + 1:start].strip(" \t*#-•")


def _of_the_day(typ: str, expr: str) -> bool:
    """A time of day with no day of its own ("shortly after 10 a.m.", "the same morning", "an hour later"): it falls
    on the last single day named, even when a month or year was named since ("returned them on Monday, a year
    after last July's clashes. [...] They crossed at noon")."""
    expr = expr.strip()
    if typ == "TIME":
        return not _STAMP.fullmatch(expr) and not _OWN_DAY.search(expr)
    return bool(_HOURS_OFF.fullmatch(expr))  # not "that day", often a day told long before


# expressions resolved against the previous one do not become the anchor themselves
_ANAPHORIC = re.compile(r"(?i)\b(?:earlier|later|ago|before|after|previous|preceding|following|same|that|year[\s-]earlier|year[\s-]ago)\b")


def _is_set_context(text: str, start: int) -> bool:
    before = text[max(0, start - 20):start]
    return bool(re.search(r"(?:\b(?:times|twice|once|thrice)|\d|%|\bper)\s+$", before)) and \
        bool(re.match(r"(?i)(?:a|an|per)\s", text[start:start + 4]))
