"""Place wording: how much of the text a place's phrase spans, as the article words it
(GUIDELINES: lightly trimmed). A place ends before what a comma sets off ('Rostov, a large
city in ...' is Rostov; 'Kabul, Afghanistan' keeps its region), before a time, what is said
of it (who holds it, 'areas controlled by X', names it) or a force the parser joined to
it, and before a verb of another move joined to it; a list a colon opens after a plural
place runs on. Also the two tests those cuts rest on:
a word that names a time (``is_time``) and a force or service that is no place
(``is_body``).

Functions of the parse only, with no article state. Imports nothing from the other
deployment modules: ``places``, ``presence_places``, ``operations`` and ``readiness``
import it."""

from __future__ import annotations

from kg.extract import lexicon as lx
from kg.extract.lexicon import deployment_places as plx
from kg.extract.lexicon import deployment_sites as slx


def place_phrase(place) -> str:
    """A place without what is said of it: 'the depot under fire' is the depot; 'the
    city of X', 'the towns in northern Y' keep their qualifier."""
    text = comma_free_phrase(place)
    # "a checkpoint near X in May": a time the parser hung inside the place's phrase
    for token in place.subtree:
        timed = token.dep_ == "prep" and any(
            c.dep_ == "pobj" and is_time(c) for c in token.children
        )
        if timed and token.i > place.i:
            cut = place.doc[place.left_edge.i : token.i].text.strip(" ,")
            text = cut if cut and len(cut) < len(text) else text
            break
    for child in place.rights:
        if child.dep_ == "prep" and child.lower_ not in lx.PLACE_QUALIFIERS:
            cut = place.doc[place.left_edge.i : child.i].text
            return cut if len(cut) < len(text) else text
    # "goldmines in the east apparently aimed at looting": a participle clause on the place
    # or on its qualifier says what happens there, not where
    for token in place.subtree:
        if token.dep_ == "acl" and token.tag_ in ("VBN", "VBG") and token.i > place.i:
            if _held_by(token):
                continue  # "areas controlled by the rebels": who holds it names the place
            cut = place.doc[place.left_edge.i : token.left_edge.i].text.strip(" ,")
            return cut if cut and len(cut) < len(text) else text
    return text


def _held_by(participle) -> bool:
    """'areas controlled by X', 'villages held by Y': a participle of holding with its
    agent, right after its place, names the place by who holds it."""
    agent = any(c.dep_ == "agent" for c in participle.children)
    right_after = participle.left_edge.i == participle.head.i + 1
    return agent and right_after and participle.lemma_ in plx.HOLDER_PARTICIPLES


def comma_free_phrase(token) -> str:
    """A noun phrase without what a comma sets off: 'Rostov, a large city in ...' is
    Rostov ('Kabul, Afghanistan' keeps its region)."""
    tokens = list(token.subtree)
    # "encircle Kyiv and heavily bombard X's city": the parser may make the first place a
    # modifier of the second move's object; the place is that first conjunct
    for left in [t for t in tokens if t.i < token.i]:
        joined = [c for c in left.children if _joined_verb(c)]
        if joined:
            cut = [c.i for c in left.children if c.dep_ == "cc" and c.i < joined[0].i]
            end = cut[-1] if cut else joined[0].left_edge.i
            return token.doc[token.left_edge.i : end].text
    for child in token.rights:
        start = child.left_edge.i
        # "encircle Kyiv and heavily bombard the city": a verb the parser joins to the place
        # is another move, no part of its name
        if _joined_verb(child):
            cut = [c.i for c in token.children if c.dep_ == "cc" and c.i < start] or [start]
            tokens = [t for t in tokens if t.i < cut[-1]]
            break
        # "to X and 200 to Y": a count joined to the place is another deployment's
        if child.dep_ == "conj" and child.pos_ == "NUM":
            cut = [c.i for c in token.children if c.dep_ == "cc" and c.i < start] or [start]
            tokens = [t for t in tokens if t.i < cut[-1]]
            break
        set_off = child.dep_ in ("appos", "relcl", "acl") or _attribution(child)
        # "to the area, including airborne troops and marines": forces listed, no place
        set_off = set_off or (child.lower_ == "including" and _lists_forces(child))
        if set_off and token.doc[start - 1].text == "," and not _region_named(child):
            tokens = [t for t in tokens if t.i < start - 1]
            break
    # "the village of X, Commander Y said", "the outskirts of X, the besieged capital":
    # what a comma sets off deep in the phrase (on the name of an "of" phrase) ends it too
    # ("the area of X, the airport and the avenues" lists places; "X, Y" a town and its region)
    for inner in [t for t in tokens if t.i > token.i and t.dep_ == "pobj"]:
        for child in inner.rights:
            start = child.left_edge.i
            if token.doc[start - 1].text != "," or not _said_of(child):
                continue
            tokens = [t for t in tokens if t.i < start - 1]
    tokens = [t for t in tokens if t.i < _said_of_place(token)]
    while len(tokens) > 1 and tokens[-1].is_punct:  # "Myawaddy," of "to Myawaddy, called"
        if tokens[-1].text == ")" and any(t.text == "(" for t in tokens):
            break  # "X (ABC)": a name's bracket closes
        tokens.pop()
    end = _listed_after_colon(token, tokens[-1].i) or tokens[-1].i
    return token.doc[tokens[0].i : end + 1].text


def _region_named(appos) -> bool:
    """'Kabul, Afghanistan', 'a checkpoint near X, Y department': a region or state named
    after a comma is part of the place's wording ('X, a large city in ...' is not)."""
    if appos.dep_ != "appos" or any(c.dep_ == "det" for c in appos.children):
        return False
    if appos.pos_ == "PROPN" and appos.ent_type_ in ("GPE", "LOC"):
        return True
    named = any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in appos.children)
    return named and appos.lower_ in slx.REGION_HEADS


def _said_of_place(token) -> int:
    """Where what is said of a place begins, deep in its phrase as well as on its head:
    'the department of X, where rebels attack' (a clause set off by a comma), 'the border
    with Y ahead of a vote' (a time), 'along the X axis, and a reserve brigade' (a force
    the parser joins to the place); past the phrase's end if nothing is."""
    doc, end = token.doc, token.right_edge.i + 1
    for node in token.subtree:
        if node.i <= token.i:
            continue
        start = node.left_edge.i
        if node.dep_ in ("relcl", "acl") and doc[start - 1].text == ",":
            end = min(end, start - 1)
        elif node.dep_ == "appos" and doc[start - 1].text == "," and _said_of_move(node):
            end = min(end, start - 1)  # "the area bordering X, a deployment Y decried"
        elif node.dep_ == "prep" and node.lower_ in plx.PURPOSE_PREPOSITIONS and _common(node):
            end = min(end, start)  # "the X airport for surveillance flights"
        elif node.dep_ in ("advmod", "prep") and node.lower_ in plx.PLACE_TIME_WORDS:
            end = min(end, start)
        elif node.dep_ == "conj" and is_body(node):
            while start > token.i + 1 and (doc[start - 1].is_punct or doc[start - 1].dep_ == "cc"):
                start -= 1  # ", and"
            end = min(end, start)
    return end


def _common(prep) -> bool:
    """A preposition whose object is a common noun ('for surveillance flights'), on a place
    already named by its determiner or possessor ('the X airport', 'each other's
    territory'); not a name's part ('the Centre for Strategic Studies') nor what tells
    which places a bare plural means ('positions for the drills')."""
    head = prep.head
    named = any(c.dep_ in ("det", "poss") for c in head.children)
    return (
        any(c.dep_ == "pobj" and c.pos_ == "NOUN" for c in prep.children)
        and head.pos_ != "PROPN"
        and named
    )


def _said_of_move(appos) -> bool:
    """'X, a deployment the Y described as ...', ', a move Z condemned': an appositive of
    the move itself, set after the place, says what the move was, not where."""
    return appos.lemma_.lower() in plx.MOVE_APPOSITION_NOUNS or appos.lower_ in (
        plx.MOVE_APPOSITION_NOUNS
    )


def _listed_after_colon(token, last: int) -> int | None:
    """'in other towns: A, B and C': the names a colon lists after a plural place noun,
    which the parser may hang on the verb instead; the index of the list's last word."""
    doc = token.doc
    if token.tag_ != "NNS" or last + 2 >= len(doc) or doc[last + 1].text != ":":
        return None
    first = doc[last + 2]
    # "A B, C": the list's first name may be a compound of its head word
    named = first.head if first.dep_ == "compound" else first
    if first.pos_ != "PROPN" or named.dep_ != "appos" or named.head.i > last:
        return None
    return named.right_edge.i


def _joined_verb(conjunct) -> bool:
    """A conjunct of a place that is a verb, or that an adverb of manner modifies as it
    does a verb ('heavily bombard'), which the parser may tag a noun."""
    if conjunct.dep_ != "conj":
        return False
    manner = any(c.dep_ == "advmod" and c.lower_.endswith("ly") for c in conjunct.children)
    return conjunct.pos_ == "VERB" or manner


def _attribution(conjunct) -> bool:
    """'to X, A B said': the speaker after a place, which the parser may join to it as a
    second conjunct; a person's name, or the subject of the speech verb right after it,
    is no place of a list ('to X, Y and Z')."""
    if conjunct.dep_ != "conj" or any(c.dep_ == "cc" for c in conjunct.head.children):
        return False
    after = conjunct.right_edge.i + 1
    said = after < len(conjunct.doc) and conjunct.doc[after].lemma_ in lx.SPEECH_VERBS
    return conjunct.ent_type_ == "PERSON" or said


def is_body(token) -> bool:
    """'the armed forces', 'the army', 'the fleet': a force or armed service one joins or is
    added to, which is no place (a place named with it, 'the Fleet's base', is not this)."""
    return token.lower_ in lx.FORCE_NOUNS or token.lemma_.lower() in lx.FORCE_NOUNS


def is_time(token) -> bool:
    """'on Tuesday', 'in 2022', 'by next month' name a time; the model often runs a place
    into the date after it ('to Humera next month'), and a name that is no month or
    weekday is still a place."""
    if token.ent_type_ in ("TIME", "CARDINAL"):
        return True
    if token.ent_type_ != "DATE":
        return False
    word = token.lower_
    named_time = word in lx.WEEKDAYS or word in lx.MONTHS or word in lx.RELATIVE_DAYS
    return token.pos_ != "PROPN" or named_time or token.like_num


def _lists_forces(including) -> bool:
    """'including airborne troops and marines': an 'including' phrase that lists forces."""
    return any(c.dep_ == "pobj" and is_body(c) for c in including.children)


def _said_of(child) -> bool:
    """What a comma sets off after a place's name that says something of it, no part of its
    wording: a clause, a person's name, or a described noun ('the besieged capital', 'a
    military spokesperson', 'the Coast Guard's headquarters'), not a list of places nor a
    bare region's name."""
    if child.dep_ in ("relcl", "acl"):
        return True
    if child.dep_ != "appos" or any(c.dep_ in ("conj", "cc") for c in child.children):
        return False
    described = any(c.dep_ in ("det", "poss") for c in child.children)
    # (a one-word name the model takes for a person's is as often a region: "X, Y")
    named = any(c.dep_ in ("compound", "nmod") for c in child.children)
    return (child.ent_type_ == "PERSON" and named) or described
