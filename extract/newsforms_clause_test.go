package extract

import (
	"strings"
	"testing"
)

// TestNewsClauseReadings: the clause and role readings added for news
// written the BBC's way, on sentences written for the test: the parties a
// trigger's own clause gives, pronouns and descriptions resolved.
func TestNewsClauseReadings(t *testing.T) {
	cases := []struct {
		class, text, trigger string
		want                 string // the clause's parties, sorted, +-joined
	}{
		// "it" is the organization told of, not the last person
		{"it", "Harbor Motors named Ana Lind its chief executive. Last month, it signed a supply agreement with Kirin Motor.", "signed", "Harbor Motors+Kirin Motor"},
		{"it", "Talvik Telecom said on Monday that it had bought Norra Mobil.", "bought", "Norra Mobil+Talvik Telecom"},
		// "the two sides" with no event before: the pair the story set up
		{"sides", "Norway and the EU stepped back from a dispute over quotas for Kestrel Fisheries and Baltic Catch. Trade commissioner Ana Lind said the two sides had agreed to resume negotiations.", "agreed", "EU+Norway"},
		// a fronted date before its comma is no conjunct of the subject
		{"fronted date", "Harbor Motors forecast a loss in February. On 2 March, it signed an engine agreement with Tarvo Industries.", "signed", "Harbor Motors+Tarvo Industries"},
		// a description is the one person whose title ends in its head
		{"by title", "Gen Tomas Varga held talks in Oslo on Monday. Prime Minister Karl Lund left for Sweden. On Tuesday the Estonian general met Defence Minister Mara Oduya.", "met", "Mara Oduya+Tomas Varga"},
		// a nationality before a name modifies it: the party is the name
		{"demonym", "Harbor Motors signed a joint venture agreement with Japanese carmaker Kirin Motor.", "signed", "Harbor Motors+Kirin Motor"},
	}
	for _, c := range cases {
		d := analysed(t, "2026-03-02", c.text)
		si := len(d.sent) - 1
		s := d.sent[si]
		var tr *trigMatch
		for _, x := range d.triggersIn(d.lx, s) {
			if strings.HasPrefix(strings.ToLower(d.textOf(span{x.t0, x.t1})), strings.Fields(c.trigger)[0]) {
				tr = &x
				break
			}
		}
		if tr == nil {
			t.Errorf("%s: %q: no trigger %q", c.class, c.text, c.trigger)
			continue
		}
		cl := d.readClause(*tr, s)
		var got []string
		for _, p := range d.clauseParties(&cl, *tr, si, nil, nil) {
			got = append(got, p.name)
		}
		if g := strings.Join(sortedCopy(got), "+"); g != c.want {
			t.Errorf("%s: %q: parties %q, want %q", c.class, c.text, g, c.want)
		}
	}
}

// TestPremodifier: a name inside an event noun's own phrase, after a
// determiner or a possessive, is read as its possessor.
func TestPremodifier(t *testing.T) {
	cases := []struct{ text, poss string }{
		{"Ministers met after the recent G7 meeting in London.", "G7"},
		{"July's G8 summit will be held in Scotland.", "G8"},
		{"Ana Soto's visit to Lima ended on Friday.", "Ana Soto"},
		{"The two-day summit in Brussels begins on Monday.", ""},
	}
	for _, c := range cases {
		d := analysed(t, "2026-03-02", c.text)
		s := d.sent[0]
		trigs := d.triggersIn(d.lx, s)
		if len(trigs) == 0 {
			t.Errorf("%q: no trigger", c.text)
			continue
		}
		cl := d.readClause(trigs[len(trigs)-1], s)
		if g := argNames(cl.pp["poss"]); g != c.poss {
			t.Errorf("%q: possessor %q, want %q", c.text, g, c.poss)
		}
	}
}
