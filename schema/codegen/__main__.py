"""`python -m schema.codegen`: rewrites schema/entities/ from the model; `--check` only reports stale modules."""

from __future__ import annotations

import sys

from schema import codegen


def main(argv: list[str]) -> int:
    if "--check" in argv:
        stale = codegen.stale()
        for path in stale:
            print(f"stale: {path}")
        return 1 if stale else 0
    for path in codegen.write():
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
