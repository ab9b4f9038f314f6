"""The Starlette app, settings and command line."""
