"""No test contacts a host outside the loopback network.

Installed for the whole suite by `conftest.py`. Python-level name lookups and connections to
anything but loopback addresses fail, and the test that tried fails at teardown even when the
code under test swallowed the error (a link checker reports errors instead of raising them).

Names under `.invalid` fail to resolve, as RFC 6761 (section 6.4) requires of every resolver:
tests use them for DNS failures, and the answer never has to leave the machine.
"""

import ipaddress
import socket

import pytest

_real_getaddrinfo = socket.getaddrinfo
_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex
_violations: list[str] = []


def _is_loopback_host(host) -> bool:
    if host is None:  # passive lookups for binding a server
        return True
    if isinstance(host, bytes):
        host = host.decode("ascii", "replace")
    host = host.strip("[]").rstrip(".").lower().split("%")[0]
    if host in ("localhost", socket.gethostname().lower()) or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback or ipaddress.ip_address(host).is_unspecified
    except ValueError:
        return False


def _is_invalid_tld(host) -> bool:
    if isinstance(host, bytes):
        host = host.decode("ascii", "replace")
    host = (host or "").rstrip(".").lower()
    return host == "invalid" or host.endswith(".invalid")


def _refuse(what: str):
    _violations.append(what)
    raise ConnectionRefusedError(f"network guard: {what} (tests stay on 127.0.0.1)")


def guarded_getaddrinfo(host, *args, **kwargs):
    if _is_invalid_tld(host):
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
    if not _is_loopback_host(host):
        _refuse(f"name lookup of {host!r}")
    return _real_getaddrinfo(host, *args, **kwargs)


def _check_address(sock, address):
    if sock.family in (socket.AF_INET, socket.AF_INET6) and not _is_loopback_host(address[0]):
        _refuse(f"connection to {address!r}")


def guarded_connect(self, address):
    _check_address(self, address)
    return _real_connect(self, address)


def guarded_connect_ex(self, address):
    _check_address(self, address)
    return _real_connect_ex(self, address)


socket.getaddrinfo = guarded_getaddrinfo
socket.socket.connect = guarded_connect
socket.socket.connect_ex = guarded_connect_ex


@pytest.fixture(autouse=True)
def no_network_outside_loopback():
    del _violations[:]
    yield
    if _violations:
        found = list(_violations)
        del _violations[:]
        pytest.fail(f"test tried to reach the network outside 127.0.0.1: {found}")
