"""Results: the logid, pages, and pydantic's model_dump on results and their items."""

from cozepy import Coze, TokenAuth

coze = Coze(auth=TokenAuth("pat_example"))
bot = coze.bots.retrieve(bot_id="7400000000000000002", use_api_version=2)
print(bot.model_dump_json(indent=2))
print("logid", bot.response.logid)
workspaces = coze.workspaces.list()
for page in workspaces.iter_pages():
    print(len(page.items))
for workspace in workspaces.items:
    print(workspace.model_dump(mode="json"))
print(coze.users.me().model_dump())


def show(result):
    print(result.response.logid, result.model_dump_json())
