"""Message builders."""

from coze_ext import audio_part, file, image, Message
import coze_ext

text = "What is in this picture?"
messages = [
    Message.user("Hello!"),
    Message.assistant("Hi, how can I help?", meta_data={"source": "faq"}),
    Message.user(
        [
            coze_ext.text(text),
            image(file_id="7400000000000000001"),
            file(url="https://example.com/report.pdf"),
            audio_part(file_id="7400000000000000004"),
        ]
    ),
]
