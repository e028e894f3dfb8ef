package extract_test

import "testing"

// TestNegotiationsHeld: a support verb before "negotiations" or
// "consultations" ("held negotiations", "resumed negotiations", "conducted
// talks") makes a meeting of the clause's subject, like "held talks",
// with no "with" needed; a single party alone holds none. Every sentence
// is our own.
func TestNegotiationsHeld(t *testing.T) {
	cases := []struct {
		name, text string
		want       string // the meeting's parties joined by "+", sorted; "" for no meeting
	}{
		{"two countries held negotiations", "WARSAW - Finland and Estonia held negotiations on Tuesday over ferry fees, officials said.",
			"Estonia+Finland"},
		{"two named ministers resumed negotiations", "Trade Minister Ines Lobo and her Ghanaian counterpart Kofi Badu resumed negotiations in Accra on Monday.",
			"Ines Lobo+Kofi Badu"},
		{"held consultations", "Foreign Minister Ana Soto and Foreign Minister Rui Costa held consultations in Lisbon on Friday.",
			"Ana Soto+Rui Costa"},
		{"conducted negotiations with", "Union leader Tom Reyes conducted negotiations with rail chief Ana Prado on Tuesday.",
			"Ana Prado+Tom Reyes"},
		{"the two ministers told before", "Interior Minister Lena Berg of Sweden met Danish Interior Minister Jens Holt in March. The two ministers resumed negotiations in Malmo on Monday.",
			"Jens Holt+Lena Berg"},
		// traps: one party alone
		{"trap: negotiations with itself", "The party held negotiations with itself over the leadership.", ""},
		{"trap: a board's own talks", "The hospital board held talks on its own budget on Monday.", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec := extractText(t, "negotiations", "2026-04-10", c.text)
			wantMeetingOf(t, rec, c.want)
		})
	}
}
