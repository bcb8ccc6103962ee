"""Statement precision frames: what is no statement (a heading, page furniture, a question
put to the speaker) and where a reported clause ends, on invented sentences (actors and
places of no annotated article)."""

import pytest

from tests.statement_views import statement_triples


def _contents(facts):
    return [s.content for s in facts.statements]


@pytest.mark.parametrize(
    "heading",
    [
        "# Ruto says the Mombasa port will reopen to grain ships next week",
        "KAGAME SAYS RWANDA WILL NOT WITHDRAW ITS TROOPS FROM THE BORDER",
    ],
)
def test_a_title_or_a_headline_in_capitals_gives_no_statement(facts_of, heading):
    facts = facts_of(
        f"{heading}\n\nPresident Paul Kagame spoke in Kigali on Tuesday. He said that the "
        "talks with Kinshasa would resume in March."
    )
    assert _contents(facts) == ["the talks with Kinshasa would resume in March"]


@pytest.mark.parametrize(
    "heading", ["### ‘We will not bow to pressure from anyone’", "– ‘We will not bow to anyone’ –"]
)
def test_a_quoted_section_head_is_not_the_last_speakers_quote(facts_of, heading):
    facts = facts_of(
        "“The border will stay closed until the talks resume,” President Paul Kagame said on "
        f"Tuesday.\n\n{heading}\n\nRwanda has sent more troops to the border."
    )
    assert _contents(facts) == ["The border will stay closed until the talks resume"]


@pytest.mark.parametrize(
    "box",
    [
        "Other Topics of Interest Estonia’s PM: Talks Will Go On Prime Minister Martti Kask "
        "said that the ferry to Helsinki would resume next spring.",
        "Read also: Rwanda's army chief said that the troops would stay in Goma until March.",
        "WATCH: Kagame says troops will stay in Goma until March",
    ],
)
def test_a_related_story_box_gives_no_statement(facts_of, box):
    facts = facts_of(f"Kenyan troops reached Goma on Monday.\n\n{box}\n\nThe convoy left at dawn.")
    assert _contents(facts) == []


def test_a_quoted_heading_in_a_paragraph_still_speaks(facts_of):
    # guard: a paragraph in capitals' company is not a heading
    facts = facts_of(
        "NAIROBI\n\nWilliam Ruto said on Monday that the Mombasa port would reopen to grain "
        "ships next week."
    )
    assert _contents(facts) == ["the Mombasa port would reopen to grain ships next week"]


@pytest.mark.parametrize(
    "text",
    [
        "Asked whether the talks in Doha would resume, William Ruto said he was hopeful.",
        "When asked if the ceasefire near Kisumu would hold, William Ruto said he was hopeful.",
        "Asked on Friday how the drones had reached the border, William Ruto said he was hopeful.",
    ],
)
def test_a_question_put_to_the_speaker_is_not_their_statement(facts_of, text):
    assert _contents(facts_of(text)) == ["he was hopeful"]


def test_a_question_the_speaker_asks_stays_theirs(facts_of):
    # guard: the active verb of asking reports the speaker's question (GUIDELINES count it)
    facts = facts_of("William Ruto asked whether the army could reach Kisumu by Friday.")
    assert _contents(facts) == ["the army could reach Kisumu by Friday"]


@pytest.mark.parametrize(
    "text",
    [
        "Peter Kamau explained why the bridge near Kisumu had collapsed.",
        "Peter Kamau revealed on Monday why the convoy had turned back at Garissa.",
    ],
)
def test_an_indirect_question_states_nothing(facts_of, text):
    assert _contents(facts_of(text)) == []


def test_a_statement_inside_a_named_question_is_its_own(facts_of):
    # guard: who said what inside the question still said it
    facts = facts_of(
        "A review of the ministry's records indicates why Peter Kamau said he resigned from "
        "the army."
    )
    assert statement_triples(facts) == [("Peter Kamau", "he resigned from the army", False)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Peter Kamau pushed back, suggesting that he did not believe the polls, which "
            "prompted Amina Yusuf to tell him that she had data from Kano.",
            "he did not believe the polls",
        ),
        (
            "Peter Kamau said the talks in Arusha had collapsed, prompting Kenya to recall its "
            "envoy.",
            "the talks in Arusha had collapsed",
        ),
    ],
)
def test_the_reaction_a_statement_set_off_is_not_part_of_it(facts_of, text, content):
    assert _contents(facts_of(text))[:1] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Amina Yusuf ducked and said, “I am sorry for this” while lifting the pot, the "
            "video shows.",
            "I am sorry for this” while lifting the pot",
        ),
        (
            "Peter Kamau said the border crossing near Busia would reopen on Monday, the "
            "ministry's records show.",
            "the border crossing near Busia would reopen on Monday",
        ),
    ],
)
def test_a_closing_attribution_is_not_part_of_the_clause(facts_of, text, content):
    assert _contents(facts_of(text)) == [content]


def test_a_coordinated_speech_verb_takes_its_auxiliary_along(facts_of):
    facts = facts_of(
        "In a statement on his website, Peter Kamau said he defended himself in court and has "
        "agreed to repay the funds."
    )
    assert _contents(facts) == ["he defended himself in court"]


@pytest.mark.parametrize(
    "text",
    [
        "Peter Kamau spoke at a rally in Kisumu, where someone held up a homemade “Kamau for "
        "President in 2027” sign.",
        "Since 2019, a government-sponsored “Back to the Farm” program organized free buses, "
        "Peter Kamau said.",
        "Peter Kamau criticised a course titled “how our grandfathers won the war” at the "
        "university in Eldoret.",
    ],
)
def test_a_quoted_title_or_slogan_is_no_statement(facts_of, text):
    assert [s for s in facts_of(text).statements if s.direct] == []


def test_a_quotation_with_names_in_it_still_speaks(facts_of):
    # guard: capitalised names do not make a sentence a title
    facts = facts_of("“Kenya, Uganda and Tanzania will sign the deal,” Peter Kamau said.")
    assert statement_triples(facts) == [
        ("Peter Kamau", "Kenya, Uganda and Tanzania will sign the deal", True)
    ]


@pytest.mark.parametrize("mark", ["!", "?"])
def test_an_attribution_split_off_after_an_exclamation_names_the_speaker(facts_of, mark):
    facts = facts_of(
        "The government flew 900 migrants home from Lima in May.\n\n“We have gone through a "
        f"bad stretch, but we are getting better… to all Kenyans abroad, come home{mark}” "
        "Peter Kamau said last month."
    )
    assert [(speaker, direct) for speaker, _, direct in statement_triples(facts)] == [
        ("Peter Kamau", True)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "None of the sources indicated whether Peter Kamau told Amina Yusuf that she should "
        "resign from the cabinet.",
        "It is unclear whether Peter Kamau said that the army would leave Goma.",
    ],
)
def test_speech_asked_about_in_an_indirect_question_is_not_said(facts_of, text):
    assert _contents(facts_of(text)) == []


def test_whether_inside_the_clause_leaves_the_statement(facts_of):
    # guard: 'whether or not' inside what was said is part of it
    facts = facts_of(
        "Peter Kamau said that the army would leave Goma whether or not the talks resume."
    )
    assert _contents(facts) == ["the army would leave Goma whether or not the talks resume"]


def test_a_pull_quote_printed_again_is_one_statement(facts_of):
    quote = "They tried to make us salute the flag of the occupiers every single morning."
    facts = facts_of(
        f"“{quote}” Amina Yusuf said, recalling her expulsion from the school in Garissa.\n\n"
        f"“{quote}” Amina Yusuf Former student at Garissa University\n\n"
        "The school did not answer questions about the case."
    )
    assert _contents(facts) == [quote]


def test_a_short_cry_said_twice_stays_twice(facts_of):
    # guard: dialogue repeats short lines ('Stop!' 'Stop!'); both are statements
    facts = facts_of(
        "“Put the weapon down right now,” Amina Yusuf said.\n\n“What?” the officer asked.\n\n"
        "“Put the weapon down right now,” Amina Yusuf said."
    )
    assert len(facts.statements) == 2


@pytest.mark.parametrize(
    "text",
    [
        "The Bolivian army said its units had crossed the river near Riberalta. It did not say "
        "how many soldiers had been sent.",
        "Luis Arce spoke about the border on Monday. He declined to say what the orders were.",
        "The Movement for Peace announced the deaths of three fighters, without saying where "
        "they were killed.",
        "Lima has not disclosed how many Peruvian troops are in the province, but said the "
        "drills would last a week.",
        "Luis Arce would not say when the talks in Cochabamba would resume.",
        "Luis Arce refused to say which units would stay in Riberalta.",
    ],
)
def test_a_question_the_speaker_withheld_states_nothing(facts_of, text):
    contents = _contents(facts_of(text))
    assert not any(
        c.split()[0].lower() in ("how", "what", "where", "when", "which") for c in contents
    )


def test_a_withheld_answer_leaves_what_was_said(facts_of):
    # guard: the clause of the same speaker's positive verb stays
    facts = facts_of(
        "Lima has not disclosed how many Peruvian troops are in the province, but said the "
        "drills would last a week."
    )
    assert _contents(facts) == ["the drills would last a week"]


@pytest.mark.parametrize(
    "text",
    [
        "Luis Arce met Santiago Pena on Monday. Arce called on Paraguayan vice-president Pedro "
        "Alliana later in the day.",
        "Gustavo Petro called on King Felipe at the palace in Madrid on Tuesday.",
    ],
)
def test_calling_on_someone_with_nothing_asked_is_a_visit(facts_of, text):
    assert not any("later in the day" in c or "King Felipe" in c for c in _contents(facts_of(text)))


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Luis Arce called on Paraguay to withdraw its troops from the Chaco.",
            "Paraguay to withdraw its troops from the Chaco",
        ),
        (
            "Luis Arce called on the United Nations for an urgent inquiry into the shelling.",
            "the United Nations for an urgent inquiry into the shelling",
        ),
    ],
)
def test_an_appeal_to_someone_still_speaks(facts_of, text, content):
    # guard: an appeal that asks for an act or a thing is a statement
    assert _contents(facts_of(text)) == [content]


@pytest.mark.parametrize(
    "text",
    [
        "Cartagena Says Naval Drills ‘Not Aimed at Anyone’ as Minister Tours Coast\n\n"
        "Colombia's navy began drills near Cartagena on Monday.",
        "Read more\n\nBoric says troops will stay in Valparaiso as protests spread\n\n"
        "Why is the port so important?\n\nChile's army moved two battalions north on Monday.",
        "7:15 pm\n\nPetro says Colombia will not be dragged into a war with anyone\n\n"
        "Colombia's navy began drills near Cartagena on Monday.",
        "Manila completes resupply as talks ‘being explored’\n\n"
        "Philippine forces held a joint sail, while Vietnam's navy said it ran a patrol\n\n"
        "Vietnam's navy began drills near Da Nang on Monday.",
    ],
)
def test_a_title_standfirst_or_headline_list_gives_no_statement(facts_of, text):
    assert _contents(facts_of(text)) == []


def test_a_short_line_after_a_sentence_still_speaks(facts_of):
    # guard: a body line whose sentence lacks its stop is not a heading after a sentence
    facts = facts_of(
        "Colombia's navy began drills near Cartagena on Monday.\n\n"
        "Gustavo Petro said the drills would last a week"
    )
    assert _contents(facts) == ["the drills would last a week"]


@pytest.mark.parametrize(
    "text",
    [
        "Analysts say Maduro is unlikely to return to talks unless Washington signals it is "
        "willing to lift sanctions.",
        "Nicolas Maduro will attend the summit in Brasilia if Gustavo Petro says he is ready "
        "to mediate.",
    ],
)
def test_speech_in_a_condition_is_supposed_not_said(facts_of, text):
    assert not any("willing" in c or "ready" in c for c in _contents(facts_of(text)))


def test_a_condition_inside_what_was_said_stays(facts_of):
    # guard: a condition within the clause is part of the statement
    facts = facts_of("Gustavo Petro said Colombia would mediate if both sides asked it to.")
    assert _contents(facts) == ["Colombia would mediate if both sides asked it to"]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "Ana Lopes, speaking in Luanda on Friday, said Zambia would never accept “our "
            "trucks will be searched at every border post”.",
            "our trucks will be searched at every border post",
        ),
        (
            "Angola's foreign minister, Ana Lopes, said Luanda expected Lusaka to agree that "
            "“the corridor must stay open to every convoy”.",
            "the corridor must stay open to every convoy",
        ),
    ],
)
def test_a_clause_closing_on_a_quoted_clause_is_that_quotation(facts_of, text, quote):
    assert statement_triples(facts_of(text)) == [("Ana Lopes", quote, True)]


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        # a quoted predicate stays part of the reported clause
        (
            "Ana Lopes said the convoys carrying maize and fuel would cross the northern "
            "border “as soon as the bridge is repaired”.",
            "the convoys carrying maize and fuel would cross the northern border “as soon as "
            "the bridge is repaired",
        ),
        (
            "Ana Lopes said she hoped the talks would show Zambians “that Angola has not "
            "forgotten the miners”.",
            "she hoped the talks would show Zambians “that Angola has not forgotten the miners",
        ),
        (
            "Ana Lopes said foreign diplomats in Luanda should visit the camps on the border "
            "to see how “the refugees live through the rains”.",
            "foreign diplomats in Luanda should visit the camps on the border to see how “the "
            "refugees live through the rains",
        ),
    ],
)
def test_a_clause_closing_on_a_quoted_conjunction_clause_stays_reported(facts_of, text, clause):
    # (the closing mark, kept or not, aside)
    pairs = [
        (name, said.rstrip("”"), direct) for name, said, direct in statement_triples(facts_of(text))
    ]
    assert pairs == [("Ana Lopes", clause, False)]


def test_a_clause_whose_verb_was_read_as_a_participle_of_the_object_is_said(facts_of):
    facts = facts_of("The Bolivian army said a drone crossed from Peru and fell in a field.")
    assert _contents(facts) == ["a drone crossed from Peru and fell in a field"]


def test_an_object_with_its_participle_after_another_verb_is_no_clause(facts_of):
    facts = facts_of("The ministry confirmed the accord signed in Lima and thanked Peru.")
    assert _contents(facts) == []
