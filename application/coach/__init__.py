"""The two coaches (offline and LLM) and what they share: reading runners (understanding/), the knowledge base,
onboarding, the context and the prompt.

May import: tools, training, messages, ports, domain. Never the pipeline (messaging) or the scheduler.
"""
