package extract_test

import (
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestWhereClosed: an event told in a ", where" clause after a place takes
// the day the place carries, not the day of the main clause's next
// conjunct past ", and"; a comma of an apposition closes no clause
// (reading where-closed; every sentence invented).
func TestWhereClosed(t *testing.T) {
	checkEventDates(t, []eventDateCase{
		{name: "the next conjunct's day is not the talks'",
			published: "2026-05-13",
			text:      "A Finnish forestry mission headed by Mayor Leena Koskinen will stop in Curitiba on Friday, where its members will meet Governor Paulo Mendes, and in Joinville on Monday.",
			typ:       extract.Meeting, who: "Paulo Mendes", date: "2026-05-15"},
		{name: "trap: an apposition's comma",
			published: "2026-05-13",
			text:      "Trade envoy Bruno Salgado flies to Maputo on Wednesday and later to Harare, where he holds talks with Zimbabwe's mines minister, Tendai Moyo, on Saturday.",
			typ:       extract.Meeting, who: "Tendai Moyo", date: "2026-05-16"},
	})
}
