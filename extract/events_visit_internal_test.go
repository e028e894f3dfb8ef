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

// TestIndefiniteTrip: a trip noun the focal-trip rule reads stands after
// an indefinite article, with at most two lower-case modifiers between; a
// verb prose tags as a noun ("Everton visit Plymouth") does not.
func TestIndefiniteTrip(t *testing.T) {
	cases := []struct {
		text, word string
		want       bool
	}{
		{"A trip to Peru last year helped her.", "trip", true},
		{"On a visit to India, the senator spoke.", "visit", true},
		{"He is on a brief tour of Chile this week.", "tour", true},
		{"He made a two-day visit to Lima.", "visit", true},
		{"Leeds visit Bristol and Hull travel to Derby.", "visit", false},
		{"The visit to Lima was short.", "visit", false},
		{"His trip to Lima was short.", "trip", false},
	}
	for _, c := range cases {
		d := analysed(t, "2026-03-02", c.text)
		s := d.sent[0]
		at := -1
		for k := s.t0; k < s.t1; k++ {
			if d.toks[k].lower == c.word {
				at = k
				break
			}
		}
		if at < 0 {
			t.Fatalf("%q: no %q", c.text, c.word)
		}
		if got := d.indefinite(trigMatch{t0: at, t1: at + 1}, s); got != c.want {
			t.Errorf("%q: indefinite(%q) = %v, want %v", c.text, c.word, got, c.want)
		}
	}
}
