"""The ASGI entry point uvicorn imports: builds settings once and the app from them."""

from api.app import create_app

app = create_app()
