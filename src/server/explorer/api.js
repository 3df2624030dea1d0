/**
 * The explorer's only way to the data: the public GraphQL API at /graphql, with the queries a
 * client of it would write. Read it as an example of using the API from a browser.
 */

// This module is served at <base>/assets/explorer/api.js; the API is <base>/graphql. Resolving
// from the module's own URL keeps the pages working behind a reverse proxy that adds a prefix.
export const GRAPHQL_URL = new URL("../../graphql", import.meta.url).href;

const KEY_STORAGE = "newsgraph.apiKey";

/**
 * The API key for reads, when the server asks for one: `?key=` on the page's URL (how an iframe
 * passes it), else the one the explorer stored after asking for it.
 */
export function apiKey() {
  const fromUrl = new URLSearchParams(location.search).get("key");
  if (fromUrl) return fromUrl;
  try {
    return localStorage.getItem(KEY_STORAGE);
  } catch {
    // Storage is refused in some sandboxed iframes.
    return null;
  }
}

export function storeApiKey(key) {
  try {
    if (key) localStorage.setItem(KEY_STORAGE, key);
    else localStorage.removeItem(KEY_STORAGE);
  } catch {
    // See apiKey().
  }
}

export class ApiError extends Error {
  constructor(message, code, status) {
    super(message);
    this.name = "ApiError";
    this.code = code;
    this.status = status;
  }
}

/** Runs one query; resolves to its `data`, or throws an ApiError with the API's message and code. */
export async function graphql(query, variables = {}) {
  const headers = { "content-type": "application/json", accept: "application/json" };
  const key = apiKey();
  if (key) headers.authorization = `Bearer ${key}`;
  let response;
  try {
    response = await fetch(GRAPHQL_URL, {
      method: "POST",
      headers,
      body: JSON.stringify({ query, variables }),
    });
  } catch (error) {
    throw new ApiError(`cannot reach the API at ${GRAPHQL_URL}: ${error.message}`, "NETWORK");
  }
  let body;
  try {
    body = await response.json();
  } catch {
    throw new ApiError(`the API answered ${response.status} without JSON`, "HTTP", response.status);
  }
  const error = body.errors?.[0];
  if (error) {
    const code = error.extensions?.code ?? (response.status === 401 ? "UNAUTHENTICATED" : "ERROR");
    throw new ApiError(error.message, code, response.status);
  }
  if (!response.ok) {
    throw new ApiError(`the API answered ${response.status}`, "HTTP", response.status);
  }
  return body.data;
}

const ENTITY_FIELDS = /* GraphQL */ `
  fragment EntityFields on Entity {
    id
    entityId
    type
    name
    aliases
    mentionCount
    ... on Country { lat lon }
    ... on Location { lat lon }
  }
`;

const RELATIONSHIP_FIELDS = /* GraphQL */ `
  fragment RelationshipFields on Relationship {
    id
    relationshipId
    type
    confidence
    articleCount
    evidenceCount
    firstSeen
    lastSeen
    source { ...EntityFields }
    target { ...EntityFields }
  }
`;

/** Entities whose names or aliases match the text, best first. */
export async function searchEntities(text, { first = 8, types = null } = {}) {
  const data = await graphql(
    `query Search($text: String!, $first: Int!, $types: [EntityType!]) {
      search(text: $text, first: $first, types: $types) {
        edges { score node { ...EntityFields } }
      }
    }
    ${ENTITY_FIELDS}`,
    { text, first, types },
  );
  return data.search?.edges.map((edge) => edge.node) ?? [];
}

/** An entity by plain entity id (`country:netherlands`), global id, or exact name. */
export async function findEntity({ id, name }) {
  const data = await graphql(
    `query Find($id: ID, $name: String) {
      entity(id: $id, name: $name) { ...EntityFields }
    }
    ${ENTITY_FIELDS}`,
    id ? { id } : { name },
  );
  return data.entity;
}

/** Most entities drawn at once; the views say when a drawing was cut to it. */
export const SUBGRAPH_LIMIT = 400;

/**
 * The part of the graph to draw: the seeds, the entities within `depth` hops, and every
 * relationship among them that passes the filters, the filters applied by the server (dates
 * against each piece of evidence). The same selection as `GET /export/<format>`, so an export
 * link reproduces a drawing exactly.
 */
export async function subgraph({
  seeds,
  depth = 1,
  entityTypes = null,
  relationTypes = null,
  from = null,
  to = null,
  limit = SUBGRAPH_LIMIT,
}) {
  const data = await graphql(
    `query Subgraph(
      $seeds: [ID!], $depth: Int, $entityTypes: [EntityType!], $relationTypes: [RelationType!],
      $from: String, $to: String, $limit: Int
    ) {
      subgraph(
        seeds: $seeds, depth: $depth, entityTypes: $entityTypes, relationTypes: $relationTypes,
        from: $from, to: $to, limit: $limit
      ) {
        nodes { id type name aliases mentionCount degree lat lon entity { id } }
        edges {
          id type source target weight confidence firstSeen lastSeen
          relationship { id }
        }
      }
    }`,
    { seeds, depth, entityTypes, relationTypes, from, to, limit },
  );
  return data.subgraph;
}

/** One relationship with its properties and the sentences that state it, newest first. */
export async function relationshipEvidence(id, first = 20) {
  const data = await graphql(
    `query Evidence($id: ID!, $first: Int!) {
      node(id: $id) {
        ... on Relationship {
          id
          type
          source { name type }
          target { name type }
          properties { role quantity maxQuantity from until kind }
          confidence
          articleCount
          evidenceCount
          firstSeen
          lastSeen
          evidence(first: $first) {
            sentence
            confidence
            publishedAt
            article { articleId title url publishedAt source { name } }
          }
        }
      }
    }`,
    { id, first },
  );
  return data.node;
}

/** An entity's articles (newest first) and relationships with the dates of their evidence. */
export async function entityTimeline(id, { articles = 100, relationships = 100 } = {}) {
  const data = await graphql(
    `query Timeline($id: ID!, $articles: Int!, $relationships: Int!) {
      entity(id: $id) {
        ...EntityFields
        articles(first: $articles) {
          totalCount
          edges { node { articleId title url publishedAt source { name } } }
        }
        relationships(first: $relationships) {
          totalCount
          edges {
            node {
              ...RelationshipFields
              evidence(first: 20) { publishedAt sentence article { title } }
            }
          }
        }
      }
    }
    ${ENTITY_FIELDS}
    ${RELATIONSHIP_FIELDS}`,
    { id, articles, relationships },
  );
  return data.entity;
}
