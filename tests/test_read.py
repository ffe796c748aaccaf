"""The input readers: text, JSON Lines, HTML pages, feeds, and the dispatcher.

Fixtures in tests/fixtures/read are short made-up articles about a made-up
negotiation (the Lakeshore talks between Marrow and Ostvale, held in Vell):
good/ reads cleanly, bad/ is refused whole, mixed/ has good and bad records
in one file. Byte-exact inputs (BOM, CRLF, invalid UTF-8) are written to
tmp_path by the tests so that no editor or git setting can change them.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import os
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from peacetrack.read import READERS, read_path, read_paths
from peacetrack.read.feed import html_to_text
from peacetrack.read.html import NO_DATE
from peacetrack.read.jsonl import parse_line
from peacetrack.read.text import parse_text
from peacetrack.records import Article, Refusal

FIXTURES = Path(__file__).parent / "fixtures" / "read"
GOOD, BAD, MIXED = FIXTURES / "good", FIXTURES / "bad", FIXTURES / "mixed"
from conftest import DEV_CORPUS  # noqa: E402


def read(*paths: Path | str, date: dt.date | None = None) -> list[Article | Refusal]:
    return list(read_paths([str(p) for p in paths], date=date))


def only(records: list[Article | Refusal]) -> Article | Refusal:
    assert len(records) == 1, records
    return records[0]


def articles(records: list[Article | Refusal]) -> list[Article]:
    return [r for r in records if isinstance(r, Article)]


def refusals(records: list[Article | Refusal]) -> dict[str, str]:
    return {r.origin: r.reason for r in records if isinstance(r, Refusal)}


# -- text ------------------------------------------------------------------------


def test_text_file_with_headline() -> None:
    path = GOOD / "vell_round.txt"
    a = only(read(path))
    assert isinstance(a, Article)
    assert a.id == "vell_round.txt"
    assert a.origin == str(path)
    assert a.date == dt.date(2023, 5, 2)
    assert a.title == "Lakeshore talks resume in Vell"
    # the body is kept whole and unchanged: the headline, quotes, final newline
    raw = path.read_text(encoding="utf-8")
    assert a.text == raw.split("date 2023-05-02 ", 1)[1]
    assert a.text.startswith("Lakeshore talks resume in Vell\n\nNegotiators")
    assert "“We came to talk about the river crossings,”" in a.text
    assert (a.url, a.source) == (None, None)


def test_text_first_line_that_is_a_sentence_is_no_title() -> None:
    a = only(read(GOOD / "lead_sentence.txt"))
    assert isinstance(a, Article)
    assert a.title is None
    assert a.text.startswith("Marrow's envoy Tomas Quell said")


def test_text_bom_and_crlf_are_normalised_and_nothing_else(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeff date 2023-05-02 Vell\u00a0talks\r\n\r\nBrandt: “Non.”\r\nEnd\r".encode())
    a = only(read(path))
    assert isinstance(a, Article)
    assert a.text == "Vell\u00a0talks\n\nBrandt: “Non.”\nEnd\r"
    assert a.title == "Vell\u00a0talks"


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("no_header.txt", "no date header (the file must start with 'date YYYY-MM-DD ')"),
        ("impossible_date.txt", "bad date header: impossible date 2023-02-30"),
        ("empty_body.txt", "empty body"),
    ],
)
def test_text_refusals(name: str, reason: str) -> None:
    path = BAD / name
    r = only(read(path))
    assert r == Refusal(str(path), reason)
    assert str(r) == f"{path}: {reason}"


def test_text_not_utf8_is_refused_saying_so(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("date 2023-05-02 Négociations à Vell\n".encode("latin-1"))
    r = only(read(path))
    assert r == Refusal(str(path), "not UTF-8: invalid byte 0xe9 at offset 17")


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "empty file"),
        ("date 14/05/2023 Talks", "bad date header: date '14/05/2023' is not YYYY-MM-DD"),
        ("date 2023-05-02", "empty body"),
        ("dated 2023-05-02 Talks", "no date header (the file must start with 'date YYYY-MM-DD ')"),
    ],
)
def test_text_header_edge_cases(text: str, reason: str) -> None:
    assert parse_text(text, "x.txt", "x.txt") == Refusal("x.txt", reason)


def test_text_header_may_be_followed_by_a_newline() -> None:
    a = parse_text("date 2023-05-02\nTalks resume\n\nBody.", "x.txt", "x.txt")
    assert isinstance(a, Article)
    assert (a.text, a.title) == ("Talks resume\n\nBody.", "Talks resume")


@given(st.text())
def test_any_text_gives_a_well_formed_record(text: str) -> None:
    r = parse_text(text, "x.txt", "x.txt")
    assert isinstance(r, Article | Refusal)
    if isinstance(r, Article):
        assert text.endswith(r.text) and r.text.strip()
    else:
        assert r.reason and "\n" not in r.reason


# -- JSON Lines --------------------------------------------------------------------


def test_jsonl_reads_good_lines_and_refuses_bad_ones_by_line() -> None:
    path = MIXED / "round_two.jsonl"
    records = read(path)
    got = articles(records)
    assert [a.origin for a in got] == [f"{path}:1", f"{path}:3", f"{path}:4"]  # line 2 is blank

    first, second, third = got
    assert first == Article(
        id="hc-2023-0504",
        date=dt.date(2023, 5, 4),
        text="The mediators from Vell proposed a joint commission on the river crossings.",
        title="Mediators propose a commission",
        url="https://courier.example/2023/05/commission",
        source="Harbour Courier",
        origin=f"{path}:1",
    )
    # ISO datetime: the date as written, not converted to UTC; id from the url; \r\n -> \n
    assert second.date == dt.date(2023, 5, 5)
    assert second.id == second.url == "https://courier.example/2023/05/accepted"
    assert second.text == "Ostvale accepted the commission.\nMarrow asked for a week."
    # neither id nor url: the content hash
    assert third.id == third.content_hash[:16] and re.fullmatch(r"[0-9a-f]{16}", third.id)

    assert refusals(records) == {
        f"{path}:5": "broken JSON: Expecting ',' delimiter at column 63",
        f"{path}:6": "missing date",
        f"{path}:7": "impossible date 2023-02-30",
        f"{path}:8": "empty text",
    }


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("[1, 2]", "not a JSON object but list"),
        ('{"date": 20230504, "text": "x"}', "date 20230504 is not a string"),
        ('{"date": "4 May 2023", "text": "x"}', "date '4 May 2023' is not YYYY-MM-DD or an ISO datetime"),
        ('{"date": "2023-05-04T25:00", "text": "x"}', "date '2023-05-04T25:00' is not YYYY-MM-DD or an ISO datetime"),
        ('{"date": "2023-05-04"}', "missing text"),
        ('{"date": "2023-05-04", "text": ["x"]}', "text is list, not a string"),
        ('{"date": "2023-05-04", "text": "x", "title": 3}', "title is int, not a string"),
        ('{"date": "2023-05-04", "text": "x", "id": {"a": 1}}', "id is dict, not a string"),
    ],
)
def test_jsonl_line_refusals(line: str, reason: str) -> None:
    assert parse_line(line, "f.jsonl:3") == Refusal("f.jsonl:3", reason)


def test_jsonl_numeric_id_becomes_a_string() -> None:
    a = parse_line('{"date": "2023-05-04", "text": "x", "id": 17}', "f.jsonl:1")
    assert isinstance(a, Article) and a.id == "17"


def test_jsonl_bad_bytes_refuse_only_their_line(tmp_path: Path) -> None:
    path = tmp_path / "feed.ndjson"
    path.write_bytes(
        b'\xef\xbb\xbf{"date": "2023-05-04", "text": "first"}\r\n'
        b'{"date": "2023-05-04", "text": "caf\xe9"}\r\n'
        b'{"date": "2023-05-05", "text": "third \xe2\x80\x9cquoted\xe2\x80\x9d"}\r\n'
    )
    records = read(path)
    assert [a.text for a in articles(records)] == ["first", "third “quoted”"]
    assert refusals(records) == {f"{path}:2": "not UTF-8: invalid byte 0xe9 at offset 35"}


def test_jsonl_from_stdin_text_and_binary_streams() -> None:
    lines = '{"date": "2023-05-04", "text": "one"}\n\nnot json\n{"date": "2023-05-05", "text": "two"}\n'
    for stream in (io.StringIO(lines), io.TextIOWrapper(io.BytesIO(lines.encode()), encoding="utf-8")):
        records = list(read_paths(["-"], stdin=stream))
        assert [(a.origin, a.text) for a in articles(records)] == [("-:1", "one"), ("-:4", "two")]
        assert refusals(records) == {"-:3": "broken JSON: Expecting value at column 1"}


def test_stdin_is_the_default_stream(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO('{"date": "2023-05-04", "text": "one"}\n'))
    assert [a.text for a in articles(read("-"))] == ["one"]


@given(st.text())
def test_any_jsonl_line_gives_a_well_formed_record(line: str) -> None:
    r = parse_line(line, "f.jsonl:1")
    assert isinstance(r, Article | Refusal)
    if isinstance(r, Refusal):
        assert r.origin == "f.jsonl:1" and r.reason


# -- HTML ----------------------------------------------------------------------------


def test_html_page_main_text_and_metadata() -> None:
    path = GOOD / "courier_page.html"
    a = only(read(path))
    assert isinstance(a, Article)
    assert a.id == "courier_page.html"
    assert a.origin == str(path)
    assert a.date == dt.date(2023, 5, 6)  # article:published_time, the day as written
    assert a.title == "Prisoner exchange agreed at Vell"
    assert a.url == "https://courier.example/2023/05/exchange-agreed"
    assert a.source == "The Harbour Courier"
    assert "agreed on Saturday to exchange forty prisoners" in a.text
    assert "“This is a first step, not the last one,” said Ilse Brandt" in a.text
    assert "\n\nMarrow’s envoy, Tomas Quell," in a.text  # paragraphs split by blank lines
    assert "Home" not in a.text and "Copyright" not in a.text  # boilerplate dropped


def test_html_without_date_is_refused_unless_a_date_is_given() -> None:
    path = BAD / "undated_page.html"
    assert only(read(path)) == Refusal(str(path), NO_DATE)
    assert NO_DATE == "no publication date found (use --date YYYY-MM-DD)"

    a = only(read(path, date=dt.date(2023, 5, 20)))
    assert isinstance(a, Article)
    assert a.date == dt.date(2023, 5, 20)
    assert a.title == "Vell talks: what the sides want"
    assert "a prisoner exchange first" in a.text


def test_html_date_in_the_page_wins_over_the_fallback() -> None:
    a = only(read(GOOD / "courier_page.html", date=dt.date(2023, 5, 20)))
    assert isinstance(a, Article) and a.date == dt.date(2023, 5, 6)


def test_html_date_is_not_guessed_from_body_text(tmp_path: Path) -> None:
    page = (BAD / "undated_page.html").read_text(encoding="utf-8")
    path = tmp_path / "guess.html"
    path.write_text(page.replace("study.</p>", "study. The last round was on 12 March 2023.</p>"), encoding="utf-8")
    assert only(read(path)) == Refusal(str(path), NO_DATE)


def test_html_in_a_declared_charset_is_decoded(tmp_path: Path) -> None:
    page = (GOOD / "courier_page.html").read_text(encoding="utf-8")
    page = page.replace('charset="utf-8"', 'charset="windows-1252"').replace("said Ilse", "said Ilsé")
    path = tmp_path / "cp1252.htm"
    path.write_bytes(page.encode("windows-1252"))
    a = only(read(path))
    assert isinstance(a, Article) and "“This is a first step, not the last one,” said Ilsé Brandt" in a.text


def test_html_not_utf8_without_declared_charset_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "latin1.html"
    path.write_bytes("<html><body><p>Négociations</p></body></html>".encode("latin-1"))
    assert only(read(path)) == Refusal(
        str(path), "not UTF-8: invalid byte 0xe9 at offset 16 and no charset declared"
    )


def test_html_without_text_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_text("<html><head><title>Nothing</title></head><body></body></html>", encoding="utf-8")
    assert only(read(path, date=dt.date(2023, 5, 20))) == Refusal(str(path), "no main text found in the page")


# -- feeds -----------------------------------------------------------------------------


def test_rss_items_become_articles_and_an_undated_item_is_refused() -> None:
    path = MIXED / "talks.rss"
    records = read(path)
    a = only(articles(records))
    assert a.origin == f"{path}#item 1"
    assert a.id == a.url == "https://courier.example/2023/05/ceasefire-next-week"
    assert a.title == "Ceasefire talks set for next week"
    assert a.source == "Harbour Courier: Lakeshore talks"
    # pubDate 00:30 +0200: the publisher's day, not the UTC day before
    assert a.date == dt.date(2023, 5, 7)
    # content:encoded wins over description; tags dropped, paragraphs kept, <br> a newline
    assert a.text == (
        "Delegations from Marrow and Ostvale will discuss a ceasefire in Vell next week.\n\n"
        "“We expect progress,” said the mediator.\nThe sessions are closed to the press."
    )
    assert refusals(records) == {f"{path}#item 2": "item has no date (use --date YYYY-MM-DD)"}


def test_rss_undated_item_takes_the_fallback_date() -> None:
    records = read(MIXED / "talks.rss", date=dt.date(2023, 5, 20))
    assert not refusals(records)
    first, second = articles(records)
    assert first.date == dt.date(2023, 5, 7)  # a dated item keeps its own date
    assert second.date == dt.date(2023, 5, 20)
    assert second.text == "The mediator thanked both delegations for their patience."


def test_atom_entry() -> None:
    path = GOOD / "council.atom"
    a = only(read(path))
    assert isinstance(a, Article)
    assert a.origin == f"{path}#item 1"
    assert a.id == a.url == "https://ostvale.example/press/12"
    assert a.date == dt.date(2023, 5, 8)  # updated, as written (UTC would be 7 May)
    assert a.title == "Statement on the Vell round"  # type="html" title made plain
    assert a.source == "Ostvale Council press office"
    assert a.text == "The Council welcomes the prisoner exchange.\nIt is ready to discuss the river crossings."


def test_xml_that_is_not_a_feed_is_refused() -> None:
    path = BAD / "not_a_feed.xml"
    assert only(read(path)) == Refusal(str(path), "not an RSS or Atom feed")


def test_feed_file_that_is_not_xml_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.rss"
    path.write_text("date 2023-05-02 plain text, not a feed\n", encoding="utf-8")
    r = only(read(path))
    assert isinstance(r, Refusal) and r.origin == str(path)
    assert r.reason.startswith("not an RSS or Atom feed")


def test_feed_never_opens_a_path_or_url_written_as_its_content(tmp_path: Path) -> None:
    secret = tmp_path / "secret.rss"
    secret.write_text((GOOD / "council.atom").read_text(encoding="utf-8"), encoding="utf-8")
    path = tmp_path / "pointer.rss"
    path.write_text(str(secret), encoding="utf-8")  # feedparser would open this file if given the bytes
    r = only(read(path))
    assert isinstance(r, Refusal) and r.reason.startswith("not an RSS or Atom feed")


def test_html_to_text() -> None:
    markup = (
        "<h2>Vell&nbsp;round</h2><p>One\n   two <i>three</i></p>"
        "<script>var x = 1;</script><ul><li>a</li><li>b &amp; c</li></ul>tail<br>end"
    )
    assert html_to_text(markup) == "Vell round\n\nOne two three\n\na\n\nb & c\n\ntail\nend"


# -- the dispatcher ----------------------------------------------------------------------


def test_unknown_extension_named_explicitly_is_refused() -> None:
    path = BAD / "minutes.xyz"
    r = only(read(path))
    assert isinstance(r, Refusal) and r.origin == str(path)
    assert r.reason.startswith("unknown extension .xyz (known: .atom .htm .html")


def test_missing_path_is_refused() -> None:
    assert read(FIXTURES / "nowhere.txt") == [Refusal(str(FIXTURES / "nowhere.txt"), "no such file")]


def test_a_whole_batch_reads_the_good_and_refuses_each_bad_input_once() -> None:
    missing = str(FIXTURES / "nowhere.txt")
    unknown = str(BAD / "minutes.xyz")
    records = read(FIXTURES, missing, unknown)

    got = articles(records)
    assert [a.id for a in got] == [
        "https://ostvale.example/press/12",
        "courier_page.html",
        "lead_sentence.txt",
        "vell_round.txt",
        "hc-2023-0504",
        "https://courier.example/2023/05/accepted",
        got[6].content_hash[:16],
        "https://courier.example/2023/05/ceasefire-next-week",
    ]
    reasons = refusals(records)
    assert reasons == {
        str(BAD / "empty_body.txt"): "empty body",
        str(BAD / "impossible_date.txt"): "bad date header: impossible date 2023-02-30",
        str(BAD / "no_header.txt"): "no date header (the file must start with 'date YYYY-MM-DD ')",
        str(BAD / "not_a_feed.xml"): "not an RSS or Atom feed",
        str(BAD / "undated_page.html"): NO_DATE,
        f"{MIXED / 'round_two.jsonl'}:5": "broken JSON: Expecting ',' delimiter at column 63",
        f"{MIXED / 'round_two.jsonl'}:6": "missing date",
        f"{MIXED / 'round_two.jsonl'}:7": "impossible date 2023-02-30",
        f"{MIXED / 'round_two.jsonl'}:8": "empty text",
        f"{MIXED / 'talks.rss'}#item 2": "item has no date (use --date YYYY-MM-DD)",
        missing: "no such file",
        unknown: reasons[unknown],
    }
    assert reasons[unknown].startswith("unknown extension .xyz")
    # every refusal is one line naming where
    assert all(r.reason and "\n" not in r.reason for r in records if isinstance(r, Refusal))
    # deterministic: same order every time; a folder is read in sorted path order
    assert records == read(FIXTURES, missing, unknown)
    files = [re.sub(r"(#item \d+|:\d+)$", "", r.origin) for r in records[:-2]]
    assert files == sorted(files)


def test_folder_skips_hidden_manifest_readme_and_unknown_files(tmp_path: Path) -> None:
    body = "date 2023-05-02 Talks\n\nBody.\n"
    for rel in ["b.txt", "sub/a.txt", ".hidden.txt", ".git/c.txt", "MANIFEST.tsv", "README.txt", "notes.xyz", "sub/z.md"]:
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(body, encoding="utf-8")
    records = read(tmp_path)
    assert [r.origin for r in records] == [str(tmp_path / "b.txt"), str(tmp_path / "sub" / "a.txt")]
    assert all(isinstance(r, Article) for r in records)


def test_empty_folder_and_pattern_without_matches_are_refused(tmp_path: Path) -> None:
    (tmp_path / "notes.xyz").write_text("x", encoding="utf-8")
    assert read(tmp_path) == [Refusal(str(tmp_path), "no readable file in this folder")]
    pattern = str(tmp_path / "*.txt")
    assert read(pattern) == [Refusal(pattern, "no readable file matches this pattern")]


def test_glob_pattern_and_a_file_named_twice() -> None:
    records = read(GOOD / "*.txt", GOOD / "vell_round.txt", GOOD / "c*")
    assert [r.origin for r in records] == [
        str(GOOD / "lead_sentence.txt"),
        str(GOOD / "vell_round.txt"),
        f"{GOOD / 'council.atom'}#item 1",
        str(GOOD / "courier_page.html"),
    ]


def test_a_new_reader_plugs_in_by_registration(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def read_markdown(path: str, date: dt.date | None = None):
        yield Article(id=os.path.basename(path), date=date or dt.date(2023, 1, 1), text="md", origin=path)

    monkeypatch.setitem(READERS, ".md", read_markdown)
    (tmp_path / "notes.md").write_text("# Vell\n", encoding="utf-8")
    a = only(read(tmp_path))
    assert isinstance(a, Article) and a.id == "notes.md"
    assert list(read_path(str(tmp_path / "notes.md"), dt.date(2023, 5, 1)))[0].date == dt.date(2023, 5, 1)


# -- the real development corpus (read in place, never copied) ---------------------------------


@pytest.mark.skipif(not DEV_CORPUS.is_dir(), reason="the shared dev corpus is not here")
def test_dev_corpus_reads_whole() -> None:
    txt_files = sorted(p for p in DEV_CORPUS.iterdir() if p.suffix == ".txt")
    assert len(txt_files) == 46
    with open(DEV_CORPUS / "MANIFEST.tsv", encoding="utf-8", newline="") as fh:
        manifest = {row["file"]: row for row in csv.DictReader(fh, delimiter="\t")}

    records = read(DEV_CORPUS)
    assert all(isinstance(r, Article) for r in records), refusals(records)
    assert [r.id for r in records] == [p.name for p in txt_files]  # MANIFEST.tsv is not an article

    titled = 0
    for a, path in zip(records, txt_files):
        raw = path.read_text(encoding="utf-8")
        header = re.match(r"\s*date (\d{4}-\d{2}-\d{2}) ", raw)
        assert header, path
        assert a.date == dt.date.fromisoformat(header.group(1)) == dt.date.fromisoformat(manifest[a.id]["date"])
        assert a.text == raw[header.end():]  # the body, character for character
        assert a.origin == str(path)
        if a.title is not None:
            assert a.title == manifest[a.id]["title"]
            titled += 1
    assert titled == 45  # every file but the seed document opens with its headline
