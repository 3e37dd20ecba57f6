"""Docker HEALTHCHECK: `python -m frs_portal.healthcheck [readyz]`.

Asks the local gunicorn for /healthz/ (or /readyz/) with a Host the production settings allow
and the HTTPS marker the TLS proxy would set; exits 0 when the answer is 200. Standard library
only: the slim image has no curl.
"""

import os
import sys
import urllib.error
import urllib.request


def main(argv: list[str]) -> int:
    path = "readyz" if argv[1:] == ["readyz"] else "healthz"
    port = os.environ.get("GUNICORN_BIND", "0.0.0.0:8000").rsplit(":", 1)[-1]
    host = (os.environ.get("DJANGO_ALLOWED_HOSTS") or "localhost").split(",")[0].strip()
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/{path}/",
        headers={"Host": host.lstrip("."), "X-Forwarded-Proto": "https"},
    )
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return 0 if response.status == 200 else 1
    except (urllib.error.URLError, OSError):
        return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
