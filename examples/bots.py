"""Bots, apps, templates and folders: create, publish, list and inspect."""

from __future__ import annotations

from _env import WORKSPACE_ID

from coze_ext import Coze


def main() -> None:
    with Coze() as coze:
        created = coze.bots.create(space_id=WORKSPACE_ID, name="Tea helper", description="Answers tea questions.")
        bot_id = created.bot_id
        print(f"created bot {bot_id}")
        coze.bots.update(bot_id=bot_id, description="Answers every tea question.")
        coze.bots.publish(bot_id=bot_id)  # to the API channel ("1024") unless connector_ids says otherwise

        bot = coze.bots.retrieve(bot_id=bot_id)
        print(f"bot {bot.bot_id}: {bot.name} (logid {bot.logid})")
        for item in coze.bots.list(workspace_id=WORKSPACE_ID, page_size=20):
            print(f"  listed bot {item.id}: {item.name}")
        for version in coze.bots.versions.list(bot_id=bot_id):
            print(f"  version {version.version}")

        for app in coze.apps.list(workspace_id=WORKSPACE_ID):
            print(f"app {app.id}: {app.name}")
        for folder in coze.folders.list(workspace_id=WORKSPACE_ID, folder_type="development"):
            print(f"folder {folder.id}: {folder.name}")
        copy = coze.templates.duplicate(template_id="7400000000000000099", workspace_id=WORKSPACE_ID)
        print(f"template copied as {copy.entity_type} {copy.entity_id}")


if __name__ == "__main__":
    main()
