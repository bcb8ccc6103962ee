"""What a verb says through its complements rather than a clause: appeals ("pushed for a
no-fly zone"), blame ("criticised the army for failing to protect ...") and directives
("asked passengers to file complaints"). The verbs and prepositions are lexicon tables
(``PREPOSITIONAL_SPEECH``, ``BLAME_VERBS``, ``DIRECTIVE_VERBS``); the content is the
preposition's object, or the directive's object with its infinitive, as printed. A negated
verb says nothing."""

from __future__ import annotations

from kg.extract.lexicon import statements as lx
from kg.extract.statements.cuts import cut_coordinated_speech, trimmed


def prepositional_speech(verb) -> bool:
    """Whether a verb can carry what was said in its complements."""
    return verb.pos_ == "VERB" and (
        verb.lemma_ in lx.PREPOSITIONAL_SPEECH or verb.lemma_ in lx.DIRECTIVE_VERBS or _blames(verb)
    )


def directive_content(verb):
    """'asked passengers with complaints to contact the department': the object and the
    infinitive it is asked to do (a pronoun or a name is the hearer, still with its
    infinitive: 'urged them to leave'); with no infinitive, nothing is said."""
    if verb.lemma_ not in lx.DIRECTIVE_VERBS or verb.pos_ != "VERB":
        return None
    if any(c.dep_ == "neg" for c in verb.children):
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    if not objects:
        return None
    obj = objects[0]
    # the parser hangs the infinitive on the verb, the object or a word after the object
    # ('asked passengers with complaints to contact ...'); no comma comes between
    infinitives = [
        c
        for c in verb.subtree
        if c.dep_ in ("xcomp", "ccomp", "advcl", "relcl", "acl")
        and c.i > obj.i
        and c.pos_ in ("VERB", "AUX")
        and any(a.dep_ == "aux" and a.lower_ == "to" and a.i < c.i for a in c.children)
        and not any(t.text in (",", ";") for t in verb.doc[obj.i : c.i])
    ]
    if not infinitives:
        return None
    infinitive = min(infinitives, key=lambda c: c.i)
    last = max(t.i for t in infinitive.subtree)
    tokens = list(verb.doc[min(t.i for t in obj.subtree) : last + 1])
    if any("\n" in t.text for t in tokens):
        return None  # a parse run across a paragraph break
    return trimmed(cut_coordinated_speech(tokens))


def prepositional_content(verb):
    """The object of the verb's speech-carrying preposition, or None."""
    if not prepositional_speech(verb) or any(c.dep_ == "neg" for c in verb.children):
        return None  # 'did not push for a withdrawal' asks for nothing
    if verb.lemma_ not in lx.PREPOSITIONAL_SPEECH and not _blames(verb):
        return directive_content(verb)
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
    return None if blame else directive_content(verb)


def _blames(verb) -> bool:
    if verb.lemma_ in lx.BLAME_VERBS:
        return True
    particle = lx.BLAME_PARTICLE_VERBS.get(verb.lemma_)
    return particle is not None and any(
        c.dep_ == "prt" and c.lower_ == particle for c in verb.children
    )
