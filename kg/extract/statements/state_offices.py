"""A state's office named without its state: 'CLAUSE, the presidential palace said',
'according to the Presidency', 'a spokesman for the presidential office said', and 'a
ministry official said'. GUIDELINES: a state's unnamed offices map to the country; unnamed
officials of a named body or state speak for it. The executive office speaks for the state
of the person the sentence reports on ('Petro will travel to Lima next week, according to
the presidential palace': Colombia), else for the state the text is about; a ministry's
unnamed people for the ministry that spoke just before them, else the one named last before.

Invariants: only a head of ``STATE_OFFICE_HEADS`` with 'the' and exactly the modifiers its
entry asks ('the presidential palace', 'the Presidency'; not 'the Peruvian presidential
palace', whose state its own words name, nor 'his office'), or one unnamed person of
``STATE_OFFICE_PEOPLE`` placed in such an office, is taken; the state is a Country actor
and nothing else; only an indefinite singular or a bare plural of ``MINISTRY_PEOPLE``
whose modifiers are one of ``MINISTRY_WORDS`` and ranks ('a senior ministry official') is a
ministry's, and the body it speaks for is an Organization whose name closes on that word;
any other noun gives None, so every other speaker is left as it was."""

from __future__ import annotations

from kg.extract.common import sentence_of
from kg.extract.lexicon import statement_sources as lxsrc
from kg.extract.lexicon import statements as lxs
from kg.extract.statements.body_antecedents import body_that_spoke


def office_speakers(actors, noun, speakers_of) -> list[str] | None:
    """Who a speech verb's subject or an 'according to' object speaks for when it is a
    state's office named without its state (a list, empty when no state is found) or one
    unnamed person of a ministry named before; else None. ``speakers_of(verb)`` gives a
    verb's subject actors, read with no antecedents."""
    office = state_office(noun)
    if office is not None:
        state = office_state(actors, office)
        return [state] if state else []
    word = ministry_of_servant(noun)
    if word is None:
        return None
    # 'Turkey's defence ministry said ... A ministry official told reporters ...': the
    # ministry that spoke just before, else the one named last before
    body = body_that_spoke(actors, word, speakers_of)
    body = body or actors.organisation_called(word.lower_, noun.i)
    return [body] if body else None


def ministry_of_servant(noun):
    """'a (senior) ministry official', 'a ministry spokeswoman', 'ministry sources': the
    word naming the ministry an unnamed person is of, or None."""
    if noun.lemma_.lower() not in lxsrc.MINISTRY_PEOPLE or noun.pos_ != "NOUN":
        return None
    if any(c.dep_ in ("poss", "appos", "nummod") for c in noun.children):
        return None  # ('its ministry spokesman', 'a ministry official, A B,')
    determiners = [c.lower_ for c in noun.children if c.dep_ == "det"]
    if noun.tag_ == "NN" and determiners not in (["a"], ["an"]):
        return None
    if noun.tag_ == "NNS" and determiners:
        return None
    modifiers = [c for c in noun.children if c.dep_ in ("compound", "amod") and c.i < noun.i]
    words = [c for c in modifiers if c.lower_ in lxsrc.MINISTRY_WORDS]
    if len(words) != 1 or any(list(c.children) for c in words):
        return None
    if not all(c.lower_ in lxs.OFFICIAL_RANK_WORDS for c in modifiers if c.i != words[0].i):
        return None
    return words[0]


def state_office(noun):
    """The office noun of a state's executive office a phrase names: the noun itself ('the
    presidential palace') or the office one unnamed person is placed in ('a spokesman for
    the presidential office'); None when there is none."""
    if _bare_office(noun):
        return noun
    if noun.lemma_.lower() not in lxsrc.STATE_OFFICE_PEOPLE or noun.tag_ != "NN":
        return None
    if any(c.dep_ in ("compound", "amod", "poss", "appos") for c in noun.children):
        return None  # ('a US embassy spokesman for the presidential office', 'A B, a ...')
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.i < noun.i:
            continue
        if prep.lower_ not in lxsrc.STATE_OFFICE_PREPOSITIONS:
            continue
        office = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if office is not None and _bare_office(office):
            return office
    return None


def _bare_office(noun) -> bool:
    """'the presidential palace', 'the Presidency': an office head with 'the' and only the
    modifier its entry asks."""
    wanted = lxsrc.STATE_OFFICE_HEADS.get(noun.lower_)
    if wanted is None or noun.ent_type_ not in ("", "ORG"):
        return False
    determiners = [c for c in noun.children if c.dep_ == "det"]
    if len(determiners) != 1 or determiners[0].lower_ != "the":
        return False
    modifiers = [c for c in noun.children if c.dep_ in ("compound", "amod", "poss", "nmod")]
    return {c.lower_ for c in modifiers} == wanted and len(modifiers) == len(wanted)


def office_state(actors, office) -> str | None:
    """The state an executive office speaks for: that of the first person outside
    quotations its sentence names, else the state the text is about (a state named in the
    sentence may be the other side: 'Russian forces shelled X'; a later person may be a
    guest: 'A received an envoy of B's president')."""
    sentence = sentence_of(office)
    phrase = {t.i for t in office.subtree}
    for token in sentence:
        if token.i in phrase or actors.in_quote(token.idx):
            continue
        key = actors.key_at(token)
        if key is not None and actors.records[key].type == "Person":
            return actors.state_of(key) or actors.state_written_about(office.i)
    return actors.state_written_about(office.i)
