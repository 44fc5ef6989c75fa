"""The compact answer grid: one row per student, one column per answer, for marking by hand at a glance.

    out/answer-grid.csv    student, name, Q1.1, Q1.2, Q2.1, ...  (each cell the key as the key prints it)

Columns follow each sheet's own order: Q2.1 is the first answer of the
second question on that student's sheet. When sheets hold different
questions or orders (`--count`, `--shuffle`), a column Q<n> before each
question's answers names the question on that sheet. The full key, with
tolerances and worked solutions, stays in answer-key.<ext>.
"""

from __future__ import annotations

import csv
import io

from mlptutor.grader.feedback.escape import csv_cell
from mlptutor.question_bank.answers import accepted_keys
from mlptutor.question_bank.render.keyformat import format_answer
from mlptutor.question_bank.variants import Quiz

__all__ = ["answer_grid"]


def _cell(spec: dict, value, params: dict) -> str:
    # a choice is its letter only: the option text belongs to the full key
    return "/".join(accepted_keys(value)) if spec["type"] == "choice" else format_answer(spec, value, params)


def answer_grid(quiz: Quiz) -> str:
    """The grid as CSV text (names guarded so a spreadsheet will not run them as formulas; keys are ours)."""
    sheets = [quiz.for_student(s.id) for s in quiz.students]
    varied = len({tuple(v.question for v in sheet) for sheet in sheets}) > 1
    widths = [max(len(sheet[n].answer_specs) for sheet in sheets if n < len(sheet))
              for n in range(max(map(len, sheets), default=0))]
    header = ["student", "name"]
    for n, width in enumerate(widths, start=1):
        header += ([f"Q{n}"] if varied else []) + [f"Q{n}.{k}" for k in range(1, width + 1)]
    rows = []
    for student, sheet in zip(quiz.students, sheets):
        row = [csv_cell(student.id), csv_cell(student.name)]
        for n, width in enumerate(widths):
            variant = sheet[n] if n < len(sheet) else None
            cells = [_cell(s, variant.answers[s["name"]], variant.params) for s in variant.answer_specs] if variant else []
            row += ([variant.question if variant else ""] if varied else []) + cells + [""] * (width - len(cells))
        rows.append(row)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerows([header, *rows])
    return buffer.getvalue()
