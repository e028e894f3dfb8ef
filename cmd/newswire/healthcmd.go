package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/http"
	"time"
)

func init() {
	register("health", command{summary: "check a running newswire's /healthz or /readyz (exit 0 when healthy): a container health check", run: healthCmd})
}

// healthCmd asks a URL and exits 0 on a 2xx answer, 1 otherwise; distroless
// images have no curl or wget, so the binary is its own health check.
func healthCmd(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	f := newEnvFlags("health")
	f.SetOutput(stderr)
	url := f.String("url", "http://127.0.0.1:9464/healthz", "URL to check: run's --metrics-addr, or serve's --addr, with /healthz or /readyz")
	timeout := f.Duration("timeout", 5*time.Second, "give up after this long")
	f.bind(map[string]string{"url": "NEWSWIRE_HEALTH_URL"})
	if err := f.parse(args, nil); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		fmt.Fprintln(stderr, "newswire health:", err)
		return 2
	}
	ctx, cancel := context.WithTimeout(ctx, *timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, *url, nil)
	if err != nil {
		fmt.Fprintln(stderr, "newswire health:", err)
		return 2
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		fmt.Fprintf(stderr, "newswire health: %s: %v\n", *url, err)
		return 1
	}
	defer resp.Body.Close()
	io.Copy(io.Discard, io.LimitReader(resp.Body, 1<<16))
	if resp.StatusCode/100 != 2 {
		fmt.Fprintf(stderr, "newswire health: %s: %s\n", *url, resp.Status)
		return 1
	}
	fmt.Fprintf(stdout, "%s: %s\n", *url, resp.Status)
	return 0
}
