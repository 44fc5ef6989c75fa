"""A page as a real browser reads it: Debian's headless Chromium parses the HTML, runs whatever scripts it holds,
then gives its DOM (--dump-dom) and its printed text (--print-to-pdf, read back by pdftotext).

./setup.sh --test installs both (packages chromium and poppler-utils); the tests that use this skip without them.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

BROWSER = shutil.which("chromium")
needs_browser = pytest.mark.skipif(BROWSER is None or shutil.which("pdftotext") is None,
                                   reason="no Chromium or pdftotext (./setup.sh --test installs them)")
# this machine's network is closed: without these, Chromium's own connections stall its start
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]
# a page's script marks the document root: finding the mark in the DOM means student text ran as code
MARK = "data-owned"
ATTACK = ('<img src=x onerror="document.documentElement.dataset.owned=1">'
          "<script>document.documentElement.dataset.owned=2</script>"
          '<svg onload="document.documentElement.dataset.owned=3"></svg>'
          '<a href="javascript:void(0)">link</a><style>body{display:none}</style>')


def _run(page: Path, tmp: Path, *action: str) -> str:
    done = subprocess.run([BROWSER, *FLAGS, f"--user-data-dir={tmp / 'profile'}", *action, page.resolve().as_uri()],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def dom(page: Path, tmp: Path) -> str:
    """The page's DOM once loaded (its scripts run), serialised."""
    return _run(page, tmp, "--dump-dom")


def printed_text(page: Path, tmp: Path) -> str:
    """The text of the page as printed (what a reader sees), through Chromium's PDF, its runs of white space (the
    lines the layout broke) one space each."""
    pdf = tmp / f"{page.stem}.pdf"
    _run(page, tmp, "--no-pdf-header-footer", f"--print-to-pdf={pdf}")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(text.split())
