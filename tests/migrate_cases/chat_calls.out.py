"""Tool outputs with and without streaming, and per-call headers."""

from coze_ext import Coze
from coze_ext.types import ChatToolOutput

coze = Coze(token="pat_example")
outputs = [ChatToolOutput(tool_call_id="call_1", output="sunny")]
chat = coze.chat.submit_tool_outputs(conversation_id="c", chat_id="x", tool_outputs=outputs)
stream = coze.chat.submit_tool_outputs_stream(conversation_id="c", chat_id="x", tool_outputs=outputs)
me = coze.users.me(extra_headers={"x-trace": "1"})
