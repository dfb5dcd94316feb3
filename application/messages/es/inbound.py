"""Lo que el coach dice cuando un mensaje no se puede responder como siempre."""

PHRASES: dict[str, str] = {
    "only_text": "Por ahora solo entiendo mensajes de texto ✍️. Escríbeme lo que me quieras contar "
                 "(por ejemplo «hoy corrí 8 km en 45 min») y te respondo.",
    "message_failed": "Uy, tuve un problema con tu mensaje 😓 y no guardé nada de él. "
                      "¿Me lo escribes otra vez con otras palabras?",
    "late_reply": "Tu mensaje del {day} me llegó recién ahora 🙏; te respondo sobre ese día:",
}
