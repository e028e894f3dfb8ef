package main

import (
	"strings"

	"github.com/newswire/newswire/extract"
	"github.com/newswire/newswire/internal/score"
)

// tiedPairing is an article's events paired with its gold events the
// tie-aware way (score.MatchEventsTied: equal participant overlaps broken
// by date and place agreement), for the reading aids only: for each event,
// whether it is paired with a gold event that has a date (a place), and
// whether its own date (place) is that gold event's. An event the
// official pairing gives a wrong date, and this one a right date, is a
// crossover between legs of the same parties, not a wrong date.
type tiedPairing struct {
	dated, dateRight   []bool
	placed, placeRight []bool
}

func pairTied(g score.Gold, evs []extract.Event) tiedPairing {
	m := score.MatchEventsTied(g, scoredEvents(evs))
	n := len(evs)
	tp := tiedPairing{make([]bool, n), make([]bool, n), make([]bool, n), make([]bool, n)}
	for i, e := range evs {
		if m.Gold[i] < 0 {
			continue
		}
		ge := g.Events[m.Gold[i]]
		if ge.Date != "" {
			tp.dated[i] = true
			tp.dateRight[i] = strings.TrimSpace(e.Date) == ge.Date
		}
		if ge.Location != "" {
			tp.placed[i] = true
			tp.placeRight[i] = score.SamePlace(g, e.Location, ge.Location)
		}
	}
	return tp
}
