package extract_test

import (
	"testing"

	"github.com/newswire/newswire/extract"
)

// recallCase is one short article and the events of one type it must (or
// must not) tell.
type recallCase struct {
	name, text string
	typ        string
	want       [][]string // each an event's parties; none: no event of typ
	planned    []bool     // optional: per wanted event, its planned flag
	published  string     // the envelope's date ("" for none)
	pending    string     // a reason the case does not hold yet (skipPending)
}

func checkRecall(t *testing.T, cases []recallCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			skipPending(t, c.pending)
			rec := extractText(t, "recall", c.published, "World news\n\n"+c.text)
			evs := eventsOf(rec, c.typ)
			if len(c.want) == 0 {
				if len(evs) > 0 {
					t.Fatalf("want no %s, got %s", c.typ, eventList(rec))
				}
				return
			}
			if len(evs) != len(c.want) {
				t.Errorf("%d %s events, want %d: %s", len(evs), c.typ, len(c.want), eventList(rec))
			}
			for i, w := range c.want {
				ev := matchEvent(rec, c.typ, w)
				if ev == nil {
					t.Errorf("no %s of %v: %s", c.typ, w, eventList(rec))
					continue
				}
				if len(ev.Participants) != len(w) {
					t.Errorf("%s of %v has participants %v", c.typ, w, ev.Participants)
				}
				if i < len(c.planned) {
					found := false
					for _, e := range evs {
						if e.Planned == c.planned[i] && len(e.Participants) == len(w) && matchEvent(&extract.Record{Events: []extract.Event{e}, Entities: rec.Entities}, c.typ, w) != nil {
							found = true
						}
					}
					if !found {
						t.Errorf("no %s of %v with planned=%v: %s", c.typ, w, c.planned[i], eventList(rec))
					}
				}
			}
		})
	}
}

// TestPlanIsNotThePastMeeting: a plan of the same parties, undated like
// the meeting told before it (an article with no published date cannot
// resolve "next month"), is another event, not a mention of it.
func TestPlanIsNotThePastMeeting(t *testing.T) {
	checkRecall(t, []recallCase{
		{name: "met, then plan a summit",
			text: "Interior Minister Dana Okafor and Mayor Tomas Ruelle met harbour owners in Marseille to discuss the strike. They plan to hold a wider summit next month with unions and shipping firms.",
			typ:  extract.Meeting, want: [][]string{{"Dana Okafor", "Tomas Ruelle"}, {"Dana Okafor", "Tomas Ruelle"}}, planned: []bool{false, true}},
		{name: "the same talks told twice stay one",
			text: "Interior Minister Dana Okafor and Mayor Tomas Ruelle met harbour owners in Marseille last week to discuss the strike. The meeting lasted three hours, Ruelle said.",
			typ:  extract.Meeting, want: [][]string{{"Dana Okafor", "Tomas Ruelle"}}},
	})
}

// TestDescribedBody: a body named in lower case by its head noun and its
// organization is a party under that organization's short name; a bare
// "the committee" is the one described before, or the named organization
// whose name holds the word; with neither, no event.
func TestDescribedBody(t *testing.T) {
	checkRecall(t, []recallCase{
		{name: "of the organization (acronym), then the bare noun meets",
			text: "The disciplinary committee of the Pacific Rowing Union (PRU) on Friday banned two coaches for a year. The committee met in Suva on Thursday, PRU President Mele Tupou told reporters.",
			typ:  extract.Meeting, want: [][]string{{"PRU disciplinary committee"}}},
		{name: "a relative clause's subject",
			text: "The supervisory board of the Nordvik Mining Group said on Monday that the board, which met on Saturday, had approved the new mine plan.",
			typ:  extract.Meeting, want: [][]string{{"Nordvik Mining Group supervisory board"}}},
		{name: "the body agrees alone",
			text: "The executive committee of the Andean Cycling Federation (ACF) agreed on Sunday to move its headquarters to Quito.",
			typ:  extract.Agreement, want: [][]string{{"ACF executive committee"}}},
		{name: "the body signs with a named partner",
			text: "The governing council of the Baltic Ports Association (BPA) met in Riga on Tuesday. The council also approved an agreement with the Hanseatic Pilots Guild on night crossings.",
			typ:  extract.Agreement, want: [][]string{{"BPA governing council", "Hanseatic Pilots Guild"}}},
		{name: "the named organization the noun stands for",
			text: "The Lakes Water Commission will publish its findings in May, Governor Rhea Lindqvist said. The announcement followed a closed meeting of the commission in Duluth.",
			typ:  extract.Meeting, want: [][]string{{"Lakes Water Commission"}}},
		{name: "a plan of the body, an adverb between modal and verb",
			text: "The audit panel of the Corran Housing Trust (CHT) met in Leith on Monday. The panel will next meet in Perth on June 2.",
			typ:  extract.Meeting, want: [][]string{{"CHT audit panel"}, {"CHT audit panel"}}, planned: []bool{false, true}},
		{name: "the second verb of a coordination",
			text: "The ethics committee of the Tasman Rugby Union (TRU) met in Napier on Friday and approved an agreement with the Coral Sea Referees Society.",
			typ:  extract.Agreement, want: [][]string{{"TRU ethics committee", "Coral Sea Referees Society"}}},
		{name: "a body discussing a matter holds no second meeting",
			text: "The ethics committee of the Tasman Rugby Union (TRU) met in Napier on Friday. Its chair said the committee had also discussed the fixture calendar at length.",
			typ:  extract.Meeting, want: [][]string{{"TRU ethics committee"}}},
		{name: "no named body: no event",
			text: "Hundreds of residents attended a city council meeting in Tarvik on Monday. The council met again on Tuesday to hear more complaints.",
			typ:  extract.Meeting},
		{name: "members of the board are no body's meeting",
			text: "Two members of the board of the Corran Housing Trust met tenants in Leith on Monday.",
			typ:  extract.Meeting},
	})
}

// TestSettlement: a payment "to settle" is an agreement of the payer and
// the one paid, or the one who brought the case; an offer to pay or a
// refusal settles nothing.
func TestSettlement(t *testing.T) {
	checkRecall(t, []recallCase{
		{name: "paying the regulator",
			text: "Orrin Telecom has faced questions over its accounts for years, paying the Federal Trade Commission $40m in March to settle charges that it misled customers.",
			typ:  extract.Agreement, want: [][]string{{"Orrin Telecom", "Federal Trade Commission"}}},
		{name: "a lawsuit brought by a named fund",
			text: "Marlowe Foods Inc. has agreed to pay $12m to settle a lawsuit brought by the Ohio Teachers Retirement System, the company said on Tuesday.",
			typ:  extract.Agreement, want: [][]string{{"Marlowe Foods Inc.", "Ohio Teachers Retirement System"}}},
		{name: "an offer to pay settles nothing",
			text:    "Marlowe Foods Inc. offered to pay the Ohio Teachers Retirement System $12m to settle the lawsuit, but the fund turned the offer down.",
			typ:     extract.Agreement,
			pending: "factuality: the offer governs the paying verb, two infinitives before the trigger; reach-organizations reads the sentence"},
		{name: "the paying verb negated",
			text: "Marlowe Foods Inc. has refused to pay the Ohio Teachers Retirement System anything to settle the claims.",
			typ:  extract.Agreement, pending: "factuality: the refusal governs the paying verb, two infinitives before the trigger"},
		{name: "no one named on the other side",
			text: "Marlowe Foods Inc. has agreed to pay $12m to settle a class action lawsuit, the company said on Tuesday.",
			typ:  extract.Agreement},
	})
}

// TestListedMembers: a meeting of more than two parties named in a
// coordination, or as the list after a dash or colon that names an
// unnamed group; a list of what was talked about is no party list.
func TestListedMembers(t *testing.T) {
	checkRecall(t, []recallCase{
		{name: "leaders of four countries, the noun opening the sentence",
			text: "Leaders of Kenya, Uganda, Rwanda and Burundi met in Arusha on Monday to discuss the rail link.",
			typ:  extract.Meeting, want: [][]string{{"Kenya", "Uganda", "Rwanda", "Burundi"}}},
		{name: "ministers from three countries",
			text: "Ministers from Chile, Peru and Bolivia met in Lima on Tuesday.",
			typ:  extract.Meeting, want: [][]string{{"Chile", "Peru", "Bolivia"}}},
		{name: "a group named after a dash",
			text: "Talks were held in Arusha on Monday between the four landlocked states - Uganda, Rwanda, Burundi and South Sudan.",
			typ:  extract.Meeting, want: [][]string{{"Uganda", "Rwanda", "Burundi", "South Sudan"}}},
		{name: "a group named after a colon",
			text: "The prime minister held talks in Hanoi on Friday with the bloc's newest members: Laos, Cambodia and Myanmar.",
			typ:  extract.Meeting, want: [][]string{{"Laos", "Cambodia", "Myanmar"}}},
		{name: "a denied meeting of a listed group",
			text: "Officials denied that talks had been held with the rebel groups - the Northern Front and the Valley Alliance.",
			typ:  extract.Meeting},
	})
}

// TestLedeParty: talks told with only their partner, the other side left
// to the lede, have the lede's subject for that side; a sentence that
// names its own subject, or a lede that names no one, lends nothing.
func TestLedeParty(t *testing.T) {
	checkRecall(t, []recallCase{
		{name: "discussions have begun with the partner",
			text: "Norway has offered to send two field hospitals to help flood victims in Mozambique, its foreign ministry said. Discussions have begun with Mozambique on where the hospitals should go.",
			typ:  extract.Meeting, want: [][]string{{"Norway", "Mozambique"}}},
		{name: "a subject of its own lends nothing",
			text: "Norway has offered to send two field hospitals to help flood victims in Mozambique, its foreign ministry said. The Red Cross held talks with Mozambique on Tuesday.",
			typ:  extract.Meeting, want: [][]string{{"Red Cross", "Mozambique"}}},
		{name: "denied talks stay denied",
			text: "Norway has offered to send two field hospitals to help flood victims in Mozambique, its foreign ministry said. Officials denied that talks had begun with Mozambique.",
			typ:  extract.Meeting},
	})
}
