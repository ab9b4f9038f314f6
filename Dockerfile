# The API: the package and its runtime dependencies on python:3.11-slim, run as an unprivileged user.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app
COPY pyproject.toml README.md ./
COPY api ./api
COPY graph ./graph
COPY schema ./schema
COPY seeds ./seeds
RUN pip install . \
    && useradd --create-home --uid 10001 app

USER app
ENV APP_HOST=0.0.0.0 \
    APP_PORT=8000
EXPOSE 8000

HEALTHCHECK --interval=15s --timeout=5s --start-period=20s --retries=3 \
    CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/health', timeout=3)"]

CMD ["python", "-m", "api", "serve", "--host", "0.0.0.0"]
