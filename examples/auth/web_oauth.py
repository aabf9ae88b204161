"""Sign a user in with a web OAuth app (authorization code), then call Coze as that user.

A web app's backend keeps the client secret. The user allows access on Coze's page, Coze
sends the browser back to your redirect URL with a `code`, and the backend trades it for a
token that `OAuthTokenAuth` renews with its refresh token. In a real web app the last step
runs in the handler of the redirect URL; here you paste the address the browser was sent to.

    export COZE_API_BASE=https://api.coze.cn        # coze.cn apps (default: api.coze.com)
    export COZE_CLIENT_ID=... COZE_CLIENT_SECRET=...
    export COZE_REDIRECT_URI=http://127.0.0.1:8080/callback   # as registered for the app
    python examples/auth/web_oauth.py
"""

from __future__ import annotations

import os
import sys
from urllib.parse import parse_qs, urlsplit

from coze_ext import COZE_COM_BASE_URL, Coze, OAuthStateError, OAuthTokenAuth, WebOAuthApp, verify_oauth_state

BASE_URL = os.environ.get("COZE_API_BASE", COZE_COM_BASE_URL)
REDIRECT_URI = os.environ.get("COZE_REDIRECT_URI", "http://127.0.0.1:8080/callback")


def main() -> None:
    app = WebOAuthApp(os.environ["COZE_CLIENT_ID"], os.environ["COZE_CLIENT_SECRET"], BASE_URL)
    # The URL carries a fresh random state; a web app keeps url.state in the user's session.
    url = app.get_oauth_url(REDIRECT_URI)
    print("1. Open this page and allow access:", flush=True)
    print(f"   {url}", flush=True)
    redirected = input("2. Paste the address your browser was sent to: ")
    query = parse_qs(urlsplit(redirected.strip()).query)
    try:
        # The redirect must bring the state back unchanged, or it is not from this login.
        verify_oauth_state(url.state, query.get("state", [None])[0])
    except OAuthStateError as error:
        sys.exit(str(error))
    token = app.get_access_token(REDIRECT_URI, query["code"][0])

    with Coze(auth=OAuthTokenAuth(app, token), base_url=BASE_URL) as coze:
        me = coze.users.me()
        print(f"\nSigned in as {me.user_name} ({me.user_id}).")
        print(f"The token is renewed before it expires; this one is good for {token.seconds_left():.0f} s.")
    app.close()


if __name__ == "__main__":
    main()
