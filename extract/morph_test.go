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

// TestLemmaForms: lemma rows of the word tables ("verb:beat",
// "noun:visit", "verb:tell:third,past") expand to the morphology's forms.
func TestLemmaForms(t *testing.T) {
	irr := map[string]irregular{"tell": {past: []string{"told"}, part: []string{"told"}},
		"have": {past: []string{"had"}, part: []string{"had"}, third: []string{"has"}},
		"beat": {past: []string{"beat"}, part: []string{"beaten"}}}
	cases := []struct {
		cell  string
		lemma bool
		want  string // forms joined by |, or the error's text
	}{
		{"verb:beat", true, "beat|beaten|beating|beats"},
		{"verb:Tell:third,past", true, "tells|told"},
		{"verb:have", true, "had|has|have|having"},
		{"verb:travel:past", true, "traveled|travelled"},
		{"verb:call off", true, "call off|called off|calling off|calls off"}, // a phrase: its first word inflected
		{"noun:visit", true, "visit|visits"},
		{"noun:talks", true, "talks"},
		{"noun:memorandum of understanding:plural", true, "memorandums of understanding"},
		{"noun:delegation:sing", true, "delegation"},
		{"wrote", false, ""},
		{"vs.", false, ""},
		{"verbose", false, ""},
		{"verb:beat:pasts", true, `error: form "pasts" of a verb: want base, third, past, part, gerund`},
		{"noun:visit:past", true, `error: form "past" of a noun: want sing, plural`},
		{"verb:", true, "error: no lemma"},
	}
	for _, c := range cases {
		forms, lemma, err := lemmaForms(c.cell, irr)
		if lemma != c.lemma {
			t.Errorf("%q: lemma row %v, want %v", c.cell, lemma, c.lemma)
		}
		if e, ok := strings.CutPrefix(c.want, "error: "); ok {
			if err == nil || !strings.Contains(err.Error(), e) {
				t.Errorf("%q: error %v, want one saying %s", c.cell, err, e)
			}
			continue
		}
		if err != nil {
			t.Errorf("%q: %v", c.cell, err)
			continue
		}
		if got := strings.Join(forms, "|"); c.want != "" && got != sortedJoin(c.want) {
			t.Errorf("%q: forms %s, want %s", c.cell, got, sortedJoin(c.want))
		}
	}
}

func sortedJoin(s string) string {
	p := strings.Split(s, "|")
	sort.Strings(p)
	return strings.Join(p, "|")
}

func TestBeForm(t *testing.T) {
	for _, c := range []struct {
		w    string
		want formKind
	}{
		{"is", formThird}, {"are", formThird}, {"was", formPast}, {"were", formPast},
		{"been", formPart}, {"being", formGerund}, {"be", formBase},
	} {
		if got := beForm(c.w); got != c.want {
			t.Errorf("beForm(%q) = %v, want %v", c.w, got, c.want)
		}
	}
}
