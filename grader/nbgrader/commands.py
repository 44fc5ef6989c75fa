"""`mlptutor release --format nbgrader --course DIR`: the exercises as an nbgrader source assignment."""

from __future__ import annotations

from pathlib import Path

import click


@click.command()
@click.option("--format", "fmt", type=click.Choice(["nbgrader"]), required=True,
              help="nbgrader: a source assignment for `nbgrader generate_assignment`.")
@click.option("--course", type=click.Path(path_type=Path), required=True, help="The nbgrader course folder.")
@click.option("--assignment", default="mlp", show_default=True, help="The assignment's name (source/<assignment>/).")
@click.option("--exercise", "exercises", multiple=True, help="An exercise to release (repeat it) [default: all].")
def release(fmt, course, assignment, exercises):
    """Write the exercises as notebooks with solution regions and autograded test cells (see grader/nbgrader/release.py)."""
    from grader.nbgrader.release import release as write

    try:
        written = write(course, assignment, list(exercises) or None)
    except ValueError as exc:
        raise click.ClickException(str(exc)) from None
    except OSError as exc:
        raise click.ClickException(f"cannot write into {course}: {exc.strerror or exc}") from None
    click.echo(f"wrote {len(written)} notebooks to {course / 'source' / assignment}; "
               f"next: cd {course} && nbgrader generate_assignment {assignment}")
