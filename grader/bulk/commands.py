"""`mlptutor grade` and `mlptutor export`: the instructor's commands (see grader/bulk/README.md)."""

from __future__ import annotations

import os
import re
from pathlib import Path

import click

from mlptutor.grader.bulk.discovery import DiscoveryError, SubmittedFolder
from mlptutor.grader.bulk.engine import Engine, EngineError
from mlptutor.grader.bulk.exports import grades_csv, nbgrader_csv, ungraded_line, unsubmitted
from mlptutor.grader.bulk.gradebook import Gradebook, GradebookError
from mlptutor.grader.bulk.late import LateError, Policy, due_time, time_zone
from mlptutor.grader.bulk.lms import (FORMATS as LMS_FORMATS, canvas_marks, foreign_ids, item_scale, lms_csv,
                                      student_rows)
from mlptutor.grader.bulk.outputs import write_atomic, write_gradescope
from mlptutor.grader.bulk.run import grade_class
from mlptutor.grader.feedback.escape import visible_line
from mlptutor.grader.feedback.lateness import LateNote
from mlptutor.grader.nbgrader.api import NbgraderMissing
from mlptutor.grader.nbgrader.course import CourseError, assignment_exercises
from mlptutor.roster import RosterError, read_roster
from mlptutor.stops import interrupted

USER_ERRORS = (DiscoveryError, RosterError, GradebookError, EngineError, LateError, CourseError, NbgraderMissing)
NBGRADER_ERRORS = (NbgraderMissing, CourseError)
# problems shown on the terminal: a class folder of 20,000 empty folders printed 20,000 lines (red21); all are in
# OUT/problems.txt
SHOWN_PROBLEMS = 100


def _executor(engine: Engine, executor: str, workers: int | None, scheduler: str | None):
    if executor == "dask":
        if not scheduler:
            raise click.UsageError("--executor dask needs --scheduler ADDRESS (e.g. tcp://127.0.0.1:8786)")
        if workers:
            raise click.UsageError("--workers counts local processes; with --executor dask the cluster's workers grade "
                                   "(start each with `dask worker ADDRESS --nthreads N`)")
        from mlptutor.grader.bulk.dask_executor import DaskExecutor

        return DaskExecutor(engine, scheduler)
    if scheduler:
        raise click.UsageError("--scheduler goes with --executor dask")
    from mlptutor.grader.bulk.pool import LocalPool

    return LocalPool(engine, workers or len(os.sched_getaffinity(0)))


@click.command()
@click.argument("submissions", type=click.Path(path_type=Path))
@click.option("--assignment", help="Assignment name in the gradebook [default: nbgrader's assignment, else the folder name].")
@click.option("--workers", type=click.IntRange(min=1), help="Worker processes [default: the machine's cores].")
@click.option("--out", type=click.Path(path_type=Path), default=Path("grading-out"), show_default=True,
              help="Folder for the gradebook, exports, feedback and class report.")
@click.option("--roster", type=click.Path(path_type=Path),
              help="Class CSV (an id column: student, student_id, id or username): reports missing and unknown "
                   "students; its optional `due` column is a student's own due date (an extension of --due's), "
                   "by which their lateness is judged.")
@click.option("--regrade", is_flag=True, help="Grade again submissions already in the gradebook.")
@click.option("--require-sandbox", is_flag=True, help="Refuse to grade without the bubblewrap sandbox (the default).")
@click.option("--allow-weak-sandbox", is_flag=True,
              help="Grade even where bubblewrap cannot run (weaker isolation: submissions may read the grader's files, "
                   "and without root change them).")
@click.option("--executor", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="local: worker processes on this machine (--workers); dask: a Dask cluster (--scheduler).")
@click.option("--scheduler", help="Dask scheduler address, with --executor dask.")
@click.option("--due", help="Due date, e.g. '2024-03-01 17:00' (UTC unless a zone follows, whatever "
                            "--lms-time-zone is: '2024-03-01 17:00 America/Chicago'; a date alone, "
                            "'2024-03-01', is the end of that day, 23:59:59 in --lms-time-zone, as in the roster's "
                            "`due` and in Canvas) [default: the nbgrader course's "
                            "due date of the assignment, else none].")
@click.option("--late-penalty", default="none", show_default=True,
              help="What a late submission loses: none, zero, per-day:10% (of the maximum) or per-day:2 (points).")
@click.option("--exercises", help="Comma-separated exercises the assignment is made of, e.g. softmax,losses: "
                                   "graded out of these alone, as the LMS's assignment is [default: an nbgrader "
                                   "assignment's notebooks, else every exercise].")
@click.option("--times-from-files", is_flag=True,
              help="Date plain submissions by their files' modification times (nbgrader's come from timestamp.txt).")
@click.option("--lms-time-zone", default="UTC", show_default=True,
              help="Time zone of the LMS's submission times: Blackboard's download file names (its server's), "
                   "the Moodle grading worksheet given as --roster (the teacher's), Brightspace's download file "
                   "names (the downloading user's), nbgrader's timestamp.txt ending in an abbreviation (its "
                   "Exchange.timezone's: CEST, CDT), e.g. America/Chicago. Also where a due date written as a "
                   "date alone ends (--due 2024-03-01, a roster's `due`): 23:59:59 there.")
def grade(submissions, assignment, workers, out, roster, regrade, require_sandbox, allow_weak_sandbox, executor,
          scheduler, due, late_penalty, exercises, times_from_files, lms_time_zone):
    """Grade a class folder of SUBMISSIONS into a gradebook, feedback files and a class report.

    \b
    Exit status:
      0    graded (a submission that could not be graded is one of the lines above)
      1    stopped: nothing to grade, or the gradebook, output folder, sandbox or workers
           failed (the last line says which); what was graded is kept: fix it, run again
      2    a mistake in the command line (the line names the option)
      130  interrupted (Ctrl-C, kill, the terminal closed): what was graded is kept;
           run the same command to continue
    """
    if require_sandbox and allow_weak_sandbox:
        raise click.UsageError("--require-sandbox and --allow-weak-sandbox contradict each other; pick one")
    try:
        policy = Policy.parse(late_penalty)
        zone = time_zone(lms_time_zone)
        due_at = due_time(due, "--due", zone) if due else None
    except LateError as exc:
        raise click.BadParameter(str(exc)) from None
    # below bubblewrap a submission can read the reference and other students' files
    listing = SubmittedFolder.of(submissions) if submissions.is_dir() else None  # once: exercises, then discovery
    only = _exercises(exercises) if exercises else assignment_exercises(listing, assignment)
    engine = Engine(require_sandbox=not allow_weak_sandbox, only=only)
    if executor == "local":  # Dask workers check on their own machines
        try:
            engine.prepare()  # refuses here, before anything is written, when bubblewrap cannot run
        except EngineError as exc:
            hint = "" if allow_weak_sandbox else ", or pass --allow-weak-sandbox to grade with weaker isolation"
            raise click.ClickException(f"{exc}{hint}") from None
    runner = _executor(engine, executor, workers, scheduler)
    try:
        summary = grade_class(submissions, out, engine, runner, assignment=assignment, roster=roster, regrade=regrade,
                              due=due_at, late_penalty=policy, times_from_files=times_from_files,
                              lms_zone=zone, submitted=listing)
    except USER_ERRORS as exc:
        raise click.ClickException(f"{exc}{_replaced(out) if isinstance(exc, EngineError) else ''}") from None
    except OSError as exc:  # e.g. the Dask scheduler cannot be reached, the output folder is read-only or full
        kept = "; what was graded is in the gradebook: fix that, then run the same command to continue"
        raise click.ClickException(f"{exc.__class__.__name__}: {exc}{kept if exc.filename else ''}") from None
    except KeyboardInterrupt:  # the shell's status for Ctrl-C (130), as every command stopped from outside
        interrupted("mlptutor grade", f": what was graded is in the gradebook{_replaced(out)}; run the same command "
                    "to continue")
    for problem in summary.problems[:SHOWN_PROBLEMS]:
        click.echo(f"  {visible_line(problem)}", err=True)
    if len(summary.problems) > SHOWN_PROBLEMS:
        click.echo(f"  ... and {len(summary.problems) - SHOWN_PROBLEMS} more: every one is in {out}/problems.txt",
                   err=True)
    click.echo(summary.line())
    if not summary.usable:
        raise click.ClickException(f"nothing could be graded in {submissions} (see the lines above and grader/bulk/README.md)")
    click.echo(f"wrote {out}/grades.csv, {out}/class-report.html, {out}/feedback/, {out}/gradescope/")


def _replaced(out: Path) -> str:
    """Where a stopped run's regrade lines are (grade_class appends them before it stops): the next run skips whom
    it graded again, so that file alone says their old grades."""
    return f" (every grade graded again is listed in {out}/regrades.txt)" if (out / "regrades.txt").exists() else ""


def _assignment(gradebook: Gradebook, assignment: str | None) -> str:
    known = gradebook.assignments()
    if assignment is None and len(known) == 1:
        return known[0]
    if assignment not in known:
        listed = ", ".join(known) or "none yet"
        raise click.ClickException(f"pick an assignment with --assignment (in {gradebook.path}: {listed})")
    return assignment


def _exercises(text: str) -> tuple[str, ...]:
    """--exercises' names, each an exercise of the course (a typo would grade out of every exercise)."""
    names = tuple(dict.fromkeys(n.strip() for n in text.split(",") if n.strip()))
    every = Engine().exercises()
    unknown = [n for n in names if n not in every]
    if unknown or not names:
        raise click.BadParameter(f"{', '.join(map(repr, unknown)) or 'nothing'}: not an exercise of the course "
                                 f"(they are {', '.join(every)})", param_hint="--exercises")
    return names


@click.command()
@click.option("--format", "fmt", type=click.Choice(["csv", "gradescope", "nbgrader", "nbgrader-db", *LMS_FORMATS]),
              required=True, help="csv, nbgrader: a CSV file; gradescope: a folder of results.json; "
                                  "nbgrader-db: into the course's gradebook.db (--nbgrader-course); "
                                  "canvas, moodle, blackboard, brightspace: that LMS's gradebook import CSV; "
                                  "moodle-worksheet: Moodle's grading worksheet (--roster).")
@click.option("--assignment", help="Assignment to export [default: the only one in the gradebook].")
@click.option("--gradebook", "gradebook_path", type=click.Path(path_type=Path),
              default=Path("grading-out/gradebook.sqlite"), show_default=True,
              help="The gradebook `mlptutor grade --out DIR` wrote: DIR/gradebook.sqlite.")
@click.option("--roster", type=click.Path(path_type=Path),
              help="Names, emails and LMS identities (login, sis_id, lms_id, section) of the students.")
@click.option("--lms-item-id", default="", help="The LMS's id of the assignment column (Canvas, Blackboard) "
                                                "[default: none: the LMS creates a column].")
@click.option("--nbgrader-course", type=click.Path(path_type=Path),
              help="The nbgrader course folder whose gradebook.db receives the grades (--format nbgrader-db).")
@click.option("--out", type=click.Path(path_type=Path),
              help="A CSV file (csv, nbgrader, the LMS formats) or a folder of <student>/results.json (gradescope).")
def export(fmt, assignment, gradebook_path, roster, lms_item_id, nbgrader_course, out):
    """Export an assignment from the gradebook."""
    if fmt == "nbgrader-db" and nbgrader_course is None:
        raise click.UsageError("--format nbgrader-db needs --nbgrader-course DIR (the nbgrader course folder)")
    if fmt != "nbgrader-db" and out is None:
        raise click.UsageError(f"--format {fmt} needs --out PATH")
    if fmt in LMS_FORMATS and roster is None:
        raise click.UsageError(f"--format {fmt} needs --roster CSV: it fills the LMS's identity columns")
    if fmt == "canvas" and lms_item_id and not re.fullmatch(r"[0-9]+", lms_item_id):
        # Canvas's importer reads "Name (123)" as assignment 123; any other id is part of a new assignment's name
        raise click.UsageError(f"--lms-item-id {lms_item_id!r}: a Canvas assignment id is its number (the digits "
                               "after /assignments/ in the assignment's address)")
    try:
        with Gradebook(gradebook_path, create=False) as gradebook:
            name = _assignment(gradebook, assignment)
            reports = gradebook.reports(name)
            lateness = gradebook.lateness(name)
        total = len(reports)
        listed = read_roster(roster) if roster else None
        students = listed.by_id(r.student for r in reports) if listed else None
        if listed and (foreign := foreign_ids(fmt, listed)):
            raise click.ClickException(foreign)
        outside = []
        if listed and fmt not in ("csv", "gradescope"):  # the formats that name students by the roster
            reports, outside = listed.outside(reports)
        written = len(reports)  # an LMS file may give some no row (the lines printed say why)
        if fmt == "nbgrader-db":
            from mlptutor.grader.nbgrader.export import export_to_course

            notes = export_to_course(nbgrader_course, name, reports, students, lateness)
            out = nbgrader_course
        elif fmt == "gradescope":
            notes = []
            for report in reports:
                write_gradescope(out, report, late=LateNote.of(lateness.get(report.student), report))
        else:
            notes = []
            if fmt in LMS_FORMATS:
                worksheet = listed.layout.headers if listed.layout else None
                text, notes = lms_csv(fmt, name, reports, students, lateness, lms_item_id, worksheet or None,
                                      canvas_marks(fmt, listed, lms_item_id))
                notes += item_scale(fmt, listed, name, lms_item_id, max((r.max_score for r in reports), default=0.0))
                written = student_rows(fmt, text)
            elif fmt == "csv":
                text = grades_csv(reports, lateness)
            else:
                text = nbgrader_csv(name, reports, students, lateness)
                if missing := unsubmitted(reports, students):
                    notes = [ungraded_line(missing, "rows with no timestamp and score 0.0, as `nbgrader export` writes "
                                                    "a student without a submission")]
            out.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(out, text)
    except (GradebookError, RosterError, *NBGRADER_ERRORS) as exc:
        raise click.ClickException(str(exc)) from None
    except OSError as exc:
        raise click.ClickException(f"cannot write {out}: {exc.strerror or exc}") from None
    for problem in (listed.skipped() if listed else []) + outside + notes:
        click.echo(f"  {visible_line(problem)}", err=True)
    some = "" if written == total else f" of {total}"
    left = "" if written == total else f" ({total - written} without a row: the lines above say why)"
    click.echo(f"exported {written}{some} submissions of {name} as {fmt} to {out}{left}")
