"""Forces placed at the other side's lines: "Russian troops tried to break through X's
defensive lines", "forces would push toward the next Y defense line", "fighters to take over
Z's positions". A force's place that is a line or post another actor holds is what the force
attacks or advances on (GUIDELINES: attacks and advances are no deployments); its own side's
lines ("Z's troops held their positions") stay."""

from __future__ import annotations

from kg.extract.common import sentence_of, sentences
from kg.extract.lexicon import deployment_postures as plx


def at_enemy_lines(doc, actors, deployment) -> bool:
    """Whether a deployment's place is a line or post of an actor other than its own."""
    if deployment.location is None:
        return False
    sentence = _sentence_at(doc, deployment.mention.begin)
    if sentence is None:
        return False
    at = sentence.text.find(deployment.location)
    if at < 0:
        return False
    begin = sentence.start_char + at
    span = doc.char_span(begin, begin + len(deployment.location), alignment_mode="expand")
    if span is None:
        return False
    head = span.root
    # "over X's positions": the place a preposition of the wording names
    if head.pos_ == "ADP":
        head = next((c for c in head.children if c.dep_ == "pobj"), head)
    if head.lemma_.lower() not in plx.HELD_LINE_NOUNS and head.lower_ not in plx.HELD_LINE_NOUNS:
        return False
    # ("the Military Demarcation Line", "the Blue Line": a named line is a place, nobody's)
    if head.pos_ == "PROPN":
        return False
    # a side's demonym or possessive ("X's", "Xian"), not a place's name ("the Y front line")
    owners = {
        actors.key_at(c)
        for c in head.children
        if c.dep_ == "poss" or (c.dep_ == "amod" and c.pos_ != "PROPN")
    } - {None}
    return bool(owners) and deployment.actor not in owners


def _sentence_at(doc, char: int):
    """The sentence holding a character offset, or None (through the cached sentence of
    the token there; a walk of the sentences only where no token starts there)."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    if span is not None and len(span):
        sentence = sentence_of(span[0])
        if sentence.start_char <= char < sentence.end_char:
            return sentence
    return next((s for s in sentences(doc) if s.start_char <= char < s.end_char), None)
