"""Many calls at once on one `AsyncCoze`: questions asked concurrently with `asyncio.gather`.

The client lets at most 100 calls onto the wire at a time (one per connection) and queues
the others in order, so gathering thousands is fine: a call waiting its turn never times
out, and no connection is opened beyond the 100. With the aiohttp extra installed
(`pip install 'coze-ext[aiohttp]'`), the same calls go through aiohttp's connections
(`AioHttpClient`), which costs a fraction of the CPU per call.
"""

from __future__ import annotations

import asyncio
import importlib.util

from _env import BOT_ID

from coze_ext import AioHttpClient, AsyncCoze, Message

QUESTIONS = [f"What is {n} times {n}?" for n in range(1, 31)]


def client() -> AsyncCoze:
    """An `AsyncCoze` on aiohttp when the extra is installed, else on httpx's own pool."""
    if importlib.util.find_spec("aiohttp") is not None:
        return AsyncCoze(http_client=AioHttpClient())  # closed with the client, like its own pool
    return AsyncCoze()


async def ask(coze: AsyncCoze, question: str) -> str:
    done = await coze.chat.create_and_poll(
        bot_id=BOT_ID, user_id="fan-out-example", additional_messages=[Message.user(question)]
    )
    answers = [message.content for message in done.messages if message.type == "answer" and message.content]
    return answers[0] if answers else "(no answer)"


async def main() -> None:
    async with client() as coze:
        answers = await asyncio.gather(*(ask(coze, question) for question in QUESTIONS))
    for question, answer in zip(QUESTIONS, answers, strict=True):
        print(f"{question} -> {answer}")


if __name__ == "__main__":
    asyncio.run(main())
