"""The FIT messages a run needs (session 18, lap 19, record 20), read fast, with Garmin's FIT SDK's
own profile (``garmin_fit_sdk.Profile``: field numbers, names, scales and offsets).

Why: the SDK's ``Decoder`` builds every message field by field in Python, ~60–80 µs a message; a
marathon recorded every second is ~15 000 records, over a second on this 2-core machine, and the
issue asks for a marathon's file parsed and logged within one. Here each local definition is compiled
once into one ``struct.Struct`` for its whole data message, so a record costs one ``unpack_from``
(FIT protocol, "File Structure" and "Record Header": https://developer.garmin.com/fit/protocol/).

Only the plain layout is read: normal record headers, little- or big-endian definitions, developer
fields skipped by their size. Anything else (a compressed-timestamp header, a field whose size does
not fit its base type) raises ``LeanUnsupported`` and the caller decodes the file with the SDK's
Decoder instead. Values come out as the SDK's with ``convert_datetimes_to_dates``,
``convert_types_to_strings``, ``expand_components`` and ``expand_sub_fields`` off: invalid values
left out, scale and offset applied (tests compare the two on every device profile).
"""
from __future__ import annotations

import struct
from typing import Any

from garmin_fit_sdk import Profile

WANTED = (18, 19, 20)        # session, lap, record
NAMES = {18: "session_mesgs", 19: "lap_mesgs", 20: "record_mesgs"}

# base type number (low 5 bits) -> (struct code, size, invalid value); the FIT protocol's base types
BASE_TYPES: dict[int, tuple[str, int, Any]] = {
    0x00: ("B", 1, 0xFF), 0x01: ("b", 1, 0x7F), 0x02: ("B", 1, 0xFF), 0x03: ("h", 2, 0x7FFF),
    0x04: ("H", 2, 0xFFFF), 0x05: ("i", 4, 0x7FFFFFFF), 0x06: ("I", 4, 0xFFFFFFFF),
    0x08: ("f", 4, None), 0x09: ("d", 8, None), 0x0A: ("B", 1, 0x00), 0x0B: ("H", 2, 0x0000),
    0x0C: ("I", 4, 0x00000000), 0x0E: ("q", 8, 0x7FFFFFFFFFFFFFFF), 0x0F: ("Q", 8, 0xFFFFFFFFFFFFFFFF),
    0x10: ("Q", 8, 0),
}


class LeanUnsupported(Exception):
    """A layout this reader leaves to the SDK's Decoder."""


def _field_profile(mesg_num: int) -> dict[int, tuple[str, float, float]]:
    """field number -> (name, scale, offset) for the scalar fields of a message."""
    found = {}
    for num, field in Profile["messages"][mesg_num]["fields"].items():
        if field.get("array") not in ("false", False):
            continue
        scale = field["scale"][0] if field.get("scale") else 1
        offset = field["offset"][0] if field.get("offset") else 0
        found[int(num)] = (field["name"], scale, offset)
    return found


PROFILE = {num: _field_profile(num) for num in WANTED}


class _Definition:
    __slots__ = ("mesg_num", "size", "struct", "fields")

    def __init__(self, mesg_num: int, big_endian: bool, fields: list[tuple[int, int, int]], dev_size: int):
        self.mesg_num = mesg_num
        wanted = PROFILE.get(mesg_num)
        codes = [">" if big_endian else "<"]
        self.fields: list[tuple[int, str, float, float, Any]] = []   # (index in unpacked, name, scale, offset, invalid)
        index = 0
        for number, size, base in fields:
            code, type_size, invalid = BASE_TYPES.get(base & 0x1F, ("", 0, None))
            known = wanted.get(number) if wanted is not None else None
            if known is not None and code and size == type_size:
                codes.append(code)
                self.fields.append((index, known[0], known[1], known[2], invalid))
                index += 1
            elif known is not None and code and size % type_size:
                raise LeanUnsupported(f"field {number} of message {mesg_num}: size {size} for its base type")
            else:
                codes.append(f"{size}x")          # not read: skipped by its size
        if dev_size:
            codes.append(f"{dev_size}x")
        self.struct = struct.Struct("".join(codes))
        self.size = self.struct.size


def read_messages(data: bytes) -> dict[str, list[dict[str, Any]]]:
    """Sessions, laps and records of the first FIT file in ``data`` (its CRC checked by the caller)."""
    header_size = data[0]
    end = header_size + int.from_bytes(data[4:8], "little")
    view = memoryview(data)
    definitions: dict[int, _Definition] = {}
    out: dict[str, list[dict[str, Any]]] = {name: [] for name in NAMES.values()}
    pos = header_size
    while pos < end:
        header = data[pos]
        pos += 1
        if header & 0x80:
            raise LeanUnsupported("compressed timestamp header")
        local = header & 0x0F
        if header & 0x40:                          # a definition message
            big_endian = data[pos + 1] == 1
            mesg_num = int.from_bytes(data[pos + 2:pos + 4], "big" if big_endian else "little")
            count = data[pos + 4]
            pos += 5
            fields = [(data[pos + 3 * i], data[pos + 3 * i + 1], data[pos + 3 * i + 2]) for i in range(count)]
            pos += 3 * count
            dev_size = 0
            if header & 0x20:                      # developer fields: skipped by their sizes
                dev_count = data[pos]
                pos += 1
                dev_size = sum(data[pos + 3 * i + 1] for i in range(dev_count))
                pos += 3 * dev_count
            definitions[local] = _Definition(mesg_num, big_endian, fields, dev_size)
            continue
        definition = definitions.get(local)
        if definition is None:
            raise LeanUnsupported(f"data message for undefined local type {local}")
        if definition.fields:
            values = definition.struct.unpack_from(view, pos)
            message: dict[str, Any] = {}
            for index, name, scale, offset, invalid in definition.fields:
                value = values[index]
                if value == invalid or value != value:         # invalid, or a NaN float
                    continue
                message[name] = value / scale - offset if scale != 1 or offset else value
            out[NAMES[definition.mesg_num]].append(message)
        pos += definition.size
    return out
