package score

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

func TestArticleFiles(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []string{"b.txt", "a.json", "a.gold.json", "c.html", "notes.md"} {
		if err := os.WriteFile(filepath.Join(dir, n), []byte(`{"id":"env-a"}`), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Mkdir(filepath.Join(dir, "sub.txt"), 0o755); err != nil {
		t.Fatal(err)
	}
	got, err := ArticleFiles(dir)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{filepath.Join(dir, "a.json"), filepath.Join(dir, "b.txt"), filepath.Join(dir, "c.html")}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("ArticleFiles = %v, want %v", got, want)
	}
	if _, err := ArticleFiles(filepath.Join(dir, "absent")); err == nil {
		t.Error("a missing folder: want an error")
	}
}

func TestWantID(t *testing.T) {
	cases := []struct {
		path, data, want string
		err              bool
	}{
		{"x/a.json", `{"id":"env-a"}`, "env-a", false},
		{"x/wire-2026.txt", "text", "wire-2026", false},
		{"x/page.html", "<p>", "page", false},
		{"x/bad.json", `{`, "", true},
	}
	for _, c := range cases {
		got, err := WantID(c.path, []byte(c.data))
		if got != c.want || (err != nil) != c.err {
			t.Errorf("WantID(%s) = %q, %v; want %q, error %v", c.path, got, err, c.want, c.err)
		}
	}
}

func TestRecordOf(t *testing.T) {
	type ev struct {
		Type         string `json:"type"`
		Participants []struct {
			Name string `json:"name"`
		} `json:"participants"`
	}
	in := struct {
		ID     string `json:"id"`
		Events []ev   `json:"events"`
		Extra  int    `json:"extra"`
	}{ID: "a1", Events: []ev{{Type: "visit"}}}
	r, err := RecordOf(in)
	if err != nil || r.ID != "a1" || len(r.Events) != 1 || r.Events[0].Type != "visit" {
		t.Errorf("RecordOf = %+v, %v", r, err)
	}
	if _, err := RecordOf(make(chan int)); err == nil {
		t.Error("a value JSON cannot encode: want an error")
	}
}
