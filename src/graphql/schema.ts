import { builder } from "./builder.ts";
import "./scalars.ts";
import "./types/vocabulary.ts";
import "./types/entity.ts";
import "./types/article.ts";
import "./types/relationship.ts";
import "./types/search.ts";
import "./types/subgraph.ts";
import "./types/paths.ts";
import "./types/co-mentions.ts";
import "./types/timeline.ts";
import "./types/stats.ts";
import "./types/mutations.ts";
import "./types/subscriptions.ts";

/** The executable schema: every type module registers itself on the builder when imported. */
export const schema = builder.toSchema();
