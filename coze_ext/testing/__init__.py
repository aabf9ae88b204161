"""A local Coze Open API emulator for your tests and demos (`pip install coze-ext[emulator]`).

    from coze_ext import Coze
    from coze_ext.testing import CozeEmulator

    with CozeEmulator() as emu:
        coze = Coze(base_url=emu.base_url, token=emu.token)
        bot = emu.add_bot("Echo bot")
        chat = coze.chat.create(bot_id=bot.bot_id, user_id="me", additional_messages=[...])

A real HTTP server on 127.0.0.1 that speaks the API as `openapi/coze.yaml` describes it:
chats with a deterministic echo bot (streamed word by word), conversations, messages,
files, bots and workflows kept in memory; OAuth apps whose logins and tokens are verified
(`add_oauth_app`); every other operation answers its spec example. Its WebSocket endpoints
(chat, speech, transcriptions, simultaneous interpretation) answer like the recorded Coze
sessions, with deterministic audio and text. Inject failures with `emu.faults.add(...)`,
assert on `emu.requests` and `emu.websockets`. In pytest, load the
plugin (`pytest_plugins = ["coze_ext.testing.pytest_plugin"]`) and use `coze_emulator`.
From a shell: `python -m coze_ext.testing --port 8080`.
"""

from __future__ import annotations

try:
    import starlette  # noqa: F401
    import uvicorn  # noqa: F401
except ImportError as error:  # pragma: no cover - depends on the installed extras
    raise ImportError("coze_ext.testing needs the emulator extra: pip install 'coze-ext[emulator]'") from error

from ._faults import Fault, Faults
from ._oauth import DeviceLogin, IssuedToken, OAuthClient, OAuthServer
from ._server import DEFAULT_TOKEN, CozeEmulator, RecordedRequest
from ._spec import default_spec_path
from ._state import Bot, State, Timing, Workflow, echo, hear
from ._ws_server import WebSocketSession

__all__ = [
    "DEFAULT_TOKEN",
    "Bot",
    "CozeEmulator",
    "DeviceLogin",
    "Fault",
    "Faults",
    "IssuedToken",
    "OAuthClient",
    "OAuthServer",
    "RecordedRequest",
    "State",
    "Timing",
    "WebSocketSession",
    "Workflow",
    "default_spec_path",
    "echo",
    "hear",
]
