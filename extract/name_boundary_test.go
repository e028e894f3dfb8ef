package extract_test

import (
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestNameBoundaries: where a name ends when a topic phrase or a particle
// follows it. Every sentence is written for this test.
func TestNameBoundaries(t *testing.T) {
	cases := []struct {
		name, text string
		typ        string
		want       string // an entity of typ with exactly this text
		not        string // no entity of typ with this text
	}{
		{name: "a known body, then the place it talks of", typ: extract.Organization,
			want: "UN Security Council", not: "Security Council on Haiti",
			text: "Ambassador Rosa Quispe spoke at a session of the Security Council on Haiti in New York on Tuesday."},
		{name: "a named council on a subject stays whole", typ: extract.Organization,
			want: "Council on Foreign Relations",
			text: "Ambassador Rosa Quispe spoke at the Council on Foreign Relations in New York on Tuesday."},
		{name: "a committee on a subject stays whole", typ: extract.Organization,
			want: "Senate Committee on Foreign Relations",
			text: "Ambassador Rosa Quispe testified before the Senate Committee on Foreign Relations on Tuesday."},
		{name: "a particle hyphened to the surname", typ: extract.Person,
			want: "Tariq al-Hassan", not: "Tariq",
			text: "Oil Minister Tariq al-Hassan opened a refinery near Basra on Sunday."},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec := extractText(t, "names", "2026-04-08", c.text)
			if c.want != "" && len(entitiesNamed(rec, c.typ, c.want)) == 0 {
				t.Errorf("no %s %q; got %s", c.typ, c.want, show(rec))
			}
			if c.not != "" {
				for _, e := range ofType(rec, c.typ) {
					if e.Text == c.not {
						t.Errorf("%s %q: the name runs on", c.typ, e.Text)
					}
				}
			}
		})
	}
}
