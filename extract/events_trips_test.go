package extract_test

import (
	"strings"
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestTripReadings: visits and meetings told through trips (the trips
// work of issue 7): a delegation led to a place, a meeting in a "where"
// clause dated by the trip's clause, a tour's stops, a meeting told
// "during" the visit, an infinitive of purpose after a stop, a day spent
// at a site, a host who invited the visitor, a meeting of a body in a
// place; and the traps: a sent delegation, a squad reported by its coach,
// a foul called a trip, a year that dates a pact, "visited" a website.
// Every sentence is our own. want lists "type|party+party|place|date"
// (date "" is not checked; place or date "-" wants none); none lists the event
// types that must not appear.
func TestTripReadings(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
		none       []string // event types that must not appear
	}{
		{name: "a delegation led to a place, a meeting in its where clause",
			text: "Trade Minister Rocío Valdebenito will lead a delegation of forty fruit exporters to Seoul on Monday, where she is due to meet Industry Minister Park Jae-won.",
			want: []string{"visit|Rocío Valdebenito|Seoul|2026-03-16", "meeting|Rocío Valdebenito+Park Jae-won|Seoul|2026-03-16"}},
		{name: "heading a trade mission",
			text: "Agriculture Minister Tomas Berg is heading a trade mission to Lagos on Thursday.",
			want: []string{"visit|Tomas Berg|Lagos|2026-03-12"}},
		{name: "coordinated modifiers before the delegation noun",
			text: "Fisheries Minister Lena Moyo will lead a Zambian dairy and poultry trade mission to Nairobi on Thursday.",
			want: []string{"visit|Lena Moyo|Nairobi|2026-03-12"}},
		{name: "a coordinated delegation sent is no trip of the sender",
			text: "President Ines Duarte sent a dairy and poultry trade mission to Geneva on Monday.",
			none: []string{extract.Visit}},
		{name: "a delegation sent is no trip of the sender",
			text: "President Ines Duarte sent a delegation to Geneva on Monday.",
			none: []string{extract.Visit}},
		{name: "a delegation led by someone is not this reading's",
			text: "The delegation, led by Ines Duarte, was praised on Monday.",
			none: []string{extract.Visit}},
		{name: "the trip's date, not a year that modifies a pact",
			text: "From Seoul the minister, Rocío Valdebenito, travels on to Tokyo on March 19, where she will hold talks with Economy Minister Hiroshi Tanabe on a revision of the two countries' 2007 trade pact.",
			want: []string{"visit|Rocío Valdebenito|Tokyo|2026-03-19", "meeting|Rocío Valdebenito+Hiroshi Tanabe|Tokyo|2026-03-19"}},
		{name: "a year before the trigger's own noun dates it",
			text: "Ana Soto and Li Wei recalled the 2019 summit in Lima, which they attended.",
			none: []string{extract.Visit}},
		{name: "a meeting told during the visit is where the visit went",
			text: "Foreign Minister Wanjiru Kamau flew to Mogadishu on Wednesday. During the five-hour visit, she met President Hassan Warsame.",
			want: []string{"visit|Wanjiru Kamau|Mogadishu|2026-03-11", "meeting|Wanjiru Kamau+Hassan Warsame|Mogadishu|"}},
		{name: "a planned meeting during a visit that began",
			text: "President Almaz Toktorov arrived in Ulaanbaatar on Thursday for a three-day state visit. During the visit, Toktorov will also meet Prime Minister Enkh Lkhagva.",
			want: []string{"meeting|Almaz Toktorov+Enkh Lkhagva|Ulaanbaatar|"}},
		{name: "during a visit told with its own destination",
			text: "During her visit to Lima on Monday, Foreign Minister Ana Soto met President Luis Mora.",
			want: []string{"meeting|Ana Soto+Luis Mora|Lima|"}},
		{name: "an infinitive of purpose after a stop",
			text: "Lee Soo-min is due in Berlin on Wednesday. He will then make a stop in Dresden to meet Saxony's premier, Matthias Brenner, before driving to Freiberg for the opening.",
			want: []string{"visit|Lee Soo-min|Dresden|", "meeting|Lee Soo-min+Matthias Brenner|Dresden|"}},
		{name: "flew somewhere on a day to sign",
			text: "Foreign Minister Tarja Lind flew to Montevideo on Tuesday to meet President Rui Lacerda, and later drove to Punta del Este.",
			want: []string{"meeting|Tarja Lind+Rui Lacerda|Montevideo|2026-03-10"}},
		{name: "a day spent at a site is a visit there",
			text: "Relief coordinator Amara Diallo spent the afternoon on Tuesday at the Bulengo displacement site, talking with families.",
			want: []string{"visit|Amara Diallo|Bulengo|2026-03-10"}},
		{name: "an evening in hospital is no visit",
			text: "Governor Ruth Sands spent the evening in hospital on Tuesday.",
			none: []string{extract.Visit}},
		{name: "the host who invited is no traveller",
			text: "At the invitation of President Batbayar Ganzorig, President Almaz Toktorov touched down on Thursday, beginning a three-day state visit to Mongolia.",
			want: []string{"visit|Almaz Toktorov|Mongolia|"}},
		{name: "a meeting of a body in a place is held there",
			text: "On Tuesday Foreign Minister Wanjiru Kamau held talks with Dawit Tesfaye on the sidelines of a meeting of the regional bloc IGAD in Addis Ababa.",
			want: []string{"meeting|Wanjiru Kamau+Dawit Tesfaye|Addis Ababa|2026-03-10"}},
		{name: "a squad reported by its coach travels, not the coach",
			text: "Head coach Mark Tremain said the squad of 33 would arrive in Johannesburg on Saturday morning.",
			none: []string{extract.Visit}},
		{name: "a person reported keeps the visit",
			text: "Aides said Prime Minister Ravi Menon would arrive in Hanoi on Saturday.",
			want: []string{"visit|Ravi Menon|Hanoi|2026-03-14"}},
		{name: "a trip on a player is a foul",
			text: "Winger Daniel Dembrel received a yellow card for a trip on fly-half Marco Brancusi in Durban on Sunday.",
			none: []string{extract.Visit}},
		{name: "a trip on an aircraft outside sport stays a journey",
			text: "Chilean Foreign Minister Ana Soto made a brief trip on Air Force One to Lima on Monday.",
			want: []string{"visit|Ana Soto|Lima|2026-03-09"}},
		{name: "a trip on a day to a place stays",
			text: "Governor Ruth Sands made a trip on Monday to Denver.",
			want: []string{"visit|Ruth Sands|Denver|2026-03-09"}},
		{name: "a website visited is no visit",
			text: "More than 40,000 people have visited the council's flood website since Sunday, where residents can apply for grants, council leader Tom Braithwaite said.",
			none: []string{extract.Visit}},
		{name: "a where clause about something else",
			text: "Prices have halved in Bunagana, where rebel commanders met local chiefs in March, aid worker Pierre Moulin said on Monday.",
			none: []string{extract.Visit, extract.Meeting}},
		{name: "a date said in passing in an appositive is not the visit's",
			text: "Relief coordinator Amara Diallo arrived in Kigali on Tuesday. Diallo, a former health minister who took up the post in January, met President Jean Mugenzi.",
			want: []string{"meeting|Amara Diallo+Jean Mugenzi|Kigali|2026-03-10"}},
		{name: "a description of another role is the story's focal person",
			text: "UN relief coordinator Amara Diallo arrived in Goma on Tuesday. Diallo met displaced families. Its country director in Congo, Pierre Moulin, said rations had been cut. On Wednesday the envoy is due to hold talks in Kinshasa with Minister Josue Mbala. She travels on to Kampala on Thursday.",
			want: []string{"meeting|Amara Diallo+Josue Mbala|Kinshasa|2026-05-13", "visit|Amara Diallo|Kampala|2026-05-14"},
			none: nil},
		{name: "driving to a place",
			text: "Chief executive Lee Soo-min will drive to Freiberg on Thursday for the opening.",
			want: []string{"visit|Lee Soo-min|Freiberg|2026-03-12"}},
		{name: "a travel verb and its preposition past a date and a from phrase",
			text: "Health Minister Carmen Vidal flew on Thursday morning from Madrid to Seville, where she met Mayor Luis Ortega.",
			want: []string{"visit|Carmen Vidal|Seville|2026-03-05", "meeting|Carmen Vidal+Luis Ortega|Seville|2026-03-05"}},
		{name: "a compass word between a travel verb and its preposition",
			text: "Energy Minister Dana Kuvatova travelled east to Almaty on Friday with two advisers.",
			want: []string{"visit|Dana Kuvatova|Almaty|2026-03-06"}},
		{name: "a bare went on to tells a career as often as a journey",
			text: "Striker Ivo Brandt changed clubs often and went on to Porto in 2021, scoring twelve goals there.",
			none: []string{extract.Visit}},
		{name: "went on to do something in a place is no journey",
			text: "Coach Pablo Ibarra later went on to coach the national side in Montevideo.",
			none: []string{extract.Visit}},
		{name: "a compass heading of goods, no traveller",
			text: "A column of grain lorries drove north to Mwanza on Monday, transport official Ruth Achieng said.",
			none: []string{extract.Visit}},
		{name: "a carrying leg whose subject is the trip noun keeps both stops",
			text: "Agriculture Minister Tomas Varga landed in Nairobi on Monday for talks on grain storage. On Thursday his visit takes him to Kigali, where he opens a seed bank.",
			want: []string{"visit|Tomas Varga|Nairobi|2026-03-09", "visit|Tomas Varga|Kigali|2026-03-12"}},
		{name: "a carrying leg after a region tour leaves the tour's dates alone",
			text: "Fisheries Minister Mele Tupou spends this week touring Southeast Asia. Her tour will take the minister to Jakarta on Friday.",
			want: []string{"visit|Mele Tupou|Southeast Asia|2026-W11", "visit|Mele Tupou|Jakarta|2026-03-13"}},
		{name: "arrived on a day in a place",
			text: "Foreign Minister Ana Soto arrived on Monday in Lima for talks.",
			want: []string{"visit|Ana Soto|Lima|2026-03-09"}},
		{name: "flew home on a day to rest",
			text: "Foreign Minister Ana Soto flew home on Sunday to rest.",
			none: []string{extract.Visit}},
		{name: "returned on a day to power",
			text: "Prime Minister Ana Soto returned on Monday to power in Lima.",
			none: []string{extract.Visit}},
		{name: "a travel ban is no trip",
			text: "Rwanda lifted a travel ban on Congolese traders on Monday, Trade Minister Jean Habimana said.",
			none: []string{extract.Visit}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			published := "2026-03-11"
			if strings.Contains(c.text, "Diallo arrived in Goma") {
				published = "2026-05-12"
			}
			rec := extractText(t, "trips", published, c.text)
			for _, typ := range c.none {
				if evs := eventsOf(rec, typ); len(evs) > 0 {
					t.Fatalf("want no %s: %s", typ, show(rec))
				}
			}
			for _, w := range c.want {
				f := strings.Split(w, "|")
				if !hasTripEvent(rec, f[0], strings.Split(f[1], "+"), f[2], f[3]) {
					t.Fatalf("want %s: %s", w, show(rec))
				}
			}
		})
	}
}

// hasTripEvent: rec has an event of type typ with exactly the parties,
// at place ("-": none), on date when date is set.
func hasTripEvent(rec *extract.Record, typ string, parties []string, place, date string) bool {
	for _, e := range eventsOf(rec, typ) {
		if len(e.Participants) != len(parties) {
			continue
		}
		same := true
		for _, p := range parties {
			found := false
			for _, q := range e.Participants {
				found = found || fold(q.Name) == fold(p)
			}
			same = same && found
		}
		if !same {
			continue
		}
		if place == "-" && e.Location != "" || place != "-" && fold(e.Location) != fold(place) {
			continue
		}
		if date == "-" && e.Date != "" || date != "" && date != "-" && e.Date != date {
			continue
		}
		return true
	}
	return false
}
