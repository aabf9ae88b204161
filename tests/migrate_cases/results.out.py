"""Results: the logid, pages, and pydantic's model_dump on results and their items."""

from coze_ext import Coze
import json

coze = Coze(token="pat_example")
bot = coze.bots.retrieve(bot_id="7400000000000000002")
print(json.dumps(bot.to_dict(), ensure_ascii=False, indent=2))
print("logid", bot.logid)
workspaces = coze.workspaces.list()
for page in workspaces.pages():
    print(len(page.items))
for workspace in workspaces.items:
    print(workspace.to_dict())
print(coze.users.me().to_dict())


def show(result):
    # coze migrate: results carry their logid directly here: result.logid (see docs/migration.md#results-pages-and-errors)
    # coze migrate: models are not pydantic here: json.dumps(model.to_dict()) (see docs/migration.md#results-pages-and-errors)
    print(result.response.logid, result.model_dump_json())
