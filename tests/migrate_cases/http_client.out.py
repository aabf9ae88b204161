"""cozepy's HTTP clients are httpx's."""

import httpx

from coze_ext import Coze

client = httpx.Client(timeout=httpx.Timeout(timeout=600.0, connect=5.0))
coze = Coze(token="pat_example", http_client=client)
async_client = httpx.AsyncClient(timeout=30)
