"""PDF sheets: the LaTeX documents of documents.py compiled by a TeX engine found on the PATH.

LuaLaTeX is preferred: with OpenType (vector) Noto fonts it prints a name in
any script (Latin, Greek, Cyrillic, CJK, Arabic, Devanagari; see
sheet_templates/page.tex.j2). `setup.sh --pdf` installs it and the fonts.
pdfLaTeX can print Latin-1 names only: with it, a roster holding any other
name stops with one line saying to install LuaLaTeX, before anything is
written.

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
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from mlptutor.question_bank.render.documents import render_key, render_sheet, render_solutions
from mlptutor.question_bank.variants import Quiz

__all__ = ["ENGINES", "PdfError", "find_engine", "require_engine", "write_pdfs"]

# engine -> command line before the .tex file (run inside the build folder)
ENGINES = {
    "lualatex": ["lualatex", "-interaction=nonstopmode", "-halt-on-error", "-no-shell-escape"],
    "xelatex": ["xelatex", "-interaction=nonstopmode", "-halt-on-error", "-no-shell-escape"],
    "pdflatex": ["pdflatex", "-interaction=nonstopmode", "-halt-on-error", "-no-shell-escape"],
    "tectonic": ["tectonic", "--chatter", "minimal"],
}
UNICODE_PACKAGES = "texlive-luatex texlive-latex-recommended fonts-noto-core fonts-noto-cjk"
INSTALL_HINT = (
    f"install one (./setup.sh --pdf, or apt-get install {UNICODE_PACKAGES}) "
    "or use --format html and print the sheets to PDF from a browser"
)


class PdfError(RuntimeError):
    """No TeX engine, or the engine failed on a document (message is one line)."""


def _usable(name: str) -> bool:
    if not shutil.which(name):
        return False
    if name != "lualatex":
        return True
    # the lualatex binary ships without its LaTeX support (texlive-luatex): check for luaotfload
    found = subprocess.run(["kpsewhich", "luaotfload.sty"], capture_output=True, text=True, check=False)
    return bool(found.stdout.strip())


def find_engine() -> str | None:
    """The first usable of lualatex, xelatex, pdflatex, tectonic on the PATH, or None."""
    return next((name for name in ENGINES if _usable(name)), None)


def _latin1(text: str) -> bool:
    return all(ord(c) < 256 for c in text)


def require_engine(quiz: Quiz | None = None) -> str:
    """The engine find_engine picks; PdfError with the install hint when there is none, or when it is
    pdflatex and a name or the title of `quiz` is not Latin-1."""
    engine = find_engine()
    if engine is None:
        raise PdfError(f"pdf: no LaTeX engine found (lualatex, xelatex, pdflatex or tectonic); {INSTALL_HINT}")
    if engine == "pdflatex" and quiz is not None:
        others = [s.id for s in quiz.students if not _latin1(s.name + quiz.title)]
        if others:
            raise PdfError(f"pdf: pdflatex cannot print the name of {others[0]} (not Latin-1); "
                           f"install LuaLaTeX: ./setup.sh --pdf, or apt-get install {UNICODE_PACKAGES}")
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


def write_pdfs(quiz: Quiz, out: Path, workers: int = 2,
               progress: Callable[[int, int], None] | None = None) -> list[Path]:
    """out/pdf/sheets/<id>.pdf and solutions/<id>.pdf for every student and out/pdf/answer-key.pdf
    (compiled `workers` at a time; `progress(done, total)` after each, as a class's PDFs take minutes)."""
    engine = require_engine(quiz)
    folder = Path(out) / "pdf"
    jobs = [(f"the sheet of {s.id}", render_sheet(quiz, s, "tex"), folder / "sheets" / f"{s.id}.pdf")
            for s in quiz.students]
    jobs += [(f"the solutions of {s.id}", render_solutions(quiz, s, "tex"), folder / "solutions" / f"{s.id}.pdf")
             for s in quiz.students]
    jobs.append(("the answer key", render_key(quiz, "tex"), folder / "answer-key.pdf"))
    done = iter(range(1, len(jobs) + 1))  # next() on it is atomic under the GIL: the workers count together

    def compiled(job) -> Path:
        path = _compile(engine, *job)
        if progress:
            progress(next(done), len(jobs))
        return path

    with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
        return list(pool.map(compiled, jobs))
