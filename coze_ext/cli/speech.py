"""`coze speech TEXT -o OUT.wav`: say a text in a Coze voice, into a WAV file or out loud."""

from __future__ import annotations

from contextlib import closing, nullcontext
from pathlib import Path

import click

from .. import Coze
from .._errors import AudioPlaybackError
from ..audio import MemoryPlayer, Player, SimpleAudioPlayer, WavWriter, decode_audio
from ..websockets import WsSpeechClient
from ._connect import with_client
from ._output import note

_NO_SOUND = "use -o FILE.wav to write it to a file instead"


@click.command("speech")
@click.argument("text")
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write the speech to this WAV file."
)
@click.option("--play", is_flag=True, help="Play it on the sound card (needs the audio extra).")
@click.option("--voice", metavar="ID", help="The voice to speak in (default: the server's).")
@click.option(
    "--sample-rate",
    type=click.IntRange(min=1),
    default=24000,
    show_default=True,
    help="Samples per second of the audio.",
)
@with_client
def command(coze: Coze, text: str, output: Path | None, play: bool, voice: str | None, sample_rate: int) -> None:
    """Say TEXT in a Coze voice, into a WAV file or out loud.

    The speech goes to the WAV file given with -o, to the sound card with --play, or both.
    It is 16-bit mono PCM, synthesised over the real-time speech WebSocket.
    """
    if output is None and not play:
        raise click.UsageError("say where the speech goes: -o FILE.wav, --play, or both")
    player = _player(play, sample_rate)
    try:
        with closing(player), WavWriter(output, sample_rate=sample_rate) if output else nullcontext() as wav:
            speech = WsSpeechClient(coze, player=player, sample_rate=sample_rate)
            if wav is not None:
                speech.on("speech.audio.update", lambda event: wav.write(decode_audio(event.data.delta)))
            speech.connect(voice_id=voice)
            with speech:
                speech.append_and_complete(text)
                speech.wait()
    except AudioPlaybackError as error:
        raise click.ClickException(f"could not play the speech ({error.cause}); {_NO_SOUND}") from None
    if wav is not None:
        note(f"{wav.format.seconds(wav.size):.1f} s of speech")
        click.echo(str(output))


def _player(play: bool, sample_rate: int) -> Player:
    """The sound card's player for --play; otherwise one that only keeps the audio."""
    if not play:
        return MemoryPlayer()
    try:
        return SimpleAudioPlayer(sample_rate=sample_rate)
    except ImportError as error:  # the audio extra is not installed
        raise click.ClickException(f"{error}; {_NO_SOUND}") from None
