// The package's entry: the client, its errors, and every generated document and operation type.
export * from "./client";
export * from "./errors";
export * from "./generated/graphql";
