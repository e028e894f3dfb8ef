package extract

import (
	"context"
	"reflect"
	"testing"
)

// TestLemmasOf: the lemmas whose forms (the project's morphology) include
// a word with its tag.
func TestLemmasOf(t *testing.T) {
	lx, err := loadLexicon("")
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		word, tag string
		want      []string
	}{
		{"huddled", "VBD", []string{"huddl", "huddle"}},
		{"hosted", "VBN", []string{"host", "hoste"}},
		{"planned", "VBD", []string{"plan", "plann", "planne"}}, // the trainer picks (pickLemma)
		{"met", "VBD", []string{"meet"}},
		{"struck", "VBD", []string{"strike"}},
		{"talks", "VBZ", []string{"talk"}},
		{"carries", "VBZ", []string{"carry", "carrie"}},
		{"scolding", "VBG", []string{"scold", "scolde"}},
		{"parley", "VB", []string{"parley"}},
		{"treaties", "NNS", []string{"treaty", "treatie"}},
		{"treaty", "NN", []string{"treaty"}},
		{"visited", "NN", []string{"visited"}}, // a singular noun is its own lemma
		{"visited", "NNS", nil},
	}
	for _, c := range cases {
		if got := lx.lemmasOf(c.word, c.tag); !reflect.DeepEqual(got, c.want) {
			t.Errorf("lemmasOf(%q, %s) = %q, want %q", c.word, c.tag, got, c.want)
		}
	}
}

// TestFrameReadings: a word no frame reads is read as a trigger would be,
// its roles filled by the clause pass; a frame's own trigger and the
// auxiliaries are left out.
func TestFrameReadings(t *testing.T) {
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	_, doc, err := x.FrameReadings(context.Background(), Article{ID: "fr", Published: "2026-03-12",
		Body: "Finance Minister Mira Costal huddled with Defence Minister Teodor Valk in Brenova on Tuesday. Costal has met Valk twice."})
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Sentences) != 2 {
		t.Fatalf("sentences %q, want 2", doc.Sentences)
	}
	if !reflect.DeepEqual(doc.Types, [][]string{nil, {"meeting"}}) {
		t.Errorf("frame types per sentence %q, want none, then meeting (met)", doc.Types)
	}
	var huddle *FrameReading
	for i, r := range doc.Readings {
		switch r.Word {
		case "huddled":
			huddle = &doc.Readings[i]
		case "met", "has":
			t.Errorf("read %q: a frame's trigger or an auxiliary", r.Word)
		}
	}
	if huddle == nil {
		t.Fatalf("no reading of huddled: %+v", doc.Readings)
	}
	if !huddle.Verb || huddle.Sentence != 0 || !reflect.DeepEqual(huddle.Roles["subj"], []string{"Mira Costal"}) || !reflect.DeepEqual(huddle.Roles["with"], []string{"Teodor Valk"}) {
		t.Errorf("huddled read as %+v", *huddle)
	}
}
