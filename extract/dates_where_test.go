package extract_test

import (
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestWhereClosed: an event told in a ", where" clause takes the day the
// place before it carries, not the day of the main clause's next conjunct
// past ", and" when that conjunct opens with a preposition of place or a
// verb; a list's serial ", and" and an apposition's commas close no
// clause (reading where-closed; every sentence invented; published Friday
// 2026-05-22).
func TestWhereClosed(t *testing.T) {
	checkEventDates(t, []eventDateCase{
		{name: "the next conjunct's day is not the meeting's (past)",
			published: "2026-05-22",
			text:      "Senator Odile Brassard stopped in Tarbes on Tuesday, where Mayor Henri Lacoste hosted her for talks, and in Pau on Thursday.",
			typ:       extract.Meeting, who: "Henri Lacoste", date: "2026-05-19"},
		{name: "the next conjunct's day is not the meeting's (ahead)",
			published: "2026-05-22",
			text:      "Senator Odile Brassard will drive to Tarbes on Tuesday, where she holds talks with Mayor Henri Lacoste, and to Pau on Thursday.",
			typ:       extract.Meeting, who: "Henri Lacoste", date: "2026-05-26"},
		{name: "trap: a list's serial comma closes no clause",
			published: "2026-05-22",
			text:      "Last week Health Minister Nadia Osei spent Saturday in Kumasi, where she later met Governor Kofi Mensah, Bishop Ama Boateng, and Chief Yaw Darko on Monday.",
			typ:       extract.Meeting, who: "Yaw Darko", date: "2026-05-18"},
		{name: "trap: an apposition's commas and a list's \", and\"",
			published: "2026-05-22",
			text:      "Envoy Lena Brandt will land in Musanze on Sunday, where she meets Governor Jean Habimana, a former judge, and two of his aides on Wednesday.",
			typ:       extract.Meeting, who: "Jean Habimana", date: "2026-05-27"},
		{name: "trap: the last place of a serial list closes no clause",
			published: "2026-05-22",
			text:      "Cabinet Secretary Wanjiru Kamau lands in Mombasa on Tuesday, where a ferry plan linking Lamu, Malindi, and Kilifi is on the table when she meets Governor Hassan Omar on Thursday.",
			typ:       extract.Meeting, who: "Hassan Omar", date: "2026-05-28"},
		{name: "an apposition after a common noun is no list: its \", and\" closes the clause",
			published: "2026-05-22",
			text:      "Trade envoy Sofia Marin arrived in Cluj on Tuesday, where she had lunch with its mayor, Dan Pop, and then in Sibiu on Thursday.",
			typ:       extract.Meeting, who: "Dan Pop", date: "2026-05-19"},
		{name: "trap: a serial list of cities inside a planned where-clause",
			published: "2026-05-22",
			text:      "Trade Secretary Omar Haddad lands in Porto on Monday, where he holds talks on bus routes to Braga, Coimbra, and Lisbon with Mayor Rui Costa on Thursday.",
			typ:       extract.Meeting, who: "Rui Costa", date: "2026-05-28"},
		{name: "a place conjunct after a named person still closes the clause",
			published: "2026-05-22",
			text:      "Envoy Mara Wekesa toured Kisumu on Monday, where she conferred with Governor Otieno Achieng, and Eldoret on Wednesday.",
			typ:       extract.Meeting, who: "Otieno Achieng", date: "2026-05-18"},
	})
}
