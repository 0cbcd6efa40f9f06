"""A PostgreSQL cluster of the test's own that checks passwords (scram-sha-256).

The machine's PostgreSQL trusts every loopback connection, so a wrong password gets
in there and a test cannot tell who it is. Tests of sign-in, roles and row-level
security start this instead: ``initdb`` into a folder of its own, a free port on
127.0.0.1, ``scram-sha-256`` for every TCP connection, no Unix socket anyone else
shares. As root (CI, this machine) the server runs as the ``postgres`` user.

Use the ``private_cluster`` fixture (session scope; import it into the test module),
or :class:`PrivateCluster` directly (``ssl`` and ``hba`` make one that also takes TLS
and client certificates; :func:`binaries_or_skip` and :func:`started` skip as the
fixture does). Without PostgreSQL's server binaries the fixture skips, and with
``TISKI_REQUIRE_PG=1`` it fails instead.

For failover (tests/faults/test_failover.py): ``PrivateCluster(..., replication=True)``
is a primary that streams its WAL to standbys (``wal_level = replica``, the superuser
may connect for replication over loopback without a password), :meth:`PrivateCluster.replica`
makes and starts a streaming standby of it on a port of its own (``pg_basebackup -R``),
:meth:`PrivateCluster.kill` stops a server as a machine dying would (``-m immediate``)
and :meth:`PrivateCluster.promote` makes a standby the primary.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import re
import secrets
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

SUPERUSER = "postgres"
REQUIRE_PG = os.environ.get("TISKI_REQUIRE_PG") == "1"


def server_binaries() -> Path | None:
    """The newest PostgreSQL ``bin`` folder with initdb and pg_ctl (or TISKI_PG_BIN)."""
    named = os.environ.get("TISKI_PG_BIN")
    candidates = [Path(named)] if named else []

    def version(path: Path) -> int:
        match = re.search(r"/(\d+)/bin$", str(path))
        return int(match.group(1)) if match else 0

    candidates += sorted(Path("/usr/lib/postgresql").glob("*/bin"), key=version, reverse=True)
    for folder in candidates:
        if (folder / "initdb").exists() and (folder / "pg_ctl").exists():
            return folder
    found = shutil.which("initdb")
    return Path(found).parent if found and shutil.which("pg_ctl") else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass(frozen=True)
class ServerCertificate:
    """PEM text for ``ssl = on``: the server's certificate and key, and the CA whose
    client certificates it accepts (``ssl_ca_file``)."""

    cert: str
    key: str
    ca: str


class PrivateCluster:
    """One throw-away cluster: :meth:`start`, then URLs for its roles, then :meth:`stop`."""

    def __init__(
        self,
        binaries: Path,
        *,
        preload: tuple[str, ...] = (),
        ssl: ServerCertificate | None = None,
        hba: tuple[str, ...] = (),
        replication: bool = False,
    ) -> None:
        self.binaries = binaries
        self.preload = preload
        self.ssl = ssl
        self.hba = hba  # pg_hba.conf lines before the scram ones
        self.replication = replication
        self.port = _free_port()
        self.superuser_password = secrets.token_urlsafe(16)
        self.folder = Path(tempfile.mkdtemp(prefix="tiski-pg-"))
        self.data = self.folder / "data"
        self.log = self.folder / "server.log"
        self._as_root = os.geteuid() == 0
        self._started = False

    # ------------------------------------------------------------ running
    def _run(self, *command: str) -> None:
        argv = list(command)
        if self._as_root:  # initdb and the server refuse to run as root
            argv = ["runuser", "-u", SUPERUSER, "--", *argv]
        result = subprocess.run(argv, capture_output=True, text=True, timeout=120, check=False)
        if result.returncode != 0:
            log = self.log.read_text(errors="replace")[-2000:] if self.log.exists() else ""
            raise RuntimeError(
                f"{' '.join(command)} failed ({result.returncode}):\n{result.stderr}\n{log}"
            )

    def start(self) -> None:
        if self._as_root:
            account = pwd.getpwnam(SUPERUSER)
            os.chown(self.folder, account.pw_uid, account.pw_gid)
        password_file = self.folder / "pw"
        password_file.write_text(self.superuser_password + "\n")
        if self._as_root:
            os.chown(password_file, pwd.getpwnam(SUPERUSER).pw_uid, -1)
        password_file.chmod(0o600)
        self._run(
            str(self.binaries / "initdb"),
            "-D",
            str(self.data),
            "-U",
            SUPERUSER,
            "--auth=scram-sha-256",
            f"--pwfile={password_file}",
            "--encoding=UTF8",
            "--locale=C.UTF-8",
            "--no-sync",
        )
        password_file.unlink()
        settings = [
            "listen_addresses = '127.0.0.1'",
            f"port = {self.port}",
            f"unix_socket_directories = '{self.folder}'",
            "password_encryption = 'scram-sha-256'",
            "fsync = off",
            "synchronous_commit = off",
            "full_page_writes = off",
            "max_connections = 50",
            "shared_buffers = 16MB",
            "log_connections = on",
        ]
        if self.replication:
            # A standby made by pg_basebackup copies this file and pg_hba.conf, so it
            # also serves as the primary once promoted.
            settings += [
                "wal_level = replica",
                "max_wal_senders = 5",
                "hot_standby = on",
                "wal_keep_size = 64MB",
            ]
        if self.preload:
            settings.append(f"shared_preload_libraries = '{','.join(self.preload)}'")
        if self.ssl is not None:
            for name, pem in (("server.crt", self.ssl.cert), ("server.key", self.ssl.key)):
                self._own_file(self.data / name, pem)
            self._own_file(self.data / "client_ca.crt", self.ssl.ca)
            settings += ["ssl = on", "ssl_ca_file = 'client_ca.crt'"]
        with (self.data / "postgresql.conf").open("a") as conf:
            conf.write("\n".join(settings) + "\n")
        replication = (
            [f"host replication {SUPERUSER} 127.0.0.1/32 trust"] if self.replication else []
        )
        (self.data / "pg_hba.conf").write_text(
            "".join(line + "\n" for line in [*self.hba, *replication])
            + "local all all scram-sha-256\nhost all all 127.0.0.1/32 scram-sha-256\n"
        )
        self._start_server()

    def _start_server(self) -> None:
        self._run(
            str(self.binaries / "pg_ctl"), "-D", str(self.data), "-l", str(self.log), "-w", "start"
        )
        self._started = True

    # ------------------------------------------------------------ failover
    def replica(self) -> PrivateCluster:
        """A streaming standby of this primary, started on a free port of its own.

        ``pg_basebackup -R`` copies the data folder (settings and pg_hba.conf with it)
        and writes ``standby.signal`` and the ``primary_conninfo`` to follow this
        server; only the port and the socket folder are the standby's own. It
        answers reads at once and refuses writes until :meth:`promote`. Stop it with
        :meth:`stop` (the caller's to do, as for any cluster).
        """
        assert self.replication, "a primary is made with replication=True"
        assert self._started, "start the primary first"
        standby = PrivateCluster(self.binaries, replication=True)
        standby.superuser_password = self.superuser_password
        try:
            if standby._as_root:
                account = pwd.getpwnam(SUPERUSER)
                os.chown(standby.folder, account.pw_uid, account.pw_gid)
            standby._run(
                str(self.binaries / "pg_basebackup"),
                "-h",
                "127.0.0.1",
                "-p",
                str(self.port),
                "-U",
                SUPERUSER,
                "-D",
                str(standby.data),
                "-R",
                "-X",
                "stream",
                # At once: the default spread checkpoint took 90 s on a freshly seeded desk.
                "--checkpoint=fast",
                "--no-sync",
            )
            with (standby.data / "postgresql.conf").open("a") as conf:
                conf.write(f"port = {standby.port}\nunix_socket_directories = '{standby.folder}'\n")
            standby._start_server()
        except BaseException:
            standby.stop()
            raise
        return standby

    def promote(self) -> None:
        """Make this standby the primary (what Patroni or the provider does); returns
        once it takes writes."""
        self._run(str(self.binaries / "pg_ctl"), "-D", str(self.data), "-w", "promote")

    def kill(self) -> None:
        """Stop the server at once, as when its machine dies: no shutdown checkpoint,
        every connection dropped. The folder stays until :meth:`stop`."""
        if self._started:
            self._run(
                str(self.binaries / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop"
            )
            self._started = False

    def _own_file(self, path: Path, text: str) -> None:
        """``text`` in ``path``, the server's own and readable by it only (keys must be)."""
        path.write_text(text)
        if self._as_root:
            os.chown(path, pwd.getpwnam(SUPERUSER).pw_uid, -1)
        path.chmod(0o600)

    def stop(self) -> None:
        if self._started:
            with contextlib.suppress(RuntimeError, subprocess.TimeoutExpired):
                self._run(
                    str(self.binaries / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop"
                )
            self._started = False
        shutil.rmtree(self.folder, ignore_errors=True)

    # ------------------------------------------------------------ addresses
    def url(self, user: str, password: str | None, database: str = "postgres") -> str:
        """A SQLAlchemy URL for ``user`` (psycopg driver)."""
        from sqlalchemy.engine import URL

        return URL.create(
            "postgresql+psycopg",
            username=user,
            password=password,
            host="127.0.0.1",
            port=self.port,
            database=database,
        ).render_as_string(hide_password=False)

    def conninfo(self, user: str, password: str | None, database: str = "postgres") -> str:
        """A libpq connection string for plain psycopg."""
        from psycopg.conninfo import make_conninfo

        return make_conninfo(
            host="127.0.0.1",
            port=self.port,
            dbname=database,
            user=user,
            password=password or "",
            connect_timeout=10,
        )

    @property
    def superuser_url(self) -> str:
        return self.url(SUPERUSER, self.superuser_password)

    def server_log(self) -> str:
        return self.log.read_text(errors="replace") if self.log.exists() else ""


@pytest.fixture(scope="session")
def private_cluster() -> Iterator[PrivateCluster]:
    """A password-checking cluster for this session, removed at its end."""
    cluster = started(PrivateCluster(binaries_or_skip()))
    yield cluster
    cluster.stop()


def binaries_or_skip() -> Path:
    """:func:`server_binaries`, or the test skipped (failed with TISKI_REQUIRE_PG=1)."""
    binaries = server_binaries()
    if binaries is None:
        message = "PostgreSQL's server binaries (initdb, pg_ctl) are not installed"
        if REQUIRE_PG:
            pytest.fail(message + " (TISKI_REQUIRE_PG=1)")
        pytest.skip(message)
    return binaries


def replica_or_skip(primary: PrivateCluster) -> PrivateCluster:
    """A started streaming standby of ``primary``, or the test skipped (failed with
    TISKI_REQUIRE_PG=1) when ``pg_basebackup`` is missing or the standby will not start."""
    if not (primary.binaries / "pg_basebackup").exists():
        message = f"pg_basebackup is not installed in {primary.binaries}"
        if REQUIRE_PG:
            pytest.fail(message + " (TISKI_REQUIRE_PG=1)")
        pytest.skip(message)
    try:
        return primary.replica()
    except (RuntimeError, OSError, KeyError, subprocess.TimeoutExpired) as error:
        if REQUIRE_PG:
            pytest.fail(f"could not start a streaming standby: {error}")
        pytest.skip(f"could not start a streaming standby: {error}")


def started(cluster: PrivateCluster) -> PrivateCluster:
    """``cluster`` started, or the test skipped (failed with TISKI_REQUIRE_PG=1)."""
    try:
        cluster.start()
    except (RuntimeError, OSError, KeyError, subprocess.TimeoutExpired) as error:
        cluster.stop()
        if REQUIRE_PG:
            pytest.fail(f"could not start a private PostgreSQL cluster: {error}")
        pytest.skip(f"could not start a private PostgreSQL cluster: {error}")
    return cluster
