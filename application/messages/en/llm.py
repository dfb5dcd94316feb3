"""What the coach says in English when the language model declines to answer a message."""

PHRASES: dict[str, str] = {
    # The provider refused (Anthropic stop_reason "refusal", OpenAI message.refusal): a kind no,
    # and a way back to what the coach is for.
    'llm_refused': "I can't help with that one. I'm here for your running: tell me how your last run "
                   "went or ask me about your plan.",
}
