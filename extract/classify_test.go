package extract

import (
	"context"
	"fmt"
	"strings"
	"testing"
)

// TestClassifyRules: each rule of the cascade, named in the trace, on
// sentences written for this test.
func TestClassifyRules(t *testing.T) {
	x, err := New(Options{NoTagger: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ body, chunk, rule string }{
		{"Foreign Secretary Vikram Misri arrived on Monday.", "Foreign Secretary Vikram Misri", "title"},
		{"The talks were led by Mr. Okafor for the buyers.", "Mr. Okafor", "honorific"},
		{"The plan was backed by the United Nations last week.", "United Nations", "known-organization"},
		{"Delegates flew to Nairobi for the summit.", "Nairobi", "gazetteer-place"},
		{"Officials from Kenya and Tanzania signed the accord.", "Kenya and Tanzania", "coordination"},
		{"The Western and Coastal Fisheries Commission set new quotas.", "Western and Coastal Fisheries Commission", "organization-cue"},
		{"Inspectors from the U.S. Seeds and Fertiliser Agency arrived.", "U.S. Seeds and Fertiliser Agency", "organization-cue"},
		{"Talks between KPX and the Northern Coal Company stalled.", "KPX and the Northern Coal Company", "coordination"},
		{"The Ohio Commission on Water Quality fined the plant.", "Ohio Commission on Water Quality", "organization-cue"},
		{"Shares in Lagos-based Adeyemi Foods rose.", "Lagos-based Adeyemi Foods", "place-based"},
		{"Growth slowed across Northeast Asia this year.", "Northeast Asia", "compass-region"},
		{"The Harbour Workers Union called a strike.", "Harbour Workers Union", "organization-cue"},
		{"Prices were set by copper miner Tolvana on Friday.", "Tolvana", "organization-context"},
		{"The Chilean producer Margaret Copperfield will finance the film.", "Margaret Copperfield", "person-name"},
		{"The Moroccan producer Atlas Phosphates will supply the ore.", "Atlas Phosphates", "organization-context"},
		{"Rival Brontek Systems Inc. cut its prices on Monday.", "Brontek Systems Inc.", "organization-cue"},
		{"Carmaker Velantis cut its prices on Monday.", "Velantis", "organization-context"},
		{"Floods closed roads across Linn County overnight.", "Linn County", "place-cue"},
		{"Rescuers reached the village of Tsarvo at dawn.", "Tsarvo", "place-frame"},
		{"The plan was drawn up by Margaret Olsen last year.", "Margaret Olsen", "person-name"},
		{"He met his counterpart, Teodor Vasque, at noon.", "Teodor Vasque", "person-noun"},
		{"Velko Tamar, the chief executive, declined to comment.", "Velko Tamar", "appositive-or-said"},
		{"The Japan-South Korea summit ended early.", "Japan-South Korea", "hyphenated"},
		{"HANOI, May 4 (Delta Wire) - Rice prices rose.", "Delta Wire", "organization-cue"},
		{"A Kovarian delegation arrived late.", "Kovarian", "single-word"},
		{"Members remain bound by the Lusaka Protocol, officials said.", "Lusaka Protocol", "named-document"},
	} {
		var trace []string
		x.trace = func(format string, args ...any) { trace = append(trace, fmt.Sprintf(format, args...)) }
		if _, err := x.Extract(context.Background(), Article{ID: "t", Body: c.body}); err != nil {
			t.Fatal(err)
		}
		want := fmt.Sprintf("classify %q: rule %s", c.chunk, c.rule)
		found := false
		for _, l := range trace {
			found = found || l == want
		}
		if !found {
			var cl []string
			for _, l := range trace {
				if strings.HasPrefix(l, "classify") {
					cl = append(cl, l)
				}
			}
			t.Errorf("%q: no %q in the trace:\n%s", c.body, want, strings.Join(cl, "\n"))
		}
	}
	x.trace = nil
}
