package extract_test

import "testing"

// TestMutualTalkVerbs: "discuss", "talk" and "confer" make a meeting when
// "with" follows them or when their subject names both sides: two named
// parties conjoined. One party alone, a bare pronoun, a purpose infinitive
// and a denial make none. Every sentence is
// our own.
func TestMutualTalkVerbs(t *testing.T) {
	cases := []struct {
		name, text string
		want       string // the meeting's parties joined by "+", sorted; "" for no meeting
	}{
		{"two named ministers discussed", "Fisheries Minister Tove Lindqvist and Latvian Agriculture Minister Janis Ozols discussed herring quotas in Riga on Thursday.",
			"Janis Ozols+Tove Lindqvist"},
		{"two named officials talked", "Governor Ines Prieto and Senator Hugo Varela talked for an hour in Mendoza on Friday about the wine levy.",
			"Hugo Varela+Ines Prieto"},
		{"with still holds", "Mayor Olga Santos discussed tram fares with transport chief Rui Paiva on Wednesday.",
			"Olga Santos+Rui Paiva"},
		// traps
		{"trap: one party alone", "Mayor Olga Santos discussed tram fares at a council session on Wednesday.", ""},
		{"trap: a pronoun subject", "They discussed tram fares at length on Wednesday.", ""},
		{"trap: a purpose infinitive", "On Tuesday Mayor Olga Santos and Councillor Rui Paiva drove north together to discuss the tram fares.", ""},
		{"trap: a passive with topics for subject", "Peru and Chile were discussed only briefly at the fisheries forum in Lima on Monday.", ""},
		{"trap: a progressive passive", "Hungary and Poland are being discussed this week in Brussels among EU commissioners.", ""},
		{"trap: a bare participle before a clause", "Kenya, Somalia and Ethiopia discussed in detail, the regional forum closed in Nairobi on Sunday.", ""},
		{"reporting clause after a comma", "Governor Ines Prieto and Senator Hugo Varela talked for an hour in Mendoza, aides said on Friday.", "Hugo Varela+Ines Prieto"},
		{"trap: separately", "Governor Ines Prieto and Senator Hugo Varela discussed the wine levy separately on Friday.", ""},
		{"trap: separate interviews", "Mayor Olga Santos and Councillor Rui Paiva talked about the tram fares in separate radio interviews on Wednesday.", ""},
		{"trap: in columns", "Ana Reyes and Tomas Berg discussed the pension reform in their weekly columns on Sunday.", ""},
		{"trap: on podcasts", "Senator Hugo Varela and Governor Ines Prieto talked about the levy on their podcasts this week.", ""},
		{"the report is the topic", "Mayor Olga Santos and Councillor Rui Paiva discussed the auditors' report on tram fares on Wednesday.",
			"Olga Santos+Rui Paiva"},
		{"trap: talked up", "Governor Ines Prieto and Senator Hugo Varela talked up the new wine route at a fair in Mendoza on Friday.", ""},
		{"trap: talked tough", "Mayor Olga Santos and Councillor Rui Paiva talked tough on fare dodgers at a rally on Wednesday.", ""},
		{"trap: examples of a group", "Historians including Ana Reyes and Tomas Berg have discussed the treaty's legacy for decades.", ""},
		{"trap: such as", "Lawmakers such as Senator Hugo Varela and Governor Ines Prieto discussed the levy at length this spring.", ""},
		{"trap: a denial", "Governor Ines Prieto and Senator Hugo Varela have never discussed the wine levy, their spokesmen said.", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec := extractText(t, "mutual", "2026-05-14", c.text)
			wantMeetingOf(t, rec, c.want)
		})
	}
}
