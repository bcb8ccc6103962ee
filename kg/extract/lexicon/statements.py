"""Words of statements: speech verbs, attributions, quotation sizes and media.

Nothing here names an actor of a particular article. Changing a table changes what the
extractors emit: bump ``kg.EXTRACTOR_VERSION`` with it.
"""

from __future__ import annotations

# Verbs (lemmas) that introduce speech; their clausal complement is what was said.
SPEECH_VERBS = frozenset(
    [
        "say",
        "tell",
        "state",
        "declare",
        "announce",
        "add",
        "note",
        "stress",
        "underline",
        "emphasise",
        "emphasize",
        "explain",
        "warn",
        "claim",
        "insist",
        "argue",
        "assert",
        "affirm",
        "reaffirm",
        "confirm",
        "deny",
        "acknowledge",
        "admit",
        "allege",
        "accuse",
        "recall",
        "reiterate",
        "write",
        "tweet",
        "post",
        "report",
        "suggest",
        "predict",
        "promise",
        "vow",
        "pledge",
        "threaten",
        "urge",
        "call",
        "demand",
        "ask",
        "answer",
        "reply",
        "respond",
        "comment",
        "remark",
        "observe",
        "point",
        "mention",
        "describe",
        "believe",
        "think",
        "estimate",
        "assure",
        "maintain",
        "contend",
        "caution",
        "complain",
        "concede",
        "boast",
        "signal",
        "indicate",
        "reveal",
        "disclose",
        "inform",
        "testify",
        "proclaim",
        "announce",
        "agree",
        "imply",
        "express",
        # "questioned if/whether ...": a reported question, like "asked whether"
        "question",
    ]
)
# Speech verbs whose infinitive complement is what was said ("claimed to have taken ...").
SPEECH_VERBS_WITH_INFINITIVE = frozenset(["claim", "vow", "pledge", "promise", "threaten"])
# Verbs whose nominal object can carry the content when it holds a quotation
# ("underlined the “need for ...”").
SPEECH_VERBS_WITH_OBJECT = frozenset(
    [
        "underline",
        "stress",
        "emphasise",
        "emphasize",
        "reiterate",
        "denounce",
        "criticise",
        "criticize",
        "condemn",
        "express",
    ]
)
# Words right before a quotation that make it the name of a source, not a statement
# ("citing “people familiar with the matter”").
CITING_WORDS = ("citing", "cited", "cites", "quoting", "quoted")
# "according to X" and its kin: the rest of the sentence is X's statement.
ACCORDING_TO = ("according to", "according to a statement from", "in the words of")

# Fewer words than this inside quotation marks is a scare quote or a term, not a statement.
MIN_DIRECT_QUOTE_WORDS = 4
# A quotation inside a reported clause that is at least this long stands as the direct quote.
QUOTE_DOMINATES_WORDS = 6
# This many quotations inside one reported clause are fragments of it, not quotes of their own.
WOVEN_QUOTES = 3

# Media: a cue word (lower case) in the sentence -> the medium's name.
MEDIA = {
    "twitter": "Twitter",
    "tweet": "Twitter",
    "tweeted": "Twitter",
    "facebook": "Facebook",
    "telegram": "Telegram",
    "instagram": "Instagram",
    "youtube": "YouTube",
    "x.com": "X",
    "bbc": "BBC",
    "cnn": "CNN",
    "fox news": "Fox News",
    "reuters": "Reuters",
    "associated press": "Associated Press",
    "afp": "AFP",
    "tass": "TASS",
    "ria novosti": "RIA Novosti",
    "interfax": "Interfax",
    "cbs": "CBS",
    "nbc": "NBC",
    "abc news": "ABC News",
    "msnbc": "MSNBC",
    "sky news": "Sky News",
    "al jazeera": "Al Jazeera",
    "television": "TV",
    "tv": "TV",
    "press conference": "press conference",
    "news conference": "press conference",
    "briefing": "briefing",
    "interview": "interview",
    "statement": "statement",
    "speech": "speech",
    "video address": "video address",
}
