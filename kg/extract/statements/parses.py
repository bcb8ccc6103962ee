"""Parse repairs for speakers: where a speech verb's subject is when the parser got the
sentence wrong (a subject inverted after a quotation, 'quoted as saying', a dateline or a
headline run into the sentence, a name split or cut by a description, a coordinated or
adjunct predicate whose subject is elsewhere, a speech verb read as a noun, the hearer after
'with' read as the subject of an infinitive, a speech verb read as a participle of its
subject, a person's name hung on the place that describes them)."""

from __future__ import annotations

from kg.extract import lexicon as lx
from kg.extract.common import doc_text, sentence_of
from kg.extract.lexicon import actors as lx_actors
from kg.extract.lexicon import statements as lxs


def name_after_description(actors, subject) -> list[str]:
    """'“...,” tweeted the exiled Chilean dissident and banker A B, “...”': a description
    after the verb that the parser cut before the name it leads to (taking a word of it for
    a verb); the person named right after it, before any punctuation, speaks."""
    if subject.ent_type_ or subject.pos_ != "NOUN":
        return []
    doc = subject.doc
    for token in doc[subject.i + 1 : subject.i + 1 + lxs.DESCRIPTION_NAME_GAP]:
        if token.is_punct or actors.in_quote(token.idx):
            return []
        key = actors.key_at(token) if token.ent_type_ == "PERSON" else None
        if key and actors.records[key].type == "Person":
            return [key]
    return []


def one_named_person(actors, people) -> str | None:
    """The person several subjects name when they are the words of one name (a parse that
    split 'Rashad al-Alimi' into three subjects), else None."""
    if len(people) < 2:
        return None
    keys = {actors.key_at(t) for t in people}
    if len(keys) != 1 or None in keys:
        return None
    key = keys.pop()
    return key if actors.records[key].type == "Person" else None


def after_dateline(subject):
    """'NAIROBI, 26 September (KNA) – Minister A B said ...': the parser takes the dateline's
    city for the subject and hangs the words after its dash on it in apposition; the
    speaker is those words (the city and the agency that filed are no speaker)."""
    dashes = [
        t
        for t in subject.subtree
        if t.is_punct and t.text in lxs.DATELINE_DASHES and t.i > subject.i
    ]
    # (the model may tag a dateline's city in capitals an organisation: 'MINSK', or a
    # city of two words a person: 'Addis Abeba – The interim administration has said'; a
    # name that opens the sentence with one dash right after it is a dateline all the same)
    capitals = subject.text.isupper() and subject.i == subject.sent.start
    opening = (
        len(dashes) == 1
        and dashes[0].i == subject.i + 1
        and subject.left_edge.i == subject.sent.start
        and subject.pos_ == "PROPN"
    )
    if not dashes or (subject.ent_type_ != "GPE" and not capitals and not opening):
        return subject
    after = [t for t in subject.subtree if t.i > dashes[-1].i]
    heads = [t for t in after if t.dep_ == "appos" and t.head.i not in {a.i for a in after}]
    return heads[0] if len(heads) == 1 else subject


def dateline_subjects(subjects) -> list:
    """'Porto Novo – The border agency has said ...', 'Background: Minister A B said ...':
    when the parser takes a sentence's opening dateline or label for one of two subjects,
    the name it opens the sentence with, set off by a dash or a colon, is no speaker."""
    if len(subjects) < 2:
        return subjects
    kept = []
    for subject in subjects:
        doc = subject.doc
        following = doc[subject.i + 1] if subject.i + 1 < len(doc) else None
        label = (
            following is not None
            and following.text in (*lxs.DATELINE_DASHES, ":")
            and subject.left_edge.i == subject.sent.start
            and any(other.i > following.i for other in subjects)
        )
        if not label:
            kept.append(subject)
    return kept or subjects


def clause_coordinated_before(verb):
    """'A praised the speech and, when asked ..., said, “...”': the parser takes the first
    predicate for the clause the speech verb reports; a clause before the verb that ends in
    a dangling 'and' is a coordinated predicate, and its subject speaks."""
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.i > verb.i:
            continue
        if not any(c.dep_ == "cc" and c.i > clause.i for c in clause.children):
            continue
        if any(c.dep_ == "conj" for c in clause.children):
            continue  # 'and' joins something of its own
        return next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return None


def predicate_infinitive(node) -> bool:
    """'became the first leader to call for ...', 'was the only minister to say that ...':
    an infinitive on the subject's predicate noun is done by the subject."""
    noun = node.head
    return (
        node.dep_ in ("relcl", "acl")
        and any(c.dep_ == "aux" and c.lower_ == "to" and c.i < node.i for c in node.children)
        and noun.dep_ == "attr"
        and noun.head.i != noun.i
        and noun.head.pos_ in ("VERB", "AUX")
    )


def adjunct_gerund(node) -> bool:
    """'opened the session by calling for talks', 'left after saying that ...': a gerund
    under a preposition whose doer is the subject of the verb the phrase modifies."""
    prep = node.head
    return (
        node.dep_ == "pcomp"
        and node.tag_ == "VBG"
        and prep.dep_ == "prep"
        and prep.lower_ in lxs.SUBJECT_GERUND_PREPOSITIONS
        and prep.head.pos_ in ("VERB", "AUX")
        and prep.head.i != prep.i
    )


def quoted_as_saying(verb):
    """'X was quoted as saying that ...', 'X was cited as saying ...': the one quoted is the
    passive subject of the verb of quoting the speech verb hangs on (through 'as'); in the
    active ('Agency A quoted X as saying ...') its object (the outlet only carried it)."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ != "as" or prep.dep_ != "prep":
        return None
    quoting = prep.head
    if quoting.lemma_ not in lx.QUOTING_VERBS:
        return quoted_before_as(prep)
    passive = next((c for c in quoting.children if c.dep_ == "nsubjpass"), None)
    # ('quoted the State's president A B as saying': the parser may give two objects; the
    # one quoted is the last before 'as')
    objects = [c for c in quoting.children if c.dep_ == "dobj" and c.i < prep.i]
    return passive or (objects[-1] if objects else None)


def quoted_before_as(prep):
    """'The agency BTA quoted Minister A B as saying ...' parsed with the verb of quoting
    as a modifier: the name right before 'as', when the words since that verb name no
    other verb."""
    doc = prep.doc
    start = sentence_of(prep).start
    quoting = [t for t in doc[start : prep.i] if t.lemma_ in lx.QUOTING_VERBS]
    if not quoting or prep.i < 1:
        return None
    between = doc[quoting[-1].i + 1 : prep.i]
    last = doc[prep.i - 1]
    if any(t.pos_ in ("VERB", "AUX") for t in between) or last.pos_ not in ("PROPN", "NOUN"):
        return None
    return last


def out_of_reported_clause(node, participle: bool = False):
    """'X said that Russia's aggression is “...”, adding “...”': the parser hangs 'adding'
    on the reported clause, whose subject is a word of what was said; the one adding is
    the subject of the speech verb that reports the clause (``participle``: so for a
    participle of speech on any verb's clause, 'X requested Y send arms, saying ...')."""
    head = node.head
    if node.dep_ == "ccomp" and head.i != node.i and head.lemma_ in lx.SPEECH_VERBS:
        return head
    if participle and node.dep_ == "ccomp" and head.i != node.i and head.pos_ == "VERB":
        return head
    return node


def subject_after_headline(actors, verb) -> str | None:
    """'Declared a foreign agent\n\nThe FSB, Russia's main intelligence service, said
    ...': the parser hung the subject on a headline it ran into the sentence; the words
    that open the verb's paragraph, with no verb among them, are its subject."""
    doc = verb.doc
    start = sentence_of(verb).start
    breaks = [t.i for t in doc[start : verb.i] if t.is_space and "\n" in t.text]
    if not breaks:
        return None
    words = [t for t in doc[breaks[-1] + 1 : verb.i] if not t.is_space]
    if not words or any(t.pos_ in ("VERB", "AUX") for t in words):
        return None
    return actors.resolve(words, before=words[0].i + 1)


def inverted_subject(verb):
    """'“...”, recalled the secretary general': after a quotation the subject may follow
    its speech verb, and the parser takes it for the verb's object."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    if verb.lemma_ in lx.HEARER_OBJECT_VERBS:
        return None  # these take the hearer as object
    if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "acl", "xcomp", "conj"):
        return None  # 'X responded ..., describing the notice as ...': the object is spoken of
    previous = verb.doc[verb.i - 1] if verb.i else None
    if previous is None or not (previous.is_punct or previous.text in lx.QUOTE_MARKS):
        return None
    for child in verb.children:
        if child.dep_ in ("dobj", "npadvmod", "attr") and child.i > verb.i:
            first = min(t.i for t in child.subtree)
            if first <= verb.i + 2 and child.pos_ in ("NOUN", "PROPN"):
                return child
    return None


def paragraph_between(a, b) -> bool:
    """A paragraph break between two tokens: a headline the parser ran into the next
    sentence is not where that sentence's subject is."""
    begin, end = sorted((a.idx, b.idx))
    return "\n\n" in doc_text(a.doc)[begin:end]


def speech_verb_taken_for_noun(token) -> bool:
    """ "Ukraine's military claims that Russia has lost ...": the parser reads 'claims' as
    a plural noun heading the sentence; a noun never takes a 'that' clause as ccomp."""
    if token.dep_ != "ROOT" or token.tag_ not in ("NNS", "NN"):
        return False
    return that_clause_after(token)


def that_clause_after(token) -> bool:
    """Whether a 'that' clause after the word hangs on it as its complement ('found that
    ...', 'claims that ...')."""
    return any(
        c.dep_ == "ccomp"
        and c.i > token.i
        and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        for c in token.children
    )


def hearer_taken_for_subject(node) -> bool:
    """'A spoke by phone with B to urge him to ...': the parser reads 'with B to urge' as an
    infinitive clause with its own subject; B is who A spoke with, and A urges."""
    return (
        node.dep_ == "advcl"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)
        and any(c.dep_ == "mark" and c.lower_ in lxs.HEARER_MARKS for c in node.children)
    )


def rootless_participle_subject(verb):
    """'The three countries announced in January that they were quitting ...': with no
    finite verb left in the sentence, the parser reads the speech verb as a participle
    describing the noun before it (the sentence's root); that noun is its subject. None
    otherwise."""
    head = verb.head
    if verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD") or head.dep_ != "ROOT":
        return None
    if head.pos_ not in ("NOUN", "PROPN") or head.i > verb.i:
        return None
    if any(c.dep_ in ("aux", "auxpass", "agent") for c in verb.children):
        return None  # 'the plan announced by X', 'the countries to be announced'
    return head


def name_after_place(subject):
    """'A trader in X, A B, said', 'a farmer from Y, C D, told': the parser hangs the name on
    the place (or the body) that describes the person, the nearer noun; a place needs no
    name in apposition, so a person's name between commas right after it is the
    description's. The name's head token, or None."""
    if subject.pos_ != "NOUN":
        return None
    for place, name in appositions_after(subject, lx_actors.PLACE_PREPOSITIONS | {"from", "of"}):
        if place.pos_ != "PROPN" or place.ent_type_ == "PERSON" or name.ent_type_ != "PERSON":
            continue
        opened = name.left_edge.i - 1
        if opened > place.i and subject.doc[opened].text == ",":
            return name
    return None


def appositions_after(subject, prepositions):
    """Each (object, apposition) of the subject's phrases under these prepositions ('a
    spokeswoman for A, B C', 'a trader in X, A B'), in order: where the parser hangs the
    name that is the subject's own."""
    for prep in subject.children:
        if prep.dep_ != "prep" or prep.lower_ not in prepositions:
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            for child in obj.children:
                if child.dep_ == "appos":
                    yield obj, child
