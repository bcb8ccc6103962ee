"""First-person accounts: an article that gives one leader's own words unquoted ("I met
with ..."), whose "I" and "we" are that leader and whose lines may name meetings with
no verb ("Wednesday - a conversation with X.")."""

from __future__ import annotations

from kg.extract import lexicon as lx
from kg.extract.common import doc_quotations, doc_text, sentences
from kg.extract.meetings.phrases import conjuncts, line_of, named_people, office_of, phrase_tokens
from kg.extract.meetings.records import state_at, state_of
from kg.extract.statements.quotes import speaker_for_quote, speaker_in_range, split_embedded


def account_line(actors, trigger) -> bool:
    """'Wednesday - a conversation with X.': a line of a first-person account with no
    verb, naming a meeting of the speaker's without saying so."""
    if trigger.pos_ == "VERB" or _first_person(actors, trigger) is None:
        return False
    # (the parser may run a line into the sentence of the line before: the line counts)
    return not any(t.pos_ in ("VERB", "AUX") for t in line_of(trigger))


def names_unknown(actors, trigger) -> bool:
    """'A conversation with X. A visit of representatives of Y.': a line of an account
    that names its guest, though no one we know, is a meeting of its own, not the one
    on the line before."""
    return account_line(actors, trigger) and any(
        c.dep_ == "prep" and c.lower_ in ("of", "with") for c in trigger.children
    )


def account_guests(actors, token) -> list[str]:
    """'Tuesday – X was in Kyiv.' in the account of a leader of the state of that place:
    X was the speaker's guest. (Not said of news in general, where being somewhere is
    no sign of meeting anyone.)"""
    if token.lemma_ != "be" or token.dep_ not in ("ROOT", "conj"):
        return []
    speaker = _first_person(actors, token)
    if speaker is None:
        return []
    home = state_of(actors, speaker)
    places = [
        c
        for p in token.children
        if p.dep_ == "prep" and p.lower_ == "in"
        for c in p.children
        if c.dep_ == "pobj" and c.ent_type_ == "GPE"
    ]
    if not home or not any(state_at(actors, c) == home for c in places):
        return []
    guests = []
    for subject in token.children:
        if subject.dep_ != "nsubj":
            continue
        for member in conjuncts(subject):
            # "Friday, the anniversary - Prime Minister X was in Kyiv": the person named
            named = named_people(actors, member)
            for one in named or [member]:
                key = resolve_phrase(actors, phrase_tokens(one) + office_of(one), one.i + 1)
                if not key or key == speaker or state_of(actors, key) == home:
                    continue
                if actors.records[key].type == "Country" and one.lemma_.lower() not in (
                    lx.ROLE_NOUNS | lx.SIDE_NOUNS | lx.TITLE_WORDS
                ):
                    continue  # "Russian troops were in Kyiv": not guests; "its envoy" is
                guests.append(key)
    return [speaker, guests[0]] if len(set(guests)) == 1 else []


def resolve_phrase(actors, tokens, before: int):
    """The actor a phrase names, with "I" and "we" of a first-person account its
    speaker."""
    words = [t for t in tokens if not t.is_punct]
    # ("US officials": the state the model names, not "us")
    if len(words) == 1 and words[0].lower_ in lx.FIRST_PERSON and not words[0].ent_type_:
        return _first_person(actors, words[0]) or quoted_speaker(actors, words[0])
    return actors.resolve(tokens, before=before)


def _first_person(actors, token) -> str | None:
    """'I had a conversation with X' in the text of a leader's address or interview: the
    speaker of the account (not inside quotation marks, where another may speak)."""
    speaker = account_speaker(actors)
    if speaker is None or actors.in_quote(token.idx) or token.idx < speaker[1]:
        return None
    return speaker[0]


def quoted_speaker(actors, token) -> str | None:
    """'“I spoke with President X this morning,” Y said': the one person whose quotation
    holds the word, by the attribution the statements read (none when the quotation is
    given to no one, to several, or to a body)."""
    doc = token.doc
    if not actors.in_quote(token.idx):
        return None
    quotes = doc_quotations(doc)
    text = doc_text(doc)
    for quote in quotes:
        if not quote.begin <= token.idx < quote.end:
            continue
        for piece, attribution in split_embedded(text, quote):
            if not piece.begin <= token.idx < piece.end:
                continue
            if text[piece.begin : piece.end].rstrip().endswith(":"):
                # '“I kept calling him: “Volodya, ...”': a quotation inside, its marks
                # paired with the outer ones, so no attribution can be trusted
                return None
            if attribution is not None:
                found = speaker_in_range(doc, actors, *attribution)
                speakers = [found] if found else []
            else:
                speakers = speaker_for_quote(doc, actors, piece, quotes)
            if len(speakers) == 1 and _speaks_of_another(actors, token, speakers[0]):
                return speakers[0]
        return None
    return None


def _speaks_of_another(actors, token, speaker: str) -> bool:
    """A person speaks who is named nowhere inside the quotation marks of the paragraph
    (not one the speaker addresses: '“I kept calling him: “Volodya, ...”'), of someone
    the quoted sentence names ('“When I spoke with her Sunday”' names no one)."""
    record = actors.records[speaker]
    if record.type != "Person" or len(record.name.split()) < 2:
        return False  # (a bare surname the article never gives in full: no one sure)
    text = doc_text(token.doc)
    begin = text.rfind("\n", 0, token.idx) + 1
    end = text.find("\n", token.idx)
    end = len(text) if end < 0 else end
    paragraph = token.doc.char_span(begin, end, alignment_mode="expand") or []
    quoted = {actors.key_at(t) for t in paragraph if actors.in_quote(t.idx)} - {None}
    if speaker in quoted:
        return False
    sentence = token.sent
    return any(actors.key_at(t) not in (None, speaker) and actors.in_quote(t.idx) for t in sentence)


def account_speaker(actors) -> tuple[str, int] | None:
    """The person whose own words the article gives unquoted ('The statement was made by
    X in his video address. ... I met with ...'), and where those words may begin: the
    one person named in the first sentence, outside quotation marks, that speaks of an
    address or interview, when unquoted first-person subjects follow it."""
    doc = actors.doc
    if "kg_account_speaker" in doc.user_data:
        return doc.user_data["kg_account_speaker"]
    found = None
    for sentence in sentences(doc):
        if not any(
            t.lemma_.lower() in lx.ADDRESS_NOUNS and t.pos_ == "NOUN" and not actors.in_quote(t.idx)
            for t in sentence
        ):
            continue
        people = {
            actors.key_at(t)
            for t in sentence
            if t.ent_type_ == "PERSON" and not actors.in_quote(t.idx) and actors.key_at(t)
        }
        people = {k for k in people if actors.records[k].type == "Person"}
        if len(people) != 1:
            continue
        # the account follows at once ("The full text of the speech is below: ... I
        # met"), and no one spoke in the first person before it (an author's column that
        # mentions someone's speech)
        every = sentences(doc)
        position = every.index(sentence)
        following = every[position + 1 : position + 1 + _ACCOUNT_OPENING]
        before = [t for sentence_ in every[:position] for t in sentence_]
        if _first_person_subject(actors, following) and not any(
            t.lower_ in lx.FIRST_PERSON_WORDS and not actors.in_quote(t.idx) for t in before
        ):
            found = (people.pop(), sentence.end_char)
        break
    doc.user_data["kg_account_speaker"] = found
    return found


# how many sentences after its introduction a first-person account must begin within
_ACCOUNT_OPENING = 6


def _first_person_subject(actors, sentences_) -> bool:
    return any(
        t.lower_ in lx.FIRST_PERSON_SUBJECTS and t.dep_ == "nsubj" and not actors.in_quote(t.idx)
        for sentence in sentences_
        for t in sentence
    )
