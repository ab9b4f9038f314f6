"""Generic reads of any entity of the model: by id, filtered keyset pages, relationship pages nested in their parents."""
