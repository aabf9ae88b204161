"""Tool outputs with and without streaming, and per-call headers."""

from cozepy import Coze, TokenAuth, ToolOutput

coze = Coze(auth=TokenAuth("pat_example"))
outputs = [ToolOutput(tool_call_id="call_1", output="sunny")]
chat = coze.chat.submit_tool_outputs(conversation_id="c", chat_id="x", tool_outputs=outputs, stream=False)
stream = coze.chat.submit_tool_outputs(conversation_id="c", chat_id="x", tool_outputs=outputs, stream=True)
me = coze.users.me(headers={"x-trace": "1"})
