"""Strawberry types and resolvers; turns graph records into GraphQL types. Never imports neo4j."""
