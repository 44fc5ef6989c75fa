"""The `mlptutor quiz` group: make sheets; `quiz grade` marks answers.

    mlptutor quiz --questions count-parameters,softmax-probabilities --variants 30 --seed 7 \\
                  --format html,pdf --out quiz7/
    mlptutor quiz --topics softmax,losses --roster class.csv --seed midterm --format moodle --format qti --out mt/
    mlptutor quiz --topics all --count 6 --shuffle --roster class.csv --seed final --format pdf --out final/
    mlptutor quiz grade ...        (question_bank.grading)
    mlptutor quiz preview count-parameters --seed 3   (question_bank.render.preview)

Every error a user can cause (unknown question or topic, bad roster row, no
TeX engine, unsupported math in a template) ends as one line, never a traceback.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import click

from mlptutor.lazy import LazyGroup
from mlptutor.roster import RosterError, read_roster
from mlptutor.question_bank.loader import QuestionError, select_questions
from mlptutor.question_bank.render.mathml import MathError
from mlptutor.question_bank.numbered import MAX_VARIANTS, numbered_students
from mlptutor.question_bank.options import path_of_kind, usage_error, whole_number
from mlptutor.question_bank.render.pdf import PdfError
from mlptutor.question_bank.render.sheets import FORMATS, parse_formats, write_quiz
from mlptutor.question_bank.assembly import assemble
from mlptutor.question_bank.variants import changed_sheets, recorded_bank

__all__ = ["quiz"]

# subcommand -> "module:attribute", imported only when used (owned by the questions engineer)
SUBCOMMANDS = {"grade": "mlptutor.question_bank.grading:grade", "preview": "mlptutor.question_bank.render.preview:preview"}
USER_ERRORS = (QuestionError, RosterError, PdfError, MathError)
_SEED = re.compile(r"[A-Za-z0-9._-]+")
# a title is one line of text: a control character, U+FFFE/U+FFFF or a lone surrogate (argv's escape of a byte not
# UTF-8) makes the Moodle XML and the QTI files not well-formed or not writable as UTF-8
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
EXAMPLES = {"questions": "dense-forward,count-parameters", "topics": "softmax,backprop"}


def _split(values: tuple[str, ...]) -> list[str]:
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


def _some(students: list[str]) -> str:
    """The first five of `students`, for a one-line note."""
    return ", ".join(students[:5]) + (", ..." if len(students) > 5 else "")


def _one_of(ctx: click.Context, first: str, second: str) -> None:
    given = [name for name in (first, second) if ctx.params[name]]
    if len(given) != 1:
        raise usage_error("quiz", f"give exactly one of --{first} and --{second}")


def _pdf_progress(done: int, total: int) -> None:
    # a class's PDFs take minutes: a line on a terminal, rewritten in place, says how far (nothing in a log)
    if sys.stderr.isatty():
        click.echo(f"\rpdf: {done} of {total} documents compiled", err=True, nl=done == total)


@click.group(cls=LazyGroup, lazy=SUBCOMMANDS, invoke_without_command=True)
@click.option("--questions", multiple=True, help="Question ids, comma-separated or repeated.")
@click.option("--topics", multiple=True, help="Every question of these topics, comma-separated or repeated; all = every topic.")
@click.option("--count", metavar="N", callback=whole_number("quiz", minimum=1, example=6),
              help="Questions per sheet, drawn per student with the same topics and difficulties on every sheet.")
@click.option("--shuffle", is_flag=True, help="Shuffle each sheet's question order and multiple-choice options per student.")
@click.option("--variants", metavar="N",
              callback=whole_number("quiz", minimum=1, maximum=MAX_VARIANTS, example=30),
              help=f"Number of anonymous sheets (variant-01, ...), at most {MAX_VARIANTS}; a larger class: --roster.")
@click.option("--roster", type=click.Path(), metavar="FILE",
              callback=path_of_kind("quiz", folder=False, example="class.csv"), help="Class CSV (an id column and name, or first_name and last_name): one sheet each.")
@click.option("--seed", help="Quiz seed (letters, digits, . _ -): the same seed and roster give the same files.")
@click.option("--title", help="Title printed on the sheets (default: Quiz <seed>).")
@click.option("--format", "formats", multiple=True, default=("html",), show_default=True,
              help=f"Output formats, comma-separated or repeated: {', '.join(FORMATS)}.")
@click.option("--out", type=click.Path(), metavar="DIR", callback=path_of_kind("quiz", folder=True, example="quiz"),
              help="Output folder.")
@click.pass_context
def quiz(ctx, questions, topics, count, shuffle, variants, roster, seed, title, formats, out):
    """Make one quiz sheet per student, the answer key and LMS imports."""
    if ctx.invoked_subcommand is not None:
        return
    _one_of(ctx, "questions", "topics")
    for name, values in (("questions", questions), ("topics", topics)):
        if values and not _split(values):  # --questions ' , ' chose every question of the bank
            raise usage_error("quiz", f"--{name} {' '.join(values)!r} names no {name[:-1]}: "
                                      f"give them separated by commas, e.g. --{name} {EXAMPLES[name]}")
    _one_of(ctx, "variants", "roster")
    for name, value in (("seed", seed), ("out", out)):
        if not value:
            raise usage_error("quiz", f"missing --{name}")
    if not _SEED.fullmatch(seed):
        raise usage_error("quiz", f"--seed {seed!r} may hold only letters, digits, '.', '_' and '-'")
    if title and (control := _CONTROL.search(title)):
        raise usage_error("quiz", f"--title holds the character U+{ord(control.group()):04X}, which no quiz file can "
                                  "hold: type the title as plain text on one line")
    try:
        chosen = select_questions(ids=_split(questions), topics=_split(topics))
        # a sheet must not silently go missing: any bad roster row stops the quiz
        students = read_roster(roster).strict_students(need_names=True) if roster else numbered_students(variants)
        made = assemble(chosen, students, seed, title, count=count, shuffle=shuffle)
        earlier = recorded_bank(Path(out) / "variants.json")
        remade = changed_sheets(Path(out) / "variants.json", made)
        written = write_quiz(made, parse_formats(formats), out, progress=_pdf_progress)
    except USER_ERRORS as exc:
        raise click.ClickException(str(exc)) from None
    except OSError as exc:  # an --out that cannot be made or written (a read-only disk, a file in the way)
        raise click.ClickException(f"cannot write under {out}: {exc.strerror or exc} ({exc.filename or out})") from None
    if remade and remade.unreadable:  # sheets printed before may not be these, and which is unknown
        click.echo(f"note: could not read the earlier variants.json, so sheets printed from it may differ from these: "
                   f"{remade.unreadable}", err=True)
    elif remade and (earlier != made.bank or remade.changed or remade.gone):  # say which printed sheets are not these
        held = (f"a quiz made by another version of the question bank ({earlier[:12] or 'unrecorded'}, now "
                f"{made.bank[:12]})" if earlier != made.bank else "other sheets (another seed or roster)"
                if remade.changed else f"the sheets of {len(students) + len(remade.gone)} students")
        which = f" in question{'s' * (len(remade.questions) != 1)} {_some(remade.questions)}" if remade.questions else ""
        # a question taken out changes every sheet, named or the instructor sees no question at all
        which += f"{' and' * bool(which)} without {_some(remade.removed)}, no longer asked" if remade.removed else ""
        told = (f"the sheet, key or worked solution of {len(remade.changed)} of {len(students)} students differs from "
                f"those made before ({_some(remade.changed)}){which}" if remade.changed
                else "every sheet, key and worked solution is the same as made before")
        gone = f"; no longer on the roster, their sheets dropped: {_some(remade.gone)}" if remade.gone else ""
        click.echo(f"note: {out} held {held}: {told}{gone}", err=True)
    sheets, asked = len(students), count or len(chosen)
    click.echo(f"{sheets} sheet{'s' * (sheets != 1)} x {asked} question{'s' * (asked != 1)}: "
               f"wrote {len(written)} files under {out}")

