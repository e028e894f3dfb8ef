package extract_test

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"github.com/newswire/newswire/extract"
)

// workProbe names the pathological case (and its size in bytes) a child
// process of TestPathologicalInputScalesLinearly extracts; see there.
const workProbe = "NEWSWIRE_WORK_PROBE"

// workPackages are the packages whose executed statements count as work:
// the extractor's own passes and everything of prose it calls (its
// tokenizer, tagger and recogniser), so a quadratic path in either shows.
const workPackages = "github.com/newswire/newswire/extract,github.com/jdkato/prose/v2/..."

// TestPathologicalInputScalesLinearly counts the work of extracting each
// pathological input at one eighth of its size and at full size: eight
// times the text must cost at most sixteen times the statements executed
// (linear work gives at most 8; a quadratic path 64). It counts rather than
// times, so a busy machine cannot fail it: the test builds this package's
// test binary with statement counters (go test -c -covermode=atomic over
// the extractor and prose), and runs it once per case and size; each run
// loads the extractor, warms it up, extracts the one text and writes the
// counts (-test.coverprofile); a run that only loads and warms up gives the
// baseline taken off the others. The work is the sum over statements of how
// often each ran — the same on any machine.
func TestPathologicalInputScalesLinearly(t *testing.T) {
	if probe := os.Getenv(workProbe); probe != "" {
		extractProbe(t, probe)
		return
	}
	if testing.Short() {
		t.Skip("builds an instrumented test binary; skipped with -short")
	}
	goBin := filepath.Join(runtime.GOROOT(), "bin", "go")
	if _, err := os.Stat(goBin); err != nil {
		t.Skipf("no go command to build the instrumented binary: %v", err)
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "probe.test")
	build := exec.Command(goBin, "test", "-c", "-o", bin, "-covermode=atomic", "-coverpkg="+workPackages, ".")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("building the instrumented test binary: %v\n%s", err, out)
	}
	work := func(t *testing.T, name string, size int) int64 {
		profile := filepath.Join(dir, fmt.Sprintf("%s-%d.cov", strings.ReplaceAll(name, " ", "_"), size))
		cmd := exec.Command(bin, "-test.run=^TestPathologicalInputScalesLinearly$", "-test.count=1",
			"-test.coverprofile="+profile)
		cmd.Env = append(os.Environ(), workProbe+"="+name+"|"+strconv.Itoa(size))
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("probe %s at %d bytes: %v\n%s", name, size, err, out)
		}
		n, err := statementsRun(profile)
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	// Loading the extractor and warming it up, counted alone and taken off
	// every count below.
	base := work(t, "", 0)
	for _, c := range pathological() {
		t.Run(c.name, func(t *testing.T) {
			small, large := work(t, c.name, len(c.text)/8)-base, work(t, c.name, len(c.text))-base
			r := float64(large) / float64(small)
			t.Logf("%d bytes: %d statements run; an eighth: %d; %.1fx", len(c.text), large, small, r)
			if r > 16 {
				t.Errorf("eight times the text (%d bytes) ran %.1fx the statements (%d against %d): superlinear",
					len(c.text), r, large, small)
			}
		})
	}
}

// extractProbe runs in the instrumented child: it extracts the first size
// bytes of the named case after loading and warming up the extractor (size
// 0: only those).
func extractProbe(t *testing.T, probe string) {
	name, sizeStr, _ := strings.Cut(probe, "|")
	size, err := strconv.Atoi(sizeStr)
	if err != nil {
		t.Fatalf("%s=%q", workProbe, probe)
	}
	var text string
	for _, c := range pathological() {
		if c.name == name {
			text = c.text[:size]
		}
	}
	if text == "" && size > 0 {
		t.Fatalf("%s: no case %q", workProbe, name)
	}
	x := extractor(t)
	decode := func(s string) extract.Article {
		a, err := extract.Decoder{}.Decode("slow.txt", []byte(s))
		if err != nil {
			t.Fatal(err)
		}
		return a
	}
	// Warm up (lazy tables, first-use caches), then count one extraction.
	if _, err := x.Extract(context.Background(), decode("Ana Soto met Li Wei in Lima on Tuesday.")); err != nil {
		t.Fatal(err)
	}
	if size == 0 {
		return // the baseline: loading and warming up only
	}
	if _, err := x.Extract(context.Background(), decode(text)); err != nil {
		t.Fatal(err)
	}
}

// statementsRun sums, over a cover profile's blocks, statements times
// executions.
func statementsRun(profile string) (int64, error) {
	f, err := os.Open(profile)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	var total int64
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "mode:") || line == "" {
			continue
		}
		// file.go:12.3,15.4 NUMSTMT COUNT
		fs := strings.Fields(line)
		if len(fs) != 3 {
			return 0, fmt.Errorf("%s: unexpected line %q", profile, line)
		}
		stmts, err1 := strconv.ParseInt(fs[1], 10, 64)
		count, err2 := strconv.ParseInt(fs[2], 10, 64)
		if err1 != nil || err2 != nil {
			return 0, fmt.Errorf("%s: unexpected line %q", profile, line)
		}
		total += stmts * count
	}
	if err := sc.Err(); err != nil {
		return 0, err
	}
	if total == 0 {
		return 0, fmt.Errorf("%s: no statement counted", profile)
	}
	return total, nil
}
