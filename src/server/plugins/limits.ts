import { EnvelopArmorPlugin } from "@escape.tech/graphql-armor";
import type { ExecutionArgs, GraphQLError } from "graphql";
import { createGraphQLError, type Plugin } from "graphql-yoga";
import type { LimitsConfig } from "../../config.ts";
import { NewsgraphError } from "../../domain/errors.ts";
import { measureCost } from "../../graphql/cost.ts";

/**
 * What one request may ask for, checked before anything runs:
 *
 * - the body: at most `maxBodyBytes` (HTTP 413, code PAYLOAD_TOO_LARGE), whether the size is
 *   announced (Content-Length) or only found while reading a chunked body;
 * - the document: tokens, depth, aliases and directives (graphql-armor), and its cost (Pothos
 *   complexity: each field 1, what is below a list multiplied by its `first`, see builder.ts).
 *
 * Every refusal has its own `extensions.code` (docs/api.md "Limits and errors") and HTTP 400.
 */
export function useLimits(limits: LimitsConfig): Plugin[] {
  return [
    useBodyLimit(limits.maxBodyBytes),
    useDocumentLimits(limits),
    useCostLimit(limits.maxCost),
  ];
}

function tooLarge(max: number): GraphQLError {
  return createGraphQLError(`the request body is larger than ${max} bytes`, {
    extensions: { code: "PAYLOAD_TOO_LARGE", http: { status: 413 } },
  });
}

/**
 * The body limit (the one limit on bodies: Yoga's own, which streams every body through a
 * counting transform, is switched off in app.ts). An announced length is checked before anything
 * is read, and the body cannot be longer (Node's HTTP parser holds it to the announced length);
 * only a body without one (chunked) is counted while it is read.
 */
export function useBodyLimit(maxBytes: number): Plugin {
  return {
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      const announced = request.headers.get("content-length");
      if (announced !== null && !/^\d+$/.test(announced)) {
        throw createGraphQLError(
          `Content-Length must be one number of bytes, got "${announced.slice(0, 40)}"`,
          {
            extensions: { code: "BAD_REQUEST", http: { status: 400 } },
          },
        );
      }
      if (announced !== null && Number(announced) > maxBytes) throw tooLarge(maxBytes);
      if (announced !== null || !request.body || !requestParser) return;
      // No length given (chunked): count while the parser reads, and stop at the limit.
      setRequestParser((original) => {
        let seen = 0;
        const counted = original.body?.pipeThrough(
          new fetchAPI.TransformStream<Uint8Array, Uint8Array>({
            transform(chunk, controller) {
              seen += chunk.byteLength;
              if (seen > maxBytes) controller.error(tooLarge(maxBytes));
              else controller.enqueue(chunk);
            },
          }),
        );
        const limited = new fetchAPI.Request(original.url, {
          method: original.method,
          headers: original.headers,
          body: counted ?? null,
          // @ts-expect-error Node's fetch needs `duplex` for a streamed body; the DOM types lack it.
          duplex: "half",
        });
        return Promise.resolve(requestParser(limited)).catch((error: unknown) => {
          throw seen > maxBytes ? tooLarge(maxBytes) : error;
        });
      });
    },
  };
}

/** graphql-armor's refusals, given a code each (armor itself sets none). */
function useDocumentLimits(limits: LimitsConfig): Plugin {
  const refuse = (code: string) => [
    (_ctx: unknown, error: GraphQLError) => {
      throw createGraphQLError(error.message.replace(/^Syntax Error: /, ""), {
        extensions: { code, http: { status: 400 } },
      });
    },
  ];
  return EnvelopArmorPlugin({
    maxTokens: { n: limits.maxTokens, onReject: refuse("TOO_MANY_TOKENS") },
    maxDepth: { n: limits.maxDepth, onReject: refuse("QUERY_TOO_DEEP") },
    maxAliases: { n: limits.maxAliases, onReject: refuse("TOO_MANY_ALIASES") },
    maxDirectives: { n: 50, onReject: refuse("TOO_MANY_DIRECTIVES") },
    // The cost is Pothos complexity's (it knows `first`), below.
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  }) as Plugin;
}

/**
 * The cost depends on variables (`first: $n`), so it is checked when the operation is about to
 * run, not as a validation rule: Yoga caches validation by document, and a document that passed
 * with `$n = 1` must still be refused with `$n = 100`.
 */
function toClientError(error: NewsgraphError): GraphQLError {
  return createGraphQLError(error.message, {
    extensions: { ...error.details, code: error.code, http: { status: 400 } },
  });
}

/**
 * The cost check of one execution: no errors, or the one refusal (QUERY_TOO_COMPLEX, or the
 * argument a cost function could not read). The plugin below and the direct lane (direct-lane.ts)
 * apply it alike.
 */
export function costCheck(maxCost: number): (args: ExecutionArgs) => GraphQLError[] {
  return (args) => {
    let complexity: number;
    try {
      ({ complexity } = measureCost(args));
    } catch (error) {
      // An argument a cost function could not read (a malformed id): refuse, naming it, rather
      // than run a request whose cost is unknown.
      if (error instanceof NewsgraphError) return [toClientError(error)];
      throw error;
    }
    if (complexity <= maxCost) return [];
    return [
      createGraphQLError(
        `Query cost of ${complexity} exceeds the limit of ${maxCost} (each field costs 1; what a list selects counts \`first\` times)`,
        {
          extensions: {
            code: "QUERY_TOO_COMPLEX",
            cost: complexity,
            maxCost,
            http: { status: 400 },
          },
        },
      ),
    ];
  };
}

function useCostLimit(maxCost: number): Plugin {
  const check = costCheck(maxCost);
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const errors = check(args);
      if (errors.length > 0) setResultAndStopExecution({ errors });
    },
    onSubscribe({ args, setResultAndStopExecution }) {
      const errors = check(args);
      if (errors.length > 0) setResultAndStopExecution({ errors });
    },
  };
}
