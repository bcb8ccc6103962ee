"""Whether kg's facts of one capability item are right: an item passes when every expected fact
is found, nothing else of its kind is, and each found fact's attributes are right.

Facts are paired as ../shared/eval/score.py pairs them, with its name matching (lower case, no
accents or punctuation, no leading "the"; a gold alias, or a person's surname) and its overlap
(Dice of word multisets): a statement by speaker and quote overlap >= 0.5; a deployment by actor,
then size if both give one, else location; a meeting by its set of participants. This module
restates those few rules (the scorer lives outside the repository) and keeps them the same.
Past pairing, an item also checks what the scorer tallies as accuracies: a statement's
``direct``; a deployment's size (null when no number is given), location and modality; a
meeting's mode, status and date.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

SPELLING = {"defence": "defense", "kyiv": "kiev"}


def norm(text: str | None) -> str:
    if not text:
        return ""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"[’']s\b", "", text)
    words = re.findall(r"[a-z0-9]+", text)
    if words[:1] == ["the"]:
        words = words[1:]
    return " ".join(SPELLING.get(w, w) for w in words)


def dice(a: str | None, b: str | None) -> float:
    ta, tb = Counter(norm(a).split()), Counter(norm(b).split())
    total = sum(ta.values()) + sum(tb.values())
    return 2 * sum((ta & tb).values()) / total if total else 0.0


class Actors:
    """The gold actors of one item, for deciding whether a predicted name means one."""

    def __init__(self, gold_actors: list[dict]):
        self.names: dict[str, str] = {}
        self.surnames: dict[str, str] = {}
        for actor in gold_actors:
            for name in [actor["name"], *actor.get("aliases", [])]:
                self.names[norm(name)] = actor["name"]
            if actor.get("type") == "Person":
                last = norm(actor["name"]).split()[-1:]
                if last and len(last[0]) > 2:
                    self.surnames[last[0]] = actor["name"]

    def canonical(self, name: str | None) -> str | None:
        key = norm(name)
        if key in self.names:
            return self.names[key]
        words = key.split()
        if words and words[-1] in self.surnames:
            return self.surnames[words[-1]]
        return key or None

    def same(self, pred: str | None, gold: str | None) -> bool:
        return pred is not None and self.canonical(pred) == self.canonical(gold)


def pairs(gold: list, pred: list, score) -> list[tuple[int, int]]:
    """Greedy one-to-one matching, best-scoring pairs first (score() is None: no pair)."""
    scored = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            s = score(g, p)
            if s is not None:
                scored.append((s, gi, pi))
    scored.sort(reverse=True)
    used_g, used_p, out = set(), set(), []
    for _, gi, pi in scored:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            out.append((gi, pi))
    return out


def statement_pair(actors: Actors):
    def score(g, p):
        overlap = dice(g["quote"], p.get("quote"))
        if overlap < 0.5 or not actors.same(p.get("speaker"), g["speaker"]):
            return None
        return overlap

    return score


def deployment_pair(actors: Actors):
    def score(g, p):
        if not actors.same(p.get("actor"), g["actor"]):
            return None
        if g.get("size") is not None and p.get("size") is not None:
            return 1.0 if int(g["size"]) == int(p["size"]) else None
        gl, pl = g.get("location"), p.get("location")
        if gl is None and pl is None:
            return 0.6
        if gl is None or pl is None:
            return 0.5 if g.get("size") is None and p.get("size") is None else None
        overlap = dice(gl, pl)
        return overlap if overlap >= 0.5 else None

    return score


def meeting_pair(actors: Actors):
    def score(g, p):
        gold = {actors.canonical(x) for x in g["participants"]}
        pred = {actors.canonical(x) for x in p.get("participants", [])}
        return 1.0 if gold == pred and len(gold) >= 2 else None

    return score


PAIRING = {"statements": statement_pair, "deployments": deployment_pair, "meetings": meeting_pair}


def attribute_errors(kind: str, g: dict, p: dict) -> list[str]:
    """The attributes of a paired fact that differ from the expected ones."""
    if kind == "statements":
        return [] if bool(g["direct"]) == bool(p.get("direct")) else ["direct"]
    if kind == "deployments":
        errors = [] if g["modality"] == p.get("modality") else ["modality"]
        if g["size"] != p.get("size"):
            errors.append("size")
        if g.get("location") and dice(g["location"], p.get("location")) < 0.5:
            errors.append("location")
        return errors
    return [key for key in ("mode", "status", "date") if g[key] != p.get(key)]


def failures(kind: str, gold: dict, predicted: dict) -> list[str]:
    """Why an item fails (empty: it passes): 'missed' and 'extra' facts, and the name of each
    wrong attribute of a paired fact."""
    actors = Actors(gold["actors"])
    expected, found = gold[kind], predicted.get(kind) or []
    matched = pairs(expected, found, PAIRING[kind](actors))
    out = ["missed"] * (len(expected) - len(matched)) + ["extra"] * (len(found) - len(matched))
    for gi, pi in matched:
        out += attribute_errors(kind, expected[gi], found[pi])
    return out
