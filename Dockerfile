# API, workers and the one-shot database preparation share this image (different commands).
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json .npmrc ./
COPY api/package.json api/package.json
COPY workers/package.json workers/package.json
COPY web/package.json web/package.json
RUN npm ci --omit=dev --workspace @anju/api --workspace @anju/workers --include-workspace-root \
  && npm cache clean --force
COPY tsconfig.base.json tsconfig.json schema.graphql ./
COPY api api
COPY workers workers
COPY migrations migrations
COPY seeds seeds
COPY scripts scripts
USER node
EXPOSE 4000
CMD ["node", "--import", "tsx", "api/src/main.ts"]
