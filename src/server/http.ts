import http from "node:http";
import type { AddressInfo } from "node:net";
import type { App } from "./app.ts";

export interface HttpServer {
  /** e.g. http://127.0.0.1:4000 */
  readonly url: string;
  readonly port: number;
  /** Stops accepting connections, lets requests in flight finish (up to `graceMs`), then closes. */
  close(graceMs?: number): Promise<void>;
}

/** Mounts the app on a Node HTTP server. Port 0 picks a free port (see `port`). */
export function startHttpServer(
  app: App,
  options: { port: number; host: string },
): Promise<HttpServer> {
  const server = http.createServer(app);
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => {
      server.off("error", reject);
      const { port } = server.address() as AddressInfo;
      const shownHost = ["0.0.0.0", "::"].includes(options.host) ? "localhost" : options.host;
      resolve({
        url: `http://${shownHost}:${port}`,
        port,
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
