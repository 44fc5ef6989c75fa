"""Variants: one question instantiated for one student of one quiz, as a plain record.

A variant is a pure function of (quiz, student, question id): the parameters
come from `mlptutor.seeding.rng("quiz", quiz, student, question_id)`, the
answers and steps from the question's solve() on those (already rounded)
parameters, and the statement/solution Markdown from its templates. Every
output format (HTML, PDF, TeX, Markdown, Moodle, QTI) and `quiz grade` read
the records, never the question code, so what was printed is what is graded.

A whole quiz is stored as variants.json beside the sheets:

    {"schema": 1, "title": str, "quiz": str,
     "bank": str,                           # bank_version() that made it ("" in files from before it was recorded)
     "students": [{"id": str, "name": str}, ...],
     "questions": [question id, ...],       # every question on some sheet
     "variants": [Variant fields, ...]}      # students in roster order, each sheet's questions in its order

written with sorted keys and no timestamps, so the same seed and roster give
the same bytes under the same bank version (a generator's change draws other variants).
"""

from __future__ import annotations

import functools
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

import jinja2

from mlptutor.grader.versioning import source_version
from mlptutor.roster import Student
from mlptutor.seeding import rng, seed_sequence
from mlptutor.question_bank.loader import Question, QuestionError
from mlptutor.question_bank.templating import render_string

__all__ = ["Variant", "Quiz", "make_variant", "build_quiz", "quiz_to_json", "save_quiz", "load_quiz", "bank_version",
           "recorded_bank", "SheetChanges", "changed_sheets"]

SCHEMA = 1


@functools.cache
def bank_version() -> str:
    """Hash of the question bank's and the reference's code (generators, solvers, answer checking) and of the
    questions' templates and meta.toml (statements, tolerances): the same seed draws the same sheets under one
    version only."""
    return source_version("question_bank", "reference", suffixes=(".py", ".toml", ".j2"))


@dataclass(frozen=True)
class Variant:
    """One question as one student sees it, with its key.

    params/answers/steps are JSON data (lists for vectors and matrices);
    `answer_specs` are the question's [[answers]] tables; `statement` and
    `solution` are the rendered Markdown (LaTeX math inside $...$);
    `seed` is the hex entropy of the variant's SeedSequence; `fixed` names
    the [[fixed]] worked example used instead of random parameters, if any.
    """

    quiz: str
    student: str
    question: str
    seed: str
    title: str
    topic: str
    points: float
    answer_specs: list[dict]
    params: dict
    answers: dict
    steps: dict
    statement: str
    solution: str
    fixed: str | None = None


@dataclass(frozen=True)
class Quiz:
    """A quiz: its students and every variant, students in roster order and each sheet in its own order
    (question_bank.assembly may give students different questions; `questions` is every one used)."""

    title: str
    quiz: str
    students: list[Student]
    questions: list[str]
    variants: list[Variant] = field(default_factory=list)
    bank: str = field(default_factory=bank_version)  # the bank_version() that drew the variants

    def for_student(self, student_id: str) -> list[Variant]:
        """The variants of one student, in question order."""
        return [v for v in self.variants if v.student == student_id]


def _plain(value, where: str):
    """JSON data of value (numpy scalars and arrays become numbers and lists)."""

    def convert(obj):
        if hasattr(obj, "tolist"):
            return obj.tolist()
        raise TypeError(f"{where}: {type(obj).__name__} is not JSON data; return numbers, strings, lists or dicts")

    try:
        return json.loads(json.dumps(value, default=convert))
    except (TypeError, ValueError) as exc:
        raise QuestionError(str(exc)) from None


def _call(question: Question, name: str, argument) -> dict:
    """params.py's generate() or solve() on `argument`; what it raises or a result that is not a dict
    is a QuestionError naming the question's file (the question's author's bug, not the user's)."""
    where = f"{question.where('params.py')} {name}()"
    try:
        result = getattr(question, name)(argument)
    except Exception as exc:  # any error of a question's own code, told in one line
        raise QuestionError(f"{where} failed ({type(exc).__name__}: {exc})") from None
    if not isinstance(result, dict):
        raise QuestionError(f"{where} returned {type(result).__name__}, not a dict")
    return result


def _template_line(exc: jinja2.TemplateError) -> int | None:
    """The template line of an error: syntax errors carry it, undefined names only in the traceback."""
    line = getattr(exc, "lineno", None)
    frame = exc.__traceback__
    while frame is not None:
        if frame.tb_frame.f_code.co_filename == "<template>":
            line = frame.tb_lineno
        frame = frame.tb_next
    return line


def _render(question: Question, file: str, source: str, **context) -> str:
    try:
        return render_string(source, **context)
    except jinja2.TemplateError as exc:
        line = _template_line(exc)
        where = f"{question.where(file)} line {line}" if line else question.where(file)
        raise QuestionError(f"{where}: {exc}") from None


def _fixed_params(question: Question, name: str) -> dict:
    for fixed in question.fixed:
        if fixed["name"] == name:
            return fixed["params"]
    known = ", ".join(f["name"] for f in question.fixed) or "none"
    raise QuestionError(f"question {question.id}: no fixed variant {name!r} (fixed variants: {known})")


def _shuffled_options(params: dict, quiz: str, student: str, question_id: str) -> dict:
    """The option texts permuted among the same keys (solve() finds the right key from the texts)."""
    options = params["options"]
    keys = sorted(options)
    order = rng("quiz", quiz, student, question_id, "options").permutation(len(keys))
    return {**params, "options": {key: options[keys[int(i)]] for key, i in zip(keys, order)}}


def make_variant(question: Question, quiz: str, student: str, fixed: str | None = None,
                 shuffle_options: bool = False) -> Variant:
    """The variant of `question` for `student` in `quiz` (or the named [[fixed]] worked example);
    `shuffle_options` permutes a multiple-choice question's options per student."""
    seed = seed_sequence("quiz", quiz, student, question.id)
    if fixed is None:
        params = _call(question, "generate", rng("quiz", quiz, student, question.id))
    else:
        params = _fixed_params(question, fixed)
    params = _plain(params, question.where("params.py") + " generate()")
    if shuffle_options and isinstance(params.get("options"), dict):
        params = _shuffled_options(params, quiz, student, question.id)
    solved = _plain(_call(question, "solve", params), question.where("params.py") + " solve()")
    answers, steps = solved.get("answers", {}), solved.get("steps", {})
    missing = [a["name"] for a in question.answers if a["name"] not in answers]
    if missing:
        where = question.where("params.py")
        raise QuestionError(f"{where}: solve() gives no answer {missing[0]!r} (named in meta.toml)")
    return Variant(
        quiz=str(quiz),
        student=str(student),
        question=question.id,
        seed=f"{seed.entropy:032x}",
        title=question.title,
        topic=question.topic,
        points=question.points,
        answer_specs=[dict(a) for a in question.answers],
        params=params,
        answers=answers,
        steps=steps,
        statement=_render(question, "statement.md.j2", question.statement, params=params),
        solution=_render(question, "solution.md.j2", question.solution, params=params, steps=steps, answers=answers),
        fixed=fixed,
    )


def build_quiz(questions: list[Question], students: list[Student], quiz: str, title: str | None = None) -> Quiz:
    """Every student's variant of every question; `quiz` (e.g. the --seed) seeds all of them."""
    variants = [make_variant(q, quiz, s.id) for s in students for q in questions]
    return Quiz(title or f"Quiz {quiz}", str(quiz), list(students), [q.id for q in questions], variants)


def quiz_to_json(quiz: Quiz) -> str:
    """The variants.json text of a quiz (sorted keys, stable bytes)."""
    data = {
        "schema": SCHEMA,
        "title": quiz.title,
        "quiz": quiz.quiz,
        "bank": quiz.bank,
        "students": [{"id": s.id, "name": s.name} for s in quiz.students],  # what sheets print, no emails
        "questions": quiz.questions,
        "variants": [asdict(v) for v in quiz.variants],
    }
    return json.dumps(data, sort_keys=True, indent=1, ensure_ascii=False) + "\n"


def save_quiz(quiz: Quiz, path: str | Path) -> Path:
    """Write variants.json (the single record every format is rendered from)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(quiz_to_json(quiz), encoding="utf-8")
    return path


def load_quiz(path: str | Path) -> Quiz:
    """Read a variants.json written by save_quiz."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise QuestionError(f"{path}: not a readable variants.json ({exc})") from None
    redo = "regenerate it with mlptutor quiz"
    schema = data.get("schema") if isinstance(data, dict) else None
    if schema != SCHEMA:
        raise QuestionError(f"{path}: schema {schema!r} is not {SCHEMA}; {redo}")
    # a hand-edited record must fail here in one line, not halfway through grading
    try:
        quiz = Quiz(
            title=data["title"],
            quiz=data["quiz"],
            students=[Student(**s) for s in data["students"]],
            questions=list(data["questions"]),
            variants=[Variant(**v) for v in data["variants"]],
            bank=str(data.get("bank", "")),
        )
        keyless = [(v, a["name"]) for v in quiz.variants for a in v.answer_specs if a["name"] not in v.answers]
    except (KeyError, TypeError, AttributeError) as exc:
        raise QuestionError(f"{path}: not a variants.json as mlptutor quiz writes it "
                            f"({type(exc).__name__}: {exc}); {redo}") from None
    if keyless:
        variant, name = keyless[0]
        raise QuestionError(f"{path}: {variant.student}'s {variant.question} has no key for its answer {name!r}; "
                            f"{redo}")
    return quiz


def recorded_bank(path: Path) -> str | None:
    """The bank version a variants.json at `path` records ("" when it records none), None when there is none."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return str(data.get("bank", "")) if isinstance(data, dict) else None


@dataclass(frozen=True)
class SheetChanges:
    """How a quiz re-made over an earlier variants.json differs from it: `changed`, the students of the new quiz whose
    sheet (variants, statements, keys, solutions) differs; `gone`, the earlier quiz's students not on the new one,
    whose sheets the remake drops; `unreadable`, why the earlier file could not be read ("" when it could); `questions`,
    the questions (in the quiz's order) whose variant differs on a sheet of both quizzes or is new on one; `removed`,
    the earlier quiz's questions not in this one."""

    changed: list[str]
    gone: list[str]
    unreadable: str = ""
    questions: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)


def changed_sheets(path: Path, quiz: Quiz) -> SheetChanges | None:
    """How `quiz` differs from the variants.json at `path`; None when there is no file there."""
    if not path.is_file():
        return None
    try:
        earlier = load_quiz(path)
    except QuestionError as exc:  # another schema, hand-edited, not JSON: nothing to compare sheet by sheet
        return SheetChanges([s.id for s in quiz.students], [], str(exc))
    before, now = _by_student(earlier), _by_student(quiz)
    kept = {s.id for s in quiz.students}
    # which questions: an instructor who edited one sees it named, and another named too is a surprise to look at
    moved = {v.question for s in quiz.students if s.id in before for v in now.get(s.id, []) if v not in before[s.id]}
    return SheetChanges([s.id for s in quiz.students if before.get(s.id) != now.get(s.id)],
                        [s.id for s in earlier.students if s.id not in kept],
                        questions=[q for q in quiz.questions if q in moved],
                        removed=[q for q in earlier.questions if q not in quiz.questions])


def _by_student(quiz: Quiz) -> dict[str, list[Variant]]:
    """Each student's variants in sheet order, in one pass (for_student per student reads every variant again)."""
    sheets: dict[str, list[Variant]] = {}
    for variant in quiz.variants:
        sheets.setdefault(variant.student, []).append(variant)
    return sheets
