"""Fixtures for the main-window tests (defined in app_fixtures.py; local fixtures override)."""

from tests.ui.app_fixtures import services, settings, window  # noqa: F401
