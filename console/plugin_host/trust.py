"""IT's trust in site-folder plugins: a folder's hash, recorded in the site file.

A site folder is any folder ``plugins.folders`` names, often a share that more
people than IT can write to. Its plugins load only when IT recorded the plugin's
id, resolved path and the SHA-256 of every file of its folder (``tiski plugins
trust PATH``); a folder that changed since is refused until IT trusts it again.

The records live in IT's site settings file (``paths.site_config_file()``) as
``[[trusted_plugins]]`` tables. The command edits that file as text, so IT's own
comments and layout stay, and checks that the result still reads as TOML with
exactly the records intended before it replaces the file.
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from console.core.files import MIB, FileProblem, loads_toml, read_text
from console.core.text import QT_TRANSLATE_NOOP, Message, TiskiError

_CTX = TRUST_CONTEXT = "PluginTrust"
TRUST_TABLE = "trusted_plugins"
# A plugin folder is code and a few recorded answers; anything near these is not one.
FOLDER_FILES_LIMIT = 5_000
FOLDER_BYTES_LIMIT = 200 * MIB
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
# Bytecode caches are left out: Python would write them beside the code on a
# writable share. Nor are they ever run: the loader compiles a plugin's modules from
# their source (loading.SourceOnlyLoader), so planted bytecode changes nothing.
_SKIPPED_DIRS = frozenset({"__pycache__"})


class TrustError(TiskiError):
    """A folder cannot be hashed, or the site file cannot hold the record."""


@dataclass(frozen=True)
class TrustRecord:
    """One plugin IT trusts: its id, its folder (resolved) and that folder's hash."""

    id: str
    path: Path
    sha256: str

    def as_toml(self) -> str:
        return (
            f"[[{TRUST_TABLE}]]\n"
            f"id = {_toml_string(self.id)}\n"
            f"path = {_toml_string(str(self.path))}\n"
            f"sha256 = {_toml_string(self.sha256)}\n"
        )


# ---------------------------------------------------------------- hashing
def folder_hash(folder: Path) -> str:
    """SHA-256 over every file of ``folder``: relative paths and contents, in order.

    Raises :class:`TrustError` for a symbolic link (what it points at could change
    without the folder changing), a special file, or a folder too big to be a plugin.
    """
    folder = Path(folder)
    files = _folder_files(folder)
    digest = hashlib.sha256(b"tiski plugin folder 1\n")
    total = 0
    for relative in files:
        path = folder / relative
        content = _file_digest(path)
        total += path.stat().st_size
        if total > FOLDER_BYTES_LIMIT:
            raise _too_big(folder)
        name = relative.encode("utf-8", "surrogateescape")
        digest.update(len(name).to_bytes(4, "big") + name + content)
    return digest.hexdigest()


def _folder_files(folder: Path) -> list[str]:
    """Every regular file under ``folder`` as a relative posix path, sorted."""
    found: list[str] = []
    pending = [folder]
    while pending:
        current = pending.pop()
        try:
            entries = list(os.scandir(current))
        except OSError as error:
            raise _unreadable(folder, error) from None
        for entry in entries:
            path = Path(entry.path)
            mode = entry.stat(follow_symlinks=False).st_mode
            if stat.S_ISLNK(mode):
                raise TrustError(
                    Message(
                        _CTX,
                        QT_TRANSLATE_NOOP(
                            "PluginTrust",
                            "The plugin folder holds a symbolic link, {path}; what it points "
                            "at could change without the folder changing. Copy the files "
                            "themselves into the folder.",
                        ),
                        {"path": str(path)},
                    )
                )
            if stat.S_ISDIR(mode):
                if entry.name not in _SKIPPED_DIRS:
                    pending.append(path)
            elif stat.S_ISREG(mode):
                found.append(path.relative_to(folder).as_posix())
            else:
                raise TrustError(
                    Message(
                        _CTX,
                        QT_TRANSLATE_NOOP(
                            "PluginTrust",
                            "The plugin folder holds {path}, which is not a regular file.",
                        ),
                        {"path": str(path)},
                    )
                )
            if len(found) > FOLDER_FILES_LIMIT:
                raise _too_big(folder)
    return sorted(found)


def _file_digest(path: Path) -> bytes:
    digest = hashlib.sha256()
    try:
        with path.open("rb") as stream:
            for block in iter(lambda: stream.read(1024 * 1024), b""):
                digest.update(block)
    except OSError as error:
        raise _unreadable(path, error) from None
    return digest.digest()


def _too_big(folder: Path) -> TrustError:
    return TrustError(
        Message(
            _CTX,
            QT_TRANSLATE_NOOP(
                "PluginTrust",
                "The folder {path} is too big to be a plugin (more than {files} files or "
                "{megabytes} MB).",
            ),
            {
                "path": str(folder),
                "files": FOLDER_FILES_LIMIT,
                "megabytes": FOLDER_BYTES_LIMIT // MIB,
            },
        )
    )


def _unreadable(path: Path, error: OSError) -> TrustError:
    return TrustError(
        Message(
            _CTX,
            QT_TRANSLATE_NOOP("PluginTrust", "{path} cannot be read: {reason}"),
            {"path": str(path), "reason": error.strerror or type(error).__name__},
        )
    )


# ---------------------------------------------------------------- reading records
def records_from(data: Any, source: str) -> tuple[TrustRecord, ...]:
    """The ``[[trusted_plugins]]`` records of one parsed site file.

    Raises :class:`TrustError` naming the file for a record that is not a table of
    ``id``, ``path`` and ``sha256`` (64 lower-case hex digits).
    """
    if data is None:
        return ()
    if not isinstance(data, list):
        raise _bad_record(source, 0)
    records: list[TrustRecord] = []
    for number, table in enumerate(data, start=1):
        if not isinstance(table, dict) or set(table) != {"id", "path", "sha256"}:
            raise _bad_record(source, number)
        plugin_id, path, sha256 = table["id"], table["path"], table["sha256"]
        if not all(isinstance(value, str) for value in (plugin_id, path, sha256)):
            raise _bad_record(source, number)
        if not _SHA256.match(sha256) or not Path(path).is_absolute():
            raise _bad_record(source, number)
        records.append(TrustRecord(plugin_id, Path(path), sha256))
    return tuple(records)


def _bad_record(source: str, number: int) -> TrustError:
    return TrustError(
        Message(
            _CTX,
            QT_TRANSLATE_NOOP(
                "PluginTrust",
                "{source}: trusted plugin record {number} must be a [[trusted_plugins]] table "
                "with exactly id, path (absolute) and sha256 (64 hex digits); write it with "
                "tiski plugins trust PATH",
            ),
            {"source": source, "number": number},
        )
    )


# ---------------------------------------------------------------- the verdict
def trust_problem(
    plugin_id: str, folder: Path, records: Sequence[TrustRecord]
) -> tuple[Message | None, str | None]:
    """``(why the site plugin may not load, None)`` or ``(None, the folder's hash)``."""
    resolved = Path(folder).resolve()
    mine = [record for record in records if record.id == plugin_id]
    if not mine:
        return _message(
            QT_TRANSLATE_NOOP(
                "PluginTrust",
                "Not trusted by IT: a site-folder plugin loads only after IT records its "
                "folder's hash with: tiski plugins trust {path}",
            ),
            path=str(folder),
        ), None
    here = [record for record in mine if record.path == resolved]
    if not here:
        return _message(
            QT_TRANSLATE_NOOP(
                "PluginTrust",
                "Not trusted by IT here: IT trusted the plugin {id} in {trusted}, not in {path}.",
            ),
            id=plugin_id,
            trusted=", ".join(str(record.path) for record in mine),
            path=str(resolved),
        ), None
    try:
        actual = folder_hash(resolved)
    except TrustError as error:
        return _message(
            QT_TRANSLATE_NOOP("PluginTrust", "Refused: {problem}"), problem=error.message
        ), None
    if all(record.sha256 != actual for record in here):
        return _message(
            QT_TRANSLATE_NOOP(
                "PluginTrust",
                "Refused: the files in {path} changed since IT trusted them. If IT made the "
                "change, IT trusts the folder again with: tiski plugins trust {path}",
            ),
            path=str(resolved),
        ), None
    return None, actual


def _message(text: str, **params: object) -> Message:
    return Message(_CTX, text, dict(params))


# ---------------------------------------------------------------- writing records
def add_record(site_file: Path, record: TrustRecord) -> tuple[TrustRecord, ...]:
    """Record ``record`` in ``site_file``, replacing any record of the same id.

    Returns the records now in the file. The file is created when missing.
    """
    text = _read_site(site_file) if site_file.exists() else ""
    kept, _ = _without(text, record.id)
    if kept and not kept.endswith("\n"):
        kept += "\n"
    if kept.strip():
        kept += "\n"
    return _write_site(site_file, kept + record.as_toml(), expect_id=record.id)


def remove_records(site_file: Path, plugin_id: str) -> int:
    """Remove every record of ``plugin_id`` from ``site_file``; how many there were."""
    if not site_file.exists():
        return 0
    text = _read_site(site_file)
    kept, removed = _without(text, plugin_id)
    if removed:
        _write_site(site_file, kept, expect_id=None, gone_id=plugin_id)
    return removed


def _without(text: str, plugin_id: str) -> tuple[str, int]:
    """``text`` without the ``[[trusted_plugins]]`` blocks whose id is ``plugin_id``."""
    lines = text.splitlines(keepends=True)
    blocks: list[tuple[int, int]] = []
    start: int | None = None
    for number, line in enumerate(lines):
        header = line.strip()
        if header.startswith("["):
            if start is not None:
                blocks.append((start, number))
                start = None
            if header.replace(" ", "") == f"[[{TRUST_TABLE}]]":
                start = number
    if start is not None:
        blocks.append((start, len(lines)))
    removed = 0
    for first, last in reversed(blocks):
        block = "".join(lines[first:last])
        try:
            ids = [
                record.id
                for record in records_from(loads_toml(Path("-"), block).get(TRUST_TABLE), "-")
            ]
        except (FileProblem, TrustError):
            continue  # not one of ours as written; the whole-file check below decides
        if ids == [plugin_id]:
            del lines[first:last]
            removed += 1
    return "".join(lines), removed


def _read_site(site_file: Path) -> str:
    try:
        return read_text(site_file, limit=MIB)
    except FileProblem as problem:
        raise TrustError(problem.message) from None


def _write_site(
    site_file: Path, text: str, *, expect_id: str | None, gone_id: str | None = None
) -> tuple[TrustRecord, ...]:
    source = str(site_file)
    try:
        records = records_from(loads_toml(site_file, text).get(TRUST_TABLE), source)
    except FileProblem as problem:
        raise TrustError(problem.message) from None
    if (expect_id is not None and sum(r.id == expect_id for r in records) != 1) or (
        gone_id is not None and any(r.id == gone_id for r in records)
    ):
        raise TrustError(
            _message(
                QT_TRANSLATE_NOOP(
                    "PluginTrust",
                    "{file} holds a [[trusted_plugins]] record this command cannot edit "
                    "safely; IT edits the file by hand. Nothing was changed.",
                ),
                file=source,
            )
        )
    temporary: str | None = None
    try:
        site_file.parent.mkdir(parents=True, exist_ok=True)
        mode = stat.S_IMODE(site_file.stat().st_mode) if site_file.exists() else 0o644
        handle, temporary = tempfile.mkstemp(prefix=".tiski-", dir=site_file.parent)
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            stream.write(text)
        os.chmod(temporary, mode)
        os.replace(temporary, site_file)
    except OSError as error:
        if temporary is not None:
            Path(temporary).unlink(missing_ok=True)
        raise _unwritable(site_file, error) from None
    return records


def _unwritable(site_file: Path, error: OSError) -> TrustError:
    return TrustError(
        _message(
            QT_TRANSLATE_NOOP(
                "PluginTrust",
                "The site settings file {file} cannot be written: {reason}. Run the command "
                "as the account that keeps it (IT, an administrator).",
            ),
            file=str(site_file),
            reason=error.strerror or type(error).__name__,
        )
    )


def _toml_string(value: str) -> str:
    """``value`` as a TOML basic string."""
    escaped = value.replace("\\", "\\\\").replace('"', '\\"')
    escaped = "".join(
        character if character >= " " and character != "\x7f" else f"\\u{ord(character):04x}"
        for character in escaped
    )
    return f'"{escaped}"'
