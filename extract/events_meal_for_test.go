package extract_test

import "testing"

// TestMealFor: "Y gave a working lunch for X": a meal given for a named guest
// under a hosting verb is a meeting of host and guest. A meal for a crowd
// or an occasion (a named person's included), a meal cooked for someone
// and a "for" outside the meal's hosting verb name no guest. Every
// sentence is our own.
func TestMealFor(t *testing.T) {
	cases := []struct {
		name, text string
		want       string // the meeting's parties joined by "+", sorted; "" for no meeting
	}{
		{"a state dinner hosted", "President Mele Havili hosted a state dinner for Foreign Minister Sione Tuilagi in Apia on Monday.",
			"Mele Havili+Sione Tuilagi"},
		{"gave a lunch for", "Governor Ines Prieto gave a working lunch for Senator Hugo Varela in Mendoza on Friday.",
			"Hugo Varela+Ines Prieto"},
		// traps
		{"trap: a crowd", "Governor Ines Prieto gave a lunch for forty vintners, Senator Hugo Varela among them, in Mendoza on Friday.", ""},
		{"trap: a named person's occasion", "President Mele Havili gave a breakfast on Monday for Foreign Minister Sione Tuilagi's sixtieth birthday in Apia.", ""},
		{"trap: a cooked meal", "Chef Ana Reyes cooked lunch for Governor Ines Prieto and Senator Hugo Varela at her Mendoza bistro on Friday.", ""},
		{"trap: late to a lunch", "Senator Hugo Varela was twenty minutes late to a lunch for Governor Ines Prieto in Mendoza on Friday.", ""},
		{"trap: a dinner for an occasion", "Governor Ines Prieto hosted a lunch for the harvest festival in Mendoza on Friday.", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec := extractText(t, "mealfor", "2026-05-14", c.text)
			wantMeetingOf(t, rec, c.want)
		})
	}
}
