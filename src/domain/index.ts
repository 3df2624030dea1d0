export * from "./article.ts";
export * from "./errors.ts";
export * from "./identity.ts";
export * from "./subgraph.ts";
export * from "./text.ts";
export * from "./vocabulary.ts";
