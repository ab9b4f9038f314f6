"""Neo4j access: the driver, Cypher, constraints and loaders. Never imports strawberry or starlette."""
