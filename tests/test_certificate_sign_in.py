"""Signing in with a client certificate and no password (docs/deploy.md).

A private cluster (tests/support/pg_cluster.py) with ``ssl = on`` trusts a CA made
here, and pg_hba.conf asks one staff member's login role for a certificate (``cert``)
instead of a password. Through the desk's own sign-in, that person gets in with the
certificate whose CN is their login role; a certificate for another name, or none, is
refused with the desk's usual message.
"""

from __future__ import annotations

import datetime
import shutil
import subprocess
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlencode

import psycopg
import pytest
from pg_cluster import REQUIRE_PG, PrivateCluster, ServerCertificate, binaries_or_skip, started
from psycopg import sql

from console.desk import accounts, staff_admin
from console.desk.desk import Desk
from console.desk.errors import DeskError
from console.store.database import Database
from console.store.schema import upgrade

pytestmark = pytest.mark.postgres

OWNER = "tiski_owner"
DATABASE = "desk"
USER = "kiosk.lobby"  # signs in with a certificate
OTHER = "display.lobby"  # a real login too, whose certificate is not USER's
WRONG = "The user name or the password is not right"


@dataclass
class Pem:
    cert: str
    key: str


# ---------------------------------------------------------------- certificates
def _issue_with_cryptography(name: str, ca: Pem | None = None) -> Pem:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    if ca is None:
        issuer, signer = subject, key
    else:
        issuer = x509.load_pem_x509_certificate(ca.cert.encode()).subject
        signer = serialization.load_pem_private_key(ca.key.encode(), None)  # type: ignore[assignment]
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=ca is None, path_length=None), critical=True)
        .sign(signer, hashes.SHA256())
    )
    return Pem(
        cert.public_bytes(serialization.Encoding.PEM).decode(),
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        ).decode(),
    )


def _issue_with_openssl(name: str, ca: Pem | None, folder: Path) -> Pem:
    key, cert = folder / f"{name}.key", folder / f"{name}.crt"
    command = ["openssl", "req", "-new", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256"]
    command += ["-nodes", "-subj", f"/CN={name}", "-keyout", str(key), "-days", "1"]
    if ca is None:
        command += ["-x509", "-out", str(cert)]
    else:
        (folder / "ca.crt").write_text(ca.cert)
        (folder / "ca.key").write_text(ca.key)
        command += ["-x509", "-CA", str(folder / "ca.crt"), "-CAkey", str(folder / "ca.key")]
        command += ["-addext", "basicConstraints=critical,CA:FALSE", "-out", str(cert)]
    subprocess.run(command, check=True, capture_output=True, timeout=60)
    return Pem(cert.read_text(), key.read_text())


def _issuer(folder: Path) -> Callable[..., Pem]:
    try:
        import cryptography.x509  # noqa: F401
    except ImportError:
        if shutil.which("openssl") is None:
            message = "neither the cryptography package nor the openssl command is installed"
            if REQUIRE_PG:
                pytest.fail(message + " (TISKI_REQUIRE_PG=1)")
            pytest.skip(message)
        return lambda name, ca=None: _issue_with_openssl(name, ca, folder)
    return _issue_with_cryptography


def _private(path: Path, text: str) -> Path:
    path.write_text(text)
    path.chmod(0o600)  # libpq refuses a key others may read
    return path


# ---------------------------------------------------------------- the cluster
@dataclass
class CertOffice:
    cluster: PrivateCluster
    folder: Path

    def url(self, cert_for: str | None) -> str:
        options = {"sslmode": "verify-ca", "sslrootcert": str(self.folder / "ca.crt")}
        if cert_for is None:  # a file that is not there: libpq sends no certificate
            options |= {"sslcert": str(self.folder / "none.crt")}
            options |= {"sslkey": str(self.folder / "none.key")}
        else:
            options |= {"sslcert": str(self.folder / f"{cert_for}.crt")}
            options |= {"sslkey": str(self.folder / f"{cert_for}.key")}
        return f"postgresql+psycopg://127.0.0.1:{self.cluster.port}/{DATABASE}?{urlencode(options)}"


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CertOffice]:
    binaries = binaries_or_skip()
    folder = tmp_path_factory.mktemp("certs")
    (folder / "work").mkdir()
    issue = _issuer(folder / "work")
    ca = issue("Tiski test CA")
    server = issue("127.0.0.1", ca)
    (folder / "ca.crt").write_text(ca.cert)
    for name in (USER, OTHER):
        pem = issue(name, ca)
        (folder / f"{name}.crt").write_text(pem.cert)
        _private(folder / f"{name}.key", pem.key)
    cluster = started(
        PrivateCluster(
            binaries,
            ssl=ServerCertificate(server.cert, server.key, ca.cert),
            hba=(f"hostssl {DATABASE} {USER} 127.0.0.1/32 cert",),
        )
    )
    opened: list[Database] = []
    try:
        owner_password = "pw-" + uuid.uuid4().hex
        superuser = cluster.conninfo("postgres", cluster.superuser_password)
        with psycopg.connect(superuser, autocommit=True) as admin:
            admin.execute(
                sql.SQL("CREATE ROLE {} LOGIN CREATEROLE PASSWORD {}").format(
                    sql.Identifier(OWNER), sql.Literal(owner_password)
                )
            )
            admin.execute(f"CREATE DATABASE {DATABASE} OWNER {OWNER}")
        owner = Database(cluster.url(OWNER, owner_password, DATABASE))
        opened.append(owner)
        upgrade(owner)
        assert Desk(owner).seed_demo()
        for name, role in ((USER, "kiosk"), (OTHER, "display")):
            staff_admin.add_staff(owner, name, full_name=name.title(), role=role, password=None)
        yield CertOffice(cluster, folder)
    finally:
        for database in opened:
            database.dispose()
        cluster.stop()


# ---------------------------------------------------------------- the tests
def test_a_certificate_for_the_login_role_signs_in_without_a_password(office: CertOffice) -> None:
    signed_in = accounts.sign_in(office.url(USER), USER, None)
    try:
        assert signed_in.username == USER
        assert signed_in.staff.username == USER
        assert not signed_in.local
    finally:
        signed_in.database.dispose()
    # The server let them in by their certificate: there is no password to check.
    assert f'identity="CN={USER}" method=cert' in office.cluster.server_log()


@pytest.mark.parametrize(
    ("cert_for", "server_says"),
    [
        (OTHER, f'certificate authentication failed for user "{USER}"'),
        (None, "connection requires a valid client certificate"),
    ],
    ids=["another-name", "no-certificate"],
)
def test_another_name_or_no_certificate_is_refused(
    office: CertOffice, cert_for: str | None, server_says: str
) -> None:
    with pytest.raises(DeskError, match=WRONG):
        accounts.sign_in(office.url(cert_for), USER, None)
    # The server turned them away (not libpq before asking it).
    assert server_says in office.cluster.server_log()
