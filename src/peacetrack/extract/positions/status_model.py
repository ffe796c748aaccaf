"""A learned second opinion on where a provision stands.

The rules of `status.status_of` read one construction at a time; on text they were not written from they
miss the many other ways news tells that a deal holds, broke or is still talked over. This model weighs
the rules' answer together with everything they noted (`_StatusCues`), the stances found on the item and
the words around its mentions, and was fitted on keyed articles written for training only
(`training/pool`, see `training/train_status.py`); none of the development or test articles.

Features are plain strings, the model a multinomial logistic regression stored as JSON
(`status_weights.json`: per feature, one weight per status), so reading it needs no numeric library.
"""
from __future__ import annotations

import functools
import json
import math
from importlib import resources
from typing import Any

STATUSES = ("raised", "proposed", "under_negotiation", "agreed", "signed", "implemented", "violated", "rejected")

# Word classes whose lemmas tell what happened to an item; names and function words say little.
_CONTENT = frozenset({"VERB", "NOUN", "ADJ", "ADV", "AUX", "PART", "ADP"})
_WINDOW = 6  # tokens either side of a mention read as its immediate context
_CUE_FLAGS = ("signed", "implemented", "enacted", "negotiating", "agreement", "talks_held", "next_round",
              "next_agreed", "open_", "kept", "settled", "refused", "passed_over")


def features(provision: str, stances: dict[str, set[str]], cues: Any, doc, rule: str) -> set[str]:
    """The features of one provision in one article: the rules' status, the status cues, the stances held on
    it, and the words of the sentences that name it (near the mention, and the verb governing it)."""
    out = {f"rule={rule}", f"prov={provision}", f"rule={rule}&prov={provision}"}
    out |= {f"cue:{flag}" for flag in _CUE_FLAGS if getattr(cues, flag)}
    if cues.violations:
        out.add("cue:violations")
    if cues.rejections:
        out.add("cue:rejections")
    if cues.held_off:
        out.add("cue:held_off")
    if cues.nearest:
        out.add(f"nearest={cues.nearest}")
    for stance, parties in stances.items():
        if parties:
            out.add(f"held:{stance}")
            if len(parties) >= 2:
                out.add(f"held2:{stance}")
    if not any(stances.values()):
        out.add("held:none")
    spots = cues.spots
    out.add("mentions=" + ("1" if len(spots) == 1 else "2" if len(spots) == 2 else "3+"))
    seen_sents = set()
    for start, end in spots:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        sent = _sentence_of(doc, span.start)
        if sent[0].i == 0:
            out.add("in_headline")
        for tok in doc[max(sent[0].i, span.start - _WINDOW):min(sent[-1].i + 1, span.end + _WINDOW)]:
            if tok.pos_ in _CONTENT and not (span.start <= tok.i < span.end):
                out.add(f"near:{tok.lemma_.lower()}")
        head = span.root
        hops = 0
        while head.dep_ not in {"ROOT"} and head.pos_ not in {"VERB", "AUX"} and hops < 4:
            head, hops = head.head, hops + 1
        out.add(f"gov:{head.lemma_.lower()}")
        if head.tag_ in {"VBD", "VBN", "VBZ", "VBP", "VBG", "VB", "MD"}:
            out.add(f"gov_tag:{head.tag_}")
        for child in head.children:
            if child.dep_ == "neg":
                out.add("gov_neg")
            elif child.dep_ == "aux" and child.tag_ == "MD":
                out.add(f"gov_modal:{child.lemma_.lower()}")
        if (sent[0].i, sent[-1].i) in seen_sents:
            continue
        seen_sents.add((sent[0].i, sent[-1].i))
        for tok in sent:
            if tok.pos_ in _CONTENT and tok.pos_ != "ADP":
                out.add(f"sent:{tok.lemma_.lower()}")
    return out


def _sentence_of(doc, i: int):
    """The sentence holding token i, found by walking its own sentence's edges (`Token.sent` walks the doc)."""
    start = i
    while start > 0 and not doc[start].is_sent_start:
        start -= 1
    end = i + 1
    while end < len(doc) and not doc[end].is_sent_start:
        end += 1
    return doc[start:end]


@functools.lru_cache(maxsize=1)
def _weights() -> tuple[dict[str, list[float]], list[float]] | None:
    try:
        data = json.loads(resources.files(__package__).joinpath("status_weights.json").read_text("utf-8"))
    except FileNotFoundError:
        return None
    return data["weights"], data["bias"]


def scores(feats: set[str], weights: dict[str, list[float]], bias: list[float]) -> list[float]:
    """Class probabilities, in STATUSES order."""
    z = list(bias)
    for f in feats:
        w = weights.get(f)
        if w is not None:
            for k, v in enumerate(w):
                z[k] += v
    top = max(z)
    e = [math.exp(v - top) for v in z]
    total = sum(e)
    return [v / total for v in e]


def decide(feats: set[str], rule: str) -> str:
    """The model's status, or the rules' where no model is installed."""
    model = _weights()
    if model is None:
        return rule
    probs = scores(feats, *model)
    return STATUSES[max(range(len(STATUSES)), key=probs.__getitem__)]
