"""PDF sheets: the LaTeX documents of documents.py compiled by a TeX engine found on the PATH.

Why LaTeX and not a pure-Python PDF writer: the statements are full of
mathematics (fractions, matrices, sums); a TeX engine typesets them properly,
while a pure-Python writer would need its own math layout. When no engine is
installed, `write_pdfs` stops with one line saying how to install one (or to
print the self-contained HTML sheets to PDF from a browser).

PDFs are reproducible: SOURCE_DATE_EPOCH/FORCE_SOURCE_DATE fix the dates and
the document sets an empty trailer id, so the same quiz gives the same bytes.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from question_bank.documents import render_key, render_sheet
from question_bank.variants import Quiz

__all__ = ["ENGINES", "PdfError", "find_engine", "require_engine", "write_pdfs"]

# engine -> command line before the .tex file (run inside the build folder)
ENGINES = {
    "pdflatex": ["pdflatex", "-interaction=nonstopmode", "-halt-on-error", "-no-shell-escape"],
    "xelatex": ["xelatex", "-interaction=nonstopmode", "-halt-on-error", "-no-shell-escape"],
    "tectonic": ["tectonic", "--chatter", "minimal"],
}
INSTALL_HINT = (
    "install one (apt-get install texlive-latex-base texlive-latex-recommended, or tectonic) "
    "or use --format html and print the sheets to PDF from a browser"
)


class PdfError(RuntimeError):
    """No TeX engine, or the engine failed on a document (message is one line)."""


def find_engine() -> str | None:
    """The first of pdflatex, xelatex, tectonic found on the PATH, or None."""
    return next((name for name in ENGINES if shutil.which(name)), None)


def require_engine() -> str:
    """The engine find_engine picks; PdfError with the install hint when there is none."""
    engine = find_engine()
    if engine is None:
        raise PdfError(f"pdf: no LaTeX engine found (pdflatex, xelatex or tectonic); {INSTALL_HINT}")
    return engine


def _first_error(log: str) -> str:
    for line in log.splitlines():
        if line.startswith("!") or line.startswith("error:"):
            return line.strip()
    return "see the engine's log"


def _compile(engine: str, name: str, source: str, target: Path) -> Path:
    env = dict(os.environ, SOURCE_DATE_EPOCH="0", FORCE_SOURCE_DATE="1")
    with tempfile.TemporaryDirectory(prefix="mlptutor-pdf-") as build:
        (Path(build) / "doc.tex").write_text(source, encoding="utf-8")
        result = subprocess.run(
            [*ENGINES[engine], "doc.tex"], cwd=build, env=env, capture_output=True, text=True,
            errors="replace", stdin=subprocess.DEVNULL, check=False,
        )
        pdf = Path(build) / "doc.pdf"
        if result.returncode != 0 or not pdf.is_file():
            raise PdfError(f"pdf: {engine} failed on {name}: {_first_error(result.stdout + result.stderr)}")
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(pdf, target)
    return target


def write_pdfs(quiz: Quiz, out: Path, workers: int = 2) -> list[Path]:
    """out/pdf/sheets/<id>.pdf for every student and out/pdf/answer-key.pdf (compiled `workers` at a time)."""
    engine = require_engine()
    folder = Path(out) / "pdf"
    jobs = [(f"the sheet of {s.id}", render_sheet(quiz, s, "tex"), folder / "sheets" / f"{s.id}.pdf")
            for s in quiz.students]
    jobs.append(("the answer key", render_key(quiz, "tex"), folder / "answer-key.pdf"))
    with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
        return list(pool.map(lambda job: _compile(engine, *job), jobs))
