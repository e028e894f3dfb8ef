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
// of a verb stay parties.
func TestVenueNotParty(t *testing.T) {
	cases := []struct {
		name, text, org string
		party           bool
	}{
		{"a lodge after at, talks led by a minister",
			"The talks, spread across a long weekend at the Riverside Lodge, were led by Mining Minister Paula Renner, officials said on Friday.",
			"Riverside Lodge", false},
		{"a hotel after at, a meeting chaired",
			"Health Minister Tomas Okonjo chaired a meeting of regional health chiefs at the Marlowe Grand Hotel on Tuesday, his office said.",
			"Marlowe Grand Hotel", false},
		{"trap: a company whose name holds a venue word",
			"Energy Minister Rafael Ortuño met executives of Pampa Hotel Holdings in Salta on Monday about a tourism levy.",
			"Pampa Hotel Holdings", true},
		{"trap: a head that also names an institution",
			"Trade Minister Lena Vogt began a round of talks on Wednesday at the Carter Center, according to her aides.",
			"Carter Center", true},
		{"trap: a hotel that signs is a side",
			"Governor Ruth Adeyemi signed a lease with the Palmgrove Hotel on Thursday, her spokesman said.",
			"Palmgrove Hotel", true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			rec := extractText(t, "venue", "2026-03-06T09:00:00Z", tc.text)
			got := false
			for _, e := range rec.Events {
				if slices.Contains(partyNames(e), tc.org) {
					got = true
				}
			}
			if got != tc.party {
				t.Errorf("%q a party: got %v, want %v\n%s", tc.org, got, tc.party, show(rec))
			}
		})
	}
}
