package ner_test

import (
	"compress/gzip"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newswire/newswire/extract"
	"github.com/newswire/newswire/extract/ner"
)

// TestDefault: the shipped model, with the extractor's table classes, on
// sentences written for this test.
func TestDefault(t *testing.T) {
	m, err := ner.Default()
	if err != nil {
		t.Fatal(err)
	}
	if m.Features() < 1000 {
		t.Fatalf("shipped model has %d features", m.Features())
	}
	classes, err := extract.TaggerClasses("")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, want string }{
		{"The minister , Maria Santos , arrived in Madrid on Monday .", "PER:Maria Santos|LOC:Madrid"},
		{"Shares of Norvik Holdings fell 3 percent in Oslo .", "ORG:Norvik Holdings|LOC:Oslo"},
	} {
		words := strings.Fields(c.text)
		var got []string
		for _, s := range m.Tag([]ner.Sentence{{Words: words, Classes: classes(words)}}) {
			got = append(got, s.Type+":"+strings.Join(words[s.Start:s.End], " "))
		}
		if strings.Join(got, "|") != c.want {
			t.Errorf("Tag(%q) = %v, want %s", c.text, got, c.want)
		}
	}
}

// TestHeldOut re-scores the shipped model on the documents the training
// command holds out (GUM's test split of the genres it trains on, every
// tenth wikigold document), as the README reports: the figures must not
// fall below what the README says. Skips without ../shared.
func TestHeldOut(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "shared", "corpus", "ner")
	if _, err := os.Stat(dir); err != nil {
		t.Skip("no shared corpus: ", err)
	}
	classes, err := extract.TaggerClasses("")
	if err != nil {
		t.Fatal(err)
	}
	read := func(name string) []ner.Labeled {
		f, err := os.Open(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		zr, err := gzip.NewReader(f)
		if err != nil {
			t.Fatal(err)
		}
		docs, err := ner.ReadTSV(zr)
		if err != nil {
			t.Fatal(err)
		}
		return docs
	}
	var test []ner.Labeled
	for _, d := range read("gum.tsv.gz") {
		if ner.GUMTest[d.ID] && (strings.Contains(d.ID, "_news_") || strings.Contains(d.ID, "_interview_")) {
			test = append(test, d)
		}
	}
	for i, d := range read("wikigold.tsv.gz") {
		if i%10 == 9 {
			test = append(test, d)
		}
	}
	for _, d := range test {
		for i := range d.Sents {
			d.Sents[i].Classes = classes(d.Sents[i].Words)
		}
	}
	m, err := ner.Default()
	if err != nil {
		t.Fatal(err)
	}
	sc := ner.Evaluate(m, test)
	for _, typ := range append(ner.Types[:], "") {
		s := sc[typ]
		t.Logf("%-4s gold %4d  F1 %.3f (P %.3f R %.3f)", typ, s.Gold, s.F1(), s.P(), s.R())
	}
	if f := sc[""].F1(); f < 0.57 {
		t.Errorf("held-out F1 %.3f, want >= 0.57", f)
	}
}
