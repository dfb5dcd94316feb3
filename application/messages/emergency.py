"""The emergency number a runner should call, from where they live (their timezone): a red flag's answer
says the number to dial there, not another country's.

Numbers from each country's official emergency services (ambulance): Ecuador ECU 911; US, Canada, Mexico
and the Philippines 911; the UK and Malaysia 999 (112 also connects in the UK); the EU's single number 112
(Ireland too); Australia 000; New Zealand 111; India 112; Singapore 995 (SCDF ambulance); Colombia 123;
Peru 106 (SAMU); Chile 131; Argentina 107; South Africa 112 from a mobile.
"""
from __future__ import annotations

_BY_ZONE = {
    "America/Guayaquil": "911", "Pacific/Galapagos": "911", "America/Bogota": "123", "America/Lima": "106",
    "America/Santiago": "131", "America/Mexico_City": "911", "America/Monterrey": "911",
    "America/Cancun": "911", "America/Tijuana": "911", "Europe/London": "999", "Europe/Dublin": "112",
    "Asia/Singapore": "995", "Asia/Kuala_Lumpur": "999", "Asia/Kolkata": "112", "Asia/Calcutta": "112",
    "Asia/Manila": "911", "Pacific/Auckland": "111", "Africa/Johannesburg": "112",
}
# US and Canadian zones all dial 911.
_NORTH_AMERICA = ("America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles", "America/Phoenix",
                  "America/Anchorage", "America/Toronto", "America/Vancouver", "America/Edmonton",
                  "America/Winnipeg", "America/Halifax", "America/St_Johns", "America/Regina", "America/Detroit",
                  "America/Boise", "Pacific/Honolulu", "America/Indiana/Indianapolis", "America/Montreal")


def emergency_number(timezone: str | None) -> str | None:
    """The number to dial for an ambulance where the runner lives; None when the coach cannot tell."""
    if not timezone:
        return None
    if timezone in _BY_ZONE:
        return _BY_ZONE[timezone]
    if timezone in _NORTH_AMERICA or timezone.startswith(("US/", "Canada/")):
        return "911"
    if timezone.startswith("Australia/"):
        return "000"
    if timezone.startswith("America/Argentina/") or timezone == "America/Buenos_Aires":
        return "107"
    if timezone.startswith("Europe/"):
        return "112"
    return None
