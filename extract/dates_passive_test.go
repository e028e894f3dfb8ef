package extract_test

import "testing"

// TestPresentPassiveMonth: a participle after a present "be" ("are sent",
// "is tested") is a present passive, which tells no past: a bare month
// near it resolves to the nearest such month, not the last one. A passive
// in the past ("were sent") still puts a later month in the year before.
// Published Monday 2026-01-12.
func TestPresentPassiveMonth(t *testing.T) {
	checkDateCases(t, "passive", "2026-01-12", []dateCase{
		{name: "present passive before a coming month", text: "Members who want a say in the merger are sent postal ballots ahead of March's vote, the union said.", want: "2026-03"},
		{name: "present passive of a routine", text: "Pupils in the district are tested in February, and parents get the results at Easter.", want: "2026-02"},
		{name: "trap: past passive", text: "The postal ballots were sent out to members in March, the union said.", want: "2025-03"},
		{name: "trap: past active", text: "The union mailed the ballots to its members in March.", want: "2025-03"},
	})
}
