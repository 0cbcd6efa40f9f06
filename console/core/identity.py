"""Finnish personal identity codes (henkilötunnus).

Only what start-up needs lives here yet: recognising anything shaped like a
code so that logs can mask it. Validation and hashing arrive with visitor
identity.
"""

from __future__ import annotations

import re

# DDMMYY, a century sign (+, -, A-F, U-Y), three digits, a check character.
# Deliberately loose: a log line with something that merely looks like a code
# is masked too.
IDENTITY_CODE_SHAPE = re.compile(r"\b\d{6}[-+A-FU-Ya-fu-y]\d{3}[0-9A-Ya-y]\b")


def mask_identity_codes(text: str) -> str:
    """Replace everything shaped like an identity code with a masked form."""
    return IDENTITY_CODE_SHAPE.sub(lambda m: m.group(0)[:6] + "-****", text)
