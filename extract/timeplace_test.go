package extract_test

import (
	"strings"
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestEventTimePlace: which date and place an event takes (time.go,
// place.go, scene.go). Each case names one event by its type and one of
// its participants and says the date and place every such event must have
// ("" where none may be given). Published 2026-05-20, a Wednesday, unless said.
func TestEventTimePlace(t *testing.T) {
	cases := []struct {
		name, published, text string
		typ, who              string
		date, place           string
	}{
		// dates: the event's own clause first
		{name: "a reporting verb's date gives way to the clause's own",
			text: "Prosecutors alleged on Tuesday that former minister Jens Holm met lobbyist Karina Vestergaard at a restaurant in Aarhus on March 3, 2024.",
			typ:  extract.Meeting, who: "Karina Vestergaard", date: "2024-03-03", place: "Aarhus"},
		{name: "the saying's date when the clause has none",
			text: "Chilean Foreign Minister Ana Soto met Peruvian President Luis Quispe in Lima, her ministry said on Monday.",
			typ:  extract.Meeting, who: "Luis Quispe", date: "2026-05-18", place: "Lima"},
		{name: "a deadline of another verb is no date of the signing",
			text: "Kenyan Trade Minister Wanjiru Kamau and Ghanaian Finance Minister Kofi Mensah signed a declaration in Nairobi on Monday. Kamau and Mensah also signed a memorandum committing both governments to finish a rail study by the end of 2027.",
			typ:  extract.Agreement, who: "Kofi Mensah", date: "2026-05-18", place: "Nairobi"},
		{name: "a date of the previous conjunct",
			published: "2026-07-15",
			text:      "Irish Foreign Minister Siobhán Kearney visits Abu Dhabi on Wednesday, July 22, and will hold talks with the UAE's trade minister, Mariam Al Suwaidi, on Thursday.",
			typ:       extract.Meeting, who: "Mariam Al Suwaidi", date: "2026-07-23", place: "Abu Dhabi"},
		{name: "a definite mention dates the announced deal",
			text: "Helixa Therapeutics and Coral Bay Biologics today announced an exclusive license agreement for a cancer drug. The agreement was signed on Friday, May 15, 2026.",
			typ:  extract.Agreement, who: "Coral Bay Biologics", date: "2026-05-15", place: ""},
		{name: "a saying's date gives way when the mentions merge",
			text: "OSLO, May 20 (PRNewswire) -- Halvorsen Marine ASA today announced that it has agreed to acquire Baltic Coatings for 310 million euros. The two companies signed a definitive agreement in Oslo on Sunday, May 17, 2026.",
			typ:  extract.Agreement, who: "Baltic Coatings", date: "2026-05-17", place: "Oslo"},
		// dates: inherited from the same tense, never from a plan
		{name: "a plan does not date what happened",
			published: "2025-11-18",
			text:      "The foreign ministers of South Korea, China and Japan agreed on Monday to hold a leaders' summit in Tokyo on Jan. 20-21 next year. Foreign Minister Park Ji-won hosted Chinese Foreign Minister Wang Lixin in Busan for talks on supply chains.",
			typ:       extract.Meeting, who: "Wang Lixin", date: "2025-11-17", place: "Busan"},
		{name: "a plan inherits the plan told before",
			text: "Chilean Foreign Minister Ana Soto will visit Lima on Friday. She is due to meet Peruvian President Luis Quispe at the presidential palace.",
			typ:  extract.Meeting, who: "Luis Quispe", date: "2026-05-22", place: "Lima"},
		{name: "the lede's date, not the dateline's",
			text: "VIENNA, May 20 (Reuters) - OPEC+ agreed on Sunday to keep oil output unchanged. Its ministers met by video link in a session co-chaired by Saudi Energy Minister Abdulaziz Al-Rashid and Russian Deputy Prime Minister Dmitry Sokolov.",
			typ:  extract.Meeting, who: "Dmitry Sokolov", date: "2026-05-17", place: ""},
		{name: "a back-reference takes its event's date and place",
			text: "Kenyan Trade Minister Wanjiru Kamau will visit Accra from May 26 to May 28, her ministry said.\n\nKamau's visit follows a dispute over cocoa tariffs.",
			typ:  extract.Visit, who: "Wanjiru Kamau", date: "2026-05-26/2026-05-28", place: "Accra"},
		// places: from the clause
		{name: "the port city of",
			text: "Foreign Minister Park Ji-won hosted Chinese Foreign Minister Wang Lixin in the southeastern port city of Busan on Monday for talks on trade.",
			typ:  extract.Meeting, who: "Wang Lixin", date: "2026-05-18", place: "Busan"},
		{name: "a nationality's capital is the city the story names",
			text: "LOME, Togo - Ghana's President Kwesi Ampofo and Nigerian President Bola Adewale held talks on Thursday in the Togolese capital on a gas pipeline.",
			typ:  extract.Meeting, who: "Bola Adewale", date: "2026-05-14", place: "Lome"},
		{name: "an organization's seat is no event place",
			text: "SEOUL, May 20 (Korea Wire) -- Foreign Minister Park Ji-won and Chinese Foreign Minister Wang Lixin agreed on Tuesday to ask the Trilateral Cooperation Secretariat in Tokyo to draft a road map.",
			typ:  extract.Agreement, who: "Wang Lixin", date: "2026-05-19", place: "Seoul"},
		{name: "an organization after a locative is where it was",
			text: "QUITO, May 20 (Andes Wire) - Chilean President Rosa Vidal met President Li Wei at the World Bank in Washington on Tuesday.",
			typ:  extract.Meeting, who: "Li Wei", date: "2026-05-19", place: "Washington"},
		{name: "a title's complement is no place",
			text: "Irish Foreign Minister Siobhán Kearney met Qatar's ambassador to Ireland, Fahad Al-Kuwari, in Dublin on Monday.",
			typ:  extract.Meeting, who: "Fahad Al-Kuwari", date: "2026-05-18", place: "Dublin"},
		{name: "a visit discussed is not where the meeting was",
			text: "Park Ji-won held a meeting with Wang Lixin in Busan on Monday. Park also held a separate meeting with Chinese Commerce Minister Li Qiang on the sidelines, during which the two discussed a possible visit to Seoul by the Chinese premier.",
			typ:  extract.Meeting, who: "Li Qiang", date: "2026-05-18", place: "Busan"},
		{name: "the visit a meeting is on is where it was",
			text: "On Monday the Kenyan president, Mara Oduya, met Prime Minister Ines Holm at her residence, on her first state visit to Oslo.",
			typ:  extract.Meeting, who: "Ines Holm", date: "2026-05-18", place: "Oslo"},
		{name: "a route's end is no meeting place",
			text: "ADDIS ABABA, May 20 (Reuters) - Kenyan President Samuel Odhiambo held talks with Ethiopian Prime Minister Dawit Alemayehu on Tuesday. Talks between the two leaders also covered a planned highway from Moyale to Hawassa.",
			typ:  extract.Meeting, who: "Dawit Alemayehu", date: "2026-05-19", place: "Addis Ababa"},
		// places: inherited, then the dateline's city
		{name: "the dateline's city for a meeting that happened here",
			text: "WARSAW, May 20 (Reuters) - Poland's central bank cut its main rate on Wednesday. Central bank governor Tomasz Wieczorek met Finance Minister Piotr Zielinski on Monday to discuss the budget.",
			typ:  extract.Meeting, who: "Piotr Zielinski", date: "2026-05-18", place: "Warsaw"},
		{name: "no dateline city for a call",
			text: "BRUSSELS, May 20 (AFP) - Belgian Prime Minister Luc Verhaegen held talks by telephone with his Norwegian counterpart, Siri Haugland, on Monday.",
			typ:  extract.Meeting, who: "Siri Haugland", date: "2026-05-18", place: ""},
		{name: "no dateline city for a plan",
			text: "BRUSSELS, May 20 (AFP) - Belgian Prime Minister Luc Verhaegen will meet Norwegian Prime Minister Siri Haugland on June 3.",
			typ:  extract.Meeting, who: "Siri Haugland", date: "2026-06-03", place: ""},
		{name: "no dateline city for a meeting long ago",
			text: "BRUSSELS, May 20 (AFP) - Belgian Prime Minister Luc Verhaegen first met Norwegian Prime Minister Siri Haugland on March 3, 2019.",
			typ:  extract.Meeting, who: "Siri Haugland", date: "2019-03-03", place: ""},
		{name: "the clause's place over the dateline's",
			text: "BRUSSELS, May 20 (AFP) - Belgian Prime Minister Luc Verhaegen met Norwegian Prime Minister Siri Haugland in Oslo on Monday.",
			typ:  extract.Meeting, who: "Siri Haugland", date: "2026-05-18", place: "Oslo"},
		{name: "here is the dateline's city",
			text: "NAIROBI, May 20 (Reuters) - Kenyan Trade Minister Wanjiru Kamau held talks here on Tuesday with Ghanaian Finance Minister Kofi Mensah.",
			typ:  extract.Meeting, who: "Kofi Mensah", date: "2026-05-19", place: "Nairobi"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			pub := c.published
			if pub == "" {
				pub = "2026-05-20"
			}
			rec := extractText(t, "timeplace", pub, c.text)
			found := 0
			for _, ev := range rec.Events {
				if ev.Type != c.typ || !hasParty(ev, c.who) {
					continue
				}
				found++ // every event of the type with that party
				if ev.Date != c.date {
					t.Errorf("%s of %s dated %q, want %q; events: %s", c.typ, c.who, ev.Date, c.date, eventList(rec))
				}
				if fold(ev.Location) != fold(c.place) {
					t.Errorf("%s of %s placed %q, want %q; events: %s", c.typ, c.who, ev.Location, c.place, eventList(rec))
				}
			}
			if found == 0 {
				t.Fatalf("no %s of %s; events: %s", c.typ, c.who, eventList(rec))
			}
		})
	}
}

// TestHeadlineScene: a headline's event takes the story's main event's date
// and place, not what the story's last sentences left behind.
func TestHeadlineScene(t *testing.T) {
	text := "Kenya, Uganda sign rail pact\n\nNAIROBI, May 20 (Reuters) - Kenya and Uganda signed an agreement in Mombasa on Monday to extend the standard gauge railway to Kampala. Kenyan Transport Minister Wanjiru Kamau will visit Kigali on June 3 to meet Rwandan officials."
	rec := extractText(t, "headline-scene", "2026-05-20", text)
	for _, e := range rec.Events {
		if e.Type == extract.Agreement && (e.Date != "2026-05-18" || fold(e.Location) != "mombasa") {
			t.Errorf("agreement dated %q placed %q, want 2026-05-18 in Mombasa; events: %s", e.Date, e.Location, eventList(rec))
		}
	}
}

// hasParty: one of the event's participants is named who.
func hasParty(ev extract.Event, who string) bool {
	for _, p := range ev.Participants {
		if strings.Contains(fold(p.Name), fold(who)) {
			return true
		}
	}
	return false
}
