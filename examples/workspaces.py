"""Workspaces, their members, the current user and app variables."""

from __future__ import annotations

from _env import BOT_ID, WORKSPACE_ID

from coze_ext import Coze


def main() -> None:
    with Coze() as coze:
        me = coze.users.me()
        print(f"signed in as {me.user_name} ({me.user_id})")
        for workspace in coze.workspaces.list():
            print(f"workspace {workspace.id}: {workspace.name}")
        for member in coze.workspaces.members.list(workspace_id=WORKSPACE_ID):
            print(f"  member {member.user_id}: {member.role_type}")

        coze.variables.update(connector_uid="user-1", bot_id=BOT_ID, data=[{"keyword": "city", "value": "Paris"}])
        variables = coze.variables.retrieve(connector_uid="user-1", bot_id=BOT_ID, keywords=["city"])
        for variable in variables.items or []:
            print(f"variable {variable.keyword} = {variable.value}")


if __name__ == "__main__":
    main()
