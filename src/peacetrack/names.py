"""How names are compared: one key for "Zelenskyy's", "ZELENSKYY" and "Zelenskyy"."""
from __future__ import annotations

import re
import unicodedata


def fold(name: str) -> str:
    """Case-fold, strip diacritics, possessives and punctuation."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"['’ʼ]s\b", "", text)
    return " ".join(re.sub(r"[^\w\s-]", " ", text).split())


def surname(name: str) -> str:
    words = fold(name).split()
    return words[-1] if words else ""
