"""Late work: when a submission came in, when it was due, and the instructor's penalty policy.

Submission times: nbgrader's `timestamp.txt` (written by `nbgrader collect` /
the exchange: `2024-03-01 17:05:09.123456 UTC`, or with a zone name such as
`America/Chicago`, or ISO 8601), or on request (`--times-from-files`) the
newest modification time of a plain submission's files. Times without a
zone are UTC, as nbgrader stores them. LMS downloads: Blackboard's file names
carry the attempt's time (grader/bulk/discovery.py); Canvas's mark a late
submission (`_late`) without its time: such a submission is late by an
unknown amount (`submitted_at` None), at least a moment, so `zero` takes its
score and a per-day policy the least it can, one started day.

Penalty policies (`--late-penalty`, none by default):

    none          late work is flagged, never penalised
    zero          a late submission scores 0
    per-day:10%   each started day late costs 10% of the maximum score
    per-day:2     each started day late costs 2 points

A penalty never takes a score below 0.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date, datetime, time, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

DAY = 86400.0
MARKED = 1.0  # seconds late of a submission the LMS marks late without a time: late, under one started day


class LateError(ValueError):
    """A time or policy that cannot be used (the message is one line)."""


def time_zone(name: str) -> tzinfo:
    """The time zone called `name` (UTC, GMT, Z or an IANA name such as Europe/Paris); LateError if unknown."""
    if name.upper() in ("UTC", "GMT", "Z"):
        return timezone.utc
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise LateError(f"unknown time zone {name!r} (write e.g. UTC or Europe/Paris)") from None


def parse_time(text: str, abbreviated: tzinfo | None = None) -> datetime:
    """`text` (nbgrader's timestamp or ISO 8601) as an aware UTC datetime; LateError if unreadable. `abbreviated`:
    the zone whose abbreviations a time may end with (_local)."""
    text = text.strip()
    head, name = _zone_named(text)
    try:
        when = datetime.fromisoformat(head)
    except ValueError:
        raise LateError(f"{text!r} is not a date and time (write e.g. 2024-03-01 17:00:00 UTC)") from None
    if when.tzinfo:
        return as_utc(when, text)
    return as_utc(_local(when, name, abbreviated) if name else when.replace(tzinfo=timezone.utc), text)


def _zone_named(text: str) -> tuple[str, str]:
    """(the date and time of the stripped `text`, the zone name ending it after a space or "")."""
    head, _, last = text.rpartition(" ")
    return (head, last) if head and re.fullmatch(r"[A-Za-z_]+(/[A-Za-z_+-]+)*", last) else (text, "")


def _local(when: datetime, name: str, abbreviated: tzinfo | None) -> datetime:
    """The naive `when` in the zone `name`, or in `abbreviated` when `name` is its abbreviation then: nbgrader's
    exchange writes %Z of its Exchange.timezone ('2024-06-01 17:30:00.123456 CEST', 'CDT', 'IST'), which names no zone
    (CET and EST happen to), and the abbreviation tells which of an hour that comes twice it was."""
    for fold in (0, 1):  # the abbreviation first: 'CET' is a zone too, and the zone's own would take the first hour
        if abbreviated is not None and (local := when.replace(tzinfo=abbreviated, fold=fold)).tzname() == name:
            return local
    try:
        return when.replace(tzinfo=time_zone(name))
    except LateError:
        if abbreviated is None:
            raise
    raise LateError(f"{name!r} names no time zone, and is not the abbreviation of --lms-time-zone {abbreviated} on "
                    f"{when.date()}: nbgrader writes its Exchange.timezone's (nbgrader_config.py); give that zone as "
                    "--lms-time-zone, e.g. Europe/Paris")


# no submission time (a file's, an LMS's, nbgrader's) comes before it: an earlier due date is a mistyped year (0024,
# 0001-01-01), and every submission would be late
EARLIEST_DUE = datetime(1970, 1, 1, tzinfo=timezone.utc)


def due_time(text: str, where: str, zone: tzinfo = timezone.utc) -> datetime:
    """parse_time of the due date `text` found in `where` (--due, a roster's `due`, a gradebook.db); LateError before
    EARLIEST_DUE. A date alone, any ISO form ('2026-12-20', '20261220'), is the end of that day in the zone written
    after it ('2026-12-20 Europe/Paris'), else in the class's time `zone` (--lms-time-zone): 23:59:59 there, late
    after it, as Canvas keeps a due date without a time (11:59 pm in the course's time zone, due_at 23:59:59); its
    00:00 UTC made a whole day's work late, and work of the day before in zones west of UTC. On a day whose 23:59:59
    comes twice (clocks going back at midnight: America/Santiago on 2026-04-04) the later one, the day's end."""
    head, name = _zone_named(text.strip())
    try:
        day = date.fromisoformat(head)
    except ValueError:  # a time too, or no date (2026-02-30): parse_time reads it or says so
        day = None
    end = time(23, 59, 59, fold=1)
    due = as_utc(datetime.combine(day, end, tzinfo=time_zone(name) if name else zone), text) if day \
        else parse_time(text)
    if due < EARLIEST_DUE:
        raise LateError(f"{where}: the due date {text.strip()!r} is before 1970, which would make every submission "
                        "late; write the year in full (e.g. 2024-03-01 17:00)")
    return due


def as_utc(when: datetime, text: str) -> datetime:
    """The aware `when` (read from `text`) in UTC; LateError where UTC leaves datetime's years 1-9999: a student's
    nbgrader timestamp.txt of '9999-12-31 23:59:59-01:00' stopped `mlptutor grade` of the whole class (OverflowError)."""
    try:
        return when.astimezone(timezone.utc)
    except OverflowError:
        raise LateError(f"{text!r} is out of the range of dates") from None


@dataclass(frozen=True)
class Late:
    """When one submission came in and was due (None: unknown), how late it is in seconds (0: on time
    or unknown), the points the policy took and the policy's text (`rule`; "" when not recorded)."""

    submitted_at: datetime | None = None
    due: datetime | None = None
    seconds: float = 0.0
    penalty: float = 0.0
    rule: str = ""

    @classmethod
    def judge(cls, submitted_at: datetime | None, due: datetime | None, policy: Policy,
              score: float, max_score: float, marked_late: bool = False) -> Late:
        """`marked_late`: the LMS's download marks the submission late, which counts when its time is unknown."""
        seconds = MARKED if marked_late and submitted_at is None else lateness(submitted_at, due)
        return cls(submitted_at, due, seconds, policy.penalty(seconds, score, max_score), policy.text)

    @property
    def late(self) -> bool:
        return self.seconds > 0

    @property
    def untimed(self) -> bool:
        """Late by the LMS's mark alone, its time unknown (MARKED)."""
        return self.submitted_at is None and self.seconds == MARKED

    @property
    def days(self) -> int:
        """Started days late (what a per-day policy counts)."""
        return math.ceil(self.seconds / DAY)

    def describe(self) -> str:
        """'3.5 h late' style text, or '' when on time."""
        if not self.late:
            return ""
        if self.untimed:
            return "late (the LMS marks it; its time is unknown)"
        hours = self.seconds / 3600
        return f"{hours / 24:.1f} days late" if hours >= 48 else f"{hours:.1f} h late"

    def rule_text(self) -> str:
        """The recorded policy and its meaning ('per-day:10% (each started day late costs ...)'); '' if none."""
        if not self.rule:
            return ""
        try:
            return f"{self.rule} ({Policy.parse(self.rule).describe()})"
        except LateError:  # a gradebook edited by hand: the text as it is
            return self.rule


@dataclass(frozen=True)
class Policy:
    """A late-penalty policy (module docstring)."""

    text: str = "none"
    kind: str = "none"  # none, zero, percent, points
    per_day: float = 0.0

    @classmethod
    def parse(cls, text: str | None) -> Policy:
        text = (text or "none").strip().lower()
        if text in ("none", "zero"):
            return cls(text, text)
        match = re.fullmatch(r"per-day:(\d+(?:\.\d+)?)(%?)", text)
        if not match:
            raise LateError(f"late penalty {text!r}: write none, zero, per-day:10% or per-day:2 (points)")
        return cls(text, "percent" if match.group(2) else "points", float(match.group(1)))

    def describe(self) -> str:
        """The policy in words ('each started day late costs 10% of the maximum score')."""
        if self.kind in ("percent", "points"):
            cost = f"{self.per_day:g}% of the maximum score" if self.kind == "percent" else f"{self.per_day:g} points"
            return f"each started day late costs {cost}"
        return "a late submission scores 0" if self.kind == "zero" else "late work is flagged, never penalised"

    def penalty(self, seconds: float, score: float, max_score: float) -> float:
        """Points taken from `score` for a submission `seconds` late."""
        if seconds <= 0 or self.kind == "none":
            return 0.0
        if self.kind == "zero":
            return score
        days = Late(seconds=seconds).days
        per_day = self.per_day * max_score / 100 if self.kind == "percent" else self.per_day
        return round(min(score, days * per_day), 6)


# Month names of the languages whose Moodle grading worksheet is read (mlptutor/lms_rosters.py), lower case
_MONTHS = {name: number for names in (
    "january february march april may june july august september october november december",
    "januar februar märz april mai juni juli august september oktober november dezember",
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
) for number, name in enumerate(names.split(), start=1)} | {"setiembre": 9}
# Moodle's userdate with its strftimedaydatetime: "Tuesday, 5 March 2024, 2:22 PM" (en), "Dienstag, 5. März 2024,
# 14:22" (de), "mardi 5 mars 2024, 14:22" (fr), "martes, 5 de marzo de 2024, 14:22" (es)
_MOODLE_TIME = re.compile(r"(?:\w+,?\s+)?(\d{1,2})\.?\s+(?:de\s+)?(\w+)\s+(?:de\s+)?(\d{4}),?\s+(\d{1,2}):(\d{2})"
                          r"(?::(\d{2}))?\s*([AaPp]\.?\s?[Mm]\.?)?")


def moodle_time(text: str, zone: tzinfo) -> datetime | None:
    """A time as Moodle's worksheet writes it, in `zone` (the teacher's time zone), as UTC; None for Moodle's
    '-' (none); LateError when it is not one."""
    if text.strip() in ("", "-"):
        return None
    found = _MOODLE_TIME.fullmatch(text.strip())
    month = _MONTHS.get(found.group(2).lower()) if found else None
    if not found or not month:
        raise LateError(f"{text!r} is not a Moodle date and time in English, German, French or Spanish "
                        "(as 'Tuesday, 5 March 2024, 2:22 PM')")
    day, year, hour, minute = (int(found.group(i)) for i in (1, 3, 4, 5))
    if half := (found.group(7) or "").lower()[:1]:
        hour = hour % 12 + (12 if half == "p" else 0)
    try:
        local = datetime(year, month, day, hour, minute, int(found.group(6) or 0), tzinfo=zone)
    except ValueError as exc:
        raise LateError(f"{text!r}: {exc}") from None
    return as_utc(local, text)


def utc_text(moment: datetime) -> str:
    """'2024-03-01 17:00 UTC'; a year before 1000 with its four digits too (a student's timestamp.txt may say
    0001-01-01), which strftime's %Y leaves out ('1-01-01')."""
    return moment.astimezone(timezone.utc).replace(tzinfo=None).isoformat(" ", "minutes") + " UTC"


def lateness(submitted_at: datetime | None, due: datetime | None) -> float:
    """Seconds past `due` (0 when on time, or when either time is unknown)."""
    if submitted_at is None or due is None:
        return 0.0
    return max(0.0, (submitted_at - due).total_seconds())
