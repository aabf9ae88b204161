"""Enterprise administration, plugins, connectors, callback apps, benefits and bills."""

from __future__ import annotations

from _env import ENTERPRISE_ID, WORKSPACE_ID

from coze_ext import Coze


def main() -> None:
    with Coze() as coze:
        for organization in coze.enterprises.organizations.list(enterprise_id=ENTERPRISE_ID):
            print(f"organization {organization.organization_id}: {organization.organization_name}")
        for plugin in coze.plugins.list(page_size=5):
            print(f"store plugin {plugin.metainfo.entity_id if plugin.metainfo else '?'}")
        for category in coze.plugins.categories.list(entity_type="plugin"):
            print(f"plugin category {category.id}: {category.name}")

        app = coze.api_apps.create(app_type="normal", name="Order events")
        coze.api_apps.events.create(api_app_id=app.id, event_types=["bot.published"])
        for event in coze.api_apps.events.list(api_app_id=app.id):
            print(f"callback app {app.id} receives {event.event_type}")

        coze.connectors.install(connector_id="1024", workspace_id=WORKSPACE_ID)
        benefits = coze.benefits.retrieve(benefit_type_list=["api_run_qps"], resource_id="chat")
        print(f"user level: {benefits.basic_info.user_level if benefits.basic_info else '?'}")
        for task in coze.bill_tasks.list():
            print(f"bill task {task.task_id}: {task.status}")


if __name__ == "__main__":
    main()
