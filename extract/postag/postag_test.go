package postag

import (
	"slices"
	"testing"

	"github.com/jdkato/prose/v2"
)

// TestSameAsProse: on sentences written for this test, the tags are
// prose's own (none of them has two classes tied, where prose picks at
// random).
func TestSameAsProse(t *testing.T) {
	doc, err := prose.NewDocument("Load.", prose.WithSegmentation(false))
	if err != nil {
		t.Fatal(err)
	}
	pt, err := FromProse(doc.Model)
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{
		"The foreign minister arrived in Lisbon on Tuesday for talks with her counterpart.",
		"Shares in Harbour Metals rose 4% to $12.50 (£9.80) after the deal was signed.",
		"They'll meet again in March, officials said; the talks don't end there.",
		"\u201cWe will sign it,\u201d she said. The pact covers trade -- and fishing -- until 2030.",
		"Mr. Okafor visited the U.S. plant, then the plant's owners visited him.",
		"The plant closed. The plant reopened. A plant grew",
		// a repeated word tagged two ways: prose leaves the last one's tag
		// on both
		"Workers who work at the work site will present the present plan .",
		"e-mail info@example.org or see www.example.org :-) *-12 -LRB- 0 -",
		"  leading and trailing spaces  ",
		// any word starting with "@" is a noun to prose, an address or
		// not; "@_@" is an emoticon first
		"The agency wrote on @harbourdesk that ferries resume @ dawn, @_@ said one reader.",
		"Ask @Mila_Ortiz or @42news where the vote stands.",
	} {
		want := tags(t, text, doc.Model, true)
		pd, err := prose.NewDocument(text, prose.UsingModel(doc.Model), prose.WithSegmentation(false), prose.WithTagging(false), prose.WithExtraction(false))
		if err != nil {
			t.Fatal(err)
		}
		toks := pd.Tokens()
		if !pt.Tag(text, toks) {
			t.Errorf("%q: tokens not placed", text)
			continue
		}
		got := make([]string, len(toks))
		for i, tk := range toks {
			got[i] = tk.Text + "/" + tk.Tag
		}
		if !slices.Equal(got, want) {
			t.Errorf("%q:\n got %v\nwant %v", text, got, want)
		}
	}
}

func tags(t *testing.T, text string, m *prose.Model, tag bool) []string {
	t.Helper()
	pd, err := prose.NewDocument(text, prose.UsingModel(m), prose.WithSegmentation(false), prose.WithTagging(tag), prose.WithExtraction(false))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, tk := range pd.Tokens() {
		out = append(out, tk.Text+"/"+tk.Tag)
	}
	return out
}

// TestDoSplit: prose's split of a word, its lost contraction tails
// included.
func TestDoSplit(t *testing.T) {
	for _, c := range []struct {
		word string
		want []string
	}{
		{"talks", []string{"talks"}},
		{"$12.50", []string{"$", "12.50"}},
		{"(£9.80)", []string{"(", "£9.80", ")"}},
		{"said;", []string{"said", ";"}},
		{"don't", []string{"do", "n't"}},
		{"plant's", []string{"plant", "'s"}},
		{"(they'll)", []string{"(", "they"}},
		{"U.S.", []string{"U.S."}},
		{"Mr.", []string{"Mr."}},
		{":-)", []string{":-)"}},
	} {
		if got := doSplit(c.word); !slices.Equal(got, c.want) {
			t.Errorf("doSplit(%q) = %q, want %q", c.word, got, c.want)
		}
	}
}

// TestUnplaced: tokens that do not spell the text are refused.
func TestUnplaced(t *testing.T) {
	doc, err := prose.NewDocument("Load.", prose.WithSegmentation(false))
	if err != nil {
		t.Fatal(err)
	}
	pt, err := FromProse(doc.Model)
	if err != nil {
		t.Fatal(err)
	}
	if pt.Tag("two words", []prose.Token{{Text: "two"}, {Text: "birds"}}) {
		t.Error("misspelt tokens accepted")
	}
}
