package main

// The legs subcommand is a reading aid: for every article of the sets
// named, it lists the gold events that share their type and participant
// set with another gold event (the legs of a tour, the rounds of talks, a
// meeting and a second one), the events we output for them (same type,
// participant Jaccard >= 0.5 with the group's parties, as the scorer
// pairs) with their dates, places and the mentions they merged, and a
// first class (legsClass): we merged legs into fewer events, split one
// into more, the scorer's pairing gave the right events the wrong
// partners, or other. It changes nothing and trains nothing.
//
//	go run ./cmd/newswire-train legs -sets articles,train/tr5

import (
	"context"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/newswire/newswire/extract"
	"github.com/newswire/newswire/internal/score"
	"github.com/newswire/newswire/internal/trainsets"
)

func init() {
	commands["legs"] = command{"list gold events that share type and parties with another (legs, rounds) and what we output for them (reading aid)", runLegs}
}

// legGroup is the gold events of one article with one type and one
// participant set, and our events of that type whose parties overlap
// theirs as the scorer pairs them.
type legGroup struct {
	set, article, typ string
	parties           []string
	gold              []score.GoldEvent
	ours              []legOurs
	g                 score.Gold
}

// legOurs is one of our events beside a group: what it says, and the gold
// event of the group the scorer paired it with (-1: none of the group's).
type legOurs struct {
	date, place string
	paired      int
	mentions    []string // "date@place" of the event's own mention, then of each merged into it
	said        []string // the trigger and sentence of each mention (for reading)
}

// rightOf counts the date and place of ours that are the gold event's.
func (gr legGroup) rightOf(o legOurs, ge score.GoldEvent) int {
	n := 0
	if ge.Date != "" && o.date == ge.Date {
		n++
	}
	if ge.Location != "" && score.SamePlace(gr.g, o.place, ge.Location) {
		n++
	}
	return n
}

// pairedRight is how many dates and places the scorer's pairing gets
// right in the group; bestRight is the most any pairing of ours to the
// group's gold events one to one could.
func (gr legGroup) pairedRight() int {
	n := 0
	for _, o := range gr.ours {
		if o.paired >= 0 {
			n += gr.rightOf(o, gr.gold[o.paired])
		}
	}
	return n
}

func (gr legGroup) bestRight() int {
	used := make([]bool, len(gr.gold))
	var best func(i int) int
	best = func(i int) int {
		if i == len(gr.ours) {
			return 0
		}
		top := best(i + 1) // ours[i] paired with none
		for j := range gr.gold {
			if !used[j] {
				used[j] = true
				top = max(top, gr.rightOf(gr.ours[i], gr.gold[j])+best(i+1))
				used[j] = false
			}
		}
		return top
	}
	return best(0)
}

// mergedLegs: one of our events holds two mentions that give what tells
// two gold events of the group apart (their dates, or their places).
func (gr legGroup) mergedLegs() bool {
	datesDiffer, placesDiffer := false, false
	for _, x := range gr.gold[1:] {
		datesDiffer = datesDiffer || x.Date != gr.gold[0].Date
		placesDiffer = placesDiffer || !score.SamePlace(gr.g, x.Location, gr.gold[0].Location)
	}
	for _, o := range gr.ours {
		var hits []map[int]bool
		for _, m := range o.mentions {
			date, place, _ := strings.Cut(m, "@")
			h := map[int]bool{}
			for j, ge := range gr.gold {
				if datesDiffer && ge.Date != "" && date == ge.Date || placesDiffer && score.SamePlace(gr.g, place, ge.Location) {
					h[j] = true
				}
			}
			hits = append(hits, h)
		}
		for a := range hits {
			for b := a + 1; b < len(hits); b++ {
				for j := range hits[a] {
					for k := range hits[b] {
						if j != k {
							return true
						}
					}
				}
			}
		}
	}
	return false
}

// legsClass is a first, mechanical class of a group; reading it tells
// the real cause.
func legsClass(gr legGroup) string {
	switch {
	case len(gr.ours) == 0:
		return "other: none of ours"
	case len(gr.ours) < len(gr.gold) && gr.mergedLegs():
		return "merged legs"
	case len(gr.ours) < len(gr.gold):
		return "other: fewer, a leg missed"
	case len(gr.ours) > len(gr.gold):
		return "split"
	case gr.bestRight() > gr.pairedRight():
		return "pairing order"
	case gr.pairedRight() == gr.wantRight():
		return "right"
	}
	return "other: same count, wrong values"
}

// wantRight is how many dates and places the group's gold events give.
func (gr legGroup) wantRight() int {
	n := 0
	for _, ge := range gr.gold {
		if ge.Date != "" {
			n++
		}
		if ge.Location != "" {
			n++
		}
	}
	return n
}

// legGroups finds an article's groups and our events beside each.
func legGroups(set string, g score.Gold, evs []extract.Event) []legGroup {
	m := score.MatchEvents(g, scoredEvents(evs))
	canon := func(names []string) []string {
		seen := map[string]bool{}
		var out []string
		for _, n := range names {
			if c := score.Canonical(g, n); c != "" && !seen[c] {
				seen[c] = true
				out = append(out, c)
			}
		}
		sort.Strings(out)
		return out
	}
	byKey := map[string]*legGroup{}
	var keys []string
	idx := map[string][]int{}
	for j, ge := range g.Events {
		ps := canon(ge.Participants)
		key := strings.ToLower(ge.Type) + "|" + strings.Join(ps, "|")
		if byKey[key] == nil {
			byKey[key] = &legGroup{set: set, article: g.ID, typ: ge.Type, parties: ps, g: g}
			keys = append(keys, key)
		}
		byKey[key].gold = append(byKey[key].gold, ge)
		idx[key] = append(idx[key], j)
	}
	var out []legGroup
	for _, key := range keys {
		gr := byKey[key]
		if len(gr.gold) < 2 {
			continue
		}
		want := map[string]bool{}
		for _, p := range gr.parties {
			want[p] = true
		}
		for i, e := range evs {
			if !strings.EqualFold(e.Type, gr.typ) {
				continue
			}
			var names []string
			for _, p := range e.Participants {
				names = append(names, p.Name)
			}
			have := map[string]bool{}
			for _, c := range canon(names) {
				have[c] = true
			}
			if score.Jaccard(have, want) < score.EventThreshold {
				continue
			}
			o := legOurs{date: strings.TrimSpace(e.Date), place: e.Location, paired: -1}
			for k, j := range idx[key] {
				if m.Gold[i] == j {
					o.paired = k
				}
			}
			o.mentions = append(o.mentions, o.date+"@"+o.place)
			o.said = append(o.said, e.Trigger+": "+e.Sentence)
			for _, ev := range e.Evidence {
				o.mentions = append(o.mentions, ev.Date+"@"+ev.Location)
				o.said = append(o.said, ev.Trigger+": "+ev.Sentence)
			}
			gr.ours = append(gr.ours, o)
		}
		out = append(out, *gr)
	}
	return out
}

// writeLegs prints the groups, then the count of each class and the
// matched events of the groups with a wrong date or place.
func writeLegs(w io.Writer, grs []legGroup) {
	counts := map[string]int{}
	var dates, datesRight, places, placesRight int
	lostGroups, lost := 0, 0 // dates and places a one-to-one pairing would get right that the scorer's does not
	for _, gr := range grs {
		cl := legsClass(gr)
		counts[cl]++
		if l := gr.bestRight() - gr.pairedRight(); l > 0 {
			lostGroups++
			lost += l
			cl += fmt.Sprintf("; pairing costs %d", l)
		}
		fmt.Fprintf(w, "== %s/%s %s %v: %d gold, %d ours [%s]\n", gr.set, gr.article, gr.typ, gr.parties, len(gr.gold), len(gr.ours), cl)
		for k, ge := range gr.gold {
			fmt.Fprintf(w, "   gold %d: %-22s %s\n", k, ge.Date, ge.Location)
		}
		for _, o := range gr.ours {
			pair := "unpaired"
			if o.paired >= 0 {
				pair = fmt.Sprintf("-> gold %d", o.paired)
				ge := gr.gold[o.paired]
				if ge.Date != "" {
					dates++
					if o.date == ge.Date {
						datesRight++
					}
				}
				if ge.Location != "" {
					places++
					if score.SamePlace(gr.g, o.place, ge.Location) {
						placesRight++
					}
				}
			}
			fmt.Fprintf(w, "   ours %-9s %-22s %-16s mentions %s\n", pair, o.date, o.place, strings.Join(o.mentions[1:], "; "))
			for _, l := range o.said {
				fmt.Fprintf(w, "      | %s\n", l)
			}
		}
	}
	names := make([]string, 0, len(counts))
	for n := range counts {
		names = append(names, n)
	}
	sort.Slice(names, func(i, j int) bool {
		if counts[names[i]] != counts[names[j]] {
			return counts[names[i]] > counts[names[j]]
		}
		return names[i] < names[j]
	})
	fmt.Fprintf(w, "\n%d groups; matched events in them: dates %d of %d right, places %d of %d right\n", len(grs), datesRight, dates, placesRight, places)
	fmt.Fprintf(w, "%d groups where the scorer's pairing (participants only, in output order) gives right dates or places the wrong partners: %d values\n", lostGroups, lost)
	for _, n := range names {
		fmt.Fprintf(w, "%5d  %s\n", counts[n], n)
	}
}

func runLegs(ctx context.Context, args []string) error {
	sets, err := newReadingAid("legs", "comma-separated names: articles, heldout, forms, train/tr5...").sets(args)
	if err != nil {
		return err
	}
	var grs []legGroup
	err = eachExtracted(ctx, sets, extract.Options{}, func(set trainsets.Set, g score.Gold, rec *extract.Record) error {
		grs = append(grs, legGroups(set.Name, g, rec.Events)...)
		return nil
	})
	if err != nil {
		return err
	}
	writeLegs(os.Stdout, grs)
	return nil
}
