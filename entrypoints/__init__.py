"""Ways in: the terminal chat, the HTTP app (WhatsApp webhook + JSON API) and the scheduler."""
