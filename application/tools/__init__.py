"""The one tool surface: what either coach (LLM or offline) can do for a runner.

- arguments: each tool's arguments, written once (schema + validation);
- schema / parsing: the JSON schema a model sees, and its arguments structured strictly;
- views: what results show of runs, plans and injuries;
- toolbox: the application operations behind the tools;
- registry: carrying out a call, the same way for both coaches.
"""
from application.tools.registry import ToolOutcome, ToolRegistry
from application.tools.toolbox import CoachTools, InjuryOutcome

__all__ = ["CoachTools", "InjuryOutcome", "ToolOutcome", "ToolRegistry"]
