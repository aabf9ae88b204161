"""Names imported from cozepy: kept, renamed, moved to coze_ext.types, or aliased."""

from cozepy import ChatStatus, MessageRole, WorkflowExecuteStatus
from cozepy import CozeAPIError as ApiFailure


def describe(status: ChatStatus, role: MessageRole) -> str:
    if status == WorkflowExecuteStatus.SUCCESS:
        return "done"
    return f"{role.value} {MessageRole.USER}"


try:
    describe(ChatStatus.COMPLETED, MessageRole.ASSISTANT)
except ApiFailure as error:
    print(error.code, error.msg, error.logid)
