"""Calls whose receiver cannot be known to be cozepy's are pointed at, never rewritten."""

from cozepy import Coze


def list_bots(client: "Coze", space_id: str):
    return client.bots.list(space_id=space_id)


def list_more(client, space_id: str):
    page = client.bots.list(space_id=space_id)
    return page.response.logid
