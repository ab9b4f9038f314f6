// esbuild bundles the stylesheets a module imports (graphiql.css beside graphiql.js); TypeScript only needs to know.
declare module "*.css";
