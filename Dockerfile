# The newsgraph GraphQL server and ingest worker. Neo4j runs in its own container
# (docker-compose.yml), so this image needs neither Java nor Maven: with NEO4J_URI set, `newsgraph
# start` never starts a local one. The default command is `start` (one container); compose runs
# `serve` (API replicas) and `worker` from the same image.
# Node 24, the current LTS line: every dependency's `engines` is satisfied (some graphql-yoga
# dependencies declare Node >= 22.15; see package.json "engines" and the README).
FROM node:24-bookworm-slim

ENV NODE_ENV=production \
    NPM_CONFIG_UPDATE_NOTIFIER=false \
    NPM_CONFIG_FUND=false

WORKDIR /app

# Dependencies first, so editing the source does not reinstall them. Runtime dependencies only:
# tsx runs the TypeScript directly; test/unit/compose.test.ts checks that src/ imports nothing else.
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force

# Everything else the server reads at run time (src, cypher, data, bin…); .dockerignore keeps out
# tests, docs and local state.
COPY . .

USER node
EXPOSE 4000
CMD ["node", "bin/newsgraph.js", "start"]
