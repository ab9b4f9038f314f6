# The API: the package and its runtime dependencies on python:3.11-slim, run as an unprivileged user.
# PYTHON_IMAGE swaps the base: `make images` builds on a local Debian base (docker/debian-base.sh) where the public
# registries cannot be reached, with its wheels prepared on the host in docker/wheels/ (empty otherwise: pip then
# installs from PyPI as usual).
ARG PYTHON_IMAGE=python:3.11-slim
FROM ${PYTHON_IMAGE}

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
COPY docker/wheels /tmp/wheels
RUN if [ -f /tmp/wheels/requirements.txt ]; then pip install --no-index --find-links /tmp/wheels .; \
    else pip install .; fi \
    && rm -rf /tmp/wheels \
    && useradd --create-home --uid 10001 app

USER app
ENV APP_HOST=0.0.0.0 \
    APP_PORT=8000
EXPOSE 8000

HEALTHCHECK --interval=15s --timeout=5s --start-period=20s --retries=3 \
    CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/health', timeout=3)"]

CMD ["python", "-m", "api", "serve", "--host", "0.0.0.0"]
