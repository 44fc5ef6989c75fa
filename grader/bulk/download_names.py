"""What the file names of LMS submission downloads tell: whose file it is, the student's own file name, and when.

The student becomes the id the LMS's class list gives as roster (mlptutor/lms_rosters.py); the layouts are
read in grader/bulk/discovery.py.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timezone, tzinfo
from functools import lru_cache
from pathlib import Path, PurePosixPath

from mlptutor.grader.bulk.folders import open_regular
from mlptutor.roster import Student

# How LMS downloads name each student's files:
# - Canvas's "Download Submissions" (lib/content_zipper.rb): <lastfirst>[_LATE]_<user id>_<attachment id>_<the
#   student's file name>, a resubmission's with "-<n>" before its extension: Canvas's user id; "_LATE" (older
#   Canvas: "_late") when Canvas found it late. <lastfirst> is the sortable name ("Müller, Jürgen"), one pass
#   taking each '_<digits>_' to '<digits>' done, lower-cased with every character but Ruby's [[:word:]] (letters
#   of any script, combining marks, digits, '_') taken out: "müllerjürgen", "obrienpat" for O'Brien, "王小明" (an
#   apostrophe or a space is never in it); under anonymous grading no name and no user id but "anon_<the
#   submission's anonymous id>" (5 base58 characters: Canvas's Anonymity.generate_id), "LATE_" before it when
#   late: [LATE_]anon_<id>_<attachment id>_<the student's file name>, which no class list Canvas exports can tell
#   the student of (ANONYMOUS); for a group assignment graded as a group, one submission per group
#   (Assignment#representatives: one member stands for the group), its <lastfirst> the group's name reduced the same
#   way ("Team A" -> "teama", canvas_key) and the user id that member's: only the group set's export
#   (mlptutor/lms_rosters.py) tells the other members;
# - Blackboard's "Assignment File Download": <assignment>_<username>_attempt_<YYYY-MM-DD-HH-MM-SS>_<file name>,
#   beside a <assignment>_<username>_attempt_<time>.txt receipt (not the student's work, but its "Name: Ann Lee
#   (ann_lee)" line tells a username holding '_'): the username, and the attempt's time (its server's local time);
# - Moodle's "Download all submissions" (mod/assign's downloader): <full name>_<participant id>_assignsubmission_
#   <plugin> (the full name's own "_" written as spaces; "Participant" under blind marking): with "Download
#   submissions in folders" (the default since Moodle 3.1) a folder of that name (Moodle 3.x: with a trailing
#   "_") holding the student's files, else a flat file <that>_<file name>; one entry per submission plugin (file,
#   onlinetext), all one student's: the participant id, which Moodle's grading worksheet writes "Participant <id>".
#   A team submission's entries are the group's (mod/assign/classes/downloader.php): <group name>_<group id>_
#   assignsubmission_<plugin> (its "_" written as spaces too), or "Default group_assignsubmission_<plugin>" with
#   no id for the students in no group; only the worksheet's Group column (the group's name) tells its members.
_CANVAS_TAIL = re.compile(r"(_late)?_([0-9]+)_[0-9]+_(.+?)(?:-[0-9]+)?", re.IGNORECASE | re.DOTALL)  # after <lastfirst>
ANONYMOUS = re.compile(r"anon_[1-9A-HJ-NP-Za-km-z]{5}")  # Canvas's anonymous id, base58 (no 0, O, I, l)
_CANVAS_ANONYMOUS = re.compile(rf"(?i:(LATE)_)?({ANONYMOUS.pattern})_[0-9]+_(.+?)(?:-[0-9]+)?", re.DOTALL)
_ATTEMPT = r"[0-9]{4}(?:-[0-9]{2}){5}"  # Blackboard's attempt time, YYYY-MM-DD-HH-MM-SS
# the first "_<username>_attempt_<time>_" is Blackboard's: the file name after it is the student's own, and a file
# named "x_bo_attempt_2024-01-01-00-00-00_softmax.py" was read as bo's, on that date (another's work replaced, a
# late attempt on time); nor is a student's file named like a receipt one
_BLACKBOARD = re.compile(rf".*?_([^_]+)_attempt_({_ATTEMPT})_(.+)")
BLACKBOARD_RECEIPT = re.compile(rf"(?:(?!_attempt_{_ATTEMPT}_).)*_[^_]+_attempt_{_ATTEMPT}\.txt")
_RECEIPT_TIME = re.compile(rf"_attempt_({_ATTEMPT})$")
# - Brightspace's assignment "Download" (a flat zip beside an index.html): <submission id>-<folder id> - <First Last> -
#   <Mon D, YYYY HMM AM|PM> - <the student's file name> ("57006-96739 - Erik Dengler - May 6, 2020 231 PM -
#   Lab-One.zip"), the time in the downloading user's time zone: no username, only the student's name, which the
#   roster (Brightspace's grades export) tells the student of when exactly one student has it; of several
#   submissions the last is graded.
_BRIGHTSPACE = re.compile(r"[0-9]+-[0-9]+ - (.+?) - ([A-Z][a-z]{2} [0-9]{1,2}, [0-9]{4}) ([0-9]{1,2})([0-9]{2}) "
                          r"([AP]M) - (.+)", re.DOTALL)
BRIGHTSPACE_INDEX = "index.html"  # the download's list of submissions, not one
MOODLE = re.compile(r"(?P<who>.+?)(?:_(?P<id>[0-9]+))?_assignsubmission_(?P<plugin>[a-z0-9]+)(?:_(?P<own>.*))?",
                    re.DOTALL)
_CLEANED = re.compile(r'[\\/:*?"<>|\x00-\x1f]')  # what Moodle's clean_filename takes out of a name


def canvas_key(name: str) -> str:
    """A roster name as Canvas's download writes it (ContentZipper: sanitize_user_name's one pass taking each
    '_<digits>_' to '<digits>', then Ruby's [[:word:]] characters alone: letters, marks, decimal digits, '_'), lower
    case: "Lee, Ann" -> "leeann"; "Lee__4242___1___, Ann" -> "lee_4242_1__ann" (the one pass leaves '_4242_1_')."""
    return _word(re.sub(r"_([0-9]+)_", r"\1", unicodedata.normalize("NFC", name))).lower()


def _word(text: str) -> str:
    """`text` with Ruby's [[:word:]] characters alone."""
    return "".join(ch for ch in text
                   if unicodedata.category(ch)[0] in "LM" or unicodedata.category(ch) in ("Nd", "Pc"))


@lru_cache(maxsize=4096)  # asked 4 to 7 times per entry (DownloadNames.of, owner, last_attempts): read once
def _canvas_readings(stem: str) -> tuple[tuple[str, re.Match], ...]:
    """(<lastfirst> lower-cased, the match of the rest) of every reading of `stem` as a Canvas name whose
    <lastfirst> is Ruby [[:word:]] characters, the longest <lastfirst> first. Read in NFC, as canvas_key writes the
    roster's names: a Mac's unzip gives 'müllerjürgen' decomposed (NFD), which was "not 102's name" (a group's)."""
    stem = unicodedata.normalize("NFC", stem)
    return tuple((stem[:at].lower(), tail) for at in range(len(stem) - 1, -1, -1)
                 if stem[at] == "_" and _word(stem[:at]) == stem[:at] and (tail := _CANVAS_TAIL.fullmatch(stem, at)))


def sortable_keys(students: Iterable[Student]) -> dict[str, str]:
    """roster id -> the sortable name ("Lee, Ann") as Canvas's file names write it ("leeann"), where the roster
    splits the name: Canvas's Student column, or its LastName and FirstName columns."""
    return {s.id: canvas_key(s.last_name + s.first_name) for s in students if s.last_name}


def _canvas_named(lastfirst: str, tail: re.Match) -> Named:
    return Named(tail.group(2), tail.group(3), marked_late=bool(tail.group(1)), judged=True, written=lastfirst)


def _canvas_names(entries: list[Path]) -> dict[str, str]:
    """user id -> <lastfirst> of the Canvas names in `entries` that have one reading only (an id met with two is
    left out)."""
    names: dict[str, str] = {}
    for entry in entries:
        if len(readings := _canvas_readings(entry.stem)) == 1 and "_" not in readings[0][0]:
            lastfirst, tail = readings[0]
            names[tail.group(2)] = lastfirst if names.get(tail.group(2), lastfirst) == lastfirst else ""
    return {user: name for user, name in names.items() if name}


def moodle_group_key(name: str) -> str:
    """A Moodle group name as its download's entry names and its worksheet's Group column both reduce to."""
    return " ".join(_CLEANED.sub("", name.replace("_", " ")).split()).casefold()


@dataclass(frozen=True)
class Named:
    """What an LMS download's file name tells: the student, the student's own file stem, and when."""

    student: str
    stem: str
    submitted_at: datetime | None = None
    marked_late: bool = False
    judged: bool = False  # the LMS judged its lateness itself (Canvas: "_late" or not), which file times never overrule
    written: str = ""  # the name the LMS wrote (Canvas's <lastfirst>, a group's name for a group submission)


_RECEIPT_NAME = re.compile(r"^Name: .*\(([^()\s]+)\)\s*$", re.MULTILINE)  # "Name: Ann Lee (ann_lee)"
# its Files section: "\tOriginal filename: softmax.py" then "\tFilename: HW 1_ann_attempt_<time>_softmax(1).py"
_RECEIPT_FILE = re.compile(r"^\tOriginal filename: ([^\r\n]+)\r?\n\tFilename: ([^\r\n]+?)\r?$", re.MULTILINE)
RECEIPT_BYTES = 64 * 1024  # of a receipt read: its Files section follows the student's submission text


@dataclass(frozen=True)
class DownloadNames:
    """How to read the LMS download names of one class folder: the time zone of Blackboard's times, and the
    usernames its receipts give ('<assignment>_<username>_attempt_<time>' -> username): the names alone cannot
    tell an underscore of a username ('ann_lee') from one of the assignment's name. Where no receipt tells (an
    instructor deleted them, as cleanup scripts do), the longest roster id holding '_' that the name's
    '<assignment>_<username>' ends with is the username: 'HW 1_ann_lee_attempt_...' is ann_lee's, not lee's."""

    zone: tzinfo = timezone.utc
    receipts: dict[str, str] = field(default_factory=dict)
    originals: dict[str, str] = field(default_factory=dict)  # downloaded file name -> the student's own (receipt)
    listed: tuple[str, ...] = ()  # the roster's ids holding '_', longest first
    by_name: dict[str, str] = field(default_factory=dict)  # a roster name's key (_name_key) -> its one student
    unnamed: frozenset[str] = frozenset()  # Brightspace-named entries whose name is no one student's (told)
    brightspace: bool = False  # some entry has Brightspace's names: its index.html is not a submission
    canvas: dict[str, str] = field(default_factory=dict)  # roster id -> its name as Canvas's names write it
    # some entry is a Canvas name whose first split holds no '_': the folder is Canvas's download, not mlptutor's
    # <id>_<exercise> files, so a sortable name holding '_' is read as Canvas's too (_canvas_first)
    canvas_download: bool = False

    @classmethod
    def of(cls, entries: list[Path], zone: tzinfo, problems: list[str], students: Iterable[Student] = (),
           others: Iterable[str] = ()) -> DownloadNames:
        """The names' reading for `entries` (`students`: the roster's; `others`: the ids of its people not in the class,
        Roster.others, such as Blackboard's preview user 'jsmith_previewuser', whose files are theirs); a receipt whose time zone is not `zone` is
        one line in `problems` (the times of every name would be hours off: the lateness too), as is each name of
        a Brightspace-named entry no one roster student has (`unnamed`: not graded)."""
        students = list(students)
        receipts, originals, zone_told = {}, {}, False
        for entry in entries:
            if not BLACKBOARD_RECEIPT.fullmatch(entry.name):
                continue
            try:
                with open_regular(entry) as handle:
                    text = handle.read(RECEIPT_BYTES).decode("utf-8", errors="replace")
            except OSError:
                continue  # the file names' guess stands
            found = _RECEIPT_NAME.search(text)
            if found and entry.stem.rpartition("_attempt_")[0].endswith("_" + found.group(1)):
                receipts[entry.stem] = found.group(1)
            originals |= _originals(entry.stem, text)
            if not zone_told and (other := _other_zone(entry.stem, text, zone)):
                problems.append(f"{entry.name}: Blackboard's receipt says {other}, the download's times are read in "
                                f"{_zone_name(zone)}; give --lms-time-zone (the Blackboard server's, e.g. "
                                "America/Chicago for CST)")
                zone_told = True
        listed = tuple(sorted(dict.fromkeys(i for i in [*(s.id for s in students), *others] if "_" in i), key=len,
                              reverse=True))
        by_name, unnamed = _brightspace_names(entries, students, problems)
        brightspace = any(_BRIGHTSPACE.fullmatch(entry.stem) for entry in entries)
        # the roster's sortable name, else the <lastfirst> of the user's files whose names have no other reading
        canvas = _canvas_names(entries) | sortable_keys(students)
        canvas_download = any((found := _canvas_readings(entry.stem)) and "_" not in found[-1][0] for entry in entries)
        names = cls(zone, receipts, originals, listed, by_name, unnamed, brightspace, canvas, canvas_download)
        for entry in entries:
            users = [tail.group(2) for _, tail in _canvas_readings(entry.stem)]
            if len(set(users)) > 1 and not names._canvas_listed(entry.stem) and (named := names.owner(entry.stem)):
                others = ", ".join(u for u in users if u != named.student)
                problems.append(f"{entry.name}: Canvas's name could also be read as the file of user {others} (a "
                                f"sortable name holding '_<digits>_<digits>_'); graded as {named.student}'s: give "
                                "Canvas's gradebook export as --roster, whose names tell")
        return names

    def owner(self, stem: str) -> Named | None:
        """What the name of a file an LMS download named tells, else None."""
        if found := _CANVAS_ANONYMOUS.fullmatch(stem):
            return Named(found.group(2), found.group(3), marked_late=bool(found.group(1)), judged=True)
        if named := self._canvas_listed(stem) or self._canvas_first(stem):
            return named
        if found := _BLACKBOARD.fullmatch(stem):
            named = stem[: found.end(1)]  # '<assignment>_<username>'
            student = self.receipts.get(stem[: found.end(2)]) or next(
                (i for i in self.listed if named.endswith("_" + i) and len(named) > len(i) + 1), found.group(1))
            return Named(student, found.group(3), _attempt_time(found.group(2), self.zone).astimezone(timezone.utc))
        if (found := _BRIGHTSPACE.fullmatch(stem)) and (student := self.by_name.get(_name_key(found.group(1)))):
            return Named(student, found.group(6), _brightspace_time(found, self.zone).astimezone(timezone.utc))
        return None


    def _canvas_first(self, stem: str) -> Named | None:
        """The first split of a Canvas name, when its <lastfirst> holds no '_' (which a sortable name seldom has:
        'ann_lee_2024_1_softmax' stays ann_lee_2024_1's file, not Canvas user 2024's) or the folder is Canvas's
        download ("Smith_Jones, Ann" gives 'smith_jonesann_12345_678_softmax': without a roster naming user 12345 it
        was graded as a student 'smith_jonesann_12345_678', whom no export finds); if another name is known for
        its user id, the longest reading no known name contradicts (the first split lies inside the student's own
        name, as "Lee__4242___1___, Ann" gives 'lee_4242_1__ann_101_5551_softmax')."""
        readings = _canvas_readings(stem)
        if not readings or "_" in readings[-1][0] and not self.canvas_download:
            return None
        lastfirst, tail = readings[-1]
        if self.canvas.get(tail.group(2)) in (None, lastfirst):
            return _canvas_named(lastfirst, tail)
        # a group submission is named by its group, not by the member whose user id it bears: the first split
        fits = [(name, tail) for name, tail in readings if self.canvas.get(tail.group(2)) in (None, name)]
        return _canvas_named(*(fits[0] if fits else readings[-1]))

    def _canvas_listed(self, stem: str) -> Named | None:
        """The reading of a Canvas name whose <lastfirst> is the roster's name of its user id, the longest such
        <lastfirst> (a shorter one lies inside the student's own name), else None.

        Canvas keeps a sortable name's '_' and digits (its one pass taking out '_<digits>_' leaves '_4242_1_' of
        '__4242___1___'), so '_<digits>_<digits>_' may stand in <lastfirst> as in the student's own file name:
        'smithbob_4242_1__x_101_5551_softmax' is user 101's (named "Smith, Bob__4242___1___x"), whose first split
        read it as user 4242's (Bob Smith's), joining a file of 101's choosing to his submission."""
        for lastfirst, tail in _canvas_readings(stem) if self.canvas else ():
            if self.canvas.get(tail.group(2)) == lastfirst:
                return _canvas_named(lastfirst, tail)
        return None


def _brightspace_time(found: re.Match, zone: tzinfo) -> datetime:
    """'May 6, 2020', '2', '31', 'PM' in the zone of the download (its hour unpadded: '105 PM' is 1:05, which
    strptime's %I%M reads as 10:05)."""
    hour = int(found.group(3)) % 12 + 12 * (found.group(5) == "PM")
    day = datetime.strptime(found.group(2), "%b %d, %Y")
    return day.replace(hour=hour, minute=int(found.group(4)), tzinfo=zone)


def _name_key(name: str) -> str:
    return " ".join(unicodedata.normalize("NFC", name).split()).casefold()


def _brightspace_names(entries: list[Path], students: list[Student], problems: list[str]):
    """({name key: student id} of the roster's names held by exactly one student, the Brightspace-named entries
    whose name is none of those), and one line per such name (one in all when the roster holds no names, or there is
    none): Brightspace's download names students by name."""
    holders: dict[str, list[str]] = {}
    for student in students:
        for name in {student.name, f"{student.first_name} {student.last_name}"}:
            if name.strip():
                holders.setdefault(_name_key(name), []).append(student.id)
    by_name = {key: ids[0] for key, ids in holders.items() if len(set(ids)) == 1}
    unnamed: dict[str, list[str]] = {}  # name as written -> its entries
    for entry in entries:
        if (found := _BRIGHTSPACE.fullmatch(entry.stem)) and _name_key(found.group(1)) not in by_name:
            unnamed.setdefault(found.group(1), []).append(entry.name)
    files = frozenset(n for named in unnamed.values() for n in named)
    if files and not any(s.first_name or s.last_name or s.name != s.id for s in students):
        # no names to read them by (a line per file said so 200 times): one line
        held = "the roster holds no names" if students else "no roster was given"
        problems.append(f"{min(files)}{f' (and {len(files) - 1} more)' if len(files) > 1 else ''}: Brightspace's "
                        f"download names each student by name alone, and {held}; not graded (give Brightspace's "
                        "grades export, with First Name and Last Name, as --roster)")
        return by_name, files
    for name, named in unnamed.items():
        whose = ("the students " + ", ".join(sorted(set(holders[_name_key(name)]))) if _name_key(name) in holders
                 else "no student of the roster" + _same_last_name(name, students))
        problems.append(f"{named[0]}{f' (and {len(named) - 1} more)' if len(named) > 1 else ''}: Brightspace's "
                        f"download names the student by name alone, and {name!r} is {whose}; not graded (give "
                        "Brightspace's grades export, with First Name and Last Name, as --roster; rename the files "
                        "of two students of one name to <username>_<file>)")
    return by_name, files


def _originals(stem: str, receipt: str) -> dict[str, str]:
    """downloaded file name -> the student's own file name, from a receipt's Files section: only the files of this
    receipt's attempt (its text holds the student's own submission text, which must not rename another's files),
    and only a plain .py/.ipynb name (a path's last part)."""
    found = {}
    for original, downloaded in _RECEIPT_FILE.findall(receipt):
        own = PurePosixPath(original.strip().replace("\\", "/")).name
        if downloaded.startswith(stem + "_") and own.endswith((".py", ".ipynb")) and own.isprintable():
            found[downloaded] = own
    return found


_RECEIPT_ZONE = re.compile(r"^Date Submitted: .*\b([A-Z]{2,5})\s*$", re.MULTILINE)  # "... 2:22:11 PM CST"
_UTC_NAMES = {"UTC", "GMT", "Z"}


def _attempt_time(text: str, zone: tzinfo) -> datetime:
    """A Blackboard attempt time ('2024-03-05-14-22-11') in `zone`."""
    return datetime.strptime(text, "%Y-%m-%d-%H-%M-%S").replace(tzinfo=zone)


def _zone_name(zone: tzinfo) -> str:
    return getattr(zone, "key", None) or str(zone)


def _other_zone(stem: str, receipt: str, zone: tzinfo) -> str | None:
    """The time zone abbreviation a receipt's Date Submitted line gives when `zone` does not give it then."""
    found, when = _RECEIPT_ZONE.search(receipt), _RECEIPT_TIME.search(stem)
    if not found or not when:
        return None
    said = found.group(1)
    ours = _attempt_time(when.group(1), zone).tzname()
    return None if said == ours or {said, ours} <= _UTC_NAMES else said


def last_attempts(entries: list[Path], names: DownloadNames) -> dict[str, datetime]:
    """student -> the time of the last attempt of theirs among Blackboard-named `entries`."""
    last: dict[str, datetime] = {}
    for entry in entries:
        named = names.owner(entry.stem)
        if named and named.submitted_at:
            last[named.student] = max(named.submitted_at, last.get(named.student, named.submitted_at))
    return last


def _same_last_name(name: str, students: list[Student]) -> str:
    """The roster students whose last name ends `name`, for a name no student has: a preferred first name (Brightspace
    shows an administrator's preferred name in place of the legal one, which a roster from elsewhere, or exported
    before, may hold). Named, never matched: two students may share a last name."""
    key = _name_key(name)
    alike = sorted(s.id for s in students if s.last_name.strip() and key.endswith(" " + _name_key(s.last_name)))
    return f" (the roster's {', '.join(alike)} {'has' if len(alike) == 1 else 'have'} that last name)" if alike else ""
