"""Forces placed at the other side's lines: "Russian troops tried to break through X's
defensive lines", "forces would push toward the next Y defense line", "fighters to take over
Z's positions". A force's place that is a line or post another actor holds is what the force
attacks or advances on (GUIDELINES: attacks and advances are no deployments); its own side's
lines ("Z's troops held their positions") stay."""

from __future__ import annotations

from kg.extract.lexicon import deployment_postures as plx


def at_enemy_lines(doc, actors, deployment) -> bool:
    """Whether a deployment's place is a line or post of an actor other than its own."""
    if deployment.location is None:
        return False
    mention = deployment.mention
    sentence = next((s for s in doc.sents if s.start_char <= mention.begin < s.end_char), None)
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
    holders = [c for c in head.children if c.dep_ in ("amod", "poss") and c.pos_ != "PROPN"]
    holders += [c for c in head.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
    owners = {actors.key_at(c) for c in holders} - {None}
    return bool(owners) and deployment.actor not in owners
