"""Workflow run histories: a list of one here, under `histories`."""

from coze_ext import Coze

coze = Coze(token="pat_example")
run = coze.workflows.runs.create(workflow_id="7400000000000000003", is_async=True)
history = coze.workflows.runs.histories.retrieve(workflow_id="7400000000000000003", execute_id=run.execute_id)[0]
node = coze.workflows.runs.histories.execute_nodes.retrieve(
    workflow_id="7400000000000000003", execute_id=run.execute_id, node_execute_uuid="n"
)
print(history.execute_status, node.is_finish)
