package extract_test

import (
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestEventDatesFresh: the readings of the time cascade that fresh
// articles needed (dates_age.go, time.go sinceAt, events_time.go), each
// with its traps. Every sentence is invented. Each case names one event by
// type and party and the date it must have; found false means no such
// event may exist.
func TestEventDatesFresh(t *testing.T) {
	cases := []struct {
		name, published, text string
		typ, who              string
		date                  string
		absent                bool
		n                     int // how many such events, when it matters
	}{
		{name: "background-scene: a past year's visit told in passing does not date the news's signing",
			published: "2026-05-20",
			text:      "Mongolian President Bat-Erdene Dorj held talks with visiting Kazakh Prime Minister Aidar Seitkali in Ulaanbaatar on Wednesday. Dorj recalled his own state visit to Astana in 2023. After the talks, the two sides signed nine cooperation agreements.",
			typ:       extract.Agreement, who: "Aidar Seitkali", date: "2026-05-20"},
		{name: "background-scene trap: a story told in the past throughout keeps moving its scene",
			published: "2026-05-20",
			text:      "Marta Ilves, who died on Sunday, first met Tomas Rand in Tartu in 1991. She met the Finnish president, Aarne Koski, in Helsinki in 1994. There the two signed a cultural accord.",
			typ:       extract.Agreement, who: "Aarne Koski", date: "1994"},
		{name: "own-week over a saying's day: met at the weekend (its two days), said on Monday",
			published: "2026-05-20",
			text:      "Foreign Minister Ana Soto met her Bolivian counterpart, Luis Arce Mamani, at the weekend, officials said on Monday.",
			typ:       extract.Meeting, who: "Luis Arce Mamani", date: "2026-05-16/2026-05-17"},
		{name: "own-vague-time trap: a saying's day inside the clause's week stays",
			published: "2026-03-12",
			text:      "Trade Minister Ines Varga is in Warsaw this week for talks with Polish officials, her office said on Wednesday.",
			typ:       extract.Visit, who: "Ines Varga", date: "2026-03-11"},
		{name: "own-vague-time trap: a saying's day still dates an event its clause does not date",
			published: "2026-05-20",
			text:      "Foreign Minister Ana Soto met her Bolivian counterpart, Luis Arce Mamani, officials said on Monday.",
			typ:       extract.Meeting, who: "Luis Arce Mamani", date: "2026-05-18"},
		{name: "since-same-sentence: a since that closes the sentence before opens no span",
			published: "2026-07-06",
			text:      "Andres Salcedo and Rosa Quispe first met in 2019 in Desaguadero, and they have spoken often since. Earlier this month, Salcedo spoke by telephone with Chilean President Tomas Rivas, who has objected to the route.",
			typ:       extract.Meeting, who: "Tomas Rivas", date: "2026-07"},
		{name: "since-same-sentence trap: a since in its own sentence still opens a span",
			published: "2026-07-06",
			text:      "Chilean Foreign Minister Ana Soto visited Lima on Monday, her first visit since taking office in March.",
			typ:       extract.Visit, who: "Ana Soto", date: "2026-07-06"},
		{name: "past-bound: a visit that lasted until Saturday ended on the Saturday behind",
			published: "2026-04-27",
			text:      "NAIROBI (Capital Digest) - Kenya's foreign minister, Grace Wambui, arrived in Addis Ababa on Wednesday for a visit that lasted until Saturday, her ministry said in a statement issued on Sunday.",
			typ:       extract.Visit, who: "Grace Wambui", date: "2026-04-22/2026-04-25"},
		{name: "past-bound trap: a visit that will last until Saturday ends ahead",
			published: "2026-04-27",
			text:      "NAIROBI (Capital Digest) - Kenya's foreign minister, Grace Wambui, arrived in Addis Ababa on Monday for a visit that will last until Saturday, her ministry said.",
			typ:       extract.Visit, who: "Grace Wambui", date: "2026-04-27/2026-05-02"},
		{name: "older-than-news: last December's signing in a January story is news",
			published: "2027-01-04",
			text:      "The Nigerian Ports Authority confirmed on Thursday that it had signed a 20-year concession with the Danish operator Nordhavn Terminals. The contract, signed on December 18 in Lagos, commits the operator to invest about $400 million.",
			typ:       extract.Agreement, who: "Nordhavn Terminals", date: "2026-12-18"},
		{name: "older-than-news trap: an accord signed years ago is background",
			published: "2027-01-04",
			text:      "Fiji and Tonga said on Monday they would review the Suva Fisheries Accord, signed in 2019, before the next season.",
			typ:       extract.Agreement, who: "Tonga", absent: true},
		{name: "set-off-participle: a reduced passive after a definite noun dates the deal a saying dated",
			published: "2026-10-12",
			text:      "Harwick Foods said on Monday it had agreed to buy the bakery chain Pellow. The agreement, signed on Friday in Leeds, values Pellow at 40 million pounds.",
			typ:       extract.Agreement, who: "Pellow", date: "2026-10-09"},
		{name: "refused-date: the story-date fallback refuses the dates the time readings refuse (an attributive year); the published day dates it (reading published-day)",
			published: "2026-03-10",
			text:      "Peruvian Foreign Minister Ana Soto met Chinese Vice Premier Li Wei in Lima for talks on the two countries' 2007 trade pact. Soto told reporters the talks had gone well.",
			typ:       extract.Meeting, who: "Li Wei", date: "2026-03-10"},
		{name: "refused-date trap: the lede's own date still dates the story",
			published: "2026-03-10",
			text:      "Peruvian Foreign Minister Ana Soto met Chinese Vice Premier Li Wei in Lima on Monday for talks on the two countries' 2007 trade pact. Soto told reporters the talks had gone well.",
			typ:       extract.Meeting, who: "Li Wei", date: "2026-03-09"},
		{name: "own-week: a week of its own, not another conjunct's month",
			published: "2026-02-24",
			text:      "Fijian Prime Minister Josefa Ratu was elected in November. He met Chinese Ambassador Zhou Lan two weeks ago, and his government signed a maritime surveillance agreement with Japan in January.",
			typ:       extract.Meeting, who: "Zhou Lan", date: "2026-W07"},
		{name: "own-week: the clause's own week, not the previous conjunct's month",
			published: "2026-10-21",
			text:      "Austrian Chancellor Eva Moser will receive Chilean President Tomas Reyes in Vienna in December, and Energy Minister Karl Huber will sign a grid agreement with Slovenian utilities next week.",
			typ:       extract.Agreement, who: "Karl Huber", date: "2026-W44"},
		{name: "own-week: last week's talks, not the story's day, and one meeting",
			published: "2026-08-06",
			text:      "Brenmoor Mining agreed on Thursday to a takeover by Tesh Resources. Tesh chief executive Marie-Claude Fortin flew to Perth last week and met Brenmoor chairman Ross Kilgour twice, according to people familiar with the talks.",
			typ:       extract.Meeting, who: "Ross Kilgour", date: "2026-W31", n: 1},
		{name: "own-vague-time: coming weeks, not the plan told before",
			published: "2026-06-22",
			text:      "Mayor Ilse Brandauer will travel to Brussels next month to present the project. Brandauer and Mayor Matej Zupan are expected to sign a funding agreement in the coming weeks.",
			typ:       extract.Agreement, who: "Matej Zupan", date: ""},
		{name: "own-vague-time trap: the other conjunct keeps its own day",
			published: "2026-05-20",
			text:      "Foreign Minister Ana Soto met Li Wei in Lima last week, and she will visit Quito on Friday.",
			typ:       extract.Visit, who: "Ana Soto", date: "2026-05-22"},
		{name: "own-vague-time trap: a saying's weekend leaves the deal to its signing day",
			published: "2026-10-12",
			text:      "Fenwick Logistics has agreed to buy the parcel group Swiftline for 310 million pounds, the two companies said at the weekend. The deal was signed on Sunday in London.",
			typ:       extract.Agreement, who: "Swiftline", date: "2026-10-11"},
		{name: "main-event-lede: a lede date still to come never dates what happened; the published day does (reading published-day)",
			published: "2026-10-21",
			text:      "Villages east of Ashbridge will be covered by fire crews from a neighbouring town from January. After four hours of debate, Ashbridge Town Council approved a fire-cover deal with Pellow District Council.",
			typ:       extract.Agreement, who: "Pellow District Council", date: "2026-10-21"},
		{name: "main-event-lede trap: a plan keeps the coming date its clause gives",
			published: "2026-10-21",
			text:      "Ashbridge Town Council and Pellow District Council will sign a fire-cover agreement in January 2027. The vote followed four hours of debate.",
			typ:       extract.Agreement, who: "Pellow District Council", date: "2027-01"},
		{name: "set-off-date: a definite noun's date set off by commas dates the talks told before",
			published: "2026-02-24",
			text:      "The visit comes less than a fortnight after Australia's foreign minister, Claire Dunstan, held talks with Fijian Prime Minister Josefa Ratu in Suva. Officials said that meeting, on February 13, focused on policing.",
			typ:       extract.Meeting, who: "Claire Dunstan", date: "2026-02-13"},
		{name: "set-off-date trap: an occasion that is no date leaves the talks' own day",
			published: "2026-02-24",
			text:      "Australia's foreign minister, Claire Dunstan, held talks with Fijian Prime Minister Josefa Ratu in Suva on Friday. The talks, on the eve of a regional summit, focused on policing.",
			typ:       extract.Meeting, who: "Claire Dunstan", date: "2026-02-20"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec := extractText(t, "datesfresh", c.published, c.text)
			found := 0
			for _, ev := range rec.Events {
				if ev.Type != c.typ || !hasParty(ev, c.who) {
					continue
				}
				found++
				if !c.absent && ev.Date != c.date {
					t.Errorf("%s of %s dated %q, want %q; events: %s", c.typ, c.who, ev.Date, c.date, eventList(rec))
				}
			}
			if c.n > 0 && found != c.n {
				t.Errorf("%d %s events of %s, want %d; events: %s", found, c.typ, c.who, c.n, eventList(rec))
			}
			switch {
			case c.absent && found > 0:
				t.Errorf("want no %s of %s; events: %s", c.typ, c.who, eventList(rec))
			case !c.absent && found == 0:
				t.Fatalf("no %s of %s; events: %s", c.typ, c.who, eventList(rec))
			}
		})
	}
}

// TestPastBound: a bound word after a simple past with no object closes a
// span behind the story; after a future, an object, a postponement or a
// passive the date stays ahead (dates_age.go, pastBound). Published Monday
// 2026-04-27.
func TestPastBound(t *testing.T) {
	cases := []struct{ text, want string }{
		{"The curfew lasted until Saturday, the police said.", "2026-04-25"},
		{"Wambui stayed in Addis Ababa until Friday, her office said.", "2026-04-24"},
		{"The curfew will last until Saturday, the police said.", "2026-05-02"},
		{"The government extended the curfew until Saturday.", "2026-05-02"},
		{"The vote was postponed until Friday, officials said.", "2026-05-01"},
		{"The talks run until Thursday.", "2026-04-30"},
		{"The embassy will stay closed until Friday, the ministry said.", "2026-05-01"},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			rec := extractText(t, "pastbound", "2026-04-27", c.text)
			if findDate(rec, c.want) == nil {
				t.Errorf("text %q: no DATE %q; DATEs: %v", c.text, c.want, dateValues(rec))
			}
		})
	}
}
