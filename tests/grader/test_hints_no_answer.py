"""A hint nudges, it never gives the answer: no mistake's hint quotes the solution's code.

The catalogue ships to students with the release and its hints appear in their feedback, so a hint that holds a
line of the solution hands the answer out. For each exercise, every expression of the solutions (reference/<ex>.py,
tests/solutions/<ex>.py and its other styles), whole or a sub-expression, of at least MIN_TOKENS tokens is looked
for in every hint of that exercise's mistakes, token by token (numpy's `np.` and `...` versus `:` do not count) and
nearly equal counts too (SequenceMatcher ratio >= NEAR). A hint may also not `return` an expression. A fragment
that the student's own stub (exercises/<ex>.py) already states is the question, not the answer, and is not looked
for. Titles (shown with the hint) are looked at the same way, nearly equal too: a title says what the wrong code
did, in words or in the wrong code itself, never in the right code (softmax-jacobian-one-vector-only's
`np.diag(s) - np.outer(s, s)` is the right line for one vector, and its batch form the answer); TITLE_WORDS lists
the few whose wrong code shares a solution fragment. So do the relations' own wordings (grader/relations: the
titles and lines of a relation found at grading, written around the names and numbers it fills in), against every
exercise's solutions.
"""

from __future__ import annotations

import ast
import difflib
import re
from collections import Counter
from functools import cache
from pathlib import Path

import pytest

from mlptutor.grader.specs import exercise_names, load_spec

ROOT = Path(__file__).resolve().parents[2]
SOLUTIONS = ROOT / "tests" / "solutions"

# shorter fragments are API names and idioms (`rng.permutation(n)`, `np.zeros(d)`), no answer
MIN_TOKENS = 7
NEAR = 0.9

_TOKEN = re.compile(r"\.\.\.|\*\*|//|[A-Za-z_][A-Za-z_0-9]*|\d+(?:\.\d*)?(?:e-?\d+)?|[-+*/@%()\[\],:<>=!~]")
_MODULES = {"np", "numpy", "math"}
_SYMBOLS = set("()[]+-*/@%<>=~") | {"**", "//"}
_OPERATORS = set("+-*/@") | {"**", "//"}


def tokens(text: str) -> list[str]:
    """The code tokens of a text: module prefixes dropped, `...` read as `:` (one index or several)."""
    return [":" if t == "..." else t for t in _TOKEN.findall(text) if t not in _MODULES]


def _solution_files(exercise: str) -> list[Path]:
    files = [ROOT / "reference" / f"{exercise}.py", SOLUTIONS / f"{exercise}.py"]
    files += sorted((SOLUTIONS / "styles").glob(f"*/{exercise}.py"))
    return [f for f in files if f.is_file()]


@cache
def solution_fragments(exercise: str) -> frozenset[tuple[str, ...]]:
    """Token tuples of every expression (and sub-expression) the solutions compute, MIN_TOKENS long or more."""
    found = set()
    for path in _solution_files(exercise):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
                continue  # docstrings: the exercise states them to the student
            if isinstance(node, ast.expr) and not isinstance(node, ast.Constant):
                toks = tuple(tokens(ast.unparse(node)))
                if len(toks) >= MIN_TOKENS and _SYMBOLS & set(toks):
                    found.add(toks)
    stub = (ROOT / "exercises" / f"{exercise}.py").read_text(encoding="utf-8")
    return frozenset(frag for frag in found if quoted_fragment(stub, frozenset({frag})) is None)


@cache
def _counts(frag: tuple[str, ...]) -> Counter:
    return Counter(frag)


@cache
def _longest_first(fragments: frozenset[tuple[str, ...]]) -> list[tuple[str, ...]]:
    # made once per set, not once per text: with the counts above, the whole file 47 s -> 27 s of CPU (2026-12-06)
    return sorted(fragments, key=len, reverse=True)


def quoted_fragment(text: str, fragments: frozenset[tuple[str, ...]]) -> str | None:
    """The solution fragment `text` quotes (exactly or nearly, token by token), or None."""
    words = tokens(text)
    counts = Counter(words)
    for frag in _longest_first(fragments):
        n = len(frag)
        if n - 1 > len(words):  # no window of the text is long enough (titles and relation wordings are short)
            continue
        # a window near frag shares at least NEAR * (2n - 1) / 2 tokens with it, and the whole text at least as
        # many: most fragments are ruled out here (the whole test 34 s -> 9 s, 2026-12-06)
        if sum((counts & _counts(frag)).values()) < NEAR * (2 * n - 1) / 2:
            continue
        near = difflib.SequenceMatcher(None, b=frag)  # frag's index built once, not once per window
        for size in (n - 1, n, n + 1):
            for start in range(0, max(len(words) - size, 0) + 1):
                window = words[start:start + size]
                if len(window) < n - 1:
                    continue
                near.set_seq1(window)
                # quick_ratio bounds ratio from above: the whole test took 197 s with ratio alone, 2026-12-06
                if tuple(window) == frag or near.quick_ratio() >= NEAR and near.ratio() >= NEAR:
                    return " ".join(frag)
    return None


def returned_expression(text: str) -> str | None:
    """`return <expression>` in a hint (an operator or bracket among the next four tokens), or None."""
    for match in re.finditer(r"\breturn\b", text):
        following = tokens(text[match.end():])[:4]
        if _SYMBOLS & set(following):
            return text[match.start():match.end() + 40]
    return None


def _mistakes(exercise: str):
    seen = {}
    for fn in load_spec(exercise).functions:
        for m in fn.mistakes:
            seen.setdefault(m.id, m)
    return list(seen.values())


OLD_SOFTMAX_JACOBIAN_HINT = ("np.diag of a 2-D s takes its diagonal and np.outer flattens it: for a batch (N, K) build "
                             "one (K, K) matrix per row, e.g. S[:, :, None] * (np.eye(K) - S[:, None, :]), of shape (N, K, K).")


def test_the_check_catches_a_hint_that_writes_the_solution_line():
    # the red-team's example, softmax-jacobian-one-vector-only before it was rewritten (2026-12-05)
    assert quoted_fragment(OLD_SOFTMAX_JACOBIAN_HINT, solution_fragments("softmax")) is not None
    assert quoted_fragment("sum over the classes, the last axis, and keep it for broadcasting.",
                           solution_fragments("softmax")) is None
    assert returned_expression("compute s = sigmoid(z) stably first and return s (1 - s).") is not None
    assert returned_expression("return the global norm you measured before scaling.") is None


@pytest.mark.parametrize("exercise", exercise_names())
def test_no_hint_gives_the_answer(exercise):
    fragments = solution_fragments(exercise)
    given = []
    for m in _mistakes(exercise):
        quoted = quoted_fragment(m.hint, fragments)
        if quoted:
            given.append(f"{m.id} quotes the solution's `{quoted}`: {m.hint}")
        returned = returned_expression(m.hint)
        if returned:
            given.append(f"{m.id} (hint) returns an expression, {returned!r}: {m.hint}")
    assert not given, "hints that give the answer:\n" + "\n".join(given)


# titles whose wrong code shares a fragment with some solution, and why that gives nothing away
TITLE_WORDS = {
    "relative-error-squared-norms": "sum (a - b)^2 over squared norms: a style's norm written out, not the quotient",
    "gradient-check-relative-error-squared-norms": "relative-error-squared-norms, in the gradient check built on it",
    "log-softmax-as-log-of-softmax": "log(softmax(Z)) is nearly `_jacobian_of(softmax(Z))` token by token, no answer",
}


@pytest.mark.parametrize("exercise", exercise_names())
def test_no_title_gives_the_answer(exercise):
    fragments = solution_fragments(exercise)
    given = [f"{m.id} quotes the solution's `{quoted}`: {m.title}" for m in _mistakes(exercise)
             if m.id not in TITLE_WORDS and (quoted := quoted_fragment(m.title, fragments))]
    assert not given, "titles that give the answer:\n" + "\n".join(given)


def _relation_wordings() -> list[str]:
    """The string constants of grader/relations that are sentences (a space in them, not a docstring) stating some
    arithmetic (an operator among their tokens: no formula without one; 54 of 273): titles and lines of the
    relations found at grading, or their pieces."""
    texts = []
    for path in sorted((ROOT / "grader" / "relations").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                      if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef)) and node.body
                      and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)}
        texts += [node.value for node in ast.walk(tree) if isinstance(node, ast.Constant) and id(node) not in docstrings
                  and isinstance(node.value, str) and " " in node.value.strip() and _OPERATORS & set(tokens(node.value))]
    return texts


# relation wordings holding a solution fragment, and why that gives nothing away
RELATION_WORDS = {
    "( i + 1 ) * batch_size": "optim's stub states the slices perm[0:B], perm[B:2B], ... (the rule of a wrong cut)",
}


def test_no_relation_wording_gives_an_answer():
    every = frozenset().union(*map(solution_fragments, exercise_names()))
    given = [f"`{quoted}` in {text!r}" for text in _relation_wordings()
             if (quoted := quoted_fragment(text, every)) and quoted not in RELATION_WORDS]
    assert not given, "relation wordings that give an answer:\n" + "\n".join(given)
