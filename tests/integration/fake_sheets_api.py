"""A fake of the Google Sheets API v4 and of Google's OAuth 2.0 token endpoint for service
accounts, on 127.0.0.1, built from their current documentation:

* token exchange — https://developers.google.com/identity/protocols/oauth2/service-account
  ("Preparing to make an authorized API call"): POST ``grant_type=urn:ietf:params:oauth:grant-
  type:jwt-bearer`` and ``assertion`` = a JWT signed RS256 with the service account's private key,
  claims ``iss`` (the account's e-mail), ``scope``, ``aud`` (https://oauth2.googleapis.com/token),
  ``iat`` and ``exp`` (at most one hour after ``iat``);
  answer ``{"access_token", "token_type": "Bearer", "expires_in"}``,
  or 400 ``{"error": "invalid_grant", "error_description"}``. The signature is checked against the
  account's public key (a forged or expired assertion is refused);
* ``GET /v4/spreadsheets/{id}`` — spreadsheets.get (properties, sheets[].properties with
  gridProperties.rowCount / columnCount);
* ``GET /v4/spreadsheets/{id}/values/{range}`` — spreadsheets.values.get, and
  ``GET /v4/spreadsheets/{id}/values:batchGet?ranges=…`` — values.batchGet: a ValueRange per range,
  ``majorDimension`` ROWS, formatted values as strings, "empty trailing rows and columns will not be
  included" (ValueRange, https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets.values);
* ``POST /v4/spreadsheets/{id}/values/{range}:append`` — values.append: ``valueInputOption`` is
  required (RAW or USER_ENTERED), ``insertDataOption`` OVERWRITE or INSERT_ROWS; the values go after
  the last row of the table found in the range; the answer is ``{spreadsheetId, tableRange,
  updates: {updatedRange, updatedRows, updatedColumns, updatedCells}}``;
* ``POST /v4/spreadsheets/{id}:batchUpdate`` — the requests gspread sends to grow a sheet
  (``appendDimension``) or add a tab (``addSheet``); any other request is refused, atomically
  ("if any request is not valid then the entire update is unsuccessful");
* quotas — https://developers.google.com/sheets/api/limits: read and write requests per minute per
  user (60 by default here); beyond, 429 RESOURCE_EXHAUSTED, refilled a minute later;
* errors in Google's JSON shape ``{"error": {"code", "message", "status"}}``: 401 UNAUTHENTICATED
  without a valid bearer token, 403 PERMISSION_DENIED for an account the spreadsheet is not shared
  with, 404 NOT_FOUND for an unknown spreadsheet, 400 INVALID_ARGUMENT for a range it cannot parse.
"""
from __future__ import annotations

import json
import re
import secrets
import threading
import time
from collections import deque
from typing import Any
from urllib.parse import parse_qs, unquote

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from google.auth import jwt as google_jwt
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

JWT_BEARER = "urn:ietf:params:oauth:grant-type:jwt-bearer"
SPREADSHEETS_SCOPE = "https://www.googleapis.com/auth/spreadsheets"
# The documented ``aud`` of the assertion: Google's token endpoint, wherever the request is sent.
GOOGLE_TOKEN_AUDIENCE = "https://oauth2.googleapis.com/token"


def _error(code: int, status: str, message: str) -> JSONResponse:
    return JSONResponse({"error": {"code": code, "message": message, "status": status}}, status_code=code)


def _column_number(letters: str) -> int:
    n = 0
    for c in letters.upper():
        n = n * 26 + ord(c) - 64
    return n


def _column_letters(n: int) -> str:
    letters = ""
    while n:
        n, r = divmod(n - 1, 26)
        letters = chr(65 + r) + letters
    return letters


class Sheet:
    def __init__(self, title: str, sheet_id: int, rows: list[list[Any]], row_count: int = 1000,
                 column_count: int = 26):
        self.title = title
        self.sheet_id = sheet_id
        self.cells = [list(r) for r in rows]
        self.row_count = max(row_count, len(rows))
        self.column_count = max(column_count, max((len(r) for r in rows), default=0))


class FakeSheetsAPI:
    def __init__(self, read_quota_per_minute: int = 60, write_quota_per_minute: int = 60):
        self.url = ""
        self.spreadsheets: dict[str, dict[str, Any]] = {}
        self.accounts: dict[str, Any] = {}        # e-mail -> public key
        self.tokens: dict[str, str] = {}          # access token -> e-mail
        self.read_quota = read_quota_per_minute
        self.write_quota = write_quota_per_minute
        self.requests: list[tuple[str, str]] = []  # (method, path) of the API calls (not the token's)
        self.refused_429 = 0
        self._calls: dict[tuple[str, str], deque[float]] = {}
        self._lock = threading.Lock()
        self.app = Starlette(routes=[
            Route("/token", self.token, methods=["POST"]),
            Route("/v4/spreadsheets/{rest:path}", self.api, methods=["GET", "POST"]),
        ])

    # --- set-up ----------------------------------------------------------------------------------

    def service_account(self, email: str = "andes-migration@andes-project.iam.gserviceaccount.com") -> dict:
        """A service account key file's content (its token_uri pointing here), the account known."""
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption()).decode()
        self.accounts[email] = key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo).decode()
        return {"type": "service_account", "project_id": "andes-project", "private_key_id": secrets.token_hex(20),
                "private_key": pem, "client_email": email, "client_id": "1" * 21,
                "auth_uri": "https://accounts.google.com/o/oauth2/auth", "token_uri": f"{self.url}/token"}

    def add_spreadsheet(self, spreadsheet_id: str, title: str, tabs: dict[str, list[list[Any]]],
                        shared_with: tuple[str, ...] = ()) -> None:
        sheets = [Sheet(name, index * 1000 + 7, rows, row_count=max(1000, len(rows) + 10))
                  for index, (name, rows) in enumerate(tabs.items())]
        self.spreadsheets[spreadsheet_id] = {"title": title, "sheets": sheets, "shared": set(shared_with)}

    def values(self, spreadsheet_id: str, tab: str) -> list[list[Any]]:
        return self._sheet(spreadsheet_id, tab).cells  # type: ignore[union-attr]

    def _sheet(self, spreadsheet_id: str, title: str) -> Sheet | None:
        return next((s for s in self.spreadsheets[spreadsheet_id]["sheets"] if s.title == title), None)

    # --- OAuth ------------------------------------------------------------------------------------

    async def token(self, request: Request) -> JSONResponse:
        # application/x-www-form-urlencoded, read without python-multipart
        form = {k: v[-1] for k, v in parse_qs((await request.body()).decode()).items()}

        def refuse(why: str) -> JSONResponse:
            return JSONResponse({"error": "invalid_grant", "error_description": why}, status_code=400)

        if form.get("grant_type") != JWT_BEARER:
            return JSONResponse({"error": "unsupported_grant_type", "error_description": "Invalid grant_type"},
                                status_code=400)
        assertion = str(form.get("assertion") or "")
        try:
            claims = google_jwt.decode(assertion, verify=False)
        except ValueError:
            return refuse("Invalid JWT: malformed")
        email = claims.get("iss", "")
        public_key = self.accounts.get(email)
        if public_key is None:
            return refuse("Invalid JWT Signature.")      # an unknown account: its key cannot check
        try:
            claims = google_jwt.decode(assertion, certs=public_key, audience=GOOGLE_TOKEN_AUDIENCE)
        except ValueError as error:
            return refuse(f"Invalid JWT: {error}")
        if int(claims["exp"]) - int(claims["iat"]) > 3600:
            return refuse("Invalid JWT: Token must be a short-lived token (60 minutes)")
        if SPREADSHEETS_SCOPE not in str(claims.get("scope", "")).split():
            return JSONResponse({"error": "invalid_scope"}, status_code=400)
        access_token = "ya29." + secrets.token_urlsafe(32)
        self.tokens[access_token] = email
        return JSONResponse({"access_token": access_token, "expires_in": 3599, "token_type": "Bearer"})

    # --- the API -----------------------------------------------------------------------------------

    def _quota(self, email: str, kind: str) -> bool:
        limit = self.read_quota if kind == "read" else self.write_quota
        now = time.monotonic()
        with self._lock:
            calls = self._calls.setdefault((email, kind), deque())
            while calls and now - calls[0] >= 60:
                calls.popleft()
            if len(calls) >= limit:
                self.refused_429 += 1
                return False
            calls.append(now)
            return True

    async def api(self, request: Request) -> JSONResponse:
        auth = request.headers.get("authorization", "")
        email = self.tokens.get(auth.removeprefix("Bearer ").strip()) if auth.startswith("Bearer ") else None
        if email is None:
            return _error(401, "UNAUTHENTICATED", "Request had invalid authentication credentials. Expected "
                          "OAuth 2 access token, login cookie or other valid authentication credential.")
        rest = unquote(request.path_params["rest"])
        spreadsheet_id, _, tail = rest.partition("/")
        action = ""
        if ":" in spreadsheet_id:
            spreadsheet_id, action = spreadsheet_id.split(":", 1)
        book = self.spreadsheets.get(spreadsheet_id)
        if book is None:
            return _error(404, "NOT_FOUND", "Requested entity was not found.")
        if email not in book["shared"]:
            return _error(403, "PERMISSION_DENIED", "The caller does not have permission")
        kind = "read" if request.method == "GET" else "write"
        if not self._quota(email, kind):
            quota = "Read requests" if kind == "read" else "Write requests"
            return _error(429, "RESOURCE_EXHAUSTED", f"Quota exceeded for quota metric '{quota}' and limit "
                          f"'{quota} per minute per user' of service 'sheets.googleapis.com'.")
        self.requests.append((request.method, rest))
        if request.method == "GET" and not tail and not action:
            return self._get(spreadsheet_id, book)
        if request.method == "POST" and action == "batchUpdate" and not tail:
            return self._batch_update(spreadsheet_id, book, await request.json())
        if request.method == "GET" and tail == "values:batchGet":
            ranges = request.query_params.getlist("ranges")
            if not ranges:
                return _error(400, "INVALID_ARGUMENT", "Must specify at least one range.")
            found = []
            for a1 in ranges:
                value_range = self._value_range(book, a1)
                if isinstance(value_range, JSONResponse):
                    return value_range
                found.append(value_range)
            return JSONResponse({"spreadsheetId": spreadsheet_id, "valueRanges": found})
        if tail.startswith("values/"):
            a1 = tail[len("values/"):]
            if request.method == "GET":
                value_range = self._value_range(book, a1)
                return value_range if isinstance(value_range, JSONResponse) else JSONResponse(value_range)
            if request.method == "POST" and a1.endswith(":append"):
                return self._append(spreadsheet_id, book, a1[:-len(":append")], request, await request.body())
        return _error(404, "NOT_FOUND", "Method not found.")

    def _get(self, spreadsheet_id: str, book: dict[str, Any]) -> JSONResponse:
        return JSONResponse({
            "spreadsheetId": spreadsheet_id,
            "properties": {"title": book["title"], "locale": "es_EC", "timeZone": "America/Guayaquil"},
            "sheets": [{"properties": {"sheetId": s.sheet_id, "title": s.title, "index": i, "sheetType": "GRID",
                                       "gridProperties": {"rowCount": s.row_count, "columnCount": s.column_count}}}
                       for i, s in enumerate(book["sheets"])],
            "spreadsheetUrl": f"https://docs.google.com/spreadsheets/d/{spreadsheet_id}/edit",
        })

    def _parse(self, book: dict[str, Any], a1: str) -> tuple[Sheet, int, int, int, int] | None:
        """(sheet, first row, last row, first column, last column), 1-based and inclusive."""
        m = re.fullmatch(r"(?:'((?:[^']|'')+)'|([^!':]+))(?:!(.+))?", a1)
        if not m:
            return None
        title = (m.group(1) or "").replace("''", "'") if m.group(1) else m.group(2)
        sheet = next((s for s in book["sheets"] if s.title == title), None)
        if sheet is None:
            return None
        part = m.group(3)
        if part is None:
            return sheet, 1, sheet.row_count, 1, sheet.column_count
        r = re.fullmatch(r"([A-Za-z]*)(\d*)(?::([A-Za-z]*)(\d*))?", part)
        if not r or not (r.group(1) or r.group(2)):
            return None
        c1, r1, c2, r2 = r.group(1), r.group(2), r.group(3), r.group(4)
        if r.group(3) is None and r.group(4) is None:       # one cell, e.g. A1
            if not (c1 and r1):
                return None
            return sheet, int(r1), int(r1), _column_number(c1), _column_number(c1)
        return (sheet, int(r1) if r1 else 1, int(r2) if r2 else sheet.row_count,
                _column_number(c1) if c1 else 1, _column_number(c2) if c2 else sheet.column_count)

    def _value_range(self, book: dict[str, Any], a1: str) -> dict[str, Any] | JSONResponse:
        parsed = self._parse(book, a1)
        if parsed is None:
            return _error(400, "INVALID_ARGUMENT", f"Unable to parse range: {a1}")
        sheet, r1, r2, c1, c2 = parsed
        rows = [[("" if v is None else (str(v) if not isinstance(v, bool) else str(v).upper()))
                 for v in row[c1 - 1:c2]] for row in sheet.cells[r1 - 1:r2]]
        rows = [self._trim(row) for row in rows]
        while rows and not rows[-1]:
            rows.pop()
        answer: dict[str, Any] = {"range": f"{_quoted(sheet.title)}!{_column_letters(c1)}{r1}:"
                                           f"{_column_letters(c2)}{r2}", "majorDimension": "ROWS"}
        if rows:
            answer["values"] = rows
        return answer

    @staticmethod
    def _trim(row: list[str]) -> list[str]:
        while row and row[-1] == "":
            row = row[:-1]
        return row

    def _append(self, spreadsheet_id: str, book: dict[str, Any], a1: str, request: Request,
                raw: bytes) -> JSONResponse:
        option = request.query_params.get("valueInputOption")
        if option is None:
            return _error(400, "INVALID_ARGUMENT", "'valueInputOption' is required but not specified")
        if option not in ("RAW", "USER_ENTERED"):
            return _error(400, "INVALID_ARGUMENT", f"Invalid value at 'value_input_option' ({option})")
        insert = request.query_params.get("insertDataOption", "OVERWRITE")
        if insert not in ("OVERWRITE", "INSERT_ROWS"):
            return _error(400, "INVALID_ARGUMENT", f"Invalid value at 'insert_data_option' ({insert})")
        try:
            body = json.loads(raw or b"{}")
        except ValueError:
            return _error(400, "INVALID_ARGUMENT", "Invalid JSON payload received.")
        parsed = self._parse(book, a1)
        if parsed is None:
            return _error(400, "INVALID_ARGUMENT", f"Unable to parse range: {a1}")
        if body.get("range") and self._parse(book, body["range"]) != parsed:
            return _error(400, "INVALID_ARGUMENT", f"Requested writing within range [{a1}], but tried writing "
                          f"to [{body['range']}]")
        if body.get("majorDimension", "ROWS") != "ROWS":
            return _error(400, "INVALID_ARGUMENT", "only ROWS is supported by this fake")
        values = body.get("values")
        if not isinstance(values, list) or not all(isinstance(row, list) for row in values):
            return _error(400, "INVALID_ARGUMENT", "Invalid value at 'data.values'")
        for row in values:
            for cell in row:
                if cell is not None and not isinstance(cell, (str, int, float, bool)):
                    return _error(400, "INVALID_ARGUMENT", f"Invalid values[0][0]: {json.dumps(cell)[:50]}")
        sheet, _, _, c1, _ = parsed
        with self._lock:
            last = len(sheet.cells)
            while last and not any(str(v).strip() for v in sheet.cells[last - 1] if v is not None):
                last -= 1
            table_range = f"{_quoted(sheet.title)}!A1:{_column_letters(sheet.column_count)}{last}" if last else ""
            del sheet.cells[last:]
            for row in values:
                sheet.cells.append([None] * (c1 - 1) + list(row))
            width = max((len(r) for r in values), default=0)
            sheet.row_count = max(sheet.row_count + (len(values) if insert == "INSERT_ROWS" else 0),
                                  len(sheet.cells))
            sheet.column_count = max(sheet.column_count, c1 - 1 + width)
        start = last + 1
        updated = (f"{_quoted(sheet.title)}!{_column_letters(c1)}{start}:"
                   f"{_column_letters(c1 + max(width, 1) - 1)}{start + len(values) - 1}")
        return JSONResponse({"spreadsheetId": spreadsheet_id, "tableRange": table_range, "updates": {
            "spreadsheetId": spreadsheet_id, "updatedRange": updated, "updatedRows": len(values),
            "updatedColumns": width, "updatedCells": sum(len(r) for r in values)}})

    def _batch_update(self, spreadsheet_id: str, book: dict[str, Any], body: dict[str, Any]) -> JSONResponse:
        requests_ = body.get("requests")
        if not isinstance(requests_, list) or not requests_:
            return _error(400, "INVALID_ARGUMENT", "Must specify at least one request.")
        for item in requests_:          # all valid, or nothing applied
            if not isinstance(item, dict) or len(item) != 1 or next(iter(item)) not in ("addSheet", "appendDimension"):
                return _error(400, "INVALID_ARGUMENT", f"Invalid requests[0]: {json.dumps(item)[:80]}")
            if "appendDimension" in item:
                sheet_id = item["appendDimension"].get("sheetId")
                if not any(s.sheet_id == sheet_id for s in book["sheets"]):
                    return _error(400, "INVALID_ARGUMENT", f"No grid with id: {sheet_id}")
        replies: list[dict[str, Any]] = []
        for item in requests_:
            if "addSheet" in item:
                props = item["addSheet"].get("properties", {})
                sheet = Sheet(props.get("title", f"Sheet{len(book['sheets']) + 1}"),
                              max(s.sheet_id for s in book["sheets"]) + 1, [],
                              props.get("gridProperties", {}).get("rowCount", 1000),
                              props.get("gridProperties", {}).get("columnCount", 26))
                book["sheets"].append(sheet)
                replies.append({"addSheet": {"properties": {"sheetId": sheet.sheet_id, "title": sheet.title}}})
            else:
                spec = item["appendDimension"]
                sheet = next(s for s in book["sheets"] if s.sheet_id == spec["sheetId"])
                if spec.get("dimension") == "COLUMNS":
                    sheet.column_count += int(spec.get("length", 0))
                else:
                    sheet.row_count += int(spec.get("length", 0))
                replies.append({})
        return JSONResponse({"spreadsheetId": spreadsheet_id, "replies": replies})


def _quoted(title: str) -> str:
    return "'" + title.replace("'", "''") + "'" if re.search(r"[^A-Za-z0-9_]", title) else title
