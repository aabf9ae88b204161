"""PKCE (RFC 7636): the secret verifier a public client keeps, and the challenge it shows."""

from __future__ import annotations

import base64
import hashlib
import re
import secrets
import string
from typing import Literal

__all__ = ["ChallengeMethod", "code_challenge", "generate_code_verifier"]

ChallengeMethod = Literal["S256", "plain"]

# RFC 7636 4.1: 43 to 128 characters from the unreserved set.
_UNRESERVED = string.ascii_letters + string.digits + "-._~"
_VERIFIER = re.compile(r"[A-Za-z0-9\-._~]{43,128}")


def generate_code_verifier(length: int = 64) -> str:
    """A new random code verifier of `length` (43 to 128) characters, from `secrets`."""
    if not isinstance(length, int) or isinstance(length, bool) or not 43 <= length <= 128:
        raise ValueError(f"a code verifier has 43 to 128 characters (RFC 7636), not {length!r}")
    return "".join(secrets.choice(_UNRESERVED) for _ in range(length))


def code_challenge(code_verifier: str, method: ChallengeMethod = "S256") -> str:
    """The challenge for `code_verifier`: BASE64URL(SHA256(verifier)) without padding for
    S256 (the default), the verifier itself for plain."""
    if not isinstance(code_verifier, str) or not _VERIFIER.fullmatch(code_verifier):
        raise ValueError(
            "a code verifier has 43 to 128 characters of A-Z a-z 0-9 - . _ ~ (RFC 7636);"
            " generate_code_verifier() makes one"
        )
    if method == "plain":
        return code_verifier
    if method != "S256":
        raise ValueError(f"code_challenge_method must be 'S256' or 'plain', not {method!r}")
    digest = hashlib.sha256(code_verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")
