"""The endpoint against hostile input, over HTTP to a real `kg serve` on loopback: links
only for http(s) URLs, security headers on HTML, 4xx (never 5xx) for bad parameters, control
characters escaped in the log, no DTD in uploads, bounded memory for big uploads, and the
one error shape everywhere."""

from __future__ import annotations

import json
import socket
import time
from html.parser import HTMLParser

import httpx
import pytest

from kg.pipeline import build
from tests.conftest import PROCESSES, SEEDS, running_server, server_log

TOKEN = "hardening-test-token"
KG = "https://w3id.org/kg-news/ontology#"
HTML = {"Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"}
EVIL_URL = "javascript:alert(document.cookie)"
GOOD_URL = "https://example.org/news/stoltenberg"
UPLOAD_LIMIT = 46_000_000
ARTICLES = [
    {
        "id": "evil-link",
        "url": EVIL_URL,
        "date": "2022-03-02",
        "text": 'NATO Secretary General Jens Stoltenberg said: "We will defend every inch."',
    },
    {
        "id": "good-link",
        "url": GOOD_URL,
        "date": "2022-03-03",
        "text": 'Dmytro Kuleba said: "Ukraine needs more weapons now."',
    },
    # one statement reported by two outlets: one fact, read from two articles
    {
        "id": "reprint-a",
        "date": "2022-03-04",
        "text": 'Brussels. NATO Secretary General Jens Stoltenberg said: "NATO will not send '
        'troops into Ukraine."\nThe allies met on Friday.',
    },
    {
        "id": "reprint-b",
        "date": "2022-03-04",
        "text": 'NATO Secretary General Jens Stoltenberg said: "NATO will not send troops into '
        'Ukraine."\nHe spoke after a meeting of foreign ministers.',
    },
]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    root = tmp_path_factory.mktemp("hardening")
    lines = root / "links.jsonl"
    lines.write_text("\n".join(json.dumps(a) for a in ARTICLES) + "\n", encoding="utf-8")
    store = root / "store"
    assert build([str(SEEDS), str(lines)], store).ok
    env = {"KG_ADMIN_TOKEN": TOKEN, "KG_MAX_UPLOAD_BYTES": str(UPLOAD_LIMIT)}
    with running_server(store, env=env) as base:
        yield base


class Page(HTMLParser):
    """The links and scripts of an HTML page, as a browser's parser sees them."""

    def __init__(self, text: str):
        super().__init__()
        self.hrefs: list[str] = []
        self.inline_scripts: list[str] = []
        self._script: dict | None = None
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if "href" in attributes:
            self.hrefs.append(attributes["href"])
        if tag == "script":
            self._script = attributes

    def handle_data(self, data):
        script = self._script
        script = script if script is not None and "src" not in script else None
        # a JSON data block is never run
        if script is not None and data.strip() and script.get("type") != "application/json":
            self.inline_scripts.append(data)

    def handle_endtag(self, tag):
        if tag == "script":
            self._script = None


def article_with_url(server: str, url: str) -> str:
    response = httpx.post(
        f"{server}/sparql",
        data={"query": f"SELECT ?a WHERE {{ ?a <{KG}url> {json.dumps(url)} }}"},
        headers={"Accept": "application/sparql-results+json"},
        timeout=60,
    )
    rows = response.json()["results"]["bindings"]
    assert rows, f"no article with url {url}"
    return "/" + rows[0]["a"]["value"].removeprefix("https://w3id.org/kg-news/")


def assert_error_shape(response: httpx.Response, status: int) -> None:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"status", "message"}
    assert body["error"]["status"] == status and isinstance(body["error"]["message"], str)


# ------------------------------------------------------------------ #13.2 stored XSS
def test_only_http_urls_become_links(server):
    evil = httpx.get(server + article_with_url(server, EVIL_URL), headers=HTML)
    assert evil.status_code == 200
    hrefs = Page(evil.text).hrefs
    assert not [h for h in hrefs if not h.startswith(("/", "#", "http://", "https://"))], hrefs
    assert EVIL_URL in evil.text  # the article is stored and its URL shown, as text
    good = httpx.get(server + article_with_url(server, GOOD_URL), headers=HTML)
    assert GOOD_URL in Page(good.text).hrefs


def test_html_carries_security_headers_and_no_inline_script(server):
    actor = "/id/actor/dmytro-kuleba"
    for path in ("/", "/network", "/ontology", actor, article_with_url(server, GOOD_URL)):
        response = httpx.get(server + path, headers=HTML)
        assert response.status_code == 200, path
        policy = {
            d.strip().split()[0]: d.strip().split()[1:]
            for d in response.headers["content-security-policy"].split(";")
            if d.strip()
        }
        assert policy["frame-ancestors"] == ["'none'"]
        assert policy["script-src"] == ["'self'"], policy  # no inline script, no eval
        assert policy["object-src"] == ["'none'"]
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["referrer-policy"]
        assert Page(response.text).inline_scripts == [], path
    assert httpx.get(f"{server}/health").headers["x-content-type-options"] == "nosniff"


def test_a_quote_reported_twice_is_listed_once(server):
    """#14: the actor page listed a quote once per row of its query (two articles, two
    mentions): once, with a link to each article."""
    response = httpx.post(
        f"{server}/sparql",
        data={
            "query": f"SELECT DISTINCT ?a WHERE {{ ?s <{KG}content> ?q ; <{KG}speaker> ?a "
            f"FILTER(CONTAINS(?q, 'send troops')) }}"
        },
        headers={"Accept": "application/sparql-results+json"},
        timeout=60,
    )
    speakers = [r["a"]["value"] for r in response.json()["results"]["bindings"]]
    assert speakers
    for speaker in speakers:
        page = httpx.get(
            server + "/" + speaker.removeprefix("https://w3id.org/kg-news/"), headers=HTML
        ).text
        said = page.split("What they said", 1)[1].split("</ul>", 1)[0]
        items = [i for i in said.split("<li>") if "send troops" in i]
        assert len(items) == 1, items
        assert items[0].count("in the article") == 2, items[0]


# ------------------------------------------------------------------ #13.6 no 500s
def test_bad_highlight_ranges_are_400(server):
    article = article_with_url(server, GOOD_URL)
    for bad in ("²,5", "4" * 4301 + ",1", "5,2", "1", "-1,3", "١,٣", "1,2,3"):
        assert_error_shape(httpx.get(server + article, params={"hl": bad}, headers=HTML), 400)
    good = httpx.get(server + article, params={"hl": "0,5"}, headers=HTML)
    assert good.status_code == 200
    assert 'class="m hl"' in good.text or 'class="hl"' in good.text


def test_routing_errors_answer_the_error_shape(server):
    assert_error_shape(httpx.get(f"{server}/no/such/page"), 404)
    assert_error_shape(httpx.get(f"{server}/no/such/page", headers=HTML), 404)
    assert_error_shape(httpx.delete(f"{server}/health"), 405)
    assert_error_shape(httpx.put(f"{server}/update"), 405)
    assert_error_shape(httpx.get(f"{server}/api/meetings", params={"from": "2022-02-30"}), 400)
    assert_error_shape(
        httpx.get(f"{server}/sparql", params={"query": "ASK{}", "timeout": "nan"}), 400
    )


# ------------------------------------------------------------------ #13.7 log injection
def test_control_characters_are_escaped_in_the_log(server):
    # sent raw: httpx would drop the encoded CR and LF from the URL
    host, port = server.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=10) as sock:
        sock.sendall(b"GET /nothing/%1B%5B2J%00x%0Dforged%0Aline HTTP/1.1\r\nHost: x\r\n\r\n")
        assert sock.recv(100).startswith(b"HTTP/1.1 404")
    deadline = time.monotonic() + 10
    while b"forged" not in server_log(server) and time.monotonic() < deadline:
        time.sleep(0.1)
    log = server_log(server)
    line = next(raw for raw in log.splitlines() if b"forged" in raw)
    assert b"\x1b" not in log and b"\x00" not in log and b"\r" not in log
    assert b"\\x1b[2J\\x00x\\rforged\\nline" in line


# ------------------------------------------------------------------ #13.8 uploads
ENTITIES = b"""<?xml version="1.0"?>
<!DOCTYPE rdf:RDF [
 <!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
 <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
 <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
]>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
         xmlns:ex="http://example.org/">
  <rdf:Description rdf:about="http://example.org/s"><ex:p>&c;</ex:p></rdf:Description>
</rdf:RDF>
"""
PLAIN_XML = b"""<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
         xmlns:ex="http://example.org/">
  <rdf:Description rdf:about="http://example.org/s"><ex:p>plain</ex:p></rdf:Description>
</rdf:RDF>
"""
ADMIN = {"authorization": f"Bearer {TOKEN}"}


def test_rdfxml_with_a_doctype_is_refused(server):
    xml = {**ADMIN, "content-type": "application/rdf+xml"}
    refused = httpx.put(f"{server}/graph?graph=http://x/dtd", content=ENTITIES, headers=xml)
    assert_error_shape(refused, 400)
    assert "DOCTYPE" in refused.json()["error"]["message"]
    assert httpx.get(f"{server}/graph?graph=http://x/dtd").status_code == 404
    plain = httpx.put(f"{server}/graph?graph=http://x/plain", content=PLAIN_XML, headers=xml)
    assert plain.status_code == 201
    assert "plain" in httpx.get(f"{server}/graph?graph=http://x/plain").text
    assert httpx.delete(f"{server}/graph?graph=http://x/plain", headers=ADMIN).status_code == 204


def peak_rss_mb(pid: int) -> float:
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    raise AssertionError("no VmHWM")


def triples(size: int):
    """About ``size`` bytes of N-Triples, generated as they are sent."""
    sent, i = 0, 0
    while sent < size:
        chunk = "".join(
            f'<http://example.org/s/{n}> <http://example.org/p/{n % 50}> "value {n} of the '
            f'upload with some words" .\n'
            for n in range(i, i + 5000)
        ).encode()
        i += 5000
        sent += len(chunk)
        yield chunk


def test_a_44_mb_upload_takes_bounded_memory(server):
    pid = PROCESSES[server].pid
    nt = {**ADMIN, "content-type": "application/n-triples"}
    before = peak_rss_mb(pid)
    started = time.monotonic()
    response = httpx.put(
        f"{server}/graph?graph=http://x/big", content=triples(44_000_000), headers=nt, timeout=600
    )
    assert response.status_code == 201, response.text
    growth = peak_rss_mb(pid) - before
    print(f"44 MB upload: {time.monotonic() - started:.1f} s, server peak RSS +{growth:.0f} MB")
    assert growth < 250
    count = httpx.get(
        f"{server}/sparql",
        params={"query": "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <http://x/big> { ?s ?p ?o } }"},
        timeout=60,
    ).json()["results"]["bindings"][0]["n"]["value"]
    assert int(count) > 400_000
    too_big = httpx.put(
        f"{server}/graph?graph=http://x/big2",
        content=triples(UPLOAD_LIMIT + 1_000_000),
        headers=nt,
        timeout=600,
    )
    assert_error_shape(too_big, 413)
    dropped = httpx.delete(f"{server}/graph?graph=http://x/big", headers=ADMIN, timeout=300)
    assert dropped.status_code == 204
