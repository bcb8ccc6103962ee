"""Presence at talks held in person (issue #15): one who attended the talks joins the
talks told, not a call mentioned just before; invented sentences, actors and places of no
annotated article."""

from tests.meeting_views import parties


def test_one_who_attended_the_talks_is_not_added_to_a_call_told_just_before(facts_of):
    facts = facts_of(
        "Representatives of some 30 countries met in Doha on Saturday for talks on the war. "
        "Felix Tshisekedi, who held a phone call with Emir Tamim bin Hamad Al Thani last week, "
        "said in his address that the Doha meeting showed the world backed his plan. "
        "Japan's special envoy for Africa, Kenji Tanaka, attended the talks."
    )
    assert ("Felix Tshisekedi", "Tamim bin Hamad Al Thani") in parties(facts)
    assert not any("Kenji Tanaka" in p and "Felix Tshisekedi" in p for p in parties(facts))


def test_those_also_in_attendance_are_at_the_one_meeting(facts_of):
    facts = facts_of(
        "On Tuesday in Nairobi, Musalia Mudavadi met Somalia's Ahmed Moallim Fiqi for three "
        "hours, with Ethiopia's Redwan Hussien and Djibouti's Mahmoud Ali Youssouf also in "
        "attendance."
    )
    assert parties(facts) == [
        ("Ahmed Moallim Fiqi", "Mahmoud Ali Youssouf", "Musalia Mudavadi", "Redwan Hussien")
    ]


def test_one_also_present_is_at_the_meeting(facts_of):
    facts = facts_of(
        "Evariste Ndayishimiye met Felix Tshisekedi for an hour on Monday, with Joao Lourenco "
        "also present."
    )
    assert parties(facts) == [("Evariste Ndayishimiye", "Felix Tshisekedi", "Joao Lourenco")]


def test_those_in_attendance_hung_on_the_verbs_with_are_at_the_one_meeting(facts_of):
    facts = facts_of(
        "Musalia Mudavadi met Somali Foreign Minister Ahmed Moallim Fiqi in Mombasa, with "
        "Ethiopian envoy Redwan Hussien and Djibouti's Mahmoud Ali Youssouf in attendance."
    )
    assert parties(facts) == [
        ("Ahmed Moallim Fiqi", "Mahmoud Ali Youssouf", "Musalia Mudavadi", "Redwan Hussien")
    ]


def test_a_desire_that_could_be_met_is_no_meeting(facts_of):
    facts = facts_of(
        "Gabriel Boric met Luis Arce in Santiago on Thursday. Afterwards Chile's president said "
        "Bolivia's demand for a corridor can only be met through dialogue."
    )
    assert parties(facts) == [("Gabriel Boric", "Luis Arce")]


def _verb(doc):
    return next(t for t in doc if t.lemma_ == "meet")


def test_the_verb_present_names_no_one_in_attendance(nlp):
    from kg.extract.meetings.in_attendance import in_attendance

    doc = nlp(
        "President William Ruto met with Yoweri Museveni and Paul Kagame in Nairobi to "
        "present the plan."
    )
    assert in_attendance(_verb(doc)) == []


def test_at_present_names_no_one_in_attendance(nlp):
    from kg.extract.meetings.in_attendance import in_attendance

    doc = nlp("President William Ruto met with Yoweri Museveni at present.")
    assert in_attendance(_verb(doc)) == []
