# The shared browser fixtures of the end-to-end suite (Debian chromium via Playwright).
from tests.e2e.conftest import browser, page  # noqa: F401
