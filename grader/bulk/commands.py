"""`mlptutor grade` and `mlptutor export`: the instructor's commands (see grader/bulk/README.md)."""

from __future__ import annotations

import os
from pathlib import Path

import click

from grader.bulk.discovery import DiscoveryError
from grader.bulk.engine import Engine, EngineError
from grader.bulk.exports import grades_csv, nbgrader_csv
from grader.bulk.gradebook import Gradebook, GradebookError
from grader.bulk.outputs import write_atomic, write_gradescope
from grader.bulk.run import grade_class
from grader.feedback.escape import visible_line
from mlptutor.roster import RosterError, read_roster

USER_ERRORS = (DiscoveryError, RosterError, GradebookError, EngineError)


def _executor(engine: Engine, executor: str, workers: int | None, scheduler: str | None):
    if executor == "dask":
        if not scheduler:
            raise click.UsageError("--executor dask needs --scheduler ADDRESS (e.g. tcp://127.0.0.1:8786)")
        if workers:
            raise click.UsageError("--workers counts local processes; with --executor dask the cluster's workers grade "
                                   "(start each with `dask worker ADDRESS --nthreads N`)")
        from grader.bulk.dask_executor import DaskExecutor

        return DaskExecutor(engine, scheduler)
    if scheduler:
        raise click.UsageError("--scheduler goes with --executor dask")
    from grader.bulk.pool import LocalPool

    return LocalPool(engine, workers or len(os.sched_getaffinity(0)))


@click.command()
@click.argument("submissions", type=click.Path(path_type=Path))
@click.option("--assignment", help="Assignment name in the gradebook [default: nbgrader's assignment, else the folder name].")
@click.option("--workers", type=click.IntRange(min=1), help="Worker processes [default: the machine's cores].")
@click.option("--out", type=click.Path(path_type=Path), default=Path("grading-out"), show_default=True,
              help="Folder for the gradebook, exports, feedback and class report.")
@click.option("--roster", type=click.Path(path_type=Path), help="Class CSV (an id column: student, student_id, id or username): reports missing and unknown students.")
@click.option("--regrade", is_flag=True, help="Grade again submissions already in the gradebook.")
@click.option("--require-sandbox", is_flag=True, help="Refuse to grade without the bubblewrap sandbox (the default).")
@click.option("--allow-weak-sandbox", is_flag=True,
              help="Grade even where bubblewrap cannot run (weaker isolation: submissions may read the grader's files).")
@click.option("--executor", type=click.Choice(["local", "dask"]), default="local", show_default=True)
@click.option("--scheduler", help="Dask scheduler address, with --executor dask.")
def grade(submissions, assignment, workers, out, roster, regrade, require_sandbox, allow_weak_sandbox, executor,
          scheduler):
    """Grade a class folder of SUBMISSIONS into a gradebook, feedback files and a class report."""
    if require_sandbox and allow_weak_sandbox:
        raise click.UsageError("--require-sandbox and --allow-weak-sandbox contradict each other; pick one")
    # below bubblewrap a submission can read the reference and other students' files
    engine = Engine(require_sandbox=not allow_weak_sandbox)
    if executor == "local":  # Dask workers check on their own machines
        try:
            engine.prepare()  # refuses here, before anything is written, when bubblewrap cannot run
        except EngineError as exc:
            hint = "" if allow_weak_sandbox else ", or pass --allow-weak-sandbox to grade with weaker isolation"
            raise click.ClickException(f"{exc}{hint}") from None
    runner = _executor(engine, executor, workers, scheduler)
    try:
        summary = grade_class(submissions, out, engine, runner, assignment=assignment, roster=roster, regrade=regrade)
    except USER_ERRORS as exc:
        raise click.ClickException(str(exc)) from None
    except OSError as exc:  # e.g. the Dask scheduler cannot be reached, the output folder is read-only
        raise click.ClickException(f"{exc.__class__.__name__}: {exc}") from None
    except KeyboardInterrupt:
        raise click.ClickException("interrupted: what was graded is in the gradebook; run the same command to continue") from None
    for problem in summary.problems:
        click.echo(f"  {visible_line(problem)}", err=True)
    click.echo(summary.line())
    if not summary.usable:
        raise click.ClickException(f"nothing could be graded in {submissions} (see the lines above and grader/bulk/README.md)")
    click.echo(f"wrote {out}/grades.csv, {out}/class-report.html, {out}/feedback/, {out}/gradescope/")


def _assignment(gradebook: Gradebook, assignment: str | None) -> str:
    known = gradebook.assignments()
    if assignment is None and len(known) == 1:
        return known[0]
    if assignment not in known:
        listed = ", ".join(known) or "none yet"
        raise click.ClickException(f"pick an assignment with --assignment (in {gradebook.path}: {listed})")
    return assignment


@click.command()
@click.option("--format", "fmt", type=click.Choice(["csv", "gradescope", "nbgrader"]), required=True)
@click.option("--assignment", help="Assignment to export [default: the only one in the gradebook].")
@click.option("--gradebook", "gradebook_path", type=click.Path(path_type=Path),
              default=Path("grading-out/gradebook.sqlite"), show_default=True)
@click.option("--roster", type=click.Path(path_type=Path), help="Names and emails for the nbgrader columns.")
@click.option("--out", type=click.Path(path_type=Path), required=True,
              help="A CSV file (csv, nbgrader) or a folder of <student>/results.json (gradescope).")
def export(fmt, assignment, gradebook_path, roster, out):
    """Export an assignment from the gradebook."""
    try:
        with Gradebook(gradebook_path, create=False) as gradebook:
            name = _assignment(gradebook, assignment)
            reports = gradebook.reports(name)
        listed = read_roster(roster) if roster else None
        students = listed.by_id() if listed else None
        if fmt == "gradescope":
            for report in reports:
                write_gradescope(out, report)
        else:
            out.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(out, grades_csv(reports) if fmt == "csv" else nbgrader_csv(name, reports, students))
    except (GradebookError, RosterError) as exc:
        raise click.ClickException(str(exc)) from None
    except OSError as exc:
        raise click.ClickException(f"cannot write {out}: {exc.strerror or exc}") from None
    for problem in listed.skipped() if listed else []:
        click.echo(f"  {visible_line(problem)}", err=True)
    click.echo(f"exported {len(reports)} submissions of {name} as {fmt} to {out}")
