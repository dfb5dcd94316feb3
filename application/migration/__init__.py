"""Bringing the old Google-Sheets bot's data in.

May import: training, the coach's readers (understanding), ports, domain.
"""
