"""Use cases on the runner's training: runs, cross-training, injuries, plans, fitness and progress.

May import: ports, messages, domain. Never the coaches, the tools, the pipeline or the scheduler.
"""
