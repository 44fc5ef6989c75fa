"""`mlptutor release`: what students get, without solutions.

    mlptutor release --out DIR [--exercises a,b]                          the student bundle (grader/release/bundle.py)
    mlptutor release --format nbgrader --course DIR [--assignment NAME]   an nbgrader source assignment (grader/nbgrader/release.py)
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from mlptutor.grader.release import ReleaseError


def _fail(problem) -> None:
    click.echo(f"mlptutor release: {problem}", err=True)
    sys.exit(2)


@click.command()
@click.option("--format", "fmt", type=click.Choice(["bundle", "nbgrader"]), default="bundle", show_default=True,
              help="bundle: stubs and a checker of the public checks; nbgrader: a source assignment for "
                   "`nbgrader generate_assignment`.")
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), help="New folder for the bundle.")
@click.option("--course", type=click.Path(path_type=Path), help="The nbgrader course folder (--format nbgrader).")
@click.option("--assignment", default="mlp", show_default=True, help="The nbgrader assignment's name (source/<assignment>/).")
@click.option("--exercises", default=None, help="Comma-separated exercises to release (default: all).")
@click.option("--exercise", "exercise", multiple=True, help="An exercise to release (repeatable; same as --exercises).")
def release(fmt, out, course, assignment, exercises, exercise):
    """Write what students get: stubs and a checker without solutions, or an nbgrader source assignment."""
    chosen = [*(exercises.split(",") if exercises else ()), *exercise]
    if fmt == "nbgrader":
        if course is None:
            _fail("--format nbgrader needs --course DIR (the nbgrader course folder)")
        _nbgrader(course, assignment, [n.strip() for n in chosen if n.strip()] or None)
    else:
        if out is None:
            _fail("give --out DIR, a new folder for the student bundle")
        _bundle(out, ",".join(chosen) if chosen else None)


def _bundle(out: Path, exercises: str | None) -> None:
    from mlptutor.grader.release.bundle import exercise_names, write_bundle
    from mlptutor.grader.specs import load_specs

    specs = load_specs()
    try:
        names = exercise_names(specs, exercises)
        later = write_bundle(out, specs, names)
    except (ReleaseError, OSError) as problem:
        _fail(problem)
    click.echo(f"wrote the student bundle for {len(names)} exercises to {out}; students run: pip install {out}")
    if later:
        click.echo(f"checks left to grading (the checker cannot run them): {later}")


def _nbgrader(course: Path, assignment: str, exercises: list[str] | None) -> None:
    from mlptutor.grader.nbgrader.release import release as write

    try:
        written = write(course, assignment, exercises)
    except ValueError as problem:
        _fail(problem)
    except OSError as problem:
        _fail(f"cannot write into {course}: {problem.strerror or problem}")
    click.echo(f"wrote {len(written)} notebooks to {course / 'source' / assignment}; "
               f"next: cd {course} && nbgrader generate_assignment {assignment}")
