"""Client set-up: a token wrapped in TokenAuth becomes token=; other auth stays auth=."""

import os

from coze_ext import COZE_CN_BASE_URL, AsyncCoze, Coze, JWTAuth, JWTOAuthApp, TokenAuth

coze = Coze(token=os.environ["COZE_API_TOKEN"], base_url=COZE_CN_BASE_URL)
positional = Coze(token=os.environ["COZE_API_TOKEN"], base_url=COZE_CN_BASE_URL)
async_coze = AsyncCoze(
    token=os.environ["COZE_API_TOKEN"],
    base_url=COZE_CN_BASE_URL,
)
app = JWTOAuthApp(
    client_id=os.environ["COZE_CLIENT_ID"],
    private_key=open("private_key.pem").read(),
    public_key_id=os.environ["COZE_PUBLIC_KEY_ID"],
    base_url=COZE_CN_BASE_URL,
)
jwt_coze = Coze(auth=JWTAuth(oauth_app=app), base_url=COZE_CN_BASE_URL)
shared_auth = TokenAuth(os.environ["COZE_API_TOKEN"])
