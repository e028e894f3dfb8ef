package extract_test

import (
	"context"
	"strings"
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestNextRound: "the next round of talks" with no party of its own is a
// later, planned meeting of the parties of the talks told before, with its
// own date and place and so its own id; with no meeting told before it
// borrows no one's parties.
func TestNextRound(t *testing.T) {
	x := cascadeNew(t, extract.Options{Explain: true})
	cases := []struct {
		name, text string
		want       []string // the parties of the later round; nil: no such meeting
		date, loc  string
		planned    bool
	}{
		{"next round with its own place and month",
			"Foreign Minister Marta Quenaya of Peru held talks with Foreign Minister Tomas Beleno of Colombia in Quito on Tuesday. The next round of talks will be held in Santiago in May, a spokesman said.",
			[]string{"Marta Quenaya", "Tomas Beleno"}, "2026-05", "Santiago", true},
		{"a second round between countries",
			"Armenia and Azerbaijan held talks on their border in Vienna on Monday. A second round of talks is scheduled for June in Geneva.",
			[]string{"Armenia", "Azerbaijan"}, "2026-06", "Geneva", true},
		{"a fresh round between companies",
			"Velmora Foods Inc and Brisk Dairy Group held talks in Leeds on Thursday over milk prices. A fresh round of talks is expected in Bristol on March 20.",
			[]string{"Velmora Foods Inc", "Brisk Dairy Group"}, "2026-03-20", "Bristol", true},
		{"a second round told as past",
			"Prime Minister Oskar Lindqvist held talks with President Hanna Vesterling in Turku on February 12. A second round of talks took place in Tallinn on Monday.",
			[]string{"Oskar Lindqvist", "Hanna Vesterling"}, "2026-03-02", "Tallinn", false},
		{"a seventh round, an ordinal past the old sequel list",
			"Serbian negotiator Dragan Pavic held talks with Kosovo envoy Liridona Krasniqi over vehicle plates in Brussels on Monday. A seventh round of talks is planned in Ohrid in April.",
			[]string{"Dragan Pavic", "Liridona Krasniqi"}, "2026-04", "Ohrid", true},
		{"trap: no talks told before, only a signing",
			"Mayor Ilse Brandvold signed a decree on parking fees in Bergen on Monday. The next round of talks will be held in Trondheim in May.",
			nil, "", "", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec, err := x.Extract(context.Background(), extract.Article{ID: "rounds", Published: "2026-03-04", Body: "Politics news\n\n" + c.text, Form: "text"})
			if err != nil {
				t.Fatal(err)
			}
			var later *extract.Event
			for i, ev := range rec.Events {
				if containsLine(ev.Explain, "participants by rule next-round") {
					later = &rec.Events[i]
				}
			}
			if c.want == nil {
				if later != nil {
					t.Errorf("a later round read with no talks told before: %s", eventList(rec))
				}
				return
			}
			if later == nil {
				t.Fatalf("no later round: %s", eventList(rec))
			}
			if later.Planned != c.planned || later.Date != c.date || later.Location != c.loc || len(later.Participants) != len(c.want) {
				t.Errorf("want meeting (planned %v) on %s in %s of %v: %s", c.planned, c.date, c.loc, c.want, eventList(rec))
			}
			if ev := matchEvent(&extract.Record{Events: []extract.Event{*later}, Entities: rec.Entities}, extract.Meeting, c.want); ev == nil {
				t.Errorf("want the parties %v: %s", c.want, eventList(rec))
			}
			n := 0
			for _, ev := range rec.Events {
				if ev.Type == extract.Meeting {
					n++
					if ev.ID == later.ID && ev.Date != later.Date {
						t.Errorf("the first meeting and the later round share an id: %s", eventList(rec))
					}
				}
			}
			if n != 2 {
				t.Errorf("want the first meeting and the later round apart: %s", eventList(rec))
			}
		})
	}
}

// TestLeadInTalks: talks fronted before the clause they lead into ("After
// 19 hours of talks, the two countries agreed ...") are a meeting of that
// clause's parties, however the clause names them; with no event in that
// clause they borrow no one's parties.
func TestLeadInTalks(t *testing.T) {
	x := cascadeNew(t, extract.Options{Explain: true})
	cases := []struct {
		name, text string
		want       []string // the talks' parties; nil: no talks by rule lead-in
	}{
		{"countries described",
			"Chile and Bolivia have argued over water rights for years. After 19 hours of talks, the two countries agreed on a river-sharing accord in La Paz on Wednesday.",
			[]string{"Chile", "Bolivia"}},
		{"companies described",
			"Kelvar Energy has courted the Tamsin Group since January. After two days of talks, the companies agreed on Friday to merge their pipeline units.",
			[]string{"Kelvar Energy", "Tamsin Group"}},
		{"named, after an unrelated event",
			"Mayor Ilse Brandvold opened a bridge in Bergen on Monday. Following three days of talks in Geneva, Chile and Bolivia agreed on a river-sharing accord on Wednesday.",
			[]string{"Chile", "Bolivia"}},
		{"closing an agreement's clause",
			"Kelvar Energy and the Tamsin Group agreed on Friday to merge their pipeline units after two days of talks in Doha.",
			[]string{"Kelvar Energy", "Tamsin Group"}},
		{"trap: closing a meeting's clause",
			"Finance Minister Ragna Voll met Finance Minister Piet Haasdonk in Bergen on Tuesday after weeks of talks.",
			nil},
		{"trap: closing an agreement's clause, with their own party",
			"Velmora Foods Inc signed a supply deal with Brisk Dairy Group on Monday after talks with Mayor Ilse Brandvold.",
			nil},
		{"trap: the clause tells no event",
			"Chile and Bolivia signed a water accord on Monday. After talks, the mayor said the bridge would open.",
			nil},
		{"trap: talks with their own party",
			"Mayor Ilse Brandvold opened a bridge in Bergen on Monday. After talks with Governor Arne Lyse, Chile and Bolivia agreed on a river-sharing accord on Wednesday.",
			nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec, err := x.Extract(context.Background(), extract.Article{ID: "leadin", Published: "2026-03-06", Body: "World news\n\n" + c.text, Form: "text"})
			if err != nil {
				t.Fatal(err)
			}
			var talks *extract.Event
			for i, ev := range rec.Events {
				if containsLine(ev.Explain, "participants by rule lead-in") {
					talks = &rec.Events[i]
				}
			}
			if c.want == nil {
				if talks != nil {
					t.Errorf("talks read as leading into a clause: %s", eventList(rec))
				}
				return
			}
			if talks == nil || len(talks.Participants) != len(c.want) || talks.Type != extract.Meeting {
				t.Fatalf("want talks of %v by rule lead-in: %s", c.want, eventList(rec))
			}
			if ev := matchEvent(&extract.Record{Events: []extract.Event{*talks}, Entities: rec.Entities}, extract.Meeting, c.want); ev == nil {
				t.Errorf("want the parties %v: %s", c.want, eventList(rec))
			}
		})
	}
}

// TestResumedTalks: "Both sides will return to the table" is a planned
// meeting of the parties of the talks told before (persons, countries or
// organizations), not of the last event of another type; with no talks
// told before it is no event.
func TestResumedTalks(t *testing.T) {
	x := cascadeNew(t, extract.Options{Explain: true})
	cases := []struct {
		name, text string
		want       []string // the resumed meeting's parties; nil: none
		planned    bool
	}{
		{"countries, both sides said they would",
			"Armenia and Azerbaijan held talks in Vienna on Monday over the border. Both sides said they would return to the negotiating table next week.",
			[]string{"Armenia", "Azerbaijan"}, true},
		{"persons, both sides with a date and place",
			"Prime Minister Oskar Lindqvist held talks with President Hanna Vesterling in Turku on Monday. Both sides will return to the table in Tallinn on March 20.",
			[]string{"Oskar Lindqvist", "Hanna Vesterling"}, true},
		{"companies, past, after another event",
			"Kelvar Energy and the Tamsin Group held talks in Leeds on Monday. Velmora Foods Inc signed a supply deal with Brisk Dairy Group on Tuesday. The two sides returned to the negotiating table on Thursday.",
			[]string{"Kelvar Energy", "Tamsin Group"}, false},
		{"trap: later talks that broke down lend no earlier meeting",
			"Prime Minister Oskar Lindqvist held talks with President Hanna Vesterling in Turku on Monday. Separate talks between Kelvar Energy and the Tamsin Group broke down on Wednesday without agreement. Both sides said they would return to the table next month.",
			nil, false},
		{"trap: no talks told, only a decree",
			"Minister Paul Degrave signed a decree on Monday. Both sides said they would return to the negotiating table next week.",
			nil, false},
		{"trap: no talks told, only a deal",
			"Velmora Foods Inc signed a supply deal with Brisk Dairy Group on Monday. Both sides said they would return to the table next week.",
			nil, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec, err := x.Extract(context.Background(), extract.Article{ID: "resumed", Published: "2026-03-10", Body: "World news\n\n" + c.text, Form: "text"})
			if err != nil {
				t.Fatal(err)
			}
			var resumed *extract.Event
			for i, ev := range rec.Events {
				if strings.Contains(ev.Trigger, "table") {
					resumed = &rec.Events[i]
				}
			}
			if c.want == nil {
				if resumed != nil {
					t.Errorf("a return to the table with no talks told before: %s", eventList(rec))
				}
				return
			}
			if resumed == nil || resumed.Type != extract.Meeting || resumed.Planned != c.planned || len(resumed.Participants) != len(c.want) {
				t.Fatalf("want a meeting (planned %v) of %v: %s", c.planned, c.want, eventList(rec))
			}
			if !containsLine(resumed.Explain, "participants by rule resumed-talks") {
				t.Errorf("want rule resumed-talks: %v", resumed.Explain)
			}
			if ev := matchEvent(&extract.Record{Events: []extract.Event{*resumed}, Entities: rec.Entities}, extract.Meeting, c.want); ev == nil {
				t.Errorf("want the parties %v: %s", c.want, eventList(rec))
			}
		})
	}
}

// TestBareRounds: a round told on its own ("The first round took place in
// Porto in October", "the round was headed by X and Y") is a meeting
// of its own with its own date and place; with no party of its own it
// takes the parties of the talks the story told (the last round, else the
// last meeting). A round of layoffs, a funding round, a round of a
// contest, plural rounds and a round with no talks told before are no
// meeting; talks retold make no new one.
func TestBareRounds(t *testing.T) {
	x := cascadeNew(t, extract.Options{Explain: true})
	type round struct {
		parties   []string
		date, loc string
		planned   bool
	}
	cases := []struct {
		name, text string
		want       []round // meetings told by a round; nil: none
	}{
		{"a first and a third round after the talks of the day",
			"Fisheries Minister Ines Carvalho of Portugal met Fisheries Minister Diego Arriaga of Spain in Vigo on Monday to discuss sardine quotas. The first round took place in Porto in October. Carvalho told reporters that a third round would open in Seville in June.",
			[]round{{[]string{"Ines Carvalho", "Diego Arriaga"}, "2025-10", "Porto", false}, {[]string{"Ines Carvalho", "Diego Arriaga"}, "2026-06", "Seville", true}}},
		{"a round headed by two named negotiators after a description",
			"Negotiators from the two countries ended three days of talks over the Silala river on Tuesday. In Arica, the round was headed by Lucia Herrera and Daniel Mamani.",
			[]round{{[]string{"Lucia Herrera", "Daniel Mamani"}, "2026-03-03", "Arica", false}}},
		{"a later round borrows the negotiators of the talks that opened the series",
			"Lucia Herrera and Daniel Mamani held talks on sharing the Silala waters in Arica on Feb. 2. A second round was held on Feb. 20-21 in Oruro.",
			[]round{{[]string{"Lucia Herrera", "Daniel Mamani"}, "2026-02-20/2026-02-21", "Oruro", false}}},
		{"a second round told by ellipsis",
			"Energy Minister Tove Sandberg of Sweden met Energy Minister Jari Koskinen of Finland in Umea on Monday. Before that, their staff had gone through a first round in Oulu on Jan. 12-13, and a second in Lulea on Feb. 9.",
			[]round{{[]string{"Tove Sandberg", "Jari Koskinen"}, "2026-01-12/2026-01-13", "Oulu", false}, {[]string{"Tove Sandberg", "Jari Koskinen"}, "2026-02-09", "Lulea", false}}},
		// The round of talks is a meeting of its own (its trigger is the
		// talks noun) with its own place; the ellipsis after it is one
		// more round. Known limit, not of the ellipsis rule: a theme phrase
		// ("about night-train timetables in Odense") between the talks noun
		// and its place leaves the talks at the sentence's other city.
		{"a later round told by ellipsis after a round of talks",
			"Transport Minister Karin Holm of Denmark met Transport Minister Lars Vik of Norway in Aalborg on Monday. Rail planners from both ministries sat down for a fourth round of talks over night-train timetables in Odense on Feb. 17, and a fifth at Bergen on March 2.",
			[]round{{[]string{"Karin Holm", "Lars Vik"}, "2026-02-17", "Odense", false}, {[]string{"Karin Holm", "Lars Vik"}, "2026-03-02", "Bergen", false}}},
		{"trap: no ellipsis after a round of something other than talks",
			"Transport Minister Karin Holm of Denmark met Transport Minister Lars Vik of Norway in Aalborg on Monday. The shipyard went through a fourth round of layoffs at Odense last month, and a fifth at Bergen this week.",
			nil},
		{"trap: talks after an election's round, the ellipsis a draft's",
			"Transport Minister Karin Holm of Denmark met Transport Minister Lars Vik of Norway in Aalborg on Monday. After the first round, talks between the parties on a coalition produced a first draft at Odense last month, and a second at Bergen this week.",
			nil},
		{"trap: no ellipsis without a round before it",
			"Energy Minister Tove Sandberg of Sweden met Energy Minister Jari Koskinen of Finland in Umea on Monday. Before that, their hockey teams had played a first game in Oulu on Jan. 12, and a second in Lulea on Feb. 9.",
			nil},
		{"plural rounds with their own parties",
			"The mediator Ana Beltrao met both water ministers in Lome in May. Two further rounds between Minister Kossi Agbeko and Minister Yaw Mensah-Ofori took place in Accra in October.",
			[]round{{[]string{"Kossi Agbeko", "Yaw Mensah-Ofori"}, "2025-10", "Accra", false}}},
		{"trap: a round of an election",
			"Candidate Lena Ostrova held talks with party leader Milan Radic in Belgrade on Monday. Ostrova won 41 percent of the vote in the first round on Sunday.",
			nil},
		{"trap: a funding round",
			"Chief executive Rhea Montclair met investors in Boston on Monday. The startup closed a funding round of $40 million on Friday.",
			nil},
		{"trap: a round of layoffs",
			"Union leader Dora Kessel held talks with plant managers in Linz on Monday. The company announced a second round of layoffs on Wednesday.",
			nil},
		{"trap: rounds counted, not told",
			"Union leader Dora Kessel held talks with Mayor Anton Rieger in Linz on Monday. Talks on the bus contract stalled last year after three rounds.",
			nil},
		{"trap: the talks retold",
			"Foreign Minister Lena Ostrova held talks with Foreign Minister Milan Radic in Belgrade on Monday. The talks focused on gas supplies.",
			nil},
		{"trap: a cancelled round",
			"Foreign Minister Lena Ostrova held talks with Foreign Minister Milan Radic in Belgrade on Monday. A second round planned for Skopje in May was cancelled.",
			nil},
		{"a list of rounds, each a label, a place and a date",
			"Grid operators Anna Ozola and Martin Kazlauskas held talks on a shared power reserve in Riga on Monday. First round: Jan. 14-15, Vilnius. Second round: Kaunas, Feb. 9. Third round: Feb. 24, Daugavpils.",
			[]round{{[]string{"Anna Ozola", "Martin Kazlauskas"}, "2026-01-14/2026-01-15", "Vilnius", false},
				{[]string{"Anna Ozola", "Martin Kazlauskas"}, "2026-02-09", "Kaunas", false},
				{[]string{"Anna Ozola", "Martin Kazlauskas"}, "2026-02-24", "Daugavpils", false}}},
		{"a call told between two rounds lends the next round no parties",
			"Elena Sok and Michael Vong held talks on Mekong dam releases in Vientiane on Feb. 2. On Feb. 10, Prime Minister Thomas Vilay had a phone call with Prime Minister Dara Mean on the dams. A second round opened in Phnom Penh on Feb. 20.",
			[]round{{[]string{"Elena Sok", "Michael Vong"}, "2026-02-20", "Phnom Penh", false}}},
		{"a second session is a later sitting of the talks",
			"Water Minister Carmen Lozada held talks with Water Minister Hugo Benavides in Loja on Monday. A second session will be held in Piura in April.",
			[]round{{[]string{"Carmen Lozada", "Hugo Benavides"}, "2026-04", "Piura", true}}},
		{"a second session takes the talks its own sentence told before it",
			"Water Minister Carmen Lozada and Water Minister Hugo Benavides held a first round of talks in Loja on Monday, and a second session followed in Piura on Tuesday.",
			[]round{{[]string{"Carmen Lozada", "Hugo Benavides"}, "2026-03-02", "Loja", false}, {[]string{"Carmen Lozada", "Hugo Benavides"}, "2026-03-03", "Piura", false}}},
		{"a session with no sequel word stays a body's",
			"Water Minister Carmen Lozada held talks with Water Minister Hugo Benavides in Loja on Monday. The session will be held in Piura in April.",
			nil},
		{"trap: a parliament's next session",
			"Water Minister Carmen Lozada held talks with Water Minister Hugo Benavides in Loja on Monday. The parliament's next session opens in Lima in April.",
			nil},
		{"trap: a second training session",
			"Coach Dario Ferri held talks with club president Anna Vitale in Turin on Monday. The squad held a second training session in Milan on Tuesday.",
			nil},
		{"trap: another photo session",
			"Water Minister Carmen Lozada held talks with Water Minister Hugo Benavides in Loja on Monday. A photographer from Lima booked another photo session in Piura on Tuesday.",
			nil},
		{"trap: the next session of a named body",
			"Water Minister Carmen Lozada held talks with Water Minister Hugo Benavides in Loja on Monday. The next session of the Andean Water Council will be held in Quito in May.",
			nil},
		{"trap: a round with no talks told before",
			"The golfer Ines Vasquez shot a 68 in the second round at Valderrama on Friday.",
			nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec, err := x.Extract(context.Background(), extract.Article{ID: "rounds", Published: "2026-03-04", Body: "World news\n\n" + c.text, Form: "text"})
			if err != nil {
				t.Fatal(err)
			}
			var rounds []extract.Event
			for _, ev := range rec.Events {
				if ev.Type == extract.Meeting && (strings.EqualFold(strings.TrimSuffix(ev.Trigger, "s"), "round") || strings.EqualFold(ev.Trigger, "session") || strings.Contains(c.text, "and a "+ev.Trigger+" in") || strings.Contains(c.text, "and a "+ev.Trigger+" at") || strings.Contains(c.text, "round of "+ev.Trigger)) {
					rounds = append(rounds, ev)
				}
			}
			if len(rounds) != len(c.want) {
				t.Fatalf("want %d meetings told by a round, got %d: %s", len(c.want), len(rounds), eventList(rec))
			}
			for _, w := range c.want {
				found := false
				for i := range rounds {
					ev := &rounds[i]
					if ev.Date == w.date && ev.Location == w.loc && ev.Planned == w.planned && len(ev.Participants) == len(w.parties) &&
						matchEvent(&extract.Record{Events: []extract.Event{*ev}, Entities: rec.Entities}, extract.Meeting, w.parties) != nil {
						found = true
					}
				}
				if !found {
					t.Errorf("want a round of %v on %s in %s (planned %v): %s", w.parties, w.date, w.loc, w.planned, eventList(rec))
				}
			}
		})
	}
}

// TestSitDownTogether: "X and Y sat down together" is a meeting of the
// two; "sat down for an interview" is none.
func TestSitDownTogether(t *testing.T) {
	x := cascadeNew(t, extract.Options{})
	cases := []struct {
		name, text string
		want       []string
	}{
		{"two named persons", "After weeks of trading insults in the press, rival club owners Farida Nasser and Joel Okafor finally sat down together at a Lagos hotel on Wednesday.", []string{"Farida Nasser", "Joel Okafor"}},
		{"trap: one person sits down", "Mayor Tomas Ferrante sat down for an interview in Malmo on Friday.", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec, err := x.Extract(context.Background(), extract.Article{ID: "sit", Published: "2026-03-04", Body: "City news\n\n" + c.text, Form: "text"})
			if err != nil {
				t.Fatal(err)
			}
			ev := matchEvent(rec, extract.Meeting, c.want)
			if c.want == nil {
				if len(rec.Events) > 0 {
					t.Errorf("want no event: %s", eventList(rec))
				}
				return
			}
			if ev == nil || len(ev.Participants) != 2 {
				t.Errorf("want a meeting of %v: %s", c.want, eventList(rec))
			}
		})
	}
}
