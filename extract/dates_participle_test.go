package extract_test

import (
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestTrailingParticiple: a participle clause after a comma that names its
// own date is dated by it, not by the date of the clause it follows; with
// no date of its own it shares that clause's (every sentence invented).
func TestTrailingParticiple(t *testing.T) {
	checkEventDates(t, []eventDateCase{
		{name: "the participle's own day after the main clause's month",
			published: "2026-09-10",
			text:      "Chile's agriculture minister Rodrigo Fuentealba travelled to Lima in March, holding talks with Peru's trade minister Carla Ventosilla there on March 12 about grape exports.",
			typ:       extract.Meeting, who: "Carla Ventosilla", date: "2026-03-12"},
		{name: "a meeting participle with its own weekday",
			published: "2026-04-17",
			text:      "Ghana's energy minister Efua Boateng spent the week of April 6 in Nairobi, meeting Kenya's roads minister Daniel Kiprotich on Thursday, April 9, at his office.",
			typ:       extract.Meeting, who: "Daniel Kiprotich", date: "2026-04-09"},
		{name: "trap: a participle with no date of its own shares the main clause's",
			published: "2026-09-10",
			text:      "Chile's agriculture minister Rodrigo Fuentealba travelled to Lima in March, holding talks with Peru's trade minister Carla Ventosilla about grape exports.",
			typ:       extract.Meeting, who: "Carla Ventosilla", date: "2026-03"},
		{name: "trap: the main clause keeps its own month",
			published: "2026-09-10",
			text:      "Chile's agriculture minister Rodrigo Fuentealba travelled to Lima in March, holding talks with Peru's trade minister Carla Ventosilla there on March 12 about grape exports.",
			typ:       extract.Visit, who: "Rodrigo Fuentealba", date: "2026-03"},
	})
}
