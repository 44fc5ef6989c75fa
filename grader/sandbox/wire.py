"""The frame protocol between the trusted grader and a sandboxed child: frames, messages, plain values.

This file is shipped as source into the sandbox (the child encodes results
with it) and imported normally on the trusted side (which decodes them), so
it imports only the standard library, and numpy when an array or numpy scalar
first crosses (numpy()): SymPy's companion, whose jobs carry formula texts, boots
without it.

Frame:   4-byte big-endian length n (n <= MAX_FRAME_BYTES), then n bytes.
Message: one frame holding a UTF-8 JSON object with "arrays": [[group, start, shape], ...]
         and "blobs": k, then k frames, each a complete .npy file holding one flat
         array (a group): the message's arrays of one dtype, one after another in
         C order. Row i of the table is array i: `shape` taken from element `start`
         of group number `group`. The grader's requests to a child hold REQUEST_TAG
         and marshal data instead of JSON (request_message): only the child reads them.
Records: calls (CALL, grader -> child) and outcomes (OUTCOME, child -> grader), named fields sent as
         columns of a message's header (see Record); Reporter says how outcomes are batched.
Value:   JSON scalars (None, bool, int, float, str) stand for themselves, a JSON
         object for a dict with str keys; every other value is a JSON list tagged
         by its first item: [i] an ndarray (row i of the table), ["l", ...] a list,
         ["t", ...] a tuple, ["s", descr, number] a numpy scalar of dtype descr (bool,
         int, uint or float of up to 8 bytes: "<f4" is np.float32, so the receiver
         tells it from a float), ["f", "TypeName"] a Foreign (["f", "ndarray", kind] an array
         of a dtype that is no numbers, kind being its dtype.kind, one of FOREIGN_KINDS), and in call arguments
         only ["r", [call_id, path]] a Ref, ["g", seed] an RNG.

The decoder trusts nothing: unknown tags, bad array indices, nesting deeper than
MAX_DEPTH, oversized frames, .npy files whose header is not a plain numeric/bool
array of consistent size, table rows outside their group (or overlapping
another row) and numpy scalars of another dtype, or whose number is of the
wrong type or out of the dtype's range, are all a ProtocolError.
"""

import ast
import collections
import importlib
import json
import marshal
import math
import re
import struct
import sys
import time

MAX_FRAME_BYTES = 256 << 20  # one array of 32 M float64: far above any exercise
MAX_HEADER_BYTES = 16 << 20  # the JSON part: big data belongs in .npy blobs
MAX_MESSAGE_BYTES = 512 << 20  # all frames of one message, so a child cannot exhaust the grader's memory
MAX_DEPTH = 64
MAX_DIMS = 32
MAX_ITEMS = 1_000_000  # generators are materialised up to this many items
MAX_VALUES = 10_000  # in one call's result outside its arrays (few_values): a correct submission's largest holds 112
NPY_MAGIC = b"\x93NUMPY"
NUMERIC_KINDS = "biufc"  # bool, signed, unsigned, float, complex
FOREIGN_KINDS = "OSUVMmT"  # objects, bytes, str, records, datetimes, timedeltas, StringDType: arrays sent as Foreign
PROGRESS_BYTES = 4  # shared memory where the child writes the number of the stage it is in (native uint32)
FLUSH_SECONDS = 0.005  # a report at least this often while stages finish, so the grader decodes alongside
FLUSH_BYTES = 1 << 20
TOO_LARGE = "message too large: return arrays rather than long lists, and less data"
REFUSED = "result could not be sent back: "  # the start of the error of a call whose outcome cannot be sent
GLOBAL_DRAW = "numpy.random"  # in an outcome's `drew`: the call drew from np.random's global generator (no name)
# What a message costs the trusted side: its arrays' bytes, and for its JSON text TEXT_FACTOR bytes a
# byte (json.loads of a str holding one astral character peaks at 8 bytes a byte: 4 a character, built
# then copied) plus OBJECT_BYTES per token that can begin an object (',', ':', '[', '{', '"'): it makes
# at most one object per token, none larger than that ('[],' is a 64-byte list for 2 tokens, '"",' a
# 57-byte str for 3). tests/sandbox/test_sandbox_bounds.py measures the worst cases.
TEXT_FACTOR = 12
OBJECT_BYTES = 64
TOKENS = (b",", b":", b"[", b"{", b'"')
# per call stage of a child, kept out of its admitted results for what it must send anyway: a
# refused call's outcome in a report of its own (about 12 KiB of text cost with a full error line), "done"
RESERVE_BYTES, STAGE_RESERVE_BYTES = 64 << 10, 16 << 10
_LENGTH = struct.Struct(">I")
REQUEST_TAG = b"M"  # a request_message's header begins with it (a JSON object begins with "{")
_GROUP_BYTES = MAX_FRAME_BYTES - 1024  # the data of one group: its .npy prelude must fit in the frame too


class ProtocolError(Exception):
    """A frame, message or value that does not follow the protocol.

    From MessageReader.feed, `complete` holds the messages that came whole before the bad one: they
    are still good (a report written before student code forged something must not be lost)."""

    complete: list = []


class TooLarge(ProtocolError):
    """A call's results over the per-call limit, or over what is left of the job's: the call's error says which."""


def text_cost(text) -> int:
    """Upper bound of the memory json.loads makes of `text` (bytes): see OBJECT_BYTES."""
    return TEXT_FACTOR * len(text) + OBJECT_BYTES * sum(text.count(token) for token in TOKENS)


def size_text(nbytes: int) -> str:
    """191 MiB, 16 MiB, 512 KiB: a result size in the unit the limits are set in."""
    if nbytes >= 1 << 20:
        return f"{nbytes / (1 << 20):.3g} MiB"
    return f"{nbytes / 1024:.3g} KiB"


def reserve(stages: int) -> int:
    """Bytes a child with `stages` stages keeps from its budget for refusals and report overheads."""
    return RESERVE_BYTES + STAGE_RESERVE_BYTES * stages


class Budget:
    """Trusted side: the cost (see text_cost) of results the grader still accepts from one job.

    Checked against each frame's declared size before the frame is read, so a child cannot make
    the grader hold more than `limit` bytes of its results, whatever it writes."""

    def __init__(self, limit: int):
        self.limit = limit
        self.left = limit

    def take(self, cost: int) -> None:
        if cost > self.left:
            raise ProtocolError(f"results over the job's limit of {size_text(self.limit)}")
        self.left -= cost


class Foreign:
    """A returned value that is not plain data, known only by its type name; an ndarray of objects, text,
    dates or records also by its dtype's kind (one of FOREIGN_KINDS), so that a message can say what it holds."""

    __slots__ = ("type_name", "dtype_kind")

    def __init__(self, type_name: str, dtype_kind: str | None = None):
        self.type_name, self.dtype_kind = type_name, dtype_kind

    def __eq__(self, other):
        return type(other) is Foreign and (other.type_name, other.dtype_kind) == (self.type_name, self.dtype_kind)

    def __hash__(self):
        return hash(("Foreign", self.type_name, self.dtype_kind))

    def __repr__(self):
        return f"Foreign({self.type_name!r})" if self.dtype_kind is None else \
            f"Foreign({self.type_name!r}, {self.dtype_kind!r})"


# --- frames and messages -------------------------------------------------------------


def frame(payload: bytes) -> bytes:
    """Length-prefixed frame of `payload`."""
    return _length(len(payload)) + payload


def _length(size: int) -> bytes:
    if size > MAX_FRAME_BYTES:
        raise ProtocolError(f"frame of {size} bytes exceeds {MAX_FRAME_BYTES}")
    return _LENGTH.pack(size)


def message(header: dict, arrays: list) -> bytes:
    """One message: the JSON header (with its array table and blob count) and the groups of `arrays`, framed."""
    table, groups = pack_arrays(arrays)
    return packed_message(_JSON.encode({**header, "arrays": table, "blobs": len(groups)}).encode(), groups)


def request_message(header: dict, arrays: list) -> bytes:
    """A message of the trusted grader to a child: as message(), its header REQUEST_TAG and marshal data.

    The child trusts its grader, and marshal is faster both ways than JSON (a submission's calls message:
    encoded in 0.10 ms instead of 0.56, its header decoded in 0.30 instead of 0.54; CPU, in-process, min of
    200 repeats). Only a reader without a Budget, the child's, reads one: marshal is no parser of hostile data."""
    table, groups = pack_arrays(arrays)
    return packed_message(REQUEST_TAG + marshal.dumps({**header, "arrays": table, "blobs": len(groups)}), groups)


def packed_message(head: bytes, groups: list) -> bytes:
    """One message from its JSON header, already encoded with the table and blob count of `groups` (see pack).

    Each group becomes one .npy frame; the arrays' data is copied once, into the message."""
    parts = [_length(len(head)), head]
    total = len(head)
    for group in groups:
        prelude = _prelude(group.descr, group.size)
        parts += (_length(len(prelude) + group.nbytes), prelude, *group.parts)
        total += len(prelude) + group.nbytes
    if len(head) > MAX_HEADER_BYTES or total > MAX_MESSAGE_BYTES:
        raise ProtocolError(TOO_LARGE)
    return b"".join(parts)


class Arrays:
    """The arrays of one value tree (or of several), numbered from 0 in order of first use.

    An array object used again keeps its number, so it travels once."""

    __slots__ = ("items", "_numbers")

    def __init__(self):
        self.items: list = []
        self._numbers: dict = {}  # id -> number; `items` keeps each array alive, so no id is reused meanwhile

    def add(self, array) -> int:
        number = self._numbers.get(id(array))
        if number is None:
            number = self._numbers[id(array)] = len(self.items)
            self.items.append(array)
        return number


class _Group:
    """Arrays of one dtype that travel as one flat .npy blob, number `number` of its message."""

    __slots__ = ("descr", "number", "parts", "size", "nbytes")

    def __init__(self, descr: str, number: int):
        self.descr, self.number, self.parts, self.size, self.nbytes = descr, number, [], 0, 0


def pack_arrays(arrays: list) -> tuple[list, list]:
    """(table, groups) of `arrays`: row i of the table, [group, start, shape], says where array i lies.

    A dtype's arrays go into one group, a new one whenever the group would outgrow a frame."""
    # groups found by the dtype object, rows holding the shape tuple (JSON writes it as a list): an array's
    # dtype.str and list(shape) are built afresh each time (a submission's 729 argument arrays: 0.45 -> 0.21 ms
    # of CPU, in-process, min of 40 alternating repeats; its calls message 0.76 -> 0.49 ms)
    table, groups, current = [], [], {}
    for array in arrays:
        if not array.flags.c_contiguous:
            array = np.ascontiguousarray(array)  # Fortran order comes back as C order: values are what matter
        if not array.dtype.isnative:  # and a big-endian float64 as float64 (it was "dtype >f8, expected float64")
            array = array.astype(array.dtype.newbyteorder("="))
        dtype, nbytes = array.dtype, array.nbytes
        if not nbytes and any(n > MAX_FRAME_BYTES for n in array.shape):  # an empty array's sizes bound nothing
            raise TooLarge(f"an empty array of shape {array.shape} has a dimension over {MAX_FRAME_BYTES:,}: "
                           "return an array of the shape the docstring gives")
        group = current.get(dtype)
        if group is None or group.nbytes + nbytes > _GROUP_BYTES:
            if nbytes > _GROUP_BYTES:
                raise ProtocolError(TOO_LARGE)
            group = current[dtype] = _Group(dtype.str, len(groups))
            groups.append(group)
        table.append([group.number, group.size, array.shape])
        group.parts.append(array)
        group.size += array.size
        group.nbytes += nbytes
    return table, groups


def unpack_arrays(table, blobs: list) -> list:
    """The arrays of a message: views of its groups, once every row of `table` is checked.

    Rows of one group must lie in order without overlapping, so no two arrays share memory."""
    groups = [load_npy(blob) for blob in blobs]
    if any(group.ndim != 1 for group in groups):
        raise ProtocolError("a blob of the message is not a flat array")
    if type(table) is not list:
        raise ProtocolError("message header lacks an array table")
    sizes = [len(group) for group in groups]
    ends = [0] * len(groups)  # where the last row of each group ended
    arrays = []
    for row in table:
        if type(row) is not list or len(row) != 3:
            raise ProtocolError("array table row is not [group, start, shape]")
        number, start, shape = row
        if (type(number) is not int or not 0 <= number < len(groups) or type(start) is not int
                or (type(shape) is not list and type(shape) is not tuple) or len(shape) > MAX_DIMS):
            raise ProtocolError("array table row has fields of the wrong types or sizes")
        for n in shape:  # a loop, not any(): a generator per row would cost more than the row
            if type(n) is not int or not 0 <= n <= MAX_FRAME_BYTES:
                raise ProtocolError("array table row has fields of the wrong types or sizes")
        end = start + math.prod(shape)
        if start < ends[number] or end > sizes[number]:
            raise ProtocolError(f"array table row [{number}, {start}, ...] lies outside its group or overlaps another")
        ends[number] = end
        view = groups[number][start:end]
        arrays.append(view if len(shape) == 1 else view.reshape(shape))  # a third of them are flat
    return arrays


class MessageReader:
    """Incremental parser: feed() bytes as they arrive, get back complete (header, arrays) pairs.

    Blobs are received into bytearrays, so the arrays are writable views of them (see unpack). With a
    Budget (the trusted side, reading a child) a header is JSON alone; without one (the child, reading
    its grader) it may be a request_message's marshal data too.
    """

    def __init__(self, budget: Budget | None = None):
        self.budget = budget  # charged per frame before it is read (trusted side), or None (child side)
        self._buffer = bytearray()
        self._start = 0  # of the next frame in _buffer; what is before it is dropped once per feed()
        self._header = None
        self._blobs = []
        self._size = 0  # bytes of the message being read

    def feed(self, data: bytes) -> list:
        self._buffer += data
        done = []
        try:
            while (payload := self._next_frame()) is not None:
                if self._header is None:
                    if self.budget is not None:  # the objects its JSON makes, beyond the bytes taken already
                        self.budget.take(text_cost(payload) - len(payload))
                    self._header = _parse_header(payload, requests=self.budget is None)
                else:
                    self._blobs.append(payload)
                if len(self._blobs) == self._header["blobs"]:
                    done.append((self._header, unpack_arrays(self._header.get("arrays"), self._blobs)))
                    self._header, self._blobs, self._size = None, [], 0
        except ProtocolError as exc:
            exc.complete = done
            raise
        finally:
            del self._buffer[: self._start]  # once, not per frame: a batch holds hundreds of frames
            self._start = 0
        return done

    @property
    def pending(self) -> bool:
        """True while a frame or message has started but not finished."""
        return bool(self._buffer) or self._header is not None

    def _next_frame(self):
        start = self._start
        if len(self._buffer) - start < 4:
            return None
        (size,) = _LENGTH.unpack_from(self._buffer, start)
        limit = MAX_FRAME_BYTES if self._header is not None else MAX_HEADER_BYTES
        if size > limit or self._size + size > MAX_MESSAGE_BYTES:
            raise ProtocolError(f"frame claims {size} bytes, more than the {limit} allowed")
        if len(self._buffer) - start - 4 < size:
            if self.budget is not None and size > self.budget.left:  # before holding more of it
                self.budget.take(size)
            return None
        if self.budget is not None:
            self.budget.take(size)
        self._start = start + 4 + size
        self._size += size
        return self._buffer[start + 4 : self._start]


# a JSON escape: a surrogate pair, a lone surrogate (group 1), or any other (matched whole, so an escaped backslash
# followed by "ud800" is no escape of a surrogate)
_ESCAPE = re.compile(r"\\u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}|\\(u[dD][89a-fA-F][0-9a-fA-F]{2})|\\.")


def _without_lone_surrogates(text: str) -> str:
    """JSON `text` whose lone surrogate escapes decode as their visible text ("\\udcff"): a str holding one
    (`raise ValueError("\\udcff")` in student code) can be neither written to a file nor stored in SQLite, and
    stopped `mlptutor grade` for the whole class. Pairs (an emoji) stay."""
    if "\\ud" not in text and "\\uD" not in text:  # most headers: two searches, no regex
        return text
    return _ESCAPE.sub(lambda m: "\\\\" + m[1] if m[1] else m[0], text)


def _parse_header(payload: bytes, requests: bool = False) -> dict:
    try:
        if requests and payload[:1] == REQUEST_TAG:
            header = marshal.loads(memoryview(payload)[1:])
        else:
            header = json.loads(_without_lone_surrogates(payload.decode("utf-8")))
    except (UnicodeDecodeError, ValueError, RecursionError, EOFError, TypeError) as exc:
        raise ProtocolError(f"message header is not JSON ({type(exc).__name__})") from None
    if type(header) is not dict or type(header.get("blobs")) is not int or not 0 <= header["blobs"] <= 100_000:
        raise ProtocolError("message header lacks a valid blob count")
    return header


# --- .npy blobs ----------------------------------------------------------------------


# The header numpy writes (and _prelude too): keys sorted, repr() values, padded with spaces.
# Headers of any other form go through the slower literal_eval check, which explains what is wrong.
_NPY_HEADER = re.compile(rb"\{'descr': '([^'\\]{1,32})', 'fortran_order': (True|False), "
                         rb"'shape': \((|\d{1,19},|\d{1,19}(?:, \d{1,19}){1,31})\)(?:, )?\} *\n")
_dtypes: dict = {}  # descr -> checked dtype; only a few distinct ones ever occur
# no check for cycles: encode() builds every tree afresh, nested at most MAX_DEPTH deep, and the headers are the
# harness's own; the check kept a dict entry per list (the JSON of a submission's calls message: 0.94 -> 0.65 ms)
_JSON = json.JSONEncoder(separators=(",", ":"), check_circular=False)


def _prelude(descr: str, size: int) -> bytes:
    """Magic, version 1.0 and header of a .npy file holding `size` items of dtype `descr` in one flat array."""
    text = f"{{'descr': {descr!r}, 'fortran_order': False, 'shape': ({size},), }}".encode("latin1")
    pad = -(len(text) + 11) % 64  # numpy aligns the data to 64 bytes: 10 bytes of prelude, a newline
    return b"".join((NPY_MAGIC, b"\x01\x00", struct.pack("<H", len(text) + pad + 1), text, b" " * pad, b"\n"))


def load_npy(data):
    """Array from .npy bytes, after checking the header: numeric/bool dtype, size matching the data.

    The array is a view of `data` when that is a bytearray (as MessageReader gives), else a copy.
    """
    if not data.startswith(NPY_MAGIC) or len(data) < 10:
        raise ProtocolError("blob is not a .npy file (bad magic)")
    major = data[6]
    if major == 1:
        (length,), start = struct.unpack_from("<H", data, 8), 10
    elif major in (2, 3) and len(data) >= 12:
        (length,), start = struct.unpack_from("<I", data, 8), 12
    else:
        raise ProtocolError(f".npy version {major} not supported")
    if length > 65536 or start + length > len(data):
        raise ProtocolError(".npy header length is out of range")
    match = _NPY_HEADER.fullmatch(data, start, start + length)
    if match:
        descr, fortran, sizes = match.groups()
        shape = tuple(int(n) for n in sizes.split(b",") if n)
        dtype, fortran = _dtype(descr.decode()), fortran == b"True"
    else:
        shape, dtype, fortran = _check_header(bytes(data[start : start + length]))
    offset = start + length
    count = math.prod(shape)
    if count * dtype.itemsize != len(data) - offset:
        raise ProtocolError(f".npy data size does not match shape {shape} and dtype {dtype}")
    array = numpy().frombuffer(data, dtype, count, offset)
    array = array.reshape(shape[::-1]).T if fortran else array.reshape(shape)
    return array if array.flags.writeable else array.copy()


def _check_header(raw: bytes):
    """(shape, dtype, fortran_order) of a header in any literal form, or a ProtocolError saying what is wrong."""
    try:
        header = ast.literal_eval(raw.decode("latin1"))
    except (ValueError, SyntaxError, MemoryError, RecursionError):
        raise ProtocolError(".npy header is not a Python literal") from None
    if type(header) is not dict or set(header) != {"descr", "fortran_order", "shape"}:
        raise ProtocolError(".npy header must have exactly descr, fortran_order, shape")
    shape, descr = header["shape"], header["descr"]
    if type(shape) is not tuple or len(shape) > 32 or any(type(n) is not int or n < 0 for n in shape):
        raise ProtocolError(f".npy shape {shape!r} is not a tuple of sizes")
    if type(header["fortran_order"]) is not bool or type(descr) is not str:
        raise ProtocolError(".npy header fields have the wrong types")
    return shape, _dtype(descr), header["fortran_order"]


def _dtype(descr: str):
    dtype = _dtypes.get(descr)
    if dtype is not None:
        return dtype
    try:
        dtype = numpy().dtype(descr)
    except (TypeError, ValueError):
        raise ProtocolError(f".npy dtype {descr!r} is not understood") from None
    if dtype.kind not in NUMERIC_KINDS or dtype.fields is not None or dtype.subdtype is not None:
        raise ProtocolError(f".npy dtype {descr!r} is not a plain numeric or bool dtype")
    if len(_dtypes) < 256:
        _dtypes[descr] = dtype
    return dtype


# --- values --------------------------------------------------------------------------

# a set: `type in` a tuple compares the type with each by ==, 0.19 us for an ndarray's, 0.05 in a set (a
# submission's 381 calls: encoding their arguments 0.88 -> 0.79 ms, decoding them in the child 0.82 -> 0.73,
# the outcomes 0.20 -> 0.16)
SCALARS = frozenset((type(None), bool, int, float, str))
_CONTAINER_TAGS = {list: "l", tuple: "t"}
# numpy scalar type -> its dtype's descr, exact types only (a subclass is Foreign); longdouble (16 bytes)
# and complex are Foreign too: their numbers are no JSON number. Filled by numpy().
_SCALAR_DESCRS: dict = {}
_SCALAR_ENTRIES: dict = {}  # descr -> _scalar_entry
# numpy, its ndarray and Generator, bound by numpy(); until then None, and `type(x) is ndarray` is false for every
# x: no object is an array while numpy is not imported. SymPy's companion never imports it: numpy and numpy.random
# were 90-110 ms of CPU of its ~320 ms boot, on the critical path of a first `mlptutor check` (2026-12-05)
np = ndarray = Generator = None


def numpy():
    """numpy, imported if it is not yet, with this module's tables of its types."""
    global np, ndarray, Generator
    if np is None:
        module = importlib.import_module("numpy")
        _SCALAR_DESCRS.update({kind: module.dtype(kind).str for kind in set(module.sctypeDict.values())
                               if module.dtype(kind).kind in "biuf" and module.dtype(kind).itemsize <= 8})
        _SCALAR_ENTRIES.update({descr: _scalar_entry(module, module.dtype(descr))
                                for descr in set(_SCALAR_DESCRS.values())})
        ndarray, Generator = module.ndarray, importlib.import_module("numpy.random").Generator
        np = module  # last: another thread sees np bound only with the tables filled
    return np


def numpy_if_imported():
    """numpy() once numpy is imported (by a preload or by a job's code), else None: the check before values are
    encoded, which are no arrays or numpy scalars while it is not."""
    return np if np is not None or "numpy" not in sys.modules else numpy()


def _scalar_entry(np, dtype) -> tuple:
    """(numpy type, JSON number type, lowest, highest) of a scalar descr: what decode() accepts."""
    if dtype.kind == "b":
        return dtype.type, bool, False, True
    if dtype.kind == "f":
        return dtype.type, float, -float(np.finfo(dtype).max), float(np.finfo(dtype).max)
    return dtype.type, int, int(np.iinfo(dtype).min), int(np.iinfo(dtype).max)


def encode(value, arrays: Arrays, strict: bool, depth: int = 0):
    """JSON-able tree of `value`, its arrays numbered by `arrays`.

    strict=True (trusted side, call arguments) raises TypeError on anything
    that is not plain data; strict=False (child side, results) turns it into
    Foreign(type name) and materialises generators and iterators to lists.
    """
    kind = type(value)
    if kind in SCALARS:
        return value
    if depth >= MAX_DEPTH:
        return _foreign(value, strict, "nested too deeply")
    if kind is ndarray and value.dtype.kind in NUMERIC_KINDS and value.dtype.fields is None:
        return [arrays.add(value)]  # checked before containers: arrays are most of the values
    # a container's scalar items and arrays are encoded inline: a call per item would cost more than the item
    # (a submission's 373 calls' arguments, 207 dicts of parameters among them: 1.17 -> 1.03 ms)
    tag = _CONTAINER_TAGS.get(kind)
    if tag is not None:
        tree = [tag]
        inline = depth + 1 < MAX_DEPTH
        for v in value:
            item = type(v)
            if item in SCALARS:
                tree.append(v)
            elif item is ndarray and inline and v.dtype.kind in NUMERIC_KINDS and v.dtype.fields is None:
                tree.append([arrays.add(v)])
            else:
                tree.append(encode(v, arrays, strict, depth + 1))
        return tree
    if kind is dict and _str_keys(value):
        tree = {}
        inline = depth + 1 < MAX_DEPTH
        for k, v in value.items():
            item = type(v)
            if item in SCALARS:
                tree[k] = v
            elif item is ndarray and inline and v.dtype.kind in NUMERIC_KINDS and v.dtype.fields is None:
                tree[k] = [arrays.add(v)]
            else:
                tree[k] = encode(v, arrays, strict, depth + 1)
        return tree
    descr = _SCALAR_DESCRS.get(kind)
    if descr is not None:  # tagged with its dtype: np.float32(0.5) must not come back as the float 0.5
        return ["s", descr, value.item()]
    if not strict and (plain := _plain_container(value, kind)) is not None:
        return encode(plain, arrays, strict, depth)
    marker = getattr(value, "wire_marker", None)
    if strict and callable(marker) and kind.__module__.startswith("mlptutor.grader.sandbox"):
        return marker()
    if not strict and callable(getattr(kind, "__next__", None)):
        return encode(_take(value), arrays, strict, depth)
    if kind is ndarray and not strict:  # np.array([1.0, None]): no numbers to send, but its dtype's kind says why
        return ["f", "ndarray", value.dtype.kind]
    return _foreign(value, strict, "not plain data")


def few_values(tree) -> None:
    """TooLarge when the lists and dicts of the tree made by encode() hold more than MAX_VALUES items together
    (numbers, str, None, containers, tags, arrays), counted without recursion up to just past it: what the trusted
    side's decoding, comparing and explaining of a result costs grows with them, not with its bytes (activations.py
    returning 1,900 floats nested in lists from each function took 3.6 s of the grader's CPU instead of 0.5, 64,000
    took 14 s; red23). Checked by the child before sending and by the trusted side before decoding."""
    # only lists ("l"), tuples ("t") and dicts are walked, as decode() walks them: a numpy scalar's ["s", descr, x]
    # or a Foreign's ["f", ...] is one value (walked, an np.float64 counted 4: 2,600 of them were refused)
    count, todo = 0, [tree] if type(tree) is list or type(tree) is dict else []
    while todo:
        node = todo.pop()
        count += len(node)
        if count > MAX_VALUES:
            raise TooLarge(f"it holds more than {MAX_VALUES:,} numbers, strings and containers outside arrays; the "
                           f"limit is {MAX_VALUES:,} per call: return numpy arrays")
        # an array's [row] is counted as an item and not walked (a tuple of arrays: one pass, not one per array)
        todo += [v for v in (node.values() if type(node) is dict else node)
                 if type(v) is dict or (type(v) is list and v and (v[0] == "l" or v[0] == "t"))]


def _plain_container(value, kind: type):
    """A result's namedtuple, OrderedDict or defaultdict as the plain tuple, list or dict it is (what the docstring's
    (A, W, b) or dict of gradients asks for), read through the base type's own methods: a subclass's __iter__ or
    items may be rigged, the storage they hide is not. None for anything else (issubclass reads the real type), a
    plain dict too (one with other keys than str, which no reading makes plain)."""
    if kind is dict:
        return None
    if issubclass(kind, tuple):
        return tuple(tuple.__iter__(value))
    if issubclass(kind, list):
        return list(list.__iter__(value))
    if issubclass(kind, dict):
        return dict(dict.items(value))
    return None


def _str_keys(value: dict) -> bool:
    for key in value:  # a loop, not all(): the generator would cost more than a dict of parameters' keys
        if type(key) is not str:
            return False
    return True


def _take(iterator) -> list:
    items = []
    for item in iterator:
        if len(items) >= MAX_ITEMS:
            break
        items.append(item)
    return items


def _foreign(value, strict: bool, why: str):
    name = type(value).__name__
    name = name if type(name) is str else "object"  # a metaclass may rig __name__
    if strict:
        raise TypeError(f"{name} is {why}: call arguments must be arrays, numbers, str, None, list, tuple or dict")
    return ["f", name[:100]]


def decode(tree, arrays: list, markers=None, copy: bool = False, depth: int = 0):
    """Value of a tree made by encode(), its arrays from `arrays` (as unpack gives them).

    `markers(tag, payload)` resolves "r" (Ref) and "g" (RNG) (child side only); copy=True (child side)
    makes every array its own copy, so no two arguments share memory even when the grader sent one
    array once."""
    kind = type(tree)
    if kind in SCALARS:
        return tree
    # encode() leaves a Foreign at MAX_DEPTH for what lies deeper (a list holding itself): that leaf only
    if depth >= MAX_DEPTH and (depth > MAX_DEPTH or kind is not list or tree[:1] != ["f"]):
        raise ProtocolError(f"value nested deeper than {MAX_DEPTH}")
    # a container's scalars and arrays are decoded inline, as encode() writes them: a call per item would cost
    # more than the item (a submission's 381 calls' arguments in the child, 846 arrays: 1.06 -> 0.79 ms; its
    # outcomes in the grader 0.30 -> 0.20 ms; CPU, in-process, min of 40 alternating repeats)
    inline = depth + 1 < MAX_DEPTH
    if kind is dict:  # JSON object keys are always str
        value = {}
        for k, v in tree.items():
            item = type(v)
            if item in SCALARS:
                value[k] = v
            elif inline and item is list and len(v) == 1 and type(i := v[0]) is int and 0 <= i < len(arrays):
                value[k] = arrays[i].copy() if copy else arrays[i]
            else:
                value[k] = decode(v, arrays, markers, copy, depth + 1)
        return value
    if kind is not list or not tree:
        raise ProtocolError("value is not a tagged list")
    tag = tree[0]
    if type(tag) is int:  # [i]: row i of the table
        if len(tree) == 1 and 0 <= tag < len(arrays):
            return arrays[tag].copy() if copy else arrays[tag]
    elif tag == "t" or tag == "l":
        items = []
        for v in tree[1:]:
            item = type(v)
            if item in SCALARS:
                items.append(v)
            elif inline and item is list and len(v) == 1 and type(i := v[0]) is int and 0 <= i < len(arrays):
                items.append(arrays[i].copy() if copy else arrays[i])
            else:
                items.append(decode(v, arrays, markers, copy, depth + 1))
        return tuple(items) if tag == "t" else items
    elif tag == "s" and len(tree) == 3:
        return _scalar(tree[1], tree[2])
    elif tag == "f" and len(tree) == 2 and type(tree[1]) is str:
        # one line: type("a\nok value 2/2", ...) is a class too, and its name is worded into messages
        return Foreign(" ".join(tree[1][:100].split()))
    elif tag == "f" and tree[1:2] == ["ndarray"] and len(tree) == 3 and type(tree[2]) is str and len(tree[2]) == 1 \
            and tree[2] in FOREIGN_KINDS:
        return Foreign("ndarray", tree[2])
    elif (tag == "r" or tag == "g") and len(tree) == 2 and markers is not None:
        return markers(tag, tree[1])
    name = tag if type(tag) is str else type(tag).__name__  # a nested list would be costly to print
    raise ProtocolError(f"bad value tag {name[:20]!r}")


def _scalar(descr, number):
    """The numpy scalar of ["s", descr, number]: a descr encode() makes, a number of its kind and range."""
    if np is None:
        numpy()
    entry = _SCALAR_ENTRIES.get(descr) if type(descr) is str else None
    if entry is not None:
        make, kind, lowest, highest = entry
        # inf and NaN are floats of every float dtype; a finite number beyond float32's range is forged
        if type(number) is kind and (lowest <= number <= highest or (kind is float and not math.isfinite(number))):
            return make(number)
    name = descr if type(descr) is str else type(descr).__name__
    raise ProtocolError(f"bad numpy scalar of dtype {name[:20]!r}: its number is not of that dtype's kind and range")


# --- records: calls (grader -> child) and outcomes (child -> grader) ------------------


class Record:
    """A kind of record on the wire: named fields, in order, each documented where the record is defined.

    A message carries a batch of records as columns, {field: [its value in record 1, record 2, ...]}, so
    a field's name travels once per message, not once per record. `columns` is the one encoder and
    `rows` the one decoder: it checks the shape (exactly these fields, each a list of as many items) and
    gives named tuples; what each field's value may be is checked by the receiver, which knows why."""

    def __init__(self, name: str, fields: dict, defaults: tuple = ()):
        self.fields = tuple(fields)
        self.type = collections.namedtuple(name, self.fields, defaults=defaults)  # of the last fields
        self.type.__doc__ = "; ".join(f"{field}: {text}" for field, text in fields.items())

    def columns(self, rows: list) -> dict:
        """The columns of `rows` (tuples of this record's fields, in order)."""
        if not rows:
            return {field: [] for field in self.fields}
        return dict(zip(self.fields, map(list, zip(*rows))))

    def rows(self, columns, count: int | None = None) -> list:
        """The records of `columns`, as named tuples; ProtocolError unless they are `count` (if given) of this shape."""
        if type(columns) is not dict or columns.keys() != set(self.fields):
            raise ProtocolError(f"{self.type.__name__} columns are not exactly {', '.join(self.fields)}")
        lists = [columns[field] for field in self.fields]
        if any(type(column) is not list for column in lists):
            raise ProtocolError(f"{self.type.__name__} columns are not lists")
        count = len(lists[0]) if count is None else count
        if any(len(column) != count for column in lists):
            raise ProtocolError(f"{self.type.__name__} columns are not lists of {count} items")
        return list(map(self.type._make, zip(*lists)))


CALL = Record("CallRecord", {
    "id": "the call's id, unique within the job",
    "module": "the student's module (file name without .py) the function is taken from",
    "function": "the function's name",
    "args": "the positional arguments: a value tree of a tuple (may hold Ref and RNG markers)",
    "kwargs": "the keyword arguments: a value tree of a dict (may hold Ref and RNG markers)",
    "pick": "the path of the part of the result sent back ([0]: result[0]), or null for all of it",
    "refills": "the id of an earlier call whose very argument objects this call gets, refilled in place with its "
               "own values (calls.Call.refills), or null",
}, defaults=(None,))

OUTCOME = Record("OutcomeRecord", {
    "id": "the call's id",
    "status": "ok, error, not_implemented, missing_function or module_error",
    "value": "what the call returned (the part its pick names): a value tree, Foreign for what is not plain data",
    "error": "one line saying what went wrong, or empty",
    "seconds": "the call's own time, float",
    "changed": "the arguments the call left different from what was sent: 0-based positions and keyword names",
    "warnings": "the RuntimeWarning lines the call raised, a few distinct ones",
    "returned": "the arguments (0-based positions, keyword names) whose very object (list, dict or array) the "
                "result holds, itself or inside a tuple, list or dict",
    "arrays": "how many arrays of the message's table `value` numbers (from 0); an outcome's rows follow those "
              "of the outcomes before it",
    "sites": "where a call that raised failed (crashsite.py): [[file, line, text, [[name, description, shape or "
             "null], ...]], ...], the student's failing line first; else []",
    "drew": "the numpy Generator arguments (0-based positions, keyword names) whose state the call advanced, and "
            "'numpy.random' when it drew from np.random's global generator",
    "again": "[earlier call id, path, kind] when the result is, or holds at path, the very array, list or dict "
             "(kind) an earlier call of the same function returned, not as an argument of this call; else []",
}, defaults=([], [], []))


def refused(record, reason: str):
    """An outcome record whose value cannot be sent: an error saying why, keeping what else the call told."""
    return record._replace(status="error", value=None, error=f"{REFUSED}{reason}"[:300], arrays=0, sites=[])


class Reporter:
    """Child side: the outcomes of finished stages, sent as "report" messages.

    {"kind": "report", "done": n, "errors": {module: reason}, "notes": {module: note}, "outcomes": OUTCOME columns,
    "arrays": table, "blobs": k} says that the request's stages 1..n are finished: `errors` for the modules whose
    import stage failed among them, `notes` for those that imported with a problem to tell (a notebook's cell that
    raised), one outcome per call stage among them, in order. A report goes out every
    FLUSH_SECONDS or FLUSH_BYTES (after every stage when `strict`), so that which stage sent something
    malformed is clear; close() adds {"kind": "done"}.

    What the grader charges a report (see Budget) is known once it is encoded: the queued outcomes go
    as one report when its cost fits the per-call limit and what is left of the job's; otherwise each
    goes as a report of its own, charged at its own cost, and one that does not fit (or cannot be
    encoded) goes as an error (REFUSED) instead.
    """

    def __init__(self, write, strict: bool, per_call: int = MAX_MESSAGE_BYTES, budget: float = math.inf,
                 job_limit: int = 0):
        self.write = write
        self.strict = strict
        self.done = 0
        self.per_call = per_call  # cost of one call's results (see text_cost)
        self.left = budget  # cost the trusted side still accepts from this child, less its reserve
        self.job_limit = job_limit  # for the message
        self._clear(time.perf_counter())

    def _clear(self, now: float) -> None:
        self.errors, self.notes = {}, {}
        self.queued, self.sent_at = [], now  # queued: (record, arrays, stages done before it)
        self.data_bytes = 0

    def error(self, module: str, reason: str) -> None:
        self.errors[module] = reason

    def note(self, module: str, text: str) -> None:
        self.notes[module] = text

    def outcome(self, record, arrays: list) -> None:
        """Queue one call's OUTCOME record and the arrays its value numbers.

        A TooLarge (nothing queued) when the arrays' bytes alone are over the limit per call or what is
        left of the job's: refused before they are held any longer."""
        data_bytes = 0
        for array in arrays:  # a loop, not sum() of a generator: most outcomes have one array (0.57 -> 0.29 us)
            data_bytes += array.nbytes
        if arrays:  # the rest of the record is admitted when it is encoded (_reports)
            self._admit(data_bytes, self.data_bytes)
            # copied as they are now: a later call could rewrite an array the student's code keeps (a buffer reused
            # from call to call) before the report goes, and this call was judged on the other's values, or not,
            # as the 5 ms of a batch fell
            arrays = [array.copy() for array in arrays]
        self.queued.append((record, arrays, self.done))
        self.data_bytes += data_bytes

    def _admit(self, cost: int, queued: int = 0) -> None:
        """TooLarge unless a call's results of `cost` fit the per-call limit and what is left of the job's."""
        if cost > self.per_call:
            raise TooLarge(f"returned {size_text(cost)}; the limit is {size_text(self.per_call)} per call: "
                           "return less data")
        if queued + cost > self.left:
            raise TooLarge(f"the job's results reached the limit of {size_text(self.job_limit)} per submission: "
                           "return less data")

    def finished(self, stage: int, at_once: bool = False) -> None:
        """Stage number `stage` is over: report if it is time to (or `at_once`)."""
        self.done = stage
        now = time.perf_counter()
        if at_once or self.strict or self.data_bytes >= FLUSH_BYTES or now - self.sent_at >= FLUSH_SECONDS:
            self.flush(now)

    def flush(self, now: float = 0.0) -> None:
        self.write(self._reports())
        self._clear(now or time.perf_counter())

    def close(self) -> None:
        """The last report and "done", in one write."""
        self.write(self._reports() + message({"kind": "done"}, []))

    def _reports(self) -> bytes:
        """The queued outcomes as one report, or as a report each when one would not be admitted whole."""
        # what the imports said goes with the first report: the imports come first
        queued, said = self.queued, {"errors": self.errors, "notes": self.notes}
        try:
            data, cost = self._report(self.done, said, [r for r, _, _ in queued],
                                      [a for _, arrays, _ in queued for a in arrays])
            if not queued or (cost <= self.per_call and cost <= self.left):
                self.left -= cost
                return data
        except (ValueError, ProtocolError):  # too large for one message, or an int too long for str()
            pass
        reports = []
        for i, (record, arrays, _) in enumerate(queued):
            done = queued[i + 1][2] if i + 1 < len(queued) else self.done  # its stage and those up to the next call
            try:
                data, cost = self._report(done, said, [record], arrays)
                self._admit(cost)
            except (ValueError, ProtocolError) as exc:
                reason = str(exc) if isinstance(exc, TooLarge) else f"{type(exc).__name__}: {exc}"
                data, cost = self._report(done, said, [refused(record, reason)], [])
            self.left -= cost
            reports.append(data)
            said = {"errors": {}, "notes": {}}
        return b"".join(reports)

    @staticmethod
    def _report(done: int, said: dict, records: list, arrays: list) -> tuple[bytes, int]:
        """One report message and what the trusted side charges for it (see Budget, MessageReader); `said`: the
        imports' errors and notes."""
        table, groups = pack_arrays(arrays)
        head = _JSON.encode({"kind": "report", "done": done, **said, "outcomes": OUTCOME.columns(records),
                             "arrays": table, "blobs": len(groups)}).encode()
        data = packed_message(head, groups)
        return data, text_cost(head) + len(data) - len(head)
