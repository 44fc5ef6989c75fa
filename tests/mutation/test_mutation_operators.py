"""grader/mutation/operators.py: each operator on a small function makes exactly the edits it promises."""

import ast
import textwrap

import pytest

from mlptutor.grader.mutation.operators import OPERATORS, apply, mutations


def mutated(source: str, operator: str) -> set[str]:
    """The function bodies (unparsed, one line each) that `operator` makes of `source`."""
    tree = ast.parse(textwrap.dedent(source)).body[0]
    out = set()
    for m in mutations(tree, {operator: OPERATORS[operator]}):
        new = apply(tree, m)
        out.add("; ".join(ast.unparse(stmt) for stmt in new.body))
    return out


CASES = [
    ("arith", "def f(a, b):\n    return a + b * c", {"return a - b * c", "return a + b / c"}),
    ("sign", "def f(a, b):\n    return -a - b",
     {"return a - b", "return b - -a", "return -(-a - b)"}),
    ("constant", "def f(x):\n    return 0.5 * x", {"return 0.0 * x", "return 1.0 * x", "return -0.5 * x", "return 0.25 * x"}),
    ("constant", "def f(x):\n    return x[-1]", {"return x[0]", "return x[1]", "return x[-2]"}),
    ("drop-factor", "def f(x, n):\n    return 2 * x / n", {"return 2 * x", "return 2 / n", "return x / n"}),
    ("drop-term", "def f(a, b, c):\n    return a - b + c", {"return a - b", "return c", "return a + c", "return -b + c"}),
    ("axis", "def f(x):\n    return x.sum(axis=1)", {"return x.sum(axis=0)", "return x.sum(axis=-1)", "return x.sum(axis=None)"}),
    ("keepdims", "def f(x):\n    return x.max(axis=-1, keepdims=True)", {"return x.max(axis=-1)"}),
    ("reduce-global", "def f(x):\n    return np.sum(x, axis=0, keepdims=True)", {"return np.sum(x)"}),
    ("reduction", "def f(x):\n    return np.sum(x, axis=0) + max(x)",
     {"return np.mean(x, axis=0) + max(x)", "return np.max(x, axis=0) + max(x)", "return np.sum(x, axis=0) + sum(x)",
      "return np.sum(x, axis=0) + min(x)"}),
    ("transpose", "def f(a, b):\n    return a.T @ b", {"return a @ b", "return a.T @ b.T"}),
    ("swap-args", "def f(a, b):\n    return g(a, b, 1) / a",
     {"return g(b, a, 1) / a", "return g(a, 1, b) / a", "return a / g(a, b, 1)"}),
    ("inplace", "def f(x, y):\n    z = y * 2\n    return x - z + z",
     {"z = y * 2; return np.subtract(x, z, out=x) + z", "z = np.multiply(y, 2, out=y); return x - z + z"}),
    ("float32", "def f(a, b):\n    return (a + b, 'name')", {"return (np.float32(a + b), 'name')"}),
    ("float32", "def f(d):\n    return {k: 2 * v for k, v in d.items()}", {"return {k: np.float32(2 * v) for k, v in d.items()}"}),
    ("off-by-one", "def f(x, n):\n    return [x[i:n] for i in range(n) if i < 3]",
     {"return [x[i + 1:n] for i in range(n) if i < 3]", "return [x[i - 1:n] for i in range(n) if i < 3]",
      "return [x[i:n + 1] for i in range(n) if i < 3]", "return [x[i:n - 1] for i in range(n) if i < 3]",
      "return [x[i:n] for i in range(n + 1) if i < 3]", "return [x[i:n] for i in range(n - 1) if i < 3]",
      "return [x[i:n] for i in range(n) if i <= 3]"}),
    ("return-intermediate", "def f(x, rng):\n    t = x * 2\n    return t + 1", {"t = x * 2; return t", "t = x * 2; return x"}),
    ("global-random", "def f(n, rng):\n    return rng.integers(0, n) + rng.random()",
     {"return np.random.randint(0, n) + rng.random()", "return rng.integers(0, n) + np.random.random()"}),
]


@pytest.mark.parametrize("operator, source, expected", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_operator_makes_exactly_its_edits(operator, source, expected):
    assert mutated(source, operator) == expected


def test_every_operator_is_tested():
    assert {c[0] for c in CASES} == set(OPERATORS)


def test_docstrings_and_error_messages_are_left_alone():
    source = '''
    def f(x):
        """Scale by 2."""
        if x < 0:
            raise ValueError(f"x={x + 1} must be >= 0")
        return x
    '''
    edits = {d for op in OPERATORS for d in mutated(source, op)}
    assert all("Scale by 2." in d and "x={x + 1}" in d for d in edits)
    assert any("x <= 0" in d for d in edits)


def test_apply_leaves_the_original_tree_alone():
    tree = ast.parse("def f(a, b):\n    return a + b").body[0]
    before = ast.dump(tree)
    for m in mutations(tree):
        apply(tree, m)
    assert ast.dump(tree) == before
