"""Identity codes: what a person at the counter is told, and what never leaks.

The clear code must not show in a repr, a str or an error message, the hash
needs the desk's key, and the key itself is found, made and kept safely.
"""

from __future__ import annotations

import logging
import os
import stat
from datetime import date
from pathlib import Path

import keyring
import pytest
from hypothesis import given
from hypothesis import strategies as st
from jaraco.classes.properties import classproperty
from keyring.backend import KeyringBackend
from keyring.errors import KeyringError, KeyringLocked, NoKeyringError
from tiski_test_keyring import MemoryKeyring

from console.core.identity import (
    IdentityCode,
    VisitorIdentity,
    identity_hash,
    identity_problem,
    parse_identity_code,
    secret_fingerprint,
    visitor_identity,
)
from console.core.text import TiskiError
from console.paths import user_data_dir
from console.site_secret import (
    KEYRING_SERVICE,
    KEYRING_USER,
    load_site_secret,
    new_site_secret,
    parse_site_secret,
    store_site_secret,
)

CHECK_CHARACTERS = "0123456789ABCDEFHJKLMNPRSTUVWXY"
SIGNS = {1800: "+", 1900: "-YXWVU", 2000: "ABCDEF"}
SECRET = bytes(range(32))
TODAY = date(2024, 5, 14)


def valid_code(born: date, serial: int, sign: str | None = None) -> str:
    """A valid identity code for ``born``; the first sign of its century unless given."""
    digits = f"{born.day:02d}{born.month:02d}{born.year % 100:02d}"
    check = CHECK_CHARACTERS[int(f"{digits}{serial:03d}") % 31]
    century = born.year // 100 * 100
    return f"{digits}{sign or SIGNS[century][0]}{serial:03d}{check}"


def message_of(error: pytest.ExceptionInfo[TiskiError]) -> str:
    return error.value.message.english()


# ---------------------------------------------------------------- parsing
@pytest.mark.parametrize(
    ("sign", "year"),
    [("+", 1852)] + [(sign, 1952) for sign in SIGNS[1900]] + [(sign, 2012) for sign in SIGNS[2000]],
)
def test_every_century_sign_is_accepted(sign: str, year: int) -> None:
    text = valid_code(date(year, 10, 13), 308, sign)
    code = parse_identity_code(text)
    assert code.compact == text
    assert code.birth_date == date(year, 10, 13)


def test_the_textbook_code_lower_case_and_spaced() -> None:
    code = parse_identity_code("  131052-308t\n")
    assert code.compact == "131052-308T"
    assert code.birth_date == date(1952, 10, 13)
    assert code.masked == "131052-****"
    assert identity_problem("131052-308T") is None


@given(
    born=st.dates(date(1800, 1, 1), date(2099, 12, 31)),
    serial=st.integers(2, 899),
    data=st.data(),
)
def test_any_real_date_and_serial_parse_back_to_the_date(
    born: date, serial: int, data: st.DataObject
) -> None:
    sign = data.draw(st.sampled_from(SIGNS[born.year // 100 * 100]))
    code = parse_identity_code(valid_code(born, serial, sign))
    assert code.birth_date == born
    assert code.compact[6] == sign


def test_a_wrong_check_character_says_to_verify_it_from_the_id_card() -> None:
    for wrong in ("131052-308U", "131052-308G"):  # G is never a check character
        with pytest.raises(TiskiError) as error:
            parse_identity_code(wrong)
        assert "check character" in message_of(error)
        assert "ID card" in message_of(error)


def test_a_date_that_does_not_exist_is_named() -> None:
    with pytest.raises(TiskiError) as error:
        parse_identity_code("310252-308x")
    assert message_of(error).startswith("31.02.1952 is not a date")
    assert error.value.message.context == "Identity"


@pytest.mark.parametrize(
    "garbage", ["hello", "131052308T", "131052-308", "131052Z308T", "١٣١٠٥٢-308T"]
)
def test_garbage_gets_the_expected_shape(garbage: str) -> None:
    problem = identity_problem(garbage)
    assert problem is not None
    assert "DDMMYYCZZZQ" in problem.english()
    assert "+ - Y X W V U A B C D E F" in problem.english()


def test_an_empty_code_is_a_problem_of_its_own() -> None:
    problem = identity_problem("   ")
    assert problem is not None
    assert "empty" in problem.english()


def test_temporary_codes_are_refused_with_their_own_message() -> None:
    with pytest.raises(TiskiError) as error:
        parse_identity_code(valid_code(date(1952, 10, 13), 912))
    assert "temporary" in message_of(error)
    assert "900-999" in message_of(error)


def test_the_clear_code_never_shows_in_repr_str_or_format() -> None:
    code = parse_identity_code("131052-308T")
    for shown in (repr(code), str(code), f"{code}", repr([code]), str({"code": code})):
        assert "308T" not in shown
        assert "131052-****" in shown
    visitor = visitor_identity("131052-308T", "Matti Meikäläinen", None, today=TODAY)
    assert "308T" not in repr(visitor)
    assert "Meikäläinen" not in repr(visitor)


def test_an_identity_code_cannot_be_made_invalid() -> None:
    with pytest.raises(ValueError, match="parse_identity_code") as error:
        IdentityCode("131052-308U")
    assert "308U" not in str(error.value)
    with pytest.raises(ValueError, match="parse_identity_code"):
        IdentityCode("131052-308t")  # not compact


def test_error_messages_never_repeat_the_code() -> None:
    for typed in ("131052-308U", "131052-912B", "310252-308X", "131052-308T-extra"):
        problem = identity_problem(typed)
        assert problem is not None
        assert typed[7:] not in problem.english()


# ---------------------------------------------------------------- hashing
def test_identity_hash_is_stable_keyed_and_hex() -> None:
    code = parse_identity_code("131052-308T")
    first = identity_hash(code, SECRET)
    assert first == identity_hash(parse_identity_code(" 131052-308t "), SECRET)
    assert len(first) == 64
    assert int(first, 16) >= 0
    assert first != identity_hash(code, bytes(32))
    assert first != identity_hash(parse_identity_code(valid_code(date(1952, 10, 13), 309)), SECRET)


def test_a_short_key_is_refused() -> None:
    with pytest.raises(ValueError, match="16 bytes"):
        identity_hash(parse_identity_code("131052-308T"), b"short")


def test_secret_fingerprint_tells_keys_apart_without_being_the_hash() -> None:
    assert len(secret_fingerprint(SECRET)) == 16
    assert secret_fingerprint(SECRET) == secret_fingerprint(bytes(SECRET))
    assert secret_fingerprint(SECRET) != secret_fingerprint(bytes(32))
    assert secret_fingerprint(SECRET) not in SECRET.hex()


# ---------------------------------------------------------------- visitors
def test_a_code_gives_the_birth_date_and_the_name_is_optional() -> None:
    visitor = visitor_identity(" 131052-308T ", "  ", None, today=TODAY)
    assert visitor.code is not None
    assert visitor.code.compact == "131052-308T"
    assert visitor.birth_date == date(1952, 10, 13)
    assert visitor.name is None
    named = visitor_identity("131052-308T", "Matti", date(1952, 10, 13), today=TODAY)
    assert named.name == "Matti"


def test_a_code_that_contradicts_the_birth_date_or_today_is_refused() -> None:
    with pytest.raises(TiskiError, match="does not match the identity code"):
        visitor_identity("131052-308T", "", date(1952, 10, 14), today=TODAY)
    with pytest.raises(TiskiError, match="in the future"):
        visitor_identity(valid_code(date(2030, 1, 1), 123), "", None, today=TODAY)
    with pytest.raises(TiskiError, match="check character"):
        visitor_identity("131052-308U", "Matti", None, today=TODAY)


def test_without_a_code_a_name_and_birth_date_are_needed() -> None:
    visitor = visitor_identity("", " Anna\x00 \tSvensson\n", date(1990, 3, 4), today=TODAY)
    assert visitor == VisitorIdentity(code=None, name="Anna Svensson", birth_date=date(1990, 3, 4))
    with pytest.raises(TiskiError) as error:
        visitor_identity("", "", None, today=TODAY)
    assert message_of(error) == (
        "Give the identity code, or the name and birth date of a visitor without one."
    )
    with pytest.raises(TiskiError, match="needs a name"):
        visitor_identity(" ", "\x07", date(1990, 3, 4), today=TODAY)
    with pytest.raises(TiskiError, match="needs a birth date"):
        visitor_identity("", "Anna", None, today=TODAY)


def test_birth_dates_and_names_out_of_range_are_refused() -> None:
    assert visitor_identity("", "Anna", TODAY, today=TODAY).birth_date == TODAY
    assert visitor_identity("", "Anna", date(1900, 1, 1), today=TODAY).name == "Anna"
    with pytest.raises(TiskiError, match=r"15\.05\.2024 is in the future"):
        visitor_identity("", "Anna", date(2024, 5, 15), today=TODAY)
    with pytest.raises(TiskiError, match="before 1900"):
        visitor_identity("", "Anna", date(1899, 12, 31), today=TODAY)
    assert visitor_identity("", "x" * 200, TODAY, today=TODAY).name == "x" * 200
    with pytest.raises(TiskiError, match="201 characters long"):
        visitor_identity("", "x" * 201, TODAY, today=TODAY)


# ---------------------------------------------------------------- the desk's key
def _not_for_discovery() -> float:
    # Defining a backend registers it with keyring; a priority that raises
    # keeps discovery from ever choosing it (as in tests/support).
    raise RuntimeError("test keyring, chosen explicitly only")


class BrokenKeyring(KeyringBackend):
    """A keyring that fails every call with the given error."""

    priority = classproperty(lambda cls: _not_for_discovery())  # type: ignore[assignment]

    def __init__(self, error: KeyringError) -> None:
        super().__init__()
        self.error = error

    def get_password(self, service: str, username: str) -> str | None:
        raise self.error

    def set_password(self, service: str, username: str, password: str) -> None:
        raise self.error

    def delete_password(self, service: str, username: str) -> None:
        raise self.error


def embedded_key_file() -> Path:
    return user_data_dir() / "identity-key"


def test_a_key_stored_in_the_keyring_is_read_back(memory_keyring: MemoryKeyring) -> None:
    secret = new_site_secret()
    assert len(secret) == 32
    store_site_secret(secret)
    assert memory_keyring.passwords[(KEYRING_SERVICE, KEYRING_USER)] == secret.hex()
    assert load_site_secret(secret_file=None, create_if_missing=False) == secret


def test_the_embedded_console_makes_its_key_once(memory_keyring: MemoryKeyring) -> None:
    first = load_site_secret(secret_file=None, create_if_missing=True)
    assert len(first) == 32
    assert memory_keyring.passwords[(KEYRING_SERVICE, KEYRING_USER)] == first.hex()
    assert load_site_secret(secret_file=None, create_if_missing=True) == first
    assert not embedded_key_file().exists()


def test_without_a_keyring_the_key_goes_to_a_private_file() -> None:
    keyring.set_keyring(BrokenKeyring(NoKeyringError("no backend")))
    first = load_site_secret(secret_file=None, create_if_missing=True)
    path = embedded_key_file()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert path.read_text(encoding="ascii").strip() == first.hex()
    assert load_site_secret(secret_file=None, create_if_missing=True) == first
    with pytest.raises(TiskiError, match="no keyring backend"):
        store_site_secret(first)


def test_the_key_is_never_logged(caplog: pytest.LogCaptureFixture) -> None:
    keyring.set_keyring(BrokenKeyring(NoKeyringError("no backend")))
    with caplog.at_level(logging.DEBUG, logger="console"):
        secret = load_site_secret(secret_file=None, create_if_missing=True)
        assert load_site_secret(secret_file=None, create_if_missing=True) == secret
    assert "identity key" in caplog.text
    assert secret.hex() not in caplog.text.lower()


def test_a_locked_keyring_does_not_make_a_second_key() -> None:
    keyring.set_keyring(BrokenKeyring(KeyringLocked("locked")))
    with pytest.raises(TiskiError, match="Unlock the keyring"):
        load_site_secret(secret_file=None, create_if_missing=True)
    assert not embedded_key_file().exists()


def test_a_key_file_is_read_when_private(tmp_path: Path) -> None:
    secret = new_site_secret()
    path = tmp_path / "desk.key"
    path.write_text(secret.hex() + "\n", encoding="ascii")
    path.chmod(0o600)
    assert load_site_secret(secret_file=path, create_if_missing=False) == secret


def test_a_key_file_others_can_read_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "desk.key"
    path.write_text(new_site_secret().hex(), encoding="ascii")
    path.chmod(0o644)
    with pytest.raises(TiskiError) as error:
        load_site_secret(secret_file=path, create_if_missing=True)
    assert f"chmod 600 {path}" in message_of(error)


def test_a_missing_or_damaged_key_file_is_named(tmp_path: Path) -> None:
    path = tmp_path / "desk.key"
    with pytest.raises(TiskiError, match="does not exist") as error:
        load_site_secret(secret_file=path, create_if_missing=False)
    assert str(path) in message_of(error)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT, 0o600)
    os.write(fd, b"not a key")
    os.close(fd)
    with pytest.raises(TiskiError, match="64 hexadecimal characters") as error:
        load_site_secret(secret_file=path, create_if_missing=False)
    assert str(path) in message_of(error)


def test_no_key_and_nothing_to_make_one_says_how_to_set_it() -> None:
    with pytest.raises(TiskiError) as error:
        load_site_secret(secret_file=None, create_if_missing=False)
    assert "`tiski identity set-key`" in message_of(error)
    assert "identity.key_file" in message_of(error)


def test_a_key_typed_by_it_is_checked() -> None:
    secret = new_site_secret()
    assert parse_site_secret(f" {secret.hex().upper()}\n") == secret
    with pytest.raises(TiskiError, match="64 hexadecimal characters"):
        parse_site_secret(secret.hex()[:-2])


@pytest.mark.parametrize(
    "spelling",
    ["131052–308T", "131052‑308T", "131052−308T", "131052 - 308T", "１３１０５２-３０８Ｔ"],
)
def test_an_identity_code_in_any_spelling_is_masked_in_a_note(spelling: str) -> None:
    from console.core.cases import clean_note_text

    stored = clean_note_text(f"asiakas {spelling} soitti")
    assert "308T" not in stored
    assert "３０８Ｔ" not in stored
