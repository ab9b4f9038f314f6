"""The performance benchmark: each key request as its Cypher via the driver (A) and as GraphQL over HTTP (B)."""

from pathlib import Path

# The API servers and the load processes run from the repository's root, and the report is written under it.
ROOT = Path(__file__).resolve().parents[2]
