"""Reading the files Tiski is given (settings, plugin manifests, key files, demo data),
and writing the private files it makes (exports of personal data, key backups).

Whatever a person or another program puts at a path (a file saved as UTF-16, a
stray byte, tables nested thousands deep, a gigabyte, a folder, ``/dev/zero``, a
named pipe) ends as one :class:`FileProblem` whose message names the file and
says what is wrong with it, never as a traceback, a hang or the memory filling
up. Every file is read with a size limit that its caller chooses, and only
regular files are read at all.

A private file is written by :func:`write_private`: created readable by its owner
only, never through a symbolic link, and an existing file is replaced only when
asked and only when it is already the owner's alone (its mode is never changed).
"""

from __future__ import annotations

import enum
import errno
import json
import os
import re
import stat
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from console.core.text import QT_TRANSLATE_NOOP, Message, TiskiError

_CTX = "Files"
_CHUNK = 64 * 1024
_UTF8_BOM = b"\xef\xbb\xbf"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_TOML_PLACE = re.compile(r"\s*\(at line (\d+), column (\d+)\)$")

KIB = 1024
MIB = 1024 * KIB


class Trouble(enum.Enum):
    """What kind of problem a file has, for callers that react to one kind."""

    MISSING = "missing"
    FOLDER = "folder"
    NOT_A_FILE = "not a file"
    UNREADABLE = "unreadable"
    TOO_BIG = "too big"
    ENCODING = "encoding"
    NESTING = "nesting"
    SYNTAX = "syntax"
    # Writing a private file
    EXISTS = "exists"
    LINK = "symbolic link"
    SHARED = "open to others"
    UNWRITABLE = "unwritable"


class FileProblem(TiskiError):
    """A file cannot be used: ``message`` is "<file>: <reason>", ``reason`` the part after."""

    def __init__(self, path: Path, trouble: Trouble, reason: Message) -> None:
        super().__init__(
            Message(
                _CTX,
                QT_TRANSLATE_NOOP("Files", "{file}: {problem}"),
                {"file": str(path), "problem": reason},
            )
        )
        self.path = path
        self.trouble = trouble
        self.reason = reason


def _problem(path: Path, trouble: Trouble, text: str, **params: Any) -> FileProblem:
    return FileProblem(path, trouble, Message(_CTX, text, params))


def size_text(size: int) -> str:
    """``size`` bytes for a person: 512 bytes, 64 KiB, 2 MiB."""
    if size >= MIB and size % MIB == 0:
        return f"{size // MIB} MiB"
    if size >= KIB and size % KIB == 0:
        return f"{size // KIB} KiB"
    return f"{size} bytes"


def _too_big(path: Path, limit: int) -> FileProblem:
    return _problem(
        path,
        Trouble.TOO_BIG,
        QT_TRANSLATE_NOOP(
            "Files",
            "is larger than {limit}, far larger than such a file should be; check that this is "
            "the right file",
        ),
        limit=size_text(limit),
    )


def _unreadable(path: Path, error: OSError) -> FileProblem:
    return _problem(
        path,
        Trouble.UNREADABLE,
        QT_TRANSLATE_NOOP(
            "Files", "cannot be read ({reason}); check that it belongs to the user running Tiski"
        ),
        reason=error.strerror or type(error).__name__,
    )


def _folder(path: Path) -> FileProblem:
    return _problem(
        path,
        Trouble.FOLDER,
        QT_TRANSLATE_NOOP("Files", "is a folder, not a file; name the file itself"),
    )


def _not_a_file(path: Path) -> FileProblem:
    return _problem(
        path,
        Trouble.NOT_A_FILE,
        QT_TRANSLATE_NOOP(
            "Files", "is a device, a pipe or a socket, not an ordinary file; name a file"
        ),
    )


# ---------------------------------------------------------------- bytes
def read_bytes(
    path: Path | str,
    *,
    limit: int,
    check: Callable[[os.stat_result], None] | None = None,
) -> bytes:
    """The whole content of the regular file ``path``, at most ``limit`` bytes.

    ``check`` sees the status of the file actually opened (not of its name, which
    may change in between) before anything is read, and may raise.
    Raises :class:`FileProblem`.
    """
    path = Path(path)
    # O_NONBLOCK: opening a named pipe must not wait for a writer; it is refused below.
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        descriptor = os.open(path, flags)
    except FileNotFoundError:
        raise _problem(path, Trouble.MISSING, QT_TRANSLATE_NOOP("Files", "no such file")) from None
    except IsADirectoryError:
        raise _folder(path) from None
    except OSError as error:
        if path.is_dir():  # Windows refuses to open a folder with "permission denied"
            raise _folder(path) from None
        if error.errno == errno.ENXIO:  # a socket, or a device with nothing behind it
            raise _not_a_file(path) from None
        raise _unreadable(path, error) from None
    try:
        status = os.fstat(descriptor)
        if stat.S_ISDIR(status.st_mode):
            raise _folder(path)
        if not stat.S_ISREG(status.st_mode):
            raise _not_a_file(path)
        if status.st_size > limit:
            raise _too_big(path, limit)
        if check is not None:
            check(status)
        chunks: list[bytes] = []
        total = 0
        # The size above may be stale (a file still being written): stop at the limit anyway.
        while total <= limit:
            chunk = os.read(descriptor, min(_CHUNK, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
    except OSError as error:
        raise _unreadable(path, error) from None
    finally:
        os.close(descriptor)
    if total > limit:
        raise _too_big(path, limit)
    return b"".join(chunks)


# ---------------------------------------------------------------- text
def decode_text(path: Path, data: bytes) -> str:
    """``data`` read from ``path`` as UTF-8 text (a byte order mark is allowed)."""
    if data.startswith(_UTF16_BOMS) or _utf16_without_bom(data):
        raise _problem(
            path,
            Trouble.ENCODING,
            QT_TRANSLATE_NOOP(
                "Files",
                "is saved as UTF-16 text; save it again as UTF-8 (in Notepad: Save as, "
                "Encoding: UTF-8)",
            ),
        )
    if data.startswith(_UTF8_BOM):
        data = data[len(_UTF8_BOM) :]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        column = error.start - (data.rfind(b"\n", 0, error.start) + 1) + 1
        raise _problem(
            path,
            Trouble.ENCODING,
            QT_TRANSLATE_NOOP(
                "Files",
                "is not UTF-8 text (byte 0x{byte} at line {line}, column {column}); save it "
                "as UTF-8 or remove that character",
            ),
            byte=f"{data[error.start]:02x}",
            line=line,
            column=column,
        ) from None


def _utf16_without_bom(data: bytes) -> bool:
    """Whether ``data`` starts like ASCII saved as UTF-16 without a byte order mark."""
    if len(data) < 4:
        return False
    little = data[0] != 0 and data[1] == 0 and data[2] != 0 and data[3] == 0
    big = data[0] == 0 and data[1] != 0 and data[2] == 0 and data[3] != 0
    return little or big


def read_text(path: Path | str, *, limit: int) -> str:
    """The UTF-8 text of ``path``, at most ``limit`` bytes; raises :class:`FileProblem`."""
    path = Path(path)
    return decode_text(path, read_bytes(path, limit=limit))


def _too_deep(path: Path) -> FileProblem:
    return _problem(
        path,
        Trouble.NESTING,
        QT_TRANSLATE_NOOP(
            "Files",
            "has tables or lists nested inside each other too deeply to read; such a file "
            "needs only a few levels",
        ),
    )


def read_toml(path: Path | str, *, limit: int) -> dict[str, Any]:
    """The TOML document in ``path``; raises :class:`FileProblem`."""
    path = Path(path)
    return loads_toml(path, read_text(path, limit=limit))


def loads_toml(path: Path, text: str) -> dict[str, Any]:
    """The TOML document ``text`` read from ``path``; raises :class:`FileProblem`."""
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        reason = str(error)
        place = _TOML_PLACE.search(reason)
        raise _problem(
            path,
            Trouble.SYNTAX,
            QT_TRANSLATE_NOOP("Files", "line {line}: not valid TOML ({reason})"),
            line=place.group(1) if place else "?",
            reason=reason[: place.start()] if place else reason,
        ) from None
    except RecursionError:
        raise _too_deep(path) from None


def read_json(path: Path | str, *, limit: int) -> Any:
    """The JSON document in ``path``; raises :class:`FileProblem`."""
    path = Path(path)
    text = read_text(path, limit=limit)
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise _problem(
            path,
            Trouble.SYNTAX,
            QT_TRANSLATE_NOOP("Files", "line {line}: not valid JSON ({reason})"),
            line=error.lineno,
            reason=error.msg,
        ) from None
    except RecursionError:
        raise _too_deep(path) from None


# ---------------------------------------------------------------- writing private files
PRIVATE_MODE = 0o600


def _exists(path: Path) -> FileProblem:
    return _problem(
        path,
        Trouble.EXISTS,
        QT_TRANSLATE_NOOP("Files", "already exists; nothing was written. Choose another name"),
    )


def _a_link(path: Path) -> FileProblem:
    return _problem(
        path,
        Trouble.LINK,
        QT_TRANSLATE_NOOP(
            "Files",
            "is a symbolic link; nothing was written, and Tiski does not write through links. "
            "Name a file in a folder of your own",
        ),
    )


def _unwritable(path: Path, error: OSError) -> FileProblem:
    return _problem(
        path,
        Trouble.UNWRITABLE,
        QT_TRANSLATE_NOOP(
            "Files",
            "cannot be written ({reason}); check that the folder exists and belongs to the "
            "user running Tiski",
        ),
        reason=error.strerror or type(error).__name__,
    )


def _check_replaceable(path: Path, status: os.stat_result) -> None:
    """An existing file may be replaced only when it is a regular file already private."""
    if stat.S_ISDIR(status.st_mode):
        raise _folder(path)
    if not stat.S_ISREG(status.st_mode):
        raise _not_a_file(path)
    if os.name != "posix":
        return  # Windows: the folder's access control decides, not mode bits
    if status.st_uid != os.geteuid():
        raise _problem(
            path,
            Trouble.SHARED,
            QT_TRANSLATE_NOOP(
                "Files", "belongs to another user; nothing was written. Choose another name"
            ),
        )
    if status.st_mode & 0o077:
        raise _problem(
            path,
            Trouble.SHARED,
            QT_TRANSLATE_NOOP(
                "Files",
                "can be read by other users of this computer, and so could what Tiski would "
                "write into it; nothing was written. Delete it first or choose another name",
            ),
        )


def _open_private(path: Path, *, replace: bool) -> tuple[int, bool]:
    """A descriptor to write ``path`` through, and whether this call created the file."""
    nofollow = getattr(os, "O_NOFOLLOW", 0)
    # O_NONBLOCK: opening a named pipe that stands at the path must not wait for a reader.
    flags = (
        os.O_WRONLY
        | nofollow
        | getattr(os, "O_NONBLOCK", 0)
        | getattr(os, "O_BINARY", 0)
        | getattr(os, "O_CLOEXEC", 0)
    )
    for _attempt in range(3):
        if not nofollow and path.is_symlink():  # Windows has no O_NOFOLLOW: look first
            raise _a_link(path)
        try:
            # O_EXCL also refuses a symbolic link at the path, even one pointing nowhere.
            return os.open(path, flags | os.O_CREAT | os.O_EXCL, PRIVATE_MODE), True
        except FileExistsError:
            pass
        except IsADirectoryError:
            raise _folder(path) from None
        except OSError as error:
            raise _unwritable(path, error) from None
        if path.is_symlink():
            raise _a_link(path)
        if not replace:
            raise _exists(path)
        try:
            descriptor = os.open(path, flags)
        except FileNotFoundError:
            continue  # removed in between: create it after all
        except IsADirectoryError:
            raise _folder(path) from None
        except OSError as error:
            if error.errno == errno.ELOOP:  # a link put there in between
                raise _a_link(path) from None
            if error.errno == errno.ENXIO:  # a named pipe without a reader, a socket
                raise _not_a_file(path) from None
            if path.is_dir():
                raise _folder(path) from None
            raise _unwritable(path, error) from None
        try:
            _check_replaceable(path, os.fstat(descriptor))
        except BaseException:
            os.close(descriptor)
            raise
        return descriptor, False
    raise _unwritable(path, OSError(errno.EAGAIN, os.strerror(errno.EAGAIN)))


def check_private_target(path: Path | str, *, replace: bool = False) -> None:
    """Raise the :class:`FileProblem` that :func:`write_private` would raise, if any.

    For a command to refuse before it does (and audits) work whose result it could
    not write; ``write_private`` checks again, since the path may change meanwhile.
    """
    path = Path(path)
    try:
        status = os.lstat(path)
    except FileNotFoundError:
        return
    except OSError as error:
        raise _unwritable(path, error) from None
    if stat.S_ISLNK(status.st_mode):
        raise _a_link(path)
    if not replace:
        raise _exists(path)
    _check_replaceable(path, status)


def write_private(path: Path | str, data: bytes, *, replace: bool = False) -> None:
    """Write ``data`` to ``path``, a file only its owner may read and write.

    A new file is created with mode 0600. A symbolic link at ``path`` is refused,
    never followed (``O_NOFOLLOW``), and so is anything but a regular file. An
    existing file is refused unless ``replace``; then it is replaced only when it
    belongs to this user and is already closed to others, and its mode is left as
    it is (chmod on a file someone else named could loosen or break it). A file
    this call created is removed again when writing fails. Raises
    :class:`FileProblem`.
    """
    path = Path(path)
    descriptor, created = _open_private(path, replace=replace)
    try:
        try:
            if not created:
                os.ftruncate(descriptor, 0)
            view = memoryview(data)
            while view:
                written = os.write(descriptor, view)
                view = view[written:]
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
    except OSError as error:
        if created:
            path.unlink(missing_ok=True)
        raise _unwritable(path, error) from None
