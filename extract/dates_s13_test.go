package extract_test

import (
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestEventDatesUnanchoredForms: date forms that gave an event no date
// candidate or the wrong one (time.go, dates.go), each with its trap.
// Every sentence is invented. Each case names one event by type and party
// and the date it must have.
func TestEventDatesUnanchoredForms(t *testing.T) {
	cases := []struct {
		name, published, text string
		typ, who              string
		date                  string
	}{
		{name: "date last in its sentence, after the clause",
			published: "2026-10-14",
			text:      "Finance Minister Petra Laine and her Estonian counterpart, Mart Kuusk, signed the tax accord on October 8.",
			typ:       extract.Agreement, who: "Mart Kuusk", date: "2026-10-08"},
		{name: "weekday last in its sentence, after the place",
			published: "2026-10-14",
			text:      "Petra Laine met Latvian Prime Minister Juris Ozols in Riga on Tuesday.",
			typ:       extract.Meeting, who: "Juris Ozols", date: "2026-10-13"},
		{name: "since-when: the date a since opens dates the when-clause's event",
			published: "2026-09-15",
			text:      "The two boroughs have shared a gritting depot since May 2025, when Harlow Council and Tendring Council signed a joint maintenance deal.",
			typ:       extract.Agreement, who: "Tendring Council", date: "2025-05"},
		{name: "since-when: a relative year and a trip",
			published: "2026-09-15",
			text:      "The loan has been under discussion since last year, when Fijian Finance Minister Semi Tora travelled to Canberra.",
			typ:       extract.Visit, who: "Semi Tora", date: "2025"},
		{name: "since-when trap: a since-phrase with no when-clause still dates nothing",
			published: "2026-09-15",
			text:      "Harlow Council and Tendring Council, partners since 2024, signed a joint maintenance deal on Monday.",
			typ:       extract.Agreement, who: "Tendring Council", date: "2026-09-14"},
		{name: "the following May after a year: the May of the year after",
			published: "2026-08-30",
			text:      "Urmas Kask first met Ana Ruiz, Uruguay's ambassador to Estonia, in Tallinn in 2015. The following May, Kask and Ruiz signed a memorandum on digital identity in Montevideo.",
			typ:       extract.Agreement, who: "Ana Ruiz", date: "2016-05"},
		{name: "the following May after a day: the first May after it",
			published: "2026-08-30",
			text:      "Urmas Kask first met Ana Ruiz, Uruguay's ambassador to Estonia, in Tallinn on September 3, 2024. The following May, Kask and Ruiz signed a memorandum on digital identity in Montevideo.",
			typ:       extract.Agreement, who: "Ana Ruiz", date: "2025-05"},
		{name: "a fronted counted anchor needs no comma",
			published: "2026-08-30",
			text:      "Peeter Tamm met Chilean minister Rosa Vidal in Santiago in April 2024. Two months later he flew to Montevideo and met Uruguayan President Luis Ferreira.",
			typ:       extract.Meeting, who: "Luis Ferreira", date: "2024-06"},
		{name: "later that month: the month of the date named before",
			published: "2026-08-30",
			text:      "Peeter Tamm met Chilean minister Rosa Vidal in Santiago on May 4, 2025. Later that month he met Uruguayan President Luis Ferreira in Punta del Este.",
			typ:       extract.Meeting, who: "Luis Ferreira", date: "2025-05"},
		{name: "plan-not-said: a saying's past day never dates a plan",
			published: "2026-11-03",
			text:      "Former senator Lucia Bosco will be buried in Trieste this week. Croatia's ambassador to Italy, Mirna Horvat, will travel to Trieste for the funeral, the Croatian embassy said on Monday.",
			typ:       extract.Visit, who: "Mirna Horvat", date: ""},
		{name: "plan-not-said trap: a trip told done keeps the saying's day",
			published: "2026-11-03",
			text:      "Croatia's ambassador to Italy, Mirna Horvat, travelled to Trieste for the funeral, the Croatian embassy said on Monday.",
			typ:       extract.Visit, who: "Mirna Horvat", date: "2026-11-02"},
		{name: "there-scene: 'there' points back at the sentence before, and at its time",
			published: "2026-06-17",
			text:      "UN envoy Marco Rossi met Lebanese Prime Minister Samir Haddad in Beirut on Monday. The last leg of the tour took the envoy to Amman on Tuesday. There he met Jordan's foreign minister, Layla Mahasneh.",
			typ:       extract.Meeting, who: "Layla Mahasneh", date: "2026-06-16"},
		{name: "there-scene trap: a date of its own still wins",
			published: "2026-06-17",
			text:      "UN envoy Marco Rossi met Lebanese Prime Minister Samir Haddad in Beirut on Monday. The last leg of the tour took the envoy to Amman on Tuesday. There he met Jordan's foreign minister, Layla Mahasneh, on Wednesday morning.",
			typ:       extract.Meeting, who: "Layla Mahasneh", date: "2026-06-17"},
		{name: "a year naming an event does not date the agreement",
			published: "2026-06-05",
			text:      "Arequipa will host the opening stage of the 2027 Andean Tour after race director Tomas Quispe and the city's mayor, Lucia Mamani, agreed terms in a telephone call on Thursday.",
			typ:       extract.Agreement, who: "Lucia Mamani", date: "2026-06-04"},
		{name: "a year naming a thing trap: an event held at the named occasion keeps its year",
			published: "2026-06-05",
			text:      "Race director Tomas Quispe and Lucia Mamani, the city's mayor, signed the hosting accord at the 2025 Andean Summit in Lima.",
			typ:       extract.Agreement, who: "Lucia Mamani", date: "2025"},
		{name: "heldat: a meeting during a dated occasion takes the occasion's years",
			published: "2026-03-10",
			text:      "During the 1997-98 negotiations on a border protocol, the Finnish diplomat Aarne Koski met the Russian negotiator Pavel Sorin in Vyborg.",
			typ:       extract.Meeting, who: "Pavel Sorin", date: "1997/1998"},
		{name: "a year naming a thing trap: a year that is the clause's own still dates it",
			published: "2026-06-05",
			text:      "Race director Tomas Quispe and Lucia Mamani, the city's mayor, agreed terms for the race in 2025.",
			typ:       extract.Agreement, who: "Lucia Mamani", date: "2025"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec := extractText(t, "datess13", c.published, c.text)
			found := 0
			for _, ev := range rec.Events {
				if ev.Type != c.typ || !hasParty(ev, c.who) {
					continue
				}
				found++
				if ev.Date != c.date {
					t.Errorf("%s of %s dated %q, want %q; events: %s", c.typ, c.who, ev.Date, c.date, eventList(rec))
				}
			}
			if found == 0 {
				t.Fatalf("no %s of %s; events: %s", c.typ, c.who, eventList(rec))
			}
		})
	}
}

// TestInvitationAhead: a noun of plan before an infinitive puts the
// infinitive's month ahead of the published date whatever the tense of the
// verb that holds the noun (date_words.tsv class ahead, value 3); the noun
// says nothing of a date of its own. Published Thursday 2026-04-09.
func TestInvitationAhead(t *testing.T) {
	cases := []struct{ text, want string }{
		{"Tartu's mayor, Anna Lepik, said she had accepted an invitation to visit Kigali in November.", "2026-11"},
		{"Lepik accepted an invitation to attend the conference in March, her office said.", "2027-03"},
		{"Tartu's mayor, Anna Lepik, visited Kigali in November, her office said.", "2025-11"},
		{"Lepik had sent the invitation in November, her office said.", "2025-11"},
		{"Lepik sent an invitation on Monday, her office said.", "2026-04-06"},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			rec := extractText(t, "invitation", "2026-04-09", c.text)
			if findDate(rec, c.want) == nil {
				t.Errorf("text %q: no DATE %q; DATEs: %v", c.text, c.want, dateValues(rec))
			}
		})
	}
}

// TestAnchoredTraps: the anchored forms read only where they anchor
// (dates_coarse.go): a counted unit inside a clause before "than" is a
// comparison, and "that month" without "later" or "earlier" is none.
// Published 2026-08-30.
func TestAnchoredTraps(t *testing.T) {
	cases := []struct{ text, absent string }{
		{"Tamm met Rosa Vidal in Santiago in April 2024. The deal came two months later than planned.", "2024-06"},
		{"Tamm met Rosa Vidal in Santiago in April 2024. Two months later than planned, the deal was signed.", "2024-06"},
		{"Tamm met Rosa Vidal in Santiago in April 2024. The following Tuesday was quiet.", "2024-05"},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			rec := extractText(t, "anchortrap", "2026-08-30", c.text)
			if findDate(rec, c.absent) != nil {
				t.Errorf("text %q: a DATE %q; DATEs: %v", c.text, c.absent, dateValues(rec))
			}
		})
	}
}
