"""The GraphQL types of the model's entities, generated from graph/core/model.py by schema/codegen (`python -m api generate-types`)."""
