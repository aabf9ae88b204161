"""Calls whose receiver cannot be known to be cozepy's are pointed at, never rewritten."""

from coze_ext import Coze


def list_bots(client: "Coze", space_id: str):
    return client.bots.list_v1(space_id=space_id)


def list_more(client, space_id: str):
    # coze migrate: if this is a cozepy client, with use_api_version=2, bots.list(...) is bots.list(...) here (space_id is workspace_id, no use_api_version); with use_api_version=not given or 1, bots.list(...) is bots.list_v1(...) here (page_num is page_index, no use_api_version) (see docs/migration.md#conversations-bots-workspaces-users)
    page = client.bots.list(space_id=space_id)
    # coze migrate: results carry their logid directly here: result.logid (see docs/migration.md#results-pages-and-errors)
    return page.response.logid
