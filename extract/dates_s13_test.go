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
			published: "2027-02-20",
			text:      "Dairy cooperative chief Gerda Aasheim signed a five-year supply contract with the Danish processor Anders Lykkegaard on February 11.",
			typ:       extract.Agreement, who: "Anders Lykkegaard", date: "2027-02-11"},
		{name: "weekday last in its sentence, after the place",
			published: "2027-02-20",
			text:      "Belgian Health Minister Wim Dierckx held talks with his Dutch counterpart, Fenna Roelofs, at a children's hospital in Ghent on Thursday.",
			typ:       extract.Meeting, who: "Fenna Roelofs", date: "2027-02-18"},
		{name: "since-when: the date a since opens dates the when-clause's event",
			published: "2027-07-08",
			text:      "Every summer since June 2023, when curator Griet Vanackere and the city's culture alderman, Jonas Moerman, signed a loan agreement, the tapestry has hung in the town hall.",
			typ:       extract.Agreement, who: "Jonas Moerman", date: "2023-06"},
		{name: "since-when: a relative year and a trip",
			published: "2027-03-04",
			text:      "Work on the ferry terminal has stood still since last year, when Kenya's transport minister, Grace Chelimo, paid a visit to Mwanza.",
			typ:       extract.Visit, who: "Grace Chelimo", date: "2026"},
		{name: "since-when trap: a since-phrase with no when-clause still dates nothing",
			published: "2027-03-04",
			text:      "On Wednesday the producer Viorica Dinu and the Moldovan broadcaster Ion Ceban, allies since 2021, signed a co-production deal.",
			typ:       extract.Agreement, who: "Ion Ceban", date: "2027-03-03"},
		{name: "the following March after a year: the March of the year after",
			published: "2027-01-21",
			text:      "In 2019 the cellist Eero Lehtola played his first concert under the conductor Mafalda Salgueiro in Coimbra. Lehtola and Salgueiro signed a three-album recording contract the following March.",
			typ:       extract.Agreement, who: "Eero Lehtola", date: "2020-03"},
		{name: "the following March after a day: the first March after it",
			published: "2027-01-21",
			text:      "The cellist Eero Lehtola played his first concert under the conductor Mafalda Salgueiro in Coimbra on November 12, 2021. Lehtola and Salgueiro signed a three-album recording contract the following March.",
			typ:       extract.Agreement, who: "Eero Lehtola", date: "2022-03"},
		{name: "a fronted counted anchor needs no comma",
			published: "2027-01-21",
			text:      "The shipping executive Hedda Fossum opened a fish terminal in Akureyri in October 2022. Three months later she held talks with Icelandic Fisheries Minister Einar Gunnlaugsson in Stavanger.",
			typ:       extract.Meeting, who: "Einar Gunnlaugsson", date: "2023-01"},
		{name: "later that month: the month of the date named before",
			published: "2027-01-21",
			text:      "The shipping executive Hedda Fossum opened a fish terminal in Akureyri on 9 January 2023. Later that month she held talks with Icelandic Fisheries Minister Einar Gunnlaugsson in Stavanger.",
			typ:       extract.Meeting, who: "Einar Gunnlaugsson", date: "2023-01"},
		{name: "plan-not-said: a saying's past day never dates a plan",
			published: "2027-09-16",
			text:      "The under-21 side of Albania plays Cyprus at the weekend. A spokeswoman said on Tuesday that Sports Minister Dritan Hoxha will fly to Nicosia to watch the game.",
			typ:       extract.Visit, who: "Dritan Hoxha", date: ""},
		{name: "plan-not-said trap: a trip told done keeps the saying's day",
			published: "2027-09-16",
			text:      "A spokeswoman said on Tuesday that Sports Minister Rastislav Hudec travelled to Valletta to watch the match.",
			typ:       extract.Visit, who: "Rastislav Hudec", date: "2027-09-14"},
		{name: "there-scene: 'there' points back at the sentence before, and at its time",
			published: "2027-05-12",
			text:      "Trade commissioner Ragnhild Axelsen opened a wine fair in Gyumri on Sunday. On Monday her convoy crossed the border and reached Kutaisi. There Axelsen held talks with the Georgian economy minister, Zurab Lomidze.",
			typ:       extract.Meeting, who: "Zurab Lomidze", date: "2027-05-10"},
		{name: "there-scene trap: a date of its own still wins",
			published: "2027-05-12",
			text:      "Trade commissioner Ragnhild Axelsen opened a wine fair in Gyumri on Sunday. On Monday her convoy crossed the border and reached Kutaisi. There Axelsen held talks with the Georgian economy minister, Zurab Lomidze, on Tuesday evening.",
			typ:       extract.Meeting, who: "Zurab Lomidze", date: "2027-05-11"},
		{name: "a year naming an event does not date the agreement",
			published: "2027-07-08",
			text:      "For the 2029 Baltic Regatta, organiser Jurgita Petrauskaite signed a contract with the port director, Mindaugas Vaitkunas, on Tuesday.",
			typ:       extract.Agreement, who: "Mindaugas Vaitkunas", date: "2027-07-06"},
		{name: "a year naming a thing trap: an event held at the named occasion keeps its year",
			published: "2027-07-08",
			text:      "At the 2024 Baltic Forestry Congress in Umea, Jurgita Petrauskaite and Mindaugas Vaitkunas signed a pact on timber certification.",
			typ:       extract.Agreement, who: "Mindaugas Vaitkunas", date: "2024"},
		{name: "heldat: a meeting during a dated occasion takes the occasion's years",
			published: "2027-07-08",
			text:      "The Icelandic fisheries adviser Gudrun Hallsdottir met Norwegian quota official Torleif Eikeland in Bodo during the 2009-10 quota round.",
			typ:       extract.Meeting, who: "Torleif Eikeland", date: "2009/2010"},
		{name: "a year naming a thing trap: a year that is the clause's own still dates it",
			published: "2027-07-08",
			text:      "In 2026 Jurgita Petrauskaite and Mindaugas Vaitkunas, the port director, signed the first contract for the regatta.",
			typ:       extract.Agreement, who: "Mindaugas Vaitkunas", date: "2026"},
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
// says nothing of a date of its own. Published Thursday 2027-09-16.
func TestInvitationAhead(t *testing.T) {
	cases := []struct{ text, want string }{
		{"An invitation to lecture at the observatory in Swakopmund in December was accepted by the Chilean astronomer Benjamin Rebolledo.", "2027-12"},
		{"Rebolledo took up an invitation to speak at a congress of geologists in February, the university said.", "2028-02"},
		{"The Chilean astronomer Benjamin Rebolledo lectured at the observatory in Swakopmund in December, the university said.", "2026-12"},
		{"The university had mailed the invitation to Rebolledo in October, a spokesman said.", "2026-10"},
		{"On Monday the university sent Rebolledo an invitation, a spokesman said.", "2027-09-13"},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			rec := extractText(t, "invitation", "2027-09-16", c.text)
			if findDate(rec, c.want) == nil {
				t.Errorf("text %q: no DATE %q; DATEs: %v", c.text, c.want, dateValues(rec))
			}
		})
	}
}

// TestAnchoredTraps: the anchored forms read only where they anchor
// (dates_coarse.go): a counted unit inside a clause before "than" is a
// comparison, and "the following" with a weekday is no month.
// Published 2027-02-20.
func TestAnchoredTraps(t *testing.T) {
	cases := []struct{ text, absent string }{
		{"Hedda Fossum opened the Akureyri terminal in March 2023. Its first cargo arrived three months later than promised.", "2023-06"},
		{"Hedda Fossum opened the Akureyri terminal in March 2023. Three months later than promised, its first cargo arrived.", "2023-06"},
		{"Hedda Fossum opened the Akureyri terminal in March 2023. Storms closed the harbour the following Friday.", "2023-04"},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			rec := extractText(t, "anchortrap", "2027-02-20", c.text)
			if findDate(rec, c.absent) != nil {
				t.Errorf("text %q: a DATE %q; DATEs: %v", c.text, c.absent, dateValues(rec))
			}
		})
	}
}
