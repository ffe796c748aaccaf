"""The parse every stage reads: cleaning that keeps offsets, tokenisation, sentence breaks."""
from __future__ import annotations

from peacetrack import nlp


def test_cleaning_keeps_the_length_of_the_text() -> None:
    text = "Trump\u02bcs envoy met the United\\_States team\u00a0today."
    assert len(nlp.clean(text)) == len(text)
    assert "United  States" in nlp.clean(text)


def test_a_dash_glued_after_a_closing_bracket_is_split_off() -> None:
    doc = nlp.parse("We call on the Northern Front (NF)\u2014to pull back and allow aid convoys through.")
    words = [t.text for t in doc]
    assert words[words.index("NF") : words.index("NF") + 4] == ["NF", ")", "\u2014", "to"]
    assert next(t for t in doc if t.text == "pull").pos_ == "VERB"
    # an ordinary dash between words and a year range are left as they were
    assert [t.text for t in nlp.parse("the truce\u2014which held")] == ["the", "truce", "\u2014", "which", "held"]
    assert [t.text for t in nlp.parse("in 2024\u20132025")] == ["in", "2024\u20132025"]
