"""The voice clients against the emulator, sync and async: what each sends, what it hears,
plays and hands to its handlers, and how it stops (interrupt, pause, refusals, cuts)."""

from __future__ import annotations

import base64
from typing import Any

import pytest
from ws_support import HANG, MODES, client, resolve, session

from coze_ext import APIConnectionError, APIError, WsChatEventType
from coze_ext.audio import MemoryPlayer
from coze_ext.testing import CozeEmulator
from coze_ext.websockets import (
    AsyncWsChatClient,
    AsyncWsSimultInterpretationClient,
    AsyncWsSpeechClient,
    AsyncWsTranscriptionClient,
    Completed,
    WsChatClient,
    WsSimultInterpretationClient,
    WsSpeechClient,
    WsTranscriptionClient,
)

PCM = bytes(range(256)) * 75  # 19,200 bytes: 400 ms of 24 kHz 16-bit mono


def coze_of(mode: str, emulator: CozeEmulator) -> Any:
    return client(mode, token=emulator.token, base_url=emulator.base_url)


def only_session(emulator: CozeEmulator) -> Any:
    (ws,) = emulator.websockets
    return ws


def sent_audio(ws: Any, event_type: str, field: str) -> bytes:
    return b"".join(base64.b64decode(f["data"][field]) for f in ws.sent if f["event_type"] == event_type)


@pytest.mark.parametrize("mode", MODES)
async def test_speech_plays_every_sentence_and_says_when_it_is_done(mode: str, emulator: CozeEmulator) -> None:
    player = MemoryPlayer()
    cls = WsSpeechClient if mode == "sync" else AsyncWsSpeechClient
    speech: Any = cls(coze_of(mode, emulator), player=player)
    seen: list[Any] = []
    speech.on(["conversation.audio.sentence_start", "speech.audio.completed", "completed"], seen.append)
    await resolve(speech.connect(voice_id="v1"))  # before `with`, which then keeps the session
    async with session(speech):
        await resolve(speech.append("Hello there. "))
        await resolve(speech.append("How are you?"))
        await resolve(speech.complete())
        assert await resolve(speech.wait(HANG))
        await resolve(speech.append_and_complete("Bye."))
        assert await resolve(speech.wait(HANG))

    ws = only_session(emulator)
    assert ws.received[0] == {
        "event_type": "speech.update",
        "data": {"output_audio": {"codec": "pcm", "pcm_config": {"sample_rate": 24000}, "voice_id": "v1"}},
    }
    assert ws.received_types[1:] == [
        "input_text_buffer.append",
        "input_text_buffer.append",
        "input_text_buffer.complete",
        "input_text_buffer.append",
        "input_text_buffer.complete",
    ]
    assert [getattr(e.data, "text", None) for e in seen[:2]] == ["Hello there.", "How are you?"]
    bye = ["conversation.audio.sentence_start", "speech.audio.completed", "completed"]
    assert [str(e.event_type) for e in seen[2:]] == ["speech.audio.completed", "completed", *bye]
    assert isinstance(seen[3], Completed) and seen[3].finished is seen[2]
    assert player.pcm == sent_audio(ws, "speech.audio.update", "delta") != b""
    assert ws.wait_ended() and not player.closed  # disconnected; a player given is the caller's


@pytest.mark.parametrize("mode", MODES)
async def test_speech_playback_controls_reach_the_player(mode: str, emulator: CozeEmulator) -> None:
    player = MemoryPlayer()
    cls = WsSpeechClient if mode == "sync" else AsyncWsSpeechClient
    speech: Any = cls(coze_of(mode, emulator), player=player)
    async with session(speech):
        assert speech.is_playing() and speech.player is player
        speech.pause()
        assert not speech.is_playing() and player.paused
        await resolve(speech.append_and_complete("Held back."))
        assert not await resolve(speech.wait(0.2))  # answered, but the audio waits in the paused player
        assert player.queued and not player.played
        speech.toggle_play()  # resumes
        assert speech.is_playing() and await resolve(speech.wait(HANG))
        speech.toggle_play()
        assert not speech.is_playing()
        speech.resume()
        assert speech.is_playing()
        await resolve(speech.interrupt())
        assert player.stops == 1


@pytest.mark.parametrize("mode", MODES)
async def test_an_interrupt_drops_the_rest_of_the_speech(mode: str, emulator: CozeEmulator) -> None:
    player = MemoryPlayer()
    cls = WsSpeechClient if mode == "sync" else AsyncWsSpeechClient
    speech: Any = cls(coze_of(mode, emulator), player=player)
    pieces: list[Any] = []

    def interrupt_after_the_first_piece(event: Any) -> Any:
        pieces.append(event)
        return speech.interrupt() if len(pieces) == 1 else None  # from the client's own thread or task

    speech.on("speech.audio.update", interrupt_after_the_first_piece)
    async with session(speech):
        await resolve(speech.append_and_complete("A long sentence that takes a while to say out loud."))
        assert await resolve(speech.wait(HANG))
        await resolve(speech.append_and_complete("Next."))
        assert await resolve(speech.wait(HANG))

    interrupted, following = utterances(only_session(emulator))
    first_piece = base64.b64decode(pieces[0].data.delta)
    assert player.stops == 1 and len(interrupted) > len(first_piece)
    assert player.pcm == first_piece + following  # the rest of the interrupted text never played


def utterances(ws: Any) -> list[bytes]:
    """The audio of each text the emulator spoke, in order."""
    spoken, current = [], b""
    for frame in ws.sent:
        if frame["event_type"] == "speech.audio.update":
            current += base64.b64decode(frame["data"]["delta"])
        elif frame["event_type"] == "speech.audio.completed":
            spoken, current = [*spoken, current], b""
    return spoken


@pytest.mark.parametrize("mode", MODES)
async def test_a_refused_text_raises_from_wait_and_the_session_goes_on(mode: str, emulator: CozeEmulator) -> None:
    cls = WsSpeechClient if mode == "sync" else AsyncWsSpeechClient
    speech: Any = cls(coze_of(mode, emulator), player=MemoryPlayer())
    errors: list[Any] = []
    speech.on("error", errors.append)
    async with session(speech):
        await resolve(speech.append_and_complete("x" * 1025))  # more than Coze speaks at once
        with pytest.raises(APIError) as refused:
            await resolve(speech.wait(HANG))
        await resolve(speech.append_and_complete("Fine."))
        assert await resolve(speech.wait(HANG))

    assert refused.value.code == 3010 and refused.value.logid == only_session(emulator).logid
    assert "input_text_buffer.complete was refused" in str(refused.value)
    assert [e.data.code for e in errors] == [3010]


@pytest.mark.parametrize("mode", MODES)
async def test_transcription_gives_interim_and_final_text(mode: str, emulator: CozeEmulator) -> None:
    emulator.state.transcribe = lambda audio: f"heard {len(audio)} bytes today"
    cls = WsTranscriptionClient if mode == "sync" else AsyncWsTranscriptionClient
    transcription: Any = cls(coze_of(mode, emulator), sample_rate=16000)
    interim: list[str] = []
    cleared: list[Any] = []
    transcription.on("transcriptions.message.update", lambda e: interim.append(e.data.content))
    transcription.on("input_audio_buffer.cleared", cleared.append)
    async with session(transcription):
        await resolve(transcription.append(b"\x00\x00" * 800))
        await resolve(transcription.clear())
        text = await resolve(transcription.transcribe(PCM, chunk_ms=100, realtime=True, timeout=HANG))

    assert text == transcription.text == "heard 19200 bytes today"
    assert interim == ["heard ", "heard 19200 ", "heard 19200 bytes ", "heard 19200 bytes today"]
    ws = only_session(emulator)
    assert ws.received[0]["data"]["input_audio"]["sample_rate"] == 16000 and len(cleared) == 1
    assert ws.received_types.count("input_audio_buffer.append") == 1 + 6  # 100 ms of 16 kHz is 3,200 bytes


@pytest.mark.parametrize("mode", MODES)
async def test_chat_by_text_and_by_voice(mode: str, emulator: CozeEmulator) -> None:
    emulator.state.transcribe = lambda audio: f"what is {len(audio)}"
    bot = emulator.add_bot().bot_id
    player = MemoryPlayer()
    cls = WsChatClient if mode == "sync" else AsyncWsChatClient
    chat: Any = cls(coze_of(mode, emulator), bot_id=bot, player=player)
    heard: list[str] = []
    chat.on(WsChatEventType.CONVERSATION_AUDIO_TRANSCRIPT_COMPLETED, lambda e: heard.append(e.data.content))
    async with session(chat):
        assert await resolve(chat.ask("hello there", timeout=HANG)) == "You said: hello there"
        spoken = len(player.pcm)
        await resolve(chat.send_audio(PCM))
        assert await resolve(chat.wait(HANG))
        assert chat.answer == "You said: what is 19200"

    ws = only_session(emulator)
    assert ws.received_types[:2] == ["chat.update", "conversation.message.create"]
    assert ws.received[0]["data"]["output_audio"]["pcm_config"] == {"sample_rate": 24000}
    assert heard == ["what is 19200"]
    assert player.pcm == sent_audio(ws, "conversation.audio.delta", "content") and 0 < spoken < len(player.pcm)


@pytest.mark.parametrize("mode", MODES)
async def test_interrupting_a_chat_cancels_it_and_stops_its_audio(mode: str, emulator: CozeEmulator) -> None:
    emulator.state.timing.stream_interval = 0.05
    bot = emulator.add_bot().bot_id
    player = MemoryPlayer()
    cls = WsChatClient if mode == "sync" else AsyncWsChatClient
    chat: Any = cls(coze_of(mode, emulator), bot_id=bot, player=player)
    canceled: list[Any] = []
    deltas: list[Any] = []

    def interrupt_at_the_first_words(event: Any) -> Any:
        deltas.append(event)
        return chat.interrupt() if len(deltas) == 1 else None

    chat.on("conversation.message.delta", interrupt_at_the_first_words)
    chat.on("conversation.chat.canceled", canceled.append)
    async with session(chat):
        await resolve(chat.send_text("tell me a very long story about the sea"))
        assert await resolve(chat.wait(HANG))

    ws = only_session(emulator)
    assert "conversation.chat.cancel" in ws.received_types and len(canceled) == 1
    assert "conversation.chat.completed" not in ws.sent_types and player.stops == 1
    assert player.pcm == b"" and not chat.answer.endswith("sea")  # cut short, before it was spoken


@pytest.mark.parametrize("mode", MODES)
async def test_simultaneous_interpretation_hears_translates_and_speaks(mode: str, emulator: CozeEmulator) -> None:
    emulator.state.transcribe = lambda audio: "good morning team"
    player = MemoryPlayer()
    cls = WsSimultInterpretationClient if mode == "sync" else AsyncWsSimultInterpretationClient
    interpreter: Any = cls(coze_of(mode, emulator), player=player)
    await resolve(interpreter.connect("en", "zh", glossary=[("team", "crew")], hot_words=["team"]))
    async with session(interpreter):
        translation = await resolve(interpreter.interpret(PCM, timeout=HANG))

    assert translation == interpreter.translation == "(zh) good morning crew"
    assert interpreter.transcription == "good morning team"
    ws = only_session(emulator)
    assert ws.received[0]["data"]["translate_config"] == {
        "from": "en",
        "to": "zh",
        "glossary": [{"original": "team", "translation": "crew"}],
        "hot_words": ["team"],
    }
    assert player.pcm == sent_audio(ws, "simult_interpretation.audio.delta", "delta") != b""


@pytest.mark.parametrize("mode", MODES)
async def test_a_cut_session_raises_from_wait_and_from_the_next_send(mode: str, emulator: CozeEmulator) -> None:
    emulator.faults.add(route="WS /v1/audio/speech", drop_after_events=3)
    cls = WsSpeechClient if mode == "sync" else AsyncWsSpeechClient
    speech: Any = cls(coze_of(mode, emulator), player=MemoryPlayer())
    async with session(speech):
        await resolve(speech.append_and_complete("One. Two. Three. Four."))
        with pytest.raises(APIConnectionError):
            await resolve(speech.wait(HANG))
        with pytest.raises(APIConnectionError):
            await resolve(speech.append("more"))


@pytest.mark.parametrize("mode", MODES)
async def test_handlers_are_checked(mode: str, emulator: CozeEmulator) -> None:
    cls = WsSpeechClient if mode == "sync" else AsyncWsSpeechClient
    speech: Any = cls(coze_of(mode, emulator), player=MemoryPlayer())
    with pytest.raises(TypeError, match="event_types"):
        speech.on(42, print)
    with pytest.raises(TypeError, match="callable"):
        speech.on("error", "print")

    async def handler(event: Any) -> None: ...

    if mode == "sync":
        with pytest.raises(TypeError, match="Async"):
            speech.on("error", handler)
    else:
        speech.on("error", handler)
    with pytest.raises(RuntimeError, match="connect"):
        await resolve(speech.append("too soon"))
