package extract_test

import (
	"testing"

	"github.com/newswire/newswire/extract"
)

// eventDateCase: an event of type typ with party who must be dated date
// (every sentence invented; traps are cases where the old reading was
// right and must stay).
type eventDateCase struct {
	name, published, text string
	typ, who              string
	date                  string
	where                 string // when set, only the event at this place
}

func checkEventDates(t *testing.T, cases []eventDateCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec := extractText(t, "datereadings", c.published, c.text)
			found := false
			for _, ev := range rec.Events {
				if ev.Type != c.typ || !hasParty(ev, c.who) || c.where != "" && ev.Location != c.where {
					continue
				}
				found = true
				if ev.Date != c.date {
					t.Errorf("%s of %s dated %q, want %q; events: %s", c.typ, c.who, ev.Date, c.date, eventList(rec))
				}
			}
			if !found {
				t.Fatalf("no %s of %s; events: %s", c.typ, c.who, eventList(rec))
			}
		})
	}
}

// TestWeekdayAnchor: a bare weekday resolves against the published date
// unless a reading of dates_weekday.go anchors it on a day the story named
// (published Wednesday 2026-05-27 unless said).
func TestWeekdayAnchor(t *testing.T) {
	checkEventDates(t, []eventDateCase{
		{name: "a bare weekday after a bare date in another sentence is this week's",
			published: "2026-05-27",
			text:      "The lease is due to be signed at a function in Dodoma on June 3.\n\nEnergy Minister Neema Kisanga will visit Mtwara on Friday.",
			typ:       extract.Visit, who: "Neema Kisanga", date: "2026-05-29"},
		{name: "trap schedule-same-sentence: a weekday after a later day of the same sentence",
			published: "2026-05-27",
			text:      "Energy Minister Neema Kisanga will arrive in Dodoma on June 3 and will visit Mtwara on Friday.",
			typ:       extract.Visit, who: "Neema Kisanga", date: "2026-06-05", where: "Mtwara"},
		{name: "trap schedule-named-week: the day before was written with its weekday",
			published: "2026-05-27",
			text:      "Energy Minister Neema Kisanga will open the Dodoma fair on Wednesday, June 3. She will visit Mtwara on Friday.",
			typ:       extract.Visit, who: "Neema Kisanga", date: "2026-06-05"},
		{name: "weekday-article: the Friday of the week the story tells",
			published: "2026-05-27",
			text:      "Energy Minister Neema Kisanga arrived in Dodoma on May 4. On the Friday she visited Mtwara.",
			typ:       extract.Visit, who: "Neema Kisanga", date: "2026-05-08", where: "Mtwara"},
		{name: "weekday-article: a past tense is never dated after publication",
			published: "2026-03-11",
			text:      "Trade Minister Halima Mrisho arrived in Arusha on March 7 for talks on the border market. On the Friday she visited Moshi.",
			typ:       extract.Visit, who: "Halima Mrisho", date: "2026-03-06", where: "Moshi"},
		{name: "a past weekday after an older date in another sentence is last week's",
			published: "2026-05-27",
			text:      "The plant was shut on May 2 after a compressor failure. Energy Minister Neema Kisanga visited Mtwara on Monday.",
			typ:       extract.Visit, who: "Neema Kisanga", date: "2026-05-25"},
	})
}

// TestClauseBoundedDates: a date belongs to the clause it stands in
// (time_clauses.go: appositive-participle, onset-of-other,
// coordinated-subject), with traps where the old reading was right.
func TestClauseBoundedDates(t *testing.T) {
	checkEventDates(t, []eventDateCase{
		{name: "appositive-participle: the appointment's month is no date of the talks",
			published: "2026-05-27",
			text:      "Energy Minister Neema Kisanga, a former deputy finance minister appointed to the post by President Halima Mwakyusa in March, held talks with Fjordgas chief executive Eirik Lunde in Dar es Salaam on Tuesday.",
			typ:       extract.Meeting, who: "Eirik Lunde", date: "2026-05-26"},
		{name: "trap appositive-participle: the trigger's own fronted date stays",
			published: "2026-05-27",
			text:      "On Tuesday, Energy Minister Neema Kisanga held talks with Fjordgas chief executive Eirik Lunde in Dar es Salaam.",
			typ:       extract.Meeting, who: "Eirik Lunde", date: "2026-05-26"},
		{name: "onset-of-other: when supplies start is no date of the signing",
			published: "2026-04-16",
			text:      "Kenya and Ethiopia signed a power supply agreement in Addis Ababa on Wednesday. Under the accord, signed by Energy Minister Ruth Wanjiru and her Ethiopian counterpart, Dawit Bekele, Ethiopia will export up to 400 megawatts to Kenya from 2029.",
			typ:       extract.Agreement, who: "Dawit Bekele", date: "2026-04-15"},
		{name: "onset-of-other: a modal's verb group, whatever the tagger made of its verb",
			published: "2026-04-16",
			text:      "Kenya, Ethiopia sign power deal\n\nKenya and Ethiopia signed a power supply agreement in Addis Ababa on Wednesday, officials said.\n\nUnder the accord, signed at the energy ministry by Kenya's Energy Minister Ruth Wanjiru and Ethiopia's Water and Energy Minister Dawit Bekele, Ethiopia will supply up to 400 megawatts a year of power from 2029, according to a joint statement.",
			typ:       extract.Agreement, who: "Dawit Bekele", date: "2026-04-15"},
		{name: "trap onset-of-other: a tour beginning Monday keeps its start",
			published: "2026-07-15",
			text:      "Irish Foreign Minister Siobhan Kearney will make a five-day tour of the Gulf beginning Monday, her department said.",
			typ:       extract.Visit, who: "Siobhan Kearney", date: "2026-07-20/2026-07-24"},
		{name: "trap onset-of-other: a visit that ran from one day to another keeps its range",
			published: "2026-03-04",
			text:      "India and Brazil on Tuesday signed a farm research memorandum as Brazilian Foreign Minister Joao Carlos dos Santos ended a visit to New Delhi that ran from 2 to 3 March 2026.",
			typ:       extract.Visit, who: "Joao Carlos dos Santos", date: "2026-03-02/2026-03-03"},
		{name: "coordinated-subject: the player's flight is no date of the clubs' agreement",
			published: "2026-07-09",
			text:      "Harrowgate Rovers have agreed a fee with Olympique Lyon Nord for striker Chidi Okonkwo, and the Nigeria forward flew into Manchester on Wednesday to complete a medical. The two clubs had been negotiating since June.",
			typ:       extract.Visit, who: "Chidi Okonkwo", date: "2026-07-08"},
		{name: "trap coordinated-subject: a conjunct sharing the subject keeps the date as another verb's",
			published: "2026-05-20",
			text:      "Foreign Minister Ana Soto wrapped up a visit to Georgetown on Tuesday and left for Paramaribo.",
			typ:       extract.Visit, who: "Ana Soto", date: "2026-05-19", where: "Georgetown"},
	})
}

// TestRelativeNotAnchor: "the following day" counts from the day told
// before, not from a date in a relative clause on an object
// (dates_anchor.go), while a relative clause on the subject still anchors.
func TestRelativeNotAnchor(t *testing.T) {
	checkEventDates(t, []eventDateCase{
		{name: "relative-not-anchor: the vote's day in a clause on the object",
			published: "2026-05-08",
			text:      "The envoy, Lena Mirow, reached Harare on Monday. She met President Tendai Moyo at the presidential palace on Tuesday and opposition leader Ruth Nkomo, who claims the March 9 count was falsified, the following day.",
			typ:       extract.Meeting, who: "Ruth Nkomo", date: "2026-05-06"},
		{name: "relative-not-anchor: a participle-tagged main verb before the clause",
			published: "2026-10-15",
			text:      "On Monday the envoy, Fatoumata Keita, held talks with opposition leader Rebecca Chol, whose movement quit the government on September 30, and the next day she met Bishop Paulino Lado.",
			typ:       extract.Meeting, who: "Paulino Lado", date: "2026-10-13"},
		{name: "trap: a relative clause on the subject anchors what follows",
			published: "2026-05-08",
			text:      "The envoy, Lena Mirow, who reached Harare on May 4, met opposition leader Ruth Nkomo the following day.",
			typ:       extract.Meeting, who: "Ruth Nkomo", date: "2026-05-05"},
	})
}

// TestArrivalForTrip: a visit dated by its travel verb's day and told "for
// a N-day visit" runs N days from that day (time.go, tripSpans; reading
// arrival-for-trip), as the guidelines write a visit's span.
func TestArrivalForTrip(t *testing.T) {
	checkEventDates(t, []eventDateCase{
		{name: "arrival-for-trip: arrived on Tuesday for a three-day visit",
			published: "2026-01-15",
			text:      "Chile's foreign minister, Ana Soto, arrived in Madrid on Tuesday for a three-day visit aimed at drawing investment into lithium refining.",
			typ:       extract.Visit, who: "Ana Soto", date: "2026-01-13/2026-01-15"},
		{name: "arrival-for-trip: in a relative clause on the visitor",
			published: "2026-04-16",
			text:      "Angolan President Mateus Quissanga, who arrived in Rome on Tuesday for a three-day state visit, sat down with Prime Minister Lucia Ferri on Wednesday.",
			typ:       extract.Visit, who: "Mateus Quissanga", date: "2026-04-14/2026-04-16"},
		{name: "arrival-for-trip: a host's planned guest for a four-day visit",
			published: "2026-02-19",
			text:      "Vietnam is also due to host Indonesian President Budi Santoso for a four-day visit beginning March 9, diplomats said.",
			typ:       extract.Visit, who: "Budi Santoso", date: "2026-03-09/2026-03-12"},
		{name: "arrival-for-trip: a night arrival's days start the next day",
			published: "2026-10-08",
			text:      "Kenyan Trade Minister Wanjiru Macharia, who arrived in Accra on Wednesday night for a two-day visit, was due to meet Ghanaian exporters and port officials before flying on to Lagos.",
			typ:       extract.Visit, who: "Wanjiru Macharia", date: "2026-10-08/2026-10-09", where: "Accra"},
		{name: "arrival-for-trip: an evening arrival's days start the next day",
			published: "2026-10-08",
			text:      "Kenyan Trade Minister Wanjiru Macharia arrived in Accra on Wednesday evening for a three-day visit focused on cocoa processing, officials said.",
			typ:       extract.Visit, who: "Wanjiru Macharia", date: "2026-10-08/2026-10-10"},
		{name: "arrival-for-trip: late on a day, the days start the next day",
			published: "2026-10-08",
			text:      "Kenyan Trade Minister Wanjiru Macharia arrived in Accra late on Wednesday for a two-day visit, her ministry said.",
			typ:       extract.Visit, who: "Wanjiru Macharia", date: "2026-10-08/2026-10-09"},
		{name: "trap: a morning arrival's days start that day",
			published: "2026-10-08",
			text:      "Kenyan Trade Minister Wanjiru Macharia arrived in Accra on Wednesday morning for a two-day visit, her ministry said.",
			typ:       extract.Visit, who: "Wanjiru Macharia", date: "2026-10-07/2026-10-08"},
		{name: "arrival-for-trip: a stay of three days",
			published: "2026-03-12",
			text:      "Irish farm minister Sean Byrne landed in Reykjavik on Monday for a three-day stay built around a geothermal conference.",
			typ:       extract.Visit, who: "Sean Byrne", date: "2026-03-09/2026-03-11"},
		{name: "arrival-for-trip: a two-day stopover",
			published: "2026-03-12",
			text:      "Peru's energy minister, Carlos Huamán, flew to Dubai on Tuesday for a two-day stopover on his way to Manila.",
			typ:       extract.Visit, who: "Carlos Huamán", date: "2026-03-10/2026-03-11", where: "Dubai"},
		{name: "trap: a stay with no length keeps its day",
			published: "2026-03-12",
			text:      "Peru's energy minister, Carlos Huamán, arrived in Oslo on Monday for a short stay, his ministry said.",
			typ:       extract.Visit, who: "Carlos Huamán", date: "2026-03-09"},
		{name: "trap: an arrival for talks with no length keeps its day",
			published: "2026-01-15",
			text:      "Chile's foreign minister, Ana Soto, arrived in Madrid on Tuesday for talks on lithium refining.",
			typ:       extract.Visit, who: "Ana Soto", date: "2026-01-13"},
		{name: "trap: a length told in another clause is no span of the arrival",
			published: "2026-01-15",
			text:      "Chile's foreign minister, Ana Soto, arrived in Madrid on Tuesday, and her ministry said a three-day visit to Lisbon would follow.",
			typ:       extract.Visit, who: "Ana Soto", date: "2026-01-13", where: "Madrid"},
	})
}

// TestEventAnchor: an event with no date of its own tied to an event told
// before by "before the signing", "after the meeting" happened that
// event's day (scene.go, eventAnchor); "since the signing" does not date
// it, nor a distance before the temporal word.
func TestEventAnchor(t *testing.T) {
	checkEventDates(t, []eventDateCase{
		{name: "event-anchor: talks before the signing are the signing's day",
			published: "2026-04-16",
			text:      "Angola and Italy signed a gas supply agreement in Rome on Wednesday. Angolan President Mateus Quissanga, who arrived in Rome on Tuesday, held talks with Prime Minister Lucia Ferri before the signing.",
			typ:       extract.Meeting, who: "Lucia Ferri", date: "2026-04-15"},
		{name: "trap: talks with a day of their own keep it",
			published: "2026-04-16",
			text:      "Angola and Italy signed a gas supply agreement in Rome on Wednesday. Angolan President Mateus Quissanga held talks with Prime Minister Lucia Ferri on Tuesday, the day before the signing.",
			typ:       extract.Meeting, who: "Lucia Ferri", date: "2026-04-14"},
	})
}

// TestGroupDatesBack: a later mention whose subject is a definite plural
// noun naming no one ("The two carriers struck an accord on Friday") dates
// the event told before when that event's date was not its own (scene.go,
// groupSubject; reading group-dates-back).
func TestGroupDatesBack(t *testing.T) {
	checkEventDates(t, []eventDateCase{
		{name: "group-dates-back: the lede's fee agreed, dated by the clubs' own sentence",
			published: "2026-07-09",
			text:      "Harrowgate agree fee for Okonkwo\n\nHarrowgate Rovers have agreed a fee of 31 million euros with Olympique Lyon Nord for striker Chidi Okonkwo, and the forward flew into Manchester on Wednesday evening.\n\nThe clubs reached a deal on Monday night after a third bid, according to people familiar with the talks.",
			typ:       extract.Agreement, who: "Olympique Lyon Nord", date: "2026-07-06"},
		{name: "trap: a lede agreement with a day of its own keeps it",
			published: "2026-07-09",
			text:      "Harrowgate agree fee for Okonkwo\n\nHarrowgate Rovers agreed a fee of 31 million euros with Olympique Lyon Nord for striker Chidi Okonkwo on Wednesday.\n\nThe clubs had first agreed terms in June before talks stalled.",
			typ:       extract.Agreement, who: "Olympique Lyon Nord", date: "2026-07-08"},
	})
}

// TestLedeNotDatedBySaying: a lede's undated news is not dated by a day
// a later sentence's reporting verb names: the saying is often days after
// the news, or about something else (no announced-day reading); it is the
// published day's news (reading published-day, dates_published.go).
func TestLedeNotDatedBySaying(t *testing.T) {
	checkEventDates(t, []eventDateCase{
		{name: "trap: analysts said on Monday about an earlier deal",
			published: "2026-03-25",
			text:      "Orvane Chemicals agreed to buy Pellstone Coatings\n\nOrvane Chemicals Ltd. has agreed to buy Pellstone Coatings Inc. in a cash deal valued at about $2.1 billion.\n\nAnalysts said on Monday the price looked full for a maker of marine paint.",
			typ:       extract.Agreement, who: "Pellstone Coatings Inc.", date: "2026-03-25"},
		{name: "trap: a country announced on Tuesday what it would do under a pact",
			published: "2026-03-26",
			text:      "Ruvala and Senmark sign border accord\n\nRuvala and Senmark have signed an accord to reopen three border crossings closed during the drought.\n\nRuvala announced on Tuesday it would withdraw its customs officers from two of them.",
			typ:       extract.Agreement, who: "Senmark", date: "2026-03-26"},
	})
}

// TestPublishedDay: news told with no date anywhere in its story happened
// on the day the story was published, or the day before when it was
// published in the morning (dates_published.go; readings published-day,
// published-morning); a plan, a vague time and a date the story gives
// keep their readings.
func TestPublishedDay(t *testing.T) {
	checkEventDates(t, []eventDateCase{
		{name: "published-day: an afternoon story's undated deal is that day's",
			published: "2026-04-09T15:30:00Z",
			text:      "Marlowe Kitchens has agreed to buy the cookware maker Pennock Steel for 310 million pounds, ending a sale process that began in the winter.",
			typ:       extract.Agreement, who: "Pennock Steel", date: "2026-04-09"},
		{name: "published-morning: a morning story's undated deal is the day before's",
			published: "2026-04-09T06:10:00+01:00",
			text:      "Marlowe Kitchens has agreed to buy the cookware maker Pennock Steel for 310 million pounds, ending a sale process that began in the winter.",
			typ:       extract.Agreement, who: "Pennock Steel", date: "2026-04-08"},
		{name: "published-day: a bare published day is that day",
			published: "2026-04-09",
			text:      "Portuguese Sea Minister Rita Calado and Spanish Fisheries Minister Jorge Ibarra have signed an accord to share a dredging vessel on the Guadiana.",
			typ:       extract.Agreement, who: "Jorge Ibarra", date: "2026-04-09"},
		{name: "published-morning: talks told later in a morning story",
			published: "2026-11-03T07:00:00Z",
			text:      "Estonian Transport Minister Liis Tamm and Finnish Transport Minister Ville Rantala held talks in Tallinn on the undersea rail tunnel, officials said.",
			typ:       extract.Meeting, who: "Ville Rantala", date: "2026-11-02"},
		{name: "trap: the story's own day wins over the published stamp",
			published: "2026-04-09T06:10:00Z",
			text:      "Marlowe Kitchens agreed on Monday to buy the cookware maker Pennock Steel for 310 million pounds.",
			typ:       extract.Agreement, who: "Pennock Steel", date: "2026-04-06"},
		{name: "trap: an event told as recurring has no one day",
			published: "2026-04-09T15:30:00Z",
			text:      "Estonian Transport Minister Liis Tamm has met her Finnish counterpart Ville Rantala twice to discuss the tunnel.",
			typ:       extract.Meeting, who: "Ville Rantala", date: ""},
		{name: "trap: a count of meetings has no one day",
			published: "2026-04-09T15:30:00Z",
			text:      "Estonian Transport Minister Liis Tamm has held talks with Finnish Transport Minister Ville Rantala five times since the spring of last year.",
			typ:       extract.Meeting, who: "Ville Rantala", date: ""},
		{name: "published-day: a newspaper's name is no count of meetings",
			published: "2026-04-09T15:30:00Z",
			text:      "Estonian Transport Minister Liis Tamm held talks with Finnish Transport Minister Ville Rantala on the tunnel, the Baltic Times reported.",
			typ:       extract.Meeting, who: "Ville Rantala", date: "2026-04-09"},
		{name: "trap: a plan with no date is not dated by its story",
			published: "2026-04-09T15:30:00Z",
			text:      "Estonian Transport Minister Liis Tamm is expected to meet her Finnish counterpart Ville Rantala to discuss the tunnel.",
			typ:       extract.Meeting, who: "Ville Rantala", date: ""},
	})
}

// TestPastCompletionEvent: "by" before a date is a completion bound
// (dates_age.go, pastCompletion): after a finite past, past an object or
// with the bound opening the sentence, the event's day is behind the
// story; after a future, an infinitive or a passive it stays ahead.
// Published Thursday 2026-03-12 in the afternoon.
func TestPastCompletionEvent(t *testing.T) {
	const pub = "2026-03-12T15:00:00Z"
	checkEventDates(t, []eventDateCase{
		{name: "past-completion: a truce agreed by Wednesday evening, the bound opening the sentence",
			published: pub,
			text:      "By Wednesday evening, militia commander Idris Kamau and his rival, Hamid Osman, had both agreed to halt the shelling of the port.",
			typ:       extract.Agreement, who: "Hamid Osman", date: "2026-03-11"},
		{name: "past-completion: the bound after a past perfect and its object",
			published: pub,
			text:      "Union leader Rosa Vidal and rail operator chief Anton Weiss had agreed to a truce in the pay dispute by Wednesday evening.",
			typ:       extract.Agreement, who: "Anton Weiss", date: "2026-03-11"},
		{name: "past-completion: a simple past signed by Monday is last Monday",
			published: pub,
			text:      "Union leader Rosa Vidal and rail operator chief Anton Weiss signed the pay accord by Monday, a spokesman said.",
			typ:       extract.Agreement, who: "Anton Weiss", date: "2026-03-09"},
		{name: "past-completion: talks held by Tuesday",
			published: pub,
			text:      "By Tuesday, port director Lina Berg had held talks with the crews' spokesman, Ole Dahl.",
			typ:       extract.Meeting, who: "Ole Dahl", date: "2026-03-10"},
		{name: "past-completion: a perfect participle (class background) is a completed past too",
			published: pub,
			text:      "Having signed the pay accord by Monday, union leader Rosa Vidal and rail operator chief Anton Weiss turned to the pension talks.",
			typ:       extract.Agreement, who: "Anton Weiss", date: "2026-03-09"},
		{name: "trap: a truce due by Monday is ahead",
			published: pub,
			text:      "Militia commander Idris Kamau and his rival, Hamid Osman, are expected to agree a truce by Monday.",
			typ:       extract.Agreement, who: "Hamid Osman", date: "2026-03-16"},
		{name: "trap: an infinitive's bound is ahead",
			published: pub,
			text:      "Union leader Rosa Vidal and rail operator chief Anton Weiss agreed to sign the pay accord by Monday.",
			typ:       extract.Agreement, who: "Anton Weiss", date: "2026-03-16"},
		{name: "trap: a future perfect's bound is ahead",
			published: pub,
			text:      "By Monday, union leader Rosa Vidal and rail operator chief Anton Weiss will have signed the accord.",
			typ:       extract.Agreement, who: "Anton Weiss", date: "2026-03-16"},
		{name: "trap: a passive's bound is ahead",
			published: pub,
			text:      "The accord is expected to be signed by Monday by union leader Rosa Vidal and rail operator chief Anton Weiss.",
			typ:       extract.Agreement, who: "Anton Weiss", date: "2026-03-16"},
	})
}

// TestNeighbourSentence: undated news takes the date a neighbouring
// sentence gives the same event (reading neighbour-sentence,
// dates_published.go) before the published day: the sentence after when
// it opens on a noun that points back at an event of its kind, the
// sentence before when it names one past day and tells no event. Traps:
// a date the sentence after gives another event, a saying's day before.
// Published Thursday 2026-04-09 in the afternoon.
func TestNeighbourSentence(t *testing.T) {
	const pub = "2026-04-09T15:00:00Z"
	checkEventDates(t, []eventDateCase{
		{name: "the sentence after dates the same meeting",
			published: pub,
			text:      "Harbour minister Lena Marsh held talks with dockers' leader Tomas Brill over the strike at the container port.\n\nThe meeting, at the port authority's offices, took place on Monday and lasted three hours.",
			typ:       extract.Meeting, who: "Tomas Brill", date: "2026-04-06"},
		{name: "the sentence after dates the same agreement",
			published: pub,
			text:      "Mayor Alma Reyes and Greenbin chief executive Omar Salt have signed a ten-year waste collection contract.\n\nThe agreement was signed at the town hall on Tuesday by the town clerk, Nina Holm, and Greenbin's finance director, Paul Ward.",
			typ:       extract.Agreement, who: "Omar Salt", date: "2026-04-07"},
		{name: "the sentence after dates a visit that holds the meetings",
			published: pub,
			text:      "Farm minister Rosa Ilves held a series of meetings with grain traders in Odesa led by Ivan Koval.\n\nThe visit, which ran from April 2 to April 4, was her first since the harvest.",
			typ:       extract.Meeting, who: "Ivan Koval", date: "2026-04-02/2026-04-04"},
		{name: "the sentence before names the day and tells no event",
			published: pub,
			text:      "Residents of Elmford have waited two years for their bins to be collected on time.\n\nThe council chamber was packed on Tuesday evening, and dozens of residents stood in the corridor.\n\nAfter a long debate, Mayor Alma Reyes signed a waste collection contract with Greenbin chief executive Omar Salt.",
			typ:       extract.Agreement, who: "Omar Salt", date: "2026-04-07"},
		{name: "trap: the sentence after dates another event, not the lede's",
			published: pub,
			text:      "Harbour minister Lena Marsh held talks with dockers' leader Tomas Brill over the strike at the container port.\n\nFerry crews walked out on Monday in support of the dockers.",
			typ:       extract.Meeting, who: "Tomas Brill", date: "2026-04-09"},
		{name: "trap: a meeting the sentence after tells by a verb is another meeting",
			published: pub,
			text:      "Harbour minister Lena Marsh held talks with dockers' leader Tomas Brill over the strike at the container port.\n\nOn Monday, Marsh met the port's owners, Baltline chief Erik Sander among them.",
			typ:       extract.Meeting, who: "Tomas Brill", date: "2026-04-09"},
		{name: "trap: talks the sentence after dates are not the agreement they led to",
			published: pub,
			text:      "Mayor Alma Reyes and Greenbin chief executive Omar Salt have signed a ten-year waste collection contract.\n\nThe talks that produced it opened on March 2 after the old operator went bankrupt.",
			typ:       extract.Agreement, who: "Omar Salt", date: "2026-04-09"},
		{name: "trap: a saying's day before is no day of the event",
			published: pub,
			text:      "Port officials said on Tuesday that the container terminal would stay shut.\n\nHarbour minister Lena Marsh held talks with dockers' leader Tomas Brill over the strike.",
			typ:       extract.Meeting, who: "Tomas Brill", date: "2026-04-09"},
	})
}
