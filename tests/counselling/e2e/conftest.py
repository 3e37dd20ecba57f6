"""Browser fixtures for the counselling end-to-end tests.

The shared fixtures live in tests/e2e/conftest.py, which pytest does not offer to this folder.
Playwright's sync API allows one instance per thread, so this browser is module-scoped: it is
closed before the next module (for example tests/e2e) starts its own.
"""

import os

import pytest

from tests.e2e.conftest import CHROMIUM_FLAGS, chromium_path


@pytest.fixture(scope="module")
def browser():
    path = chromium_path()
    if path is None:
        if os.environ.get("CI"):
            pytest.fail(
                "Chromium is required for the end-to-end tests in CI (apt package chromium)."
            )
        pytest.skip("Chromium is not installed (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=path, headless=True, args=CHROMIUM_FLAGS
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(locale="de-DE")
    page = context.new_page()
    yield page
    context.close()
