"""Signing the JWT a JWT OAuth app trades for an access token, and the scope it may ask for.

PyJWT (with cryptography) is imported on first use, so `import coze_ext` stays fast and
REST-only users need neither (`pip install 'coze-ext[jwt]'`).
"""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

__all__ = ["Scope", "load_private_key", "sign_jwt"]

_EXTRA = "JWT OAuth apps need PyJWT with cryptography: pip install 'coze-ext[jwt]'"


@dataclass(frozen=True)
class Scope:
    """What a channel app's JWT token may do: `permission_list` (e.g. `Connector.botChat`)
    on the bots of `bot_id_list`. Without a scope the token has every granted permission."""

    permission_list: Sequence[str]
    bot_id_list: Sequence[str]

    @staticmethod
    def build_bot_chat(bot_id_list: Sequence[str], permission_list: Sequence[str] | None = None) -> Scope:
        """A scope for chatting with these bots only."""
        if isinstance(bot_id_list, str) or not bot_id_list or not all(isinstance(b, str) and b for b in bot_id_list):
            raise ValueError("bot_id_list must be a non-empty list of bot ids")
        return Scope(permission_list=tuple(permission_list or ("Connector.botChat",)), bot_id_list=tuple(bot_id_list))

    def to_dict(self) -> dict[str, Any]:
        """The scope as the token endpoint takes it."""
        return {
            "account_permission": {"permission_list": list(self.permission_list)},
            "attribute_constraint": {"connector_bot_chat_attribute": {"bot_id_list": list(self.bot_id_list)}},
        }


def _pyjwt() -> Any:
    try:
        import jwt
        from cryptography.hazmat.primitives import serialization  # noqa: F401  (RS256 needs it)
    except ImportError as error:
        raise ImportError(_EXTRA) from error
    return jwt


def load_private_key(private_key: str | bytes) -> Any:
    """The RSA private key of a PEM text; a clear error (without the key) if it is not one."""
    _pyjwt()
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    if isinstance(private_key, str):
        private_key = private_key.encode()
    if not isinstance(private_key, bytes) or b"PRIVATE KEY-----" not in private_key:
        raise ValueError("private_key must be the PEM text of the app's RSA private key (-----BEGIN PRIVATE KEY-----)")
    try:
        key = serialization.load_pem_private_key(private_key.strip(), password=None)
    except (ValueError, TypeError):
        # From None: the parser's message may quote the key material.
        raise ValueError("private_key is not a readable unencrypted PEM private key") from None
    if not isinstance(key, rsa.RSAPrivateKey):
        raise ValueError("private_key must be an RSA key: Coze JWTs are signed with RS256")
    return key


def sign_jwt(
    key: Any,
    *,
    client_id: str,
    public_key_id: str,
    audience: str,
    ttl: int,
    now: int,
    session_name: str | None = None,
) -> str:
    """The RS256 JWT Coze expects: header `kid`; claims `iss` (the client id), `aud` (the API
    host), `iat`, `exp` = `iat` + `ttl`, a unique `jti` and the optional `session_name`."""
    claims: dict[str, Any] = {
        "iss": client_id,
        "aud": audience,
        "iat": now,
        "exp": now + ttl,
        # From the OS's randomness: unique even when the application seeds `random`.
        "jti": secrets.token_urlsafe(32),
    }
    if session_name is not None:
        claims["session_name"] = session_name
    token: str = _pyjwt().encode(claims, key, algorithm="RS256", headers={"kid": public_key_id, "typ": "JWT"})
    return token
