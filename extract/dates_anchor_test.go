package extract

import "testing"

// TestAnchorShift: reading anchor-shift counts an event's day from the day
// its clause is anchored on: a clause opened by "a day after" lies that far
// before the main clause's day, an adverb the dates pass could not anchor
// ("the previous day" with no date named) that far from the day the event
// inherits. Every sentence is invented; published Thursday 2026-10-22.
func TestAnchorShift(t *testing.T) {
	cases := []struct {
		name, text, typ, who, date string
	}{
		{"a day after: the day before the main clause's",
			"Fisheries Minister Ana Macua held a telephone call with Trade Minister Juma Salim on Wednesday, a day after Tanzania's fisheries secretary, Rehema Mushi, met Mozambique's deputy minister, Carlos Nhaca, in Mtwara.",
			Meeting, "Carlos Nhaca", "2026-10-20"},
		{"two days before: after the day the clause counts from",
			"Ana Macua signed a fisheries accord with Juma Salim in Maputo on Monday. The signing came two days before Tanzania's fisheries secretary, Rehema Mushi, met Mozambique's deputy minister, Carlos Nhaca, in Mtwara.",
			Meeting, "Carlos Nhaca", "2026-10-21"},
		{"a week after, from an inherited day",
			"Ana Macua met Juma Salim in Maputo on Tuesday. The meeting came a week after Tanzania's fisheries secretary, Rehema Mushi, held talks with Mozambique's deputy minister, Carlos Nhaca, in Mtwara.",
			Meeting, "Carlos Nhaca", "2026-10-13"},
		{"the previous day with no date named near it",
			"Ana Macua and Juma Salim signed a fisheries accord in Maputo on Wednesday. The accord sets quotas for prawn trawlers. Macua had met Tanzanian envoy Rehema Mushi the previous day, officials said.",
			Meeting, "Rehema Mushi", "2026-10-20"},
		// traps
		{"trap: a fronted phrase governs its own main clause: after the anchor's day",
			"The assembly passed the fisheries bill on Monday after a long debate. A day after the vote, Fisheries Minister Ana Macua met Trade Minister Juma Salim in Maputo to plan the quotas.",
			Meeting, "Juma Salim", "2026-10-20"},
		{"trap: two days after a vote, set off by its comma",
			"The assembly passed the fisheries bill on Monday. Two days after the vote, Ana Macua and Juma Salim signed a fisheries accord in Maputo.",
			Agreement, "Juma Salim", "2026-10-21"},
		{"trap: the main clause keeps its own day",
			"Fisheries Minister Ana Macua held a telephone call with Trade Minister Juma Salim on Wednesday, a day after Tanzania's fisheries secretary, Rehema Mushi, met Mozambique's deputy minister, Carlos Nhaca, in Mtwara.",
			Meeting, "Juma Salim", "2026-10-21"},
		{"trap: the subordinate clause's own day is its own",
			"Ana Macua held a telephone call with Juma Salim on Wednesday, two days after Tanzania's fisheries secretary, Rehema Mushi, met Mozambique's deputy minister, Carlos Nhaca, in Mtwara on Friday.",
			Meeting, "Carlos Nhaca", "2026-10-16"},
		{"trap: an anchored adverb the dates pass resolved moves nothing more",
			"Ana Macua met Juma Salim in Maputo on October 12. Two days later, Macua signed a fisheries accord with Rehema Mushi.",
			Agreement, "Rehema Mushi", "2026-10-14"},
		{"trap: the day before an event is anchored on it, not counted here",
			"Ana Macua met Juma Salim in Maputo on Tuesday, the day before the vote.",
			Meeting, "Juma Salim", "2026-10-20"},
	}
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec, err := x.Extract(t.Context(), Article{ID: "anchor", Published: "2026-10-22T10:00:00Z", Body: c.text})
			if err != nil {
				t.Fatal(err)
			}
			wantEventDate(t, rec, c.typ, c.who, c.date, c.text)
		})
	}
}
