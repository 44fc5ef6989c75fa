"""`mlptutor quiz grade RESPONSES.csv --quiz-dir DIR`: score quiz answers into the gradebook.

Every student is graded against their own variants, read from DIR/variants.json
(written by `mlptutor quiz`), so what was printed is what is graded.

RESPONSES.csv has a header and one row per answer (long format; see
question_bank.responses for how it is read). A line that cannot be graded
(malformed, unknown student/question/answer, a repeated answer) is reported
with its line number and skipped, the rest is graded and recorded, and the
command exits with status 1. The student a skipped line seems to belong to
gets the line in their report's problems. Answers without a row score 0
("no answer").

Batches merge: a student's grades already in the gradebook (a first file
of responses) are kept; a question the new file has rows of is graded again
on the earlier answers plus the new rows (a row for the same answer
replaces the earlier one). Students not in the new file keep their grades;
students of the quiz never graded are recorded with every answer missing.
An optional `variant` column grades a row against another student's
variant (an LMS that gave everyone one variant).

Each answer becomes one grader.model.CheckResult (exercise "quiz", function
= question id, check = answer name, kind "symbolic" or "value", the
question's points shared equally by its answers, and an answer's share
by its entries: a vector with 2 of 3 entries right earns 2/3 of its share,
as in the LMS exports) and each student one
SubmissionReport, recorded under the assignment "quiz:<quiz>" of the SQLite
gradebook (default DIR/gradebook.sqlite). grades.csv (a column per
question) and per-student feedback files are written to DIR/results
(question_bank.results).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path

import click

from mlptutor.grader.model import CheckResult, SubmissionReport
from mlptutor.grader.versioning import content_hash
from mlptutor.question_bank.answers import check_answer, formula_sandbox
from mlptutor.question_bank.assembly import slot_of
from mlptutor.question_bank.loader import QuestionError, load_question
from mlptutor.question_bank.options import path_of_kind
from mlptutor.question_bank.responses import Responses, ResponsesError, read_responses
from mlptutor.question_bank.results import write_results
from mlptutor.question_bank.variants import Quiz, Variant, bank_version, load_quiz

__all__ = ["ResponsesError", "read_responses", "grade_variant", "grade_quiz", "grade"]

# the answer checking and the questions decide a grade
QUIZ_GRADER_VERSION = bank_version()


def _slot(question_id: str) -> tuple[str, int] | None:
    try:
        return slot_of(load_question(question_id))
    except QuestionError:
        return None  # a question renamed since the quiz: no slot known, nothing swapped


def _questions(own: list[str], answered: set[str]) -> list[str]:
    """The questions to grade for a student: their sheet's, each replaced by the question of its blueprint slot they
    answered instead on another sheet's variant (a Canvas quiz of --count sheets draws each slot's question from a
    group of every sheet's: the student's own was never shown, and graded 0 beside an answer left ungraded)."""
    questions, others = list(own), sorted(answered - set(own))
    unanswered = [question for question in own if question not in answered] if others else []
    slot = {question: _slot(question) for question in others + unanswered}  # each question's looked up once
    for other in others:
        for at, question in enumerate(questions):
            if slot[other] is not None and question in unanswered and slot[question] == slot[other]:
                questions[at] = other
                break
    return questions


def _mistakes(question_id: str) -> tuple:
    try:
        return load_question(question_id).mistakes
    except QuestionError:
        return ()  # a question renamed since the quiz: grade without the known-mistake feedback


def grade_variant(variant: Variant, responses: dict[str, str], mistakes: Iterable = (),
                  sandbox=None) -> list[CheckResult]:
    """One CheckResult per answer of the variant; `responses` maps answer name -> text (absent = no answer);
    `sandbox` judges formula answers (answers.formula_sandbox)."""
    share = variant.points / max(1, len(variant.answer_specs))
    rows = []
    for spec in variant.answer_specs:
        name = spec["name"]
        kind = "symbolic" if spec["type"] == "symbolic" else "value"
        text = responses.get(name, "").strip()
        if not text:
            rows.append(CheckResult("quiz", variant.question, name, kind, 0.0, share, False, "no answer"))
            continue
        verdict = check_answer(spec, variant.answers[name], text, params=variant.params, mistakes=mistakes,
                               sandbox=sandbox)
        rows.append(CheckResult(
            "quiz", variant.question, name, kind, share * verdict.fraction, share, verdict.correct,
            f"{spec['label']}: {verdict.message}", verdict.mistake, verdict.hint, output=text,
        ))
    return rows


def grade_quiz(quiz: Quiz, responses: Responses, earlier: Mapping[str, SubmissionReport] | None = None,
               source: str = "responses") -> list[SubmissionReport]:
    """A SubmissionReport per student of the quiz, in roster order.

    `earlier` holds the reports already recorded: a question this file has
    no row of keeps its earlier checks; a question it has rows of is graded
    again on the earlier texts plus this file's rows. A skipped line is a
    problem of the student it names, prefixed with `source`.
    """
    earlier = earlier or {}
    mistakes = {q: _mistakes(q) for q in quiz.questions}
    sheets = {(v.student, v.question): v for v in quiz.variants}
    formulas = any(spec["type"] == "symbolic" for v in quiz.variants for spec in v.answer_specs)
    with formula_sandbox(formulas) as sandbox:
        return [_student_report(quiz, responses, student, earlier, mistakes, sheets, source, sandbox)
                for student in quiz.students]


def _student_report(quiz: Quiz, responses: Responses, student, earlier, mistakes, sheets, source,
                    sandbox) -> SubmissionReport:
    mine = responses.of(student.id)
    before = earlier[student.id].checks if student.id in earlier else []
    checks, sources = [], {}
    for question in _questions([q for s, q in sheets if s == student.id], {q for q, _ in mine}):
        kept = [c for c in before if c.function == question]
        texts = {a: t for (q, a), t in mine.items() if q == question}
        if kept and not texts:
            checks += kept
            sources.update({f"{question}/{c.check}": c.output for c in kept if c.output})
            continue
        texts = {**{c.check: c.output for c in kept if c.output}, **texts}
        owner = responses.variant_of.get((student.id, question), student.id)
        checks += grade_variant(sheets[(owner, question)], texts, mistakes[question], sandbox)
        sources.update({f"{question}/{a}": t for a, t in texts.items()})
    problems = [f"{source} line {p.line}: {p.message}" for p in responses.problems if p.student == student.id]
    return SubmissionReport(student.id, checks, content_hash=content_hash(sources),
                            grader_version=QUIZ_GRADER_VERSION, isolation="none", problems=problems)


@click.command("grade")
@click.argument("responses", type=click.Path(), metavar="RESPONSES",
                callback=path_of_kind("quiz grade", folder=False, example="responses.csv"))
@click.option("--quiz-dir", required=True, type=click.Path(), metavar="DIR",
              callback=path_of_kind("quiz grade", folder=True, example="quiz"),
              help="The folder `mlptutor quiz` wrote (it holds variants.json).")
@click.option("--gradebook", "gradebook_path", type=click.Path(), default=None, metavar="FILE",
              callback=path_of_kind("quiz grade", folder=False, example="quiz/gradebook.sqlite"),
              help="SQLite gradebook to record into [default: QUIZ_DIR/gradebook.sqlite].")
@click.option("--out", type=click.Path(), default=None, metavar="DIR",
              callback=path_of_kind("quiz grade", folder=True, example="quiz/results"),
              help="Folder for grades.csv and feedback/ [default: QUIZ_DIR/results].")
@click.pass_context
def grade(ctx, responses, quiz_dir, gradebook_path, out):
    """Score RESPONSES.csv (student,question,answer,response) against each student's own variants."""
    from mlptutor.grader.bulk.gradebook import Gradebook, GradebookError

    variants_file = Path(quiz_dir) / "variants.json"
    if not variants_file.is_file():
        raise click.ClickException(f"{variants_file} not found: pass the folder that `mlptutor quiz --out` wrote")
    try:
        quiz = load_quiz(variants_file)
        read = read_responses(responses, quiz)
    except (QuestionError, ResponsesError) as exc:
        raise click.ClickException(str(exc)) from None
    assignment = f"quiz:{quiz.quiz}"
    try:
        with Gradebook(gradebook_path or Path(quiz_dir) / "gradebook.sqlite") as book:
            recorded = {r.student: r for r in book.reports(assignment)}
            in_file = read.students()
            reports = grade_quiz(quiz, read, recorded, source=Path(responses).name)
            for report in reports:
                if report.student in in_file or report.student not in recorded:
                    book.record(assignment, report)
            final = {r.student: r for r in book.reports(assignment)}
    except GradebookError as exc:
        raise click.ClickException(str(exc)) from None
    ordered = [final[s.id] for s in quiz.students if s.id in final]
    results = Path(out) if out else Path(quiz_dir) / "results"
    try:
        write_results(quiz, ordered, results)
    except OSError as exc:  # the grades are recorded already: say where they are
        raise click.ClickException(f"cannot write under {results}: {exc.strerror or exc} ({exc.filename or results}); "
                                   f"the grades are recorded in the gradebook") from None
    for report in ordered:
        click.echo(f"{report.student}: {report.score:g} / {report.max_score:g}")
    click.echo(f"{len(ordered)} students in {assignment}; {len(in_file)} graded from {responses}")
    for problem in read.problems:
        click.echo(f"{responses} line {problem.line}: {problem.message}", err=True)
    if read.problems:
        click.echo(f"{len(read.problems)} line(s) skipped: fix them and grade the file again "
                   "(the other rows are recorded)", err=True)
        ctx.exit(1)
