"""Workflow run histories: a list of one here, under `histories`."""

from cozepy import Coze, TokenAuth

coze = Coze(auth=TokenAuth("pat_example"))
run = coze.workflows.runs.create(workflow_id="7400000000000000003", is_async=True)
history = coze.workflows.runs.run_histories.retrieve(workflow_id="7400000000000000003", execute_id=run.execute_id)
node = coze.workflows.runs.run_histories.execute_nodes.retrieve(
    workflow_id="7400000000000000003", execute_id=run.execute_id, node_execute_uuid="n"
)
print(history.execute_status, node.is_finish)
