package extract_test

import (
	"strings"
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestQuestionAuxiliaryNoName: an auxiliary or modal that opens a question
// ("Will", "May", "Can", "Should") is the question's inverted verb group,
// not a given name, even when the name tables know it as one; in a
// statement the same word before a surname is a given name. Traps both
// ways: "Will", "May", "Sue", "Mark" as given names and as words, a name
// right after the modal, and a statement whose quoted or listed question
// comes after a colon. Every sentence is our own.
func TestQuestionAuxiliaryNoName(t *testing.T) {
	cases := []struct {
		name, text, entity string
		person             bool // want a PERSON of exactly that text; else no entity of that text
	}{
		{"modal opening a question", "Will Soto and Ortega sign the accord before the summit?", "Will Soto", false},
		{"quoted question", "\"Will Soto sign the accord?\" a reporter asked the minister on Monday.", "Will Soto", false},
		{"may opening a question", "May Ortega and Soto both attend the talks in Lima?", "May Ortega", false},
		{"should opening a question", "Should Ortega resign over the contract, the editorial asked?", "Should Ortega", false},
		{"will as a given name in a statement (trap)", "Will Barnes said on Tuesday he would fly to Quito for talks.", "Will Barnes", true},
		{"may as a given name in a statement (trap)", "May Okafor met the mayor of Lagos on Monday.", "May Okafor", true},
		{"sue as a given name after a modal (trap)", "Will Sue Okafor stand for a second term as mayor?", "Sue Okafor", true},
		{"the modal is not part of that name", "Will Sue Okafor stand for a second term as mayor?", "Will Sue Okafor", false},
		{"mark as a given name after a modal (trap)", "Can Mark Ortiz win the vote in Quito next month?", "Mark Ortiz", true},
		{"will as a given name after a modal (trap)", "Can Will Barnes win the vote in Quito next month?", "Will Barnes", true},
		{"a question after a colon (trap)", "Will Barnes put one question to the council: who pays for the bridge?", "Will Barnes", true},
		{"mark in a statement (trap)", "Mark Ortiz, the port's director, met the mayor on Friday.", "Mark Ortiz", true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec := extractText(t, "question", "2026-03-11", c.text)
			var got *extract.Entity
			for i, e := range rec.Entities {
				if e.Type == extract.Title || e.Type == extract.Date {
					continue
				}
				if strings.EqualFold(e.Text, c.entity) {
					got = &rec.Entities[i]
				}
			}
			switch {
			case c.person && got == nil:
				t.Fatalf("no entity %q: %s", c.entity, show(rec))
			case c.person && got.Type != extract.Person:
				t.Fatalf("%q is %s, want PERSON: %s", c.entity, got.Type, show(rec))
			case !c.person && got != nil:
				t.Fatalf("%q became %s, want no entity: %s", c.entity, got.Type, show(rec))
			}
		})
	}
}
