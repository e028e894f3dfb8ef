package extract_test

import (
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestTrailingParticiple: a participle clause after a comma that names a
// day inside the month or week of the clause it follows is dated by that
// day; a day-dated main clause, a later date outside the main clause's
// month, or no date of its own leaves the main clause's date (every
// sentence invented).
func TestTrailingParticiple(t *testing.T) {
	checkEventDates(t, []eventDateCase{
		{name: "a day inside the main clause's month",
			published: "2026-10-02",
			text:      "Ingrid Solheim, Norway's shipping minister, toured ferry terminals across the Baltic states in September, signing a ferry safety accord with Andris Kalnins, Latvia's transport minister, during a stop in Riga on September 23.",
			typ:       extract.Agreement, who: "Andris Kalnins", date: "2026-09-23"},
		{name: "trap: a day-dated main clause keeps its day over the object's later date",
			published: "2026-08-12",
			text:      "Finland's foreign minister Aino Leppanen flew into Tbilisi on Tuesday, discussing with Georgia's prime minister Levan Beridze the run-up to a referendum on October 4.",
			typ:       extract.Meeting, who: "Levan Beridze", date: "2026-08-11"},
		{name: "trap: a year the object names is outside the main clause's month",
			published: "2026-08-20",
			text:      "Paraguay's interior minister Rosa Benitez inspected river patrol bases in July, meeting Brazil's justice minister Caio Teixeira about a dredging project due for completion in 2028.",
			typ:       extract.Meeting, who: "Caio Teixeira", date: "2026-07"},
		{name: "trap: a day the object names outside the main clause's month",
			published: "2026-08-20",
			text:      "Paraguay's interior minister Rosa Benitez inspected river patrol bases in July, meeting Brazil's justice minister Caio Teixeira about a customs vote on September 6.",
			typ:       extract.Meeting, who: "Caio Teixeira", date: "2026-07"},
		{name: "trap: a participle with no date of its own shares the main clause's",
			published: "2026-10-02",
			text:      "Ingrid Solheim, Norway's shipping minister, toured ferry terminals across the Baltic states in September, signing a ferry safety accord with Andris Kalnins, Latvia's transport minister.",
			typ:       extract.Agreement, who: "Andris Kalnins", date: "2026-09"},
	})
}
