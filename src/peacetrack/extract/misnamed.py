"""People the small model takes for organisations or places, relabelled as people.

en_core_web_sm tags many names it has not seen (Central Asian, African,
Balkan…) as ORG or GPE: "Dilnoza Karimova, a schoolteacher, …" comes out a
place. Every later stage looks for people among PERSON entities, so such a
person is lost to actors, quotes and events alike. A name is relabelled only
on evidence that it is a person's:

* it is set off by a person noun ("Ana Petrova, a farmer,") or followed by a
  "who" clause ("Ana Petrova, who sells bread,");
* its clause speaks of "his" or "her" ("Ana Petrova opens her shop");
* it is the subject of a clause and the first or last word of a person the
  model did tag elsewhere in the text ("Petrova said" after "Ana Petrova");
* two or three capitalised words follow a person noun, with or without a
  comma ("rebel spokesman Emeka Obi", "the chief negotiator, Ana Petrova"),
  whatever the model made of them, tagged or not.

Names of parties (states, blocs, movements, their seats and adjectives) and
names built on words of organisations or places are never relabelled as
people; the other way round, a PERSON entity that is wholly a party's name
("Azerbaijan's president" with "Azerbaijan" tagged a person) becomes a
GPE, so that no stage takes a state for a person.
"""
from __future__ import annotations

from typing import Any

from spacy.tokens import Span

from .parties import find_parties, whole_party

# Words that make a capitalised name an organisation's or a place's.
_NOT_PERSON_WORDS = frozenset(
    """
    front army council ministry party union bank committee forces force movement agency group company
    corporation inc ltd university institute centre center commission court organization organisation
    association federation republic state states kingdom islands island city province region district
    airport station news times post network radio channel authority alliance coalition brigade brigades
    mission office department service services house palace assembly parliament congress senate
    government sea river lake mountains mountain valley square street bridge port gulf bay desert
    initiative fund foundation program programme agreement accord treaty declaration plan summit talks
    museum memorial library hospital clinic school college academy church mosque cathedral temple theatre
    theater stadium hotel park media press television tv group holdings industries airlines railways
    """.split()
)
# Nouns that describe a person in apposition: "X, a farmer", "X, the mayor".
PERSON_NOUNS = frozenset(
    """
    farmer teacher schoolteacher trader vendor resident mother father widow widower student shopkeeper
    fisherman fishermen herder driver doctor nurse engineer activist official spokesman spokeswoman
    spokesperson analyst researcher professor lawyer journalist reporter editor writer priest bishop imam
    pastor elder chief leader commander soldier officer veteran refugee survivor worker miner merchant
    businessman businesswoman owner manager director minister adviser advisor envoy ambassador diplomat
    negotiator mediator mayor governor senator lawmaker deputy member head chairman chairwoman chair
    president secretary general colonel captain major lieutenant sergeant economist historian
    grandmother grandfather son daughter brother sister wife husband woman man girl boy villager
    """.split()
)
# Ranks and honorifics written before a name.
FORMS_OF_ADDRESS = frozenset("general gen lieutenant lt colonel col major brigadier marshal captain admiral sheikh "
                             "dr mr mrs ms prof president minister".split())
_RELABEL = ("ORG", "GPE", "LOC", "NORP", "FAC")


def relabel_people(doc: Any) -> Any:
    """spaCy component: turn misread people into PERSON entities (see the module's docstring)."""
    people_words = {t.text for e in doc.ents if e.label_ == "PERSON" and len(e) >= 2 for t in (e[0], e[-1])}
    ents = []
    changed = False
    for ent in doc.ents:
        if ent.label_ == "PERSON" and whole_party(ent.text):
            ents.append(Span(doc, ent.start, ent.end, label="GPE"))
            changed = True
        elif ent.label_ in _RELABEL and _name_shaped(ent) and (_said_to_be_person(ent) or _part_of_person(ent, people_words)):
            ents.append(Span(doc, ent.start, ent.end, label="PERSON"))
            changed = True
        else:
            ents.append(ent)
    named = [sp for sp in _names_after_roles(doc) if not any(
        e.label_ == "PERSON" and e.start <= sp.start and sp.end <= e.end for e in ents)]
    if named:
        ents = [e for e in ents if not any(e.start < sp.end and sp.start < e.end for sp in named)] + named
        ents.sort(key=lambda e: e.start)
        changed = True
    if changed:
        doc.ents = ents
    return doc


def _names_after_roles(doc: Any) -> list[Span]:
    """ "rebel spokesman Emeka Obi", "the group's chief negotiator, Ana Petrova": the name after a role."""
    out: list[Span] = []
    for t in doc:
        if t.pos_ != "NOUN" or t.lower_ not in PERSON_NOUNS or (out and t.i < out[-1].end):
            continue
        k = t.i + 1
        comma = k < len(doc) and doc[k].text == ","
        k += comma
        run = []
        while k < len(doc) and len(run) < 4 and doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper() \
                and doc[k].text[1:2].islower():
            run.append(doc[k])
            k += 1
        while run and run[0].lower_.rstrip(".") in FORMS_OF_ADDRESS:
            run.pop(0)  # "the defence minister, General Ana Petrova": the rank is no part of the name
        if not 2 <= len(run) <= 3 or (comma and k < len(doc) and doc[k].text not in {",", ".", ";", "—"}):
            continue  # one word may be a place or a body; after a comma the apposition must close
        span = Span(doc, run[0].i, run[-1].i + 1, label="PERSON")
        if any(w.lower_ in _NOT_PERSON_WORDS for w in run) or find_parties(span.text):
            continue
        out.append(span)
    return out


def _name_shaped(ent: Any) -> bool:
    """One to three capitalised words, none an organisation's or a place's word, and not a party."""
    words = [t for t in ent if not (t.text in {"-", "'"})]
    if not 1 <= len(words) <= 3 or not all(t.pos_ == "PROPN" and t.text[:1].isupper() and t.text[1:2].islower()
                                           for t in words):
        return False
    if any(t.lower_ in _NOT_PERSON_WORDS for t in words):
        return False
    return not find_parties(ent.text)


def _said_to_be_person(ent: Any) -> bool:
    if len(ent) < 2:
        return False  # a lone word needs the name in full elsewhere
    root = ent.root
    for c in root.children:
        if c.dep_ == "appos" and c.pos_ == "NOUN" and c.lemma_.lower() in PERSON_NOUNS:
            return True
        if c.dep_ == "relcl" and any(w.lower_ == "who" for w in c.children):
            return True
    if root.dep_ == "nsubj":
        verb = root.head
        return any(t.lower_ in {"his", "her"} and t.dep_ == "poss" for t in verb.subtree if t.i > root.i)
    return False


def _part_of_person(ent: Any, people_words: set[str]) -> bool:
    """ "Petrova said", where the model tagged "Ana Petrova" a person elsewhere in the text: as the subject
    of a clause only ("police in Charlotte" stays a city even where a Charlotte Hale is named)."""
    return len(ent) == 1 and ent[0].text in people_words and ent.root.dep_ in {"nsubj", "nsubjpass"}
