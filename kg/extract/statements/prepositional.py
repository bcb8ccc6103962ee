"""What a verb's prepositional phrase says: appeals ("pushed for a no-fly zone") and blame
("criticised the army for failing to protect ..."). The verbs and prepositions are lexicon
tables (``PREPOSITIONAL_SPEECH``, ``BLAME_VERBS``); the content is the preposition's object
as printed, without the verb and the preposition. A negated verb says nothing."""

from __future__ import annotations

from kg.extract.lexicon import statements as lx
from kg.extract.statements.cuts import cut_coordinated_speech, trimmed


def prepositional_speech(verb) -> bool:
    """Whether a verb can carry what was said in a prepositional phrase."""
    return verb.pos_ == "VERB" and (verb.lemma_ in lx.PREPOSITIONAL_SPEECH or _blames(verb))


def prepositional_content(verb):
    """The object of the verb's speech-carrying preposition, or None."""
    if not prepositional_speech(verb) or any(c.dep_ == "neg" for c in verb.children):
        return None  # 'did not push for a withdrawal' asks for nothing
    blame = _blames(verb)
    allowed = frozenset([lx.BLAME_PREPOSITION]) if blame else lx.PREPOSITIONAL_SPEECH[verb.lemma_]
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i < verb.i or prep.lower_ not in allowed:
            continue
        # right after the verb, its particle or its object ('criticised the army for ...')
        before = {t.i for t in objects[0].subtree} if objects else set()
        gap = [t for t in verb.doc[verb.i + 1 : prep.i] if t.i not in before and t.dep_ != "prt"]
        if any(not t.is_punct for t in gap) or any(t.text == "," for t in gap):
            continue
        filled = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
        if not filled:
            continue
        if blame and filled[0].tag_ != "VBG":
            continue  # 'criticised X for its role' names no act asserted
        tokens = [t for t in prep.subtree if t.i > prep.i]
        # 'asked for X, a former aide, to join the call': the parser may hang the
        # infinitive of the appeal on the verb, after the object
        following = [
            c
            for c in verb.children
            if c.dep_ in ("xcomp", "advcl")
            and c.i > tokens[-1].i
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        ]
        if not blame and following:
            rest = list(following[0].subtree)
            tokens = [*tokens, *verb.doc[tokens[-1].i + 1 : rest[0].i], *rest]
        return trimmed(cut_coordinated_speech(tokens))
    return None


def _blames(verb) -> bool:
    if verb.lemma_ in lx.BLAME_VERBS:
        return True
    particle = lx.BLAME_PARTICLE_VERBS.get(verb.lemma_)
    return particle is not None and any(
        c.dep_ == "prt" and c.lower_ == particle for c in verb.children
    )
