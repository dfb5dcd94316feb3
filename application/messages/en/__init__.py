"""The English catalogue: every runner-facing phrase, merged from the modules of this package.

Each module holds one area's phrases (PHRASES, and optionally REASONS and name tables); a key is
defined once across the package (tests/unit/test_messages.py checks both languages have the same keys).
"""
from application.messages.catalogue import merge_package

PHRASES, REASONS, TABLES = merge_package(__name__)
