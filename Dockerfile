# The inspector as one small image: build with every dev tool, run with only the server's
# three runtime packages and the built files, as an unprivileged user.
#   docker build -t handinger-inspector .
#   docker run --rm -p 127.0.0.1:4173:4173 -e ACCESS_MODE=none -e HANDINGER_API_KEY=hdg_live_… handinger-inspector

FROM node:20-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

FROM node:20-slim AS runtime
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4173
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
# Revoked sessions outlive a restart here; mount a volume on /data to keep them across images.
RUN mkdir -p /data && chown node:node /data
ENV DATA_DIR=/data
USER node
EXPOSE 4173
# Liveness only: /healthz never depends on Handinger, so an upstream outage does not restart it.
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s --retries=3 \
  CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.PORT}/healthz`).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/server/main.js"]
