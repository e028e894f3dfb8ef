// Package trainsets lists the sets the learned components train on, one
// cross-validation fold each: testdata/articles (with the sample at the
// top of testdata), testdata/heldout, testdata/forms and each folder of
// testdata/train (one writer's set each), in that order.
//
// It is the one place that decides what may be trained on: List refuses
// the held-out own sets (testdata/final, testdata/blind), the writers'
// sets kept unread (testdata/unread: scored as totals only, never trained
// or tuned on) and anything
// outside the repository's testdata (../shared: the dev sets and the BBC
// corpus), whatever asks for them. The training command's subcommands
// (cmd/newswire-train place, party, rescue, date) take their folds from
// here; the reading aids (date-misses, placemiss) pick theirs with Select.
//
// A trainer that splits a set further (one fold per batch of forms, by
// file-name prefix) takes the set from List and filters its files; one
// that reads a folder of its own checks it with Allowed first.
package trainsets

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Set is one training set, one cross-validation fold: its name (articles,
// heldout, forms, train/NAME) and its folders (each read alone, without
// its subfolders).
type Set struct {
	Name string
	Dirs []string
}

// heldOut are the own sets nothing may be trained on.
var heldOut = []string{"final", "blind", "unread"}

// List lists the training sets under root/testdata.
func List(root string) ([]Set, error) {
	td := filepath.Join(root, "testdata")
	sets := []Set{
		{"articles", []string{td, filepath.Join(td, "articles")}},
		{"heldout", []string{filepath.Join(td, "heldout")}},
		{"forms", []string{filepath.Join(td, "forms")}},
	}
	entries, err := os.ReadDir(filepath.Join(td, "train"))
	if err != nil && !os.IsNotExist(err) {
		return nil, fmt.Errorf("trainsets: listing testdata/train: %w", err)
	}
	for _, e := range entries { // os.ReadDir sorts by name
		if e.IsDir() {
			sets = append(sets, Set{"train/" + e.Name(), []string{filepath.Join(td, "train", e.Name())}})
		}
	}
	for _, s := range sets {
		for _, d := range s.Dirs {
			if err := Allowed(root, d); err != nil {
				return nil, err
			}
			if _, err := os.Stat(d); err != nil {
				return nil, fmt.Errorf("trainsets: set %s: %w", s.Name, err)
			}
		}
	}
	return sets, nil
}

// Allowed reports an error for a folder nothing may train on: one outside
// root/testdata (../shared and everything else), or one with a folder
// named final, blind or unread on its path below testdata (the held-out
// sets and anything inside or named like them). Links are followed first.
func Allowed(root, dir string) error {
	td, err := real(filepath.Join(root, "testdata"))
	if err != nil {
		return err
	}
	abs, err := real(dir)
	if err != nil {
		return err
	}
	rel, err := filepath.Rel(td, abs)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return fmt.Errorf("trainsets: refusing to train on %s: outside the repository's testdata (never ../shared)", dir)
	}
	for _, part := range strings.Split(filepath.ToSlash(rel), "/") {
		for _, h := range heldOut {
			if part == h {
				return fmt.Errorf("trainsets: refusing to train on %s: %s is a held-out set", dir, h)
			}
		}
	}
	return nil
}

// real is a folder's absolute path with its links followed (as written
// when it does not exist).
func real(dir string) (string, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", fmt.Errorf("trainsets: %w", err)
	}
	if r, err := filepath.EvalSymlinks(abs); err == nil {
		return r, nil
	}
	return abs, nil
}

// Select keeps the sets a comma-separated list names, in List's order. A
// folder of testdata/train may be named with or without "train/" ("tr5"
// or "train/tr5"). An empty list or a name no set has is an error: a
// reading aid reads only the folds its caller names, so that held-out
// folds stay unread.
func Select(sets []Set, names string) ([]Set, error) {
	want := map[string]bool{}
	for _, n := range strings.Split(names, ",") {
		if n = strings.TrimSpace(n); n != "" {
			want[strings.TrimPrefix(n, "train/")] = true
		}
	}
	if len(want) == 0 {
		return nil, fmt.Errorf("trainsets: no set named (name the sets you may read)")
	}
	var out []Set
	for _, s := range sets {
		if short := strings.TrimPrefix(s.Name, "train/"); want[short] {
			out = append(out, s)
			delete(want, short)
		}
	}
	if len(want) > 0 {
		var missing []string
		for n := range want {
			missing = append(missing, n)
		}
		sort.Strings(missing)
		return nil, fmt.Errorf("trainsets: no set named %s", strings.Join(missing, ", "))
	}
	return out, nil
}
