"""Noun phrases around a meeting word: conjuncts, a phrase's own tokens, the objects of its
"of" and "with", the people an apposition names (or the name after a long title,
``titled_names``), the office a title stands for, the subject
a fronted clause's pronoun stands for, meeting nouns a speaker only speaks of, those a
meeting is "attended by" or "joined by", and those added "as well as" the ones met."""

from __future__ import annotations

from kg.extract import lexicon as lx
from kg.extract.actors.names import name_chain
from kg.extract.common import (
    doc_text,
    entity_at,
    sentence_of,
)
from kg.extract.lexicon import meetings as mlx
from kg.extract.meetings.name_lists import name_list
from kg.extract.meetings.records import is_person
from kg.extract.meetings.repeated_preps import repeated_objects
from kg.extract.meetings.seats import bare_government, state_government
from kg.extract.meetings.titled_names import name_after_title


def office_of(member) -> list:
    """'a conversation with the President of Pakistan': an office named by the state or
    organisation it is of, and no name, stands for that state or organisation (the
    words after "of", which a phrase's own tokens leave out)."""
    if member.ent_type_ == "PERSON" or member.lemma_.lower() not in lx.TITLE_OR_ROLE_WORDS:
        return []
    if member.tag_ in ("NNS", "NNPS"):
        return []  # "the leaders of A and B": each state in turn, see represented
    words = []
    for prep in member.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj" and obj.ent_type_ in ("GPE", "ORG", "NORP"):
                words += [prep, *obj.subtree]
    return sorted(words, key=lambda t: t.i)


def line_of(token) -> list:
    """The tokens of the token's sentence on the token's own line."""
    text = doc_text(token.doc)
    start = text.rfind("\n", 0, token.idx) + 1
    end = text.find("\n", token.idx)
    end = len(text) if end < 0 else end
    return [t for t in sentence_of(token) if start <= t.idx < end]


def named_people(actors, member) -> list:
    """'the deputy prime minister, X': the people an apposition names for a phrase (with
    those of a second title the parser joined to the first name or set beside the first
    title, 'Xia's negotiator A and Yia's deputy prime minister B'), or a plural's first
    listed name; for a title with none of them, the name the parser read as a preposition
    after it ('minister Than E'), ran into its 'to' phrase, broke off it, or hung on its
    object ('the chairman of the X parliament, A')."""
    named = [c for c in member.children if c.dep_ == "appos" and is_person(actors, c)]
    # "Serbia's chief negotiator A and Kosovo's deputy prime minister B": the parser may
    # join the second title to the first name, or set it beside the first title, with its
    # own name in apposition to it
    joined = [c for n in named for c in n.children if c.dep_ == "conj"]
    if any(c.dep_ == "cc" and c.lower_ == "and" for n in named for c in n.children):
        joined += [c for c in member.children if c.dep_ == "appos" and c.i > named[0].i]
    named += [
        a
        for c in joined
        if c.ent_type_ != "PERSON" and c.lower_ in lx.TITLE_OR_ROLE_WORDS
        for a in c.children
        if a.dep_ == "appos" and is_person(actors, a)
    ]
    # ("Syria's foreign minister A and foreign minister B": B's title folded into B's name;
    # not "Hendrik van der Berg", a name the model split, whose tail is no name of its own)
    named += [
        c
        for c in joined
        if c.ent_type_ == "PERSON"
        and is_person(actors, c)
        and (entity := entity_at(c.doc, c.i)) is not None
        and (entity.start == 0 or c.doc[entity.start - 1].pos_ != "PROPN")
    ]
    if not named and member.tag_ in ("NNS", "NNPS"):
        named = listed_names(member)[:1]
    if named or member.lemma_.lower() not in lx.TITLE_OR_ROLE_WORDS:
        return named
    # "foreign minister Than Swe", parsed as the title and a preposition "than" whose
    # object is the rest of the name: the person the title names
    named = [
        c
        for c in member.children
        if c.dep_ == "prep"
        and c.i == member.i + 1
        and c.text[:1].isupper()
        and (c.ent_type_ == "PERSON" or name_chain(c) is not None)
    ]
    if named:
        return named
    # "British ambassador to the Russian Federation Nigel Casey": the parser ran the name
    # into the title's "to" phrase, the state taken for its compound
    named = [
        o
        for c in member.children
        if c.dep_ == "prep" and c.lower_ == "to"
        for o in c.children
        if o.dep_ == "pobj" and o.ent_type_ == "PERSON" and is_person(actors, o)
    ]
    if named:
        return named
    # "met with Minister of Foreign Affairs A": the name the parser broke off the title
    after = name_after_title(actors, member)
    if after is not None:
        return [after]
    # "the chairman of the Verkhovna Rada parliament, X", "the EU special representative
    # for the Belgrade-Pristina dialogue, X": the name hung on the title's object
    for prep in member.children:
        if prep.dep_ != "prep" or prep.lower_ not in mlx.TITLE_OBJECT_PREPOSITIONS:
            continue
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is None or obj.ent_type_ == "PERSON":
            return []
        named = [c for c in obj.children if c.dep_ == "appos" and is_person(actors, c)]
        if named:
            return named
    return []


def added_as_well(head) -> list:
    """'met A in Doha on Monday, as well as B', 'met with A and B, as well as with C':
    those an additive coordinator on the verb or on the one met adds after it, as the
    parser leaves them (a bare phrase hung on the head, or the object of a "with")."""
    cc = next((c for c in head.children if c.dep_ == "cc" and _additive(c)), None)
    if cc is None:
        return []
    added = [o for o in cc.children if o.dep_ == "pobj"]  # ("as well as C", C on the "as")
    for child in head.children:
        if child.i <= cc.i:
            continue
        if child.dep_ in mlx.ADDED_DEPS:
            added.append(child)
        elif child.dep_ == "prep" and child.lower_ == "with":
            added += [o for o in child.children if o.dep_ == "pobj"]
    return added


def _additive(cc) -> bool:
    words = [c.lower_ for c in cc.children if c.dep_ == "advmod" and c.i < cc.i]
    return " ".join([*words, cc.lower_]) in mlx.ADDITIVE_CONJUNCTIONS


def title_of_next(member, actors=None) -> bool:
    """'Russian Foreign Minister, Sergey Lavrov, and ...': a title the parser joined as a
    conjunct to the name after its comma, which it belongs to."""
    doc = member.doc
    if member.ent_type_ == "NORP" and member.dep_ == "conj":
        # "President A and Ugandan counterpart B": the state of B's title, joined to A
        i = member.i + 1
        while i < len(doc) and doc[i].ent_type_ != "PERSON" and _title_word(doc[i]):
            i += 1
        return i > member.i + 1 and i < len(doc) and _name_at(actors, doc[i])
    if _first_of_two_titles(member):
        return True
    if member.ent_type_ == "PERSON" or member.lower_ not in (
        lx.TITLE_OR_ROLE_WORDS | mlx.SHORT_TITLES
    ):
        return False
    after = [c for c in member.children if c.dep_ == "conj" and c.i > member.i]
    if bool(after) and after[0].ent_type_ == "PERSON" and doc[member.i + 1].text == ",":
        return True
    # "Sudanese army chief Abdel Fattah al-Burhan called X": a name the parser broke off
    # the title right before it, as a phrase of its own
    nxt = doc[member.i + 1] if member.i + 1 < len(doc) else None
    return (
        nxt is not None
        and _name_at(actors, nxt)
        and nxt.i not in {t.i for t in member.subtree}
        and member.head.i != nxt.i
    )


def _first_of_two_titles(member) -> bool:
    """'GOP presidential candidate and former Vice President Mike Pence met X': a bare
    title (no article, no possessor) joined to a titled name is that person's first title,
    not someone else (nor the party it qualifies)."""
    titles = lx.TITLE_OR_ROLE_WORDS | lx.PERSON_EPITHETS
    if member.ent_type_ == "PERSON" or member.lower_ not in titles:
        return False
    if any(c.dep_ in ("det", "poss") for c in member.children):
        return False  # "the prime minister and President X", "Y's minister and Nato chief X"
    after = [c for c in member.children if c.dep_ == "conj" and c.i > member.i]
    if not after or after[0].pos_ != "PROPN":
        return False
    # ("former Governor Nikki Haley": the title may hang on the first name)
    before = [t for t in after[0].subtree if t.i < after[0].i]
    return any(t.lower_ in titles for t in before)


def _name_at(actors, token) -> bool:
    """Whether a person's name begins at the token: one the model tagged, or (with the
    article's actors) a run of proper nouns that is a person's name it left untagged."""
    if token.ent_type_ == "PERSON":
        return token.ent_iob_ == "B"
    if actors is None or token.pos_ != "PROPN":
        return False
    doc, end = token.doc, token.i
    while end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN":
        end += 1
    return is_person(actors, doc[end])


def name_preposition(token) -> bool:
    """'with Than Swe and X', 'hosted Than Swe': the first word of a name, capitalised
    inside a sentence, which the parser took for a preposition (its object is the rest of
    the name)."""
    if token.dep_ != "prep" or not token.text[:1].isupper() or token.i == token.sent.start:
        return False
    if token.ent_type_ == "PERSON":
        return token.ent_iob_ == "B"
    # ("with To Lam": the model tagged the rest of the name only)
    return any(o.dep_ == "pobj" and o.ent_type_ == "PERSON" for o in token.children)


def between_pair(noun) -> bool:
    """Whether a meeting noun's 'between' phrase names two or more sides ('a call between A
    and B'), so that it names everyone at it."""
    # ("a phone call between A and B": the phrase hangs on the noun "phone" qualifies)
    nouns = [noun, noun.head] if noun.dep_ == "compound" else [noun]
    return any(
        len([m for o in prep_objects(c) for m in conjuncts(o)]) >= 2
        for n in nouns
        for c in n.children
        if c.dep_ == "prep" and c.lower_ == "between"
    )


def spoken_of(noun) -> bool:
    """'commented on the crisis and negotiations with X', 'was asked about talks with X':
    a meeting noun (or a list it ends) that a verb of speaking is about."""
    node = noun
    while node.dep_ in ("conj", "appos") and node.head.i != node.i:
        verb = _verb_of_stray_apposition(node)
        if verb is not None:
            # ("X commented on the drought, negotiations with Y": the list broken off its
            # "on" and hung on the verb or on the subject across it, as an apposition)
            return verb.lemma_ in mlx.ON_TOPIC_VERBS and any(
                c.dep_ == "prep" and c.lower_ == "on" for c in verb.children
            )
        node = node.head
    prep = node.head
    if node.dep_ == "dobj" and prep.lemma_ in mlx.ON_TOPIC_VERBS:
        # ("commented on the crisis, negotiations with X": the list broken off its "on")
        return any(c.dep_ == "prep" and c.lower_ == "on" for c in prep.children)
    if node.dep_ != "pobj" or prep.dep_ != "prep":
        return False
    verb = prep.head
    if prep.lower_ == "on":
        return verb.lemma_ in mlx.ON_TOPIC_VERBS
    return prep.lower_ in mlx.TOPIC_PREPOSITIONS and verb.lemma_ in lx.SPEECH_VERBS


def prep_objects(prep) -> list:
    """The objects of a preposition, also through a name's first word the parser hung
    under it as a preposition of its own ("with" -> "Than" -> "Swe and X")."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    objects = objects or [
        o for c in prep.children if name_preposition(c) for o in c.children if o.dep_ == "pobj"
    ]
    return objects + repeated_objects(prep)  # "with A and with B": B too


def represented(phrase, trigger=None):
    """'the leaders of A, B and C', 'representatives from A and B', 'the Russian and
    Ukrainian delegations' (said of the trigger's own phrases, not of officials who speak
    of it): the states whose people act, each in turn."""
    lemma = phrase.lemma_.lower()
    if lemma not in lx.ROLE_NOUNS | lx.SIDE_NOUNS | mlx.REPRESENTING_NOUNS:
        return [phrase]
    own = trigger is not None and (
        trigger.i in (phrase.head.i, phrase.head.head.i)
        or _holds_round_of(phrase, trigger)
        or _held_with(phrase, trigger)
        # "Israeli and Syrian officials are set to meet": the subject of the verb the
        # meeting verb completes
        or (trigger.dep_ == "xcomp" and trigger.head.i == phrase.head.i)
        # ("... officials were due to meet": through the adjective the verb completes)
        or (
            trigger.dep_ == "xcomp"
            and trigger.head.dep_ == "acomp"
            and trigger.head.head.i == phrase.head.i
        )
        # "the A and B delegations, which held talks in C": the phrase the clause is on
        or (trigger.dep_ == "relcl" and trigger.head.i == phrase.i)
        # "US and Russian officials wrapped up talks in Geneva": the subject of the verb
        # whose object the talks are (not "... militaries used enemy phones")
        or (
            phrase.dep_ == "nsubj"
            and trigger.lower_ in mlx.CONDUCTED_MEETING_NOUNS
            and _object_of(trigger) is not None
            and _object_of(trigger).head.i == phrase.head.i
        )
    )
    # ("senior Israeli and Syrian officials": the parser may hang the pair on "senior")
    modifiers = [
        m
        for c in phrase.children
        if c.dep_ in ("amod", "compound", "nmod")
        for m in [c, *(g for g in c.children if c.dep_ == "amod" and g.dep_ == "preconj")]
    ]
    states = [
        c
        for c in (modifiers if own else ())
        if c.ent_type_ in ("GPE", "NORP", "ORG")
        and any(g.dep_ == "conj" and g.ent_type_ in ("GPE", "NORP", "ORG") for g in c.children)
    ]
    if states:
        # "his Qatari, Saudi and Jordanian counterparts": the parser may set the list's
        # first adjectives beside the one it coordinates the rest with; each of them too
        listed = [
            c
            for c in modifiers
            if c.i < states[0].i
            and c.ent_type_ in ("GPE", "NORP")
            and c.dep_ == "amod"
            and c.i + 1 < len(c.doc)
            and c.doc[c.i + 1].text == ","
        ]
        return [*listed, states[0]]
    if phrase.tag_ != "NNS":
        return [phrase]
    if listed_names(phrase) or any(
        c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in phrase.children
    ):
        # "the ministers of A and B, X and Y": the people named (the parser may take the
        # names for the title's conjuncts)
        return [phrase]
    obj = of_pobj(phrase)
    group = _group_named_by_members(obj)
    if group is not None:
        return [group]  # "leaders of G7 nations": the organisation's
    governed = obj is not None and (bare_government(obj) or state_government(obj))
    if obj is None or (obj.ent_type_ not in ("GPE", "ORG") and not governed):
        return [phrase]  # ("negotiators from the government and the rebels": its state)
    # "the ministers of A and the B": the parser may hang the list's tail on the title
    tail = [
        c
        for c in phrase.children
        if c.dep_ == "conj"
        and (c.ent_type_ == "GPE" or (c.ent_type_ == "ORG" and governed))
        and not any(g.dep_ == "conj" for g in obj.children)
    ]
    # "the ministers of the Democratic Republic of the Congo, A and B": a state named with
    # an "of" of its own breaks the list, its rest taken for an apposition
    listed = [
        c
        for holder in (phrase, obj)
        for c in holder.children
        if c.dep_ == "appos" and c.ent_type_ == "GPE" and c.i > obj.i
    ]
    return [obj, *tail, *listed]


def _group_named_by_members(members):
    """'G7 nations', 'Nato members' after a title's "of": the organisation named by the
    compound before a plural of its members (mlx.MEMBER_NOUNS)."""
    if members is None or members.tag_ != "NNS" or members.ent_type_:
        return None
    if members.lemma_.lower() not in mlx.MEMBER_NOUNS:
        return None
    return next(
        (c for c in members.children if c.dep_ == "compound" and c.ent_type_ in ("ORG", "GPE")),
        None,
    )


def listed_names(titles) -> list:
    """'the ministers of A and B, X and Y': the names after the "of" phrase and a comma,
    which the parser may take for conjuncts of the title or of the states' list."""
    holders = [titles]
    obj = of_pobj(titles)
    if obj is not None:
        holders.append(obj)
    return [
        c
        for holder in holders
        for c in holder.children
        if c.dep_ == "conj"
        and c.ent_type_ == "PERSON"
        and c.i > titles.i + 2
        and titles.doc[c.left_edge.i - 1].text == ","
    ]


def _object_of(trigger):
    """'wrapped up talks', 'wrapped up a new round of talks', 'concluded two days of talks':
    the object a meeting noun is, or the round or span it is of; None if neither."""
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "of":
        trigger = trigger.head.head
        if trigger.lemma_.lower() not in mlx.ROUND_NOUNS | mlx.SPAN_OF_MEETING_NOUNS:
            return None
    return trigger if trigger.dep_ == "dobj" else None


def _holds_round_of(subject, trigger) -> bool:
    """'A and B officials will hold a new round of talks': the subject of a verb of having
    whose object is the round the meeting noun is of (or of a relative clause on the
    phrase: 'the A and B delegations, which held their first round of talks')."""
    verbs = [subject.head] if subject.dep_ == "nsubj" else []
    verbs += [c for c in subject.children if c.dep_ == "relcl"]
    prep = trigger.head
    return (
        trigger.dep_ == "pobj"
        and prep.lower_ == "of"
        and prep.head.lemma_.lower() in mlx.ROUND_NOUNS
        and prep.head.dep_ == "dobj"
        and any(v.lemma_.lower() in mlx.HOLDING_VERBS and prep.head.head.i == v.i for v in verbs)
    )


def _held_with(phrase, trigger) -> bool:
    """'A held talks with Kenyan and Ethiopian officials': the object of the "with" of the
    meeting noun the verb of having holds."""
    noun = phrase.head.head
    return (
        phrase.head.lower_ == "with"
        and noun.dep_ == "dobj"
        and noun.head.i == trigger.i
        and trigger.lemma_.lower() in mlx.HOLDING_VERBS
    )


def of_pobj(token):
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in ("of", "from"):
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def conjuncts(token):
    """The token and the tokens coordinated with it, also those the parser hung on a word
    inside its name ("the Democratic Republic of the Congo and Rwanda", Rwanda on Congo)."""
    out = [token]
    inside = [token]
    entity = entity_at(token.doc, token.i) if token.ent_type_ == "GPE" else None
    if entity is not None and len(entity) > 1:
        inside = [t for t in entity if t.i == token.i or t.head.i in {e.i for e in entity}]
    span = {t.i for t in inside} | ({t.i for t in entity} if entity is not None else set())
    for word in inside:
        for child in word.children:
            if (
                child.dep_ == "conj"
                and child.i not in span
                and not _after_closed_list(word, child)
                and not _state_of_a_titled_name(child)
            ):
                out += conjuncts(child)
    split = _split_off(token)
    out = [*_folded_before(token), *out]
    out += _unparsed_names(token, out)
    return [split, *out] if split is not None else out


def _unparsed_names(token, out) -> list:
    """'A al-B and C bin D': the names a list of people's names under ``token`` holds that
    the parse did not coordinate with it (``name_lists``); also under a title the parser
    made the head ("by foreign minister Than E and prime minister F")."""
    if token.ent_type_ != "PERSON" and token.lower_ not in lx.TITLE_OR_ROLE_WORDS:
        return []
    doc = token.doc
    taken = set()
    for word in out:
        entity = entity_at(doc, word.i)
        taken |= {word.i} if entity is None else set(range(entity.start, entity.end))
    return [t for t in name_list(token) if t.i not in taken]


def _folded_before(token) -> list:
    """'with Macron and Chancellor Scholz': the parser may fold the first name of a list
    into the last one, as a modifier whose conjunct is the last one's title; that name is
    a conjunct of its own."""
    if token.pos_ != "PROPN":
        return []
    return [
        c
        for c in token.children
        if c.dep_ in ("nmod", "compound")
        and c.pos_ == "PROPN"
        and c.i < token.i
        and any(g.dep_ == "cc" and g.lower_ == "and" for g in c.children)
        and any(g.dep_ == "conj" and g.lower_ in lx.TITLE_OR_ROLE_WORDS for g in c.children)
    ]


def _split_off(subject):
    """'India | and | China held talks': the parser may end a sentence after the first of
    two coordinated names, and another after "and"; a name standing as a sentence of its
    own right before that "and" is coordinated with the subject after it (None if not)."""
    doc = subject.doc
    if subject.dep_ != "nsubj" or subject.left_edge.i < 2:
        return None
    conj = doc[subject.left_edge.i - 1]
    # ("A | and B held talks": the "and" may open the subject's sentence, hung on its verb)
    opens = conj.is_sent_start and conj.head.i == subject.head.i
    if conj.lower_ not in mlx.SPLIT_CONJUNCTIONS or (conj.head.i != conj.i and not opens):
        return None  # (an "and" that is not a sentence of its own: no split)
    first = doc[conj.i - 1]
    words = [t for t in sentence_of(first) if not t.is_space and not t.is_punct]
    if first.ent_type_ not in mlx.SPLIT_NAME_TYPES or words[-1].i != first.i:
        return None
    return first if all(t.ent_type_ == first.ent_type_ for t in words) else None


def _after_closed_list(word, child) -> bool:
    """'Asked about the meeting between A and B, C said ...': a conjunct after a comma, once
    an "and" or "or" has closed the list, is no member of it (the parser's misreading of the
    next clause's subject), unless a new "and" opens it again."""
    doc, left = child.doc, child.left_edge.i
    if left < 1 or doc[left - 1].text != ",":
        return False
    first = word
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    return any(t.lower_ in ("and", "or") for t in doc[first.left_edge.i : left - 1])


def _state_of_a_titled_name(child) -> bool:
    """'A and Myanmar junta chief B pressed C': a state the parser coordinated, which only
    begins the title of the name after it (the title's words, then a person's name), is
    that person's state, not a member of its own."""
    if child.ent_type_ not in ("GPE", "NORP"):
        return False
    doc, end = child.doc, child.i + 1
    while end < len(doc) and doc[end].ent_type_ in ("GPE", "NORP") and doc[end].ent_iob_ == "I":
        end += 1
    titled = False
    while end < len(doc) and doc[end].is_lower and doc[end].is_alpha:
        titled = doc[end].lemma_.lower() in lx.TITLE_OR_ROLE_WORDS | lx.LEADER_NOUNS
        end += 1
    return titled and end < len(doc) and doc[end].ent_type_ == "PERSON"


def phrase_tokens(token):
    drop = {
        t.i for c in token.children if c.dep_ in ("conj", "cc", "relcl", "prep") for t in c.subtree
    }
    drop |= {t.i for c in _folded_before(token) for t in c.subtree}  # "A and President B"
    kept = [t for t in token.subtree if t.i not in drop]
    # a misparse can hang far-off words on the phrase: keep the unbroken run around it
    ids = {t.i for t in kept}
    begin = end = token.i
    while begin - 1 in ids:
        begin -= 1
    while end + 1 in ids:
        end += 1
    return [t for t in kept if begin <= t.i <= end]


def states_of_chain(noun, depth: int = 4) -> list:
    """'a meeting of the 62nd session of the Parliamentary Assembly of the Union State of
    A and B': the places named by a list at the end of a chain of "of" phrases, the
    parser's list hung anywhere on it (two or more, coordinated; not 'in X' or 'to X')."""
    frontier, found, listed = [noun], [], False
    for _ in range(depth):
        objects = [
            obj
            for node in frontier
            for prep in node.children
            if prep.dep_ == "prep" and prep.lower_ == "of"
            for obj in prep.children
            if obj.dep_ == "pobj"
        ]
        members = [m for obj in objects for m in conjuncts(obj)]
        listed = listed or len(members) > len(objects)
        found += [m for m in members if m.ent_type_ == "GPE"]
        frontier = members
        if not frontier:
            break
    return found if listed and len({t.i for t in found}) >= 2 else []


def listed_after(obj) -> list:
    """'with A, B, C and D', where the parser broke the list after A and hung the rest
    elsewhere: the names that follow the object in the text, each after a comma or "and",
    up to the first word of anything else (those the parse already joins to it left out).
    A name given a title ("with President A and Turkish counterpart B") is one of the
    list however short it is; an untitled pair may be two clauses' words."""
    doc = obj.doc
    joined = {t.i for t in conjuncts(obj)}
    # ("with Chadian president A and Swiss counterpart B": after the title's name)
    named = [c.i for c in obj.children if c.dep_ == "appos" and c.i > obj.i]
    names, i, titled = [], max([obj.i, *named]) + 1, False
    stop = obj.sent.end  # (once: Token.sent walks the doc)
    while i < stop:
        if doc[i].text not in (",", "and"):
            break
        while i < stop and doc[i].text in (",", "and"):
            i += 1
        start = i
        while i < stop and _title_word(doc[i]):
            i += 1
        end = i
        while end < stop and (doc[end].ent_type_ == "PERSON" or doc[end].pos_ == "PROPN"):
            end += 1
        if end == i:
            break
        head = doc[end - 1]
        if head.ent_type_ != "PERSON" and name_chain(head) is None:
            break
        if head.dep_ in ("nsubj", "nsubjpass") or (end < len(doc) and doc[end].pos_ == "VERB"):
            break  # "with A and B, C said": the one who reports it
        if head.i not in joined:
            names.append(head)
            titled = titled or i > start
        i = end
    if titled and names:
        return names
    return names if len(names) + len(joined) >= 3 else _listed_before(obj, joined)


def _listed_before(obj, joined) -> list:
    """'with President A and Ugandan counterpart B', where the parser made B the object and
    hung A on B's title: the names between the preposition and its object, each closed
    by a comma or "and"."""
    prep, doc = obj.head, obj.doc
    if prep.dep_ != "prep" or prep.i > obj.i:
        return []
    return [
        t
        for t in doc[prep.i + 1 : obj.i]
        if t.ent_type_ == "PERSON"
        and doc[t.i + 1].ent_iob_ != "I"
        and doc[t.i + 1].text in (",", "and")
        and t.i not in joined
        and obj.i in {h.i for h in t.ancestors}
    ]


def _title_word(token) -> bool:
    """A word of a title before a name ("the Turkish counterpart", "President"), not of
    the name."""
    if token.ent_type_ == "PERSON":
        return False
    return (
        token.lower_ == "the"
        or (token.ent_type_ == "NORP" and token.pos_ in ("ADJ", "PROPN"))
        or token.lower_ in lx.TITLE_WORDS
        or token.lower_ in lx.ROLE_NOUNS
    )


def had_by(clause) -> list:
    """'the conversation he had with X', 'the talks that A held with B': the subject of a
    relative clause of having the meeting and those its "with" names."""
    if any(a.dep_ == "aux" and a.tag_ == "MD" for a in clause.children):
        return []  # "any conversations he may have had with X": none known to be held
    phrases = [c for c in clause.children if c.dep_ == "nsubj" and c.tag_ != "WP"]
    for child in clause.children:
        if child.dep_ == "prep" and child.lower_ == "with":
            phrases += prep_objects(child)
    return phrases


def plural_antecedent(pronoun):
    """'A and B said they would meet C', 'A and B did not sign, stating that they look
    forward to meeting C': the pair named as the subject of a verb above the clause a plural
    pronoun is the subject of; None if there is none."""
    if pronoun.lower_ not in mlx.PLURAL_SUBJECT_PRONOUNS or pronoun.dep_ != "nsubj":
        return None
    node = pronoun.head
    for _ in range(4):
        if node.dep_ not in mlx.REPORTED_CLAUSE_DEPS or node.head.i == node.i:
            return None
        node = node.head
        subject = next((c for c in node.children if c.dep_ == "nsubj"), None)
        if subject is not None and len(conjuncts(subject)) >= 2:
            return subject
        if subject is not None:
            return None  # another subject between: not the pair's clause
    return None


def held_at_with(trigger) -> list:
    """'talks in the Armenian capital with X', 'met in Lviv with X', 'meeting in person
    with X': the "with" the parser hung on the place the meeting is held in (or the manner),
    not on the meeting word."""
    return [
        o
        for p in trigger.children
        if p.dep_ == "prep" and p.lower_ in mlx.MEETING_PLACE_PREPOSITIONS
        for place in p.children
        if place.dep_ == "pobj"
        and (
            place.ent_type_ in ("GPE", "FAC")
            or place.lemma_.lower() in mlx.PLACE_NOUNS | mlx.MANNER_NOUNS
        )
        for w in place.children
        if w.dep_ == "prep" and w.lower_ == "with"
        for o in w.children
        if o.dep_ == "pobj"
    ]


def _verb_of_stray_apposition(node):
    """The verb an apposition after it was broken off from: one hung on the verb itself, or
    on the verb's subject although printed after the verb (an apposition follows its noun)."""
    if node.dep_ != "appos":
        return None
    head = node.head
    if head.pos_ in ("VERB", "AUX"):
        return head
    verb = head.head
    if head.dep_ in ("nsubj", "nsubjpass") and head.i < verb.i < node.i:
        return verb
    return None


def cataphoric_subject(pronoun):
    """'When he called X to offer him the post, Y said ...': the pronoun subject of a clause
    put before the main one is the main clause's subject, named after it."""
    verb = pronoun.head
    if (
        pronoun.dep_ != "nsubj"
        or pronoun.lower_ not in lx.PERSON_SUBJECT_PRONOUNS
        or verb.dep_ != "advcl"
        or verb.head.i < verb.i
    ):
        return None
    return next(
        (
            c
            for c in verb.head.children
            if c.dep_ == "nsubj" and c.i > verb.i and (c.ent_type_ == "PERSON" or name_chain(c))
        ),
        None,
    )


def attendees(trigger) -> list:
    """'a summit attended by A, B and C', 'the summit was attended by A', 'a call joined by
    D', 'A spoke with B, joined by C': those the "by" of an attending or joining clause on
    the meeting word (or the passive verb it is the subject of) names, the list the parser
    may have broken after the first."""
    clauses = [
        c
        for c in trigger.children
        if c.dep_ in ("acl", "advcl", "relcl") and c.lemma_ in mlx.ATTENDED_BY_VERBS
    ]
    if trigger.dep_ == "nsubjpass" and trigger.head.lemma_ in mlx.ATTENDED_BY_VERBS:
        clauses.append(trigger.head)
    objects = [
        obj
        for clause in clauses
        for agent in clause.children
        if agent.dep_ == "agent"
        for obj in agent.children
        if obj.dep_ == "pobj"
    ]
    return [t for obj in objects for t in [obj, *listed_after(obj)]]
