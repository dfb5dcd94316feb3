"""Messages the coach sends on its own, on schedule (progress summaries, plan renewals).

May import: the coach's reply types, training, messages, ports, domain. Never the pipeline.
"""
