"""A Gradescope autograder: `mlptutor gradescope --out autograder.zip [--exercises a,b] [--visibility V]`.

The archive, as Gradescope's autograder specification asks
(https://gradescope-autograders.readthedocs.io/en/latest/specs/):

    setup.sh          run once when Gradescope builds its Ubuntu image: bubblewrap,
                      Python >= 3.11, a venv with mlptutor installed from mlptutor/
    run_autograder    run for every submission: grades /autograder/submission and
                      writes /autograder/results/results.json
    config.json       the exercises graded, the tests' visibility, and whether it may
                      grade with weaker isolation than bubblewrap (`--allow-weak-sandbox`;
                      then student code sees every world-readable file, so setup.sh
                      makes the instructor's package readable by root only)
    mlptutor/         the instructor package's source (with a generated pyproject.toml)

`python -m mlptutor.grader.gradescope ROOT` is what run_autograder runs (ROOT is
/autograder, or $AUTOGRADER_ROOT so that a test can lay one out in a
temporary folder). Whatever goes wrong, a results.json is written: a
submission without exercise files scores 0 with a one-line reason.
"""

from __future__ import annotations

import importlib
import importlib.metadata
import json
import sys
import zipfile
from pathlib import Path

import click

from mlptutor.grader.bulk.engine import inputs_key
from mlptutor.grader.bulk.exports import VISIBILITIES, gradescope_results, json_text, number_text
from mlptutor.grader.feedback.places import handed_in
from mlptutor.grader.model import SubmissionReport

SUBPACKAGES = ("grader", "reference", "question_bank")  # of mlptutor; folders of their own in the checkout
SKIP = ("__pycache__",)

SETUP = """#!/usr/bin/env bash
# Run once by Gradescope, as root, while it builds the autograder image (Ubuntu).
set -euo pipefail
apt-get install -y bubblewrap python3 python3-venv
PYTHON=python3
if ! python3 -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
    apt-get install -y python3.11 python3.11-venv
    PYTHON=python3.11
fi
"$PYTHON" -m venv /autograder/venv
/autograder/venv/bin/pip install /autograder/source/mlptutor
# below bubblewrap (--allow-weak-sandbox) student code reads every world-readable file: not the reference's
chmod -R go-rwx /autograder/source \
    "$(/autograder/venv/bin/python -c 'import mlptutor, os; print(os.path.dirname(mlptutor.__file__))')"
"""

RUN = """#!/usr/bin/env bash
# Run by Gradescope for every submission. AUTOGRADER_ROOT and MLPTUTOR_PYTHON let a test run it elsewhere.
ROOT="${AUTOGRADER_ROOT:-/autograder}"
PYTHON="${MLPTUTOR_PYTHON:-$ROOT/venv/bin/python}"
cd "$ROOT"
exec "$PYTHON" -m mlptutor.grader.gradescope "$ROOT"
"""

PYPROJECT = """[build-system]
requires = ["setuptools>=61"]
build-backend = "setuptools.build_meta"

[project]
name = "mlptutor"
version = "{version}"
requires-python = ">=3.11"
dependencies = {dependencies}

[project.scripts]
mlptutor = "mlptutor.launch:main"

[tool.setuptools.packages.find]
include = {packages}

[tool.setuptools.package-data]
"*" = ["*.md", "*.j2", "*.json", "*.toml", "*.css", "*.xsd"]
"""


def _pyproject() -> str:
    requires = [r for r in importlib.metadata.requires("mlptutor") or [] if "extra ==" not in r]
    return PYPROJECT.format(version=importlib.metadata.version("mlptutor"), dependencies=json.dumps(requires),
                            packages=json.dumps(["mlptutor*"]))


def _add(archive: zipfile.ZipFile, name: str, data: bytes, executable: bool = False) -> None:
    info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))  # fixed: the same course gives the same archive
    info.external_attr = (0o755 if executable else 0o644) << 16
    info.compress_type = zipfile.ZIP_DEFLATED
    archive.writestr(info, data)


def _package_folders() -> list[tuple[str, Path]]:
    """(package, folder) of mlptutor and its subpackages, wherever they live (checkout or installed);
    the archive lays them out as installed: mlptutor/mlptutor/grader/..."""
    packages = ["mlptutor", *(f"mlptutor.{sub}" for sub in SUBPACKAGES)]
    return [(p, Path(importlib.import_module(p).__file__).resolve().parent) for p in packages]


def build_autograder(out: Path, exercises: list[str], visibility: str, allow_weak_sandbox: bool = False) -> None:
    """Write the autograder archive for `exercises` to `out`."""
    config = {"exercises": exercises, "visibility": visibility, "allow_weak_sandbox": allow_weak_sandbox}
    with zipfile.ZipFile(out, "w") as archive:
        _add(archive, "setup.sh", SETUP.encode(), executable=True)
        _add(archive, "run_autograder", RUN.encode(), executable=True)
        _add(archive, "config.json", json.dumps(config, indent=2).encode())
        _add(archive, "mlptutor/pyproject.toml", _pyproject().encode())
        for name, folder in _package_folders():
            for file in sorted(folder.rglob("*")):
                rel = file.relative_to(folder)
                if file.is_file() and not any(part in SKIP for part in rel.parts) \
                        and not (name == "mlptutor" and rel.parts[0] in SUBPACKAGES):
                    _add(archive, f"mlptutor/{name.replace('.', '/')}/{rel.as_posix()}", file.read_bytes())


@click.command()
@click.option("--out", required=True, type=click.Path(dir_okay=False), help="The archive to write (autograder.zip).")
@click.option("--exercises", default=None, help="Comma-separated exercises to grade (default: all).")
@click.option("--visibility", type=click.Choice(VISIBILITIES), default="after_published", show_default=True,
              help="When students see each function's test (its score and messages).")
@click.option("--allow-weak-sandbox", is_flag=True,
              help="Grade even where bubblewrap cannot run (weaker isolation: submissions may read world-readable files).")
def gradescope(out, exercises, visibility, allow_weak_sandbox):
    """Build a Gradescope autograder archive (setup.sh, run_autograder, mlptutor's source)."""
    from mlptutor.grader.release.bundle import exercise_names
    from mlptutor.grader.release.record import ReleaseError
    from mlptutor.grader.specs import load_specs

    try:
        specs = load_specs()
        names = exercise_names(specs, exercises)
        build_autograder(Path(out), names, visibility, allow_weak_sandbox)
    except (ReleaseError, OSError) as problem:
        click.echo(f"mlptutor gradescope: {problem}", err=True)
        sys.exit(2)
    # Gradescope shows results.json's score out of the points the assignment's autograder is set to
    points = number_text(sum(specs[name].max_points for name in names))
    click.echo(f"wrote {out}: upload it as the assignment's autograder (grades {', '.join(names)}, out of {points} "
               f"points: set the assignment's autograder points to {points})")


def student_id(root: Path) -> str:
    """The submitter's Gradescope id (with the submission's content, it seeds the hidden inputs: `inputs_key`)."""
    try:
        users = json.loads((root / "submission_metadata.json").read_text(encoding="utf-8")).get("users") or []
        user = users[0]
        return str(user.get("id") or user.get("email") or "gradescope")
    except (OSError, ValueError, IndexError, AttributeError):
        return "gradescope"


def find_sources(submission: Path, exercises: list[str],
                 origins: dict[str, tuple[str, ...]] | None = None) -> tuple[dict[str, str], list[str]]:
    """The upload's modules and problems, read as `mlptutor grade` reads a submission folder (a folder or a whole
    repository), by grader.bulk.folders.read_submission: hidden and cache folders skipped, at most 32 deep, links
    kept inside, the shallowest first within the limits, what is left out said in one line; files named after
    exercises, '# mlptutor:' markers, a bundle, the helpers the exercises import. Read by a rule of its own (the exercise-named files only, when there were any),
    a bundle notebook or a marker file beside softmax.py was never read here: losses 0 on Gradescope and graded in
    `mlptutor grade`, and other hidden inputs. `origins`: each module's files (grader.feedback.places)."""
    from mlptutor.grader.bulk.folders import read_submission

    return read_submission(submission, exercises, prefix="", origins=origins)


def grade(root: Path) -> dict:
    """results.json for the submission under `root` (laid out as /autograder)."""
    from mlptutor.grader.pipeline import Grader
    from mlptutor.grader.sandbox import Sandbox, SandboxError

    config = json.loads((root / "source" / "config.json").read_text(encoding="utf-8"))
    exercises, student = config["exercises"], student_id(root)
    origins: dict[str, tuple[str, ...]] = {}
    sources, problems = find_sources(root / "submission", exercises, origins)
    report = SubmissionReport(student)  # what is written when nothing can be graded: 0 and the reason
    if not sources:
        problems.append(f"no exercise file found in the submission; upload files named "
                        f"{', '.join(f'{n}.py' for n in exercises)} (or .ipynb)")
    else:
        try:
            # it grades for real: at a weaker level a submission could read the reference where it is installed
            with Sandbox(level="auto", require=not config.get("allow_weak_sandbox", False)) as sandbox:
                report = handed_in(Grader(sandbox).grade(sources, student=student, only=exercises,
                                                          inputs=inputs_key(student, sources)), origins)
        except SandboxError as problem:
            problems.append(f"the autograder could not start its sandbox: {problem}; or build the archive with "
                            f"`mlptutor gradescope --allow-weak-sandbox` (submissions may read world-readable files)")
    report.problems[:0] = problems
    return gradescope_results(report, visibility=config["visibility"])


def main(argv: list[str]) -> None:
    if len(argv) != 1:
        sys.exit("usage: python -m mlptutor.grader.gradescope AUTOGRADER_ROOT")
    root = Path(argv[0])
    results = grade(root)
    (root / "results").mkdir(parents=True, exist_ok=True)
    (root / "results" / "results.json").write_text(json_text(results), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
