"""A cozepy script: list and read bots, upload a file, page through workspaces, handle an error."""

import json
import os
import tempfile
from pathlib import Path

from cozepy import Coze, CozeAPIError, TokenAuth

coze = Coze(auth=TokenAuth(os.environ["COZE_API_TOKEN"]), base_url=os.environ["COZE_API_BASE"])

bot = coze.bots.retrieve(bot_id=os.environ["COZE_BOT_ID"], use_api_version=2)
print("bot:", json.loads(bot.model_dump_json())["name"])
print("bot logid:", bool(bot.response.logid))

published = coze.bots.list(space_id="7400000000000000010")
print("published bots listed:", published.has_more in (True, False))

workspaces = coze.workspaces.list()
for page in workspaces.iter_pages():
    for workspace in page.items:
        print("workspace:", workspace.model_dump()["name"])

with tempfile.TemporaryDirectory() as folder:
    path = Path(folder) / "notes.txt"
    path.write_text("remember the milk")
    uploaded = coze.files.upload(file=path)
    print("uploaded:", uploaded.file_name, uploaded.bytes)

try:
    coze.chat.create(bot_id="7499999999999999999", user_id="script")
except CozeAPIError as error:
    print("refused:", error.code)
