package main

import (
	"bytes"
	"runtime/debug"
	"strings"
	"testing"
)

func TestVersionString(t *testing.T) {
	settings := func(kv ...string) []debug.BuildSetting {
		var out []debug.BuildSetting
		for i := 0; i+1 < len(kv); i += 2 {
			out = append(out, debug.BuildSetting{Key: kv[i], Value: kv[i+1]})
		}
		return out
	}
	tests := []struct {
		name string
		info *debug.BuildInfo
		want string
	}{
		{"release with commit", &debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: "v1.2.0"},
			Settings: settings("vcs.revision", "3b86fb5c1a2e9f00aa11", "vcs.time", "2026-11-27T15:00:00Z", "vcs.modified", "false")},
			"newswire v1.2.0 (commit 3b86fb5c1a2e, 2026-11-27T15:00:00Z) go1.26.8"},
		{"checkout with changes", &debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: "(devel)"},
			Settings: settings("vcs.revision", "0f3390a2d616aa", "vcs.modified", "true")},
			"newswire (devel) (commit 0f3390a2d616+dirty) go1.26.8"},
		{"no VCS information", &debug.BuildInfo{GoVersion: "go1.26.8"}, "newswire (devel) (commit unknown) go1.26.8"},
		{"no build information", nil, "newswire (no build information)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := versionString(tt.info, tt.info != nil); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
	commit = "abcdef"
	defer func() { commit = "" }()
	if got := versionString(&debug.BuildInfo{GoVersion: "go1.26.8"}, true); !strings.Contains(got, "commit abcdef") {
		t.Errorf("a commit set at link time: %q", got)
	}
}

// `newswire --version` and `newswire version` print the same line.
func TestVersionCommand(t *testing.T) {
	var a, b, errs bytes.Buffer
	if code := mainCode([]string{"--version"}, nil, &a, &errs); code != 0 {
		t.Fatalf("--version: exit %d: %s", code, errs.String())
	}
	if code := mainCode([]string{"version"}, nil, &b, &errs); code != 0 {
		t.Fatalf("version: exit %d: %s", code, errs.String())
	}
	if a.String() != b.String() || !strings.HasPrefix(a.String(), "newswire ") || !strings.Contains(a.String(), "go1.") {
		t.Errorf("--version %q, version %q", a.String(), b.String())
	}
}
