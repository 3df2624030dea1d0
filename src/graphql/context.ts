import type { GraphExecutor } from "../graph/executor.ts";
import { createReadRepositories, type ReadRepositories } from "../graph/read/index.ts";
import { createLoaders, type Loaders } from "../loaders/index.ts";

/** What every resolver gets: loaders for lookups, repositories for lists that are not per-parent. */
export interface GraphQLContext {
  readonly repos: ReadRepositories;
  readonly loaders: Loaders;
}

/** One per request: fresh loaders, so nothing cached outlives the request that loaded it. */
export function createContext(executor: GraphExecutor): GraphQLContext {
  const repos = createReadRepositories(executor);
  return { repos, loaders: createLoaders(repos) };
}
