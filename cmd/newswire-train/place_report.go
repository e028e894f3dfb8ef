package main

// The placemiss subcommand is a reading aid, not a trainer: for every
// extracted event matched to a gold event (score.MatchEvents: same type,
// participant Jaccard >= 0.5) whose place is wrong or missing, it lists
// the gold's place, the event's, the rule that chose it (from --explain),
// the candidates every place rule proposed (Options.PlaceCandidates), the
// places the event's sentence names, and a first class for the miss
// (missClass), then counts the classes and each set's right places. A
// miss marked "crossed" is only a pairing across legs: under
// score.MatchEventsTied (equal overlaps broken by date and place
// agreement) the event's place is right; the tallies give the official
// and the tie-aware right places:
//
//	go run ./cmd/newswire-train placemiss -sets articles,train/tr5 > /tmp/places-miss.txt
//
// It reads only the sets it is given (by name, as internal/trainsets
// names them): a caller keeps its held-out folds out of it, or asks for
// their totals alone with -totals.

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
	commands["placemiss"] = command{"list matched events whose place is wrong or missing, with the rule and candidates (reading aid)", runPlaceMiss}
}

// placeMiss is one matched event whose place is not the gold's.
type placeMiss struct {
	set, article string
	typ          string
	parties      []string
	gold, place  string
	goldKind     string // the kind the record gives the gold's place ("" when no entity has it)
	placeKind    string
	rule         string   // "place by rule X" of the explain, or the line that placed it
	cands        []string // "Place (rule, rule)"
	inSentence   []string // the LOCATION entities the event's sentence names
	goldInText   bool     // the gold's place (or an alias) is an entity of the record
	goldInSent   bool     // ... named in the event's sentence
	sentence     string
	class        string
	crossed      bool // the place is right under score.MatchEventsTied
}

// placeTally counts one set's matched events with a gold place, and the
// same under the tie-aware pairing (tiedGold, tiedRight).
type placeTally struct{ gold, right, none, tiedGold, tiedRight int }

func runPlaceMiss(ctx context.Context, args []string) error {
	aid := newReadingAid("placemiss", "comma-separated names: articles, heldout, forms, train/tr5...")
	totals := aid.fs.Bool("totals", false, "print each set's right places only, no event of it")
	sets, err := aid.sets(args)
	if err != nil {
		return err
	}
	var misses []placeMiss
	tallies := map[string]*placeTally{}
	var names []string
	for _, set := range sets {
		names = append(names, set.Name)
		tallies[set.Name] = &placeTally{}
	}
	o := extract.Options{PlaceCandidates: true, Explain: true, WithText: true}
	err = eachExtracted(ctx, sets, o, func(set trainsets.Set, g score.Gold, rec *extract.Record) error {
		ms := placeMisses(set.Name, g, *rec, tallies[set.Name])
		if !*totals {
			misses = append(misses, ms...)
		}
		return nil
	})
	if err != nil {
		return err
	}
	writePlaceMisses(os.Stdout, misses)
	writePlaceTallies(os.Stdout, names, tallies, misses)
	return nil
}

// placeMisses matches one article's events to its gold and returns its
// matched events with a wrong or missing place (and, with class
// "extra-place", those placed where the gold has no place: the scorer
// counts nothing for them), counting its matched events in t.
func placeMisses(set string, g score.Gold, rec extract.Record, t *placeTally) []placeMiss {
	m := score.MatchEvents(g, scoredEvents(rec.Events))
	tied := pairTied(g, rec.Events)
	var out []placeMiss
	for i, e := range rec.Events {
		if tied.placed[i] {
			t.tiedGold++
		}
		if tied.placeRight[i] {
			t.tiedRight++
		}
		if m.Gold[i] < 0 {
			continue
		}
		ge := g.Events[m.Gold[i]]
		if ge.Location != "" {
			t.gold++
		}
		switch {
		case ge.Location == "" && e.Location == "":
			continue
		case ge.Location != "" && score.SamePlace(g, e.Location, ge.Location):
			t.right++
			continue
		case ge.Location != "" && e.Location == "":
			t.none++
		}
		pm := placeMiss{set: set, article: g.ID, typ: e.Type, gold: ge.Location, place: e.Location, sentence: e.Sentence, crossed: tied.placeRight[i]}
		for _, p := range e.Participants {
			pm.parties = append(pm.parties, p.Name)
		}
		pm.rule = placeRuleOf(e.Explain)
		for _, c := range e.PlaceCandidates {
			mark := ""
			if c.Cascade {
				mark = "*"
			}
			pm.cands = append(pm.cands, fmt.Sprintf("%s%s (%s)", mark, c.Place, strings.Join(c.Rules, ", ")))
		}
		text := []rune(rec.Text)
		for _, en := range rec.Entities {
			if en.Type != "LOCATION" {
				continue
			}
			isGold := ge.Location != "" && (score.SamePlace(g, en.Text, ge.Location) || anySame(g, en.Aliases, ge.Location))
			if isGold {
				pm.goldInText, pm.goldKind = true, en.Kind
			}
			if score.SamePlace(g, en.Text, e.Location) || anySame(g, en.Aliases, e.Location) {
				pm.placeKind = en.Kind
			}
			if e.SentenceSpan == nil {
				continue
			}
			for _, sp := range en.Spans {
				if sp[0] >= e.SentenceSpan[0] && sp[1] <= e.SentenceSpan[1] && sp[1] <= len(text) {
					pm.inSentence = append(pm.inSentence, string(text[sp[0]:sp[1]])+"/"+en.Kind)
					pm.goldInSent = pm.goldInSent || isGold
				}
			}
		}
		pm.class = missClass(pm)
		out = append(out, pm)
	}
	return out
}

func anySame(g score.Gold, names []string, place string) bool {
	for _, n := range names {
		if score.SamePlace(g, n, place) {
			return true
		}
	}
	return false
}

// placeRuleOf is the rule the explain says placed the event: "place by
// rule X", else the last line that names a place's source.
func placeRuleOf(explain []string) string {
	rule := ""
	for _, l := range explain {
		switch {
		case strings.HasPrefix(l, "place by rule "):
			rule = strings.TrimPrefix(l, "place by rule ")
		case strings.Contains(l, "by rule host-country"):
			rule = "host-country"
		case strings.Contains(l, "reading trip-leg"):
			rule = "trip-leg"
		}
	}
	return rule
}

// missClass is a first, mechanical class of a miss, for counting; the
// report's reader refines it.
func missClass(m placeMiss) string {
	switch {
	case m.gold == "":
		return "extra-place"
	case m.place == "" && m.goldInSent:
		return "none/gold-in-sentence"
	case m.place == "":
		return "none/gold-elsewhere"
	case !m.goldInText:
		return "gold-not-an-entity"
	case m.placeKind == "country" && m.goldKind == "city":
		return "country-for-city"
	case m.placeKind == "city" && m.goldKind == "country":
		return "city-for-country"
	case m.rule == "dateline" && m.goldInSent:
		return "dateline-over-sentence"
	case m.rule == "venue":
		return "venue"
	case m.goldInSent:
		return "other/gold-in-sentence/" + m.rule
	default:
		return "other/gold-elsewhere/" + m.rule
	}
}

func writePlaceMisses(w io.Writer, ms []placeMiss) {
	for _, m := range ms {
		mark := ""
		if m.crossed {
			mark = "  crossed"
		}
		fmt.Fprintf(w, "== %s %s %s %v\n", m.set, m.article, m.typ, m.parties)
		fmt.Fprintf(w, "   gold %q (%s)  predicted %q (%s)  rule %s  class %s%s\n", m.gold, m.goldKind, m.place, m.placeKind, m.rule, m.class, mark)
		fmt.Fprintf(w, "   sentence: %s\n", m.sentence)
		fmt.Fprintf(w, "   sentence places: %s\n", strings.Join(m.inSentence, "; "))
		fmt.Fprintf(w, "   candidates: %s\n", strings.Join(m.cands, "; "))
	}
}

func writePlaceTallies(w io.Writer, names []string, ts map[string]*placeTally, ms []placeMiss) {
	all := placeTally{}
	fmt.Fprintln(w, "set\tmatched with a gold place\tright\tnone predicted\ttie-aware matched with a gold place\ttie-aware right (reading aid)")
	for _, n := range names {
		t := ts[n]
		all.gold, all.right, all.none = all.gold+t.gold, all.right+t.right, all.none+t.none
		all.tiedGold, all.tiedRight = all.tiedGold+t.tiedGold, all.tiedRight+t.tiedRight
		fmt.Fprintf(w, "%s\t%d\t%d\t%d\t%d\t%d\n", n, t.gold, t.right, t.none, t.tiedGold, t.tiedRight)
	}
	fmt.Fprintf(w, "total\t%d\t%d\t%d\t%d\t%d\n", all.gold, all.right, all.none, all.tiedGold, all.tiedRight)
	counts := map[string]int{}
	crossed := 0
	for _, m := range ms {
		counts[m.class]++
		if m.crossed {
			crossed++
		}
	}
	fmt.Fprintf(w, "crossed\t%d of the %d misses listed are right under the tie-aware pairing\n", crossed, len(ms))
	classes := make([]string, 0, len(counts))
	for c := range counts {
		classes = append(classes, c)
	}
	sort.Slice(classes, func(i, j int) bool {
		if counts[classes[i]] != counts[classes[j]] {
			return counts[classes[i]] > counts[classes[j]]
		}
		return classes[i] < classes[j]
	})
	for _, c := range classes {
		fmt.Fprintf(w, "class\t%s\t%d\n", c, counts[c])
	}
}
