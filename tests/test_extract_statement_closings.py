"""Closing attributions the parser hung on the reported clause ('CLAUSE, the State
Committee for X (SCX) said'; kg.extract.statements.closings), on invented sentences
(actors and places of no annotated article)."""

from tests.statement_views import statement_triples


def test_a_dateline_is_no_speaker_of_a_closing_attribution(facts_of):
    facts = facts_of(
        "ASUNCION, May 9, 2025, IP -- Extra troops were flown to the border town of Pedro "
        "Juan Caballero, the Office for National Defence (OND) said in a statement, citing "
        '"a surge in smuggling" in the area.'
    )
    triples = statement_triples(facts)
    assert [name for name, _, _ in triples] == ["Office for National Defence"]
    assert triples[0][1].endswith("the border town of Pedro Juan Caballero")


def test_closing_tokens_skip_the_acronym_and_stop_at_the_comma(nlp):
    from kg.extract.statements.closings import closing_subject_tokens

    doc = nlp(
        "ASUNCION, May 9, 2025, IP -- Paraguay has doubled its patrols on the border with "
        "Bolivia, the Ministry of Public Security (MPS) said in a statement, citing "
        '"a surge in smuggling" in the area.'
    )
    verb = next(t for t in doc if t.lemma_ == "say")
    words = [t.text for t in closing_subject_tokens(verb)]
    assert words == ["the", "Ministry", "of", "Public", "Security"]


def test_a_closing_phrase_of_common_nouns_names_no_speaker(nlp):
    from kg.extract.statements.closings import closing_subject_tokens

    doc = nlp("KAMPALA, June 4 -- Uganda has moved troops to its border, security officials said.")
    verb = next(t for t in doc if t.lemma_ == "say")
    assert closing_subject_tokens(verb) == []


def test_an_unnamed_source_closing_the_clause_is_not_read_as_its_place(facts_of):
    facts = facts_of(
        "Uruguay, however, is expected to keep two patrol boats on the river under a "
        "separate arrangement, a diplomat in Montevideo confirmed."
    )
    assert all(name != "Uruguay" for name, _, _ in statement_triples(facts))
