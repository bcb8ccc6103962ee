"""Joint speakers (kg.extract.statements.joint): words said together are one statement per
speaker, on invented sentences (actors and places of no annotated article)."""

import pytest


def _pairs(facts):
    return sorted((facts.actors[s.speaker].name, s.content) for s in facts.statements)


@pytest.mark.parametrize(
    ("text", "speakers", "content"),
    [
        (
            "Far-right ministers Yosef Ben-Ami and Dalia Peretz have threatened to quit the "
            "cabinet if the truce holds.",
            ["Dalia Peretz", "Yosef Ben-Ami"],
            "to quit the cabinet if the truce holds",
        ),
        (
            "Two ministers, Ali Hassan and Omar Said, said the curfew in Kassala would end on "
            "Friday.",
            ["Ali Hassan", "Omar Said"],
            "the curfew in Kassala would end on Friday",
        ),
        (
            "Kenyan President William Ruto met Somali President Hassan Sheikh Mohamud in "
            "Nairobi on Monday. The two leaders said the joint force would deploy to Gedo by "
            "June.",
            ["Hassan Sheikh Mohamud", "William Ruto"],
            "the joint force would deploy to Gedo by June",
        ),
        (
            "On Tuesday Prime Minister Anwar Ibrahim met Thai Prime Minister Paetongtarn "
            "Shinawatra in Putrajaya. Both leaders said the border rail link would reopen next "
            "year.",
            ["Anwar Ibrahim", "Paetongtarn Shinawatra"],
            "the border rail link would reopen next year",
        ),
        (
            "Ethiopia has moved several thousand soldiers to its northern border with Eritrea "
            "ahead of the vote in Badme, officials from both countries said on Tuesday.",
            ["Eritrea", "Ethiopia"],
            "Ethiopia has moved several thousand soldiers to its northern border with Eritrea "
            "ahead of the vote in Badme",
        ),
        (
            "Serbia has sent extra police to the boundary line with Kosovo, officials in the "
            "two countries said.",
            ["Kosovo", "Serbia"],
            "Serbia has sent extra police to the boundary line with Kosovo",
        ),
    ],
)
def test_words_said_jointly_are_each_speaker_s(facts_of, text, speakers, content):
    assert _pairs(facts_of(text)) == [(s, content) for s in speakers]


def test_two_men_after_a_paragraph_break_point_back_to_no_one(facts_of):
    facts = facts_of(
        "Kenyan President William Ruto met Somali President Hassan Sheikh Mohamud in Nairobi "
        "on Monday.\n\nThe two leaders said the joint force would deploy to Gedo by June."
    )
    assert _pairs(facts) == []


def test_both_countries_after_three_states_speak_for_no_one(facts_of):
    facts = facts_of(
        "Ethiopia, Eritrea and Sudan held talks in Khartoum on the dam, officials from both "
        "countries said."
    )
    assert [name for name, _ in _pairs(facts)] == []


def test_an_accusing_participle_after_a_joint_report_is_each_speaker_s_own(facts_of):
    facts = facts_of(
        "Peru, Bolivia and Ecuador held a summit in Quito on Saturday. The three countries "
        "announced in January that they were quitting the Andean Community, accusing it of "
        "being manipulated by Chile."
    )
    pairs = {(facts.actors[s.speaker].name, s.content) for s in facts.statements}
    for state in ("Peru", "Bolivia", "Ecuador"):
        assert (state, "they were quitting the Andean Community") in pairs
        assert (state, "being manipulated by Chile") in pairs


@pytest.mark.parametrize(
    "text",
    [
        # two persons coordinated as a subject, two sentences back
        "President Luis Arce and Peruvian leader Dina Boluarte agreed on Monday to open two "
        "new crossing points. They met for two hours in La Paz. In a joint statement, the "
        "leaders said the crossings would open by March.",
        # the one a meeting was 'with', in the same sentence
        "Luis Arce spoke by phone with Dina Boluarte on Monday, and the two leaders said the "
        "crossings would open by March.",
    ],
)
def test_the_leaders_point_back_to_the_last_pair(facts_of, text):
    pairs = _pairs(facts_of(text))
    assert ("Luis Arce", "the crossings would open by March") in pairs
    assert ("Dina Boluarte", "the crossings would open by March") in pairs


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "Peru, Chile and Bolivia signed a fisheries pact in May.\n\nOfficials met again "
            "in Lima on Friday.\n\nThe three countries said in June that they were leaving "
            "the regional fisheries council.",
            ["Bolivia", "Chile", "Peru"],
        ),
        (
            "Fighting broke out between Peru and Bolivia near the lake on Sunday.\n\nBoth "
            "sides have claimed they were acting in self-defence against armed smugglers.",
            ["Bolivia", "Peru"],
        ),
    ],
)
def test_counted_states_point_back_to_as_many_coordinated(facts_of, text, speakers):
    assert sorted({name for name, _ in _pairs(facts_of(text))}) == speakers


def test_counted_states_with_no_coordination_of_as_many_speak_for_no_one(facts_of):
    facts = facts_of(
        "Peru and Bolivia signed a fisheries pact in May.\n\nThe three countries said in "
        "June that they were leaving the regional fisheries council."
    )
    assert _pairs(facts) == []


def test_counted_sides_after_a_meeting_are_not_the_states_coordinated_before(facts_of):
    facts = facts_of(
        "Peru and Bolivia closed the border in May.\n\nOn Monday, Chile's foreign minister "
        "Ana Rojas held talks with Argentine minister Diego Ruiz in Santiago.\n\nThe two "
        "sides said the fisheries accord would be renewed next year."
    )
    assert not {name for name, _ in _pairs(facts)} & {"Peru", "Bolivia"}


def test_counted_states_in_a_deals_terms_make_no_statement(facts_of):
    # a relative clause on an agreement gives its terms, not words the states said
    facts = facts_of(
        "Chile's objections to Peru and Bolivia were dropped on Monday after a deal in which "
        "the two Andean countries vowed to curb smuggling along the border."
    )
    assert [facts.actors[s.speaker].name for s in facts.statements] == []


@pytest.mark.parametrize(
    "text",
    [
        # 'they' points back to the states listed as the subject (set off by dashes)
        "On Friday, the Andean Four – Peru, Bolivia, Ecuador and Colombia – held a video "
        "call, after which they issued a joint statement calling on Chile to reopen the "
        "border crossings.\n\n“We will not accept more delays at the border,” the "
        "statement said.",
        # a statement of another author before it: the joint one, introduced last, speaks
        "Chile's president said in a statement on Monday that the crossings would stay "
        "shut.\n\nPeru, Bolivia, Ecuador and Colombia held a video call on Friday, after "
        "which they issued a joint statement calling on Chile to reopen the border "
        "crossings.\n\n“We will not accept more delays at the border,” the statement said.",
    ],
)
def test_a_joint_statement_they_issued_is_each_member_s(facts_of, text):
    pairs = _pairs(facts_of(text))
    for state in ("Peru", "Bolivia", "Ecuador", "Colombia"):
        assert (state, "Chile to reopen the border crossings") in pairs
        assert (state, "We will not accept more delays at the border") in pairs
    assert not any(name == "Chile" and "delays" in content for name, content in pairs)


def test_a_statement_they_issued_with_one_antecedent_names_no_one(facts_of):
    facts = facts_of(
        "Peru held talks with mediators on Friday, after which they issued a statement "
        "calling on rebels to lay down their arms."
    )
    assert [name for name, _ in _pairs(facts)] == []


def test_officials_on_both_sides_speak_for_the_two_states_of_their_sentence(facts_of):
    facts = facts_of(
        "Peruvian and Bolivian troops traded fire overnight near the Desaguadero crossing, "
        "officials on both sides said."
    )
    content = "Peruvian and Bolivian troops traded fire overnight near the Desaguadero crossing"
    assert sorted(_pairs(facts)) == [("Bolivia", content), ("Peru", content)]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "The Arab League, the Gulf Cooperation Council (GCC) and the Quartet - Egypt, "
            "Jordan and Qatar - called for an immediate ceasefire on Friday.",
            ["Arab League", "Gulf Cooperation Council", "Egypt", "Jordan", "Qatar"],
        ),
        (
            "The African Union, the Economic Community of West African States (ECOWAS) and "
            "the Troika - the United States, United Kingdom and Norway - called for an "
            "immediate cessation of hostilities in a joint statement released Friday.",
            ["African Union", "ECOWAS", "United States", "United Kingdom", "Norway"],
        ),
    ],
)
def test_bodies_the_parser_hung_in_apposition_each_speak(facts_of, text, speakers):
    # the second body hung on the first in apposition and the rest on it: a coordination;
    # a group set off by dashes speaks by its members
    facts = facts_of(text)
    found = [facts.actors[s.speaker].name for s in facts.statements]
    assert sorted(set(found)) == sorted(speakers)


def test_a_body_in_apposition_with_no_conjunct_is_not_a_coordination(facts_of):
    facts = facts_of("The bloc's chair, Ghana, called for an immediate ceasefire on Friday.")
    assert len(facts.statements) <= 1


def test_the_two_leaders_are_who_held_a_call_as_a_second_coordinated_verb(facts_of):
    # 'A cut short his trip and held a call with B. The two leaders agreed ...': A, whose
    # subject the second verb shares, and B
    facts = facts_of(
        "Puntland President Said Abdullahi Deni, who was attending a forum in Doha, cut short "
        "his programme and held a phone call with Somali President Hassan Sheikh Mohamud "
        "early on Tuesday, his office said. The two leaders agreed that the attack was "
        "“a clear violation of Somalia’s sovereignty”."
    )
    speakers = {s for s, c in _pairs(facts) if "a clear violation" in c}
    assert speakers == {"Said Abdullahi Deni", "Hassan Sheikh Mohamud"}
