"""The message pipeline: inbox → queue → one unit of work per message → outbox → WhatsApp, exactly once and in order.

May import: the coach (to answer), ports, messages, domain. Never imported by the coach, the tools or training.
"""
