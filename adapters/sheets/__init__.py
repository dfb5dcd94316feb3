"""The old bot's spreadsheet (application.ports.sheets.Spreadsheet): the Google Sheets API with a
service account (``google``), or a folder of CSV exports, one file per tab (``csv_folder``)."""
