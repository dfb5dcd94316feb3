"""The running coach's world: runners, runs, plans, injuries and what the coach remembers.

Pure models and rules only: no I/O, no frameworks beyond attrs.
"""
