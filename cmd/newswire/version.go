package main

import (
	"context"
	"fmt"
	"io"
	"runtime/debug"
	"strings"
)

// commit may be set at link time where the build has no VCS information
// (a Docker build without .git): -ldflags "-X main.commit=$(git rev-parse HEAD)".
var commit string

func init() {
	register("version", command{summary: "print the module version and the commit it was built from", run: versionCmd})
}

// versionString is the build's module version and VCS commit, as the Go
// toolchain stamped them: "newswire v1.2.0 (commit 3b86fb5c1a2e, 2026-11-27T15:00:00Z) go1.26.8".
// `go run` and `go build` in a checkout stamp the commit (with "+dirty"
// for uncommitted changes); a module version is "(devel)" unless built by
// `go install module@version`.
func versionString(info *debug.BuildInfo, ok bool) string {
	if !ok || info == nil {
		return "newswire (no build information)"
	}
	v := info.Main.Version
	if v == "" {
		v = "(devel)"
	}
	var rev, when string
	dirty := false
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.time":
			when = s.Value
		case "vcs.modified":
			dirty = s.Value == "true"
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "newswire %s", v)
	if rev == "" {
		rev = commit
	}
	if rev != "" {
		if len(rev) > 12 {
			rev = rev[:12]
		}
		if dirty {
			rev += "+dirty"
		}
		fmt.Fprintf(&b, " (commit %s", rev)
		if when != "" {
			fmt.Fprintf(&b, ", %s", when)
		}
		b.WriteString(")")
	} else {
		b.WriteString(" (commit unknown)")
	}
	fmt.Fprintf(&b, " %s", info.GoVersion)
	return b.String()
}

func versionCmd(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	info, ok := debug.ReadBuildInfo()
	fmt.Fprintln(stdout, versionString(info, ok))
	return 0
}
