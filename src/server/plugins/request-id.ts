import { randomUUID } from "node:crypto";
import type { Plugin } from "graphql-yoga";
import type { HeaderSource } from "./api-keys.ts";

/** A client's own request id is kept when it is short and plain; otherwise one is made. */
const CLIENT_ID = /^[A-Za-z0-9._-]{1,64}$/;

const ids = new WeakMap<HeaderSource, string>();

/**
 * Every response carries `x-request-id`: the client's (`x-request-id` header) or a new UUID. The
 * log lines of the request's Neo4j errors carry the same id, so a client that got "Unexpected
 * error." can name the request and an operator can find what happened.
 */
export function useRequestId(): Plugin {
  return {
    onRequest({ request }) {
      requestIdOf(request);
    },
    onResponse({ request, response }) {
      response.headers.set("x-request-id", requestIdOf(request));
    },
  };
}

export function requestIdOf(request: HeaderSource): string {
  let id = ids.get(request);
  if (!id) {
    const given = request.headers.get("x-request-id");
    id = given && CLIENT_ID.test(given) ? given : randomUUID();
    ids.set(request, id);
  }
  return id;
}
