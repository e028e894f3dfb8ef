package extract_test

import "testing"

// TestForwardInfinitive: a year-less date after the infinitive of a verb
// that looks forward (class forward of date_words.tsv: "agreed to meet in
// September") takes the reading nearest the published date, not the verb's
// past; a date of the verb itself keeps its tense. A schedule verb after an
// appositive ("X, a career diplomat, flies to Y on Friday") speaks of the
// coming day. Every sentence is invented.
func TestForwardInfinitive(t *testing.T) {
	cases := []struct{ name, published, text, want string }{
		{"agreed to meet, told in May: this September", "2026-05-21",
			"The two ministers signed a memorandum and agreed to meet again in Quito in September to review progress.", "2026-09"},
		{"agreed to convene, told in December: next January", "2026-12-04",
			"Customs chiefs from both countries agreed to hold a follow-up session in Bangkok in January.", "2027-01"},
		{"decided to hold, told in November: next March", "2026-11-10",
			"The leaders decided to hold their next summit in Lima in March.", "2027-03"},
		{"a schedule verb after an appositive: the coming Friday", "2026-05-21",
			"Cordero, a career diplomat who served in Madrid before joining the cabinet, flies to Brasilia on Friday for talks.", "2026-05-22"},
		// traps
		{"trap: the agreeing's own month keeps the past", "2026-12-04",
			"The two sides agreed in March to build a bridge over the river.", "2026-03"},
		{"trap: a purchase agreed months ago is behind", "2026-10-06",
			"Redline agreed to buy a 90 percent stake from the club's chairman in June, but the deal was held up for months.", "2026-06"},
		{"trap: a day after the infinitive's object, told the next day", "2026-10-15",
			"The health secretary has agreed to reopen pay talks with the union after a meeting on Wednesday.", "2026-10-14"},
		{"trap: a weekday keeps the agreeing's past", "2026-01-12",
			"Murray agreed to buy the broadcaster's 4.8 percent holding in the club on Tuesday.", "2026-01-06"},
		{"trap: a present plan stays ahead", "2026-01-12",
			"In November the port authority intends to replace its cranes.", "2026-11"},
		{"trap: a present hope stays ahead", "2026-01-12",
			"Okafor is hoping to play in the cup final on Sunday.", "2026-01-18"},
		{"trap: an infinitive of purpose keeps the past", "2026-10-06",
			"Mendes travelled to Geneva to sign the accord in June.", "2026-06"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec := extractText(t, "forward", c.published, c.text)
			if findDate(rec, c.want) == nil {
				t.Errorf("no DATE %q in %q; DATEs: %v", c.want, c.text, dateValues(rec))
			}
		})
	}
}
