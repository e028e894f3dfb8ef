package extract

import (
	"strings"
	"testing"
)

// firstTrigger analyses one text and returns the document, its sentence
// and the first trigger of the sentence holding the word at.
func firstTrigger(t *testing.T, text, word string) (*document, sentence, trigMatch) {
	t.Helper()
	d := analysed(t, "2026-03-02", text)
	for _, s := range d.sent {
		for _, tr := range d.triggersIn(d.lx, s) {
			if strings.EqualFold(d.textOf(span{tr.t0, tr.t1}), word) || strings.HasPrefix(strings.ToLower(d.textOf(span{tr.t0, tr.t1})), word) {
				return d, s, tr
			}
		}
	}
	t.Fatalf("%q: no trigger %q", text, word)
	return nil, sentence{}, trigMatch{}
}

// TestFactuality: which cues govern a trigger.
func TestFactuality(t *testing.T) {
	cases := []struct {
		text, trigger string
		hoped         bool
	}{
		{"Cambodia has offered to host talks in Phnom Penh.", "talks", true},
		{"Lau said he had invited the directors to talks next week.", "talks", true},
		{"We hope to meet our friends before the end of the year.", "meet", true},
		{"The offer comes as Jack Straw arrives in Jakarta for talks.", "arrives in", false},
		{"At the invitation of Liu, Karimov is paying an official visit to China.", "visit", false},
		{"Ana Soto met Li Wei in Lima on Monday.", "met", false},
	}
	for _, c := range cases {
		d, s, tr := firstTrigger(t, c.text, c.trigger)
		if got := d.hopeGoverns(d.lx, tr, s); got != c.hoped {
			t.Errorf("%q %q: hoped for %v, want %v", c.text, c.trigger, got, c.hoped)
		}
	}
}

// TestResolveArg: pronouns and descriptions in a clause.
func TestResolveArg(t *testing.T) {
	cases := []struct {
		text, trigger string
		want          string // the resolved parties of the clause's roles, +-joined
	}{
		{"Foreign Minister Ana Soto arrived in Lima on Monday. Trade Minister Li Wei greeted reporters. She met Li Wei on Tuesday.", "met", "Ana Soto+Li Wei"},
		{"Kirin Freight and Harbor Logistics ended a long dispute. The two firms signed a deal on Monday.", "signed", "Harbor Logistics+Kirin Freight"},
		{"Foreign Minister Ana Soto met Li Wei in Lima. The minister later met Carlos Ruiz.", "met", "Ana Soto+Carlos Ruiz"},
		{"Kirin Freight moved its head office to Osaka. Harbor Logistics signed a leasing deal with the company on Monday.", "signed", "Harbor Logistics+Kirin Freight"},
	}
	for _, c := range cases {
		d := analysed(t, "2026-03-02", c.text)
		si := len(d.sent) - 1
		s := d.sent[si]
		trigs := d.triggersIn(d.lx, s)
		if len(trigs) == 0 {
			t.Errorf("%q: no trigger in its last sentence", c.text)
			continue
		}
		cl := d.readClause(trigs[0], s)
		var got []string
		for _, p := range d.clauseParties(&cl, trigs[0], si, nil, nil) {
			got = append(got, p.name)
		}
		if g := strings.Join(sortedCopy(got), "+"); g != c.want {
			t.Errorf("%q: parties %q, want %q", c.text, g, c.want)
		}
	}
}

func sortedCopy(xs []string) []string {
	out := append([]string(nil), xs...)
	for i := range out {
		for j := i + 1; j < len(out); j++ {
			if out[j] < out[i] {
				out[i], out[j] = out[j], out[i]
			}
		}
	}
	return out
}

// TestClausePlace: a visit's destination by its frame, the place of a
// "where" clause.
func TestClausePlace(t *testing.T) {
	cases := []struct{ text, trigger, want string }{
		{"Ana Soto travelled to Lima on Monday.", "travelled to", "Lima"},
		{"He leaves for Busan on Tuesday.", "leaves for", "Busan"},
		{"Ana Soto flew to Banjul, where she met Li Wei.", "met", "Banjul"},
		{"Ana Soto met Li Wei on Monday.", "met", ""},
	}
	for _, c := range cases {
		d, s, tr := firstTrigger(t, c.text, c.trigger)
		cl := d.readClause(tr, s)
		if got := d.clausePlace(&cl, tr, s); got != c.want {
			t.Errorf("%q %q: place %q, want %q", c.text, c.trigger, got, c.want)
		}
	}
}

// TestMergeMention: a second mention becomes evidence with its own
// confidence and fills a missing place; the same mention twice is one. The
// event's confidence is scored after the merges (confidence.go), not here.
func TestMergeMention(t *testing.T) {
	e := Event{Trigger: "met", Sentence: "A met B.", Confidence: 0.6}
	e.mergeMention(Event{Trigger: "met", Sentence: "A met B."})
	if len(e.Evidence) != 0 {
		t.Errorf("the same mention became evidence: %+v", e.Evidence)
	}
	e.mergeMention(Event{Trigger: "talks", Sentence: "Their talks in Lima...", Confidence: 0.8, Location: "Lima"})
	e.mergeMention(Event{Trigger: "talks", Sentence: "Their talks in Lima...", Confidence: 0.8, Location: "Lima"})
	if len(e.Evidence) != 1 || e.Evidence[0].Confidence != 0.8 || e.Confidence != 0.6 || e.Location != "Lima" {
		t.Errorf("after merging: evidence %+v, confidence %v, location %q; want one at 0.8, 0.6, Lima", e.Evidence, e.Confidence, e.Location)
	}
}

// TestEventDate: the date nearest the trigger in its sentence, never one
// after "since".
func TestEventDate(t *testing.T) {
	cases := []struct{ text, trigger, want string }{
		{"Ana Soto met Li Wei in Lima on Friday.", "met", "2026-02-27"}, // past tense: the Friday before
		{"On Tuesday, Ana Soto will visit Lima.", "visit", "2026-03-03"},
		{"It is the first visit by Ana Soto to Lima since March 2024.", "visit", ""},
		{"Ana Soto met Li Wei in Lima.", "met", ""},
	}
	for _, c := range cases {
		d, s, tr := firstTrigger(t, c.text, c.trigger)
		if got := d.nearestDate(span{s.t0, s.t1}, tr); got != c.want {
			t.Errorf("%q: date %q, want %q", c.text, got, c.want)
		}
	}
}
