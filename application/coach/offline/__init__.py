"""The offline coach, by area: runs, the plan day by day, the profile, injuries, conversation."""
from application.coach.offline.coach import OfflineCoach

__all__ = ["OfflineCoach"]
