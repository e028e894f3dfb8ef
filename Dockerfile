# Multi-stage build: a static binary in a distroless image (~25 MB).
FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
# the commit for `newswire version` when .git is not in the build context:
#   docker build --build-arg COMMIT=$(git rev-parse HEAD) .
ARG COMMIT=""
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w -X main.commit=${COMMIT}" -o /out/newswire ./cmd/newswire

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/newswire /usr/local/bin/newswire
USER nonroot:nonroot
# run: /metrics, /healthz, /readyz on :9464 (--metrics-addr); serve: the API
# and the page on --addr (give --addr 0.0.0.0:8080 in a container)
EXPOSE 9464 8080
# distroless has no shell, curl or wget: the binary checks itself. For
# serve, override: --health-cmd 'newswire health --url http://127.0.0.1:8080/healthz'
# or set NEWSWIRE_HEALTH_URL.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
	CMD ["/usr/local/bin/newswire", "health"]
ENTRYPOINT ["/usr/local/bin/newswire"]
CMD ["run"]
