"""`coze transcribe IN.wav`: the text spoken in a WAV file, recognised by Coze."""

from __future__ import annotations

from pathlib import Path

import click

from .. import Coze
from ..audio import read_wav
from ..types import WsTranscriptionsMessageUpdateEvent
from ..websockets import WsTranscriptionClient
from ._connect import with_client
from ._output import note


@click.command("transcribe")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--realtime", is_flag=True, help="Send the audio at the pace it plays, as a microphone would.")
@with_client
def command(coze: Coze, path: Path, realtime: bool) -> None:
    """Print the text spoken in PATH, a PCM WAV file.

    The audio goes over the real-time transcription WebSocket; on a terminal the text is
    shown as it is recognised.
    """
    try:
        audio = read_wav(path)
    except ValueError as error:  # not a WAV file, or not PCM
        raise click.BadParameter(str(error), param_hint="PATH") from None

    def interim(event: WsTranscriptionsMessageUpdateEvent) -> None:
        note(f"... {event.data.content}")

    with WsTranscriptionClient(
        coze, sample_rate=audio.sample_rate, channels=audio.channels, sample_width=audio.sample_width
    ) as transcription:
        transcription.on("transcriptions.message.update", interim)
        click.echo(transcription.transcribe(audio.pcm, realtime=realtime))
