package extract

import (
	"os"
	"path/filepath"
	"testing"
)

// TestTableRemoveEarlier: "!feature" removes the rows read before it (the
// embedded ones and the user's earlier rows), never a later row: the last
// row of a feature wins, and a row after its removal adds it again.
func TestTableRemoveEarlier(t *testing.T) {
	cases := []struct {
		name, user string
		want       float64
		present    bool
	}{
		{"removed", "!frame=meet\n", 0, false},
		{"removed then re-added", "!frame=meet\nframe=meet\t5\tre-added\n", 5, true},
		{"set then removed", "frame=meet\t5\tset\n!frame=meet\n", 0, false},
		{"set, removed, set again", "frame=meet\t5\tset\n!frame=meet\nframe=meet\t-3\tagain\n", -3, true},
		{"the last row wins", "frame=meet\t5\tset\nframe=meet\t2\tlast\n", 2, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			if err := os.WriteFile(filepath.Join(dir, "confidence.tsv"), []byte(c.user), 0o644); err != nil {
				t.Fatal(err)
			}
			lx, err := loadLexicon(dir)
			if err != nil {
				t.Fatal(err)
			}
			w, ok := lx.weights["frame=meet"]
			if ok != c.present || w != c.want {
				t.Errorf("frame=meet weighs %v (present %v), want %v (present %v)", w, ok, c.want, c.present)
			}
		})
	}
}
