"""Arab names the model opened at their patronymic particle: 'Shaikh Rashid | bin Abdulla Al
Khalifa' tagged from 'bin', 'Shaikha Noura | bint | Hamad Al Mansouri' with the given name
run into an organisation and the particle left out. A person's name never opens on a filial
particle ('bin', 'bint', 'ibn': lexicon FILIAL_PARTICLES; it joins the given name to the
father's), so the capitalised word right before the particle is the name's given name, and
the name runs from it to the end of the person tagged at or right after the particle.

Invariants: only a given name that is no title, rank or honorific (lexicon title tables), in
title case and alphabetic; an entity that held the given name gives it up (the honorific
left in it names nobody, and is dropped); a particle already inside a person's name is left
alone."""

from __future__ import annotations

from kg.extract.lexicon import actors as lx

_NOT_GIVEN = lx.NAME_PREFIXES | lx.OFFICE_TITLES | lx.TITLE_WORDS


def patronymic_names_repaired(doc, ents: list) -> list:
    """The entities with each person's name opened at its particle given its given name
    (see the module's docstring)."""
    from spacy.tokens import Span

    out = list(ents)
    for index, ent in enumerate(out):
        if ent is None or ent.label_ != "PERSON":
            continue
        particle = _particle_before(doc, ent)
        if particle is None or particle < 1:
            continue
        given = doc[particle - 1]
        if not (given.is_title and given.is_alpha) or given.lower_ in _NOT_GIVEN:
            continue
        if given.i == given.sent.start and given.ent_type_ == "":
            continue  # a sentence's first word: capitalised whatever it is
        for other, span in enumerate(out):
            if other != index and span is not None and span.start <= given.i < span.end:
                out[other] = None  # 'Shaikha Noura' tagged as an organisation
        out[index] = Span(doc, given.i, ent.end, label="PERSON")
    return [e for e in out if e is not None]


def _particle_before(doc, ent) -> int | None:
    """The particle that opens a person's name, as its first word or untagged right before
    it, or None."""
    if ent[0].lower_ in lx.FILIAL_PARTICLES and len(ent) >= 2:
        return ent.start
    before = doc[ent.start - 1] if ent.start >= 2 else None
    if before is not None and before.lower_ in lx.FILIAL_PARTICLES and before.ent_type_ == "":
        return before.i
    return None
