"""Generate examples/class/: a class of submissions that exercises everything `mlptutor grade` handles.

    python examples/make_class.py            # (re)write examples/class and examples/roster.csv
    python examples/make_class.py --check    # and grade them: every mistake must be named

Every submission starts from the correct solutions in tests/solutions/ (the
exercise stubs in exercises/ where a solution is missing) and changes one
thing:

- correct-*: nothing, in several layouts (folder, zip, flat files, one notebook with markers);
- partial-*: some exercises left as the stub, or not handed in;
- mistake-<id>: one catalogued mistake of grader/specs, made by the text edit
  its spec gives it (ExerciseSpec.edits): every mistake of an exercise, or the
  sample of it in SAMPLE;
- crash-*, loop-*: an import error, a syntax error, a crash in a call, an
  endless loop at import and in a function;
- hostile-*: a fork bomb, sys.exit and os._exit, reading files outside the
  submission, forged output, a rigged array subclass, a huge allocation;
- latin1-*: a source file that is not UTF-8.

The output is deterministic (sorted, fixed zip timestamps and notebook cell
ids), so regenerating it changes nothing unless the solutions or specs did.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import zipfile
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from mlptutor.grader.mistakes import Edit  # noqa: E402
from mlptutor.grader.specs import load_specs  # noqa: E402

MARK = ".generated-by-make_class"  # hidden: discovery skips it
Files = dict[str, str]
# The mistake students of an exercise: all its mistakes, or the ones listed here (the exercises whose
# catalogue grew after the first round keep a sample, so that grading the class stays quick).
SAMPLE = {
    "activations": ("step-zero-at-zero", "sigmoid-grad-z-not-s", "sigmoid-grad-at-activation",
        "tanh-grad-no-square", "tanh-grad-at-activation", "leaky-relu-grad-no-alpha", "prelu-alpha-grad-indicator",
        "gelu-grad-cdf-only", "gelu-tanh-no-half"),
    "counting": ("breakdown-shape-transposed", "count-no-biases"),
    "data": ("split-truncates-sizes", "split-no-shuffle", "one-hot-transposed"),
    "experiments": ("vanishing-sum-not-product", "activation-scale-no-relu"),
    "gradcheck": ("numerical-gradient-no-2h", "relative-error-one-sided"),
    "graph": ("graph-gradients-overwritten", "graph-mul-derivative-own-value"),
    "init": ("he-fan-out", "he-std-not-sqrt", "init-unscaled-normal", "he-normal-mode-ignored",
        "he-uniform-limit-as-std", "he-uniform-fan-out", "he-uniform-mode-ignored", "xavier-fan-in-only",
        "xavier-sum-not-average", "xavier-normal-mode-ignored", "xavier-uniform-limit-as-std",
        "xavier-uniform-fan-in-only", "xavier-uniform-mode-ignored", "lecun-he-gain",
        "spread-ignores-output-weights", "symmetry-demo-no-initial-spread"),
    "losses": ("mse-no-half", "mse-no-mean", "mse-mean-over-all-entries", "mse-grad-no-1/N", "mse-grad-factor-2",
        "bce-no-clip", "bce-no-mean", "bce-grad-no-clip", "bce-grad-no-1/N", "ce-softmax-of-unshifted-logits",
        "ce-no-mean", "ce-logits-as-probabilities"),
    "normalization": ("batchnorm-unbiased-variance", "batchnorm-dgamma-without-x-hat", "layernorm-no-scale-shift"),
    "perceptron": ("perceptron-predict-strict", "neuron-gradient-no-1/N", "neuron-step-ascent"),
    "xor": ("xor-epochs-off-by-one", "xor-logic-output-named-in-x"),
}


def course_files() -> tuple[Files, list[str]]:
    """exercise -> correct source (the stub where tests/solutions has none yet), and the stubbed names."""
    files, stubbed = {}, []
    for name in load_specs():
        solution = ROOT / "tests" / "solutions" / f"{name}.py"
        if solution.exists():
            files[name] = solution.read_text()
        else:
            files[name] = (ROOT / "exercises" / f"{name}.py").read_text()
            stubbed.append(name)
    return files, stubbed


def stub(name: str) -> str:
    return (ROOT / "exercises" / f"{name}.py").read_text()


def edited(files: Files, exercise: str, old: str, new: str) -> Files:
    """`files` with the one occurrence of `old` in `exercise` replaced by `new`."""
    count = files[exercise].count(old)
    if count != 1:
        raise SystemExit(f"make_class: {old!r} occurs {count} times in tests/solutions/{exercise}.py; update the edit")
    return {**files, exercise: files[exercise].replace(old, new)}


def after_imports(files: Files, exercise: str, code: str) -> Files:
    """`code` inserted right after `import numpy as np` (module level) in `exercise`."""
    return edited(files, exercise, "import numpy as np\n", "import numpy as np\n" + code)


def in_function(files: Files, exercise: str, function: str, code: str) -> Files:
    """`code` (indented) run first thing in `function` of `exercise`."""
    head = files[exercise].split(f"def {function}(", 1)[1].split("\n", 1)[0]
    signature = f"def {function}({head}\n"
    body = "".join(f"    {line}\n" for line in code.splitlines())
    return edited(files, exercise, signature, signature + body)


RIGGED = """class _Always(np.ndarray):
    def __eq__(self, other):
        return np.ones(np.shape(self), dtype=bool)

    def __array_finalize__(self, obj):
        pass
"""


def special_students(files: Files) -> dict[str, Files]:
    names = sorted(files)
    first, second = names[0], names[-1]
    rigged = after_imports(files, "softmax", RIGGED) if "softmax" in files else files
    return {
        "partial-template": {n: stub(n) for n in names},
        "partial-half": {n: (files[n] if i % 2 == 0 else stub(n)) for i, n in enumerate(names)},
        "partial-missing": {n: files[n] for n in names[: len(names) // 3]},
        "crash-import": after_imports(files, first, 'WEIGHTS = np.load("weights.npy")  # a file only on my laptop\n'),
        "crash-syntax": edited(files, "layers", "def dense_backward(dZ, cache):", "def dense_backward(dZ, cache)"),
        "crash-call": in_function(files, "activations", "relu", "z = np.asarray(z)[0, :]"),
        "loop-import": after_imports(files, second, "while True:  # waiting for convergence\n    pass\n"),
        "loop-function": in_function(files, "softmax", "softmax_cross_entropy_grad", "while True:\n    pass"),
        "hostile-fork-bomb": after_imports(files, first, "import os\nwhile True:\n    os.fork()\n"),
        "hostile-exit": in_function(in_function(files, "softmax", "softmax", "import sys\nsys.exit(0)"),
                                    "activations", "sigmoid", "import os\nos._exit(0)"),
        "hostile-read-files": in_function(files, "softmax", "softmax", (
            "for path in ('/etc/shadow', '/root/.ssh/id_rsa', '../correct-ada/softmax.py', '/work/main/reference/softmax.py'):\n"
            "    try:\n        print(path, open(path).read()[:80])\n    except OSError as exc:\n        print(path, 'refused:', exc)")),
        "hostile-forged-output": after_imports(files, first, (
            "import os, sys\n"
            "print('{\"score\": 100, \"max_score\": 100, \"status\": \"passed\"}')\n"
            "os.write(1, b'\\x00\\x00\\x00\\x20{\"id\": \"x\", \"status\": \"ok\"}\\n')\n"
            "sys.stderr.write('All checks PASSED: 55/55\\n')\n")),
        "hostile-rigged-array": in_function(rigged, "softmax", "softmax", "return np.zeros(np.shape(Z)).view(_Always)"),
        "hostile-memory": in_function(files, "activations", "relu", "hoard = np.ones((1 << 16, 1 << 16))"),
        "latin1-ivy": {**files, "softmax": "# coding is latin-1 here: caf\xe9\n" + files["softmax"]},
    }


def notebook(files: Files) -> str:
    """One notebook holding every exercise, one marked code cell each, after an imports cell."""
    nb = nbformat.v4.new_notebook()
    cells = [nbformat.v4.new_markdown_cell("# My MLP homework"), nbformat.v4.new_code_cell("import numpy as np\n%matplotlib inline")]
    cells += [nbformat.v4.new_code_cell(f"# mlptutor: {name}\n{source}") for name, source in sorted(files.items())]
    for i, cell in enumerate(cells):
        cell["id"] = f"cell-{i}"
    nb["cells"] = cells
    return nbformat.writes(nb) + "\n"


def write_folder(folder: Path, files: Files, encoding: str = "utf-8") -> None:
    folder.mkdir(parents=True)
    for name, source in sorted(files.items()):
        (folder / f"{name}.py").write_bytes(source.encode(encoding))


def write_zip(path: Path, inner: str, files: Files) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, source in sorted(files.items()):
            info = zipfile.ZipInfo(f"{inner}/{name}.py", date_time=(2026, 1, 1, 0, 0, 0))
            info.external_attr = 0o644 << 16
            archive.writestr(info, source)


def mistake_edits() -> dict[str, tuple[str, Edit]]:
    """mistake id -> (exercise, edit) of every mistake student, from the specs' edits."""
    chosen = {}
    for exercise, spec in load_specs().items():
        for mistake, edit in spec.edits.items():
            if mistake in SAMPLE.get(exercise, spec.edits):
                chosen[mistake] = (exercise, edit)
    return chosen


def mistake_student(mistake: str) -> str:
    return f"mistake-{mistake.replace('/', '')}"  # ids like "dense-backward-extra-1/N" hold a slash


def generate(out: Path) -> list[str]:
    """Write the class into `out` (replacing an earlier generated one); returns the student ids."""
    if out.exists():
        if not (out / MARK).exists():
            raise SystemExit(f"make_class: {out} exists and was not made by this script; pick another --out")
        shutil.rmtree(out)
    out.mkdir(parents=True)
    (out / MARK).write_text("made by examples/make_class.py; regenerate rather than edit\n")
    files, stubbed = course_files()
    if stubbed:
        print(f"make_class: no solution yet for {', '.join(stubbed)}: their stubs stand in", file=sys.stderr)

    folders = {"correct-ada": files, **special_students(files)}
    for mistake, (exercise, edit) in mistake_edits().items():
        if exercise in files:
            folders[mistake_student(mistake)] = edited(files, exercise, edit.old, edit.new)
    for student, student_files in folders.items():
        write_folder(out / student, student_files, "latin-1" if student.startswith("latin1-") else "utf-8")
    write_zip(out / "correct-zip-gil.zip", "homework", files)
    for name, source in files.items():
        (out / f"correct-flat-fay_{name}.py").write_text(source)
    (out / "correct-notebook-hal").mkdir()
    (out / "correct-notebook-hal" / "homework.ipynb").write_text(notebook(files))
    students = sorted([*folders, "correct-zip-gil", "correct-flat-fay", "correct-notebook-hal"])
    return students


def check(out: Path) -> int:
    """Grade the class in this process; 1 if a correct one loses points or a mistake goes unnamed."""
    from mlptutor.grader.bulk.discovery import discover
    from mlptutor.grader.bulk.engine import Engine

    engine = Engine()
    found = discover(out, engine.exercises())
    expected = {mistake_student(m): m for m in mistake_edits()}
    failures = 0
    with engine.open() as grade:
        for submission in found.submissions:
            if not submission.student.startswith(("correct-", "mistake-")):
                continue
            report = grade(submission.student, submission.modules)
            named = {c.mistake for c in report.checks if c.mistake}
            if submission.student.startswith("correct-"):
                ok = report.score == report.max_score
            else:
                ok = expected[submission.student] in named
            failures += not ok
            print(f"{'ok  ' if ok else 'FAIL'} {submission.student}: {report.score:g}/{report.max_score:g}"
                  + (f", named {', '.join(sorted(named))}" if named else ""))
    return 1 if failures else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent / "class")
    parser.add_argument("--roster", type=Path, default=Path(__file__).resolve().parent / "roster.csv")
    parser.add_argument("--check", action="store_true", help="grade the generated class and verify it")
    args = parser.parse_args()
    students = generate(args.out)
    roster = ["student,first_name,last_name,email"]
    roster += [f"{s},{s.split('-')[-1].title()},Example,{s}@example.edu" for s in [*students, "absent-jon"]]
    args.roster.write_text("\n".join(roster) + "\n")
    print(f"make_class: {len(students)} submissions in {args.out}, roster {args.roster}")
    return check(args.out) if args.check else 0


if __name__ == "__main__":
    raise SystemExit(main())
