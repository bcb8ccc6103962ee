"""A body named as the subject of a speech verb is the speaker, never the one before it
(kg.extract.statements.named_bodies), on invented sentences (actors and places of no
annotated article)."""

from tests.statement_views import statement_triples


def test_an_office_named_by_its_owner_speaks_and_no_earlier_speaker_carries_over(facts_of):
    facts = facts_of(
        'Tanzanian President Samia Suluhu Hassan said "we will rebuild every market" on '
        "Friday.\n\nThe Mtwara Governor's office, in a written note, praised the firefighters "
        'but urged the central bank to compensate "the traders who lost their stalls".\n\n'
        "The Prime Minister's Office said the markets would reopen on Monday."
    )
    triples = statement_triples(facts)
    assert all("traders" not in content for speaker, content, _ in triples if "Samia" in speaker)
    assert any(
        speaker == "Mtwara Governor's office" and "traders who lost their stalls" in content
        for speaker, content, _ in triples
    )
    # (an office named by a title alone is no body of its own)
    assert all("Prime Minister" not in a.name for a in facts.actors.values())


def test_a_secretariat_after_a_place_opening_the_sentence_speaks(facts_of):
    facts = facts_of(
        'Rwandan President Paul Kagame said the shelling was "an act of pure cowardice".\n\n'
        "In Kampala, the EAC Secretariat in a statement on Tuesday said it "
        '"deplores in the strongest terms" the shelling of the camp.'
    )
    triples = statement_triples(facts)
    assert not any("deplores" in content for speaker, content, _ in triples if "Kagame" in speaker)
    assert any(
        speaker == "EAC Secretariat" and "deplores" in content for speaker, content, _ in triples
    )


def test_a_mission_known_by_its_short_name_speaks_as_that_name(facts_of):
    facts = facts_of(
        "The UN Verification Mission for Bougainville (UNVMB) said it stood ready to support "
        "the talks in Arawa.\n\nThe Arab League said it was ready to send observers.\n\n"
        "The Arab League's mission in Libya, known as ALML, said one of its patrols had come "
        "under fire near Sirte."
    )
    triples = statement_triples(facts)
    assert ("ALML", "one of its patrols had come under fire near Sirte", False) in triples
    assert ("Arab League", "one of its patrols had come under fire near Sirte", False) not in (
        triples
    )
    # (a capitalised name that goes on after its head is read whole, not cut at its head)
    assert all(speaker != "UN Verification Mission" for speaker, _, _ in triples)


def test_a_ministry_named_by_its_portfolio_speaks_as_itself(facts_of):
    facts = facts_of(
        "The envoys of Nepal and Bhutan met in Thimphu on Thursday.\n\nIn a statement issued "
        "late on Friday, the home affairs ministry said the envoys held “open and detailed” "
        "discussions and “welcomed progress” on the boundary survey."
    )
    assert [s for s, _, _ in statement_triples(facts)] == ["home affairs ministry"]
