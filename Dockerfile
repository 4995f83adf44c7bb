# The explorer as a container: builds the front end, then serves it and the API on port 8080.
# docker-compose.yml runs it against Neo4j; without NEO4J_URI it uses embedded Kuzu in /app/data.
FROM node:22-bookworm

WORKDIR /app
# NODE_ENV stays unset while building: the front-end build needs the dev dependencies.
ENV npm_config_update_notifier=false

COPY package.json package-lock.json ./
# Only the packages whose install scripts the project allows (package.json "allowScripts") run them.
RUN npm ci --ignore-scripts --no-audit --no-fund \
 && npm rebuild kuzu esbuild

COPY . .
RUN npm run build

ENV HOST=0.0.0.0 \
    PORT=8080 \
    NEO4J_URI=bolt://neo4j:7687 \
    NEO4J_USER=neo4j \
    DATA_DIR=/app/data
EXPOSE 8080
CMD ["npm", "start"]
