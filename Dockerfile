# Builds the SPA and the backend, and runs them as one service on port 8080.
FROM node:20-bookworm AS frontend
WORKDIR /build
COPY openapi.yaml ./
COPY frontend/package.json frontend/package-lock.json frontend/
RUN cd frontend && npm ci --no-audit --no-fund
COPY frontend frontend
RUN cd frontend && npm run build

FROM eclipse-temurin:17-jdk AS backend
WORKDIR /build
COPY backend backend
RUN cd backend && ./mvnw -B -ntp package -DskipTests

FROM eclipse-temurin:17-jre
RUN useradd --system --home /var/lib/kaiku kaiku && mkdir -p /var/lib/kaiku && chown kaiku /var/lib/kaiku
WORKDIR /opt/kaiku
COPY --from=backend /build/backend/target/quarkus-app/ ./
COPY --from=frontend /build/frontend/dist/ ./web/
ENV KAIKU_DATA_DIR=/var/lib/kaiku KAIKU_WEB_ROOT=/opt/kaiku/web
USER kaiku
EXPOSE 8080
CMD ["java", "-jar", "quarkus-run.jar"]
