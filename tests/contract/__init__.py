"""Shared contract suites: the same tests run against every adapter of a port."""
