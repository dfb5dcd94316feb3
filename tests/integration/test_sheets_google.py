"""The Google Sheets adapter (gspread + a service account) against the fake Sheets API."""
import json

import pytest

from adapters.sheets.google import GoogleSpreadsheet
from application.ports.sheets import SpreadsheetUnavailable
from tests.integration.fake_graph_api import ServerThread
from tests.integration.fake_sheets_api import FakeSheetsAPI

pytestmark = pytest.mark.integration

RUNNERS = [["Teléfono", "Nombre", "Edad"], ["+593 99 111 2233", "Ana", "34"], [], ["099 222 3344", "Luis", "41"],
           ["0993334455", "Marta", "29"], ["0994445566", "Pedro", ""]]


@pytest.fixture
def sheets():
    fake = FakeSheetsAPI()
    with ServerThread(fake.app) as server:
        fake.url = server.url
        yield fake


@pytest.fixture
def key_file(sheets, tmp_path):
    path = tmp_path / "service-account.json"
    account = sheets.service_account()
    path.write_text(json.dumps(account))
    sheets.add_spreadsheet("sheet-1", "Bot de running", {"Usuarios": RUNNERS, "Carreras 2024": [["fecha", "km"]]},
                           shared_with=(account["client_email"],))
    return str(path)


def test_reads_every_row_of_a_tab_page_by_page_keeping_blank_rows_in_place(sheets, key_file):
    sheet = GoogleSpreadsheet("sheet-1", key_file, api_base=sheets.url, page_rows=2)

    assert sheet.tab_names() == ["Usuarios", "Carreras 2024"]
    rows = sheet.read_tab("Usuarios")

    # Row 3 is blank: it stays, so the report's row numbers are the sheet's.
    assert rows == [["Teléfono", "Nombre", "Edad"], ["+593 99 111 2233", "Ana", "34"], [],
                    ["099 222 3344", "Luis", "41"], ["0993334455", "Marta", "29"], ["0994445566", "Pedro"]]
    batch_gets = [path for method, path in sheets.requests if path.endswith("values:batchGet")]
    # 3 pages of data, then an empty page: one batchGet of 5 pages, not one per page of the 1,000-row grid.
    assert len(batch_gets) == 1
    assert sheet.name == "Google Sheets 'Bot de running'"


def test_appends_rows_as_text_after_the_table_in_a_tab_with_a_quoted_name(sheets, key_file):
    sheet = GoogleSpreadsheet("sheet-1", key_file, api_base=sheets.url)

    sheet.append_rows("Carreras 2024", [["2024-03-01", "8.5"], ["2024-03-02", "10"]])

    assert sheet.header("Carreras 2024") == ["fecha", "km"]
    assert sheets.values("sheet-1", "Carreras 2024") == [["fecha", "km"], ["2024-03-01", "8.5"], ["2024-03-02", "10"]]


def test_a_spreadsheet_not_shared_with_the_account_is_refused_with_what_to_do(sheets, key_file):
    sheets.add_spreadsheet("private", "Otro", {"Usuarios": RUNNERS})
    sheet = GoogleSpreadsheet("private", key_file, api_base=sheets.url)

    with pytest.raises(SpreadsheetUnavailable) as refused:
        sheet.tab_names()

    assert not refused.value.retryable
    assert "share the spreadsheet with andes-migration@" in str(refused.value)


def test_a_key_the_token_endpoint_does_not_know_is_refused(sheets, key_file, tmp_path):
    other = FakeSheetsAPI()
    other.url = sheets.url                     # the same token URI, a key Google never issued
    forged = tmp_path / "forged.json"
    forged.write_text(json.dumps(other.service_account()))

    with pytest.raises(SpreadsheetUnavailable) as refused:
        GoogleSpreadsheet("sheet-1", str(forged), api_base=sheets.url).tab_names()

    assert not refused.value.retryable and "token" in str(refused.value)


def test_reads_over_the_quota_back_off_and_go_on(sheets, key_file):
    sheets.read_quota = 2
    waits = []

    def sleep(seconds):
        waits.append(seconds)
        sheets._calls.clear()                  # a minute has passed: the quota is refilled

    sheet = GoogleSpreadsheet("sheet-1", key_file, api_base=sheets.url, page_rows=2, sleep=sleep)
    # spreadsheets.get + batchGet(s) exceed 2 reads a minute.
    sheet.tab_names()
    sheet.tab_names()
    rows = sheet.read_tab("Usuarios")

    assert len(rows) == 6
    assert sheets.refused_429 >= 1 and waits and all(w >= 1 for w in waits)


def test_a_missing_key_file_is_a_clear_configuration_error(tmp_path):
    with pytest.raises(SpreadsheetUnavailable, match="GOOGLE_APPLICATION_CREDENTIALS"):
        GoogleSpreadsheet("sheet-1", str(tmp_path / "nope.json"))
