"""Sign in with a PKCE OAuth app (desktop, mobile, single page: no client secret), and keep
the login in a file so the next run needs none.

The app proves it started the login with a random code verifier: the authorization URL
carries its SHA-256 challenge, the code exchange the verifier itself (RFC 7636). The token
is saved in a file only you can read; `OAuthTokenAuth` renews it and saves each new one.

    export COZE_API_BASE=https://api.coze.cn        # coze.cn apps (default: api.coze.com)
    export COZE_CLIENT_ID=...
    export COZE_REDIRECT_URI=http://127.0.0.1:8080/callback   # as registered for the app
    python examples/auth/pkce_oauth.py             # again: no login, the saved one is used
"""

from __future__ import annotations

import os
import sys
from urllib.parse import parse_qs, urlsplit

from coze_ext import (
    COZE_COM_BASE_URL,
    Coze,
    FileTokenStore,
    OAuthStateError,
    OAuthTokenAuth,
    PKCEOAuthApp,
    generate_code_verifier,
    verify_oauth_state,
)

BASE_URL = os.environ.get("COZE_API_BASE", COZE_COM_BASE_URL)
REDIRECT_URI = os.environ.get("COZE_REDIRECT_URI", "http://127.0.0.1:8080/callback")
TOKEN_FILE = os.environ.get("COZE_TOKEN_FILE", "~/.config/coze/pkce-example-token.json")


def log_in(app: PKCEOAuthApp, store: FileTokenStore) -> None:
    verifier = generate_code_verifier()  # a secret for this login only
    url = app.get_oauth_url(REDIRECT_URI, verifier)  # with a fresh random state: url.state
    print("1. Open this page and allow access:", flush=True)
    print(f"   {url}", flush=True)
    redirected = input("2. Paste the address your browser was sent to: ")
    query = parse_qs(urlsplit(redirected.strip()).query)
    try:
        verify_oauth_state(url.state, query.get("state", [None])[0])
    except OAuthStateError as error:
        sys.exit(str(error))
    store.save(app.get_access_token(REDIRECT_URI, query["code"][0], verifier))


def main() -> None:
    app = PKCEOAuthApp(os.environ["COZE_CLIENT_ID"], BASE_URL)
    store = FileTokenStore(TOKEN_FILE)
    if store.load() is None:
        log_in(app, store)
    else:
        print(f"Using the login saved in {store.path}")
    with Coze(auth=OAuthTokenAuth(app, store=store), base_url=BASE_URL) as coze:
        me = coze.users.me()
        print(f"Signed in as {me.user_name} ({me.user_id}); the login is kept in {store.path}.")
    app.close()


if __name__ == "__main__":
    main()
