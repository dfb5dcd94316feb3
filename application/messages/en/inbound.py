"""What the coach says when a message can't be answered the usual way."""

PHRASES: dict[str, str] = {
    "only_text": "For now I only understand text messages ✍️. Write me what you'd like to tell me "
                 "(e.g. \"ran 5 km in 30 min\") and I'll answer.",
    "message_failed": "Oops, I had a problem with your message 😓 and saved nothing from it. "
                      "Could you write it again in other words?",
    "late_reply": "Your message from {day} only reached me now 🙏; here is my answer about that day:",
}
