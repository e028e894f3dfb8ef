package extract

import "testing"

// TestVisitorIsPlace: a party set that holds the place a visit goes to is
// no visitor set, whatever entity type the place's name was given ("the
// trip to Achin" with Achin taken for a person); another party passes.
func TestVisitorIsPlace(t *testing.T) {
	trip := &frame{lemma: "trip", typ: Visit, roles: []string{"subj", "poss", "dest:to"}}
	travel := &frame{lemma: "travel to", typ: Visit, verb: true, roles: []string{"subj", "dest:to"}}
	d := &document{}
	cases := []struct {
		name  string
		f     *frame
		cl    clause
		party string
		want  bool
	}{
		{"a noun's to-phrase taken for a person", trip, clause{pp: map[string][]arg{"to": {{name: "Achin", typ: Person}}}}, "Achin", true},
		{"a noun's visitor elsewhere", trip, clause{pp: map[string][]arg{"to": {{name: "Achin", typ: Location}}}}, "Nadia Ferro", false},
		{"a verb's own preposition: its object", travel, clause{obj: []arg{{name: "Lima", typ: Person}}, pp: map[string][]arg{}}, "Lima", true},
		{"a verb's visitor", travel, clause{obj: []arg{{name: "Lima", typ: Location}}, pp: map[string][]arg{}}, "Ana Soto", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dr := &eventDraft{tr: trigMatch{typ: Visit, frame: c.f, verb: c.f.verb}, cl: c.cl}
			got := d.visitorIsPlace(dr, partySet{parties: []party{{name: c.party, typ: Person}}})
			if got != c.want {
				t.Fatalf("visitorIsPlace(%q) = %v, want %v", c.party, got, c.want)
			}
		})
	}
}
