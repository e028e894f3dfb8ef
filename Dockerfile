# Multi-stage build: a static binary in a distroless image (~25 MB).
FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/newswire ./cmd/newswire

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/newswire /usr/local/bin/newswire
USER nonroot:nonroot
EXPOSE 9464
ENTRYPOINT ["/usr/local/bin/newswire"]
CMD ["run"]
