"""Printable documents of a quiz: one sheet per student and one answer key, as HTML, LaTeX or Markdown.

The three formats share one page model built from the Variant records, and
differ only in a template (question_bank/render/sheet_templates/page.<ext>.j2), a
Markdown converter and an escaper for outside text (student names, titles):

    out/<fmt>/sheets/<student id>.<ext>     what the student gets: statements and answer prompts
    out/<fmt>/solutions/<student id>.<ext>  to hand back after the quiz: that student's key and worked solutions
    out/<fmt>/answer-key.<ext>              every student's answers, tolerances and worked solutions

Student sheets never contain answers, steps or solutions: the page model for
a sheet is built without them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import jinja2
import numpy as np

from mlptutor.roster import Student
from mlptutor.question_bank.render.keyformat import (RESPONSES_RULE, ROUNDING_RULE, TOLERANCE_RULE, format_answer,
                                                     request_text, tolerance_text)
from mlptutor.question_bank.render.markdown_html import to_html, to_html_inline
from mlptutor.question_bank.render.markdown_tex import to_tex
from mlptutor.question_bank.templating import jinja_environment, escape_html, escape_md, escape_tex
from mlptutor.question_bank.variants import Quiz, Variant

__all__ = ["DocumentFormat", "DOCUMENT_FORMATS", "render_sheet", "render_solutions", "render_key", "write_documents"]

TEMPLATES = Path(__file__).resolve().parent / "sheet_templates"


@dataclass(frozen=True)
class DocumentFormat:
    """How one document format converts question Markdown and escapes outside text."""

    extension: str
    block: Callable[[str, str], str]  # a statement or solution (Markdown), where it comes from -> this format
    inline: Callable[[str], str]  # one line of Markdown -> this format, no paragraph around it
    escape: Callable[[str], str]  # plain text -> this format


DOCUMENT_FORMATS = {
    "html": DocumentFormat(
        "html", lambda md, where: to_html(md, heading_offset=3, where=where), to_html_inline, escape_html
    ),
    "tex": DocumentFormat("tex", lambda md, where: to_tex(md, heading_offset=2), to_tex,
                          lambda text: _right_to_left(escape_tex(text))),
    "md": DocumentFormat("md", lambda md, where: md.strip(), lambda md: md, escape_md),
}

# runs of Hebrew/Arabic script (words and the spaces between them), set right to left by LuaLaTeX (\\rtl)
_RTL_RUN = re.compile(r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]+(?:\s+[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]+)*")


def _right_to_left(tex: str) -> str:
    return _RTL_RUN.sub(lambda m: rf"\rtl{{{m.group()}}}", tex)


_ENV = jinja_environment(jinja2.FileSystemLoader(TEMPLATES))


def _points(points: float) -> str:
    return f"{points:g} point" + ("" if points == 1 else "s")


def _space(spec: dict, value) -> dict:
    """How much room the sheet leaves: a grid of the answer's shape for a vector or matrix (the shape is in
    the statement already, the numbers never), a taller box for a formula, a box for the rest."""
    if spec["type"] in ("vector", "matrix"):
        shape = np.shape(value)
        return {"rows": shape[0] if len(shape) == 2 else 1, "cols": shape[-1]}
    return {"rows": 0, "cols": 0, "lines": 2 if spec["type"] == "symbolic" else 1}


def _answer(fmt: DocumentFormat, variant: Variant, spec: dict, with_key: bool) -> dict:
    row = {"label": fmt.inline(spec["label"]), "request": fmt.inline(request_text(spec)),
           "name": fmt.inline(f"answer `{spec['name']}`"),
           "space": _space(spec, variant.answers[spec["name"]])}
    if with_key:
        value = variant.answers[spec["name"]]
        text = format_answer(spec, value, variant.params)
        row["key"] = fmt.inline(text) if spec["type"] == "choice" else fmt.escape(text)
        row["tolerance"] = fmt.inline(tolerance_text(spec, value))
    return row


def _question(fmt: DocumentFormat, number: int, variant: Variant, with_key: bool) -> dict:
    item = {
        "number": number,
        "id": fmt.inline(f"question `{variant.question}`"),  # what the responses file names it by
        "title": fmt.escape(variant.title),
        "points": _points(variant.points),
        "answers": [_answer(fmt, variant, spec, with_key) for spec in variant.answer_specs],
    }
    if with_key:
        item["solution"] = fmt.block(variant.solution, f"question {variant.question}, solution")
    else:
        item["statement"] = fmt.block(variant.statement, f"question {variant.question}, statement")
    return item


def _section(fmt: DocumentFormat, quiz: Quiz, student: Student, with_key: bool) -> dict:
    variants = quiz.for_student(student.id)
    return {
        "id": fmt.escape(student.id),
        "name": fmt.escape(student.name),
        "total": _points(sum(v.points for v in variants)),
        "questions": [_question(fmt, i, v, with_key) for i, v in enumerate(variants, start=1)],
    }


def _page(fmt: DocumentFormat, quiz: Quiz, students: list[Student], with_key: bool) -> str:
    return _ENV.get_template(f"page.{fmt.extension}.j2").render(
        title=fmt.escape(quiz.title),
        quiz=fmt.escape(quiz.quiz),
        key=with_key,
        rounding=fmt.inline(ROUNDING_RULE),
        responses=fmt.inline(RESPONSES_RULE),
        tolerances=fmt.inline(TOLERANCE_RULE),
        sections=[_section(fmt, quiz, s, with_key) for s in students],
    )


def render_sheet(quiz: Quiz, student: Student, fmt: str) -> str:
    """One student's sheet in format `fmt` (html, tex or md): statements and prompts, no answers."""
    return _page(DOCUMENT_FORMATS[fmt], quiz, [student], with_key=False)


def render_solutions(quiz: Quiz, student: Student, fmt: str) -> str:
    """One student's answers, tolerances and worked solutions (to hand back after the quiz)."""
    return _page(DOCUMENT_FORMATS[fmt], quiz, [student], with_key=True)


def render_key(quiz: Quiz, fmt: str) -> str:
    """The answer key in format `fmt`: for every student, each answer, its tolerance and the worked solution."""
    return _page(DOCUMENT_FORMATS[fmt], quiz, quiz.students, with_key=True)


def write_documents(quiz: Quiz, fmt: str, out: Path) -> list[Path]:
    """Write out/<fmt>/sheets/<id>.<ext> and solutions/<id>.<ext> for every student and
    out/<fmt>/answer-key.<ext>; returns the paths."""
    extension = DOCUMENT_FORMATS[fmt].extension
    folder = Path(out) / fmt
    written = []
    for kind, render in (("sheets", render_sheet), ("solutions", render_solutions)):
        (folder / kind).mkdir(parents=True, exist_ok=True)
        for student in quiz.students:
            path = folder / kind / f"{student.id}.{extension}"
            path.write_text(render(quiz, student, fmt), encoding="utf-8")
            written.append(path)
    key = folder / f"answer-key.{extension}"
    key.write_text(render_key(quiz, fmt), encoding="utf-8")
    return [*written, key]
