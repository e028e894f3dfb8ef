package extract

import (
	"sort"
	"strings"
	"testing"
)

func TestInflectVerb(t *testing.T) {
	irr := map[string]irregular{
		"meet": {past: []string{"met"}, part: []string{"met"}},
		"take": {past: []string{"took"}, part: []string{"taken"}},
	}
	cases := []struct {
		lemma string
		want  string // every form, sorted, |-joined
	}{
		{"meet", "meet|meeting|meets|met"},
		{"visit", "visit|visited|visiting|visits"},
		{"agree", "agree|agreed|agreeing|agrees"},
		{"arrive in", "arrive in|arrived in|arrives in|arriving in"},
		{"travel to", "travel to|traveled to|traveling to|travelled to|travelling to|travels to"},
		{"take over", "take over|taken over|takes over|taking over|took over"},
		{"reach a deal", "reach a deal|reached a deal|reaches a deal|reaching a deal"},
		{"sign", "sign|signed|signing|signs"},
		{"stop", "stop|stopped|stopping|stops"},
		{"tie", "tie|tied|ties|tying"},
		{"carry", "carried|carries|carry|carrying"},
		{"go to", "go to|goed to|goes to|going to"}, // irregulars come from the table
	}
	for _, c := range cases {
		var forms []string
		for f := range inflectVerb(c.lemma, irr) {
			forms = append(forms, f)
		}
		sort.Strings(forms)
		if g := strings.Join(forms, "|"); g != c.want {
			t.Errorf("inflectVerb(%q) = %q, want %q", c.lemma, g, c.want)
		}
	}
	if k := inflectVerb("meet", irr)["met"]; k != formPast|formPart {
		t.Errorf("met is %b, want past and participle", k)
	}
	if k := inflectVerb("take over", irr)["taken over"]; k != formPart {
		t.Errorf("taken over is %b, want participle", k)
	}
	if k := inflectVerb("visit", irr)["visits"]; k != formThird {
		t.Errorf("visits is %b, want third person", k)
	}
}

func TestInflectNoun(t *testing.T) {
	cases := []struct{ lemma, plural string }{
		{"meeting", "meetings"},
		{"summit", "summits"},
		{"memorandum of understanding", "memorandums of understanding"},
		{"phone call", "phone calls"},
		{"talks", ""},
		{"accord", "accords"},
		{"embassy", "embassies"},
		{"tour of", "tours of"},
	}
	for _, c := range cases {
		got := inflectNoun(c.lemma)
		if got[c.lemma] != formNoun {
			t.Errorf("inflectNoun(%q) lacks the lemma: %v", c.lemma, got)
		}
		if c.plural == "" {
			if len(got) != 1 {
				t.Errorf("inflectNoun(%q) = %v, want the lemma only", c.lemma, got)
			}
			continue
		}
		if got[c.plural] != formPlural {
			t.Errorf("inflectNoun(%q) = %v, want plural %q", c.lemma, got, c.plural)
		}
	}
}
