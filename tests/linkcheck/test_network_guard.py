"""The suite itself cannot reach the internet (see tests/network_guard.py)."""

import socket

import pytest

from tests import network_guard


def test_connections_outside_loopback_are_refused_and_reported():
    with pytest.raises(ConnectionRefusedError), socket.socket() as sock:
        sock.connect(("192.0.2.10", 80))  # TEST-NET-1, never routed
    assert network_guard._violations  # the autouse fixture would fail this test
    del network_guard._violations[:]


def test_name_lookups_outside_loopback_are_refused():
    with pytest.raises(ConnectionRefusedError):
        socket.getaddrinfo("www.example.org", 443)
    del network_guard._violations[:]


def test_invalid_names_fail_like_nxdomain_and_loopback_works():
    with pytest.raises(socket.gaierror):
        socket.getaddrinfo("nothing.invalid", 80)
    assert socket.getaddrinfo("127.0.0.1", 80)
