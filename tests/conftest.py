"""Shared fixtures: the emulator on a free loopback port (the plugin users get too)."""

pytest_plugins = ["cortex_client.testing.pytest_plugin"]
