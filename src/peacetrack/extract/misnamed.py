"""People the small model takes for organisations or places, relabelled as people.

en_core_web_sm tags many names it has not seen (Central Asian, African,
Balkan…) as ORG or GPE: "Dilnoza Karimova, a schoolteacher, …" comes out a
place. Every later stage looks for people among PERSON entities, so such a
person is lost to actors, quotes and events alike. A name is relabelled only
on evidence that it is a person's:

* it is set off by a person noun ("Ana Petrova, a farmer,") or followed by a
  "who" clause ("Ana Petrova, who sells bread,");
* its clause speaks of "his" or "her" ("Ana Petrova opens her shop"), or a
  clause under its verb has "he" or "she" for subject ("Ana Petrova said she
  would go"), or its surname is spoken of so where it stands alone;
* it is the subject of a clause and the first or last word of a person the
  model did tag elsewhere in the text ("Petrova said" after "Ana Petrova"),
  tagged as something else or not at all;
* two or three capitalised words follow a person noun, with or without a
  comma ("rebel spokesman Emeka Obi", "the chief negotiator, Ana Petrova"),
  whatever the model made of them, tagged or not.

The other way round, a PERSON entity the model cut short takes back the
given names written right before it: "María Ángela Holguín", tagged from
"Ángela", or "Kamal Eldin Osman", whose "Kamal" went to an organisation.

Names of parties (states, blocs, movements, their seats and adjectives) and
names built on words of organisations or places are never relabelled as
people; the other way round, a PERSON entity that is wholly a party's name
("Azerbaijan's president" with "Azerbaijan" tagged a person) becomes a
GPE, so that no stage takes a state for a person.
"""
from __future__ import annotations

from typing import Any

from spacy.tokens import Span

from .address import is_form_of_address
from .parties import find_parties, whole_party
from .places import state_of_place

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
    president secretary general colonel captain major lieutenant sergeant economist historian chairperson
    commissioner counterpart
    grandmother grandfather son daughter brother sister wife husband woman man girl boy villager
    """.split()
)
# Words of an office written before a name ("Permanent Representative", "Foreign Secretary").
_OFFICE_WORDS = frozenset("representative chancellor premier commissioner foreign prime vice permanent special "
                          "coordinator high senior defence defense interior state acting former supreme speaker pope "
                          "crown congressman congresswoman attorney justice chief undersecretary assistant".split())
# First words of towns' names: "Santo Domingo" is no person grown back from "Domingo".
_PLACE_OPENERS = frozenset("santo san santa saint port fort puerto porto new".split())
_OFFICE_GLUE = frozenset("of for and the to on in at".split())
_DAYS_MONTHS = frozenset("monday tuesday wednesday thursday friday saturday sunday january february march april may "
                         "june july august september october november december".split())
_RELABEL = ("ORG", "GPE", "LOC", "NORP", "FAC")
# The formal style before a state's name: "the Republic of Norland", "the Kingdom of Norland".
_STATE_STYLES = frozenset("Republic Kingdom State Federation Commonwealth Sultanate Emirate Principality".split())


def relabel_people(doc: Any) -> Any:
    """spaCy component: turn misread people into PERSON entities (see the module's docstring)."""
    said_to_be = _people_among_misread(doc)
    people_words = {t.text for e in doc.ents if (e.label_ == "PERSON" or e.start in said_to_be) and len(e) >= 2
                    for t in (e[0], e[-1])}  # "Petrova said" after a relabelled "Ana Petrova" is her too
    ents = []
    changed = False
    for ent in doc.ents:
        if ent.label_ == "PERSON" and whole_party(ent.text):
            ents.append(Span(doc, ent.start, ent.end, label="GPE"))
            changed = True
        elif ent.label_ == "PERSON" and _ends_town_name(ent) and not (ents and ents[-1].end > ent.start - 1):
            ents.append(Span(doc, ent.start - 1, ent.end, label="GPE"))
            changed = True
        elif ent.start in said_to_be or (ent.label_ in _RELABEL and _name_shaped(ent) and _part_of_person(ent, people_words)):
            ents.append(Span(doc, ent.start, ent.end, label="PERSON"))
            changed = True
        else:
            ents.append(ent)
    longer = _given_names_back(doc, ents)
    if longer is not None:
        ents, changed = longer, True
    joined = _surnames_on(doc, ents)
    if joined is not None:
        ents, changed = joined, True
    trimmed = [_without_party_word(e) for e in ents]
    if any(t is not e for t, e in zip(trimmed, ents)):
        ents, changed = trimmed, True
    named = [sp for sp in _names_after_roles(doc) + _names_after_plural_role(doc) + _speakers_of_quotes(doc) if not any(
        e.label_ == "PERSON" and e.start <= sp.start and sp.end <= e.end for e in ents)]
    if named:
        ents = [e for e in ents if not any(e.start < sp.end and sp.start < e.end for sp in named)] + named
        ents.sort(key=lambda e: e.start)
        changed = True
    alone = _surnames_untagged(doc, ents, people_words)
    if alone:
        ents = sorted(ents + alone, key=lambda e: e.start)
        changed = True
    heading = [e for e in ents if e.label_ == "PERSON" and _in_capitals_heading(e)]
    if heading:
        ents = [e for e in ents if e not in heading]
        changed = True
    if changed:
        doc.ents = ents
    return doc


def _in_capitals_heading(ent: Span) -> bool:
    """ "DEPORTATIONS: NO GIVE": a line in capitals, a word and a colon then more capitals, is a section
    heading and names no person (a transcript's label, "LIND: We want …", goes on in lower case)."""
    text = ent.doc.text
    start = text.rfind("\n", 0, ent.start_char) + 1
    end = text.find("\n", ent.end_char)
    line = text[start : end if end >= 0 else len(text)]
    head, colon, rest = line.partition(":")
    letters = [c for c in line if c.isalpha()]
    return (bool(colon) and ent.end_char - start <= len(head) and any(c.isalpha() for c in rest)
            and all(c.isupper() for c in letters))


def _surnames_untagged(doc: Any, ents: list[Span], people_words: set[str]) -> list[Span]:
    """ "Petrova was more guarded", "Petrova" left untagged after "Ana Petrova": a subject that is the last
    word of a person tagged elsewhere is that person."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    surnames = {e[-1].text for e in ents if e.label_ == "PERSON" and len(e) >= 2} & people_words
    return [Span(doc, t.i, t.i + 1, label="PERSON") for t in doc
            if t.i not in taken and t.dep_ in {"nsubj", "nsubjpass"} and t.pos_ == "PROPN" and t.text in surnames
            and not find_parties(t.text)]


def _given_names_back(doc: Any, ents: list[Span]) -> list[Span] | None:
    """The entities with each PERSON grown back over up to two given names the model left out ("María" before
    "Ángela Holguín"); an entity that held such a name ("Permanent Representative, Kamal") gives it up.
    None when no person grows."""
    grown: dict[int, int] = {}  # index of a PERSON entity in `ents` -> its new start
    for n, ent in enumerate(ents):
        if ent.label_ != "PERSON":
            continue
        start = ent.start
        while start > ent.sent.start and ent.start - start < 2 and _given_name(doc[start - 1]):
            start -= 1
        while start < ent.start and start > ent.sent.start and not _opens_name(doc[start - 1]):
            start += 1  # "Commissioner for Energy and Housing Dan Lind": "Housing" ends an office, opens no name
        if start < ent.start and state_of_place(doc[start:ent.end].text):
            continue  # "Santo Domingo": a town, not a name grown back
        if start < ent.start and not any(e.label_ == "PERSON" and e.start <= start < e.end for e in ents):
            grown[n] = start
    if not grown:
        return None
    out = []
    for n, ent in enumerate(ents):
        if n in grown:
            out.append(Span(doc, grown[n], ent.end, label="PERSON"))
            continue
        cut = min((s for k, s in grown.items() if ent.start < s < ent.end and ents[k].start >= ent.end), default=None)
        if cut is not None:  # "Permanent Representative, Kamal" keeps "Permanent Representative,"
            while cut > ent.start and (doc[cut - 1].is_punct or doc[cut - 1].is_space):
                cut -= 1
            if cut > ent.start:
                out.append(Span(doc, ent.start, cut, label=ent.label_))
        elif not any(ent.start >= s and ent.end <= ents[k].start for k, s in grown.items()):
            out.append(ent)
    return out


def _surnames_on(doc: Any, ents: list[Span]) -> list[Span] | None:
    """The entities with each PERSON grown on over the surnames the model left out after it: "Gordan Grlić
    Radman", tagged "Gordan Grlić" with "Radman" untagged, or split into "Patrick Mbuyi" and "Kasongo". The
    parse says it: the person's last word is a compound of the capitalised word that follows. None when no
    person grows."""
    out: list[Span] = []
    changed = False
    n = 0
    while n < len(ents):
        ent = ents[n]
        end = ent.end
        if ent.label_ == "PERSON":
            while (end < ent.sent.end and end - ent.end < 2 and doc[end - 1].dep_ == "compound"
                   and doc[end - 1].head.i == end and _given_name(doc[end]) and doc[end].ent_type_ in {"", "PERSON"}):
                end += 1
        if end == ent.end:
            out.append(ent)
            n += 1
            continue
        changed = True
        n += 1
        while n < len(ents) and ents[n].start < end:
            end = max(end, ents[n].end)  # "Kasongo", tagged a person of its own, joins the name
            n += 1
        out.append(Span(doc, ent.start, end, label="PERSON"))
    return out if changed else None


def _opens_name(before: Any) -> bool:
    """Whether a name may start after this token: a punctuation mark, the head noun of an office or a rank
    ("Minister María Lind"), or a word in lower case other than the glue of an office's name ("of", "for")."""
    low = before.lower_.rstrip(".")
    if before.is_punct or is_form_of_address(low) or low in PERSON_NOUNS:
        return True
    return before.text.islower() and low not in _OFFICE_GLUE


def _without_party_word(ent: Span) -> Span:
    """ "Foreign Minister of Norland Ana Lind": a state's name that opens a longer PERSON belongs to the
    office before it; a trailing "and" ("Ana Lind and") to the clause."""
    start, end = ent.start, ent.end
    if ent.label_ != "PERSON":
        return ent
    while end - start > 2 and ent.doc[end - 1].lower_ in {"and", "or"}:
        end -= 1
    if end - start > 2 and whole_party(ent.doc[start].text):
        start += 1
    return ent if (start, end) == (ent.start, ent.end) else Span(ent.doc, start, end, label="PERSON")


def _ends_town_name(ent: Span) -> bool:
    """ "Domingo" tagged a person in "Santo Domingo stopped the expulsions": the end of a town's name opened
    by Santo, San, Port…, whose opener the model left out."""
    if ent.start == 0 or ent.doc[ent.start - 1].lower_ not in _PLACE_OPENERS:
        return False
    town = ent.doc[ent.start - 1 : ent.end].text
    return bool(whole_party(town) or state_of_place(town))


def _given_name(tok: Any) -> bool:
    """A capitalised word that may open a person's name: not a rank, office, day, party or other entity."""
    text = tok.text
    return (tok.pos_ == "PROPN" and text[:1].isupper() and text[1:2].islower() and text.isalpha()
            and tok.ent_type_ in {"", "ORG", "PERSON"} and not is_form_of_address(text)
            and tok.lower_ not in PERSON_NOUNS and tok.lower_ not in _NOT_PERSON_WORDS
            and tok.lower_ not in _DAYS_MONTHS and tok.lower_ not in _PLACE_OPENERS and not find_parties(text)
            and tok.lower_ not in _OFFICE_WORDS)


def _names_after_roles(doc: Any) -> list[Span]:
    """ "rebel spokesman Emeka Obi", "the group's chief negotiator, Ana Petrova": the name after a role; also
    after a capitalised office the model swallowed with the name into an organisation ("Indian National
    Security Adviser Vikram Rathore" tagged ORG)."""
    out: list[Span] = []
    for t in doc:
        if t.lower_ not in PERSON_NOUNS or (out and t.i < out[-1].end):
            continue
        k = _after_state_of(doc, t.i + 1)  # "the Deputy Foreign Minister of Turkey, Murat Özkan,"
        portfolio = k == t.i + 1 and t.pos_ == "PROPN" and _after_portfolio(doc, t.i + 1)
        if portfolio:  # "Minister of Mines of the Republic of Norland Ana Lind opened the site"
            k = _after_state_of(doc, portfolio)
        elif k == t.i + 1 and t.pos_ == "PROPN":
            k = _after_remit(doc, k)  # "the Personal Envoy on Norland, Ana Lind, took part"
        capitalised = t.pos_ == "PROPN" and t.text[:1].isupper() and (
            t.ent_type_ == "ORG" or k > t.i + 1 or _misread_after(doc, k))
        if t.pos_ != "NOUN" and not capitalised:
            continue
        comma = k < len(doc) and doc[k].text == ","
        if k > t.i + 1 and not comma and not (portfolio and k > portfolio):
            continue
        k += comma
        run = _capitalised_run(doc, k)
        k += len(run)
        while run and is_form_of_address(run[0].text):
            run.pop(0)  # "the defence minister, General Ana Petrova": the rank is no part of the name
        if not 2 <= len(run) <= (4 if comma else 3) or (comma and k < len(doc) and doc[k].text not in {",", ".", ";", "—"}):
            continue  # one word may be a place or a body; after a comma the apposition must close (and may
            # hold two given names and two surnames: "his counterpart, Ana Lucía Quispe Mamani,")
        span = Span(doc, run[0].i, run[-1].i + 1, label="PERSON")
        if any(w.lower_ in _NOT_PERSON_WORDS for w in run) or find_parties(span.text):
            continue
        out.append(span)
    return out


# Verbs that put a quotation in someone's mouth.
_SPEECH_VERBS = frozenset("say tell add insist warn write note stress reply declare explain state argue "
                          "caution continue conclude recall vow pledge".split())
_QUOTE_MARKS = frozenset('"\u201c\u201d\u2019\'\u00bb\u00ab')


def _speakers_of_quotes(doc: Any) -> list[Span]:
    """ "'We will not sign,' Ana Lind told reporters", "... ,' said Ana Lind": the two or three capitalised
    words a speech verb has for subject right beside a closing quotation mark are a person, whatever the model
    made of them (after a quotation it tags many names a work of art or nothing)."""
    out: list[Span] = []
    for verb in doc:
        if verb.lemma_.lower() not in _SPEECH_VERBS or verb.pos_ != "VERB":
            continue
        for subj in verb.children:
            if subj.dep_ != "nsubj" or subj.pos_ != "PROPN" or subj.ent_type_ == "PERSON":
                continue
            start = min(t.i for t in subj.subtree)
            run = _name_run(doc, start)
            if not run or run[-1].i != subj.i:
                continue
            before = doc[start - 1] if start else None
            quoted = before is not None and before.text in _QUOTE_MARKS if start < verb.i else (
                verb.i == start - 1 and verb.i > 0 and doc[verb.i - 1].text in _QUOTE_MARKS)
            if quoted:
                out.append(Span(doc, run[0].i, run[-1].i + 1, label="PERSON"))
    return out


def _names_after_plural_role(doc: Any) -> list[Span]:
    """ "Foreign Ministers Ana Lind and Jon Berg signed": the two names after an office in the plural, each
    two or three capitalised words."""
    out: list[Span] = []
    for t in doc:
        low = t.lower_
        if not (low.endswith("s") and low[:-1] in PERSON_NOUNS and t.text[:1].isupper()):
            continue
        first = _name_run(doc, t.i + 1)
        if not first or first[-1].i + 1 >= len(doc) or doc[first[-1].i + 1].lower_ != "and":
            continue
        second = _name_run(doc, first[-1].i + 2)
        if second and (second[-1].i + 1 >= len(doc) or doc[second[-1].i + 1].pos_ != "PROPN"):
            out += [Span(doc, run[0].i, run[-1].i + 1, label="PERSON") for run in (first, second)]
    return out


def _capitalised_run(doc: Any, k: int) -> list[Any]:
    """Up to four proper nouns in title case from token k: the words a name may be made of."""
    run = []
    while k < len(doc) and len(run) < 4 and doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper() \
            and doc[k].text[1:2].islower():
        run.append(doc[k])
        k += 1
    return run


def _name_run(doc: Any, k: int) -> list[Any]:
    """The two or three capitalised words from token k that may be a person's name, else []."""
    run = _capitalised_run(doc, k)
    words = {w.lower_ for w in run}
    if not 2 <= len(run) <= 3 or words & (_NOT_PERSON_WORDS | _DAYS_MONTHS) or find_parties(
            " ".join(w.text for w in run)):
        return []
    return run


def _misread_after(doc: Any, k: int) -> bool:
    """ "Foreign Minister Alejandro Peralta Suero" with only "Suero" tagged, as a place: the words after a
    capitalised office hold a place's or body's tag and no person's."""
    tags = {t.ent_type_ for t in doc[k : k + 3] if t.pos_ == "PROPN"}
    return bool(tags & {"GPE", "LOC", "ORG", "FAC", "NORP"}) and "PERSON" not in tags


def _after_state_of(doc: Any, k: int) -> int:
    """Past "of <a state>" written after a role ("Minister of Turkey", "Minister of the Sudan", "Minister of
    the Republic of Norland"), else `k`."""
    if k >= len(doc) or doc[k].lower_ != "of":
        return k
    j = k + 1 + (k + 1 < len(doc) and doc[k + 1].lower_ == "the")
    for end in range(min(j + 6, len(doc)), j, -1):
        if all(x.text[:1].isupper() or x.lower_ == "of" for x in doc[j:end]) and whole_party(_unstyled(doc[j:end].text)):
            return end
    return k


def _unstyled(name: str) -> str:
    """A state's name without its formal style: "Islamic Republic of Norland" -> "Norland"."""
    head, of, rest = name.partition(" of ")
    if of and rest and head.split()[-1] in _STATE_STYLES:
        return rest.removeprefix("the ")
    return name


def _after_remit(doc: Any, k: int) -> int:
    """Past the remit of an office ("on Norland", "for the Horn of Africa", "of Mines", "for Trade, Industry
    and Mining") when a comma follows it, else `k`. A remit may list its fields with commas: the
    comma that ends it is the first one a name set off in apposition follows."""
    if k >= len(doc) or doc[k].lower_ not in {"on", "for", "to", "of"}:
        return k
    j = k + 1
    while j < len(doc) and j - k <= 10 and (doc[j].text[:1].isupper() or doc[j].lower_ in {"the", "of", "and"}
                                             or doc[j].text == ","):
        if doc[j].text == "," and j > k + 1 and doc[j - 1].text[:1].isupper() and _set_off_name(doc, j + 1):
            return j
        j += 1
    return k


def _set_off_name(doc: Any, k: int) -> bool:
    """Whether two or three name-shaped words from token k close with a comma or a full stop."""
    run = _name_run(doc, k)
    end = k + len(run)
    return bool(run) and end < len(doc) and doc[end].text in {",", "."}


def _after_portfolio(doc: Any, k: int) -> int:
    """Past the portfolio of a minister ("of Foreign Affairs", "for Defence and Veterans Affairs") when a
    state follows it ("… of the Republic of Norland"), else 0."""
    if k >= len(doc) or doc[k].lower_ not in {"of", "for"}:
        return 0
    j = k + 1
    while j < len(doc) and j - k <= 5 and (doc[j].text[:1].isupper() or doc[j].lower_ == "and") and doc[j].lower_ != "of":
        j += 1
    return j if j > k + 1 and _after_state_of(doc, j) > j else 0


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
    return _spoken_of_as_person(ent)


def _spoken_of_as_person(ent: Any) -> bool:
    """The subject of a clause that speaks of "his" or "her", or whose complement has "he" or "she" for
    subject: "Ana Petrova opens her shop", "Petrova said she would go"."""
    root = ent.root
    if root.dep_ != "nsubj":
        return False
    verb = root.head
    return any((t.lower_ in {"his", "her"} and t.dep_ == "poss")
               or (t.lower_ in {"he", "she"} and t.dep_ in {"nsubj", "nsubjpass"} and t.head.dep_ == "ccomp"
                   and t.head.head.i == verb.i)  # not "Norlanders, he said, want …"
               for t in verb.subtree if t.i > root.i)


def _people_among_misread(doc: Any) -> set[int]:
    """Starts of the misread names that are people's: by their own evidence, or, for a full name, by the
    evidence of its surname alone later ("Ana Petrova met them. Petrova said she would go")."""
    names = [e for e in doc.ents if e.label_ in _RELABEL and _name_shaped(e)]
    out = {e.start for e in names if _said_to_be_person(e)}
    surnames = {e[0].text for e in names if len(e) == 1 and _spoken_of_as_person(e)}
    out |= {e.start for e in names if len(e) >= 2 and e[-1].text in surnames}
    return out


def _part_of_person(ent: Any, people_words: set[str]) -> bool:
    """ "Petrova said", where the model tagged "Ana Petrova" a person elsewhere in the text: as the subject
    of a clause only ("police in Charlotte" stays a city even where a Charlotte Hale is named)."""
    return len(ent) == 1 and ent[0].text in people_words and ent.root.dep_ in {"nsubj", "nsubjpass"}
