"""Call Coze as a service with a JWT OAuth app: no user, no login, a key pair.

`JWTAuth` signs a JWT with the app's private key, trades it for a token through the
client's own connection (proxy and timeouts included), keeps it, and gets the next one
before it expires: one exchange however many threads or tasks ask at that moment. It uses
the client's base URL, so a coze.cn app only needs `base_url=COZE_CN_BASE_URL` once.

    export COZE_API_BASE=https://api.coze.cn        # coze.cn apps (default: api.coze.com)
    export COZE_CLIENT_ID=... COZE_PUBLIC_KEY_ID=...
    export COZE_PRIVATE_KEY_FILE=private_key.pem    # as downloaded when the key was made
    pip install 'coze-ext[jwt]'
    python examples/auth/jwt_oauth.py
"""

from __future__ import annotations

import os
from pathlib import Path

from coze_ext import COZE_COM_BASE_URL, Coze, JWTAuth

BASE_URL = os.environ.get("COZE_API_BASE", COZE_COM_BASE_URL)


def main() -> None:
    auth = JWTAuth(
        client_id=os.environ["COZE_CLIENT_ID"],
        private_key=Path(os.environ["COZE_PRIVATE_KEY_FILE"]).read_text(),
        public_key_id=os.environ["COZE_PUBLIC_KEY_ID"],
        ttl=3600,  # each token lives an hour
        session_name="example-user-1",  # keeps this end user's conversations apart
    )
    with Coze(auth=auth, base_url=BASE_URL) as coze:
        me = coze.users.me()
        print(f"Calling Coze as {me.user_name} ({me.user_id}), through {auth!r}")
        for bot in coze.bots.list(workspace_id=os.environ.get("COZE_WORKSPACE_ID", "7400000000000000001")):
            print(f"  bot {bot.id}: {bot.name}")


if __name__ == "__main__":
    main()
