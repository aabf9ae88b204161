"""cozepy's HTTP clients are httpx's."""

import httpx

from cozepy import AsyncHTTPClient, Coze, SyncHTTPClient, TokenAuth

client = SyncHTTPClient(timeout=httpx.Timeout(timeout=600.0, connect=5.0))
coze = Coze(auth=TokenAuth("pat_example"), http_client=client)
async_client = AsyncHTTPClient(timeout=30)
