"""Which shared database a local draft or outbox note belongs to, without its address.

The journal on a PC may hold notes for several databases (training and the
office's, or two offices). A note must never be offered to, or sent into, any
database but its own, so each carries this id. It names the database itself:
the same for every person signing in (each connects as their own login role),
for any password and driver spelling, and it holds neither a user name nor a
password, nor the host in clear (only a hash of where the database is).
"""

from __future__ import annotations

import hashlib
import os

from sqlalchemy.engine import URL

_POSTGRES_PORT = 5432


def _hosts(url: URL) -> list[str]:
    """Every ``host:port`` the URL may connect to (libpq takes several for failover)."""
    listed = url.query.get("host")
    if listed:
        names = [listed] if isinstance(listed, str) else list(listed)
        hosts = [name if ":" in name else f"{name}:{url.port or _POSTGRES_PORT}" for name in names]
        return sorted(host.lower() for host in hosts)
    return [f"{(url.host or '').lower()}:{url.port or _POSTGRES_PORT}"]


def database_id(url: URL) -> str:
    """A stable id of the database ``url`` names: 16 hex digits."""
    backend = url.get_backend_name()
    if backend == "sqlite":
        place = url.database or ":memory:"
        if place != ":memory:" and not place.startswith("file:"):
            place = os.path.realpath(place)
        parts = ["sqlite", place]
    else:
        parts = [backend, ",".join(_hosts(url)), url.database or ""]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:16]
