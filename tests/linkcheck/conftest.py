import pytest

from .local_server import LocalServer


@pytest.fixture(scope="module")
def web():
    """The local web server on 127.0.0.1 (see local_server.py), shared by a module's tests."""
    with LocalServer(slow_seconds=2.0) as server:
        yield server


@pytest.fixture
def linkcheck_settings(settings):
    """The checker as configured, but allowed onto loopback, fast and without delays."""
    settings.LINKCHECK_ALLOW_PRIVATE_ADDRESSES = True
    settings.LINKCHECK_PER_HOST_DELAY = 0
    settings.LINKCHECK_CONNECT_TIMEOUT = 2
    settings.LINKCHECK_READ_TIMEOUT = 0.5
    settings.LINKCHECK_CONTACT_URL = "https://portal.example.org/impressum/"
    return settings
