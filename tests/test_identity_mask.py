"""The identity-code mask: every spelling of a code caught, only the code's span changed."""

from __future__ import annotations

import uuid

import pytest
from hypothesis import given
from hypothesis import strategies as st

from console.identity_mask import find_identity_codes, mask_identity_codes

CODE = "131052-308T"


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("asiakas 131052–308T soitti", "asiakas 131052-**** soitti"),  # en dash
        ("131052—308T", "131052-****"),  # em dash
        ("131052‑308T", "131052-****"),  # non-breaking hyphen
        ("131052−308T", "131052-****"),  # minus sign
        ("131052﹣308T", "131052-****"),  # small hyphen-minus
        ("131052－308T", "131052-****"),  # fullwidth hyphen-minus
        ("１３１０５２-３０８Ｔ", "131052-****"),  # fullwidth digits and letter
        ("131052 - 308T", "131052-****"),
        ("131052\u00a0-\u2009308T", "131052-****"),  # no-break and thin spaces
        ("131052-308t", "131052-****"),  # lower case
        ("1310\u200b52-30\u00ad8T", "131052-****"),  # zero-width space, soft hyphen
        ("HETU_131052-308T", "HETU_131052-****"),
        ("abc131052-308Txyz", "abc131052-****xyz"),
        ("01.01.2020131052-308T", "01.01.2020131052-****"),  # glued to a date
        ("131052 308T", "131052-****"),  # a search split at the hyphen
        ("131052308T", "131052-****"),
        ("010105A990S", "010105-****"),  # temporary code, 2000s
        ("010105f990s", "010105-****"),
        ("010199Y123X", "010199-****"),  # 2023's signs
        ("010199u123x", "010199-****"),
        ("010185+123R", "010185-****"),  # 1800s
    ],
)
def test_every_spelling_of_a_code_is_masked(typed: str, stored: str) -> None:
    assert mask_identity_codes(typed) == stored


def test_only_the_codes_span_changes_and_the_prose_keeps_its_typography() -> None:
    text = "Hän — siis asiakas — antoi 131052–308T; ks. 1.1.–2.1.2026 “lainaus”"
    assert mask_identity_codes(text) == (
        "Hän — siis asiakas — antoi 131052-****; ks. 1.1.–2.1.2026 “lainaus”"
    )


def test_a_number_without_a_sign_is_masked_only_with_a_right_check_character() -> None:
    assert mask_identity_codes("puh. 0401234567") == "puh. 0401234567"
    assert mask_identity_codes("viite 1310523080") == "viite 1310523080"
    assert mask_identity_codes("tili 12131052308T45") == "tili 12131052308T45"  # inside a number


def test_ids_and_hashes_are_not_codes() -> None:
    client_id = "5b0f9c2e-1310-4523-0800-123456789012"
    assert mask_identity_codes(client_id) == client_id
    hashed = "ab" + "131052a308f" * 3 + "0123456789abcdef" * 2
    assert mask_identity_codes(hashed) == hashed
    for _ in range(200):
        made = str(uuid.uuid4())
        assert mask_identity_codes(made) == made


def test_overlapping_shapes_are_masked_as_one() -> None:
    assert mask_identity_codes("010190-010190-123M") == "010190-****"


def test_a_match_never_shows_the_code() -> None:
    (match,) = find_identity_codes(f"x {CODE}")
    assert "308T" not in repr(match)
    assert match.valid
    assert (match.start, match.end) == (2, 13)


def test_the_console_the_plugin_api_and_the_sandbox_mask_with_one_function() -> None:
    from console.core import identity
    from console.ops.sandbox import handler as sandbox
    from console.plugin_api import mask_identity_codes as for_plugins

    assert identity.mask_identity_codes is mask_identity_codes
    assert for_plugins is mask_identity_codes
    assert sandbox.mask_identity_codes is mask_identity_codes


@given(st.text())
def test_masking_leaves_nothing_to_mask(text: str) -> None:
    masked = mask_identity_codes(text)
    assert mask_identity_codes(masked) == masked
    assert not list(find_identity_codes(masked))


@given(st.text(alphabet=st.characters(codec="utf-8")), st.text())
def test_text_without_digits_around_a_code_is_kept_as_it_was(before: str, after: str) -> None:
    before = "".join(ch for ch in before if not ch.isdecimal() and not ch.isdigit())[:20]
    after = "".join(ch for ch in after if not ch.isdecimal() and not ch.isdigit())[:20]
    masked = mask_identity_codes(f"{before} {CODE} {after}")
    assert masked.startswith(before)
    assert masked.endswith(after)
    assert "308T" not in masked


@pytest.mark.parametrize(
    ("logged", "stored"),
    [
        (repr("131052\u00a0-\u00a0308T"), "'131052-****'"),  # repr() of a pasted code
        (r"\uff11\uff13\uff11\uff10\uff15\uff12-308T", "131052-****"),  # ASCII-only JSON
        (r"131052\u2013308T", "131052-****"),
        (r"C:\x\131052-308T and x \u2013 y", r"C:\x\131052-**** and x \u2013 y"),
    ],
)
def test_a_code_written_with_escapes_is_masked_too(logged: str, stored: str) -> None:
    assert mask_identity_codes(logged) == stored
