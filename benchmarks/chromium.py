"""Debian's Chromium as the tests and benchmarks start it (one definition for both).

Installed by `make test` (apt-get install chromium), never downloaded by Playwright.
The flags keep it off the network: this machine has none but the package
registries, and background services would retry their connections at every start.
"""

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
