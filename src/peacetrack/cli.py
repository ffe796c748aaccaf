"""The `peacetrack` command: parses arguments, calls the library, prints."""
from __future__ import annotations

import datetime as dt
from collections import Counter
import json
import logging
import os
import sys
from pathlib import Path

import click

from . import __version__
from .display import table

DEFAULT_DB = "peacetrack.db"


def _db_option(f):
    return click.option(
        "--db", "db", type=click.Path(dir_okay=False), default=lambda: os.environ.get("PEACETRACK_DB", DEFAULT_DB),
        show_default=f"$PEACETRACK_DB or {DEFAULT_DB}", help="SQLite store to use.",
    )(f)


def _json_option(f):
    return click.option("--json", "as_json", is_flag=True, help="Print a JSON array of records.")(f)


def _process_option(f):
    return click.option("--process", "process_name", metavar="NAME",
                        help="Only articles of this negotiation process (see `peacetrack processes`).")(f)


def _call(fn, *args, **kwargs):
    """Run a library query; its user errors become one clear line."""
    from .process import UnknownProcess
    from .store import NotFound, QueryError

    try:
        return fn(*args, **kwargs)
    except (UnknownProcess, NotFound, QueryError) as exc:
        raise click.ClickException(str(exc).strip("'\"")) from exc


def _open(db: str):
    from .store import StoreError, open_store

    try:
        return open_store(db)
    except StoreError as exc:
        raise click.ClickException(str(exc)) from exc


def _emit(records: list[dict], as_json: bool, headers: list[str], row) -> None:
    if as_json:
        click.echo(json.dumps(records, ensure_ascii=False, indent=1, default=str))
        return
    if not records:
        click.echo("(nothing)")
        return
    click.echo(table(headers, [row(r) for r in records]))


@click.group()
@click.version_option(__version__)
@click.option("-v", "--verbose", count=True, help="More log output (-vv for debug).")
def cli(verbose: int) -> None:
    """Follow a peace process through the news."""
    level = logging.WARNING if verbose == 0 else logging.INFO if verbose == 1 else logging.DEBUG
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")


def _parse_date(ctx, param, value):
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise click.BadParameter(f"{value!r} is not a date YYYY-MM-DD") from exc


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--date", callback=_parse_date, help="Date for inputs that carry none (HTML pages, feed items).")
@_db_option
def ingest(paths: tuple[str, ...], date, db: str) -> None:
    """Read articles (files, folders, globs; '-' = JSON Lines on stdin) into the store."""
    from .extract.pipeline import extract_articles  # noqa: F401  (fail early on a broken install)
    from .ingest import ingest as run
    from .nlp import ModelError

    from .read import input_files

    store = _open(db)
    files = input_files(paths) if sys.stderr.isatty() else None
    bar = click.progressbar(length=len(files), label="ingesting", file=sys.stderr,
                            show_pos=True, item_show_func=lambda x: x) if files else None
    done: set[str] = set()

    def advance(origin: str) -> None:
        # progress counts input files: an article's origin is path, path:line or path#item
        path = os.path.realpath(origin.split("#item")[0].rsplit(":", 1)[0] if ":" in origin or "#item" in origin
                                else origin)
        if bar is not None and path not in done and path in set(files or ()):
            done.add(path)
            bar.update(1, os.path.basename(path)[:40])

    def refused(r) -> None:
        if bar is not None:
            click.echo("", err=True)
        click.echo(f"refused {r}", err=True)
        advance(r.origin)

    def progress(article, outcome) -> None:
        advance(article.origin or "")

    try:
        if bar is not None:
            bar.__enter__()
        report = run(paths, store, date=date, on_refusal=refused, on_article=progress)
    except ModelError as exc:
        raise click.ClickException(str(exc)) from exc
    finally:
        if bar is not None:
            bar.__exit__(None, None, None)
        store.close()
    click.echo(report.summary())
    if report.refused:
        sys.exit(1)


@cli.command()
@_process_option
@_db_option
@_json_option
@click.option("--parties", "party_columns", default=6, show_default=True,
              help="How many party columns: the parties with the most stances.")
def agenda(process_name, db: str, as_json: bool, party_columns: int) -> None:
    """Provisions x parties: each provision's current status (date of the last change, disputed flag)
    and each party's latest stance."""
    from .process import agenda as q

    rows = _call(q, _open(db), process=process_name)
    if as_json:
        _emit(rows, True, [], None)
        return
    counts = Counter(p for r in rows for p in (r.get("stances") or {}))
    parties = [p for p, _ in counts.most_common(party_columns)]
    headers = ["provision", "status", "since", "disputed"] + parties
    _emit(rows, False, headers, lambda r: [r["provision"], r.get("status"), r.get("since"),
                                           "DISPUTED" if r.get("disputed") else ""]
          + [((r.get("stances") or {}).get(p) or {}).get("stance", "") for p in parties])
    if len(counts) > len(parties):
        click.echo(f"({len(counts) - len(parties)} more parties with fewer stances: --parties N or --json)")


@cli.command()
@click.option("--since", callback=_parse_date)
@click.option("--until", callback=_parse_date)
@_process_option
@_db_option
@_json_option
def timeline(since, until, process_name, db: str, as_json: bool) -> None:
    """Events merged across articles, oldest first (undated last), with their source counts."""
    from .process import timeline as q

    rows = _call(q, _open(db), since=since, until=until, process=process_name)
    _emit(rows, as_json, ["date", "type", "parties", "people", "sources", "evidence"],
          lambda r: [(r.get("date") or "?") + (f"..{r['until'][5:]}" if r.get("until") else ""), r["type"],
                     ", ".join(r.get("parties") or []), _people(r), r.get("sources", 1),
                     (r.get("evidence") or [{}])[0].get("sentence", "")])


def _people(row: dict) -> str:
    """The people most reports of an event name (a merged row gathers every outlet's names)."""
    reports = row.get("evidence") or []
    parties = set(row.get("parties") or [])
    counts = Counter(p for r in reports for p in set(r.get("people") or []) if p not in parties)
    return ", ".join(p for p, n in counts.most_common() if n * 2 >= len(reports))


@cli.command()
@click.option("--speaker", help="Only quotes of this speaker (name or surname).")
@_process_option
@_db_option
@_json_option
def quotes(speaker, process_name, db: str, as_json: bool) -> None:
    """Direct quotes with their speakers."""
    from .process import quotes as q

    rows = _call(q, _open(db), speaker=speaker, process=process_name)
    _emit(rows, as_json, ["date", "speaker", "quote", "article"],
          lambda r: [r.get("date"), r["speaker"], r["text"], r.get("article")])


@cli.command()
@_process_option
@_db_option
@_json_option
def actors(process_name, db: str, as_json: bool) -> None:
    """People across articles and spellings, with the titles they held at each date."""
    from .process import actors as q

    rows = _call(q, _open(db), process=process_name)
    _emit(rows, as_json, ["name", "party", "titles held (date: title)", "articles"],
          lambda r: [r["name"], r.get("party"), _titles(r.get("dated_titles")), r.get("articles")])


def _titles(dated) -> str:
    """Consecutive dates with the same title shown once: "2025-03-11..2025-03-25: US President"."""
    runs: list[list] = []
    for t in dated or []:
        if runs and runs[-1][2] == t.get("title"):
            runs[-1][1] = t["date"]
        else:
            runs.append([t["date"], t["date"], t.get("title")])
    return "; ".join(f"{a}{'..' + b if b != a else ''}: {title or '?'}" for a, b, title in runs)


@cli.command()
@click.argument("article")
@_db_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def show(article: str, db: str, as_json: bool) -> None:
    """All that was extracted from one article (id or hash prefix), with evidence."""
    from .store import NotFound, QueryError
    from .store import article as q

    try:
        rec = q(_open(db), article)
    except (NotFound, QueryError) as exc:
        raise click.ClickException(str(exc)) from exc
    if as_json:
        click.echo(json.dumps(rec, ensure_ascii=False, indent=1, default=str))
        return
    head = rec.get("article", rec)
    click.echo(f"{head.get('id')}  {head.get('date')}  {head.get('title') or ''}")
    for section in ("actors", "events", "quotes", "positions", "status"):
        items = rec.get(section) or []
        click.echo(f"\n{section} ({len(items)})")
        for it in items:
            fields = {k: v for k, v in it.items() if k not in {"evidence", "article", "id", "hash"} and v not in (None, "", [])}
            click.echo("  " + json.dumps(fields, ensure_ascii=False, default=str))
            ev = it.get("evidence")
            sentence = ev.get("sentence") if isinstance(ev, dict) else None
            if sentence:
                click.echo(f"      ↳ {sentence[:200]}")


@cli.command()
@click.argument("query")
@click.option("--limit", default=50, show_default=True)
@_process_option
@_db_option
@_json_option
def search(query: str, limit: int, process_name, db: str, as_json: bool) -> None:
    """Full-text search over sentences."""
    from .process import search as q

    rows = _call(q, _open(db), query, limit=limit, process=process_name)
    _emit(rows, as_json, ["date", "article", "sentence"],
          lambda r: [r.get("date"), r.get("article"), r.get("snippet") or r.get("sentence")])


@cli.command()
@click.argument("provision_id", metavar="ID")
@_process_option
@_db_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def provision(provision_id: str, process_name, db: str, as_json: bool) -> None:
    """One provision's dated statuses with evidence, each party's stances over time, current state."""
    from .process import provision as q

    rec = _call(q, _open(db), provision_id, process=process_name)
    if as_json:
        click.echo(json.dumps(rec, ensure_ascii=False, indent=1, default=str))
        return
    flag = "  DISPUTED" if rec["disputed"] else ""
    click.echo(f"{rec['provision']} ({rec['label']}): {rec['status'] or 'no status reported'}"
               f" since {rec['since'] or '-'}{flag}")
    if rec["reason"]:
        click.echo(f"  {rec['reason']}")
    click.echo("\nstatus history")
    for step in rec["history"]:
        note = "" if step["effect"] == "change" else f"  ({step['effect']})"
        click.echo(f"  {step['date']}  {step['status']}{note}")
        for r in step["reports"]:
            click.echo(f"      {r['status']:<17} {r['article'][:48]}")
            if r.get("sentence"):
                click.echo(f"        ↳ {r['sentence'][:160]}")
    click.echo("\nstances")
    for party, entries in rec["stances"].items():
        line = ", ".join(f"{e['date']} {e['stance']}{'?' if e['contested'] else ''}" for e in entries if e["changed"])
        click.echo(f"  {party}: {line}")


@cli.command()
@_process_option
@_db_option
@_json_option
def plans(process_name, db: str, as_json: bool) -> None:
    """Named proposals with their ordered stages, conditions and the provisions in each stage."""
    from .process import plans as q

    rows = _call(q, _open(db), process=process_name)
    if as_json:
        _emit(rows, True, [], None)
        return
    if not rows:
        click.echo("(nothing)")
        return
    for p in rows:
        who = f" — {p['proposer']}" if p.get("proposer") else ""
        click.echo(f"{p['first_seen']}  {p['name']}{who}  ({p['articles']} articles)")
        for st in p["stages"]:
            cond = f"  [only if: {'; '.join(st['conditions'])}]" if st["conditions"] else ""
            provs = ", ".join(st["provisions"]) or "-"
            click.echo(f"    {st['order']}. {st['text'][:90]}  → {provs}{cond}")


@cli.command()
@click.option("--since", callback=_parse_date, required=True, help="First date of the window (YYYY-MM-DD).")
@click.option("--until", callback=_parse_date, help="Last date of the window (default: open).")
@_process_option
@_db_option
@click.option("--json", "as_json", is_flag=True, help="Print the digest as JSON (one list per kind).")
def changes(since, until, process_name, db: str, as_json: bool) -> None:
    """What changed: new provisions, status transitions, stance changes, new plans, events."""
    from .process import changes as q
    from .process.changes import flat

    digest = _call(q, _open(db), since=since, until=until, process=process_name)
    if as_json:
        click.echo(json.dumps(digest, ensure_ascii=False, indent=1, default=str))
        return
    _emit(flat(digest), False, ["date", "kind", "what", "evidence"],
          lambda r: [r["date"], r["kind"], r["what"], r.get("sentence") or ""])


@cli.command(name="processes")
@_db_option
@_json_option
def list_processes(db: str, as_json: bool) -> None:
    """The configured negotiation processes and how many stored articles each holds."""
    from .process import article_processes, processes

    members = article_processes(_open(db)) if os.path.exists(db) else {}
    rows = [{"name": p.name, "label": p.label, "parties": list(p.parties), "keywords": list(p.keywords),
             "articles": sum(p.name in v for v in members.values())} for p in processes()]
    _emit(rows, as_json, ["name", "label", "parties", "articles"],
          lambda r: [r["name"], r["label"], ", ".join(r["parties"]), r["articles"]])


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--date", callback=_parse_date, help="Date for inputs that carry none.")
def extract(paths: tuple[str, ...], date) -> None:
    """No store: one JSON answer key (FORMAT.md) per article per line."""
    from .extract.pipeline import extract_articles
    from .read import read_paths
    from .records import Refusal

    refused = 0

    def articles():
        nonlocal refused
        for item in read_paths(paths, date=date):
            if isinstance(item, Refusal):
                refused += 1
                click.echo(f"refused {item}", err=True)
            else:
                yield item

    for ex in extract_articles(articles()):
        click.echo(json.dumps(ex.to_answer_key(), ensure_ascii=False))
    if refused:
        sys.exit(1)


@cli.command(name="eval")
@click.argument("articles_dir", type=click.Path(exists=True, file_okay=False))
@click.argument("gold_dirs", nargs=-1, required=True, type=click.Path(exists=True, file_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@click.option("--explain", is_flag=True, help="List, per article, what was missed and what was extra.")
def evaluate(articles_dir: str, gold_dirs: tuple[str, ...], as_json: bool, explain: bool) -> None:
    """Score a fresh extraction against answer keys (FORMAT.md)."""
    from .evaluation import run_eval

    report = run_eval(Path(articles_dir), [Path(g) for g in gold_dirs])
    if as_json:
        click.echo(json.dumps(report.figures(), indent=1))
        return
    if explain:
        for line in report.explain():
            click.echo(line)
        click.echo("")
    for line in report.lines():
        click.echo(line)


def main() -> None:
    cli(prog_name="peacetrack")


if __name__ == "__main__":
    main()
