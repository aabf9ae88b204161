"""Names imported from cozepy: kept, renamed, moved to coze_ext.types, or aliased."""

from coze_ext import ChatStatus, RoleType
from coze_ext.types import WorkflowExecuteStatus
from coze_ext import APIError as ApiFailure


def describe(status: ChatStatus, role: RoleType) -> str:
    if status == WorkflowExecuteStatus.SUCCESS:
        return "done"
    return f"{role.value} {RoleType.USER}"


try:
    describe(ChatStatus.COMPLETED, RoleType.ASSISTANT)
except ApiFailure as error:
    print(error.code, error.msg, error.logid)
