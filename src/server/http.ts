import http from "node:http";
import { type AddressInfo, createServer } from "node:net";
import { NewsgraphError } from "../domain/errors.ts";
import type { App } from "./app.ts";
import { directLaneOf } from "./direct-lane.ts";

export interface HttpServer {
  /** e.g. http://127.0.0.1:4000 */
  readonly url: string;
  readonly port: number;
  /** Requests the direct lane answered itself (src/server/direct-lane.ts); 0 without one. */
  readonly directAnswers: number;
  /** Stops accepting connections, lets requests in flight finish (up to `graceMs`), then closes. */
  close(graceMs?: number): Promise<void>;
}

/**
 * Mounts the app on a Node HTTP server, behind its direct lane when it has one (plain JSON
 * queries answered without Yoga's fetch-API layer). Port 0 picks a free port (see `port`).
 */
export function startHttpServer(
  app: App,
  options: { port: number; host: string },
): Promise<HttpServer> {
  const lane = directLaneOf(app);
  const server = http.createServer(lane ? lane.handle : app);
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => {
      server.off("error", reject);
      const { port } = server.address() as AddressInfo;
      const shownHost = ["0.0.0.0", "::"].includes(options.host) ? "localhost" : options.host;
      resolve({
        url: `http://${shownHost}:${port}`,
        port,
        get directAnswers() {
          return lane?.served ?? 0;
        },
        close: (graceMs = 5_000) =>
          new Promise<void>((done, fail) => {
            const timer = setTimeout(() => server.closeAllConnections(), graceMs);
            timer.unref();
            server.close((error) => {
              clearTimeout(timer);
              if (error) fail(error);
              else done();
            });
            server.closeIdleConnections();
          }),
      });
    });
  });
}

/**
 * Fails with a clear error when `port` on `host` cannot be listened on (another server holds it),
 * so `serve` and `start` stop before they start Neo4j, migrate or load the samples. Port 0 (any
 * free port) always passes. The port is free again when this returns: a server started in between
 * can still take it, and startHttpServer then fails as before.
 */
export async function checkPortFree(port: number, host: string): Promise<void> {
  if (port === 0) return;
  const probe = createServer();
  await new Promise<void>((resolve, reject) => {
    probe.once("error", (error: NodeJS.ErrnoException) => {
      const reason =
        error.code === "EADDRINUSE"
          ? "another program is listening there; stop it, or choose another port with PORT or --port"
          : `${error.code ?? error.message}`;
      reject(
        new NewsgraphError("BAD_USER_INPUT", `cannot serve on port ${port} (${host}): ${reason}`),
      );
    });
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}
