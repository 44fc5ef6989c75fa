"""Find the submissions in a class folder: who submitted, and which modules they hold.

Layouts (detected per entry, so they may be mixed; see grader/bulk/README.md):

    CLASS/submitted/<student>/<assignment>/...   nbgrader's course folder
    CLASS/<student>/...                          a folder per student (the main layout)
    CLASS/<student>.zip                          a zip per student
    CLASS/<student>_<exercise>.py|.ipynb         flat files, one per exercise
    CLASS/<student>.py|.ipynb                    flat, one file holding several exercises
    CLASS/submission_<id>/ + submission_metadata.yml   Gradescope's "Export Submissions" (gradescope_export)

Inside a submission, files become modules by the rule of grader.bulk.sources.
Submission times (for late work, grader.bulk.late) come from nbgrader's
`timestamp.txt`, from Gradescope's submission_metadata.yml, from Blackboard's attempt time in its download's file names
(in `lms_zone`, its server's time zone), from the Moodle grading worksheet given as roster (its "Last modified
(submission)", in `lms_zone` too), or with `times_from_files` from the
newest modification time of a plain submission's files; otherwise they are
unknown. Canvas's download names an anonymously graded submission anon_<its anonymous id>, which is then its
student's id (one problem line says no class list can tell whose). Canvas's download marks late submissions
(`_late`) without a time:
such a submission is `marked_late`. Canvas judged every submission of its download (late or not, by its own
due dates and overrides), so `times_from_files` never dates one: a file time (of the download, of unzipping)
would overrule the LMS's explicit judgment with a guess.
A group's submission (Moodle's team submission named by the roster's groups, Canvas's named by its group and one
member's user id when the roster is the group set's export, Gradescope's with several submitters) is one
Submission: graded once under its first member's id, its grade every member's (`everyone`).
Everything that cannot be graded is reported as one line and skipped; the
rest is graded. Students appear sorted by id, so runs are reproducible.
"""

from __future__ import annotations

import ast
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone, tzinfo
from pathlib import Path

from mlptutor.grader.bulk.download_names import (ANONYMOUS, BLACKBOARD_RECEIPT, BRIGHTSPACE_INDEX, MOODLE,
                                                 DownloadNames, Named, canvas_key, last_attempts,
                                                 moodle_group_key, sortable_keys)
from mlptutor.grader.bulk.filelimits import FileLimits, first_five, wanted
from mlptutor.grader.bulk.folders import open_regular, read_file, walk
from mlptutor.grader.bulk.gradescope_export import METADATA, Submitted, read_metadata
from mlptutor.grader.bulk.late import LateError, moodle_time, parse_time
from mlptutor.grader.bulk.notebooks import NotebookError
from mlptutor.grader.bulk.sources import Modules, modules_from_files, read_source
from mlptutor.grader.bulk.zips import ZipRefused, read_upload, read_zip
from mlptutor.grader.nbgrader.cells import autograde_unscored, grade_ids
from mlptutor.roster import Roster, counted, id_problem

TIMESTAMP_BYTES = 1024  # of a timestamp.txt read: nbgrader writes one line of some 30 characters


class DiscoveryError(ValueError):
    """The class folder as a whole cannot be used (the message is one line)."""


@dataclass
class Submission:
    """One student's modules, where they came from, and what was odd about them."""

    student: str
    origin: str
    modules: Modules
    problems: list[str] = field(default_factory=list)
    submitted_at: datetime | None = None  # None: unknown
    marked_late: bool = False  # the LMS's download marks it late, without a time (Canvas's "_late")
    members: tuple[str, ...] = ()  # a group submission's students (`student` first), each given its grade
    origins: dict[str, tuple[str, ...]] = field(default_factory=dict)  # module -> its files (feedback.places)

    @property
    def everyone(self) -> tuple[str, ...]:
        """The students this submission's grade goes to."""
        return self.members or (self.student,)


@dataclass
class Discovery:
    assignment: str
    submissions: list[Submission]
    problems: list[str]  # items that are not graded, one line each


@dataclass
class _Item:
    """A raw submission before grouping: its files (path -> bytes) and problems so far."""

    label: str
    files: dict[str, bytes] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    submitted_at: datetime | None = None
    paths: list[Path] = field(default_factory=list)  # what it was read from (for file times)
    marked_late: bool = False
    members: tuple[str, ...] = ()
    judged: bool = False  # the LMS judged its lateness (Canvas's names): file times do not date it
    notebooks: bool = False  # an nbgrader submission: its notebooks before .py files of their names

    def add_entry(self, entry: Path) -> None:
        """Count the class folder's `entry` as part of this submission (its label, its file times)."""
        self.label = f"{self.label} + {entry.name}" if self.label else entry.name
        self.paths.append(entry)

    def add_files(self, entry: Path, files: dict[str, bytes]) -> None:
        """`files` of `entry` join the submission; a path it holds already is a problem line, not replaced."""
        for path, data in files.items():
            if path in self.files:
                self.problems.append(f"{entry.name}: {path} is also in another entry of this student; ignored")
            else:
                self.files[path] = data


def discover(root: Path, exercises: Collection[str], assignment: str | None = None,
             limits: FileLimits = FileLimits(), times_from_files: bool = False,
             lms_zone: tzinfo = timezone.utc, submitted: SubmittedFolder | None = None,
             roster: Roster | None = None) -> Discovery:
    """All submissions under `root` for `assignment` (default: nbgrader's only one, else root's name);
    `times_from_files` dates plain submissions by their files' modification times; `lms_zone` is the time
    zone of the times in Blackboard's download file names and the one whose abbreviations nbgrader's timestamps
    end with (its Exchange.timezone: 'CEST'); `submitted`: root's nbgrader submitted/ folder as
    the caller listed it already (SubmittedFolder.of), else it is listed here; `roster`: the class list, whose
    Moodle grading worksheet tells the groups of team submissions and the submission times (in `lms_zone`)."""
    if not root.is_dir():  # an LMS's download as it came, zipped: its folder is what to give
        unzip = f" (unzip it: unzip {root.name} -d {root.stem})" if root.suffix.lower() == ".zip" else ""
        raise DiscoveryError(f"{root} is not a folder: give the folder holding the submissions{unzip}")
    if listing := submitted or SubmittedFolder.of(root):
        assignment, items, problems = _nbgrader(listing, assignment, exercises, limits, lms_zone)
    else:
        items, problems = _class_folder(root, exercises, limits, times_from_files, lms_zone, roster)
        assignment = assignment or root.resolve().name
    return Discovery(assignment, *_submissions(items, exercises, problems))


def _student_ok(student: str, label: str, problems: list[str]) -> bool:
    """The roster's id rule (mlptutor.roster.id_problem), for every layout; a bad id is one line."""
    if (problem := id_problem(student)) is None:
        return True
    problems.append(f"{label}: {problem}; rename it, not graded")
    return False


def _inside(path: Path, root: Path, label: str, problems: list[str]) -> bool:
    """Whether `path` stays in the course's submitted/ folder; a link out of it is a line in `problems`."""
    if path.resolve().is_relative_to((root / "submitted").resolve()):
        return True
    problems.append(f"{label}: a symbolic link out of the submitted folder; ignored")
    return False


@dataclass(frozen=True)
class SubmittedFolder:
    """nbgrader's submitted/ listed once per run: the student folders that stay inside it, the assignments they
    hold, and the links out of it (problem lines). `mlptutor grade` lists it for the assignment's exercises and
    hands it to discovery, which lists nothing again."""

    root: Path
    students: tuple[Path, ...]
    assignments: tuple[str, ...]
    problems: tuple[str, ...]

    @classmethod
    def of(cls, root: Path) -> SubmittedFolder | None:
        """The listing of `root`/submitted/, or None when `root` is no nbgrader course folder."""
        if not (root / "submitted").is_dir():
            return None
        problems: list[str] = []
        students = tuple(entry for entry in sorted((root / "submitted").iterdir())
                         if entry.is_dir() and not entry.name.startswith(".")
                         and _inside(entry, root, f"submitted/{entry.name}", problems))
        found = {a.name for s in students for a in s.iterdir() if a.is_dir() and not a.name.startswith(".")}
        return cls(root, students, tuple(sorted(found)), tuple(problems))

    def assignment(self, given: str | None) -> str:
        """`given`, else the one assignment the student folders hold (DiscoveryError if not one)."""
        if given is not None:
            return given
        if len(self.assignments) != 1:
            names = ", ".join(self.assignments) or "none"
            raise DiscoveryError(f"{self.root / 'submitted'} holds {len(self.assignments)} assignments ({names}): "
                                 "pick one with --assignment")
        return self.assignments[0]


def _nbgrader(listing: SubmittedFolder, assignment: str | None, exercises: Collection[str], limits: FileLimits,
              zone: tzinfo):
    root, problems = listing.root, list(listing.problems)
    assignment = listing.assignment(assignment)
    expected = _graded_cells(root, assignment, exercises, limits)
    items: dict[str, list[_Item]] = {}
    for folder in listing.students:
        label = f"submitted/{folder.name}/{assignment}"
        if not (folder / assignment).is_dir():
            continue
        if _inside(folder / assignment, root, label, problems) and _student_ok(folder.name, label, problems):
            files, notes = read_upload(folder / assignment, limits, exercises=exercises)
            problems += [f"{label}/{line}" for line in autograde_unscored(files, expected)]  # the instructor's
            when = _timestamp(folder / assignment / "timestamp.txt", label, notes, zone)
            items.setdefault(folder.name, []).append(_Item(label + "/", files, notes, when, notebooks=True))
    return assignment, items, problems


def _graded_cells(root: Path, assignment: str, exercises: Collection[str], limits: FileLimits) -> dict[str, set[str]]:
    """Each of the assignment's notebooks (`exercises`) that the instructor's source/ (else release/) holds -> the
    grade_ids of its cells that nbgrader scores."""
    found: dict[str, set[str]] = {}
    for name in exercises:
        for step in ("source", "release"):
            path = root / step / assignment / f"{name}.ipynb"
            if path.is_file() and (data := read_file(path, root, str(path.relative_to(root)), limits, [])) is not None:
                found[name] = grade_ids(data)
                break
    return found


def _timestamp(path: Path, label: str, problems: list[str], zone: tzinfo) -> datetime | None:
    """The time in nbgrader's timestamp.txt (its zone's abbreviation read as `zone`'s), None when there is none; an
    unreadable one is a problem line."""
    if path.is_symlink():  # nbgrader writes a file: a link would put another file's text in the student's notes
        problems.append(f"{label}/timestamp.txt: a symbolic link, not read; submission time unknown")
        return None
    try:
        with open_regular(path) as handle:  # a student may leave anything there: a FIFO, gigabytes
            return parse_time(handle.read(TIMESTAMP_BYTES).decode("utf-8", errors="replace"), zone)
    except FileNotFoundError:
        return None
    except (OSError, LateError) as exc:
        problems.append(f"{label}/timestamp.txt: {getattr(exc, 'strerror', None) or exc}; submission time unknown")
        return None


def _modified(path: Path) -> datetime:
    """The newest modification time of the file `path` or of the files below the folder `path`, UTC."""
    found = (Path(here, name) for here, _, names in walk(path, []) for name in names) if path.is_dir() else [path]
    files = [p for p in found if p == path or p.is_file() and not p.is_symlink()]
    newest = max((p.lstat().st_mtime for p in files), default=path.lstat().st_mtime)
    return datetime.fromtimestamp(newest, timezone.utc)


def _flat_owner(stem: str, exercises: Collection[str], names: DownloadNames) -> Named:
    """What a flat file stem tells: 'ann_lee_softmax' -> ann_lee's softmax; Canvas's 'leeann_101_5551_softmax-1'
    -> 101's softmax (the stem stays the student's when no exercise ends it)."""
    if owner := names.owner(stem):
        return owner
    for exercise in sorted(exercises, key=len, reverse=True):
        if stem.endswith("_" + exercise) and len(stem) > len(exercise) + 1:
            return Named(stem[: -len(exercise) - 1], exercise)
    return Named(stem, stem)


def _helper_owners(stem: str, known: Collection[str]) -> list[str]:
    """The students whose id, then '_', begins `stem`: 'zed_utils' -> ['zed'] when zed submitted (a helper file of
    theirs, not a student 'zed_utils'), longest first."""
    return sorted((stem[:i] for i, c in enumerate(stem) if c == "_" and stem[:i] in known), key=len, reverse=True)


def _helper_module(entry: Path, root: Path, exercises: Collection[str], limits: FileLimits) -> bool:
    """Whether a flat file is a helper module: it parses and defines none of the run's exercises' functions at its
    top level (read with ast, never run). 'ann_lee.py' holding softmax's functions is student ann_lee's one file of
    several exercises (a documented layout), not a helper 'lee' of student ann."""
    from mlptutor.grader.specs import load_specs  # only for a file named like a helper: 0.4 s of CPU

    data = read_file(entry, root, entry.name, limits, [])  # its problems are said when it is read as its owner's
    try:
        tree = ast.parse(read_source(entry.name, data)) if data is not None else None
    except (NotebookError, UnicodeDecodeError, SyntaxError, ValueError, RecursionError, MemoryError):  # kept its own
        return False
    specs = load_specs()
    graded = {fn.name for exercise in exercises if exercise in specs for fn in specs[exercise].functions}
    return tree is not None and not graded & {node.name for node in tree.body if isinstance(node, ast.FunctionDef)}


def _known_students(entries: list[Path], exercises: Collection[str], names: DownloadNames,
                    roster: Roster | None) -> set[str]:
    """Who submitted something named as theirs: a folder or zip, a flat file ending in an exercise, a roster id."""
    known = {s.id for s in roster.students} if roster else set()
    for entry in entries:
        if entry.is_dir() or entry.suffix == ".zip":
            known.add(entry.stem if entry.suffix == ".zip" else entry.name)
        elif (named := _flat_owner(entry.stem, exercises, names)).student != entry.stem:
            known.add(named.student)
    return known


def _class_folder(root: Path, exercises: Collection[str], limits: FileLimits, times_from_files: bool,
                  zone: tzinfo, roster: Roster | None):
    items: dict[str, list[_Item]] = {}
    joined: dict[str, _Item] = {}  # the student's flat files, or Moodle's entries: one submission each
    problems: list[str] = []
    entries = [e for e in sorted(root.iterdir()) if not e.name.startswith(".")]
    names = DownloadNames.of(entries, zone, problems, roster.students if roster else (), roster.others if roster else ())
    last = last_attempts(entries, names)
    gradescope = read_metadata(root, problems)
    groups = roster.groups() if roster else {}
    teams = {moodle_group_key(name): tuple(sorted(ids)) for name, ids in groups.items()}
    canvas = _CanvasRoster.of(roster, groups)
    spelled = {s.id.casefold(): s.id for s in roster.students} if roster else {}  # unique ignoring case (roster.py)
    participants: set[str] = set()  # the ids Moodle's download names gave
    # whose Moodle online text the download holds: no code file, passed over; a set: a text with an image is two entries
    texts: set[str] = set()
    known = _known_students(entries, exercises, names, roster)
    for entry in entries:
        name = entry.name
        if name in names.unnamed or name == BRIGHTSPACE_INDEX and names.brightspace:  # told / not a submission
            continue
        if entry.is_symlink() and not entry.resolve().is_relative_to(root.resolve()):
            problems.append(f"{name}: a symbolic link out of the class folder; ignored")
        elif (moodle := MOODLE.fullmatch(name)) and (entry.is_dir() or moodle["own"]):
            _add_moodle(entry, moodle, teams, root, exercises, limits, joined, problems)
            if moodle["plugin"] == "onlinetext":
                texts.add(moodle["id"] or moodle["who"])
            if not teams.get(moodle_group_key(moodle["who"])):  # a team's folder names its group's id, not a student's
                participants.add(moodle["id"] or "")
        elif entry.is_dir() and (entry / METADATA).is_file():  # else all its submissions would be one student's
            problems.append(f"{name}: a Gradescope export (it holds {METADATA}); not graded: give the folder "
                            f"itself to grade it (mlptutor grade {root.name}/{name})")
        elif entry.is_dir() and name in gradescope:
            _add_gradescope(entry, gradescope[name], spelled, exercises, limits, items, problems)
        elif entry.is_dir():
            if gradescope and name.startswith("submission_"):
                problems.append(f"{name}: not in {METADATA}, so its student is unknown; graded as {name}")
            if _student_ok(name, name, problems):
                files, notes = read_upload(entry, limits, exercises=exercises)
                items.setdefault(name, []).append(_Item(name + "/", files, notes, paths=[entry]))
        elif entry.suffix == ".zip" and not names.owner(entry.stem):
            if _student_ok(entry.stem, name, problems):
                items.setdefault(entry.stem, []).append(_zip_item(entry, limits))
        elif entry.suffix in (".py", ".ipynb", ".zip"):  # an LMS's attachment zip joins the student's other files
            _add_flat(entry, root, exercises, limits, joined, problems, names, last, canvas, known)
        elif not BLACKBOARD_RECEIPT.fullmatch(name) and name != METADATA:  # read above
            problems.append(f"{name}: not a submission (expected a folder, .zip, .py or .ipynb); ignored")
    for student, item in joined.items():
        items.setdefault(student, []).append(item)
    if texts:  # once for the class: an assignment asking for a text and a file would say it of every student
        problems.append(counted(sorted(texts), "Moodle online texts (assignsubmission_onlinetext) passed over: only "
                                               ".py and .ipynb files are graded (code pasted there is not)"))
    listed = roster.by_id() if roster is not None else {}
    if anonymous := sorted(s for s in items if ANONYMOUS.fullmatch(s) and s not in listed):
        problems.append(_anonymous_line(anonymous))
    canvas_ids = {named.student for entry in entries if entry.is_file() and (named := names.owner(entry.stem))
                  and named.judged and not ANONYMOUS.fullmatch(named.student)}
    if roster is not None:
        _roster_times(items, roster, zone, problems)
        emails = {spelled.get(s.casefold(), s) for submitted in gradescope.values() for s in submitted.students}
        for system, ids in (("Moodle", participants - {""}), ("Canvas", canvas_ids), ("Gradescope", emails)):
            problems += _download_ids_unlisted(system, ids, roster)
    else:
        problems += [_download_ids_unnamed(system, ids) for system, ids in (("Moodle", participants - {""}),
                                                                             ("Canvas", canvas_ids)) if ids]
    if times_from_files:  # the times an LMS gives come first, and what it judged stays judged
        for student, found in items.items():
            for item in found:
                if not item.judged:
                    item.submitted_at = item.submitted_at or max(_modified(p) for p in item.paths)
    return items, problems


# what each LMS's download names a student by, the roster export that holds it, and how to get that export
_DOWNLOAD_IDS = {
    "Moodle": ("the assignment's participant id", "Moodle grading worksheet",
               "the assignment's grading worksheet (View all submissions > Download grading worksheet)"),
    "Canvas": ("their Canvas user ID", "Canvas", "Canvas's gradebook export (Grades > Export: its ID column)"),
    "Gradescope": ("their email", "Gradescope", "Gradescope's roster (Roster > Download Roster)"),
}


def _download_ids_unlisted(system: str, ids: set[str], roster: Roster) -> list[str]:
    """One line when none of the `ids` `system`'s download names students by is on a roster other than that
    system's export (a Moodle grade export's or a class list's ids are usernames or emails, never a participant id),
    so no submission met its student: each submitter was 'not on the roster', each student 'no submission', with
    nothing saying why. When some are, the roster holds such ids, and the others are students it lacks."""
    by, export, give = _DOWNLOAD_IDS[system]
    unlisted = ids - {s.id for s in roster.students}
    if not unlisted or unlisted != ids or (roster.layout and roster.layout.system.startswith(export)):
        return []
    named = first_five(sorted(unlisted))
    return [f"{named}: {system}'s download names each student by {by}, which {roster.path} does not hold: give "
            f"{give} as --roster"]


def _download_ids_unnamed(system: str, ids: set[str]) -> str:
    """One line for an LMS download graded without --roster whose ids are that LMS's numbers (Moodle's participant
    ids, Canvas's user IDs): what the roster would have told, said (lms21: it was silent)."""
    by, _, give = _DOWNLOAD_IDS[system]
    named = first_five(sorted(ids))
    return (f"{named}: {system}'s download names each student by {by}, graded under it without --roster (no names "
            f"in the feedback and class report, an LMS test student counted in the class): give {give} as --roster")


def _anonymous_line(anonymous: list[str]) -> str:
    """One line for the submissions Canvas's anonymous grading named by anonymous id alone."""
    named = first_five(anonymous)
    return (f"{named}: Canvas's anonymous grading names a submission by its anonymous id alone, which no class list "
            "Canvas exports holds: graded under it (a roster listing it as the id matches it); once the assignment's "
            "grades are posted (which ends the anonymity) Canvas's download names each student's user ID")


def _roster_times(items: dict[str, list[_Item]], roster: Roster, zone: tzinfo, problems: list[str]) -> None:
    """The submission times the roster gives (Moodle's worksheet: Last modified (submission)) to the submissions
    whose download gave none; one that cannot be read is a line naming it."""
    for student in roster.students:
        for item in items.get(student.id, []) if student.submitted else []:
            if item.submitted_at is None:
                try:
                    item.submitted_at = moodle_time(student.submitted, zone)
                except LateError as exc:
                    problems.append(f"{roster.path}: the submission time of {student.id}: {exc}; "
                                    "submission time unknown")


def _last_attempt(entry: Path, named: Named, last: dict[str, datetime], problems: list[str]) -> bool:
    """Whether `entry` is of the student's last attempt (what is graded); an earlier one is a problem line."""
    if named.submitted_at is None or named.submitted_at >= last[named.student]:
        return True
    problems.append(f"{entry.name}: an earlier attempt of {named.student} than the one of "
                    f"{last[named.student]:%Y-%m-%d %H:%M:%S} UTC; not graded (the last attempt is)")
    return False


def _add_gradescope(entry: Path, submitted: Submitted, spelled: Mapping[str, str], exercises: Collection[str],
                    limits: FileLimits, items: dict[str, list[_Item]], problems: list[str]) -> None:
    """A folder of Gradescope's export: one submission, its submitters' (a group's is graded once, under its first
    member's id, and every member gets the grade, as Moodle's team submissions). An email is the roster's id as the
    roster spells it (`spelled`: casefolded id -> id) when they differ only in case, as emails compare: the roster
    says 'Ann.Lee@Uni.edu' where Gradescope's export says 'ann.lee@uni.edu'."""
    emails = {spelled.get(s.casefold(), s) for s in submitted.students}
    members = tuple(sorted(s for s in emails if _student_ok(s, f"{entry.name} ({s})", problems)))
    if members:
        files, notes = read_upload(entry, limits, exercises=exercises)
        items.setdefault(members[0], []).append(_Item(entry.name + "/", files, notes, submitted.submitted_at,
                                                      [entry], members=members if len(members) > 1 else ()))


def _zip_item(path: Path, limits: FileLimits) -> _Item:
    try:
        files, notes = read_zip(path, limits)
    except ZipRefused as exc:
        return _Item(path.name, problems=[f"{path.name}: {exc}"], paths=[path])
    return _Item(path.name, files, [f"{path.name}: {n}" for n in notes], paths=[path])


def _moodle_owner(entry: Path, moodle, teams: Mapping[str, tuple[str, ...]], problems: list[str]):
    """(the student, the group's members or ()) of an entry of Moodle's download; None (a problem line) when
    it names no student. A team submission's entry names its group (<name>_<group id>), which only the roster's
    groups tell from a participant (<full name>_<participant id>): both ids are numbers."""
    if members := teams.get(moodle_group_key(moodle["who"])):
        return members[0], members
    if moodle["id"]:
        return moodle["id"], ()
    problems.append(f"{entry.name}: Moodle's team submission of {moodle['who']!r}, whose members are unknown; not "
                    "graded (give the assignment's grading worksheet, with its Group column, as --roster)")
    return None


def _add_moodle(entry: Path, moodle, teams: Mapping[str, tuple[str, ...]], root: Path, exercises: Collection[str],
                limits: FileLimits, joined: dict[str, _Item], problems: list[str]) -> None:
    """One entry of Moodle's download (a plugin's folder, or a flat file named `own`) joins its student's or
    group's submission; what is not code (the online text's HTML, a PDF) is passed over, as in any folder."""
    if not (owner := _moodle_owner(entry, moodle, teams, problems)) or not _student_ok(owner[0], entry.name, problems):
        return
    student, own = owner[0], moodle["own"]
    item = joined.setdefault(student, _Item("", members=owner[1]))
    item.add_entry(entry)
    if entry.is_dir():
        files, notes = read_upload(entry, limits, exercises=exercises)
        item.problems += notes
    elif entry.suffix == ".zip":
        unzipped = _zip_item(entry, limits)
        files = unzipped.files
        item.problems += unzipped.problems
    else:
        data = read_file(entry, root, entry.name, limits, item.problems) if wanted(own) else None
        files = {own: data} if data is not None else {}
    item.add_files(entry, files)


@dataclass(frozen=True)
class _CanvasRoster:
    """What the roster tells of the names in Canvas's download (grader/bulk/download_names.py): `teams`, (a group's
    name as a file name writes it, a member's user id) -> the group's members, from the group set's export; `names`,
    user id -> the sortable name as a file name writes it, from the gradebook export ("Lee, Ann" -> "leeann")."""

    teams: Mapping[tuple[str, str], tuple[str, ...]] = field(default_factory=dict)
    names: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def of(cls, roster: Roster | None, groups: Mapping[str, Collection[str]]) -> _CanvasRoster:
        """`groups`: roster.groups(), which the class folder has read already."""
        if roster is None or roster.layout is None or roster.layout.system != "Canvas":
            return cls()
        teams = {(canvas_key(name), member): tuple(sorted(ids)) for name, ids in groups.items() for member in ids}
        return cls(teams, sortable_keys(roster.students))

    def members(self, named: Named) -> tuple[str, ...]:
        """The members of the group whose submission Canvas named `named` by, or () for a student's own."""
        return self.teams.get((named.written, named.student), ()) if named.written else ()

    def other_name(self, entry: Path, named: Named) -> str | None:
        """One line when Canvas wrote another name than the student's own before their user id: a group assignment's
        submission, which the gradebook export cannot tell the members of."""
        own = self.names.get(named.student)
        if not named.written or not own or own == named.written:
            return None
        return (f"{entry.name}: Canvas named this file {named.written!r}, not {named.student}'s name ({own!r}): a group "
                "assignment's submission, named by its group, graded for this member alone; give the group set's "
                "export (People > the group set > Import > Download Course Roster CSV) as --roster so that every "
                "member gets the grade")


def _add_flat(entry: Path, root: Path, exercises, limits, joined: dict[str, _Item], problems: list[str],
              names: DownloadNames, last: dict[str, datetime], canvas: _CanvasRoster, known: Collection[str]) -> None:
    """A flat file joins its student's submission; a Canvas group submission's (named by its group and one member's
    user id, with the group set's export as roster) joins the group's, graded once under its first member's id and
    recorded for every member, as Moodle's team submissions. A file whose name ends in no exercise of the run
    ('zed_utils.py', or 'zed_layers.py' under --exercises softmax) is a helper of the known student it begins
    with, never a student of its own."""
    if entry.stem in exercises:
        problems.append(f"{entry.name}: named like an exercise, not a student; "
                        "give the class folder (one folder or file per student), not one student's folder")
        return
    named = _flat_owner(entry.stem, exercises, names)
    if (named.student == entry.stem not in known and (owners := _helper_owners(entry.stem, known))
            and _helper_module(entry, root, exercises, limits)):
        named = Named(owners[0], entry.stem[len(owners[0]) + 1:])
        longest = f" (could be {' or '.join(owners)}'s: the longest id it begins with)" if len(owners) > 1 else ""
        problems.append(f"{entry.name}: defines none of the exercises' functions; taken as {owners[0]}'s "
                        f"{named.stem}{entry.suffix}, a helper module{longest}")
    members = canvas.members(named)
    named = replace(named, student=members[0]) if members else named
    if not _student_ok(named.student, entry.name, problems) or not _last_attempt(entry, named, last, problems):
        return
    if named.student not in joined and not members and (line := canvas.other_name(entry, named)):
        problems.append(line)  # once per submission, at its first file
    item = joined.setdefault(named.student, _Item("", members=members))
    item.add_entry(entry)
    item.submitted_at = named.submitted_at or item.submitted_at
    item.marked_late = item.marked_late or named.marked_late
    item.judged = item.judged or named.judged
    if entry.suffix == ".zip":  # one attachment of several of the submission (Canvas, Blackboard), unpacked
        unzipped = _zip_item(entry, limits)
        item.problems += unzipped.problems
        item.add_files(entry, unzipped.files)
        return
    data = read_file(entry, root, entry.name, limits, item.problems)
    if data is not None:  # Blackboard's receipt names the student's own file where its download renamed it
        item.add_files(entry, {names.originals.get(entry.name, named.stem + entry.suffix): data})


def _submissions(items: dict[str, list[_Item]], exercises: Collection[str], problems: list[str]):
    by_folded: dict[str, list[str]] = {}
    for student in items:
        by_folded.setdefault(student.casefold(), []).append(student)
    submissions = []
    for student in sorted(items):
        clash = [i.label for s in by_folded[student.casefold()] for i in items[s]]
        if len(clash) > 1:
            problems.append(f"{student}: several submissions ({', '.join(clash)}); none graded: keep exactly one")
            continue
        (item,) = items[student]
        if alone := [m for m in item.members[1:] if m in items]:
            problems.append(f"{student}: the group submission {item.label} is {', '.join(item.members)}'s, but "
                            f"{', '.join(alone)} also submitted alone; the group's not graded: keep one")
            continue
        if not item.files:
            reason = "; ".join(item.problems) or f"{item.label}: no .py or .ipynb files"
            problems.append(f"{student}: nothing to grade ({reason})")
            continue
        origins: dict[str, tuple[str, ...]] = {}
        modules, notes = modules_from_files(item.files, exercises, item.notebooks, origins)
        if not modules:
            problems.append(f"{student}: nothing to grade ({'; '.join(item.problems + notes)})")
            continue
        submissions.append(Submission(student, item.label, modules, item.problems + notes, item.submitted_at,
                                      item.marked_late, item.members, origins))
    return submissions, problems
