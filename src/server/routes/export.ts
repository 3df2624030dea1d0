import type { ErrorCode } from "../../domain/errors.ts";
import { NewsgraphError } from "../../domain/errors.ts";
import type { SubgraphReads } from "../../graph/read/index.ts";
import type { CoordinateLookup } from "./coordinates.ts";
import { exportFileName, exportFormat, parseExportQuery, runExport } from "./export-query.ts";

/** `GET /export/<format>?seed=…&depth=…`: a subgraph or the whole graph in a visualiser's format. */
export const EXPORT_PATH = /^\/export\/([^/]+)$/;

const STATUS: Record<ErrorCode, number> = {
  BAD_USER_INPUT: 400,
  INVALID_ID: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  QUERY_TIMEOUT: 504,
  GRAPH_UNAVAILABLE: 503,
};

/** Errors as GraphQL clients see them: a message naming what is wrong and a machine code. */
export function errorResponse(error: unknown, log?: (error: unknown) => void): Response {
  if (error instanceof NewsgraphError) {
    return Response.json(
      { errors: [{ message: error.message, extensions: { code: error.code, ...error.details } }] },
      {
        status: STATUS[error.code],
        headers: error.code === "UNAUTHENTICATED" ? { "www-authenticate": "Bearer" } : {},
      },
    );
  }
  log?.(error);
  return Response.json(
    { errors: [{ message: "Unexpected error.", extensions: { code: "INTERNAL_SERVER_ERROR" } }] },
    { status: 500 },
  );
}

/**
 * A ReadableStream that asks the generator for the next chunk only when the client has taken the
 * previous one: the export's database reads go at the pace of the download, and a client that
 * goes away stops them (cancel → return → the reads' sessions close). A client may go away while
 * a chunk is being read: that chunk is dropped, and the stream (already closed) is left alone —
 * enqueueing into it would throw ERR_INVALID_STATE, which is no error of the export.
 */
export function toDownloadStream(
  first: IteratorResult<string | Uint8Array>,
  chunks: AsyncGenerator<string | Uint8Array>,
  log?: (error: unknown) => void,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let pending: IteratorResult<string | Uint8Array> | null = first;
  let cancelled = false;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          const result = pending ?? (await chunks.next());
          pending = null;
          if (cancelled) return;
          if (result.done) {
            controller.close();
            return;
          }
          const value = result.value;
          controller.enqueue(typeof value === "string" ? encoder.encode(value) : value);
        } catch (error) {
          if (cancelled) return;
          // Headers are sent: the only honest signal left is to break the download.
          log?.(error);
          controller.error(error);
        }
      },
      async cancel() {
        cancelled = true;
        // The generator may be inside a read; its sessions close once that read returns.
        await chunks.return(undefined).catch(() => undefined);
      },
    },
    { highWaterMark: 1 },
  );
}

export async function serveExport(
  formatId: string,
  request: Request,
  reads: SubgraphReads,
  coordinates: CoordinateLookup,
  log?: (error: unknown) => void,
): Promise<Response> {
  try {
    const url = new URL(request.url);
    const format = exportFormat(decodeURIComponent(formatId));
    const plan = parseExportQuery(url.searchParams);
    const headers = {
      "content-type": format.mediaType.startsWith("application/zip")
        ? format.mediaType
        : `${format.mediaType}; charset=utf-8`,
      "content-disposition": `attachment; filename="${exportFileName(format, plan)}"`,
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    };
    if (request.method === "HEAD") return new Response(null, { headers });
    const chunks = runExport(reads, format, plan, coordinates);
    // The first chunk needs the first read: a database that is down or a timeout still gets
    // its status code instead of a broken 200.
    const first = await chunks.next();
    return new Response(toDownloadStream(first, chunks, log), { headers });
  } catch (error) {
    return errorResponse(error, log);
  }
}
