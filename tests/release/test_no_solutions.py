"""The bundle holds no reference source and none of the hidden cases' expected values of real students."""

import ast
import functools
import importlib
import inspect
import io
import json
import pkgutil
from pathlib import Path

import numpy as np

from mlptutor import reference
from mlptutor.grader import pipeline
from mlptutor.grader.specs import load_specs

STUDENTS = ("alice", "s1234567")
EXERCISES = Path(__file__).resolve().parent.parent.parent / "exercises"


def _reference_lines() -> set[str]:
    """Distinctive lines of every reference function's body (its docstring left out)."""
    lines = set()
    for info in pkgutil.iter_modules(reference.__path__):
        module = importlib.import_module(f"mlptutor.reference.{info.name}")
        source = inspect.getsource(module)
        text = source.splitlines()
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                body = node.body[1:] if ast.get_docstring(node) else node.body
                for stmt in body:
                    for line in text[stmt.lineno - 1:stmt.end_lineno]:
                        line = line.strip()
                        if len(line) >= 24 and not line.startswith(("#", '"', "'")) and any(c in line for c in "=(["):
                            lines.add(line)
    return lines


def _texts(bundle: Path) -> dict[Path, str]:
    return {p: p.read_text(encoding="utf-8") for p in bundle.rglob("*") if p.suffix in (".py", ".md", ".json", ".toml")}


def test_no_reference_function_body_is_in_the_bundle(bundle):
    lines = _reference_lines()
    assert len(lines) > 200  # the search has something to find
    # a stub's docstring may spell out one step of the method (exercises/ is public by design)
    stubs = "".join(p.read_text() for p in EXERCISES.glob("*.py"))
    lines = {line for line in lines if line not in stubs}
    found = {(str(path.relative_to(bundle)), line) for path, text in _texts(bundle).items()
             for line in lines if line in text}
    assert not found


def _plans(student: str):
    specs = load_specs()
    job = pipeline.GradingJob(student, {name: b"" for name in specs})
    pipeline.identify(job, pipeline.Grader(None, specs))
    pipeline.plan(job, pipeline.Grader(None, specs))
    return [(p.plan.calls, p.plan.memo) for p in job.planned]


def _payload(value):
    """Arrays of a plan's calls and memo (cases, expected values, gradient points)."""
    out = []
    stack = [value]
    while stack:
        v = stack.pop()
        if isinstance(v, np.ndarray):
            out.append(v)
        elif isinstance(v, (tuple, list)):
            stack.extend(v)
        elif isinstance(v, dict):
            stack.extend(v.values())
        elif hasattr(v, "__dataclass_fields__"):
            stack.extend(getattr(v, f) for f in v.__dataclass_fields__)
    # drawn numbers only: a built grid of small integers (labelled rows) may be a prefix of a public one's bytes
    return [a for a in out if a.dtype.kind == "f" and a.size >= 4 and np.unique(a).size >= 4
            and not np.array_equal(a, np.round(a, 2))]


def _shared() -> set[bytes]:
    """The arrays of xor's pool of POOL trained networks (grader/specs/xor.py): hidden cases of every student and
    public ones alike draw from it, so a pool network in the bundle is public by design, not a student's secret."""
    from mlptutor.grader.specs import xor

    runs = [xor.cached_train_xor(seed, **options) for seed in range(xor.POOL) for options in ({}, {"max_restarts": 0})]
    return {a.tobytes() for a in _payload(runs)}


@functools.cache
def _secret() -> tuple[dict[bytes, np.ndarray], set[bytes]]:
    """(the test students' hidden arrays that are neither public nor from the shared pool, the public arrays)."""
    public = {a.tobytes() for calls, memo in _plans("\x00public") for a in _payload((calls, memo))}
    hidden = {a.tobytes(): a for s in STUDENTS for calls, memo in _plans(s) for a in _payload((calls, memo))}
    shared = public | _shared()  # the same for everyone
    return {k: hidden[k] for k in sorted(hidden) if k not in shared}, public


HEAD = 9  # the numbers searched for are this long or longer: shorter ones (0.5, -1.25) are everywhere


def _found_in(text: str, needles: set[str]) -> set[str]:
    """The needles (each HEAD characters or longer) that occur in text: what `needle in text` finds for each, in
    one pass over text by their first HEAD characters (thousands of searches of a text of megabytes took 30 s)."""
    by_head: dict[str, list[str]] = {}
    for needle in needles:
        by_head.setdefault(needle[:HEAD], []).append(needle)
    return {needle for i in range(len(text) - HEAD + 1) for needle in by_head.get(text[i:i + HEAD], ())
            if text.startswith(needle, i)}


def _leaks(data: bytes, checks: str) -> list:
    """The secret arrays found in the bundle's arrays (`data`), and their numbers found in its checks' text."""
    secret, _ = _secret()
    numbers = {n for a in secret.values() for x in a.ravel()[:3] if len(n := json.dumps(float(x))) >= HEAD}
    return [a for k, a in secret.items() if k in data] + sorted(_found_in(checks, numbers))


def _public_files(bundle: Path) -> tuple[bytes, str]:
    public = bundle / "mlptutor_student" / "public"
    return (public / "arrays.npz").read_bytes(), (public / "checks.json").read_text()


def test_no_hidden_expected_value_of_a_student_is_in_the_bundle(bundle):
    data, checks = _public_files(bundle)
    secret, public = _secret()
    assert len(secret) > 100
    assert not _leaks(data, checks)
    # and the public cases are there indeed (all but those of checks left to grading): the search would see them
    assert sum(k in data for k in public) > 0.8 * len(public)


def test_a_hidden_value_planted_in_a_bundle_is_found(bundle, tmp_path):
    data, checks = _public_files(bundle)
    secret = next(iter(_secret()[0].values()))
    with np.load(io.BytesIO(data)) as arrays:
        np.savez(tmp_path / "arrays.npz", **arrays, planted=secret)
    assert [a.tobytes() for a in _leaks((tmp_path / "arrays.npz").read_bytes(), checks)] == [secret.tobytes()]
    number = next(n for a in _secret()[0].values() if len(n := json.dumps(float(a.ravel()[0]))) > 8)
    assert _leaks(data, f"{checks} {number}") == [number]


def _spec_functions_not_to_carry() -> set[str]:
    """Names of the specs' input generators (hidden cases, sizes, scenario draws, gradient points) and of the
    functions their mistakes' variants are built from."""
    import dataclasses
    import types

    from mlptutor.grader.checks.cases import Inputs

    names = set()

    def note(fn):
        if isinstance(fn, Inputs):
            fn = fn.draw
        if isinstance(fn, types.FunctionType) and fn.__module__.startswith("mlptutor.grader.specs."):
            names.add(fn.__qualname__.split(".")[0])
            for cell in fn.__closure__ or ():  # what a lambda wraps: lambda rng: clip_case(rng, 0, 0.3)
                note(cell.cell_contents)
            for const in fn.__code__.co_names:
                value = fn.__globals__.get(const)
                if isinstance(value, types.FunctionType) and value.__module__ == fn.__module__:
                    names.add(const)

    for spec in load_specs().values():
        for fn in spec.functions:
            for mistake in fn.mistakes:
                note(mistake.variant)
            for check in fn.checks:
                for field in dataclasses.fields(check):
                    if field.name in ("hidden", "sizes", "inputs", "extreme", "args", "point", "forward_args"):
                        note(getattr(check, field.name))
                for scenario in getattr(check, "scenarios", ()):
                    note(scenario.draw)
    return names - {"<lambda>"}


def test_the_carried_predicates_hold_no_input_generator_and_no_mistake_variant(bundle):
    carried = "".join(p.read_text() for p in (bundle / "mlptutor_student" / "predicates").glob("*.py"))
    assert "def " in carried  # predicates are carried
    forbidden = _spec_functions_not_to_carry()
    assert {"hidden_curve", "_rule", "_dropout", "clip_case"} <= forbidden  # the search knows what to look for
    assert not [name for name in forbidden if f"def {name}(" in carried]


def test_the_formula_checks_carry_values_at_points_never_the_answers(bundle):
    from mlptutor.grader.symbolic_worker import canonical
    from mlptutor.reference.derivatives import FORMULAS

    answers = {text for f in FORMULAS.values() for text in (f.answer, canonical(f.answer))}
    stubs = {"exercises", "stubs"}  # the questions, public by design
    found = {(str(path.relative_to(bundle)), answer) for path, text in _texts(bundle).items()
             if not stubs & set(path.relative_to(bundle).parts) for answer in answers if answer in text}
    assert not found
    document = json.loads((bundle / "mlptutor_student" / "public" / "checks.json").read_text())
    formulas = [c for c in document["checks"] if c["kind"] == "symbolic"]
    assert len(formulas) == len(FORMULAS) and all("fingerprint" in json.dumps(c["replay"]) for c in formulas)
    # no result of a formula's reference is recorded: it is the answer's text
    assert not [key for key, variant in document["references"].items()
                if key.startswith("derivatives.") and variant["cases"]["items"]]


def test_the_only_spec_modules_carried_are_reference_free_check_helpers(bundle):
    """Beside the specs' stand-in: gradcheck's known test functions and their check, the capstone's runs check."""
    specs = bundle / "mlptutor_student" / "_lib" / "mlptutor" / "grader" / "specs"
    assert sorted(p.name for p in specs.glob("*.py")) == ["__init__.py", "_known.py", "_known_check.py", "_runs_check.py"]
    assert "def net_gradients(" not in "".join(p.read_text() for p in specs.glob("*.py"))  # a backward pass
    imports = set()  # and no carried module imports the reference, even lazily
    for file in (bundle / "mlptutor_student").rglob("*.py"):
        for node in ast.walk(ast.parse(file.read_text())):
            if isinstance(node, ast.Import):
                imports.update(a.name for a in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module:
                imports.add(node.module)
    assert "numpy" in imports and not [m for m in imports if m.startswith(("mlptutor.reference", "mlptutor.question_bank"))]


def test_the_difference_quotients_are_left_to_the_instructors_grade(bundle):
    """relations.quotients differences a function as gradcheck's numerical_gradient must: a stand-in is carried."""
    carried = (bundle / "mlptutor_student" / "_lib" / "mlptutor" / "grader" / "relations" / "quotients.py").read_text()
    assert "def quotients(" in carried and "def difference(" not in carried and "e_i" not in carried


def test_the_checker_holds_each_module_once():
    """red19: the sandbox's __init__.py was taken for a module `mlptutor.grader.sandbox.__init__` and shipped a second
    time, as mlptutor/grader/sandbox/__init__/__init__.py (a stray package in every student's bundle)."""
    from mlptutor.grader.release.vendor import closure

    modules = closure(set())
    assert not [name for name in modules if name.endswith(".__init__")], sorted(modules)
    assert "mlptutor.grader.sandbox" in modules
