"""The clause a speech verb reports: its complement, an 'as X said' or parenthetical
attribution's clause, an appeal, or a quoted object, without the reporter's framing."""

from __future__ import annotations

from kg.extract import lexicon as lx
from kg.extract.common import (
    sentence_of,
    word_count,
)
from kg.extract.lexicon import statements as lxs
from kg.extract.statements.adjuncts import adjunct_after_attribution
from kg.extract.statements.boundaries import conjunction_read_as_relative, through_coordinated_that
from kg.extract.statements.closings import cut_closing_subject
from kg.extract.statements.cuts import (
    cut_appended_quotation,
    cut_closing_according_to,
    cut_closing_attribution,
    cut_coordinated_speech,
    cut_own_action,
    cut_reaction,
    cut_speaker_s_circumstance,
    cut_trailing_apposition,
    cut_with_speaker,
    trimmed,
)
from kg.extract.statements.denials import denies_its_gap
from kg.extract.statements.midsentence import clause_before_attribution
from kg.extract.statements.outlets import newsroom_credit, wire_credit
from kg.extract.statements.prepositional import (
    characterisation_content,
    directed_act,
    prepositional_content,
    warned_condition,
    with_reduced_relative,
)


def relative_attribution(verb) -> bool:
    """'threats, which Peskov said had reached ...', 'a missile, which X said it shot down':
    the relative pronoun is the subject (or object) of what the speaker said, so the speaker
    is only the source of that clause."""
    return verb.dep_ == "relcl" and any(
        c.dep_ == "ccomp"
        and any(
            s.dep_ in lxs.RELATIVE_GAP_DEPS and s.tag_ in ("WDT", "WP") and s.i < verb.i
            for s in c.children
        )
        for c in verb.children
    )


def without_sourcing(tokens):
    """'reported that X ..., citing people familiar with the matter': the clause is X ...;
    the complementiser the parser left on it and the source it cites are not."""
    while (
        tokens
        and tokens[0].lower_ == "that"
        and (tokens[0].tag_ == "IN" or tokens[0].dep_ == "mark")
    ):
        tokens = tokens[1:]
    for position, token in enumerate(tokens):
        if position >= 3 and token.lower_ in lx.CITING_WORDS and tokens[position - 1].text == ",":
            return trimmed(tokens[: position - 1])
    return tokens


def bare_attribution(clause) -> bool:
    """'..., the agency reports', '..., Reuters said': a clause that is only a speaker and
    a speech verb (at most ``BARE_ATTRIBUTION_WORDS`` words, nothing reported of its own)
    attributes the sentence; it says nothing itself."""
    own = [t for t in clause.subtree if not (t.is_punct or t.is_space)]
    return (
        clause.lemma_ in lx.SPEECH_VERBS
        and len(own) <= lxs.BARE_ATTRIBUTION_WORDS
        # ('the agency reports': the parser may take the noun for a compound of the verb)
        and any(c.dep_ in ("nsubj", "compound") and c.i < clause.i for c in clause.children)
        and not any(c.dep_ in ("ccomp", "xcomp", "dobj") for c in clause.children)
    )


def _not_a_clause(clause) -> bool:
    """A clause after the verb that reports nothing: a closing attribution or credit, a
    quoted name, or the condition of a warning."""
    return (
        bare_attribution(clause)
        or wire_credit(clause)
        or _quoted_name(clause)
        or adjunct_after_attribution(clause)
        or warned_condition(clause)  # 'warned of X, should Y ...': a condition
    )


def _quoted_name(clause) -> bool:
    """'said at the patriotic forum “The door remains open”': a quotation that a naming
    word introduces (a work's or an event's noun) is a name the parser took for a clause."""
    doc = clause.doc
    first = min(t.i for t in clause.subtree)
    if doc[first].text in lx.QUOTE_MARKS:
        first += 1  # the parser hung the opening mark on the clause
    return (
        first >= 2
        and doc[first - 1].text in lx.QUOTE_MARKS
        and doc[first - 2].lower_ in (*lxs.NAMING_WORDS, *lxs.NAMED_WORK_NOUNS)
    )


def reported_content(verb):
    """The clause a speech verb reports, without 'that' and outer punctuation."""
    before = clause_before_attribution(verb)  # 'CLAUSE, X said, TAIL'
    if before:
        return before
    clauses = [c for c in verb.children if c.dep_ == "ccomp" or _reported_question(verb, c)]
    # 'X said this in an interview, the agency reports': the closing attribution is no clause
    # and a quotation a naming word introduces is a name ('at the forum “...”')
    clauses = [c for c in clauses if not (c.i > verb.i and _not_a_clause(c))]
    after = [c for c in clauses if c.i > verb.i]
    if len(after) > 1:
        # "said despite drills agreed to by X there is little appetite": the parser split
        # one clause in two; the statement runs from the first to the end of the last
        doc = verb.doc
        first = min(t.i for t in after[0].subtree)
        last = max(t.i for t in after[-1].subtree)
        spans = [list(doc[first : last + 1])]
    else:
        # the clause after the verb first: one before it may be a headline run into it
        spans = [_with_lost_subject(verb, c) for c in sorted(clauses, key=lambda c: c.i < verb.i)]
    for tokens in spans:
        if relative_attribution(verb) and tokens and tokens[0].i < verb.i < tokens[-1].i:
            # "threats, which X said had reached “unprecedented levels”": the relative
            # pronoun and the attribution stand before what X said
            tokens = [t for t in tokens if t.i > verb.i]
        while tokens and (tokens[0].dep_ == "mark" or tokens[0].is_punct):
            tokens = tokens[1:]
        while tokens and tokens[-1].is_punct and tokens[-1].text not in ("”", '"', "»", "’"):
            tokens = tokens[:-1]
        tokens = cut_trailing_apposition(cut_coordinated_speech(tokens))
        tokens = cut_closing_attribution(cut_reaction(cut_own_action(tokens)))
        tokens = cut_with_speaker(tokens)
        tokens = cut_closing_according_to(tokens)
        tokens = cut_closing_subject(verb, cut_speaker_s_circumstance(tokens))
        if tokens and tokens[0].i > verb.i:
            tokens = cut_appended_quotation(tokens)
        if tokens and tokens[0].i > verb.i:
            return _with_quoted_adjuncts(verb, tokens)
        # "CLAUSE, X said": the clause before the verb is reported too (not before a
        # subordinate 'as he warned of the risks', which the parser may hang it on)
        marked = any(c.dep_ == "mark" for c in verb.children)
        if tokens and tokens[-1].i < verb.i and not marked:
            return tokens
    as_clause = _as_clause_content(verb)
    if as_clause:
        return as_clause
    parenthetical = _parenthetical_content(verb)
    if parenthetical:
        return parenthetical
    if verb.lemma_ in lx.SPEECH_VERBS_WITH_INFINITIVE and (
        verb.tag_ != "VBG" or (verb.dep_ in lx.SPEAKING_PARTICIPLE_DEPS and verb.i > verb.head.i)
    ):
        # "claimed to have taken control of the city"; "visited Kyiv, pledging to support
        # ...": a participle set off after the clause speaks for its subject (one modifying
        # a noun, 'a group claiming to represent ...', or one opening the sentence as its
        # circumstance, 'Claiming to be in contact with X, he declared ...', does not)
        for child in [*verb.children, *_channel_infinitives(verb)]:
            if child.i < verb.i or child.pos_ not in ("VERB", "AUX"):
                continue
            if child.dep_ == "xcomp" or _infinitive_after_adjunct(verb, child):
                return trimmed(cut_coordinated_speech(list(child.subtree)))
    if verb.lemma_ in lx.APPEAL_VERBS:
        # "called on X to ...", "calls for security guarantees": the appeal, without the verb
        # and its preposition (as the gold prints it: "X to ...", "security guarantees")
        preps = [
            c
            for c in verb.children
            # (after the verb: 'On Monday, X called for ...' opens with another 'on')
            if c.dep_ == "prep" and c.lower_ in lx.APPEAL_PREPOSITIONS and c.i > verb.i
        ]
        if preps and preps[0].i == verb.i + 1 and any(True for _ in preps[0].children):
            appeal = _appeal(verb)
            if appeal and _asks_nothing(verb, appeal) and not _asks_for(appeal):
                return None  # 'called on the president later in the day': a visit
            return appeal
        if _appeal_for_clause(verb):
            # "called for the army to withdraw": the parser reads 'for' as the mark of an
            # infinitive clause, not a preposition; the appeal is that clause
            return _appeal(verb)
    characterised = characterisation_content(verb)
    if characterised:
        return characterised
    if verb.lemma_ in lx.SPEECH_VERBS_WITH_OBJECT:
        for child in verb.children:
            if child.dep_ == "dobj":
                tokens = list(child.subtree)
                doc = verb.doc
                # the parser may hang the marks of '“deep concern”' on the verb
                if tokens[0].i > 0 and doc[tokens[0].i - 1].text in lx.QUOTE_MARKS:
                    tokens.insert(0, doc[tokens[0].i - 1])
                if tokens[-1].i + 1 < len(doc) and doc[tokens[-1].i + 1].text in lx.QUOTE_MARKS:
                    tokens.append(doc[tokens[-1].i + 1])
                if any(t.text in lx.QUOTE_MARKS for t in tokens):
                    return trimmed(tokens)
    prepositional = prepositional_content(verb)
    if prepositional:
        return prepositional
    objected = _object_content(verb) or _channel_content(verb)
    if objected:
        return objected
    if verb.lemma_ in lx.ACCUSING_VERBS:
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        of = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "of"]
        if objects and not of:
            # the parser often hangs 'of ...' on the accused ('accused generals of ...')
            of = _accusation_of(verb, objects[0])
        if objects and of and objects[0].i < verb.i:
            # 'the US, who it has accused of ...': the accused is an antecedent elsewhere
            return (
                trimmed([t for t in of[0].subtree if t.i != of[0].i])
                if objects[0].tag_ in ("WP", "WDT")
                else None
            )
        if objects and of:
            # GUIDELINES: an accusation's content is the proposition accused, not who
            tokens = sorted((t for t in of[0].subtree if t.i != of[0].i), key=lambda t: t.i)
            return trimmed(with_reduced_relative(verb, tokens))
    return _misparsed_clause(verb)


def _channel_infinitives(verb) -> list:
    """'vowed in a speech to defend the city': the parser may hang the infinitive on the
    channel noun the phrase between names, as if the speech were to defend it."""
    return [
        clause
        for prep in verb.children
        if prep.dep_ == "prep" and prep.i > verb.i
        for noun in prep.children
        if noun.dep_ == "pobj" and noun.lemma_.lower() in lxs.CHANNEL_NOUNS
        for clause in noun.children
        if clause.dep_ in ("acl", "relcl") and clause.i > noun.i
    ]


def _infinitive_after_adjunct(verb, clause) -> bool:
    """'vowed in a televised speech to expand attacks': with a phrase between the verb and
    its infinitive, the parser takes the infinitive for an adverbial clause (or for a
    clause of the channel noun); it is still what was vowed when only that phrase, with no
    comma, stands between."""
    if clause.dep_ not in ("advcl", "acl", "relcl"):
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return False
    between = verb.doc[verb.i + 1 : min(t.i for t in clause.subtree)]
    own = {t.i for t in clause.subtree}
    adjuncts = {t.i for c in verb.children if c.dep_ == "prep" for t in c.subtree if t.i not in own}
    return bool(between) and all(t.i in adjuncts and t.text != "," for t in between)


def _accusation_of(verb, accused) -> list:
    """The 'of' phrase of the charge when the parser hung it inside the accused: one with an
    act (a gerund) first, wherever it hangs ('accused partners in the alliance of failing
    ...', the phrase of the accused's own hung on the verb), else the last 'of' after one on
    the accused ('accused the head of the commission of bias')."""
    scope = [*accused.subtree]
    scope += [t for c in verb.children if c.dep_ == "prep" and c.i > accused.i for t in c.subtree]
    candidates = sorted(
        (t for t in scope if t.dep_ == "prep" and t.lower_ == "of"), key=lambda t: t.i
    )
    acts = [t for t in candidates if any(c.tag_ == "VBG" for c in t.children)]
    if acts:
        return acts[:1]
    of = [t for t in candidates if t.head.i == accused.i or t.head.dep_ == "conj"][:1]
    if of and candidates[-1].i > of[0].i:
        return candidates[-1:]
    return of


def _with_lost_subject(verb, clause):
    """'said from 30% to 50% of the homes are destroyed': the parser may hang the clause's
    subject on the speech verb as a phrase of its own and leave the clause without one; a
    clause after the verb with no subject runs from right after the verb, when only such
    phrases (no object: 'told reporters' names the hearer) stand between them."""
    tokens = sorted(clause.subtree, key=lambda t: t.i)
    if clause.i < verb.i or tokens[0].i <= verb.i + 1:
        return tokens
    if any(c.dep_ in _SUBJECT_DEPS for c in clause.children):
        return tokens
    if any(c.tag_ in ("WDT", "WP") for c in verb.children):
        return tokens  # 'which X said at the time “occurs regularly”': the relative is it
    doc = verb.doc
    between = doc[verb.i + 1 : tokens[0].i]
    phrases = [c for c in verb.children if verb.i < c.i < tokens[0].i]
    # (an object may be the subject too, but not of a verb whose object is its hearer)
    deps = lxs.LOST_SUBJECT_DEPS | (
        {"dobj"} if verb.lemma_ not in lxs.HEARER_OBJECT_VERBS else set()
    )
    if not phrases or any(c.dep_ not in deps for c in phrases):
        return tokens
    owned = {t.i for c in phrases for t in c.subtree}
    if any(t.i not in owned or t.text in (",", ";", ":") or "\n" in t.text for t in between):
        return tokens
    if not any(t.pos_ in ("NOUN", "PROPN", "NUM", "PRON") for t in between):
        return tokens
    return _without_speaking_participle(list(between) + tokens)


def _without_speaking_participle(tokens):
    """'..., saying, “That is going to be ...”': a participle of speech set off by a comma
    at the clause's end is another statement of the speaker."""
    for position, token in enumerate(tokens[3:], start=3):
        if (
            token.dep_ == "advcl"
            and token.tag_ == "VBG"
            and token.lemma_ in lx.SPEECH_VERBS
            and tokens[position - 1].text == ","
        ):
            return tokens[: position - 1]
    return tokens


_SUBJECT_DEPS = frozenset(["nsubj", "nsubjpass", "expl", "csubj", "csubjpass"])


def _misparsed_clause(verb):
    """'has said that the alliance would not strong-arm Ukraine ...', 'said since the start
    of the war some 750 missiles have been launched': a clause the parser broke up (its
    verb taken for a noun, or hung on the speech verb as an adverbial clause with no
    conjunction of its own) is still the speech verb's: the rest of the sentence after a
    'that' right after the verb, or the conjunctionless clause with a subject of its own
    that starts right after it."""
    if verb.lemma_ not in lx.SPEECH_VERBS:
        return None
    doc = verb.doc
    sentence = sentence_of(verb)
    that = _that_after_adjuncts(verb, sentence)
    if that is not None:
        rest = [t for t in doc[that.i + 1 : sentence.end] if not t.is_space]
        return trimmed(cut_coordinated_speech(rest)) if rest else None
    for child in verb.children:
        if child.dep_ != "advcl" or min(t.i for t in child.subtree) != verb.i + 1:
            continue
        own = [c.dep_ for c in child.children]
        if "mark" in own or not ({"nsubj", "nsubjpass"} & set(own)):
            continue
        return trimmed(cut_coordinated_speech(sorted(child.subtree, key=lambda t: t.i)))
    return _object_with_participle(verb)


def _object_with_participle(verb):
    """'The army said a drone crossed from Lebanon and fell in an open area': the parser
    took the clause's subject for the speech verb's object and its past verb for a
    participle describing it (and the verb coordinated after it for the speech verb's);
    the clause is the object with its participle, and a subjectless past verb coordinated
    right after them."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if len(objects) != 1 or verb.lemma_ not in lxs.CLAUSE_ONLY_SPEECH_VERBS:
        return None
    subject = objects[0]
    if subject.pos_ not in ("NOUN", "PROPN") or min(t.i for t in subject.subtree) != verb.i + 1:
        return None
    participle = next(
        (c for c in subject.children if c.dep_ == "acl" and c.i == subject.i + 1), None
    )
    if participle is None or participle.tag_ not in ("VBN", "VBD"):
        return None
    if any(c.dep_ in ("auxpass", "aux", "nsubj", "nsubjpass") for c in participle.children):
        return None
    tokens = sorted(subject.subtree, key=lambda t: t.i)
    following = next(
        (
            c
            for c in verb.children
            if c.dep_ == "conj"
            and c.tag_ == "VBD"
            and c.i > tokens[-1].i
            and not any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children)
        ),
        None,
    )
    between = verb.doc[tokens[-1].i + 1 : following.i] if following is not None else []
    if following is not None and [t.dep_ for t in between] == ["cc"]:
        tokens += sorted(following.subtree, key=lambda t: t.i)
    return trimmed(cut_coordinated_speech(tokens))


def _appeal(verb):
    """What an appeal asks for: the words after the verb up to a comma it governs, without
    the preposition right after the verb ('called on X to ...' gives 'X to ...')."""
    children = _before_comma(verb)
    right = sorted((t for c in children for t in c.subtree), key=lambda t: t.i)
    channels = [c for c in children if _channel_or_time(c)]
    if channels:
        # 'called for X in a statement on Monday': the appeal ends where the channel
        # begins, when only the verb's adjuncts follow it
        cut = min(t.i for t in channels[0].subtree)
        adjuncts = {t.i for c in children if c.dep_ in _ADJUNCT_DEPS for t in c.subtree}
        before = [t for t in right if t.i < cut]
        # ('called on X in a statement to withdraw': the parser may hang the infinitive on
        # the channel; an appeal to someone asks them to do something)
        if all(t.i in adjuncts for t in right if t.i >= cut) and not _asks_nothing(verb, before):
            right = before
    tokens = trimmed(cut_coordinated_speech([verb, *right]))
    if tokens and tokens[0].i == verb.i:
        tokens = tokens[1:]
    if tokens and tokens[0].i == verb.i + 1 and tokens[0].lower_ in lx.APPEAL_PREPOSITIONS:
        tokens = tokens[1:]
    # 'called for their release in a statement on Monday': the parser may hang the channel
    # on the object; a channel closing the appeal is not asked for
    for k, token in enumerate(tokens[1:], start=1):
        if _channel_or_time(token) and max(t.i for t in token.subtree) >= tokens[-1].i:
            if not _asks_nothing(verb, tokens[:k]):
                tokens = trimmed(tokens[:k])
            break
    return tokens or None


_ADJUNCT_DEPS = ("prep", "npadvmod", "advmod")


def _asks_for(tokens) -> bool:
    """'called on X for restraint': an appeal to someone that names what it asks for."""
    return any(t.dep_ == "prep" and t.lower_ in lxs.ASKED_FOR_PREPOSITIONS for t in tokens)


def _asks_nothing(verb, tokens) -> bool:
    """'called on Uganda' alone: an appeal to someone asks them to do something; cut to
    no verb, the parser hung the infinitive elsewhere ('called on X in a statement to
    withdraw')."""
    return verb.doc[verb.i + 1].lower_ == "on" and not any(t.pos_ == "VERB" for t in tokens)


def _channel_or_time(child) -> bool:
    """'called for their release in a statement Wednesday': a phrase of the verb naming
    the channel ('in a statement', 'in an Instagram post') or a bare time ('Wednesday')
    tells how the appeal was made, not what it asks."""
    if child.dep_ == "npadvmod" and child.ent_type_ in ("DATE", "TIME"):
        return True
    return (
        child.dep_ == "prep"
        and child.lower_ in lxs.CHANNEL_PREPOSITIONS
        and any(o.dep_ == "pobj" and o.lemma_.lower() in lxs.CHANNEL_NOUNS for o in child.children)
    )


def _appeal_for_clause(verb) -> bool:
    """'called for X to withdraw': an infinitive clause right after the verb, marked by one
    of the appeal's prepositions ('for'), with a subject of its own."""
    doc = verb.doc
    if verb.i + 1 >= len(doc) or doc[verb.i + 1].lower_ not in lx.APPEAL_PREPOSITIONS:
        return False
    mark = doc[verb.i + 1]
    clause = mark.head
    return (
        mark.dep_ == "mark"
        and clause.head.i == verb.i
        and clause.dep_ in lxs.APPEAL_CLAUSE_DEPS
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
    )


def _before_comma(verb):
    """The verb's dependents after it, up to a comma it governs: ', urging X to ...' set
    off after an appeal is another statement."""
    out = []
    for child in sorted(verb.children, key=lambda t: t.i):
        if child.i < verb.i:
            continue
        if child.text == "," and child.dep_ == "punct":
            break
        out.append(child)
    return out


def _object_content(verb):
    """What a speech verb's object says, when the verb has no clause of its own: "expressed
    concern that CLAUSE", "denied any role in X", "urged the government to investigate X"."""
    after = [c for c in verb.children if c.i > verb.i]
    objects = [c for c in after if c.dep_ == "dobj"]
    for obj in objects:
        if obj.lemma_.lower() in lx.SPEECH_NOUNS or obj.lower_ in lx.SPEECH_NOUNS:
            for clause in obj.children:
                marks = [m for m in clause.children if m.dep_ == "mark" and m.lower_ == "that"]
                relative = denies_its_gap(clause)  # 'a claim that X denied': X's
                if clause.dep_ in ("acl", "ccomp", "relcl") and marks and not relative:
                    return trimmed([t for t in clause.subtree if t.i > marks[0].i])
    if verb.lemma_ in lx.DENYING_VERBS:
        # "denied violating the truce", "denied having agreed to a truce": the act denied
        acts = [c for c in after if c.dep_ in ("xcomp", "dobj") and _gerund_form(c)]
        acts += [
            c
            for c in objects
            if min(t.i for t in c.subtree) == verb.i + 1 and _gerund(verb.doc[verb.i + 1], c)
        ]
        if acts:
            return trimmed(cut_coordinated_speech(_act_with_its_adjuncts(verb, acts[0])))
    if verb.lemma_ not in lx.OBJECT_CONTENT_VERBS or not objects:
        return None
    obj = objects[0]
    if obj.pos_ == "PRON" or obj.ent_type_ in ("PERSON", "NORP"):
        named = True  # a hearer ("urged Kenya to ..."): content only with what they are urged
    else:
        named = obj.ent_type_ in ("GPE", "ORG")
    if verb.lemma_ in lx.DENYING_VERBS and not (
        obj.lemma_.lower() in lx.DENIED_NOUNS or any(c.lower_ == "any" for c in obj.children)
    ):
        return None
    tokens = list(obj.subtree)
    xcomps = [c for c in after if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")]
    if xcomps and xcomps[0].i > obj.i:
        tokens = directed_act(obj, xcomps[0])
    elif xcomps:
        tokens += list(xcomps[0].subtree)
    elif named:
        return None
    return trimmed(cut_coordinated_speech(sorted(tokens, key=lambda t: t.i)))


def _gerund_form(verb) -> bool:
    """'violating', 'having agreed': a gerund, or a perfect one ('having' and a participle)."""
    return verb.tag_ == "VBG" or any(
        c.dep_ == "aux" and c.lower_ == "having" for c in verb.children
    )


def _gerund(word, obj) -> bool:
    """'massing' of 'denied massing troops': a gerund, or one the tagger read as a noun
    modifying the object (an '-ing' word in lower case right before it)."""
    if word.tag_ == "VBG":
        return True
    return (
        word.dep_ == "compound"
        and word.head.i == obj.i
        and word.is_lower
        and word.lower_.endswith("ing")
    )


def _act_with_its_adjuncts(verb, act) -> list:
    """'denied massing troops near the border': the parser reads the gerund as the object
    noun's modifier and hangs the place on the verb of denying; the phrases right after
    the object (up to a comma) are the act's."""
    tokens = list(act.subtree)
    if act.dep_ != "dobj":
        return tokens
    end = max(t.i for t in tokens)
    for child in sorted(verb.children, key=lambda t: t.i):
        if child.i <= end:
            continue
        if child.dep_ not in ("prep", "advmod") or child.i != end + 1:
            break
        if any(t.ent_type_ in ("DATE", "TIME") for t in child.subtree):
            break  # 'on Tuesday': when it was denied
        tokens += list(child.subtree)
        end = max(t.i for t in tokens)
    tokens = sorted(tokens, key=lambda t: t.i)
    # 'along the frontier on Tuesday': a date closing the act is when it was denied
    dates = [
        t
        for t in tokens
        if t.dep_ == "prep"
        and t.i > act.i
        and max(u.i for u in t.subtree) == end
        and any(u.ent_type_ in ("DATE", "TIME") for u in t.subtree)
    ]
    return [t for t in tokens if t.i < dates[0].i] if dates else tokens


def _channel_content(verb):
    """'said in a statement that CLAUSE', 'said in an interview on Monday that CLAUSE': the
    parser hangs the 'that' clause on the channel's noun (or the date after it); it is what
    the speaker said through that channel."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i < verb.i or prep.lower_ not in lx.CHANNEL_PREPOSITIONS:
            continue
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        if not objects or objects[0].lemma_.lower() not in lx.CHANNEL_NOUNS:
            continue
        for token in prep.subtree:
            if token.dep_ not in ("acl", "ccomp", "relcl", "advcl") or token.i < objects[0].i:
                continue
            clause = sorted(token.subtree, key=lambda t: t.i)
            mark = clause[0]
            if mark.dep_ == "mark" and mark.lower_ == "that" and mark.head.i == token.i:
                return through_coordinated_that(verb, trimmed(clause[1:]))
            # 'in a phone call that the ceasefire would hold': the parser may take the
            # conjunction (tagged as one) for the object of a clause with its own subject
            own = [c.dep_ for c in token.children]
            if mark.lower_ == "that" and mark.tag_ == "IN" and "nsubj" in own:
                return trimmed(clause[1:])
    return None


def _that_after_adjuncts(verb, sentence):
    """The 'that' opening the clause of a speech verb, right after it or after adverbials
    of its own ('claimed without providing evidence that ...', the clause hung on
    'evidence'); an object or a phrase of topic between them ('told him that', 'asked
    about reports that ...') makes it another word's clause."""
    doc = verb.doc
    end = min(sentence.end, verb.i + 2 + lxs.ADJUNCTS_BEFORE_CLAUSE_WORDS)
    that = next((t for t in doc[verb.i + 1 : end] if t.lower_ == "that"), None)
    if that is None or that.i + 1 >= sentence.end:
        return None
    if that.dep_ != "mark" and not conjunction_read_as_relative(that):
        return None
    if that.head.i == verb.i and any(c.dep_ == "ccomp" for c in verb.children):
        return None  # the mark of a clause the parser did find
    # ('said that after “...” it coordinated ...': the parser may leave the 'that' on the
    # verb and hang the clause on the words after it)
    adjuncts = set()
    for child in verb.children:
        if child.i > verb.i and child.dep_ in lxs.INTRODUCTORY_DEPS:
            if child.dep_ == "prep" and child.lower_ in lxs.TOPIC_PREPOSITIONS | {"on"}:
                continue
            adjuncts.update(t.i for t in child.subtree)
        elif child.i > verb.i and child.dep_ == "dobj" and verb.lemma_ in lxs.TELLING_VERBS:
            adjuncts.update(t.i for t in child.subtree)  # the hearer: 'told reporters ...'
    between = doc[verb.i + 1 : that.i]
    if any(t.i not in adjuncts or t.is_punct for t in between):
        return None
    return that


def _reported_question(verb, clause) -> bool:
    """'He questioned if everything possible was being done': the parser takes the
    'if/whether' clause of a verb of asking for an adverbial one; it is the question."""
    return (
        verb.lemma_ in lx.QUESTION_VERBS
        and clause.dep_ == "advcl"
        and clause.i > verb.i
        and any(
            m.dep_ == "mark" and m.lower_ in lx.QUESTION_MARKERS and m.i == verb.i + 1
            for m in clause.children
        )
    )


def _with_quoted_adjuncts(verb, tokens):
    """'said China “can't ...,” while it continues to “fuel ...”': the parser hangs the
    trailing clause on the speech verb, but a clause holding a quotation is the speaker's."""
    doc, end = verb.doc, tokens[-1].i
    for child in sorted(verb.children, key=lambda t: t.i):
        if child.i <= end or child.dep_ not in ("advcl", "conj", "prep"):
            continue
        if child.lemma_ in lx.SPEECH_VERBS:
            break  # '..., saying that ...' is a statement of its own
        subtree = list(child.subtree)
        first, last = subtree[0].i, subtree[-1].i
        between = doc[end + 1 : first]
        if any(not (t.is_punct or t.is_space) for t in between) or any(
            t.is_space and "\n" in t.text for t in between
        ):
            break
        if not any(t.text in lx.QUOTE_MARKS for t in subtree):
            break
        tokens = tokens + list(doc[end + 1 : last + 1])
        end = last
    return trimmed(tokens) or tokens


def _parenthetical_content(verb):
    """'At the same time, X said, the threat remains ...' and 'The work is crucial, X
    says, as ...': an attribution set off by commas is hung on the clause it reports."""
    head = verb.head
    if head.dep_ in ("aux", "auxpass") and verb.dep_ == "parataxis":
        head = head.head  # 'X, he said, had massed ...': the parser may hang it on 'had'
    if verb.dep_ == "conj" and not _closing_attribution(verb):
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    if verb.dep_ == "parataxis" and (head.pos_ not in ("VERB", "AUX") or head.dep_ == "amod"):
        # 'Chad, X said, had massed troops ...', whose verb the parser hung on its object
        return _verb_phrase_after(verb)
    if verb.dep_ not in ("parataxis", "conj") or head.pos_ not in ("VERB", "AUX"):
        return None
    attribution = {t.i for t in verb.subtree}
    own = [t for t in head.subtree if t.i not in attribution]
    subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    if head.i > verb.i and newsroom_credit(head):
        # 'CLAUSE, X said, KNA has learned': the parser hung both on the credit
        own = [t for t in own if t.i < verb.i]
    elif subjects and subjects[0].i > verb.i:
        # what comes before the attribution is the reporter's framing ('At the same time')
        own = [t for t in own if t.i > verb.i]
    elif head.i < verb.i:
        # the clause before it is reported; an 'as ...' clause after it is the reporter's
        own = [
            t
            for t in own
            if t.i < verb.i
            or not any(
                a.dep_ == "advcl" and a.head.i == head.i and a.i > verb.i and t in a.subtree
                for a in head.children
            )
        ]
    own = [t for t in own if not t.is_space]
    while own and (own[0].is_punct or own[0].dep_ in ("cc", "mark")):
        own = own[1:]
    own = trimmed(own)
    if not own or word_count(" ".join(t.text for t in own)) < 3:
        return None
    if own[0].i < verb.i < own[-1].i:
        # a gap left by the attribution would join words that were never together: the
        # side holding the clause's verb is what was said ('Turkey, he said, continued to
        # ...'; 'CLAUSE, X said, but the date is unknown')
        side = [t for t in own if (t.i < verb.i) == (head.i < verb.i)]
        while side and (side[0].is_punct or side[0].dep_ in ("cc", "mark")):
            side = side[1:]
        side = trimmed(side)
        if not side or word_count(" ".join(t.text for t in side)) < 3:
            return None
        return side
    return own


def _verb_phrase_after(verb):
    """The rest of the sentence after an attribution set off by commas, when it opens with
    an auxiliary: a verb phrase whose verb the parse lost ('had massed troops ...')."""
    doc = verb.doc
    after = verb.right_edge.i + 1  # the closing comma may be the attribution's own
    if after < len(doc) and doc[after].text == ",":
        after += 1
    elif doc[after - 1].text != ",":
        return None
    rest = [t for t in doc[after : sentence_of(verb).end] if not t.is_space]
    if not rest or rest[0].pos_ != "AUX" or len(rest) < 2 or rest[1].tag_ not in _VERB_FORMS:
        return None
    rest = trimmed(rest)
    return rest if rest and word_count(" ".join(t.text for t in rest)) >= 3 else None


_VERB_FORMS = frozenset(["VB", "VBD", "VBG", "VBN", "VBP", "VBZ"])


def _closing_attribution(verb) -> bool:
    """'CLAUSE, Ukraine's defense minister said on Friday.': the parser may coordinate the
    closing attribution with the clause; it is one when set off by a comma alone and it
    runs to the end of the sentence."""
    subtree = list(verb.subtree)
    doc, first = verb.doc, subtree[0].i
    if verb.head.i >= verb.i or first == 0 or doc[first - 1].text != ",":
        return False
    sentence = sentence_of(verb)
    rest = [t for t in doc[subtree[-1].i + 1 : sentence.end] if not (t.is_punct or t.is_space)]
    return not rest


def _as_clause_content(verb):
    """'As X emphasized, CLAUSE.' and 'CLAUSE, as X said.': the main clause is reported."""
    marks = [c for c in verb.children if c.dep_ == "mark" and c.lower_ == "as"]
    if not marks or verb.dep_ != "advcl" or not any(c.dep_ == "nsubj" for c in verb.children):
        return None
    sentence = [t for t in sentence_of(verb) if not t.is_space]
    mark = marks[0]
    position = next(k for k, t in enumerate(sentence) if t.i == mark.i)
    if all(t.is_punct for t in sentence[:position]):
        comma = next((k for k, t in enumerate(sentence) if t.i > verb.i and t.text == ","), None)
        tokens = sentence[comma + 1 :] if comma is not None else []
    elif position and sentence[position - 1].text == ",":
        if any(c.i > verb.i and not c.is_punct for c in verb.children):
            return None  # 'as he warned of the risks': a clause of its own, not a source
        rest = [t for t in sentence[position:] if not t.is_punct]
        if any(t.i > max(x.i for x in verb.subtree) for t in rest):
            return None
        tokens = sentence[: position - 1]
    else:
        return None
    while tokens and tokens[0].is_punct:
        tokens = tokens[1:]
    return trimmed(tokens) if len(tokens) >= 3 else None


def within_paragraph(tokens, verb):
    """A reported clause stops at a paragraph break (a headline or a site's blurb the parser
    ran into the sentence): the part on the speech verb's side is kept."""
    breaks = [k for k, t in enumerate(tokens) if t.is_space and "\n" in t.text]
    if not breaks:
        return tokens
    if tokens[0].i >= verb.i:  # an appeal's clause starts at its verb ('called for ...')
        return trimmed(tokens[: breaks[0]]) or tokens[:1]
    return tokens[breaks[-1] + 1 :] or tokens[-1:]
