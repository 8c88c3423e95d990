"""Shared fixtures: the emulator under uvicorn on a free loopback port (the same plugin users get)."""

pytest_plugins = ["cortex_client.testing.pytest_plugin"]
