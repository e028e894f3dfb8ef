package trainsets

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestAllowed(t *testing.T) {
	root := filepath.Join("..", "..")
	cases := []struct {
		dir  string
		want string // "" allowed, else a word of the error
	}{
		{"testdata", ""},
		{"testdata/articles", ""},
		{"testdata/train/tr1", ""},
		{"testdata/final", "held-out"},
		{"testdata/blind", "held-out"},
		{"testdata/final/sub", "held-out"},
		{"testdata/unread", "held-out"},
		{"testdata/unread/tr29", "held-out"},
		{"testdata/articles/../final", "held-out"},
		{"../shared/eval/bbc-dev", "outside"},
		{"../shared", "outside"},
		{"testdata/../../shared/corpus/bbc", "outside"},
		{"extract", "outside"},
	}
	for _, c := range cases {
		err := Allowed(root, filepath.Join(root, filepath.FromSlash(c.dir)))
		switch {
		case c.want == "" && err != nil:
			t.Errorf("%s: refused: %v", c.dir, err)
		case c.want != "" && (err == nil || !strings.Contains(err.Error(), c.want)):
			t.Errorf("%s: got %v, want an error naming %q", c.dir, err, c.want)
		}
	}
}

func TestList(t *testing.T) {
	sets, err := List(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	if len(sets) < 4 || sets[0].Name != "articles" || sets[1].Name != "heldout" || sets[2].Name != "forms" {
		t.Fatalf("sets: %+v", sets)
	}
	for _, s := range sets[3:] {
		if !strings.HasPrefix(s.Name, "train/") {
			t.Errorf("set %s is not a folder of testdata/train", s.Name)
		}
	}
	for _, s := range sets {
		for _, d := range s.Dirs {
			if b := filepath.Base(d); b == "final" || b == "blind" {
				t.Errorf("set %s lists %s", s.Name, d)
			}
		}
	}
}

// TestListRefusesHeldOut: a held-out set put where writers' sets go
// (testdata/train/final), or a writer's folder that is a link to
// testdata/blind, makes List fail rather than train on it.
func TestListRefusesHeldOut(t *testing.T) {
	root := t.TempDir()
	mk := func(d string) {
		if err := os.MkdirAll(filepath.Join(root, "testdata", filepath.FromSlash(d)), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	for _, d := range []string{"articles", "heldout", "forms", "train/tr1", "final", "blind"} {
		mk(d)
	}
	if sets, err := List(root); err != nil || len(sets) != 4 {
		t.Fatalf("a clean tree: %v %+v", err, sets)
	}
	mk("train/final")
	if _, err := List(root); err == nil || !strings.Contains(err.Error(), "held-out") {
		t.Errorf("testdata/train/final listed: %v", err)
	}
	if err := os.Remove(filepath.Join(root, "testdata", "train", "final")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(root, "testdata", "blind"), filepath.Join(root, "testdata", "train", "tr2")); err != nil {
		t.Skip("no symlinks here:", err)
	}
	if err := Allowed(root, filepath.Join(root, "testdata", "train", "tr2")); err == nil || !strings.Contains(err.Error(), "held-out") {
		t.Errorf("a training folder linked to testdata/blind allowed: %v", err)
	}
	sets, err := List(root)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range sets {
		if s.Name == "train/tr2" {
			t.Error("a link to testdata/blind listed as a training set")
		}
	}
}

// TestSelect: a list keeps the sets it names in List's order, a writer's
// folder named with or without "train/"; an empty list or an unknown name
// is an error that names what is missing.
func TestSelect(t *testing.T) {
	sets := []Set{{Name: "articles"}, {Name: "heldout"}, {Name: "forms"}, {Name: "train/tr1"}, {Name: "train/tr2"}, {Name: "train/fresh3"}}
	names := func(ss []Set) string {
		var out []string
		for _, s := range ss {
			out = append(out, s.Name)
		}
		return strings.Join(out, ",")
	}
	for _, c := range []struct{ list, want, err string }{
		{"tr2,articles", "articles,train/tr2", ""},
		{"train/tr1, fresh3 ,", "train/tr1,train/fresh3", ""},
		{"tr1,train/tr1", "train/tr1", ""},
		{"", "", "no set named"},
		{" , ", "", "no set named"},
		{"tr1,tr9,final", "", "no set named final, tr9"},
	} {
		got, err := Select(sets, c.list)
		if c.err != "" {
			if err == nil || !strings.Contains(err.Error(), c.err) {
				t.Errorf("Select(%q): error %v, want one containing %q", c.list, err, c.err)
			}
			continue
		}
		if err != nil {
			t.Errorf("Select(%q): %v", c.list, err)
			continue
		}
		if names(got) != c.want {
			t.Errorf("Select(%q) = %s, want %s", c.list, names(got), c.want)
		}
	}
}
