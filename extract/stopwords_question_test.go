package extract_test

import (
	"testing"
)

// TestQuestionStarters: a question's first word ("Is there a deal?",
// "Did you meet him?") is a stop word of stopwords.tsv, never a name or
// the alias of one ("IS" of the Islamic State, as in an interview's "Q:"
// lines). Every sentence is our own.
func TestQuestionStarters(t *testing.T) {
	cases := []struct{ text, word string }{
		{"Q: Is there a deal with the Japanese buyers?\n\nA: There is.", "Is"},
		{"Q: Did you meet the minister in Oslo?\n\nA: Not yet.", "Did"},
		{"Q: Has Lena Berg signed the contract?\n\nA: She has.", "Has"},
	}
	for _, c := range cases {
		t.Run(c.word, func(t *testing.T) {
			rec := extractText(t, "question", "2026-03-11", c.text)
			for _, e := range rec.Entities {
				if e.Text == c.word || containsFold(e.Aliases, c.word) {
					t.Fatalf("%q became %s %q: %s", c.word, e.Type, e.Text, show(rec))
				}
			}
		})
	}
}
