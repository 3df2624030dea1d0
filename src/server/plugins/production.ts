import fs from "node:fs";
import { usePersistedOperations } from "@graphql-yoga/plugin-persisted-operations";
import { NoSchemaIntrospectionCustomRule } from "graphql";
import type { Plugin } from "graphql-yoga";
import { ConfigError } from "../../config.ts";

/** Refuses `__schema` and `__type` (graphql-js's own rule), for NEWSGRAPH_INTROSPECTION=false. */
export function useNoIntrospection(): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(NoSchemaIntrospectionCustomRule);
    },
  };
}

/** graphql-js's hints at names the schema holds: `Did you mean "stats"?`, `… the enum value "Country"?`. */
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

/**
 * Without introspection, error messages must not spell out the schema either: graphql-js
 * completes misspelt fields, arguments, types and enum values ("Did you mean …?") in validation
 * and in variable coercion. Those hints are cut from every error message. (graphql-armor's
 * blockFieldSuggestions does the same for validation only, and only for errors of the graphql
 * instance it loaded itself.)
 */
export function useNoSuggestions(): Plugin {
  const strip = <T extends { message: string }>(errors: readonly T[]): T[] =>
    errors.map((error) => {
      error.message = error.message.replace(SUGGESTION, "");
      return error;
    });
  return {
    onValidate() {
      return ({ valid, result, setResult }) => {
        if (!valid) setResult(strip(result));
      };
    },
    onExecute() {
      return {
        onExecuteDone({ result, setResult }) {
          if (Symbol.asyncIterator in result || !result.errors?.length) return;
          setResult({ ...result, errors: strip(result.errors) });
        },
      };
    },
  };
}

/**
 * Reads a persisted-operations allowlist: a JSON object from operation id (e.g. the SHA-256 of
 * the document, as graphql-codegen's client preset and Apollo's persisted queries make) to
 * GraphQL document. Read once at start; a bad file stops the server with a clear message.
 */
export function readAllowlist(file: string): ReadonlyMap<string, string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ConfigError(`NEWSGRAPH_PERSISTED_OPERATIONS: cannot read ${file}: ${reason}`);
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
    throw new ConfigError(
      `NEWSGRAPH_PERSISTED_OPERATIONS: ${file} must hold a JSON object { "<id>": "<document>" }`,
    );
  }
  const operations = new Map<string, string>();
  for (const [id, document] of Object.entries(parsed)) {
    if (typeof document !== "string" || document.trim() === "") {
      throw new ConfigError(
        `NEWSGRAPH_PERSISTED_OPERATIONS: ${file}: "${id}" must map to a GraphQL document`,
      );
    }
    operations.set(id, document);
  }
  return operations;
}

/**
 * Only the allowlisted operations run: clients send `extensions.persistedQuery.sha256Hash` (or
 * `documentId`) instead of a query; anything else is refused (PERSISTED_QUERY_ONLY,
 * PERSISTED_QUERY_NOT_FOUND, PERSISTED_QUERY_ID_REQUIRED).
 */
export function usePersistedOperationsAllowlist(operations: ReadonlyMap<string, string>): Plugin {
  return usePersistedOperations({
    allowArbitraryOperations: false,
    customErrors: {
      persistedQueryOnly: {
        message:
          "this server runs only persisted operations: send extensions.persistedQuery.sha256Hash (or documentId) instead of a query",
        extensions: { code: "PERSISTED_QUERY_ONLY", http: { status: 400 } },
      },
      notFound: {
        message: "no persisted operation has this id",
        extensions: { code: "PERSISTED_QUERY_NOT_FOUND", http: { status: 400 } },
      },
      keyNotFound: {
        message: "send a query or a persisted operation id",
        extensions: { code: "PERSISTED_QUERY_ID_REQUIRED", http: { status: 400 } },
      },
    },
    getPersistedOperation: (key) => operations.get(key) ?? null,
    extractPersistedOperationId: (params) => {
      const extensions = params.extensions as
        | { persistedQuery?: { sha256Hash?: unknown } }
        | undefined;
      const hash = extensions?.persistedQuery?.sha256Hash;
      if (typeof hash === "string") return hash;
      const documentId = (params as { documentId?: unknown }).documentId;
      return typeof documentId === "string" ? documentId : null;
    },
  }) as Plugin;
}
