"""bots.list and bots.retrieve: the v1 (default) and v2 (use_api_version=2) calls."""

from coze_ext import Coze

coze = Coze(token="pat_example")
published = coze.bots.list_v1(space_id="7400000000000000010", page_index=2)
drafts = coze.bots.list(workspace_id="7400000000000000010")
online = coze.bots.retrieve_v1(bot_id="7400000000000000002")
draft = coze.bots.retrieve(bot_id="7400000000000000002")


def by_version(version: int):
    # coze migrate: cannot tell which call this is: with use_api_version=2, bots.list(...) is bots.list(...) here (space_id is workspace_id, no use_api_version); with use_api_version=not given or 1, bots.list(...) is bots.list_v1(...) here (page_num is page_index, no use_api_version) (see docs/migration.md#conversations-bots-workspaces-users)
    return coze.bots.list(space_id="7400000000000000010", use_api_version=version)
