"""Find, load and validate question folders (question_bank/questions/<id>/).

A folder holds
    meta.toml        title, topic (one of TOPICS), difficulty (1-3), points, optional few_variants (why the
                     parameters allow fewer than 100 distinct variants in 1,000), one [[answers]]
                     table per answer (name, type, label; rtol, atol, decimals for numeric,
                     vector and matrix; variables {x = [low, high]} for symbolic, and optional
                     functions {g = "param"}: a function the statement defines, standing for the one the
                     variant's parameter names, e.g. tanh) and
                     optional [[fixed]] tables (name, params): the course's worked examples;
    params.py        generate(rng) -> params, solve(params) -> {"answers", "steps"}, MISTAKES;
    statement.md.j2  Markdown + LaTeX math rendered with `params`;
    solution.md.j2   rendered with `params`, `steps` and `answers`.
Every problem with a folder is a QuestionError whose one-line
message names the file and the field, e.g.

    question_bank/questions/softmax-probabilities/meta.toml: answers[0].rtol: missing (a number >= 0)
"""

from __future__ import annotations

import ast
import functools
import importlib.util
import re
import tomllib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

__all__ = [
    "TOPICS",
    "ANSWER_TYPES",
    "QuestionError",
    "Question",
    "questions_root",
    "question_ids",
    "load_question",
    "select_questions",
]

TOPICS = (
    "counting", "forward", "activations", "losses", "softmax", "gradient-descent", "backprop",
    "graphs", "regularization", "normalization", "init", "training", "data", "perceptron",
    "xor", "derivatives", "concepts",
)
ANSWER_TYPES = ("numeric", "vector", "matrix", "symbolic", "choice")
NUMBER_TYPES = ("numeric", "vector", "matrix")
FILES = ("meta.toml", "params.py", "statement.md.j2", "solution.md.j2")
_ID = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_META_FIELDS = {"title", "topic", "difficulty", "points", "answers", "fixed", "few_variants"}
_ANSWER_FIELDS = {"name", "type", "label", "rtol", "atol", "decimals", "variables", "functions"}


class QuestionError(ValueError):
    """A question folder or a question selection is invalid (message is one line)."""


@dataclass(frozen=True)
class Question:
    """One loaded question: its metadata, its parameter code and its two template sources.

    `answers` are the [[answers]] tables as plain dicts (the answer specs that
    question_bank.answers checks against); `fixed` the [[fixed]] tables
    ({"name": str, "params": dict}).
    """

    id: str
    folder: Path
    title: str
    topic: str
    difficulty: int
    points: float
    answers: tuple[dict, ...]
    fixed: tuple[dict, ...]
    few_variants: str | None
    generate: Callable
    solve: Callable
    mistakes: tuple
    statement: str
    solution: str

    def where(self, file: str) -> str:
        """A readable path of one of the folder's files, for error messages."""
        return _shown(self.folder / file)


def questions_root() -> Path:
    """The folder that holds the question folders."""
    return Path(__file__).resolve().parent / "questions"


def _shown(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def question_ids(root: Path | None = None) -> list[str]:
    """Sorted ids of the folders under `root` that hold a meta.toml."""
    root = Path(root) if root else questions_root()
    if not root.is_dir():
        return []
    return sorted(p.name for p in root.iterdir() if (p / "meta.toml").is_file())


def _read(path: Path) -> str:
    """A question file's text; an unreadable, non-UTF-8 or empty file is a QuestionError naming it."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise QuestionError(f"{_shown(path)}: not UTF-8 text (byte {exc.start})") from None
    except OSError as exc:
        raise QuestionError(f"{_shown(path)}: cannot be read ({exc.strerror})") from None
    if not text.strip():  # an empty statement printed a question with no text on every sheet
        raise QuestionError(f"{_shown(path)}: empty")
    return text


def _is_number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _check_variables(variables, fail) -> None:
    if not isinstance(variables, dict) or not variables:
        fail("variables", "missing (a table {name = [low, high]} for a symbolic answer)")
    for name, bounds in variables.items():
        ok = isinstance(bounds, list) and len(bounds) == 2 and all(_is_number(b) for b in bounds)
        if not ok or bounds[0] >= bounds[1]:
            fail(f"variables.{name}", f"{bounds!r} is not [low, high] with low < high")


def _check_answer(answer, index: int, fail) -> dict:
    where = f"answers[{index}]"

    def fail_field(name: str, problem: str):
        fail(f"{where}.{name}", problem)

    if not isinstance(answer, dict):
        fail(where, "must be a table")
    unknown = sorted(set(answer) - _ANSWER_FIELDS)
    if unknown:
        fail_field(unknown[0], f"unknown field (known: {', '.join(sorted(_ANSWER_FIELDS))})")
    for field in ("name", "label"):
        if not isinstance(answer.get(field), str) or not answer[field].strip():
            fail_field(field, "missing (a non-empty string)")
    if not _NAME.fullmatch(answer["name"]):
        fail_field("name", f"{answer['name']!r} is not an identifier")
    if answer.get("type") not in ANSWER_TYPES:
        fail_field("type", f"{answer.get('type')!r} is not one of {', '.join(ANSWER_TYPES)}")
    if answer["type"] in NUMBER_TYPES:
        for field in ("rtol", "atol"):
            if not _is_number(answer.get(field)) or answer[field] < 0:
                fail_field(field, "missing (a number >= 0)")
        decimals = answer.get("decimals")
        if not isinstance(decimals, int) or isinstance(decimals, bool) or not 0 <= decimals <= 12:
            fail_field("decimals", "missing (an integer from 0 to 12)")
    if answer["type"] == "symbolic":
        _check_variables(answer.get("variables"), fail_field)
    functions = answer.get("functions", {})
    if not isinstance(functions, dict) or not all(_NAME.fullmatch(k) and isinstance(v, str) and _NAME.fullmatch(v)
                                                  for k, v in functions.items()):
        fail_field("functions", f"{functions!r} is not a table {{name = \"parameter\"}} of identifiers")
    return dict(answer)


def _check_meta(meta: dict, fail) -> None:
    unknown = sorted(set(meta) - _META_FIELDS)
    if unknown:
        fail(unknown[0], f"unknown field (known: {', '.join(sorted(_META_FIELDS))})")
    if not isinstance(meta.get("title"), str) or not meta["title"].strip():
        fail("title", "missing (a non-empty string)")
    if meta.get("topic") not in TOPICS:
        fail("topic", f"{meta.get('topic')!r} is not one of {', '.join(TOPICS)}")
    if meta.get("difficulty") not in (1, 2, 3) or isinstance(meta.get("difficulty"), bool):
        fail("difficulty", f"{meta.get('difficulty')!r} is not 1, 2 or 3")
    if not _is_number(meta.get("points")) or meta["points"] <= 0:
        fail("points", "missing (a number > 0)")
    if "few_variants" in meta and (not isinstance(meta["few_variants"], str) or not meta["few_variants"].strip()):
        fail("few_variants", "must be a sentence saying why the parameters allow fewer than 100 variants")
    if not isinstance(meta.get("answers"), list) or not meta["answers"]:
        fail("answers", "missing (one [[answers]] table per answer)")
    names = [a.get("name") for a in meta["answers"] if isinstance(a, dict)]
    duplicates = sorted({n for n in names if names.count(n) > 1})
    if duplicates:
        fail("answers", f"the name {duplicates[0]!r} is used twice")
    for i, fixed in enumerate(meta.get("fixed", [])):
        if not isinstance(fixed, dict) or not isinstance(fixed.get("name"), str) or not isinstance(
            fixed.get("params"), dict
        ):
            fail(f"fixed[{i}]", "needs name (a string) and params (a table)")


def _read_meta(folder: Path) -> dict:
    path = folder / "meta.toml"

    def fail(field: str, problem: str):
        raise QuestionError(f"{_shown(path)}: {field}: {problem}")

    try:
        meta = tomllib.loads(_read(path))
    except tomllib.TOMLDecodeError as exc:
        raise QuestionError(f"{_shown(path)}: not valid TOML ({exc})") from None
    _check_meta(meta, fail)
    meta["answers"] = [_check_answer(a, i, fail) for i, a in enumerate(meta["answers"])]
    return meta


def _refuse_bare_next(path: Path) -> None:
    """A `next(... for ...)` without a default raises StopIteration when nothing matches (an option worded otherwise
    in an older variants.json): a choice's key or mistake must be total, so the question is refused before it is
    used. Only a search is refused: `next(iter(x))` takes the first of a collection."""
    try:
        tree = ast.parse(_read(path))
    except (SyntaxError, ValueError):
        return  # the import below names the problem
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "next" \
                and len(node.args) == 1 and not node.keywords and isinstance(node.args[0], ast.GeneratorExp):
            raise QuestionError(f"{_shown(path)}:{node.lineno}: next(...) without a default stops grading when "
                                "nothing matches; give it one, next((k for k in ...), None), or use "
                                "answers.option_key(options, text)")


def _load_params(folder: Path, question_id: str):
    path = folder / "params.py"
    _refuse_bare_next(path)
    spec = importlib.util.spec_from_file_location(f"mlptutor.question_bank.questions.{question_id.replace('-', '_')}", path)
    module = importlib.util.module_from_spec(spec)
    try:
        spec.loader.exec_module(module)
    except Exception as exc:  # a broken question must not stop the others' error messages from being readable
        raise QuestionError(f"{_shown(path)}: cannot be imported ({type(exc).__name__}: {exc})") from None
    for name in ("generate", "solve"):
        if not callable(getattr(module, name, None)):
            raise QuestionError(f"{_shown(path)}: defines no function {name}()")
    return module


@functools.lru_cache(maxsize=None)
def _load(folder: Path) -> Question:
    question_id = folder.name
    if not _ID.fullmatch(question_id):
        raise QuestionError(f"{_shown(folder)}: the folder name is not an id (lowercase words joined by hyphens)")
    missing = [f for f in FILES if not (folder / f).is_file()]
    if missing:
        raise QuestionError(f"{_shown(folder)}: missing {', '.join(missing)}")
    meta = _read_meta(folder)
    module = _load_params(folder, question_id)
    return Question(
        id=question_id,
        folder=folder,
        title=meta["title"],
        topic=meta["topic"],
        difficulty=meta["difficulty"],
        points=meta["points"],
        answers=tuple(meta["answers"]),
        fixed=tuple(meta.get("fixed", ())),
        few_variants=meta.get("few_variants"),
        generate=module.generate,
        solve=module.solve,
        mistakes=tuple(getattr(module, "MISTAKES", ())),
        statement=_read(folder / "statement.md.j2"),
        solution=_read(folder / "solution.md.j2"),
    )


def load_question(question_id: str, root: Path | None = None) -> Question:
    """The validated question `question_id` (loaded once per process)."""
    root = Path(root) if root else questions_root()
    folder = (root / question_id).resolve()
    # only a folder's own name: a path ('./x', 'x/', '../questions/x') would put one question twice on a sheet
    if not _ID.fullmatch(question_id) or not (folder / "meta.toml").is_file():
        known = ", ".join(question_ids(root)) or "none"
        raise QuestionError(f"unknown question {question_id!r}; known questions: {known}")
    return _load(folder)


def select_questions(
    ids: Iterable[str] | None = None, topics: Iterable[str] | None = None, root: Path | None = None
) -> list[Question]:
    """Questions by id (in the order given) or all questions of the given topics (sorted by id);
    the topic "all" is every topic. A question asked twice is refused."""
    if ids:
        ids = list(ids)
        twice = next((i for n, i in enumerate(ids) if i in ids[:n]), None)
        if twice:
            raise QuestionError(f"question {twice!r} is asked twice; list each question once")
        return [load_question(i, root) for i in ids]
    topics = list(topics or ())
    if "all" in topics:
        topics = []
    for topic in topics:
        if topic not in TOPICS:
            raise QuestionError(f"unknown topic {topic!r}; topics: {', '.join(TOPICS)}")
    chosen = [q for q in (load_question(i, root) for i in question_ids(root)) if not topics or q.topic in topics]
    if not chosen:
        raise QuestionError(f"no question has topic {' or '.join(topics)}" if topics else "no questions found")
    return chosen
