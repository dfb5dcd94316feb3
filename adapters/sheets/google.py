"""``Spreadsheet`` on the Google Sheets API v4, through gspread with a service account.

The old bot's spreadsheet is shared (read, or edit for the dual-write mirror) with the service
account's e-mail; ``GOOGLE_APPLICATION_CREDENTIALS`` names its JSON key, ``SHEETS_SPREADSHEET_ID`` the
spreadsheet. gspread (a well-kept client, already a dependency) signs the service account's JWT and
exchanges it for an access token (google-auth), and calls the REST API; this adapter uses its
low-level calls, so that a whole tab is read in a few requests:

* ``spreadsheets.get`` (the tabs and their row counts), then ``spreadsheets.values.batchGet`` of up
  to ``PAGES_PER_REQUEST`` pages of ``PAGE_ROWS`` rows — formatted values, as people see them
  (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets.values/batchGet; "empty
  trailing rows and columns will not be included", so each page is padded back to its row count);
* ``spreadsheets.values.append`` with ``valueInputOption=RAW`` (a date stays the text we wrote, not
  a date cell rendered in the sheet's locale) and ``insertDataOption=INSERT_ROWS``
  (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets.values/append).

Quotas (https://developers.google.com/sheets/api/limits): 60 read and 60 write requests per minute
per user per project, 300 per project; beyond them the API answers 429 and asks for exponential
backoff, refilled after a minute. Reads are retried here with backoff (1, 2, 4… s, at most
``READ_ATTEMPTS``); a write that fails raises ``SpreadsheetUnavailable`` and the mirror's queue
retries it (application.migration.mirror), which also paces its writes under the quota.
"""
from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable, Sequence
from typing import Any

import requests
from google.auth.exceptions import RefreshError, TransportError
from google.oauth2.service_account import Credentials
from gspread.exceptions import APIError
from gspread.http_client import HTTPClient

from application.ports.sheets import SpreadsheetUnavailable

log = logging.getLogger(__name__)

SHEETS_API = "https://sheets.googleapis.com"
SCOPES = ("https://www.googleapis.com/auth/spreadsheets",)
PAGE_ROWS = 10_000
PAGES_PER_REQUEST = 5           # ≈ 50,000 rows a request: a few MB (Google suggests 2 MB payloads)
READ_ATTEMPTS = 6
TIMEOUT_S = 60.0


def a1_tab(tab: str) -> str:
    """A tab's name in A1 notation: quoted, a quote doubled ('Carreras 2024' -> "'Carreras 2024'")."""
    return "'" + tab.replace("'", "''") + "'"


class _RebasedClient(HTTPClient):
    """gspread's HTTP client, sending to ``api_base`` instead of sheets.googleapis.com (the fake
    server of the tests; a proxy)."""

    api_base = SHEETS_API

    def request(self, method: str, endpoint: str, *args: Any, **kwargs: Any) -> Any:
        if endpoint.startswith(SHEETS_API) and self.api_base != SHEETS_API:
            endpoint = self.api_base + endpoint[len(SHEETS_API):]
        return super().request(method, endpoint, *args, **kwargs)


class GoogleSpreadsheet:
    def __init__(self, spreadsheet_id: str, credentials_file: str, *, api_base: str = SHEETS_API,
                 timeout_s: float = TIMEOUT_S, page_rows: int = PAGE_ROWS, read_attempts: int = READ_ATTEMPTS,
                 sleep: Callable[[float], None] = time.sleep):
        if not spreadsheet_id:
            raise SpreadsheetUnavailable("SHEETS_SPREADSHEET_ID is not set", retryable=False)
        try:
            credentials = Credentials.from_service_account_file(credentials_file, scopes=list(SCOPES))
        except (OSError, ValueError) as error:
            raise SpreadsheetUnavailable(
                f"GOOGLE_APPLICATION_CREDENTIALS={credentials_file!r} is not a service account key: {error}",
                retryable=False) from None
        client_class = type("Client", (_RebasedClient,), {"api_base": api_base.rstrip("/")})
        self._http = client_class(credentials)
        self._http.set_timeout(timeout_s)
        self._id = spreadsheet_id
        self._account = credentials.service_account_email
        self._page_rows = page_rows
        self._attempts = read_attempts
        self._sleep = sleep
        self._title: str | None = None

    # --- the port ------------------------------------------------------------------------------

    @property
    def name(self) -> str:
        return f"Google Sheets '{self._title or self._id}'"

    def tab_names(self) -> list[str]:
        return [sheet["properties"]["title"] for sheet in self._sheets()]

    def read_tab(self, tab: str) -> list[list[str]]:
        sheet = next((s for s in self._sheets() if s["properties"]["title"] == tab), None)
        if sheet is None:
            raise SpreadsheetUnavailable(f"{self.name} has no tab {tab!r}", retryable=False)
        row_count = int(sheet["properties"].get("gridProperties", {}).get("rowCount", 0))
        pages = [(start, min(start + self._page_rows - 1, row_count))
                 for start in range(1, row_count + 1, self._page_rows)]
        rows: list[list[str]] = []
        for first in range(0, len(pages), PAGES_PER_REQUEST):
            chunk = pages[first:first + PAGES_PER_REQUEST]
            ranges = [f"{a1_tab(tab)}!{start}:{end}" for start, end in chunk]
            answer = self._read(lambda r=ranges: self._http.values_batch_get(self._id, r))   # type: ignore[misc]
            value_ranges = answer.get("valueRanges", [])
            for (start, end), value_range in zip(chunk, value_ranges, strict=True):
                page = [[str(cell) for cell in row] for row in value_range.get("values", [])]
                rows += page + [[] for _ in range(end - start + 1 - len(page))]
            # A grid keeps empty rows below the data (1,000 in a new sheet): an empty last page
            # means the data ended (a blank gap of a whole page inside the data would end it too).
            if value_ranges and not value_ranges[-1].get("values"):
                break
        while rows and not any(cell.strip() for cell in rows[-1]):
            rows.pop()
        return rows

    def header(self, tab: str) -> list[str]:
        answer = self._read(lambda: self._http.values_get(self._id, f"{a1_tab(tab)}!1:1"))
        values = answer.get("values", [])
        return [str(cell) for cell in values[0]] if values else []

    def append_rows(self, tab: str, rows: Sequence[Sequence[str]]) -> None:
        if not rows:
            return
        try:
            self._http.values_append(
                self._id, f"{a1_tab(tab)}!A1",
                params={"valueInputOption": "RAW", "insertDataOption": "INSERT_ROWS"},
                body={"majorDimension": "ROWS", "values": [list(row) for row in rows]})
        except APIError as error:
            raise _unavailable(error, self._account) from None
        except RefreshError as error:
            raise _refused_token(error) from None
        except (requests.RequestException, TransportError) as error:
            raise SpreadsheetUnavailable(f"Google Sheets unreachable: {error}") from None

    # --- internals -------------------------------------------------------------------------------

    def _sheets(self) -> list[dict[str, Any]]:
        meta = self._read(lambda: self._http.fetch_sheet_metadata(self._id))
        self._title = meta.get("properties", {}).get("title")
        return list(meta.get("sheets", []))

    def _read(self, call: Callable[[], Any]) -> Any:
        """A read, retried with exponential backoff and jitter on 429, 5xx and network errors."""
        for attempt in range(1, self._attempts + 1):
            try:
                return call()
            except APIError as error:
                failure = _unavailable(error, self._account)
            except RefreshError as error:
                raise _refused_token(error) from None
            except (requests.RequestException, TransportError) as error:
                failure = SpreadsheetUnavailable(f"Google Sheets unreachable: {error}")
            if not failure.retryable or attempt == self._attempts:
                raise failure
            wait = failure.retry_after_s or min(2 ** (attempt - 1), 32) + random.uniform(0, 1)
            log.warning("Google Sheets read failed (%s); retrying in %.1f s", failure, wait)
            self._sleep(wait)
        raise AssertionError("unreachable")


def _unavailable(error: APIError, account: str) -> SpreadsheetUnavailable:
    code = error.code
    message = str(error.error.get("message", "")) if isinstance(error.error, dict) else str(error)
    if code in (401, 403):
        return SpreadsheetUnavailable(
            f"Google Sheets refused access ({code}: {message}); share the spreadsheet with {account}",
            retryable=False)
    if code == 404:
        return SpreadsheetUnavailable(f"Google Sheets: spreadsheet not found ({message})", retryable=False)
    if code == 400:
        return SpreadsheetUnavailable(f"Google Sheets refused the request (400: {message})", retryable=False)
    retry_after = None
    response = getattr(error, "response", None)
    if response is not None and str(response.headers.get("Retry-After", "")).isdigit():
        retry_after = float(response.headers["Retry-After"])
    return SpreadsheetUnavailable(f"Google Sheets answered {code}: {message}", retryable=True,
                                  retry_after_s=retry_after)


def _refused_token(error: RefreshError) -> SpreadsheetUnavailable:
    return SpreadsheetUnavailable(f"Google refused the service account's token request ({error}): check "
                                  "GOOGLE_APPLICATION_CREDENTIALS (a revoked or wrong key)", retryable=False)
