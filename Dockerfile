# syntax=docker/dockerfile:1
# One image for Ruta's API and worker (two targets: `api`, `worker`). See deploy/compose.yaml and the README's
# "In production" section. Build: docker build --target api -t ruta-api . && docker build --target worker -t ruta-worker .

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY . .
# `npm install`, not `npm ci`: the lockfile carries only the Linux builds of platform packages.
RUN npm install --no-audit --no-fund \
  && npm run build \
  && node --import tsx scripts/build-workflow-bundle.ts

FROM node:20-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production \
    RUTA_HOST=0.0.0.0 \
    PORT=3000 \
    RUTA_TASK_QUEUE=ruta-journeys \
    RUTA_WORKER_METRICS_HOST=0.0.0.0 \
    RUTA_WORKER_METRICS_PORT=9464
COPY --from=build --chown=node:node /app /app
USER node

# The HTTP API (and the designer at /, /metrics for Prometheus). Stateless: run as many as you like.
FROM runtime AS api
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=3s CMD ["node", "-e", "fetch('http://127.0.0.1:3000/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node", "--import", "tsx", "apps/api/src/server.ts"]

# A journey worker (Prometheus /metrics on 9464). Run as many as the load needs.
FROM runtime AS worker
EXPOSE 9464
ENV NODE_OPTIONS=--max-old-space-size=512
CMD ["node", "--import", "tsx", "workers/src/main.ts"]
