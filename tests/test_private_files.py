"""Private files Tiski writes (exports of personal data, key backups): mode 0600 when
new, never through a symbolic link, an existing file replaced only when asked and only
when it is already private, and its mode never changed."""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from console.core.files import FileProblem, Trouble, check_private_target, write_private

posix_only = pytest.mark.skipif(os.name != "posix", reason="modes and links as on POSIX")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def open_umask() -> Iterator[None]:
    """A umask that lets everyone read new files: what Tiski writes must not depend on it."""
    old = os.umask(0)
    try:
        yield
    finally:
        os.umask(old)


@posix_only
def test_a_new_file_is_its_owners_alone_whatever_the_umask(
    tmp_path: Path, open_umask: None
) -> None:
    out = tmp_path / "export.json"
    write_private(out, b'{"a": 1}\n')
    assert out.read_bytes() == b'{"a": 1}\n'
    assert mode(out) == 0o600


def test_an_existing_file_is_kept_unless_replacing_was_asked_for(tmp_path: Path) -> None:
    out = tmp_path / "export.json"
    out.write_bytes(b"earlier")
    out.chmod(0o600)
    with pytest.raises(FileProblem, match="already exists") as caught:
        write_private(out, b"new")
    assert caught.value.trouble is Trouble.EXISTS
    assert out.read_bytes() == b"earlier"
    with pytest.raises(FileProblem, match="already exists"):
        check_private_target(out)


@posix_only
@pytest.mark.parametrize("private_mode", [0o600, 0o400, 0o200])
def test_replacing_a_private_file_keeps_the_file_and_its_mode(
    tmp_path: Path, private_mode: int
) -> None:
    out = tmp_path / "export.json"
    out.write_bytes(b"a much longer earlier content")
    out.chmod(private_mode)
    inode = out.stat().st_ino
    check_private_target(out, replace=True)
    if private_mode & 0o200 or os.geteuid() == 0:
        write_private(out, b"new", replace=True)
        assert out.stat().st_size == len(b"new")
    else:  # the owner made it read-only: that is respected, not chmod-ed away
        with pytest.raises(FileProblem, match="cannot be written"):
            write_private(out, b"new", replace=True)
    assert (out.stat().st_ino, mode(out)) == (inode, private_mode)


@posix_only
@pytest.mark.parametrize("shared_mode", [0o640, 0o604, 0o666])
def test_a_file_others_can_read_is_not_written_into_nor_tightened(
    tmp_path: Path, shared_mode: int
) -> None:
    out = tmp_path / "shared.csv"
    out.write_bytes(b"earlier")
    out.chmod(shared_mode)
    for attempt in (
        lambda: write_private(out, b"personal data", replace=True),
        lambda: check_private_target(out, replace=True),
    ):
        with pytest.raises(FileProblem, match="can be read by other users") as caught:
            attempt()
        assert caught.value.trouble is Trouble.SHARED
    assert out.read_bytes() == b"earlier"
    assert mode(out) == shared_mode


@posix_only
@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="needs root to chown")
def test_another_users_file_is_not_written_into(tmp_path: Path) -> None:
    out = tmp_path / "theirs.json"
    out.write_bytes(b"theirs")
    out.chmod(0o600)
    os.chown(out, 65534, 65534)
    with pytest.raises(FileProblem, match="belongs to another user"):
        write_private(out, b"personal data", replace=True)
    assert out.read_bytes() == b"theirs"
    assert (out.stat().st_uid, mode(out)) == (65534, 0o600)


@posix_only
@pytest.mark.parametrize("replace", [False, True])
def test_a_symbolic_link_is_never_followed(tmp_path: Path, replace: bool) -> None:
    target = tmp_path / "elsewhere.conf"
    target.write_bytes(b"someone else's file")
    target.chmod(0o644)
    link = tmp_path / "export.json"
    link.symlink_to(target)
    for attempt in (
        lambda: write_private(link, b"personal data", replace=replace),
        lambda: check_private_target(link, replace=replace),
    ):
        with pytest.raises(FileProblem, match="symbolic link") as caught:
            attempt()
        assert caught.value.trouble is Trouble.LINK
    assert target.read_bytes() == b"someone else's file"
    assert mode(target) == 0o644
    assert link.is_symlink()


@posix_only
def test_a_link_pointing_nowhere_creates_nothing(tmp_path: Path) -> None:
    target = tmp_path / "planted.json"
    link = tmp_path / "export.json"
    link.symlink_to(target)
    with pytest.raises(FileProblem, match="symbolic link"):
        write_private(link, b"personal data", replace=True)
    assert not target.exists()


@posix_only
def test_a_link_to_a_folder_and_a_folder_are_refused(tmp_path: Path) -> None:
    folder = tmp_path / "folder"
    folder.mkdir()
    (tmp_path / "link").symlink_to(folder)
    with pytest.raises(FileProblem, match="symbolic link"):
        write_private(tmp_path / "link", b"x", replace=True)
    with pytest.raises(FileProblem, match="is a folder"):
        write_private(folder, b"x", replace=True)


@posix_only
def test_a_named_pipe_is_refused_without_waiting_for_a_reader(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    with pytest.raises(FileProblem, match="not an ordinary file"):
        write_private(pipe, b"x", replace=True)
    with pytest.raises(FileProblem, match="already exists"):
        write_private(pipe, b"x")


def test_a_missing_folder_is_named(tmp_path: Path) -> None:
    out = tmp_path / "missing" / "export.json"
    with pytest.raises(FileProblem, match="cannot be written") as caught:
        write_private(out, b"x")
    assert caught.value.trouble is Trouble.UNWRITABLE
    assert str(out) in caught.value.message.english()


def test_a_file_that_could_not_be_written_whole_is_removed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "export.json"

    def full(_descriptor: int, _data: object) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "write", full)
    with pytest.raises(FileProblem, match="cannot be written"):
        write_private(out, b"personal data")
    assert not out.exists()
