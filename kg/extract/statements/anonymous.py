"""Anonymous sources: people the text does not name ('a resident of X', 'a Western diplomat
in Y', 'people familiar with the matter', 'sources close to Z'), and the 'he', 'she' or
'the diplomat' that points back to one. GUIDELINES: anonymous sources with no organisation
are no speakers ('the officer' pointing back to an unnamed officer who spoke for a state
speaks for it too); a source's or a diplomat's body is named only by the words before the noun
('a NATO diplomat', 'Turkish diplomatic sources'), never by a place or a person in the
phrase after it; a private person ('a resident', 'a trader') speaks for no one."""

from __future__ import annotations

from kg.extract import lexicon as lx
from kg.extract.common import sentence_of, sentences_back_start
from kg.extract.lexicon import actors as lx_actors
from kg.extract.lexicon import statements as lxs
from kg.extract.statements.parses import inverted_subject, name_after_place
from kg.extract.statements.servants import state_servant
from kg.extract.statements.sources import according_to_at


def unnamed_person(token) -> bool:
    """A common noun for a person the text does not name: a private person ('one resident
    of X', 'a community leader in Y', 'people familiar with the matter') or an anonymous
    source ('a Western diplomat', 'sources close to Z'), with no name in apposition."""
    if token.pos_ != "NOUN" or token.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return False
    if any(c.dep_ == "det" and c.lower_ in lxs.ANAPHOR_DETERMINERS for c in token.children):
        return False  # 'the diplomat said': one mentioned before (``anonymous_before``)
    if any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in token.children):
        return False  # 'a resident, A B, said': the person named
    if name_after_place(token) is not None:
        return False  # 'a trader in X, A B, said': the name hung on the place
    return (
        _private_person(token)
        or token.lemma_.lower() in lxs.ANONYMOUS_SOURCE_ROLES
        or _former_unnamed(token)
    )


def _former_unnamed(token) -> bool:
    """'a former ambassador to X', 'one ex-minister': someone who held an office once and is
    not named holds none now; they speak for no one."""
    return (
        _indefinite(token)
        and any(c.dep_ == "amod" and c.lower_ in lx_actors.FORMER_WORDS for c in token.children)
        and (token.lemma_.lower() in lx.ROLE_NOUNS or token.lower_ in lx.ROLE_NOUNS)
    )


def _private_person(token) -> bool:
    lemma = token.lemma_.lower()
    if lemma in lxs.ANONYMOUS_PERSON_NOUNS:
        return True
    # 'a community leader', 'village elders': a leader of no state or body
    return lemma in lxs.LOCAL_LEADER_NOUNS and any(
        c.dep_ in ("compound", "amod") and c.lower_ in lxs.LOCAL_LEADER_MODIFIERS
        for c in token.children
    )


def anonymous_speakers(actors, subject) -> list[str] | None:
    """Who an unnamed person speaks for: a private person for no one; an anonymous source
    for no one unless the words before it name a state or body ('one NATO diplomat') or it
    is placed in a body ('a source in the defence ministry'), which its phrase names as any
    speaker's does (then None, as for a subject that is no unnamed person); a place or a
    person after it is where it sits or whom it is close to ('a diplomat in Lima', 'sources
    close to the president')."""
    if not unnamed_person(subject) or actors.in_quote(subject.idx) or state_servant(subject):
        # (a word of a quotation the parser took for the subject is none; 'a government
        # source' is the state's, statements/servants.py)
        return None
    if _private_person(subject) or _former_unnamed(subject):
        return []
    words = [t for c in subject.children if c.i < subject.i for t in c.subtree]
    key = actors.resolve(words, before=subject.i) if words else None
    if key and actors.records[key].type != "Person":
        return None  # 'one NATO diplomat', 'Turkish and Syrian diplomats': as any speaker's
    for prep in subject.children:
        if prep.dep_ != "prep" or prep.lower_ not in lxs.SOURCE_BODY_PREPOSITIONS:
            continue
        if any(
            o.dep_ == "pobj" and o.ent_type_ not in lxs.SOURCE_PLACE_LABELS for o in prep.children
        ):
            # 'a source in the defence ministry': the body, as any speaker's phrase names it
            # (a name after the noun is where the source sits or whom it is close to)
            return None
    return []


def verb_subject(verb):
    """The subject of a speech verb, also one set after it ('“...,” said a resident')."""
    return inverted_subject(verb) or next((c for c in verb.children if c.dep_ == "nsubj"), None)


def unnamed_antecedent(actors, pronoun, speakers_of) -> list[str] | None:
    """'One trader said he heard gunfire. “...,” he said': a 'he' or 'she' whose last
    speaking antecedent, in the few sentences before with no person named since, is one
    person the text does not name speaks as that one did: an anonymous source for no one,
    'the official' for the state that one stands for (``speakers_of``: a speech verb's
    speakers). None when the pronoun is left to the person named last."""
    if _attributed_sentence(actors, pronoun):
        return None  # 'He has told others that ..., the source said': 'he' is spoken of
    last = _last_speaker_phrase(actors, pronoun, lambda t: t.tag_ == "NN")
    if last is None:
        return None
    token, verb = last
    if token.pos_ == "PROPN" or actors.key_at(token) or not _person_noun(token):
        return None
    anonymous = anonymous_speakers(actors, token)
    if anonymous is not None:
        return anonymous
    found = speakers_of(verb) if verb is not None else []
    if any(actors.records[k].type == "Person" for k in found):
        return None  # ('the minister said': the person, whom 'he' finds as well)
    if (
        not found
        and verb is not None
        and _indefinite(token)
        and not _named_since(actors, token, pronoun)
    ):
        # 'a junior officer told X ... “...,” he said': that officer, who spoke for no body
        # the text names, not a person named further back
        return []
    return found or None


def anonymous_before(actors, noun) -> bool:
    """'A Gulf diplomat said ... “...,” the diplomat said': 'the' and a noun whose last
    mention as a source before it, in the few sentences before, was an anonymous one."""
    if noun.lemma_.lower() not in lxs.ANONYMOUS_SOURCE_ROLES and not _private_person(noun):
        return False
    if not any(c.dep_ == "det" and c.lower_ in lxs.ANAPHOR_DETERMINERS for c in noun.children):
        return False
    last = _last_speaker_phrase(actors, noun, lambda t: t.lemma_ == noun.lemma_, people=False)
    return last is not None and anonymous_speakers(actors, last[0]) == []


def speaks_anonymously(actors, verb, speakers_of) -> bool:
    """Whether a speech verb's subject is a person the text does not name, or points back
    to one: no one else nearby is its speaker."""
    subject = verb_subject(verb)
    if subject is None:
        return False
    if subject.lower_ in lx.PERSON_SUBJECT_PRONOUNS:
        return unnamed_antecedent(actors, subject, speakers_of) == []
    return anonymous_speakers(actors, subject) == [] or anonymous_before(actors, subject)


def _person_noun(token) -> bool:
    """A common noun for one person ('the official', 'a trader'), not for a body."""
    lemma = token.lemma_.lower()
    return (
        unnamed_person(token)
        or lemma in lxs.PERSON_ROLE_NOUNS
        or lemma in lx_actors.PERSON_EPITHETS
    )


def _last_speaker_phrase(actors, token, wanted, people: bool = True):
    """The last phrase before a token, in its sentence and the few before it, that speaks:
    a speech verb's subject or an 'according to' object outside quotation marks (a 'he'
    or 'she' subject is passed over: it points back itself), as (noun, speech verb)."""
    doc = token.doc
    start = sentences_back_start(token, lxs.UNNAMED_ANTECEDENT_SENTENCES)
    found = None
    for t in doc[start : token.i]:
        if actors.in_quote(t.idx):
            continue
        if t.lemma_ in lx.SPEECH_VERBS and t.pos_ in ("VERB", "AUX"):
            subject = verb_subject(t)
            if (
                subject is not None
                and subject.i < token.i
                and wanted(subject)
                and subject.lower_ not in lx.PERSON_SUBJECT_PRONOUNS
                and (found is None or subject.i > found[0].i)
            ):
                found = (subject, t)
            continue
        if (
            people
            and _named_person(actors, t)
            and not told_hearer(t)
            and not (found and _within(t, found[0]))
        ):
            # 'A diplomat said ... Arce arrived later. “...,” he said': the named one
            found = (t, None) if found is None or t.i > found[0].i else found
            continue
        last = according_to_at(t)
        if last is not None:
            obj = next((c for c in last.children if c.dep_ == "pobj"), None)
            if obj is not None and wanted(obj) and (found is None or obj.i > found[0].i):
                found = (obj, None)
    return found


def _named_person(actors, token) -> bool:
    if token.ent_type_ != "PERSON":
        return False
    key = actors.key_at(token)
    return key is not None and actors.records[key].type == "Person"


def _within(token, phrase) -> bool:
    """Whether a token is a word of a noun's phrase ('a source close to A')."""
    return phrase.left_edge.i <= token.i <= phrase.right_edge.i


def _attributed_sentence(actors, pronoun) -> bool:
    """Whether the pronoun's sentence has a speech verb of another subject, outside
    quotation marks: what the pronoun does there is what someone else reports."""
    for t in sentence_of(pronoun):
        if t.i == pronoun.head.i or actors.in_quote(t.idx):
            continue
        if t.lemma_ in lx.SPEECH_VERBS and t.pos_ in ("VERB", "AUX"):
            subject = verb_subject(t)
            if subject is not None and subject.lower_ not in lx.PERSON_SUBJECT_PRONOUNS:
                return True
    return False


def told_hearer(token) -> bool:
    """A word of the object of a verb of telling ('told RFE/RL', 'told Dawn'): who is told."""
    while token.dep_ in ("compound", "flat", "nmod", "appos") and token.head.i != token.i:
        token = token.head
    verb = token.head
    return (
        token.dep_ in ("dobj", "dative", "iobj")
        and verb.lemma_ in lx.HEARER_OBJECT_VERBS
        and verb.lemma_ in lx.SPEECH_VERBS
        and not _inverted_after_quotation(verb)
    )


def _inverted_after_quotation(verb) -> bool:
    """'“...”, assured the foreign minister, A B': a verb of telling set right after a
    quotation with no subject of its own has its speaker after it, which the parser takes
    for the one told."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) or verb.i == 0:
        return False
    previous = verb.doc[verb.i - 1]
    return previous.is_punct or previous.text in lx.QUOTE_MARKS


def unnamed_noun_antecedent(
    actors, noun, speakers_of, source_of=None, since: int = -1
) -> list[str] | None:
    """'A senior army officer, who asked not to be named, said ... “...,” the officer said':
    'the' and a noun for a person whose last speaking mention, in the few sentences before
    with no person named since, is an unnamed one of the same noun ('a senior officer',
    'one of the sources, an officer') speaks as that one did: for the state or body its
    words were given to (``speakers_of``: a speech verb's speakers; ``source_of``: the one
    an 'according to' phrase gives, from its last word: '..., according to a government
    official. The official said ...'). None when that mention is no unnamed one, or gave
    its words to a person, or when it comes before token ``since``; [] when it gave them to
    no one."""
    if not any(c.dep_ == "det" and c.lower_ in lxs.ANAPHOR_DETERMINERS for c in noun.children):
        return None
    if not _person_noun(noun):
        return None
    lemma = noun.lemma_

    def same_noun(t) -> bool:
        return t.lemma_ == lemma or any(c.dep_ == "appos" and c.lemma_ == lemma for c in t.children)

    last = _last_speaker_phrase(actors, noun, same_noun)
    if last is None or last[0].i <= since:
        return None
    token, verb = last
    if verb is None and not _according_to_object(token):
        return None  # a person named since: 'the officer' may be that one
    mention = (
        token
        if token.lemma_ == lemma
        else next(c for c in token.children if c.dep_ == "appos" and c.lemma_ == lemma)
    )
    if mention.pos_ != "NOUN" or actors.key_at(mention):
        return None
    # ('two security officials', 'security officials': a plural introduced by a number or
    # no determiner at all)
    indefinite = (
        mention.i != token.i
        or _indefinite(mention)
        or (mention.tag_ == "NNS" and not any(c.dep_ in ("det", "poss") for c in mention.children))
    )
    if not indefinite:
        return None
    if verb is None:
        source = source_of(token.head) if source_of is not None else None
        found = [source] if source else []
    else:
        found = speakers_of(verb)
    if any(actors.records[k].type == "Person" for k in found):
        return None
    # ('A police officer said ... “...,” the officer said': no one, when the first spoke for
    # no body the text names; not the person the text is about)
    return found


def _named_since(actors, token, pronoun) -> bool:
    """Whether a speech verb between a phrase and a pronoun has a name as its subject
    ('..., said Ushenko, who ...': a person the model may have left untagged)."""
    for t in token.doc[token.i + 1 : pronoun.i]:
        if t.lemma_ in lx.SPEECH_VERBS and t.pos_ in ("VERB", "AUX") and not actors.in_quote(t.idx):
            subject = verb_subject(t)
            if subject is not None and subject.pos_ == "PROPN":
                return True
    return False


def _indefinite(noun) -> bool:
    """'a junior officer', 'one official': a noun introduced as someone not named."""
    return any(
        c.dep_ in ("det", "nummod") and c.lower_ in lxs.INDEFINITE_WORDS for c in noun.children
    )


def _according_to_object(token) -> bool:
    """Whether a noun is the object of an 'according to' phrase ('according to a source')."""
    head = token.head
    if token.dep_ != "pobj" or head.i == 0:
        return False
    phrase = according_to_at(head.doc[head.i - 1])
    return phrase is not None and phrase.i == head.i
