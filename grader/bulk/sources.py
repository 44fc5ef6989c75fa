"""One student's files -> the modules the grader imports (module name -> source).

The rule, applied to every `.py` and `.ipynb` file of a submission (a
notebook counts as the code of its code cells, in order):

1. a file named after an exercise (`softmax.py`, `softmax.ipynb`) is that exercise, and so is a copy a download
   or a file manager named (`softmax (1).py`, `softmax - Copy.py`, `softmax copy 2.py`, `softmax-1.py`) when no
   file named after it gives it (said in one line: its own imports find it only by the exercise's name); an
   untouched stub (its functions only raise NotImplementedError, as `mlptutor-student init` copies it) gives its
   exercise last, after a copy, rule 2, a rule 3 bundle defining one of its functions (but in an nbgrader course)
   and a file of rule 4 named after it in other letter case (`Losses.py`, `LOSSES.py`: the first of them; a Canvas
   download keeps the student's own name), which gives the exercise after rules 1-3, said in one line;
2. a file with marker lines `# mlptutor: <exercise>` is split at them: each
   exercise gets the text before the first marker (imports, helpers) plus its
   own sections;
3. a notebook without markers, or the `.py` files without markers when no
   file is named after an exercise (or a copy of one), is a bundle: the whole code (files joined
   in name order) serves every exercise not given by rules 1-2;
4. any other `.py` file is a helper module importable by its name, shipped when an exercise imports it (in turn
   too), as `mlptutor check` and the Gradescope autograder ship helpers (`imported_helpers`); one named after an
   exercise in other letter case is such a helper too (`from Losses import f` finds Losses.py), whether or not it
   gives the exercise.

The first file (in the order of rules 1, 2, 3, then the shallowest, then by
path, a `.py` before the notebook of its name but in an nbgrader course) that
gives an exercise wins; a later one is reported and ignored.
"""

from __future__ import annotations

import ast
import keyword
import re
from collections.abc import Callable, Collection, Iterable, Mapping
from pathlib import PurePath, PurePosixPath

from mlptutor.grader.bulk.filelimits import first_five
from mlptutor.grader.bulk.ipython_script import exported_source
from mlptutor.grader.bulk.notebooks import NotebookError, joined, named_cells
from mlptutor.grader.cell_markers import CELL_LABEL, CELL_NAME

# what a browser (`softmax (1).py`), Windows (`softmax - Copy (2).py`), macOS (`softmax copy 2.py`) or an LMS
# (`softmax-1.py`) makes of a file's name when the name is taken
_COPY = re.compile(r"(?P<name>[A-Za-z_]\w*)(?: ?\(\d+\)| - Copy(?: \(\d+\))?| copy(?: \d+)?|-\d+)")
_DEF = re.compile(r"^def[ \t]+([A-Za-z_]\w*)", re.MULTILINE)  # a top-level function's definition
MARKER = re.compile(r"^#\s*mlptutor:\s*([A-Za-z_]\w*)\s*$", re.MULTILINE)
# the start of an import statement, at a line's start, after a `;` or after a one-line compound statement's `:`
# (`try: import utils`): `from NAME ...` or `import NAME [as x], NAME ...` (read line by line: a notebook's cells may
# not parse as a whole)
# `from .utils import f` and `from . import utils` too (a package's file, another course's layout): its utils.py is
# the helper it needs; `from . import (p,\n q)` names the modules of its lines up to the ")" (q was missed), a ")" in
# a comment not ending it (`(a,  # see (b)\n c)` missed c); 32 lines of 256 characters and a comment each at most,
# possessive: a file of unclosed "import (" lines is not read to its end from each (1.8 MB of them: 0.46 s of CPU)
_IMPORT = re.compile(r"(?:^|[;:])[ \t]*(?:from[ \t]+\.*([A-Za-z_]\w*)|(?:from[ \t]+\.+[ \t]*)?import[ \t]+"
                     r"(\((?:[^)#\n]{0,256}+(?:#[^\n]{0,256}+)?\n){0,32}+[^)#\n]{0,256}+\)|[^\n#;]+))", re.MULTILINE)
# `__import__('utils')`, as a notebook's `%run utils.py` reads (notebooks.run_magic)
_DUNDER_IMPORT = re.compile(r"__import__\((['\"])([A-Za-z_]\w*)\1\)")

Modules = dict[str, "str | bytes"]


def split_at_markers(text: str, names: Collection[str] | None = None) -> dict[str, str]:
    """Sections of `text` per marker name (of `names` only, when given), each prefixed by the text before the first
    marker, its lines where they stand in `text`: a section goes on after a blank line for each line of `text` since
    it ended, so that an error names the file's own line (`return x` on line 9 of work.py, a softmax section after a
    losses one, was "softmax.py line 5"). In a notebook's text (cells named: notebooks.joined) a section going on in
    another cell than it ended in starts with that cell's name and a blank line for each of the cell's lines above
    the marker, so that an error in it names its cell and line (it was counted in the cell the text before it ended
    in: "notebook cell 3, line 3" for line 4 of cell 5). One pass, lines counted on from marker to marker: a section
    is at most as long as `text` (20,000 markers of as many names, each section padded to its place and the text
    rescanned for its cell at every marker, made 200 MB of text and 20 s of CPU of a 369 KB file)."""
    found = list(MARKER.finditer(text))
    cells = CELL_NAME.finditer(text)
    upcoming = next(cells, None)
    cell: re.Match | None = None  # the name line of the cell holding the marker
    counted = line = cell_line = 0  # text[:counted] holds `line` line breaks; the cell's name is on line cell_line
    places: list[tuple[int, re.Match | None]] = []  # (line, cell) of each marker
    sections: dict[str, list[str]] = {}
    ends: dict[str, int] = {}  # section -> the marker it ended at (its text as long as text[:that marker])
    for at, (here, after) in enumerate(zip(found, found[1:] + [None])):
        while upcoming is not None and upcoming.start() < here.start():
            line, counted = line + text.count("\n", counted, upcoming.start()), upcoming.start()
            cell, cell_line, upcoming = upcoming, line, next(cells, None)
        line, counted = line + text.count("\n", counted, here.start()), here.start()
        places.append((line, cell))
        name = here[1]
        if names is not None and name not in names:
            continue
        was_line, was_cell = places[ends.get(name, 0)]
        pieces = sections.setdefault(name, [text[: found[0].start()]])
        pieces.append("\n" * (line - was_line) if was_cell is cell else cell[0] + "\n" * (line - cell_line))
        pieces.append(text[here.start(): after.start() if after else len(text)])
        ends[name] = at + 1
    return {name: "".join(pieces) for name, pieces in sections.items()}


def read_source(path: str, data: bytes) -> str:
    """One file of a submission as module source, the one reader of `mlptutor grade` and `mlptutor check`:
    a notebook (`.ipynb`) is its student code cells in order (grader.bulk.notebooks, joined), any other file its
    UTF-8 text (a notebook exported as .py with IPython's magics read as its notebook: ipython_script.exported_source).
    Raises NotebookError, or UnicodeDecodeError for a file not in UTF-8."""
    if path.endswith(".ipynb"):
        cells = named_cells(data)
        return joined([source for _, source in cells], [name for name, _ in cells])

    return exported_source(data.decode("utf-8"))


def module_source(path: str, data: bytes, problems: list[str]) -> str | bytes | None:
    """read_source, its failure a problem: an unreadable notebook is left out, a non-UTF-8 Python file
    kept as raw bytes (the grader reports it as a file that does not load). How grade, Gradescope and the helpers
    `mlptutor check` ships read one file."""
    try:
        return read_source(path, data)
    except NotebookError as exc:
        problems.append(f"{path}: {exc}")
        return None
    except UnicodeDecodeError:
        problems.append(f"{path}: {utf16_text(data) or 'not UTF-8 text (save it as UTF-8)'}")
        return data


def utf16_text(data: bytes) -> str | None:
    """What to do with a file in UTF-16 (its byte order mark first: Notepad's "Unicode"), None for another: it was
    "not UTF-8 text" in grade and "contains a NUL byte (offset 3)" in `mlptutor check`."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return "UTF-16 text (Notepad's 'Unicode'); save it as UTF-8 (Save As, Encoding: UTF-8)"
    return None


def modules_from_files(files: dict[str, bytes], exercises: Collection[str], notebooks_first: bool = False,
                       origins: dict[str, tuple[str, ...]] | None = None) -> tuple[Modules, list[str]]:
    """Apply the rule above to `files` (relative path -> content); returns (modules, problems). `notebooks_first`: a
    notebook before the .py of its name (an nbgrader course, whose submissions are its notebooks: a softmax.py
    beside softmax.ipynb is a download of it, maybe stale). `origins`, when given, gets each module's paths (a
    bundle's several), by which feedback names the files the student has (grader.feedback.places)."""
    problems: list[str] = []
    named: list[tuple[str, str, str | bytes]] = []  # (module, path, source) from rule 1
    copies: list[tuple[str, str, str | bytes]] = []  # rule 1's download copies, after every file named exactly
    marked: list[tuple[str, str, str]] = []  # rule 2
    loose: list[tuple[str, str | bytes]] = []  # (path, source): rule 3 or 4
    # the shallowest first (backup/softmax.py sorted before softmax.py, and was graded), then a .py before the
    # notebook of the same name (softmax.ipynb sorts first) but in nbgrader's notebooks, as `mlptutor check` and the
    # Gradescope autograder take them: a folder holding both was graded on the notebook here, 0/17.5, on the file there
    unread: dict[str, list[str]] = {}  # a loose file not in UTF-8: said only once it is bundled or imported
    for path in sorted(files, key=_order(".ipynb" if notebooks_first else ".py")):
        said: list[str] = []
        source = module_source(path, files[path], said)
        stem = PurePosixPath(path).stem
        if isinstance(source, bytes) and stem not in exercises:
            unread[path] = said
        else:
            problems += said
        if source is None:
            continue
        if stem in exercises:
            named.append((stem, path, source))
        elif (copied := copy_of(stem, exercises)) is not None:
            copies.append((copied, path, source))
        elif isinstance(source, str) and MARKER.search(source):
            marked.extend((name, path, text) for name, text in split_at_markers(source, exercises).items())
            others = sorted({marker[1] for marker in MARKER.finditer(source)} - set(exercises))
            if others:  # one line, however many names
                problems.append(f"{path}: marker names {first_five(list(map(repr, others)))}, not an exercise "
                                f"({', '.join(sorted(exercises))})")
        else:
            loose.append((path, source))

    modules: Modules = {}
    origin: dict[str, str] = {}
    parts: dict[str, tuple[str, ...]] = {}  # a bundle's paths, which `origin` joins with " + "

    def give(module: str, path: str, source: str | bytes) -> None:
        if module in modules:
            problems.append(f"{path}: {module} is already given by {origin[module]}; ignored here")
        else:
            modules[module], origin[module] = source, path

    # a stub as released (`mlptutor-student init` copies them) gives its exercise last, but in nbgrader's notebooks:
    # the answer written in softmax.ipynb (or hw.ipynb, all of them) beside the untouched softmax.py was ignored, 0
    # points in every tool
    stubs = [] if notebooks_first else [entry for entry in named if unwritten(entry[2])]
    named = [entry for entry in named if entry not in stubs]
    for module, path, source in named + marked:
        give(module, path, source)
    for module, path, source in copies:
        if module not in modules:
            problems.append(f"{path}: graded as {module} (a copy's name: rename it {module}"
                            f"{PurePosixPath(path).suffix}, the name an import finds)")
        give(module, path, source)

    bundled = [(p, s) for p, s in loose if p.endswith(".ipynb") or not (named or copies)]
    helpers = [(p, s) for p, s in loose if (p, s) not in bundled]
    for path, _ in bundled:
        problems += unread.pop(path, [])
    if bundled:
        problems += _redefined(bundled)
        whole = _join(bundled)
        where = " + ".join(p for p, _ in bundled)
        written = set(_DEF.findall(whole)) if isinstance(whole, str) else set()
        for exercise in sorted(exercises):
            stub = [source for module, _, source in stubs if module == exercise][:1]
            if exercise not in modules and (not stub or written & set(_DEF.findall(stub[0]))):
                modules[exercise], origin[exercise] = whole, where
                parts[exercise] = tuple(p for p, _ in bundled)
    # `Losses.py` beside softmax.py (a Canvas download keeps the student's own name) was a helper nothing imports,
    # losses missing, 0 points, where the student meant it as losses: it is losses, before an untouched stub losses.py
    # (the answer was called scratch work) and the first of two spellings (LOSSES.py, Losses.py) before the other;
    # said below, once it is known whether an exercise imports it by its own name too
    cased = [(module, path, source) for path, source in helpers
             if (module := _cased(PurePosixPath(path).stem, exercises))]
    for module, path, source in cased:
        if module not in modules:
            modules[module], origin[module] = source, path
            problems += unread.pop(path, [])
    for module, path, source in stubs:
        if module in modules:
            problems.append(f"{path}: still the exercise's stub (its functions only raise NotImplementedError); "
                            f"{module} is graded from {origin[module]}")
        else:
            give(module, path, source)
    # a file named in other letter case stays a helper of its own name too: softmax.py's `from Losses import f` found
    # no Losses once Losses.py was graded as losses (softmax 0 of 17.5, where `check softmax.py Losses.py` ships it)
    spelled = {PurePosixPath(path).stem for _, path, _ in cased}
    for path, source in helpers:
        stem = PurePosixPath(path).stem
        if stem in spelled:
            if helper_name(stem) and stem not in modules:  # the first of its name, as give takes it, without a line
                modules[stem], origin[stem] = source, path
            continue
        if not helper_name(stem):
            problems.append(f"{path}: not an importable module name; ignored (rename it, e.g. helpers.py)")
            continue
        give(stem, path, source)
    # only the helpers the exercises import, as `mlptutor check` and Gradescope ship them: the modules seed the hidden
    # inputs (engine.inputs_key), and a scratch.py no exercise imports drew other inputs here than in `check --student`;
    # a helper named as the grader's refused only when imported, as there (mlptutor_notes.py, imported by nothing,
    # was a problem line here only)
    given = {name: source for name, source in modules.items() if name in exercises}

    def shipped(file: PurePath) -> str | bytes:
        problems.extend(unread.get(origin[file.stem], []))
        return modules[file.stem]

    refused_names: set[str] = set()

    def refuse(file: PurePath) -> None:
        refused_names.add(file.stem)
        problems.append(refused(origin[file.stem]))

    reached = imported_helpers(given, (PurePosixPath(f"{name}.py") for name in modules if name not in given),
                               exercises, shipped, refuse)
    problems += _said_cased(cased, origin, reached)
    # a helper no exercise imports is left out: said in one line, or the student wonders whether their utils.py counted
    # the shallowest first: a home folder's Documents/scratch.py before the 300 modules of its miniconda3/
    unused = sorted(modules.keys() - given.keys() - reached.keys() - refused_names - spelled,
                    key=lambda name: (origin[name].count("/"), origin[name]))
    # another exercise of the course (grade --exercises softmax, losses.py beside it) is no scratch work
    from mlptutor.grader.specs import exercise_names  # the spec modules' names, nothing imported

    if others := [name for name in unused if name in exercise_names()]:
        problems.append(f"{first_five([origin[name] for name in others])}: not "
                        f"{'an exercise' if len(others) == 1 else 'exercises'} of this assignment "
                        f"({', '.join(sorted(exercises))}), so not graded")
        unused = [name for name in unused if name not in others]
    if unused:
        them = "it" if len(unused) == 1 else "them"
        problems.append(f"{first_five([origin[name] for name in unused])}: no exercise file imports {them}, so "
                        f"{'it is' if them == 'it' else 'they are'} not run or graded (fine for scratch work; code an "
                        "exercise needs goes in its file, or in a module that file imports)")
    if origins is not None:
        origins.update((name, parts.get(name, (origin[name],))) for name in (*given, *reached))
    return given | reached, problems


def _said_cased(cased: list[tuple[str, str, str | bytes]], origin: dict[str, str],
                reached: Collection[str]) -> list[str]:
    """A line for each file named after an exercise in other letter case (`cased`: exercise, path, source): graded as
    it (and shipped by its own name too when imported so: the line says so, as renaming it would break that import),
    or ignored when another file gives the exercise and nothing imports it by its own name."""
    lines = []
    for module, path, _ in cased:
        stem = PurePosixPath(path).stem
        shipped = stem in reached and origin[stem] == path
        if origin[module] == path:
            lines.append(f"{path}: graded as {module} (its name in other letter case" + (
                f"; shipped as {stem} too, the name an exercise imports it by)" if shipped else
                f": rename it {module}{PurePosixPath(path).suffix}, the name an import finds)"))
        elif not shipped:
            lines.append(f"{path}: {module} is already given by {origin[module]}; ignored here")
    return lines


def _redefined(bundled: list[tuple[str, str | bytes]]) -> list[str]:
    """One line when the files of a bundle define a function twice (softmax_v2.py beside softmax_final.py): joined in
    name order, the last definition is the one graded, which the student did not choose."""
    last: dict[str, str] = {}
    twice = []
    for path, source in bundled:
        for function in _DEF.findall(source) if isinstance(source, str) else ():
            if last.get(function, path) != path and function not in twice:
                twice.append(function)
            last[function] = path
    if not twice:
        return []
    files = sorted({last[function] for function in twice})
    return [f"{first_five([path for path, _ in bundled])}: {first_five(twice)} defined in more than one of these "
            f"files; the last definition is graded (from {', '.join(files)}): hand in one version, named after its "
            "exercise (e.g. softmax.py)"]


def unwritten(source: str | bytes) -> bool:
    """Whether `source` is an exercise's stub as released: functions whose bodies (after a docstring) only raise
    NotImplementedError."""
    # fewer raises than functions, one is written: no parse (0.02 ms, not 0.3, in every student's files grade reads)
    if not isinstance(source, str) or source.count("NotImplementedError") < max(1, len(_DEF.findall(source))):
        return False
    try:
        functions = [node for node in ast.parse(source).body if isinstance(node, ast.FunctionDef)]
        return bool(functions) and all(_raises_only(function) for function in functions)
    # hostile text: `x = 1+1+...` 100,000 times does not parse (RecursionError), 900 times in a raise does not unparse
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return False


def _raises_only(function: ast.FunctionDef) -> bool:
    body = function.body[1:] if ast.get_docstring(function) is not None else function.body
    return (len(body) == 1 and isinstance(body[0], ast.Raise) and body[0].exc is not None
            and "NotImplementedError" in ast.unparse(body[0].exc))


def copy_of(stem: str, exercises: Collection[str]) -> str | None:
    """The exercise whose file a download or a file manager named `stem` (`softmax (1)`: softmax), else None."""
    match = _COPY.fullmatch(stem)
    return match["name"] if match and match["name"] in exercises else None


def _cased(stem: str, exercises: Collection[str]) -> str | None:
    """The exercise `stem` names in other letter case, maybe as a copy (`Losses`, `Softmax (1)`: losses, softmax),
    else None."""
    match = _COPY.fullmatch(stem)
    name = (match["name"] if match else stem).casefold()
    return next((exercise for exercise in exercises if exercise.casefold() == name), None)


def _order(first: str) -> Callable[[str], tuple]:
    """The sort key of a submission's paths: the shallowest first, then by path, a `first`-suffixed file before the
    other of its name."""
    return lambda p: (len(PurePosixPath(p).parts), str(PurePosixPath(p).with_suffix("")), not p.endswith(first), p)


def submission_helpers(sources: Mapping[str, str | bytes], files: dict[str, bytes],
                       exercises: Collection[str]) -> Modules:
    """The helper modules among a submission's `files` (relative path -> bytes) that `sources` import, read and
    taken in the order modules_from_files takes them (rule 4): what an nbgrader test cell ships beside the notebook's
    code, which it has from the kernel (a notebook importing its utils.py, or `%run helpers.py`, scored 0 under
    nbgrader's autograde and full marks in `mlptutor grade`)."""
    order = sorted((path for path in files if path.endswith(".py")), key=_order(".py"))
    return imported_helpers(sources, map(PurePosixPath, order), exercises,
                            lambda file: module_source(str(file), files[str(file)], []))


def grader_name(stem: str) -> bool:
    """Whether `stem` is a name the grader keeps for its own modules (`mlptutor_known_functions`, which a check ships
    into the sandbox beside the student's files: a student's helper of that name was silently replaced by it)."""
    return stem.startswith("mlptutor")


def refused(path: str | PurePath) -> str:
    """The one-line problem of a helper module with a name the grader keeps (grader_name)."""
    return f"{path}: names starting with 'mlptutor' are the grader's own modules; ignored (rename it, e.g. helpers.py)"


def helper_name(stem: str) -> bool:
    """Whether a file named `stem`.py is importable by that name (rule 4)."""
    return stem.isidentifier() and not keyword.iskeyword(stem)


def imported(source: str | bytes) -> set[str]:
    """The top-level names `source`'s import statements name (`utils` of `from utils.x import f`)."""
    text = source if isinstance(source, str) else source.decode("utf-8", "replace")
    names = set()
    for match in _IMPORT.finditer(text):
        listed = re.sub(r"#[^\n]*|[()]", " ", match[2] or "")  # `from . import (a,  # a note\n b)`
        parts = [match[1]] if match[1] else [part.split()[0] for part in listed.split(",") if part.split()]
        names.update(part.split(".")[0] for part in parts)
    return names | {match[2] for match in _DUNDER_IMPORT.finditer(text)}


def imported_helpers(sources: Mapping[str, str | bytes], files: Iterable[PurePath], exercises: Collection[str],
                     read: Callable[[PurePath], str | bytes | None],
                     refuse: Callable[[PurePath], None] = lambda file: None) -> Modules:
    """The helper modules (rule 4) among `files` that `sources` import, and those they import in turn, the first
    file of each name; `read`: a file's source, or None for one that cannot be shipped (which it reports, once);
    `refuse`: told of a file imported whose name is the grader's (grader_name), never shipped.
    What `mlptutor check` and the Gradescope autograder ship beside the exercise files, as `mlptutor grade` ships a
    submission's every helper (a softmax.py importing the student's utils.py scored 0 there, "graded code can
    import numpy and Python's standard library only", and full marks in `mlptutor grade`)."""
    helpers: dict[str, PurePath] = {}
    for file in files:
        if file.stem not in exercises and helper_name(file.stem):
            helpers.setdefault(file.stem, file)
    found: Modules = {}
    tried = set(sources)
    todo = list(sources.values())
    while todo:
        for name in imported(todo.pop()):
            if name in helpers and name not in tried:
                tried.add(name)
                if grader_name(name):
                    refuse(helpers[name])
                elif (source := read(helpers[name])) is not None:
                    found[name] = source
                    todo.append(source)
    return found



def laid_out(files: dict[str, bytes], exercises: Collection[str], notebooks_first: bool = False,
             origins: dict[str, tuple[str, ...]] | None = None) -> tuple[Modules, list[str], list[str]]:
    """(modules, the exercises they give code of, problems) of `files` by the rule above (modules_from_files): how
    `mlptutor check` and the Gradescope autograder read the layouts `mlptutor grade` reads (markers, a bundle,
    `Softmax.py`, subfolders), with its modules, so that they seed the same hidden inputs. An exercise is given by a
    file named after it, or when its module defines one of its functions (a bundle serves every exercise: the
    others' would all be missing; the specs imported then only, 0.4 s of CPU for all, by load_specs, which the
    student bundle's stand-in of grader.specs has too: its `check` of a folder reads it here). `origins`: as
    modules_from_files fills it."""
    modules, problems = modules_from_files(files, exercises, notebooks_first, origins)
    named = {copy_of(stem, exercises) or stem for stem in (PurePosixPath(path).stem for path in files)}
    given = [name for name in sorted(exercises) if name in modules and (name in named or _defines(name, modules[name]))]
    return modules, given, problems


def _defines(exercise: str, source: str | bytes) -> bool:
    """Whether `source` defines one of `exercise`'s functions at its top level."""
    from mlptutor.grader.specs import load_specs

    return isinstance(source, str) and bool(
        set(_DEF.findall(source)) & {fn.name for fn in load_specs()[exercise].functions})


def _join(parts: list[tuple[str, str | bytes]]) -> str | bytes:
    """The (path, source) `parts` of a bundle as one module; of several, each .py file a notebook cell named by its
    path (notebooks.joined), so that an error names the file and its line, as the sandbox names a notebook's cells
    (part2.py's line 5 was "losses.py line 33", its line in the files joined), and runs on past a file that raises, as
    past a notebook's cell; a notebook keeps its cells' names. A path with a line break is named by its repr: its
    second line was code."""
    sources = [source for _, source in parts]
    if not all(isinstance(s, str) for s in sources):
        return b"\n\n".join(s if isinstance(s, bytes) else s.encode("utf-8") for s in sources)
    if len(parts) == 1:
        return sources[0]
    return "\n".join(source if source.startswith(CELL_LABEL) else joined([source], [p if p.isprintable() else repr(p)])
                     for p, source in parts)
