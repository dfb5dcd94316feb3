"""How far domain.vdot's predictions are from Daniels' published VDOT table.

Run from the repository root:  .venv/bin/python benchmarks/vdot_table_error.py

The table below is the race-time table of Daniels' Running Formula (VDOT 30–85; 5k, 10k, half
marathon, marathon). Each cell was cross-checked against an independent transcription of the
same table; cells where the two disagree by more than 3 s are left out (None): the 5k for
VDOT 77–85, the 10k for VDOT 84–85 and the half for VDOT 48.

For every cell it prints the relative error of the predicted time (race_time_for) and of the
VDOT read back from the published time (vdot_from_race), as max and mean per distance.
"""
from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from domain.pace import format_clock  # noqa: E402
from domain.vdot import RACE_DISTANCES_M, race_time_for, vdot_from_race  # noqa: E402

DISTANCES = ("5k", "10k", "half", "marathon")

# VDOT: (5k, 10k, half, marathon)
PUBLISHED: dict[int, tuple[str | None, ...]] = {
    30: (  "30:40",   "63:46", "2:21:04", "4:49:17"),
    31: (  "29:51",   "62:03", "2:17:21", "4:41:57"),
    32: (  "29:05",   "60:26", "2:13:49", "4:34:59"),
    33: (  "28:21",   "58:54", "2:10:27", "4:28:22"),
    34: (  "27:39",   "57:26", "2:07:16", "4:22:03"),
    35: (  "27:00",   "56:03", "2:04:13", "4:16:03"),
    36: (  "26:22",   "54:44", "2:01:19", "4:10:19"),
    37: (  "25:46",   "53:29", "1:58:34", "4:04:50"),
    38: (  "25:12",   "52:17", "1:55:55", "3:59:35"),
    39: (  "24:39",   "51:09", "1:53:24", "3:54:34"),
    40: (  "24:08",   "50:03", "1:50:59", "3:49:45"),
    41: (  "23:38",   "49:01", "1:48:40", "3:45:09"),
    42: (  "23:09",   "48:01", "1:46:27", "3:40:43"),
    43: (  "22:41",   "47:04", "1:44:20", "3:36:28"),
    44: (  "22:15",   "46:09", "1:42:17", "3:32:23"),
    45: (  "21:50",   "45:16", "1:40:20", "3:28:26"),
    46: (  "21:25",   "44:25", "1:38:27", "3:24:39"),
    47: (  "21:02",   "43:36", "1:36:38", "3:21:00"),
    48: (  "20:39",   "42:50",      None, "3:17:29"),
    49: (  "20:18",   "42:04", "1:33:12", "3:14:06"),
    50: (  "19:57",   "41:21", "1:31:35", "3:10:49"),
    51: (  "19:36",   "40:39", "1:30:02", "3:07:39"),
    52: (  "19:17",   "39:59", "1:28:31", "3:04:36"),
    53: (  "18:58",   "39:20", "1:27:04", "3:01:39"),
    54: (  "18:40",   "38:42", "1:25:40", "2:58:47"),
    55: (  "18:22",   "38:06", "1:24:18", "2:56:01"),
    56: (  "18:05",   "37:31", "1:23:00", "2:53:20"),
    57: (  "17:49",   "36:57", "1:21:43", "2:50:45"),
    58: (  "17:33",   "36:24", "1:20:30", "2:48:14"),
    59: (  "17:17",   "35:52", "1:19:18", "2:45:47"),
    60: (  "17:03",   "35:22", "1:18:09", "2:43:25"),
    61: (  "16:48",   "34:52", "1:17:02", "2:41:08"),
    62: (  "16:34",   "34:23", "1:15:57", "2:38:54"),
    63: (  "16:20",   "33:55", "1:14:54", "2:36:44"),
    64: (  "16:07",   "33:28", "1:13:53", "2:34:38"),
    65: (  "15:54",   "33:01", "1:12:53", "2:32:35"),
    66: (  "15:42",   "32:35", "1:11:56", "2:30:36"),
    67: (  "15:29",   "32:11", "1:11:00", "2:28:40"),
    68: (  "15:18",   "31:46", "1:10:05", "2:26:47"),
    69: (  "15:06",   "31:23", "1:09:12", "2:24:57"),
    70: (  "14:55",   "31:00", "1:08:21", "2:23:10"),
    71: (  "14:44",   "30:38", "1:07:31", "2:21:26"),
    72: (  "14:34",   "30:16", "1:06:42", "2:19:44"),
    73: (  "14:24",   "29:55", "1:05:54", "2:18:05"),
    74: (  "14:14",   "29:34", "1:05:08", "2:16:29"),
    75: (  "14:04",   "29:14", "1:04:23", "2:14:55"),
    76: (  "13:55",   "28:55", "1:03:39", "2:13:23"),
    77: (     None,   "28:36", "1:02:56", "2:11:54"),
    78: (     None,   "28:17", "1:02:15", "2:10:27"),
    79: (     None,   "27:59", "1:01:34", "2:09:02"),
    80: (     None,   "27:41", "1:00:54", "2:07:38"),
    81: (     None,   "27:24", "1:00:15", "2:06:17"),
    82: (     None,   "27:07",   "59:38", "2:04:57"),
    83: (     None,   "26:51",   "59:01", "2:03:40"),
    84: (     None,      None,   "58:25", "2:02:24"),
    85: (     None,      None,   "57:50", "2:01:10"),
}


def seconds(clock: str) -> int:
    total = 0
    for part in clock.split(":"):
        total = total * 60 + int(part)
    return total


def main() -> None:
    print(f"{'distance':<10}{'cells':>6}{'max |time err|':>16}{'mean |time err|':>17}"
          f"{'mean signed':>13}{'max |VDOT err|':>16}   worst cell")
    all_time, all_vdot = [], []
    for i, name in enumerate(DISTANCES):
        metres = RACE_DISTANCES_M[name]
        time_err, vdot_err = [], []
        worst = (0.0, None)
        for vdot, row in PUBLISHED.items():
            if row[i] is None:
                continue
            published = seconds(row[i])
            predicted = race_time_for(vdot, metres)
            err = (predicted - published) / published
            time_err.append(err)
            vdot_err.append(abs(vdot_from_race(metres, published) - vdot) / vdot)
            if abs(err) > abs(worst[0]):
                worst = (err, f"VDOT {vdot}: table {row[i]}, predicted {format_clock(predicted)}")
        abs_err = [abs(e) for e in time_err]
        all_time += abs_err
        all_vdot += vdot_err
        print(f"{name:<10}{len(time_err):>6}{max(abs_err):>15.3%} {sum(abs_err) / len(abs_err):>16.3%}"
              f"{sum(time_err) / len(time_err):>+13.3%}{max(vdot_err):>15.3%}    {worst[1]}")
    print(f"{'all':<10}{len(all_time):>6}{max(all_time):>15.3%} {sum(all_time) / len(all_time):>16.3%}"
          f"{'':>13}{max(all_vdot):>15.3%}")


if __name__ == "__main__":
    main()
