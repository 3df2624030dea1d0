import { execFile } from "node:child_process";
import fs from "node:fs";
import { builtinModules } from "node:module";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { loadConfig } from "../../src/config.ts";

const runFile = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, "../..");
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), "utf8");

interface Service {
  image?: string;
  build?: unknown;
  environment?: Record<string, string | number>;
  ports?: Array<{ published: number | string; target: number }>;
  volumes?: string[];
  command?: string[];
  deploy?: { replicas?: number };
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
}
interface ComposeModel {
  services: Record<string, Service>;
  volumes?: Record<string, unknown>;
}

/** The variables src/config.ts reads: the keys of its zod schema. */
function configVariables(): Set<string> {
  return new Set(
    [...read("src/config.ts").matchAll(/^\s+([A-Z][A-Z0-9_]*): z\./gm)].map((m) => m[1]!),
  );
}

/**
 * The compose file as Docker would run it: `docker-compose config` validates it against the
 * Compose schema and interpolates ${VARIABLES}. No Docker engine is needed for that.
 */
async function composeConfig(): Promise<ComposeModel> {
  try {
    // An empty environment for interpolation, so the defaults written in the file are checked.
    const { stdout } = await runFile("docker-compose", ["config"], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? "" },
    });
    return parse(stdout) as ComposeModel;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") {
      throw new Error(
        "docker-compose is not installed, so docker-compose.yml cannot be validated: apt-get install docker-compose (.ci/run does)",
      );
    }
    throw new Error(`docker-compose.yml is invalid: ${(error as { stderr?: string }).stderr}`);
  }
}

describe("docker-compose.yml", { timeout: 60_000 }, () => {
  // Each test awaits the same run, so a missing docker-compose fails every test (not skips them).
  // The first one to ask waits for it: every test allows a minute.
  let loaded: Promise<ComposeModel> | undefined;
  const load = async () => {
    loaded ??= composeConfig();
    const compose = await loaded;
    const { neo4j, redis, init, api, worker } = compose.services;
    return { compose, neo4j: neo4j!, redis: redis!, init: init!, api: api!, worker: worker! };
  };

  it("passes `docker-compose config -q` (schema and interpolation)", async () => {
    const { compose } = await load();
    await expect(runFile("docker-compose", ["config", "-q"], { cwd: ROOT })).resolves.toMatchObject(
      { stderr: "" },
    );
    expect(Object.keys(compose.services).sort()).toEqual([
      "api",
      "init",
      "neo4j",
      "redis",
      "worker",
    ]);
    // Two runs of the Python docker-compose: seconds each on a busy 2-core machine.
  }, 60_000);

  it("runs the official Neo4j 5.26 Community image with a named data volume", async () => {
    const { compose, neo4j } = await load();
    expect(neo4j.image).toBe("neo4j:5.26-community");
    const dataVolume = neo4j.volumes?.find((v) => /:\/data(:|$)/.test(v))?.split(":")[0];
    expect(dataVolume).toBeDefined();
    expect(Object.keys(compose.volumes ?? {})).toContain(dataVolume);
    expect(neo4j.ports?.map((p) => [Number(p.published), p.target])).toEqual(
      expect.arrayContaining([
        [7474, 7474],
        [7687, 7687],
      ]),
    );
  });

  it("gives newsgraph's services only environment variables that src/config.ts reads", async () => {
    const known = configVariables();
    expect(known.size).toBeGreaterThan(5);
    const { init, api, worker } = await load();
    for (const service of [init, api, worker]) {
      const unknown = Object.keys(service.environment ?? {}).filter((name) => !known.has(name));
      expect(unknown).toEqual([]);
    }
  });

  it("points api replicas and workers at the neo4j and redis services with the credentials the image was given", async () => {
    const { neo4j, redis, api, worker } = await load();
    expect(redis.image).toMatch(/^redis:\d/);
    for (const service of [api, worker]) {
      const env = Object.fromEntries(
        Object.entries(service.environment ?? {}).map(([k, v]) => [k, String(v)]),
      );
      const config = loadConfig(env);
      expect(config.neo4j.uri).toBe("bolt://neo4j:7687");
      expect(config.redis.url).toBe("redis://redis:6379");
      expect(neo4j.environment?.NEO4J_AUTH).toBe(`${config.neo4j.user}/${config.neo4j.password}`);
    }
    const port = loadConfig({ PORT: String(api.environment?.PORT) }).server.port;
    // One published host port per replica, each forwarding to the replica's PORT.
    expect(api.ports?.map((p) => [String(p.published), p.target])).toEqual([
      [`${port}-${port + 1}`, port],
    ]);
  });

  it("runs at least two api replicas and two workers, after migrations ran once", async () => {
    const { init, api, worker } = await load();
    expect(init.command).toEqual(["node", "bin/newsgraph.js", "db", "migrate"]);
    expect(api.command).toEqual(["node", "bin/newsgraph.js", "serve", "--no-migrate"]);
    expect(worker.command).toEqual(["node", "bin/newsgraph.js", "worker", "--no-migrate"]);
    for (const service of [api, worker]) {
      expect(service.deploy?.replicas).toBeGreaterThanOrEqual(2);
      expect(service.depends_on?.init?.condition).toBe("service_completed_successfully");
      expect(service.depends_on?.redis?.condition).toBe("service_healthy");
    }
  });

  it("starts newsgraph only once Neo4j is healthy, and checks Neo4j, Redis and the API", async () => {
    const { neo4j, redis, init, api } = await load();
    expect(init.build).toBeDefined();
    expect(init.depends_on?.neo4j?.condition).toBe("service_healthy");
    expect(neo4j.healthcheck?.test.join(" ")).toMatch(/cypher-shell .*RETURN 1/);
    expect(redis.healthcheck?.test.join(" ")).toMatch(/redis-cli ping/);
    const port = loadConfig({ PORT: String(api.environment?.PORT) }).server.port;
    expect(api.healthcheck?.test.join(" ")).toContain(`http://127.0.0.1:${port}/health`);
  });
});

describe("Dockerfile", () => {
  it("builds on a Node LTS line that satisfies package.json engines, and starts the composition root", () => {
    const dockerfile = read("Dockerfile");
    const major = Number(dockerfile.match(/^FROM node:(\d+)\b/m)?.[1]);
    // LTS lines are the even ones; 24 is the current one.
    expect(major % 2).toBe(0);
    expect(major).toBeGreaterThanOrEqual(24);
    expect(dockerfile).toMatch(/^RUN npm ci\b/m);
    expect(dockerfile).toMatch(/^CMD \["node", "bin\/newsgraph\.js", "start"\]$/m);
    const ignored = read(".dockerignore")
      .split("\n")
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith("#"));
    for (const needed of ["bin", "src", "cypher", "data", "package.json", "package-lock.json"]) {
      expect(ignored, `.dockerignore must not exclude ${needed}`).not.toContain(needed);
    }
  });

  // The image installs with `npm ci --omit=dev`: a devDependency imported by src/ would only fail
  // inside the container, where no test runs.
  it("installs every package that src/ imports at run time", () => {
    const { dependencies = {} } = JSON.parse(read("package.json")) as {
      dependencies?: Record<string, string>;
    };
    const builtins = new Set(builtinModules);
    const missing = new Set<string>();
    const files = fs.readdirSync(path.join(ROOT, "src"), { recursive: true, encoding: "utf8" });
    for (const file of files.filter((f) => /\.[cm]?[jt]sx?$/.test(f))) {
      const source = fs.readFileSync(path.join(ROOT, "src", file), "utf8");
      const specifiers = [
        ...source.matchAll(/^\s*(?:import|export)\s+(?!type\b)[^;]*?\bfrom\s+["']([^"']+)["']/gm),
        ...source.matchAll(/^\s*import\s+["']([^"']+)["']/gm),
        ...source.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g),
      ].map((m) => m[1]!);
      for (const specifier of specifiers) {
        if (specifier.startsWith(".") || specifier.startsWith("node:")) continue;
        const parts = specifier.split("/");
        const name = specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0]!;
        if (!builtins.has(name) && !(name in dependencies)) missing.add(`${name} (src/${file})`);
      }
    }
    expect([...missing]).toEqual([]);
  });
});
