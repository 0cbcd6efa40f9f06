"""The HTTP client a plugin talks to its back office with (call it off the GUI thread).

Timeouts always, TLS verification always (a site's own CA bundle may be given),
retries with backoff for idempotent calls only, and logs that never carry a header
value, a query value or a clear identity code.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Mapping
from typing import Any
from urllib.parse import urljoin, urlsplit

import requests
from PySide6.QtCore import QCoreApplication

from console.plugin_api.errors import HttpError
from console.plugin_api.http_deadline import CallDeadline, WatchedAdapter, call_deadline
from console.plugin_api.model import Health, mask_identity_codes

_log = logging.getLogger(__name__)

RETRY_METHODS = frozenset({"GET", "HEAD"})
# What one call may take in all (retries and a slowly trickling answer included)
# and how large an answer may be: a back office that hangs or floods ends in an
# error in its own panel, not in a console that waits or runs out of memory.
CALL_DEADLINE_S = 20.0
MAX_ANSWER_BYTES = 5 * 1024 * 1024
_CHUNK = 64 * 1024
RETRY_STATUSES = frozenset({502, 503, 504})
_RETRY_ERRORS = (requests.exceptions.ConnectionError, requests.exceptions.Timeout)
_BROKEN_ANSWER_ERRORS = (
    requests.exceptions.ChunkedEncodingError,
    requests.exceptions.ContentDecodingError,
)

# A query string inside a message: "/visitors?code=010190-123A HTTP/1.1" -> "/visitors?… HTTP/1.1".
_QUERY = re.compile(r"\?[^\s'\")]*")

# urllib3 and requests log full request URLs at DEBUG (query values included);
# the console logs at DEBUG when asked to, so those lines are scrubbed at source.
_LIBRARY_LOGGERS = ("urllib3.connectionpool", "urllib3.util.retry", "urllib3.connection")


def scrub(text: str) -> str:
    """``text`` without query values and with identity codes masked: fit for a log."""
    return mask_identity_codes(_QUERY.sub("?…", text))


class _ScrubLibraryLines(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = scrub(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        return True


_LIBRARY_FILTER = _ScrubLibraryLines()


def _scrub_library_logs() -> None:
    for name in _LIBRARY_LOGGERS:
        logger = logging.getLogger(name)
        if _LIBRARY_FILTER not in logger.filters:
            logger.addFilter(_LIBRARY_FILTER)


class RedirectRefused(requests.exceptions.RequestException):
    """The back office redirected a call away from its own host and port."""

    def __init__(self, target: str) -> None:
        super().__init__(f"redirect to {target} refused")
        self.target = target


def _origin(url: str) -> tuple[str, int | None]:
    parts = urlsplit(url)
    port = parts.port or {"http": 80, "https": 443}.get(parts.scheme)
    return (parts.hostname or "").lower().rstrip("."), port


class _Session(requests.Session):
    """A session whose credential headers never follow a redirect to another host.

    requests drops only ``Authorization`` there; an agency's ``X-Api-Key`` would
    otherwise travel on to wherever the redirect points. With ``stay_on_host`` a
    redirect to another host or port is refused outright (the broker's calls reach
    their back office only). A redirect's own body is never read: requests would read
    it whole, past the size limit.
    """

    credential_headers: frozenset[str] = frozenset()
    stay_on_host = False

    def guard_redirect(self, response: requests.Response, **_kwargs: Any) -> requests.Response:
        """A response hook: runs before requests follows (and reads) a redirect."""
        if not response.is_redirect:
            return response
        target = urljoin(response.url, response.headers.get("Location", ""))
        leaves = _origin(target) != _origin(response.url)
        response._content = b""
        response._content_consumed = True
        response.raw.close()
        if self.stay_on_host and leaves:
            raise RedirectRefused(_origin(target)[0] or "?")
        return response

    def rebuild_auth(self, prepared_request: Any, response: Any) -> None:
        super().rebuild_auth(prepared_request, response)
        if self.should_strip_auth(response.request.url, prepared_request.url):
            for name in self.credential_headers:
                prepared_request.headers.pop(name, None)


class HttpClient:
    """JSON over HTTP(S) to one back office, with the console's safety rules built in.

    Every method blocks: call it in work given to :meth:`PanelContext.run` (or
    :meth:`PanelContext.fetch_json`), never on the GUI thread.

    ``verify`` is True (the system's certificate store) or the path of a CA bundle;
    switching verification off is not something a panel should ever ask IT to do.
    ``retries`` extra attempts, waiting ``backoff``, 2 x ``backoff``, ... seconds,
    are made only for GET and HEAD after a connection error, a timeout or a 502,
    503 or 504: repeating anything else could do it twice.

    ``deadline`` bounds a whole call in seconds, retries and reading the answer
    included (``read_timeout`` bounds each wait for data); by default 20 s, or
    ``connect_timeout + 2 x read_timeout`` when that is longer. An answer larger than
    ``max_answer_bytes`` (5 MB by default) is refused unread. With ``stay_on_host``
    a redirect to another host or port is refused (kind ``"refused"``).
    """

    def __init__(
        self,
        base_url: str,
        *,
        headers: Mapping[str, str] | None = None,
        connect_timeout: float = 3.05,
        read_timeout: float = 10.0,
        retries: int = 2,
        backoff: float = 0.25,
        verify: bool | str = True,
        logger: logging.Logger | None = None,
        deadline: float | None = None,
        max_answer_bytes: int = MAX_ANSWER_BYTES,
        stay_on_host: bool = False,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        parts = urlsplit(self.base_url)
        self.host = parts.hostname or self.base_url
        self._base_path = parts.path
        self.timeout = (connect_timeout, read_timeout)
        self.retries = max(0, retries)
        self.backoff = backoff
        self.verify = verify
        self.logger = logger or _log
        # A panel that allows its back office a long read timeout gets room for it.
        self.deadline = (
            deadline
            if deadline is not None
            else max(CALL_DEADLINE_S, connect_timeout + 2 * read_timeout)
        )
        self.max_answer_bytes = max_answer_bytes
        self._session = _Session()
        for prefix in ("http://", "https://"):
            self._session.mount(prefix, WatchedAdapter())
        self._session.verify = verify
        self._session.headers.update(headers or {})
        self._session.credential_headers = frozenset(headers or {})
        self._session.stay_on_host = stay_on_host
        self._session.hooks["response"].append(self._session.guard_redirect)
        _scrub_library_logs()

    # ------------------------------------------------------------ calls
    def get_json(self, path: str, params: Mapping[str, str] | None = None) -> Any:
        """GET ``path`` (under the base URL) and return its JSON; raises :class:`HttpError`."""
        response = self._send("GET", path, params=params)
        return self._json(response, "GET", self._logged_path(path))

    def post_json(self, path: str, body: Any) -> Any:
        """POST ``body`` as JSON and return the JSON answer (None for an empty one).

        Never retried: the back office may have acted on a call whose answer was lost.
        """
        response = self._send("POST", path, json=body)
        return self._json(response, "POST", self._logged_path(path))

    def check_health(self, path: str, slow_after: float = 2.0) -> Health:
        """HEALTHY for a 2xx within ``slow_after`` seconds, SLOW for a later one, else DOWN.

        One attempt, no retries (the next check is the retry); never raises.
        """
        try:
            started = time.monotonic()
            self._send("GET", path, attempts=1)
            elapsed = time.monotonic() - started
        except HttpError:
            return Health.DOWN
        except Exception:  # a health check must never take the panel down
            self.logger.debug("Health check of %s failed", self.host, exc_info=True)
            return Health.DOWN
        return Health.HEALTHY if elapsed <= slow_after else Health.SLOW

    def close(self) -> None:
        """Close the pooled connections; the client is not used after this."""
        self._session.close()

    def __repr__(self) -> str:
        return f"HttpClient({self.base_url!r})"

    # ------------------------------------------------------------ inside
    def url_for(self, path: str) -> str:
        """The full URL of ``path`` under the base URL."""
        return f"{self.base_url}/{path.lstrip('/')}" if path else self.base_url

    def _logged_path(self, path: str) -> str:
        # The path only: query values may be personal, and so may a code in the path.
        return mask_identity_codes(urlsplit(self.url_for(path)).path or "/")

    def _send(
        self, method: str, path: str, *, attempts: int | None = None, **kwargs: Any
    ) -> requests.Response:
        """One call: its attempts and reading its answer, all within :attr:`deadline`."""
        logged_path = self._logged_path(path)
        with call_deadline(self.deadline) as deadline:
            try:
                return self._attempts(method, path, deadline, attempts, **kwargs)
            except HttpError as error:
                if deadline.expired and error.kind != "timeout":
                    raise self._deadline_error(method, logged_path) from None
                raise

    def _attempts(
        self,
        method: str,
        path: str,
        deadline: CallDeadline,
        attempts: int | None,
        **kwargs: Any,
    ) -> requests.Response:
        url = self.url_for(path)
        logged_path = self._logged_path(path)
        if attempts is None:
            attempts = 1 + self.retries if method in RETRY_METHODS else 1
        connect_timeout, read_timeout = self.timeout
        for attempt in range(attempts):
            if attempt:
                pause = self.backoff * 2 ** (attempt - 1)
                # A deadline ending in the pause (or the broker's switch) ends it too.
                if pause >= deadline.remaining() or deadline.pause(pause):
                    raise self._deadline_error(method, logged_path)
            started = time.monotonic()
            timeout = (connect_timeout, max(0.01, min(read_timeout, deadline.remaining())))
            try:
                # verify goes with each call: requests lets REQUESTS_CA_BUNDLE override
                # a session's own CA bundle, but not one given with the call.
                response = self._session.request(
                    method, url, timeout=timeout, verify=self.verify, stream=True, **kwargs
                )
                self._read_answer(response, method, logged_path)
            except requests.exceptions.RequestException as error:
                elapsed = time.monotonic() - started
                self.logger.debug(
                    "%s %s -> %s after %.3f s",
                    method,
                    logged_path,
                    type(error).__name__,
                    elapsed,
                )
                if deadline.expired:
                    raise self._deadline_error(method, logged_path) from None
                retryable = isinstance(error, _RETRY_ERRORS)
                # A certificate that fails now fails on every attempt.
                if isinstance(error, requests.exceptions.SSLError) or not retryable:
                    raise self._error_for(error, method, logged_path) from None
                if attempt + 1 >= attempts:
                    raise self._error_for(error, method, logged_path) from None
                continue
            elapsed = time.monotonic() - started
            self.logger.debug(
                "%s %s -> %d in %.3f s", method, logged_path, response.status_code, elapsed
            )
            if response.status_code in RETRY_STATUSES and attempt + 1 < attempts:
                response.close()
                continue
            if not 200 <= response.status_code < 300:
                raise self._status_error(response, method, logged_path)
            return response
        raise AssertionError("unreachable: the last attempt returns or raises")

    def _read_answer(self, response: requests.Response, method: str, logged_path: str) -> None:
        """Read the answer into ``response`` (as requests would), refusing one too large."""
        limit = self.max_answer_bytes
        try:
            declared = int(response.headers.get("Content-Length", "0"))
        except ValueError:
            declared = 0
        body = bytearray()
        if declared <= limit:
            for chunk in response.iter_content(_CHUNK):
                body += chunk
                if len(body) > limit:
                    break
        if declared > limit or len(body) > limit:
            response.close()
            raise self._too_large(method, logged_path, max(declared, len(body)))
        response._content = bytes(body)
        response._content_consumed = True
        response.close()

    def _too_large(self, method: str, logged_path: str, size: int) -> HttpError:
        return HttpError(
            _t(
                QCoreApplication.translate(
                    "HttpClient",
                    "The back office at %1 sent an answer too large to read (over %2 MB).",
                ),
                self.host,
                f"{self.max_answer_bytes / (1024 * 1024):g}",
            ),
            scrub(
                f"{method} {self.host}{logged_path}: answer of more than {size} bytes; "
                f"the limit is {self.max_answer_bytes}"
            ),
            kind="malformed",
        )

    def _deadline_error(self, method: str, logged_path: str) -> HttpError:
        return HttpError(
            _t(
                QCoreApplication.translate(
                    "HttpClient",
                    "The back office at %1 did not answer in time. Try again in a moment.",
                ),
                self.host,
            ),
            scrub(f"{method} {self.host}{logged_path}: no complete answer in {self.deadline:g} s"),
            kind="timeout",
        )

    def _json(self, response: requests.Response, method: str, logged_path: str) -> Any:
        if response.status_code == 204 or not response.content:
            return None
        try:
            return response.json()
        except ValueError as error:  # requests' JSONDecodeError, whichever json it uses
            raise HttpError(
                _t(
                    QCoreApplication.translate(
                        "HttpClient", "The back office at %1 sent an answer that could not be read."
                    ),
                    self.host,
                ),
                scrub(f"{method} {logged_path}: not JSON ({error})"),
                kind="malformed",
                status=response.status_code,
            ) from None

    def _status_error(
        self, response: requests.Response, method: str, logged_path: str
    ) -> HttpError:
        status = response.status_code
        if status in (401, 403):
            message = _t(
                QCoreApplication.translate(
                    "HttpClient",
                    "The back office at %1 did not accept the console's credentials (%2). "
                    "Please tell IT.",
                ),
                self.host,
                status,
            )
        elif status == 404:
            message = _t(
                QCoreApplication.translate(
                    "HttpClient", "The back office at %1 did not find what was asked for (404)."
                ),
                self.host,
            )
        elif status == 429:
            message = _t(
                QCoreApplication.translate(
                    "HttpClient", "The back office at %1 is busy (429). Try again in a moment."
                ),
                self.host,
            )
        elif status >= 500:
            message = _t(
                QCoreApplication.translate(
                    "HttpClient",
                    "The back office at %1 ran into a problem (%2). Try again in a moment.",
                ),
                self.host,
                status,
            )
        else:
            message = _t(
                QCoreApplication.translate(
                    "HttpClient", "The back office at %1 answered with an error (%2)."
                ),
                self.host,
                status,
            )
        body = response.text[:300] if response.text else ""
        details = f"{method} {self.host}{logged_path}: HTTP {status} {response.reason or ''}"
        if body:
            details += f"\n{body}"
        return HttpError(message, scrub(details), kind="http", status=status)

    def _error_for(
        self, error: requests.exceptions.RequestException, method: str, logged_path: str
    ) -> HttpError:
        details = scrub(f"{method} {self.host}{logged_path}: {type(error).__name__}: {error}")
        if isinstance(error, requests.exceptions.SSLError):
            return HttpError(
                _t(
                    QCoreApplication.translate(
                        "HttpClient",
                        "The back office at %1 could not be trusted: its certificate could not "
                        "be verified. Please tell IT.",
                    ),
                    self.host,
                ),
                details,
                kind="tls",
            )
        if isinstance(error, RedirectRefused):
            return HttpError(
                _t(
                    QCoreApplication.translate(
                        "HttpClient",
                        "The back office at %1 sent the call on to another address (%2); "
                        "the console does not follow it there. Please tell IT.",
                    ),
                    self.host,
                    error.target,
                ),
                details,
                kind="refused",
            )
        if isinstance(error, requests.Timeout) or _body_timed_out(error):
            return HttpError(
                _t(
                    QCoreApplication.translate(
                        "HttpClient",
                        "The back office at %1 did not answer in time. Try again in a moment.",
                    ),
                    self.host,
                ),
                details,
                kind="timeout",
            )
        if isinstance(error, _BROKEN_ANSWER_ERRORS):
            return HttpError(
                _t(
                    QCoreApplication.translate(
                        "HttpClient", "The back office at %1 sent an answer that could not be read."
                    ),
                    self.host,
                ),
                details,
                kind="malformed",
            )
        return HttpError(
            _t(
                QCoreApplication.translate(
                    "HttpClient",
                    "The back office at %1 could not be reached. Try again in a moment.",
                ),
                self.host,
            ),
            details,
            kind="refused",
        )


def _t(text: str, *values: object) -> str:
    """A translated message with %1, %2 … filled in (translation is thread-safe in Qt)."""
    for number, value in enumerate(values, start=1):
        text = text.replace(f"%{number}", str(value))
    return text


def _body_timed_out(error: requests.exceptions.RequestException) -> bool:
    """Whether the answer stalled after its headers (requests calls that a ConnectionError)."""
    reason = error.args[0] if error.args else None
    # urllib3's ReadTimeoutError, matched by name: the plugin API imports only requests.
    return any(cls.__name__ == "ReadTimeoutError" for cls in type(reason).__mro__)
