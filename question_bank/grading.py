"""`mlptutor quiz grade RESPONSES.csv --quiz-dir DIR`: score quiz answers into the gradebook.

Every student is graded against their own variants, read from DIR/variants.json
(written by `mlptutor quiz`), so what was printed is what is graded.

RESPONSES.csv has a header and one row per answer (long format, so questions
with several answers and any mix of questions fit the same four columns):

    student,question,answer,response
    alice,softmax-probabilities,p,"[0.659, 0.242, 0.099]"
    alice,count-parameters,total,26
    bob,activation-derivative-formula,derivative,sigmoid(z)*(1 - sigmoid(z))

`student` is the roster id, `question` the question id, `answer` the answer's
name (the key printed on the answer sheet), `response` what the student wrote
(see question_bank.answers for what is accepted). An unknown student,
question or answer, a repeated row or a missing column stops the run with one
line naming the row. Answers without a row score 0 ("no answer"); students of
the quiz with no row at all are recorded too, with every answer missing.

Each answer becomes one grader.model.CheckResult (exercise "quiz", function
= question id, check = answer name, kind "symbolic" or "value", the
question's points shared equally by its answers) and each student one
SubmissionReport, recorded under the assignment "quiz:<quiz>" of the SQLite
gradebook (default DIR/gradebook.sqlite).
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import click

from grader.model import CheckResult, SubmissionReport
from grader.versioning import content_hash, source_version
from question_bank.answers import check_answer
from question_bank.loader import QuestionError, load_question
from question_bank.variants import Quiz, Variant, load_quiz

__all__ = ["COLUMNS", "ResponsesError", "read_responses", "grade_variant", "grade_quiz", "grade"]

COLUMNS = ("student", "question", "answer", "response")
# the answer checking and the questions decide a grade
QUIZ_GRADER_VERSION = source_version("question_bank", "reference")


class ResponsesError(ValueError):
    """RESPONSES.csv cannot be graded (message is one line naming the row)."""


@dataclass(frozen=True)
class Responses:
    """(student, question, answer name) -> the response text."""

    by_key: dict[tuple[str, str, str], str]

    def of(self, student: str) -> dict[tuple[str, str], str]:
        return {(q, a): text for (s, q, a), text in self.by_key.items() if s == student}


def _known_names(quiz: Quiz) -> tuple[set, dict]:
    students = {s.id for s in quiz.students}
    answers = {v.question: [spec["name"] for spec in v.answer_specs] for v in quiz.variants}
    return students, answers


def read_responses(path: str | Path, quiz: Quiz) -> Responses:
    """Read and validate RESPONSES.csv against the quiz's students, questions and answer names."""
    path = Path(path)
    students, answers = _known_names(quiz)
    try:
        with path.open(newline="", encoding="utf-8-sig") as handle:
            rows = list(csv.DictReader(handle))
            header = rows[0].keys() if rows else []
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise ResponsesError(f"{path}: cannot read it as CSV ({exc})") from None
    missing = [c for c in COLUMNS if c not in header]
    if missing:
        raise ResponsesError(f"{path}: no column {missing[0]!r}: the header must be {','.join(COLUMNS)}")
    by_key: dict[tuple[str, str, str], str] = {}
    for number, row in enumerate(rows, start=2):  # row 1 is the header
        student, question, answer = (str(row[c] or "").strip() for c in COLUMNS[:3])
        where = f"{path} row {number}"
        if student not in students:
            raise ResponsesError(f"{where}: student {student!r} is not in the quiz (check the roster id)")
        if question not in answers:
            raise ResponsesError(f"{where}: question {question!r} is not in the quiz (questions: {', '.join(answers)})")
        if answer not in answers[question]:
            raise ResponsesError(f"{where}: question {question} has no answer {answer!r} (answers: {', '.join(answers[question])})")
        if (student, question, answer) in by_key:
            raise ResponsesError(f"{where}: a second response of {student} to {question}/{answer}; keep one row")
        by_key[(student, question, answer)] = str(row["response"] or "")
    return Responses(by_key)


def _mistakes(question_id: str) -> tuple:
    try:
        return load_question(question_id).mistakes
    except QuestionError:
        return ()  # a question renamed since the quiz: grade without the known-mistake feedback


def grade_variant(variant: Variant, responses: dict[str, str], mistakes: Iterable = ()) -> list[CheckResult]:
    """One CheckResult per answer of the variant; `responses` maps answer name -> text (absent = no answer)."""
    share = variant.points / max(1, len(variant.answer_specs))
    rows = []
    for spec in variant.answer_specs:
        name = spec["name"]
        kind = "symbolic" if spec["type"] == "symbolic" else "value"
        text = responses.get(name, "").strip()
        if not text:
            rows.append(CheckResult("quiz", variant.question, name, kind, 0.0, share, False, "no answer"))
            continue
        verdict = check_answer(spec, variant.answers[name], text, params=variant.params, mistakes=mistakes)
        rows.append(CheckResult(
            "quiz", variant.question, name, kind, share if verdict.correct else 0.0, share, verdict.correct,
            f"{spec['label']}: {verdict.message}", verdict.mistake, verdict.hint, output=text,
        ))
    return rows


def grade_quiz(quiz: Quiz, responses: Responses) -> list[SubmissionReport]:
    """A SubmissionReport per student of the quiz, in roster order."""
    mistakes = {q: _mistakes(q) for q in quiz.questions}
    reports = []
    for student in quiz.students:
        mine = responses.of(student.id)
        checks = [
            row
            for variant in quiz.for_student(student.id)
            for row in grade_variant(variant, {a: t for (q, a), t in mine.items() if q == variant.question},
                                     mistakes[variant.question])
        ]
        sources = {f"{q}/{a}": text for (q, a), text in mine.items()}
        reports.append(SubmissionReport(student.id, checks, content_hash=content_hash(sources),
                                        grader_version=QUIZ_GRADER_VERSION, isolation="none"))
    return reports


@click.command("grade")
@click.argument("responses", type=click.Path(dir_okay=False))
@click.option("--quiz-dir", required=True, type=click.Path(file_okay=False),
              help="The folder `mlptutor quiz` wrote (it holds variants.json).")
@click.option("--gradebook", "gradebook_path", type=click.Path(dir_okay=False), default=None,
              help="SQLite gradebook to record into [default: QUIZ_DIR/gradebook.sqlite].")
def grade(responses, quiz_dir, gradebook_path):
    """Score RESPONSES.csv (student,question,answer,response) against each student's own variants."""
    from grader.bulk.gradebook import Gradebook, GradebookError

    variants_file = Path(quiz_dir) / "variants.json"
    if not variants_file.is_file():
        raise click.ClickException(f"{variants_file} not found: pass the folder that `mlptutor quiz --out` wrote")
    try:
        quiz = load_quiz(variants_file)
        reports = grade_quiz(quiz, read_responses(responses, quiz))
    except (QuestionError, ResponsesError) as exc:
        raise click.ClickException(str(exc)) from None
    assignment = f"quiz:{quiz.quiz}"
    try:
        with Gradebook(gradebook_path or Path(quiz_dir) / "gradebook.sqlite") as book:
            for report in reports:
                book.record(assignment, report)
    except GradebookError as exc:
        raise click.ClickException(str(exc)) from None
    for report in reports:
        click.echo(f"{report.student}: {report.score:g} / {report.max_score:g}")
    click.echo(f"{len(reports)} students graded into {assignment}")
