"""What the coach says in Spanish when the language model declines to answer a message."""

PHRASES: dict[str, str] = {
    # The provider refused (Anthropic stop_reason "refusal", OpenAI message.refusal): a kind no,
    # and a way back to what the coach is for.
    'llm_refused': 'Con eso no te puedo ayudar. Lo mío es tu entrenamiento: cuéntame cómo te fue en tu '
                   'último trote o pregúntame por tu plan.',
}
