"""Reading activity files the tests wrote themselves: FIT from several devices (Garmin's FIT SDK
Encoder), GPX with and without times or elevations, TCX with laps, archives; every field checked
against what was written."""
from __future__ import annotations

import io
import zipfile

import pytest

from adapters.activity_files import ActivityFiles
from adapters.activity_files.fit import fit_crc
from application.ports.activity_files import UnreadableActivity
from domain.activity import elevation_change
from tests.activity_fixtures import (
    FIT_PROFILES,
    fit_bytes,
    gpx_bytes,
    gzipped,
    make_track,
    tcx_bytes,
    the_demo_run,
    zipped,
)

READER = ActivityFiles()


@pytest.fixture(scope="module")
def demo():
    return the_demo_run()


@pytest.mark.parametrize("profile", FIT_PROFILES)
def test_fit_from_every_device_profile_gives_back_what_was_written(profile, demo):
    read = READER.read(fit_bytes(demo, profile))
    recording = read.recording
    assert read.format == "fit"
    assert read.distance_km == pytest.approx(demo.distance_m / 1000, rel=0.005)
    assert recording.moving_s == round(demo.moving_s) and recording.elapsed_s == round(demo.elapsed_s)
    assert recording.started_at == demo.start
    assert [s.index for s in recording.splits] == list(range(1, 12))
    assert recording.fastest_split.index == 9 and recording.fastest_split.duration_s == 288
    if profile == "phone_positions_only":        # no heart rate, no altitude, no session: nothing invented
        assert (read.sport, recording.avg_hr, recording.elevation_gain_m, recording.laps) == ("", None, None, ())
    else:
        assert read.sport == "running" and read.is_run
        assert (recording.avg_hr, recording.max_hr, recording.avg_cadence_spm) == (152, 156, 170)
        assert recording.elevation_gain_m == pytest.approx(145, abs=0.5)
        assert recording.elevation_loss_m == pytest.approx(145, abs=0.5)
        assert len(recording.laps) == 11


def test_pauses_count_in_elapsed_time_not_in_moving_time_or_the_splits():
    track = make_track(3000.0, 300.0, pauses=[(1500.0, 90.0)])           # a 90 s stop at a light
    recording = READER.read(fit_bytes(track, "phone_positions_only")).recording
    assert recording.elapsed_s - recording.moving_s == 90
    assert [s.duration_s for s in recording.splits] == [300, 300, 300]


def test_gpx_with_and_without_times_and_elevations(demo):
    full = READER.read(gpx_bytes(demo))
    assert full.distance_km == pytest.approx(10.2, rel=0.005) and full.recording.moving_s == 3131
    assert full.recording.elevation_gain_m == pytest.approx(145, abs=0.5) and full.recording.avg_hr == 152
    assert full.name == "Morning Run" and full.sport == "running"
    untimed = READER.read(gpx_bytes(demo, times=False))
    assert untimed.distance_km == pytest.approx(10.2, rel=0.005)
    assert (untimed.recording.moving_s, untimed.recording.splits, untimed.recording.started_at) == (None, (), None)
    flat = READER.read(gpx_bytes(demo, elevation=False))
    assert flat.recording.elevation_gain_m is None and flat.recording.moving_s == 3131


def test_tcx_laps_are_the_intervals():
    track = make_track(4000.0, lambda d: 200.0 if (d // 400) % 2 == 0 else 400.0, lap_every_m=None,
                       laps_m=[400 * k for k in range(1, 11)])
    read = READER.read(tcx_bytes(track))
    assert read.format == "tcx" and read.distance_km == pytest.approx(4.0, rel=0.005)
    assert [(lap.distance_km, lap.duration_s) for lap in read.recording.laps] == [(0.4, 80), (0.4, 160)] * 5
    assert read.recording.avg_cadence_spm == 170


def test_zip_and_gzip_exports(demo):
    data = fit_bytes(demo)
    assert READER.read(zipped("activity_123.fit", data)).distance_km == pytest.approx(10.2)
    assert READER.read(gzipped(gpx_bytes(demo))).distance_km == pytest.approx(10.2, rel=0.005)
    # Garmin's export may hold other files too: the activity is found among them
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("readme.txt", "hi")
        archive.writestr("run.tcx", tcx_bytes(demo))
    assert READER.read(out.getvalue()).format == "tcx"


@pytest.mark.parametrize("data,code", [
    (b"", "empty"),
    (b"%PDF-1.7 ...", "not_an_activity"),
    (b"<?xml version='1.0'?><html><body>hola</body></html>", "not_an_activity"),
    (b"<gpx version='1.1'><trk><trkseg></trkseg></trk></gpx>", "not_an_activity"),
    (b"<gpx version='1.1'><trk><trkseg><trkpt lat='x'", "corrupt"),
    (b"PK\x03\x04 not really a zip", "corrupt"),
])
def test_what_is_not_a_readable_activity_says_why(data, code):
    with pytest.raises(UnreadableActivity) as refused:
        READER.read(data)
    assert refused.value.code == code


def test_a_truncated_or_altered_fit_fails_its_crc(demo):
    data = bytearray(fit_bytes(demo))
    with pytest.raises(UnreadableActivity, match="corrupt"):
        READER.read(bytes(data[:-100]))
    data[500] ^= 0x40
    with pytest.raises(UnreadableActivity, match="corrupt"):
        READER.read(bytes(data))


def test_a_zip_bomb_is_refused_without_inflating_it():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("huge.gpx", b"<gpx>" + b" " * (30 * 1024 * 1024))
    with pytest.raises(UnreadableActivity, match="too_big"):
        READER.read(out.getvalue())
    with pytest.raises(UnreadableActivity, match="too_big"):
        ActivityFiles(max_bytes=1000).read(gzipped(b"<gpx>" + b" " * 5000))


def test_the_fit_crc_is_the_sdks():
    from garmin_fit_sdk.crc_calculator import CrcCalculator
    data = bytes(range(256)) * 7 + b"\x2a"          # an odd length: the last byte alone
    assert fit_crc(data) == CrcCalculator.calculate_crc(data, 0, len(data))


def test_elevation_jitter_adds_no_climb_and_a_hill_counts_in_full():
    jitter = [2850.0 + (0.8 if i % 2 else -0.8) for i in range(1000)]
    assert elevation_change(jitter) == (0.0, 0.0)
    hill = [2800.0 + i for i in range(101)] + [2900.0 - i for i in range(1, 51)]
    assert elevation_change(hill) == (100.0, 50.0)


@pytest.mark.parametrize("profile", FIT_PROFILES)
def test_the_lean_fit_reader_reads_what_the_sdks_decoder_reads(profile, demo):
    from garmin_fit_sdk import Decoder, Stream

    from adapters.activity_files.fit_lean import read_messages
    data = fit_bytes(demo, profile)
    sdk, errors = Decoder(Stream.from_byte_array(bytearray(data))).read(
        convert_datetimes_to_dates=False, merge_heart_rates=False, expand_components=False,
        expand_sub_fields=False, convert_types_to_strings=False)
    lean = read_messages(data)
    assert not errors and lean["record_mesgs"]
    for name, messages in lean.items():
        assert messages == [dict(m) for m in sdk.get(name, [])]


def test_a_layout_the_lean_reader_leaves_aside_is_read_by_the_sdk(monkeypatch, demo):
    from adapters.activity_files import fit
    from adapters.activity_files.fit_lean import LeanUnsupported

    expected = READER.read(fit_bytes(demo))

    def unsupported(data):
        raise LeanUnsupported("compressed timestamp header")
    monkeypatch.setattr(fit, "read_messages", unsupported)
    assert READER.read(fit_bytes(demo)) == expected
