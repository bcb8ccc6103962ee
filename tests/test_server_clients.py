"""Who a request comes from: the peer, or behind a trusted proxy the X-Forwarded-For hop that
proxy saw; never an address the client wrote itself."""

from __future__ import annotations

import pytest

from kg.errors import UsageError
from kg.server.clients import ClientKeys


def test_without_trusted_proxies_the_peer_is_the_client():
    keys = ClientKeys("")
    assert keys.of("192.0.2.1", ["198.51.100.7"]) == "192.0.2.1"
    assert keys.of("192.0.2.1", []) == "192.0.2.1"


def test_an_untrusted_peer_cannot_pose_as_another_client():
    keys = ClientKeys("10.0.0.0/8")
    assert keys.of("192.0.2.1", ["198.51.100.7"]) == "192.0.2.1"


def test_behind_proxies_the_rightmost_untrusted_hop_is_the_client():
    keys = ClientKeys("10.0.0.0/8, 192.0.2.10")
    # the client wrote the first hop itself; the proxies appended the others
    assert keys.of("10.1.1.1", ["6.6.6.6, 198.51.100.7"]) == "198.51.100.7"
    # two proxies in a row, and the header split over two lines
    assert keys.of("192.0.2.10", ["6.6.6.6, 198.51.100.7", "10.2.2.2"]) == "198.51.100.7"
    # only proxies: the farthest one
    assert keys.of("10.1.1.1", ["10.3.3.3, 10.2.2.2"]) == "10.3.3.3"
    # no header: the proxy itself
    assert keys.of("10.1.1.1", []) == "10.1.1.1"


def test_a_hop_that_is_not_an_address_stops_the_walk():
    keys = ClientKeys("10.0.0.0/8")
    assert keys.of("10.1.1.1", ["198.51.100.7, unknown"]) == "10.1.1.1"
    assert keys.of("10.1.1.1", ["unknown, 10.2.2.2"]) == "10.2.2.2"


def test_addresses_are_parsed_not_compared_as_text():
    keys = ClientKeys("10.0.0.1")
    assert keys.of("10.0.0.1", ["198.51.100.7:4711"]) == "198.51.100.7"
    assert keys.of("::ffff:10.0.0.1", ["[2001:db8:1:2::9]:443"]) == "2001:db8:1:2::/64"
    assert keys.of("::ffff:198.51.100.7", []) == "198.51.100.7"
    # one host holds a whole /64: its addresses are one client
    assert keys.of("2001:db8::1", []) == keys.of("2001:db8::ffff:2", []) == "2001:db8::/64"
    assert keys.of("testclient", ["198.51.100.7"]) == "testclient"  # not an IP peer: as given


def test_a_bad_proxy_list_is_a_usage_error():
    with pytest.raises(UsageError, match="not an address"):
        ClientKeys("10.0.0.0/8, proxy.example")
