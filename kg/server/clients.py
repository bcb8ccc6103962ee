"""Which client a request comes from, for sharing the query workers fairly.

A client is its peer address, unless that peer is a trusted reverse proxy
(``KG_TRUSTED_PROXIES``): then ``X-Forwarded-For`` is read from the right, each proxy having
appended the address it saw, and the client is the rightmost hop that is not itself a
trusted proxy. Hops left of that were written by the client and are never believed. Addresses
are parsed with :mod:`ipaddress`, never compared as text; an IPv4-mapped IPv6 address is its
IPv4 address, and an IPv6 client counts by its /64 network (one host usually holds a whole
/64, so single addresses would let it pose as many clients).
"""

from __future__ import annotations

import ipaddress

from kg.errors import UsageError

Address = ipaddress.IPv4Address | ipaddress.IPv6Address
Network = ipaddress.IPv4Network | ipaddress.IPv6Network


def trusted_networks(text: str) -> tuple[Network, ...]:
    """The networks of a comma-separated list of addresses and CIDR networks."""
    networks = []
    for item in (part.strip() for part in text.split(",")):
        if not item:
            continue
        try:
            networks.append(ipaddress.ip_network(item, strict=False))
        except ValueError:
            raise UsageError(
                f"KG_TRUSTED_PROXIES: {item!r} is not an address or a network (CIDR)."
            ) from None
    return tuple(networks)


def parse_address(text: str | None) -> Address | None:
    """An address from a peer or an X-Forwarded-For hop (``[v6]:port`` and ``v4:port`` too),
    or None when it is not one."""
    if not text:
        return None
    text = text.strip()
    if text.startswith("["):  # [2001:db8::1] or [2001:db8::1]:443
        text = text[1:].partition("]")[0]
    elif text.count(":") == 1:  # 192.0.2.1:443
        text = text.partition(":")[0]
    try:
        address = ipaddress.ip_address(text)
    except ValueError:
        return None
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        return address.ipv4_mapped
    return address


class ClientKeys:
    """The key under which a request's queries are counted."""

    def __init__(self, trusted_proxies: str = ""):
        self.trusted = trusted_networks(trusted_proxies)

    def _is_trusted(self, address: Address) -> bool:
        return any(address in network for network in self.trusted)

    def of(self, peer: str | None, forwarded_for: list[str]) -> str:
        """The client key of a request from ``peer`` carrying these X-Forwarded-For headers."""
        address = parse_address(peer)
        if address is None:
            return peer or "-"  # not an IP peer (a Unix socket, a test client): as given
        if self._is_trusted(address):
            hops = [hop for header in forwarded_for for hop in header.split(",")]
            for hop in reversed(hops):
                hop_address = parse_address(hop)
                if hop_address is None:
                    break  # garbage: the nearest proxy that we trust is all we know
                address = hop_address
                if not self._is_trusted(address):
                    break
        return _key(address)

    def of_request(self, request) -> str:
        """The client key of a Starlette request."""
        peer = request.client.host if request.client else None
        return self.of(peer, request.headers.getlist("x-forwarded-for"))


def _key(address: Address) -> str:
    if isinstance(address, ipaddress.IPv6Address):
        return str(ipaddress.IPv6Network((address, 64), strict=False))
    return str(address)
