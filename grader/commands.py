"""`mlptutor check PATH... [--format text|json|md|html|gradescope] [--student ID] [--require-sandbox]`.

Grades exercise files (or every exercise file in a folder) in the sandbox
and prints feedback. Exit status: 0 when every check passes, 1 when
something fails, 2 for a usage error (bad option, missing or unreadable file, a
path that is neither a regular file nor a folder (a FIFO, a device: never read), a
file or folder giving no exercise's code (a file not named after an exercise is read as `mlptutor grade` reads
one: '# mlptutor: <exercise>' markers, a bundle, `Softmax.py`), a file over the sandbox's size limit (a notebook
over `mlptutor grade`'s), not UTF-8 or holding NUL bytes (a file named; a folder's files are read as `mlptutor grade`
reads a submission folder, what it reports printed as notes), no sandbox, or no strong one with
--require-sandbox), always as one line.
"""

from __future__ import annotations

import gc
import os
import stat
import sys
from pathlib import Path

import click

from mlptutor import ending
from mlptutor.grader.feedback import FORMATS

STRONG_LEVELS = ("bwrap", "unshare")
PLANS_KEPT = 256  # functions' plans on disk: a few students' worth (about 60 functions, 1.4 MB each)


class UsageProblem(Exception):
    """A mistake in the command line: printed as one line, exit status 2."""


def exercise_source(file: Path) -> str:
    """The file's source as `mlptutor grade` reads it (grader.bulk.sources.read_source); a `.py` file is
    first refused as readable_source says."""
    from mlptutor.grader.bulk.sources import NotebookError, read_source  # nbformat: imported when reading

    try:
        return read_source(file.name, source_bytes(file))
    except NotebookError as exc:
        raise UsageProblem(f"{file}: {exc}") from None


def collect(paths: tuple[str, ...], exercises: list[str],
            origins: dict[str, tuple[str, ...]] | None = None) -> tuple[dict[str, bytes | str], list[str]]:
    """(sources, graded): a folder is read as `mlptutor grade` reads a submission folder (_folder); a file's
    folder's exercise files (.py, else .ipynb) are importable, the file graded; a file not named after an exercise
    is read as `mlptutor grade` reads one (markers, a bundle, `Softmax.py`: _laid_out). `origins`, when given, gets
    each module's files as the student names them (grader.feedback.places), as `mlptutor grade` takes them."""
    graded: list[str] = []
    folders: list[Path] = []
    laid: dict[str, bytes | str] = {}
    found: dict[str, tuple[str, ...]] = {}
    loose: list[Path] = []  # files not named after an exercise, read after the loop, together where they must be
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            graded += _folder(path, exercises, laid, found)
            continue
        if path.is_file():
            if path.suffix not in (".py", ".ipynb"):
                raise UsageProblem(f"{raw}: not an exercise file; name it after one of: {', '.join(exercises)}")
            if path.stem in exercises:  # itself, not the namesake beside it (softmax.py checked for softmax.ipynb)
                graded.append(path.stem)
                if path.stem not in laid:
                    laid[path.stem], found[path.stem] = exercise_source(path), (raw,)
            else:
                loose.append(path)
            path = path.parent
        elif path.exists():
            raise UsageProblem(f"{raw}: {not_regular(path)}; give an exercise file or a folder of them")
        else:
            raise UsageProblem(f"{raw}: no such file or folder")
        folders.append(path)
    if loose:
        graded += _laid_out(loose, exercises, laid, found, alone=len(paths) == 1)
    sources: dict[str, bytes | str] = {}
    for folder in folders:
        for name in exercises:
            for file in (folder / f"{name}.py", folder / f"{name}.ipynb"):
                if name not in sources and name not in laid and _plain(file):
                    sources[name], found[name] = exercise_source(file), (str(file),)
    if not graded:
        raise UsageProblem(f"no exercise files among {', '.join(paths)} (expected names: {', '.join(exercises)})")
    sources = {**sources, **laid}  # the file checked (or grade's pick in a folder) before its folder's namesakes
    sources.update(_helpers(folders, sources, exercises))
    from mlptutor.grader.sandbox import Limits  # not at import: the sandbox's modules would slow every command's start

    total, limit = sum(map(len, sources.values())), Limits().sources_bytes
    if total > limit:  # the sandbox's request holds them all
        from mlptutor.grader.sandbox.wire import size_text  # the wire brings NumPy: only for the message

        raise UsageProblem(f"the exercise files hold {size_text(total)} in all, over the sandbox's {size_text(limit)}; "
                           "are they the right files?")
    if origins is not None:
        origins.update({name: tuple(map(_shown, paths)) for name, paths in found.items()})
    return sources, list(dict.fromkeys(graded))


def _shown(path: str) -> str:
    """A file given as `path` as the feedback names it: an absolute path relative to the current folder when inside
    it, else by its name (`check /home/ann/hw/softmax.py` headed a report shared with others by Ann's home folder)."""
    if not os.path.isabs(path):
        return path
    inside = os.path.relpath(path)
    return Path(path).name if inside.startswith("..") else inside


def _folder(folder: Path, exercises: list[str], modules: dict, origins: dict) -> list[str]:
    """The exercises `folder` gives code of, read as `mlptutor grade` reads a submission folder: its subfolders too, or
    the zips it holds when it holds no source file (grader.bulk.zips.read_upload), every file by grade's rule
    (grader.bulk.sources.laid_out), a notebook before the .py of its name in an nbgrader course's student folder; its
    modules (helpers too) join `modules`, what grade reports goes to stderr, one line each. Read otherwise (the
    exercise-named files of the top level only, a .py before its notebook), a folder holding a marker file, a subfolder
    or an nbgrader download drew other hidden inputs than in `mlptutor grade` (the seed hashes the modules). `origins`
    gets the files of the modules it adds. None is a UsageProblem."""
    from mlptutor.grader.bulk.sources import laid_out
    from mlptutor.grader.bulk.zips import read_upload
    from mlptutor.grader.nbgrader.cell_grader import in_course

    for name in exercises:  # refused, where grade reports it and grades the exercise as missing
        _plain(folder / f"{name}.py"), _plain(folder / f"{name}.ipynb")
    files, problems = read_upload(folder, exercises=exercises)
    paths: dict[str, tuple[str, ...]] = {}
    found, graded, notes = laid_out(files, exercises, in_course(folder.resolve()), paths)
    for line in problems + notes:  # before a folder of nothing to check is refused: they may say why (softmax.py.txt)
        click.echo(f"note: {line}", err=True)
    _given(graded, folder, "in this folder", exercises)
    for name, source in found.items():
        if name not in modules:
            modules[name], origins[name] = source, paths[name]
    return graded


def _laid_out(given: list[Path], exercises: list[str], modules: dict, origins: dict, alone: bool = True) -> list[str]:
    """The exercises the files `given`, none named after one, give code of, by `mlptutor grade`'s rule
    (grader.bulk.sources.laid_out: '# mlptutor:' sections, or the whole file for the exercises whose functions it
    defines): all read together as grade and `check FOLDER` read them (joined in name order, the last definition
    graded, a line saying which was defined twice), each alone only for its notes: `check *.py` with
    softmax_final.py and softmax_v2.py graded the first given (17.5) where grade graded the last definition (4.5),
    and `check my_softmax.py other.py` read softmax from its one file (103/103) where `check .` joined other.py's
    `_shift` too (99.11, "_shift defined in more than one"). Read with its folder's files, a marker section of another
    file there was checked instead of the student's, and a non-UTF-8 file beside it stopped the check. Modules join
    `modules` and their files `origins`; an exercise already checked from a file named after it is a note (the other
    file was dropped without a word); a note says what is checked. None is a UsageProblem when one file is the only
    path; among others (`check *.py`) a note: a student's utils.py stopped the check of every file beside it,
    where it is shipped when they import it (_helpers)."""
    from mlptutor.grader.bulk.sources import MARKER, laid_out

    data = {file: source_bytes(file) for file in given}
    suppliers: dict[str, list[Path]] = {}
    said: list[str] = []
    for file, source in data.items():
        _, graded, notes = laid_out({file.name: source}, exercises)
        said += notes  # first: they may say why a file gives nothing (not UTF-8)
        click.echo("".join(f"note: {line}\n" for line in notes), err=True, nl=False)
        if not graded and not alone:
            click.echo(f"note: {file.name}: no exercise in it; not checked itself (an exercise file that imports it "
                       "gets it)", err=True)
        else:
            _given(graded, file, "here", exercises)
        for name in graded:
            if name in modules:
                click.echo(f"note: {file.name}: not checked: {name} is checked from "
                           f"{', '.join(Path(path).name for path in origins[name])}", err=True)
            suppliers.setdefault(name, []).append(file)
    names = [file.name if [f.name for f in given].count(file.name) == 1 else str(file) for file in given]
    raw = dict(zip(names, map(str, given)))
    paths: dict[str, tuple[str, ...]] = {}
    found, _, notes = laid_out(dict(zip(names, data.values())), exercises, origins=paths)
    click.echo("".join(f"note: {line}\n" for line in notes if line not in said), err=True, nl=False)
    checked: dict[tuple[str, str], list[str]] = {}  # (files, how) -> the exercises so checked
    for name in suppliers:
        if name in modules:
            continue
        files = [raw[path] for path in paths[name]]
        if len(files) == 1:
            marked = isinstance(found[name], str) and MARKER.search(found[name])
            kind = "notebook" if files[0].endswith(".ipynb") else "file"
            how = "its '# mlptutor:' sections" if marked else f"the whole {kind}"
        else:
            how = "read together, as `mlptutor grade` reads them"
        modules[name], origins[name] = found[name], tuple(files)
        checked.setdefault((", ".join(Path(f).name for f in files), how), []).append(name)
    for (files, how), names in checked.items():
        click.echo(f"note: {files}: checked as {', '.join(names)} ({how})", err=True)
    return list(suppliers)


def _plain(file: Path) -> bool:
    """Whether `file` exists; a UsageProblem when it is no regular file (never read: a FIFO would block, /dev/zero
    never end)."""
    if file.exists() and not file.is_file():
        raise UsageProblem(f"{file}: {not_regular(file)}; an exercise file must be a plain file")
    return file.exists()


def _given(graded: list[str], path: Path, where: str, exercises: list[str]) -> None:
    if not graded:
        raise UsageProblem(f"{path}: no exercise files {where} (expected names: {', '.join(exercises)}; or "
                           "'# mlptutor: <exercise>' marker lines, or the functions of an exercise)")


def _helpers(folders: list[Path], sources: dict, exercises: list[str]) -> dict[str, str | bytes]:
    """The student's own modules beside the exercise files (utils.py) that they import, read and shipped as
    `mlptutor grade` ships them (grader.bulk.sources, rule 4): the first folder's of each name, within grade's
    limits (grader.bulk.folders.read_file), one not in UTF-8 as bytes and one over the sandbox's size limit as it is
    (the sandbox says why it does not import, and a notebook's `%run` prints it); what grade and Gradescope report
    (one the grader's names keep, mlptutor_x.py, not shipped) is a note. Each stopped the check of a file (exit 2, no
    points), where grade gave the file's load error and graded on."""
    from mlptutor.grader.bulk.filelimits import FileLimits
    from mlptutor.grader.bulk.folders import read_file
    from mlptutor.grader.bulk.sources import imported_helpers, module_source, refused

    notes: list[str] = []

    def read(file: Path) -> str | bytes | None:
        data = read_file(file, file.parent, file.name, FileLimits(), notes)
        return None if data is None else module_source(file.name, data, notes)

    files = (file for folder in folders for file in sorted(folder.glob("*.py")) if file.is_file())
    found = imported_helpers(sources, files, exercises, read, lambda file: notes.append(refused(file)))
    for line in notes:
        click.echo(f"note: {line}", err=True)
    return found


def not_regular(path: Path) -> str:
    """What `path`, which exists, is instead of a regular file."""
    mode = path.stat().st_mode
    what = ("a folder" if stat.S_ISDIR(mode) else "a FIFO (named pipe)" if stat.S_ISFIFO(mode)
            else "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else "a socket" if stat.S_ISSOCK(mode)
            else "a special file")
    return f"{what}, not a regular file"


def source_bytes(file: Path) -> bytes:
    """A file's bytes as `mlptutor grade` takes them: a notebook's as they are, within grade's limit (_notebook_bytes),
    a .py file's as readable_source."""
    return _notebook_bytes(file) if file.suffix == ".ipynb" else readable_source(file)


def _notebook_bytes(file: Path) -> bytes:
    """The notebook's bytes, within the limit `mlptutor grade` reads a notebook to (FileLimits.file_bytes): an 80 MB
    notebook upload took 357 MB of the Gradescope autograder's memory and was graded there, while `grade` refused it
    (the same submission, two grades)."""
    from mlptutor.grader.bulk.filelimits import FileLimits

    limit = FileLimits().file_bytes
    with file.open("rb") as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise UsageProblem(f"{file}: over the {limit >> 20} MB limit for a notebook (as `mlptutor grade` reads it); "
                           "clear its outputs (Kernel > Restart & Clear Output) and save it again")
    return data


def readable_source(file: Path) -> bytes:
    """The file's bytes, once they are a source the sandbox can take: within its size limit, UTF-8, no NUL."""
    from mlptutor.grader.sandbox import Limits

    limit = Limits().file_bytes
    size = file.stat().st_size
    if size > limit:  # checked before reading: the sandbox's request could not carry it
        from mlptutor.grader.sandbox.wire import size_text  # the wire brings NumPy: only for the message

        raise UsageProblem(f"{file}: {size_text(size)}, over the {size_text(limit)} limit for an exercise file; "
                           "is it the right file?")
    data = file.read_bytes()
    from mlptutor.grader.bulk.sources import utf16_text

    if said := utf16_text(data):
        raise UsageProblem(f"{file}: {said}")
    nul = data.find(0)
    if nul >= 0:
        raise UsageProblem(f"{file}: contains a NUL byte (offset {nul}); save it as plain text")
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise UsageProblem(f"{file}: not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
                           "save it as UTF-8") from None
    return data


def plan_kept(job, grader) -> None:
    """The pipeline's plan step, each function's plans for this student kept on disk from one check to the next
    (grader/diskcache.py) with what its checks share (its memo: the hidden inputs, the generators where their
    draws left them): pure functions of the student, the spec, the reference and the seeding, which the cache's
    version covers. A repeated check of a complete folder plans in 13 ms of CPU instead of 218 (0.06x,
    alternating runs, 2026-12-05)."""
    import functools

    from mlptutor.grader import diskcache
    from mlptutor.grader.checks.cases import DRAW_MAKERS
    from mlptutor.grader.pipeline import Planned

    kept = diskcache.store("plans", entries=PLANS_KEPT)
    for spec, fn, ctx in job.functions:
        key = (ctx.student, spec.name, fn.name)  # whose hidden inputs: Gradescope's are the files' too
        stored = _unpickled(kept.get(key))
        if type(stored) is tuple and len(stored) == 2 and len(stored[0]) == len(fn.checks):
            plans, memo = stored
            ctx.memo.update(memo)
            ctx.memo[DRAW_MAKERS] = functools.partial(_planned_again, kept, key, fn, ctx)
        else:
            plans = _planned(kept, key, fn, ctx)
        job.planned += [Planned(spec, fn, check, ctx, plan) for check, plan in zip(fn.checks, plans)]


def _planned(kept, key: tuple, fn, ctx, public: bool = False) -> list:
    """`fn`'s plans for `ctx`, kept under `key` (with the public student's draws matching its own: `public`)."""
    import pickle

    from mlptutor.grader.checks.cases import keep_public_draws

    plans = [check.plan(ctx) for check in fn.checks]
    if public:
        keep_public_draws(ctx)
    try:  # pickled now: judging adds to the plans' memos
        kept.put(key, pickle.dumps((plans, ctx.memo), protocol=pickle.HIGHEST_PROTOCOL))
    except (pickle.PicklingError, AttributeError, TypeError):  # a plan holding a function made on the fly
        pass
    return plans


def _planned_again(kept, key: tuple, fn, ctx) -> None:
    """What judging a kept plan asks for when it needs the public student's draws (`cases.secret`, a right hidden
    input beside a wrong one): their makers, mostly the specs' lambdas, are known only to a process that planned,
    so `fn` is planned again in a Context of its own (the draws' makers then registered with the grader's
    constants), and kept again with the public draws, which a further check then reads. A first check draws them
    only when its own judging asks: drawing them for every plan it keeps cost it 57 ms of CPU for the 21
    exercises (xor 23, train 22) and 8 for the first twelve, in-process, 2026-12-07."""
    from dataclasses import replace

    from mlptutor.grader.checks.cases import PUBLIC_DRAWS

    again = replace(ctx, memo={}, calls=[])
    _planned(kept, key, fn, again, public=True)
    ctx.memo.update((k, v) for k, v in again.memo.items() if type(k) is tuple and k[:1] == (PUBLIC_DRAWS,))


def identified(job, grader) -> None:
    """The pipeline's identify step, then SymPy's companion started before it (grader/checks/sympy_ahead.py)
    closed unless the formulas judged ahead claimed it."""
    from mlptutor.grader.checks import sympy_ahead
    from mlptutor.grader.pipeline import identify

    identify(job, grader)
    sympy_ahead.release(grader.sandbox)


def keyed_inputs(student: str, sources: dict, paths: tuple[str, ...], exercises: list[str]) -> str:
    """The hidden inputs' key of a graded check (bulk.engine.inputs_key, imported only then: the import of
    grader.gradescope it once came with brought the bulk exports, importlib.metadata and email, 44 modules, 29-36 ms
    of CPU in every check, 2026-12-06) for the submission the checked paths belong to: each folder given, and the
    folder of each file given, read as `mlptutor grade` reads a submission folder (_submission). Keyed by the checked
    files alone, `check --student ann softmax.py` drew other inputs than grade of ann's folder (softmax.py, src/losses.py
    and a marker file: the key hashes every module), so a check was another draw than the grade; a note says when
    the key covers more than the files checked, naming the folders as the report names files (_shown)."""
    from mlptutor.grader.bulk.engine import inputs_key

    folders = list(dict.fromkeys(path if path.is_dir() else path.parent for path in map(Path, paths)))
    modules = _submission(folders, exercises)
    if modules != sources:
        shown = ", ".join(_shown(str(folder)) for folder in folders)
        click.echo(f"note: hidden inputs drawn as `mlptutor grade` draws them for {student}'s submission of {shown} "
                   f"as a whole ({len(modules)} modules: {', '.join(sorted(modules))})", err=True)
    return inputs_key(student, modules)


def _submission(folders: list[Path], exercises: list[str]) -> dict:
    """The modules `mlptutor grade` reads of `folders` as one submission (grader.bulk.folders.read_submission,
    notebooks first in an nbgrader course), the first folder's of a name."""
    from mlptutor.grader.bulk.folders import read_submission
    from mlptutor.grader.nbgrader.cell_grader import in_course

    modules: dict = {}
    for folder in folders:
        modules = read_submission(folder, exercises, notebooks_first=in_course(folder.resolve()))[0] | modules
    return modules


def _unpickled(stored: bytes | None):
    """What was kept, or None (nothing kept, or not readable: planned again)."""
    import pickle

    try:
        return pickle.loads(stored) if type(stored) is bytes else None
    except Exception:
        return None


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(list(FORMATS)), default="text", show_default=True,
              help="Feedback format.")
@click.option("--student", default=None,
              help="Student id: the hidden inputs are then the ones `mlptutor grade` and Gradescope draw for this "
                   "student's submission (the folders given, or holding the files given, read as grade reads them); "
                   "without it, local ones that stay across edits.")
@click.option("--require-sandbox", is_flag=True, help="Refuse to grade without process isolation (bwrap or unshare).")
def check(paths, fmt, student, require_sandbox):
    """Grade exercise files (or folders of them) and explain every failing check.

    \b
    Exit status:
      0    every check passed (the `note:` lines on stderr, what was read and how, do not count)
      1    a check failed, or the report has a note on the files (its own section, not a `note:` line)
      2    nothing was checked: a file or folder given cannot be, no sandbox could start, or none strong
           enough for --require-sandbox (the line says why)
      130  interrupted (Ctrl-C)
    """
    # the threshold the Grader sets (pipeline.GC_YOUNG) from here on: importing NumPy, the grader and the specs
    # at Python's 700, the check of the twelve took 10 ms more CPU (least of 15 runs 308 -> 297 ms, one file 228
    # -> 218, 2026-12-05), CPU SymPy's companion, booting meanwhile, had to share
    gc.set_threshold(50_000, *gc.get_threshold()[1:])
    from mlptutor.grader.sandbox import Sandbox, SandboxError
    from mlptutor.grader.specs import Specs, exercise_names  # here: a student release's checker has its own specs

    try:
        origins: dict[str, tuple[str, ...]] = {}
        sources, graded = collect(paths, exercise_names(), origins)
        from mlptutor.grader import diskcache
        from mlptutor.grader.checks import sympy_ahead

        diskcache.enable(sources)  # results kept from one check to the next: grader/diskcache.py
        try:
            # nothing imported so far brings NumPy: the zygotes boot while this process imports it and the grader;
            # SymPy's companion (a formulas file not seen) spawns first: its boot is the longer
            sandbox = Sandbox(level="auto", companions=sympy_ahead.companions(graded), held=sympy_ahead.HELD)
            try:
                if require_sandbox and sandbox.level not in STRONG_LEVELS:
                    raise UsageProblem(f"only the {sandbox.level!r} sandbox is available here: install bubblewrap "
                                       "(apt-get install bubblewrap) or drop --require-sandbox")
                sympy_ahead.start(sandbox, graded)
                from mlptutor.grader.feedback.places import handed_in
                from mlptutor.grader.pipeline import STEPS, Grader, identify, plan

                grader = Grader(sandbox, specs=Specs())  # each spec imported when its exercise is graded
                grader.steps = tuple(plan_kept if step is plan else identified if step is identify else step
                                     for step in STEPS)
                # a student's (or --format gradescope's) inputs are the grade's, for the very grade it gets; a local
                # check's are the same across edits, so its plans stay kept (plan_kept: 13 ms of CPU, not 218)
                keyed = student is not None or fmt == "gradescope"
                student = student or "local"
                inputs = keyed_inputs(student, sources, paths, exercise_names()) if keyed else ""
                report = handed_in(grader.grade(sources, student=student, only=graded, inputs=inputs), origins)
                diskcache.flush()
            finally:  # the zygotes' exit not waited for when the process ends at once after the report
                sandbox.close(wait=not ending.at_once())
        finally:
            diskcache.enable(folder=None)  # for this command only
    except (UsageProblem, SandboxError, OSError) as problem:
        from mlptutor.grader.feedback.escape import visible_line  # a student's file name may hold a newline

        click.echo(f"mlptutor check: {visible_line(str(problem))}", err=True)
        sys.exit(2)
    colour = sys.stdout.isatty() and not os.environ.get("NO_COLOR")  # https://no-color.org
    click.echo(FORMATS[fmt].render(report, color=colour), nl=False)
    ending.finish(0 if report.passed and not report.problems else 1)
