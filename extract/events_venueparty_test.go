package extract_test

import (
	"slices"
	"testing"
)

// TestVenueNotParty: a building named after "at" or "in" with a venue word
// of venues.tsv for its head (Hotel, Lodge) is where the event happened,
// never one of its sides (placeparty.go, venueNotParty). A name whose head
// is also an organization's cue word (Center, Office), one that only
// contains a venue word (Pampa Hotel Holdings) and one that is the object
// of a verb stay parties, and so does a hotel after "in" that a verb or
// noun of investing or owning a share completes (class investin: "invest
// ... in", "shares in"). The event itself stays, with its named person.
func TestVenueNotParty(t *testing.T) {
	cases := []struct {
		name, text, org string
		party           bool
		who             string // a party some event must have: the event stays
	}{
		{"a lodge after at, a conference addressed",
			"Mining Minister Paula Renner addressed a conference of union leaders at the Riverside Lodge on Saturday.",
			"Riverside Lodge", false, "Paula Renner"},
		{"a hotel after at, a meeting chaired",
			"Health Minister Tomas Okonjo chaired a meeting of regional health chiefs at the Marlowe Grand Hotel on Tuesday, his office said.",
			"Marlowe Grand Hotel", false, "Tomas Okonjo"},
		{"a hotel after in, a meeting chaired",
			"Interior Minister Sofia Marchetti chaired an emergency security meeting in the Grand Adriatic Hotel on Sunday.",
			"Grand Adriatic Hotel", false, "Sofia Marchetti"},
		{"trap: a company whose name holds a venue word",
			"Energy Minister Rafael Ortuño met executives of Pampa Hotel Holdings in Salta on Monday about a tourism levy.",
			"Pampa Hotel Holdings", true, "Pampa Hotel Holdings"},
		{"trap: a head that also names an institution",
			"Late on Wednesday, Trade Minister Lena Vogt convened talks inside the Carter Center, her aides said.",
			"Carter Center", true, "Carter Center"},
		{"trap: a hotel that signs is a side",
			"Governor Ruth Adeyemi signed a lease with the Palmgrove Hotel on Thursday, her spokesman said.",
			"Palmgrove Hotel", true, "Palmgrove Hotel"},
		{"trap: a hotel invested in is a side",
			"Norvale Capital will invest 12 million euros in the Solano Beach Hotel under an agreement signed on Tuesday.",
			"Solano Beach Hotel", true, "Norvale Capital"},
		{"trap: a hotel invested in with a pound sign is a side",
			"Kestrel Holdings will commit to invest £25 million in the Bayview Park Hotel under a deal it signed on Monday.",
			"Bayview Park Hotel", true, "Kestrel Holdings"},
		{"trap: a hotel invested in with a euro sign is a side",
			"Ostra Partners will invest €18m in the Linden Spa Hotel, under a deal signed on Thursday.",
			"Linden Spa Hotel", true, "Ostra Partners"},
		{"trap: a hotel whose shares are bought is a side",
			"Brightwater Pensions sealed an agreement on Friday to buy shares in the Alcazar Bay Hotel.",
			"Alcazar Bay Hotel", true, "Brightwater Pensions"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			rec := extractText(t, "venue", "2026-03-06T09:00:00Z", tc.text)
			got, stays := false, false
			for _, e := range rec.Events {
				if slices.Contains(partyNames(e), tc.org) {
					got = true
				}
				if slices.Contains(partyNames(e), tc.who) {
					stays = true
				}
			}
			if got != tc.party {
				t.Errorf("%q a party: got %v, want %v\n%s", tc.org, got, tc.party, show(rec))
			}
			if !stays {
				t.Errorf("no event with %q for a party\n%s", tc.who, show(rec))
			}
		})
	}
}
