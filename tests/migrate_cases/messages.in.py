"""Message builders."""

from cozepy import Message, MessageObjectString

text = "What is in this picture?"
messages = [
    Message.build_user_question_text("Hello!"),
    Message.build_assistant_answer(content="Hi, how can I help?", meta_data={"source": "faq"}),
    Message.build_user_question_objects(
        [
            MessageObjectString.build_text(text),
            MessageObjectString.build_image(file_id="7400000000000000001"),
            MessageObjectString.build_file(file_url="https://example.com/report.pdf"),
            MessageObjectString.build_audio(file_id="7400000000000000004"),
        ]
    ),
]
