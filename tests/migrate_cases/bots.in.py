"""bots.list and bots.retrieve: the v1 (default) and v2 (use_api_version=2) calls."""

from cozepy import Coze, TokenAuth

coze = Coze(auth=TokenAuth("pat_example"))
published = coze.bots.list(space_id="7400000000000000010", page_num=2)
drafts = coze.bots.list(space_id="7400000000000000010", use_api_version=2)
online = coze.bots.retrieve(bot_id="7400000000000000002")
draft = coze.bots.retrieve(bot_id="7400000000000000002", use_api_version=2)


def by_version(version: int):
    return coze.bots.list(space_id="7400000000000000010", use_api_version=version)
