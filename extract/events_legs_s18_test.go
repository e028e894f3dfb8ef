package extract_test

import "testing"

// TestTourLegsTold: the stops of a tour told in ways the other leg tests
// leave out: a traveller whose verb group carries a periphrastic future
// and whose name or definite title a description sets off ("X, whose
// ministry was split in 2022, is scheduled to be in Y on May 4": the
// description's year is no stop's date); a stay of some days after a trailing "before"/"after" and
// a gerund, whose traveller is the main clause's subject, over a span
// of days joined by "and" ("spending May 4 and 5 in X"); a list of stops
// each dated after its place ("A on June 1 and B on June 3", "A on June
// 1, B and C on June 3"); "crossed to" as one more stop of a trip told
// before. Traps: a gerund after "without" (no stay); a place after a
// date and "and" or a comma with no date of its own after it (it opens a
// clause of its own), or with a finite verb or modal right after its own
// date; "crossed into" with no trip told before; a date
// inside the subject's description with no date of the stop's own.
// Every sentence is our own.
func TestTourLegsTold(t *testing.T) {
	checkTourStops(t, "tourlegs", []tourStopCase{
		{"a described traveller scheduled to be somewhere", "Portugal's fisheries minister, Tomas Arce, heads to Morocco on Sunday to haggle over sardine quotas. Arce, whose ministry absorbed the coastguard in 2022, is scheduled to be in Agadir on April 14.",
			"Agadir", "Tomas Arce", "2026-04-14"},
		{"a definite title after a fronted description, expected somewhere", "EU farm commissioner Lotte Berg flies to Chile on Sunday. Once head of a dairy cooperative, the commissioner is expected to arrive in Santiago on April 14.",
			"Santiago", "Lotte Berg", "2026-04-14"},
		{"days spent somewhere, told after a trailing after", "Greta Lund signed a loan deal with Kenya's water utility in Nairobi on April 8 after spending April 5 and 6 in Kampala.",
			"Kampala", "Greta Lund", "2026-04-05/2026-04-06"},
		{"a trailing after: the pronoun subject of the main clause, not the person named in it", "Development banker Greta Lund flew to East Africa on Monday. She will tour a dam site with Uganda's energy minister, Ruth Okello, on May 9 after spending May 6 and 7 in Kampala.",
			"Kampala", "Greta Lund", "2026-05-06/2026-05-07"},
		{"two stops, each dated after its place", "After the storms, Premier Lena Ross toured Geelong on April 2 and Ballarat on April 6 to inspect levee damage.",
			"Ballarat", "Lena Ross", "2026-04-06"},
		{"a dated stop joined to a coordinate that shares the next date", "Mayor Karl Weiss visited Graz on 3 April, Linz and Salzburg on 7 April, drumming up support for a rail bid.",
			"Linz", "Karl Weiss", "2026-04-07"},
		{"crossed to, one more stop of a trip told before", "UN mediator Petra Novak landed in Zagreb on Monday, opening a week of talks. On Thursday she crossed to Sarajevo by road.",
			"Sarajevo", "Petra Novak", "2026-04-09"},
		// traps
		{"trap: a gerund after without", "Greta Lund signed a loan deal with Kenya's water utility in Nairobi on April 8 without spending April 5 and 6 in Kampala.",
			"Kampala", "", ""},
		{"trap: places after a date and and, the first of them the subject of its own clause", "Interior Minister Sofia Reyes toured Accra on Friday, and Togo, Benin and Niger later joined the talks by video.",
			"Benin", "", ""},
		{"trap: a place after a date and and, modifying its clause's subject", "Interior Minister Sofia Reyes landed in Accra on Friday and Togo customs officers seized a fuel cargo on Saturday.",
			"Togo", "", ""},
		{"trap: a place after a date and and, modifying a subject with a date later", "Mayor Karl Weiss toured Graz on 3 April and Linz residents protested against his rail plan on 5 April.",
			"Linz", "", ""},
		{"trap: a place after a date and a comma and, with a verb after it", "Mayor Karl Weiss visited Graz on 3 April, and Linz is hosting a rail fair on 7 April.",
			"Linz", "", ""},
		{"trap: a dated place after and, then a finite verb: its clause's subject", "Trade Minister Omar Haddad toured Muscat on Monday, and Qatar on Tuesday reopened its airspace to Gulf carriers.",
			"Qatar", "", ""},
		{"trap: a dated place after and, then a modal: its clause's subject", "Mayor Karl Weiss toured Graz on 3 April and Linz on 5 April will vote on his rail plan.",
			"Linz", "", ""},
		{"trap: crossed into with no trip told before", "Senator Rita Holm crossed into Estonia on Tuesday, her aides said.",
			"Estonia", "", ""},
		{"trap: the only date is in the subject's description", "Portugal's fisheries minister, Tomas Arce, heads to Morocco on Sunday to haggle over sardine quotas. Arce, whose ministry absorbed the coastguard in 2022, is scheduled to be in Agadir.",
			"Agadir", "", ""},
	})
}
