package extract

import (
	"strings"
	"testing"
)

// drafts runs the candidates pass over the last sentence of text.
func drafts(t *testing.T, text string) (*eventRun, []*eventDraft) {
	t.Helper()
	d := analysed(t, "2026-03-02", text)
	r := d.newEventRun(d.lx)
	si := len(d.sent) - 1
	return r, r.candidates(si, false)
}

func triggerTexts(r *eventRun, cs []*eventDraft) string {
	var out []string
	for _, c := range cs {
		out = append(out, r.d.textOf(span{c.tr.t0, c.tr.t1}))
	}
	return strings.Join(out, "+")
}

// TestCandidatesPass: which triggers of a sentence become drafts.
func TestCandidatesPass(t *testing.T) {
	cases := []struct{ text, want string }{
		{"Ana Soto met Li Wei in Lima on Monday.", "met"},
		{"Ana Soto did not meet Li Wei on Monday.", ""},
		{"Ana Soto could meet Li Wei in Lima.", ""},
		{"Ana Soto denied that she had met Li Wei.", ""},
		{"Ana Soto met Li Wei and signed a copper accord.", "met+signed a copper accord"},
		{"Li Wei said on Monday: \"I met Ana Soto last week.\"", "met"},
		{"Li Wei said on Monday: \"Ana Soto met the rebels last week.\"", ""},
		{"The talks were the first since the summit in Lima.", "talks"},
	}
	for _, c := range cases {
		r, cs := drafts(t, c.text)
		if got := triggerTexts(r, cs); got != c.want {
			t.Errorf("%q: drafts %q, want %q", c.text, got, c.want)
		}
	}
}

// TestTimePlacePasses: a draft's own date and place, read by the time
// and place passes alone.
func TestTimePlacePasses(t *testing.T) {
	cases := []struct{ text, date, place string }{
		{"Ana Soto met Li Wei in Lima on Friday.", "2026-02-27", "Lima"},
		{"Ana Soto flew to Banjul, where she met Li Wei.", "", "Banjul"},
		{"Ana Soto travelled to Quito on Tuesday.", "2026-02-24", "Quito"}, // past tense: the Tuesday before
		{"It is Ana Soto's first visit to Lima since March 2024.", "", "Lima"},
	}
	for _, c := range cases {
		r, cs := drafts(t, c.text)
		if len(cs) == 0 {
			t.Errorf("%q: no draft", c.text)
			continue
		}
		x := cs[len(cs)-1]
		r.participants(x)
		r.ownTime(x)
		r.ownPlaceOf(x)
		if x.ownDate != c.date || x.ownPlace != c.place {
			t.Errorf("%q: own date %q place %q, want %q %q", c.text, x.ownDate, x.ownPlace, c.date, c.place)
		}
	}
}

// TestReferenceBefore: "during their meeting" is the event itself when
// the story has told no meeting before; after one, it points back at it.
func TestReferenceBefore(t *testing.T) {
	text := "Li Wei and Carlos Ruiz compared notes on copper during their meeting in Quito on Tuesday."
	r, cs := drafts(t, text)
	if got := triggerTexts(r, cs); got != "meeting" {
		t.Errorf("%q with no meeting before: drafts %q, want %q", text, got, "meeting")
	}
	r.d.events = []Event{{Type: Meeting}}
	if got := triggerTexts(r, r.candidates(len(r.d.sent)-1, false)); got != "" {
		t.Errorf("%q after a meeting: drafts %q, want none", text, got)
	}
}

// TestTheirInItsSentence: "their" after two persons of its own sentence
// is them, not the parties of the last event told.
func TestTheirInItsSentence(t *testing.T) {
	text := "Ana Soto met Li Wei on Monday. Carlos Ruiz and Rosa Vega said their meeting had gone well."
	r, cs := drafts(t, text)
	if len(cs) != 1 {
		t.Fatalf("%q: drafts %q, want the meeting", text, triggerTexts(r, cs))
	}
	last := &Event{Type: Meeting, Participants: []Participant{{Name: "Ana Soto", Type: Person}, {Name: "Li Wei", Type: Person}}}
	var got []string
	for _, p := range r.d.clauseParties(&cs[0].cl, cs[0].tr, cs[0].si, nil, last) {
		got = append(got, p.name)
	}
	if g := strings.Join(got, "+"); g != "Carlos Ruiz+Rosa Vega" {
		t.Errorf("%q: clause parties %q, want Carlos Ruiz+Rosa Vega", text, g)
	}
}
