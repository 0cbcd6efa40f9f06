"""The log never holds an identity code, a password or a token."""

from __future__ import annotations

import logging

from console.logs import log_file, mask_sensitive, setup_logging


def test_identity_codes_and_secrets_are_masked_in_the_log_file() -> None:
    path = setup_logging(level="DEBUG")
    log = logging.getLogger("console.test")
    log.info("Visitor 131052-308T asked about 010199A123X and 120304F1236")
    log.info("Connecting to %s", "postgresql+psycopg://tiski:hunter2@db/desk")
    log.info("headers: Authorization: Bearer abcdef1234567890 password=swordfish")
    try:
        raise ValueError("bad code 131052-308T")
    except ValueError:
        log.exception("Failed")
    for handler in logging.getLogger().handlers:
        handler.flush()
    written = path.read_text(encoding="utf-8")
    assert path == log_file()
    for secret in (
        "131052-308T",
        "010199A123X",
        "120304F1236",
        "hunter2",
        "abcdef1234567890",
        "swordfish",
    ):
        assert secret not in written
    assert "131052-****" in written
    assert "tiski:***@db/desk" in written
    assert "Traceback" in written


def test_ordinary_text_is_left_alone() -> None:
    text = "Ticket K012 called to Tiski 3 at 10:30, waited 34 min"
    assert mask_sensitive(text) == text
