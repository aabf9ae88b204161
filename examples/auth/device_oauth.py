"""Sign in from a device or a command line with a device OAuth app (RFC 8628), with asyncio.

The app asks for a user code, you enter it on Coze's page in any browser, and the app
polls until you allowed access: at the interval Coze gives, 5 s longer after each
`slow_down`, with `asyncio.sleep`, so the rest of the program keeps running meanwhile.
(`python -m coze_ext.auth login` does the same and saves the token for later runs.)

    export COZE_API_BASE=https://api.coze.cn        # coze.cn apps (default: api.coze.com)
    export COZE_CLIENT_ID=...
    python examples/auth/device_oauth.py
"""

from __future__ import annotations

import asyncio
import os

from coze_ext import COZE_COM_BASE_URL, AccessDeniedError, AsyncCoze, AsyncDeviceOAuthApp, OAuthTokenAuth

BASE_URL = os.environ.get("COZE_API_BASE", COZE_COM_BASE_URL)


async def main() -> None:
    async with AsyncDeviceOAuthApp(os.environ["COZE_CLIENT_ID"], BASE_URL) as app:
        code = await app.get_device_code()
        print(f"Open {code.verification_url}", flush=True)
        print(f"and check that it shows the code {code.user_code}.", flush=True)
        try:
            token = await app.get_access_token(code, poll=True)
        except AccessDeniedError:
            print("Access was denied.")
            return

        async with AsyncCoze(auth=OAuthTokenAuth(app, token), base_url=BASE_URL) as coze:
            me = await coze.users.me()
            print(f"Signed in as {me.user_name} ({me.user_id}).")


if __name__ == "__main__":
    asyncio.run(main())
