package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"
)

// The real binary: `newswire serve` on a free port answers the sample,
// `newswire health` finds it healthy, and SIGTERM stops it with exit 0.
func TestServeProcessSIGTERM(t *testing.T) {
	cmd := exec.Command(os.Args[0], "serve", "--addr", "127.0.0.1:0", "--log-format", "json")
	cmd.Env = append(os.Environ(), "NEWSWIRE_TEST_MAIN=1")
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	lines := make(chan map[string]any, 16)
	go func() {
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			var m map[string]any
			if json.Unmarshal(sc.Bytes(), &m) == nil {
				lines <- m
			}
		}
		close(lines)
	}()
	var url string
	for m := range lines {
		if m["msg"] == "newswire serve: listening" {
			url, _ = m["url"].(string)
			break
		}
	}
	if url == "" {
		t.Fatal("serve did not log its address")
	}
	var out, errb bytes.Buffer
	if code := healthCmd(context.Background(), []string{"--url", url + "readyz"}, nil, &out, &errb); code != 0 {
		t.Fatalf("health of a running serve: exit %d: %s", code, errb.String())
	}
	data, err := os.ReadFile("../../testdata/north-news-2025-05-31.txt")
	if err != nil {
		t.Fatal(err)
	}
	resp, err := http.Post(url+"v1/extract", "text/plain", bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	var rec struct {
		Text     string `json:"text"`
		Entities []struct {
			Text string `json:"text"`
		} `json:"entities"`
	}
	json.NewDecoder(resp.Body).Decode(&rec)
	resp.Body.Close()
	if resp.StatusCode != 200 || rec.Text != string(data) || len(rec.Entities) == 0 {
		t.Fatalf("POST the sample: %d, %d entities", resp.StatusCode, len(rec.Entities))
	}
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	stopped := false
	for m := range lines {
		stopped = stopped || m["msg"] == "newswire serve: stopped"
	}
	werr := make(chan error, 1)
	go func() { werr <- cmd.Wait() }()
	select {
	case err := <-werr:
		if err != nil {
			t.Errorf("serve after SIGTERM: %v", err)
		}
	case <-time.After(2 * time.Minute): // a bound on a hang, not a timing assumption
		t.Fatal("serve did not exit after SIGTERM")
	}
	if !stopped {
		t.Error("serve did not log that it stopped")
	}
	if _, err := http.Get(url + "healthz"); err == nil || !strings.Contains(err.Error(), "refused") {
		t.Errorf("after exit: %v, want connection refused", err)
	}
}
