import { renderGraphiQL } from "@graphql-yoga/render-graphiql";
import type { GraphiQLOptions } from "graphql-yoga";

/**
 * GraphiQL with its scripts and styles inlined (@graphql-yoga/render-graphiql bundles them), so
 * it works with no internet, unlike Yoga's default page that loads them from a CDN. The page is
 * about 9 MB; it is rendered once per set of options.
 */
export function createGraphiQLRenderer(): (options: GraphiQLOptions) => string {
  const rendered = new Map<string, string>();
  return (options) => {
    const key = JSON.stringify(options);
    let page = rendered.get(key);
    if (page === undefined) {
      page = renderGraphiQL(options);
      rendered.set(key, page);
    }
    return page;
  };
}
