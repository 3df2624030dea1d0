import crypto from "node:crypto";
import { createGraphQLError, type Plugin } from "graphql-yoga";
import type { ApiKey, ApiScope, SecurityConfig } from "../../config.ts";
import { NewsgraphError } from "../../domain/errors.ts";
import type { Principal } from "../../graphql/context.ts";

/** The part of a request that is read here: a fetch Request, or the direct lane's headers. */
export interface HeaderSource {
  readonly headers: { get(name: string): string | null };
}

/**
 * API keys: `Authorization: Bearer <key>` or `X-API-Key: <key>`. A request without a key is
 * anonymous (it may read when NEWSGRAPH_PUBLIC_READ is true, never write); a request with a key
 * that matches none is refused outright (401), so a mistyped key is noticed rather than quietly
 * treated as anonymous. What each scope allows is decided in the schema (builder.ts, scope-auth).
 */
export interface ApiKeyAuth {
  /** The principal of a request; throws UNAUTHENTICATED for a key that matches no configured key. */
  authenticate(request: HeaderSource): Principal;
  /** For routes outside GraphQL (exports): throws unless the request may read. */
  authorizeRead(request: Request): void;
}

const NO_SCOPES: ReadonlySet<ApiScope> = new Set();
const READ_ONLY: ReadonlySet<ApiScope> = new Set(["read"]);

export function createApiKeyAuth(
  security: Pick<SecurityConfig, "apiKeys" | "publicRead">,
): ApiKeyAuth {
  // Keys are compared as SHA-256 digests: equal lengths for timingSafeEqual, and the time taken
  // tells nothing about how much of a key matched. Every key is compared, match or not.
  const known = security.apiKeys.map((key) => ({ key, digest: digest(key.key) }));
  const anonymous: Principal = Object.freeze({
    name: null,
    scopes: security.publicRead ? READ_ONLY : NO_SCOPES,
  });
  const cache = new WeakMap<HeaderSource, Principal>();

  function find(presented: string): ApiKey | undefined {
    const candidate = digest(presented);
    let found: ApiKey | undefined;
    for (const { key, digest: d } of known) {
      if (crypto.timingSafeEqual(candidate, d) && !found) found = key;
    }
    return found;
  }

  function authenticate(request: HeaderSource): Principal {
    const cached = cache.get(request);
    if (cached) return cached;
    const presented = presentedKey(request);
    let principal = anonymous;
    if (presented !== null) {
      const key = find(presented);
      if (!key) {
        throw new NewsgraphError(
          "UNAUTHENTICATED",
          "the API key is not valid (send a configured key, or none for public reads)",
        );
      }
      principal = Object.freeze({ name: key.name, scopes: key.scopes });
    }
    cache.set(request, principal);
    return principal;
  }

  return {
    authenticate,
    authorizeRead(request) {
      const principal = authenticate(request);
      if (principal.scopes.has("read")) return;
      throw principal.name === null
        ? new NewsgraphError("UNAUTHENTICATED", "reading needs an API key with the read scope")
        : new NewsgraphError("FORBIDDEN", `the API key "${principal.name}" lacks the read scope`);
    },
  };
}

function digest(value: string): Buffer {
  return crypto.createHash("sha256").update(value, "utf8").digest();
}

/** The key a request carries, or null. Other Authorization schemes (a proxy's Basic) are ignored. */
function presentedKey(request: HeaderSource): string | null {
  const authorization = request.headers.get("authorization");
  const bearer = authorization?.match(/^Bearer\s+(\S+)\s*$/i)?.[1];
  if (bearer) return bearer;
  const header = request.headers.get("x-api-key")?.trim();
  return header ? header : null;
}

/**
 * Checks the key before anything is parsed, so a bad key costs nothing and gets HTTP 401 with
 * `extensions.code` UNAUTHENTICATED and a `WWW-Authenticate` challenge.
 */
export function useApiKeys(auth: ApiKeyAuth): Plugin {
  return {
    onRequestParse({ request }) {
      try {
        auth.authenticate(request);
      } catch (error) {
        if (!(error instanceof NewsgraphError)) throw error;
        throw createGraphQLError(error.message, {
          extensions: {
            code: error.code,
            http: { status: 401, headers: { "WWW-Authenticate": 'Bearer realm="newsgraph"' } },
          },
        });
      }
    },
  };
}
