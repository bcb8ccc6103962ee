"""Patrols stepped up: 'X increased patrols along the border', 'the mission has stepped up its
patrols around its base in Y', 'the North increased the frequency of patrols near Z', 'our
patrols in W have been significantly increased': patrols a verb of stepping up takes (or the
number or frequency of them it raises) are a force placed where they patrol, whose owner is
the verb's subject; where the parser misreads the verb as the patrols' participle ('has
since increased patrols along X'), the clause's verb and subject are read
(``stepping_up_participle``, ``stepping_up_clause``). A patrol its own words tie to a named
body or state ('a UNIFIL patrol outside X', not the object of a verb: 'blocking the
patrols') is a force too (``owned_patrol``); a bare 'patrol' elsewhere, a police foot
patrol, an election's, is none (``QUALIFIED_FORCE_NOUNS``)."""

from __future__ import annotations

from kg.extract.lexicon import deployment_forces as flx


def stepped_up_patrol(token) -> bool:
    """Whether a patrol noun is what a verb of stepping up takes: its object, its passive
    subject, or the object of a measure of it that verb takes ('the number of patrols'), or
    the patrols a misread participle of that verb modifies."""
    if token.lower_ not in flx.PATROL_NOUNS:
        return False
    if stepping_up_participle(token) is not None:
        return True
    top = patrol_top(token)
    if top.dep_ not in ("dobj", "nsubjpass"):
        return False
    verb = top.head
    if verb.lemma_ not in flx.STEPPING_UP_VERBS:
        return False
    # "stepped up patrols": the particle makes the phrasal verb
    particle = flx.STEPPING_UP_VERBS[verb.lemma_]
    return particle is None or any(c.dep_ == "prt" and c.lower_ == particle for c in verb.children)


def stepping_up_participle(token):
    """'(the mission) has since increased patrols along X', '(the army) placed units on
    standby and increased patrols near Y': the verb of stepping up that the parser takes
    for a participle modifying the patrols, where a perfect's auxiliary, an adverb or a
    conjunction before it shows it is the clause's verb ('called for increased patrols' is
    a noun phrase, no step taken); the verb, or None."""
    for verb in token.children:
        if verb.dep_ != "amod" or verb.tag_ not in ("VBN", "VBD") or verb.i != token.i - 1:
            continue
        if verb.lemma_ not in flx.STEPPING_UP_VERBS or flx.STEPPING_UP_VERBS[verb.lemma_]:
            continue  # (a phrasal "stepped up" is no single participle)
        before = [t for t in token.doc[max(verb.i - 2, 0) : verb.i] if t.pos_ != "PUNCT"]
        if before and (
            before[-1].pos_ in ("AUX", "CCONJ")
            or (before[-1].pos_ in ("ADV", "SCONJ") and any(t.pos_ == "AUX" for t in before))
        ):
            return verb
    return None


def stepping_up_clause(token):
    """The verb of the clause that patrols whose stepping up the parser misread as their
    participle hang on ('placed units on alert and increased patrols': placed), whose
    subject steps them up; else the participle itself (None when there is none)."""
    participle = stepping_up_participle(token)
    if participle is None:
        return None
    node = token.head
    for _ in range(4):
        if node.pos_ in ("VERB", "AUX") or node.dep_ == "ROOT" or node.head.i == node.i:
            break
        node = node.head
    return node if node.pos_ in ("VERB", "AUX") else participle


def patrol_top(token):
    """The measure of patrols that stands for them in the clause ('the frequency of patrols
    near X': frequency), else the patrol noun itself."""
    if (
        token.dep_ == "pobj"
        and token.head.lower_ == "of"
        and token.head.head.lemma_.lower() in flx.PATROL_MEASURE_NOUNS
    ):
        return token.head.head
    return token


def patrolling_subject(force) -> bool:
    """Whether a force is the subject of a verb that steps up patrols ('the X army has
    increased patrols around Y'): the patrols' entry stands for it, one fact."""
    if force.dep_ != "nsubj":
        return False
    verb = force.head
    return any(stepped_up_patrol(t) for c in verb.children if c.dep_ == "dobj" for t in c.subtree)


# the patrol nouns a named owner makes a force, and the entity types of such owners
_OWNED_PATROL_NOUNS = frozenset(["patrol", "patrols"])
_OWNER_ENTITIES = frozenset(["ORG", "GPE", "NORP"])


def owned_patrol(token) -> bool:
    """'a KFOR patrol on the road to X', 'Lebanese army patrols near Y', 'the mission's
    patrols': a patrol its own words give a named body or state is that side's force (a
    bare 'patrol', a police foot patrol, is none)."""
    if token.lower_ not in _OWNED_PATROL_NOUNS or token.pos_ != "NOUN":
        return False
    # "the army has been blocking Indian patrols at X": a patrol another side acts on
    if token.dep_ == "dobj":
        return False
    words = [c for c in token.children if c.dep_ in ("compound", "poss", "amod", "nmod")]
    words += [g for c in words if c.dep_ == "compound" for g in c.children if g.dep_ != "det"]
    return any(w.ent_type_ in _OWNER_ENTITIES for w in words)
