"""Moving off the old Google-Sheets bot (README "Moving off the old Google-Sheets bot").

``import_sheets`` the two-file CSV import (``andes import-sheets``); ``mapping`` columns and tabs by
name; ``values`` cells as people typed them; ``conversations`` the chat history into the log and
memory; ``migrate`` MigrateSheets (migrate + validate); ``report`` what they say; ``mirror`` the
dual-write queue; ``nightly`` the nightly validation; ``shadow`` the shadow-mode review.

May import: the coach (its memory rule), training, the coach's readers (understanding), messages,
ports, domain.
"""
