# The newsgraph GraphQL server. Neo4j runs in its own container (docker-compose.yml), so this
# image needs neither Java nor Maven: with NEO4J_URI set, `newsgraph start` never starts a local one.

# Node 24, the current LTS line: every dependency's `engines` is satisfied (some graphql-yoga
# dependencies declare Node >= 22.15; see package.json "engines" and the README). The default
# command is `start` (one container); compose runs `serve` (API replicas) and `worker` from it.

# Build stage: the TypeScript compiler (a devDependency) turns src/ into dist/.
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build

FROM node:24-bookworm-slim

ENV NODE_ENV=production \
    NPM_CONFIG_UPDATE_NOTIFIER=false \
    NPM_CONFIG_FUND=false

WORKDIR /app

# Dependencies first, so editing the source does not reinstall them. Runtime dependencies only;
# test/unit/compose.test.ts checks that src/ imports nothing else.
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force

# Everything else the server reads at run time (src, cypher, data, bin…); .dockerignore keeps out
# tests, docs and local state. The compiled server comes from the build stage: bin/newsgraph.js
# runs dist/ (JavaScript, no TypeScript loader or source maps at run time).
COPY . .
COPY --from=build /app/dist ./dist

USER node
EXPOSE 4000
CMD ["node", "bin/newsgraph.js", "start"]
