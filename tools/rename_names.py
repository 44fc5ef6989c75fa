"""Rename classes and functions whose names collide across modules, everywhere they are used.

    python tools/rename_names.py            # rewrite the tree in place (idempotent: a second run changes nothing)
    python tools/rename_names.py --check    # list what would change, change nothing (exit 1 if anything would)
    python tools/rename_names.py question_bank/   # only the renames defined under these folders

RENAMES names each definition by its module, so two `Job` classes get two new names. A rename is
applied, in every tracked .py file, to:
- the defining module itself (every name token `old`, and `old` in its comments and docstrings);
- a module that imports `old` from it (`from mlptutor.grader.bulk.jobs import Job`), or from a package
  that re-exports it, the same way; an import `old as alias` renames only the imported name;
- `alias.old` where `alias` is the defining module (`from mlptutor.grader.sandbox import wire` ... `wire.pack`),
  and the dotted path `mlptutor.<module>.old` in strings (mock targets, lazy command paths).
Attribute tokens of other objects (`self.pack`) are never touched. In .md files and comments elsewhere only
the qualified forms change: `module.old` and `` `old` `` on a line that names the module's file.
"""

from __future__ import annotations

import ast
import io
import re
import subprocess
import sys
import tokenize
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# top-level folders and the import package each is installed as (pyproject.toml's package-dir)
PACKAGES = {"grader": "mlptutor.grader", "reference": "mlptutor.reference", "question_bank": "mlptutor.question_bank",
            "mlptutor": "mlptutor"}
# student submissions and solutions are data, not the tree's code
SKIP = ("examples/class/", "tests/solutions/", "exercises/", "tools/rename_names.py")

# (defining module, old name, new name)
RENAMES = [
    ("grader/sandbox/job.py", "Job", "SandboxJob"),                 # the parent's side of one sandbox job
    ("grader/sandbox/worker.py", "Zygote", "ZygoteLoop"),           # the zygote's fork loop, inside the sandbox
    ("grader/sandbox/child.py", "describe", "describe_error"),       # levels.describe names an isolation level
    ("grader/sandbox/child.py", "differs", "argument_changed"),
    ("grader/bulk/jobs.py", "Job", "WorkItem"),                     # one submission queued for the bulk pool
    ("grader/bulk/jobs.py", "pack", "pack_done"),
    ("grader/bulk/jobs.py", "unpack", "unpack_done"),
    ("grader/sandbox/wire.py", "pack", "pack_arrays"),
    ("grader/sandbox/wire.py", "unpack", "unpack_arrays"),
    ("grader/sandbox/wire.py", "packed", "packed_message"),
    ("grader/sandbox/seccomp.py", "packed", "packed_filter"),
    ("grader/sandbox/seccomp.py", "unavailable", "filter_unavailable"),  # levels.unavailable: a level's reason
    ("grader/checks/symbolic.py", "Verdict", "FormulaVerdict"),     # checks/base.py keeps the check's Verdict
    ("grader/checks/symbolic.py", "VerdictCache", "FormulaVerdictCache"),
    ("grader/mutation/equivalence.py", "Verdict", "EquivalenceVerdict"),
    ("grader/mutation/equivalence.py", "describe", "describe_case"),
    ("grader/mutation/equivalence.py", "differs", "why_different"),
    ("grader/mutation/equivalence.py", "compare", "compare_mutant"),  # symbolic_worker.compare compares formulas
    ("grader/mutation/equivalence.py", "run", "run_case"),           # pipeline.run is a grading step
    ("grader/mutation/inputs.py", "Case", "MutationCase"),           # checks/cases.py keeps the check's Case
    ("grader/mutation/inputs.py", "materialise", "fresh_arguments"),
    ("grader/bulk/exports.py", "exercise_names", "exported_exercises"),
    ("grader/bulk/exports.py", "number", "number_text"),             # relations/values.number reads a leaf
    ("grader/gradescope.py", "build", "build_autograder"),           # symbolic_worker.build folds a formula
    ("grader/nbgrader/cell_grader.py", "points", "cell_points"),
    ("grader/nbgrader/cell_grader.py", "student_id", "notebook_student_id"),
    ("grader/release/student/replay.py", "load", "load_recorded"),
    ("grader/mutation/mutants.py", "load", "load_mutants"),
    # question_bank's own (applied on the names branch already; kept so a stale tree is renamed too)
    ("question_bank/answers.py", "Mistake", "AnswerMistake"),
    ("question_bank/mastery.py", "Progress", "PracticeRecord"),
    ("question_bank/render/markup.py", "parse", "parse_markdown"),
    ("question_bank/templating.py", "environment", "jinja_environment"),
]


@dataclass(frozen=True)
class Rename:
    path: str
    old: str
    new: str

    @property
    def module(self) -> str:
        folder, _, rest = self.path.removesuffix(".py").partition("/")
        return ".".join([PACKAGES[folder], *rest.split("/")]).removesuffix(".__init__")

    @property
    def stem(self) -> str:
        return Path(self.path).stem


def tracked() -> list[str]:
    files = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True).stdout.split()
    return [f for f in files if not f.startswith(SKIP) and f.endswith((".py", ".md")) and (ROOT / f).is_file()]


def module_of(path: str) -> str | None:
    folder, _, rest = path.removesuffix(".py").partition("/")
    if folder not in PACKAGES or not rest:
        return None
    return ".".join([PACKAGES[folder], *rest.split("/")]).removesuffix(".__init__")


def absolute(node: ast.ImportFrom, path: str) -> str:
    """The module an ImportFrom names, relative imports resolved against the file's package."""
    if not node.level:
        return node.module or ""
    here = (module_of(path) or "").split(".")
    package = here if path.endswith("__init__.py") else here[:-1]
    base = package[:len(package) - node.level + 1]
    return ".".join([*base, *([node.module] if node.module else [])])


def meanings(tree: ast.Module, path: str, rename: Rename, exporters: set[str]) -> tuple[bool, set[str], bool]:
    """(the bare name `old` means the renamed definition here, local aliases of its module, imported under
    another local name)."""
    bare = module_of(path) == rename.module
    aliases: set[str] = set()
    aliased = False
    parent, _, last = rename.module.rpartition(".")
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            source = absolute(node, path)
            for name in node.names:
                if source in exporters and name.name == rename.old:
                    if name.asname in (None, rename.old):
                        bare = True
                    else:
                        aliased = True
                if source == parent and name.name == last:
                    aliases.add(name.asname or last)
        elif isinstance(node, ast.Import):
            for name in node.names:
                if name.name in exporters:
                    aliases.add(name.asname or name.name)
    return bare, aliases, aliased


def exporters_of(rename: Rename, trees: dict[str, ast.Module]) -> set[str]:
    """The defining module (and its name inside the sandbox's child, where grader/sandbox/<x>.py is shipped
    as mlptutor_sandbox_<x>) plus every package __init__ that re-exports the name from it (transitively)."""
    found = {rename.module}
    if rename.path.startswith("grader/sandbox/"):
        found.add(f"mlptutor_sandbox_{rename.stem}")
    changed = True
    while changed:
        changed = False
        for path, tree in trees.items():
            module = module_of(path)
            if not path.endswith("__init__.py") or module in found or module is None:
                continue
            for node in ast.walk(tree):
                if isinstance(node, ast.ImportFrom) and absolute(node, path) in found and \
                        any(n.name == rename.old and n.asname in (None, rename.old) for n in node.names):
                    found.add(module)
                    changed = True
    return found


def _word(name: str) -> re.Pattern:
    return re.compile(rf"(?<![\w.]){re.escape(name)}\b(?!\.py)")


def _qualified(rename: Rename, exporters: set[str]) -> list[tuple[re.Pattern, str]]:
    """Patterns for the qualified forms: mlptutor.x.y.old, y.old (the module's own name) and `old` in backticks."""
    dotted = [(re.compile(rf"\b{re.escape(m)}\.{rename.old}\b"), f"{m}.{rename.new}") for m in sorted(exporters)]
    short = (re.compile(rf"\b{re.escape(rename.stem)}\.{rename.old}\b"), f"{rename.stem}.{rename.new}")
    colon = [(re.compile(rf"\b{re.escape(m)}:{rename.old}\b"), f"{m}:{rename.new}") for m in sorted(exporters)]
    return [*dotted, *colon, short]


def rewrite_text(text: str, rename: Rename, exporters: set[str], names_file: bool) -> str:
    """Prose (comments, strings, Markdown): qualified forms anywhere; `old` in backticks on a line naming the file."""
    for pattern, new in _qualified(rename, exporters):
        text = pattern.sub(new, text)
    if names_file:
        return text
    lines = []
    for line in text.splitlines(keepends=True):
        if f"{rename.stem}.py" in line:
            line = line.replace(f"`{rename.old}`", f"`{rename.new}`").replace(f"`{rename.old}(", f"`{rename.new}(")
        lines.append(line)
    return "".join(lines)


def rewrite_python(text: str, tree: ast.Module, path: str, rename: Rename, exporters: set[str]) -> str:
    bare, aliases, aliased = meanings(tree, path, rename, exporters)
    starts = [0]
    for line in text.splitlines(keepends=True):
        starts.append(starts[-1] + len(line))
    at = lambda position: starts[position[0] - 1] + position[1]  # noqa: E731 (row, col) -> offset in text
    edits: list[tuple[int, int, str]] = []  # (start, end, replacement)
    tokens = list(tokenize.generate_tokens(io.StringIO(text).readline))
    for i, tok in enumerate(tokens):
        if tok.type == tokenize.NAME and tok.string == rename.old:
            before = tokens[i - 1] if i else None
            if before is not None and before.string == ".":
                owner = tokens[i - 2] if i >= 2 else None
                if owner is not None and owner.type == tokenize.NAME and owner.string in aliases:
                    edits.append((at(tok.start), at(tok.end), rename.new))
            elif bare or (aliased and _in_import(tokens, i)):
                edits.append((at(tok.start), at(tok.end), rename.new))
        elif tok.type == tokenize.STRING and tok.string in (f'"{rename.old}"', f"'{rename.old}'") and i >= 2 \
                and tokens[i - 1].string == "," and tokens[i - 2].string in aliases:
            # setattr(module, "old", ...), monkeypatch.setattr(module, "old", ...), getattr(module, "old")
            edits.append((at(tok.start), at(tok.end), f'"{rename.new}"'))
        elif tok.type in (tokenize.STRING, tokenize.COMMENT):
            if bare and rename.old[0].isupper():
                new = _word(rename.old).sub(rename.new, tok.string)
            else:
                new = rewrite_text(tok.string, rename, exporters, names_file=module_of(path) == rename.module)
                if bare:
                    new = new.replace(f"`{rename.old}`", f"`{rename.new}`").replace(f"`{rename.old}(", f"`{rename.new}(")
            if bare and tok.type == tokenize.STRING and "f" in tok.string[:tok.string.index(tok.string[-1])].lower():
                # an f-string's replacement fields are code (one STRING token up to Python 3.11)
                new = re.sub(r"\{[^{}]*\}", lambda m: _word(rename.old).sub(rename.new, m[0]), new)
            if new != tok.string:
                edits.append((at(tok.start), at(tok.end), new))
    for start, end, new in sorted(edits, reverse=True):
        text = text[:start] + new + text[end:]
    return text


def _in_import(tokens: list, i: int) -> bool:
    """Whether token i is an imported name of a `from ... import` statement (not its alias after `as`)."""
    j = i - 1
    while j >= 0 and tokens[j].type != tokenize.NEWLINE:
        if tokens[j].string == "import":
            return tokens[i - 1].string != "as"
        j -= 1
    return False


def apply(write: bool, prefixes: tuple[str, ...] = ()) -> list[str]:
    """Apply every rename (or those whose defining module starts with one of `prefixes`); the changed files."""
    files = tracked()
    texts = {f: (ROOT / f).read_text(encoding="utf-8") for f in files}
    changed: set[str] = set()
    trees = {f: ast.parse(t) for f, t in texts.items() if f.endswith(".py")}
    for entry in RENAMES:
        rename = Rename(*entry)
        if prefixes and not rename.path.startswith(prefixes):
            continue
        if not (ROOT / rename.path).is_file():
            print(f"skipped {rename.old} -> {rename.new}: {rename.path} not found", file=sys.stderr)
            continue
        exporters = exporters_of(rename, trees)
        for f in files:
            text = texts[f]
            if rename.old not in text:
                continue
            if f.endswith(".py"):
                new = rewrite_python(text, trees[f], f, rename, exporters)
            else:
                new = rewrite_text(text, rename, exporters, names_file=False)
            if new != text:
                texts[f] = new
                changed.add(f)
                if f.endswith(".py"):
                    trees[f] = ast.parse(new)
    if write:
        for f in changed:
            (ROOT / f).write_text(texts[f], encoding="utf-8")
    return sorted(changed)


def main() -> None:
    check = "--check" in sys.argv[1:]
    changed = apply(not check, tuple(a for a in sys.argv[1:] if not a.startswith("--")))
    for f in changed:
        print(("would change " if check else "changed ") + f)
    if check and changed:
        sys.exit(1)


if __name__ == "__main__":
    main()
