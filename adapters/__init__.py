"""Implementations of the application's ports: one module per technology."""
