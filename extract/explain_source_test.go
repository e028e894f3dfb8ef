package extract

import "testing"

func TestSourceLine(t *testing.T) {
	for _, c := range []struct {
		what, val, own, want string
	}{
		{"date", "", "", "date: none"},
		{"date", "2026-03-04", "2026-03-04", "date 2026-03-04 from its sentence"},
		{"place", "Lima", "", "place Lima inherited from the story's events"},
		{"place", "", "Lima", "place: none"},
	} {
		if got := sourceLine(c.what, c.val, c.own); got != c.want {
			t.Errorf("sourceLine(%q, %q, %q) = %q, want %q", c.what, c.val, c.own, got, c.want)
		}
	}
}
