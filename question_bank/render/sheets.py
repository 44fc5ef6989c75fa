"""Write a quiz in the requested formats: variants.json first, then every format rendered from it.

    out/variants.json                the Variant records (see variants.py); `quiz grade` reads it
    out/answer-grid.csv              one row per student, one column per answer (answer_grid.py)
    out/html/sheets/<id>.html ...    documents.py (html, tex, md), pdf.py
    out/moodle/quiz-<quiz>.xml       lms/moodle.py
    out/qti/quiz-<quiz>.zip          lms/qti.py

Formats are written in FORMATS order whatever order they were asked in, so
a run's output does not depend on how the command line was typed.

Each format's folder is built in a temporary folder beside it and swapped in
whole: a failed run (a TeX error on the 30th sheet) leaves the previous
folder as it was, and a rerun leaves no stale sheet of a student who is no
longer on the roster.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Iterable
from functools import partial
from pathlib import Path

from mlptutor.grader.bulk.outputs import write_atomic
from mlptutor.question_bank.render.answer_grid import answer_grid
from mlptutor.question_bank.render.documents import write_documents
from mlptutor.question_bank.loader import QuestionError
from mlptutor.question_bank.lms.moodle import write_moodle
from mlptutor.question_bank.render.pdf import require_engine, write_pdfs
from mlptutor.question_bank.lms.qti import write_qti
from mlptutor.question_bank.variants import Quiz, save_quiz

__all__ = ["FORMATS", "parse_formats", "write_quiz"]

WRITERS = {
    "html": partial(write_documents, fmt="html"),
    "pdf": write_pdfs,
    "tex": partial(write_documents, fmt="tex"),
    "md": partial(write_documents, fmt="md"),
    "moodle": write_moodle,
    "qti": write_qti,
}
FORMATS = tuple(WRITERS)


def parse_formats(values: Iterable[str]) -> list[str]:
    """Formats from repeated and/or comma-separated values ("html,pdf", "md"), in FORMATS order."""
    asked = {part.strip().lower() for value in values for part in value.split(",") if part.strip()}
    unknown = sorted(asked - set(FORMATS))
    if unknown:
        raise QuestionError(f"unknown format {unknown[0]!r}; formats: {', '.join(FORMATS)}")
    if not asked:
        raise QuestionError(f"no format given; formats: {', '.join(FORMATS)}")
    return [f for f in FORMATS if f in asked]


def write_quiz(quiz: Quiz, formats: Iterable[str], out: str | Path,
               progress: Callable[[int, int], None] | None = None) -> list[Path]:
    """Write variants.json and each format under `out`; returns every path written. `progress(done, total)`
    follows the PDF documents compiled (pdf.write_pdfs), the one format that takes minutes for a class."""
    formats = list(formats)
    if "pdf" in formats:
        require_engine(quiz)  # fail before writing anything rather than halfway
    out = Path(out)
    written = [save_quiz(quiz, out / "variants.json")]
    write_atomic(out / "answer-grid.csv", answer_grid(quiz))
    written.append(out / "answer-grid.csv")
    for fmt in formats:
        writer = partial(write_pdfs, progress=progress) if fmt == "pdf" else WRITERS[fmt]
        written += _swapped_in(quiz, out, fmt, writer)
    return written


def _swapped_in(quiz: Quiz, out: Path, fmt: str, writer: Callable) -> list[Path]:
    """Write one format into a temporary root beside out/<fmt>, then put its folder in place of out/<fmt>."""
    build = Path(tempfile.mkdtemp(prefix=f".{fmt}-build-", dir=out))
    try:
        written = writer(quiz=quiz, out=build)
        target, old = out / fmt, build / "previous"
        if target.exists():
            os.replace(target, old)
        os.replace(build / fmt, target)
    finally:
        shutil.rmtree(build, ignore_errors=True)
    return [target / p.relative_to(build / fmt) for p in written]
