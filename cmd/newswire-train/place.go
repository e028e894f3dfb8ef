package main

// The place subcommand trains the place ranker (extract/place_rank.go): it
// runs the extractor over the training sets with every event's place
// candidates (extract.Options.PlaceCandidates), labels each candidate of an
// event matched to a gold event with a location (score.MatchEvents: same
// type, participant Jaccard >= 0.5) by whether it is the gold's place
// (score.SamePlace: through the gold's names and aliases), trains a
// logistic regression (internal/learn) on the candidates of the events
// that have more than one and a right one among them, and
// cross-validates the choice (the best-scoring candidate against the
// cascade's) with each set held out in turn.

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"strings"

	"github.com/newswire/newswire/extract"
	"github.com/newswire/newswire/internal/learn"
	"github.com/newswire/newswire/internal/score"
)

func init() {
	commands["place"] = struct {
		what string
		run  func(ctx context.Context, args []string) error
	}{"train the place ranker (extract/tables/place_rank.tsv) and cross-validate it", runPlace}
}

// placeL2 is the trainer's penalty for the place ranker.
const placeL2 = 1.0

// placedEvent is one extracted event matched to a gold event with a
// location.
type placedEvent struct {
	set, article string
	gold         string // the gold's location
	place        string // the event's place (the cascade's)
	right        bool   // the event's place is the gold's
	cands        []extract.PlaceCandidate
	labels       []bool // each candidate is the gold's place
}

// rankable: another candidate competes with the cascade's (placedEvents
// keeps candidates only when the event's place is its cascade
// candidate's); only then does the ranker choose.
func (e placedEvent) rankable() bool { return len(e.cands) >= 2 }

// collectPlaces extracts every article of the sets and returns their
// matched events with a gold location, with their candidates.
func collectPlaces(ctx context.Context, sets []trainSet) ([]placedEvent, error) {
	x, err := extract.New(extract.Options{PlaceCandidates: true})
	if err != nil {
		return nil, fmt.Errorf("building extractor: %w", err)
	}
	var out []placedEvent
	for _, set := range sets {
		evs, err := placesOf(ctx, x, set)
		if err != nil {
			return nil, err
		}
		out = append(out, evs...)
	}
	return out, nil
}

// placesOf extracts one set's articles with x and returns its matched
// events with a gold location.
func placesOf(ctx context.Context, x *extract.Extractor, set trainSet) ([]placedEvent, error) {
	golds := map[string]score.Gold{}
	for _, dir := range set.dirs {
		gs, err := score.LoadGold(dir)
		if err != nil {
			return nil, err
		}
		for _, g := range gs {
			golds[g.ID] = g
		}
	}
	files, err := articleFiles(set.dirs)
	if err != nil {
		return nil, err
	}
	var out []placedEvent
	for _, path := range files {
		data, err := os.ReadFile(path)
		if err != nil {
			return nil, err
		}
		a, err := extract.Decoder{}.Decode(path, data)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		g, ok := golds[a.ID]
		if !ok {
			continue // no gold: nothing to learn from
		}
		rec, err := x.Extract(ctx, a)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		out = append(out, placedEvents(set.name, g, rec.Events)...)
	}
	return out, nil
}

// reextract runs the extractor with the ranker on and model m's weights
// (a place_rank.tsv in a temporary folder, --tables) over one set, and
// counts its matched events with a gold place and those placed right:
// the ranker's real effect, the scene, merge and story passes after it
// included.
func reextract(ctx context.Context, set trainSet, m *learn.Model) (events, right int, err error) {
	dir, err := os.MkdirTemp("", "newswire-place-")
	if err != nil {
		return 0, 0, err
	}
	defer os.RemoveAll(dir)
	var b strings.Builder
	b.WriteString("# a cross-validation fold's weights, in place of the embedded ones\nreset\t1\t\nenabled\t1\t\n")
	if err := m.WriteTable(&b, "bias", nil, false); err != nil {
		return 0, 0, err
	}
	if err := os.WriteFile(filepath.Join(dir, "place_rank.tsv"), []byte(b.String()), 0o644); err != nil {
		return 0, 0, err
	}
	x, err := extract.New(extract.Options{TablesDir: dir})
	if err != nil {
		return 0, 0, fmt.Errorf("building extractor: %w", err)
	}
	evs, err := placesOf(ctx, x, set)
	if err != nil {
		return 0, 0, err
	}
	for _, e := range evs {
		if e.right {
			right++
		}
	}
	return len(evs), right, nil
}

// placedEvents matches an article's events to its gold the scorer's way
// and labels the candidates of those matched to a gold event with a
// location. An event whose place is not its cascade candidate's (a place a
// later pass gave it: story-place, a merged mention's) keeps no
// candidates: the ranker would not have chosen it.
func placedEvents(set string, g score.Gold, evs []extract.Event) []placedEvent {
	preds := make([]score.Event, len(evs))
	for i, e := range evs {
		preds[i] = score.Event{Type: e.Type, Date: e.Date, Location: e.Location}
		for _, p := range e.Participants {
			preds[i].Participants = append(preds[i].Participants, score.Participant{Name: p.Name})
		}
	}
	m := score.MatchEvents(g, preds)
	var out []placedEvent
	for i, e := range evs {
		if m.Gold[i] < 0 || g.Events[m.Gold[i]].Location == "" {
			continue
		}
		gold := g.Events[m.Gold[i]].Location
		pe := placedEvent{set: set, article: g.ID, gold: gold, place: e.Location, right: score.SamePlace(g, e.Location, gold)}
		ok := false
		for _, c := range e.PlaceCandidates {
			ok = ok || c.Cascade && c.Place == e.Location
		}
		if ok {
			pe.cands = e.PlaceCandidates
			for _, c := range pe.cands {
				pe.labels = append(pe.labels, score.SamePlace(g, c.Place, gold))
			}
		}
		out = append(out, pe)
	}
	return out
}

// placeExamples are the training examples: every candidate of the events
// the ranker chooses for that have the gold's place among their
// candidates (an event with none teaches nothing about the choice).
func placeExamples(evs []placedEvent) []learn.Example {
	var out []learn.Example
	for _, e := range evs {
		if !e.rankable() || !anyTrue(e.labels) {
			continue
		}
		for i, c := range e.cands {
			out = append(out, learn.Example{Features: c.Features, Label: e.labels[i], Group: e.set})
		}
	}
	return out
}

func anyTrue(xs []bool) bool {
	for _, x := range xs {
		if x {
			return true
		}
	}
	return false
}

// placePick is the candidate a model chooses: the best-scoring one, the
// cascade's on a tie (as extract's rankPlace does); -1 for none.
func placePick(m *learn.Model, cands []extract.PlaceCandidate) int {
	best, casc := -1, -1
	var bs, cs float64
	for i, c := range cands {
		s := m.Score(c.Features)
		if c.Cascade {
			casc, cs = i, s
		}
		if best < 0 || s > bs {
			best, bs = i, s
		}
	}
	if casc >= 0 && bs <= cs {
		return casc
	}
	return best
}

// placeRightWith: the event's place is right when the model chooses (the
// cascade's when it has fewer than two candidates).
func placeRightWith(m *learn.Model, e placedEvent) bool {
	if !e.rankable() {
		return e.right
	}
	return e.labels[placePick(m, e.cands)]
}

// placeCV is a cross-validation of the place ranker: each held-out set's
// figures, and over all of them the events whose held-out ranker chose
// another place than the cascade (moved), those of them it placed right
// that the cascade had wrong (fixed) and those the cascade had right
// (broke).
type placeCV struct {
	folds               []dateFold
	moved, fixed, broke int
	// real holds, per held-out set, its matched events with a gold place
	// and those placed right when it is extracted again with the ranker
	// on and the fold's weights (reextract), when asked
	real []dateFold
}

// crossValidatePlaces trains once per set with the set held out (on the
// other sets whose names start with one of from, every other set when
// from is empty) and counts the held-out set's events placed right by the
// cascade and by the ranker choosing among their candidates; with real,
// it also extracts the held-out set again with the ranker on (reextract).
func crossValidatePlaces(ctx context.Context, evs []placedEvent, sets []trainSet, l2 float64, from []string, real bool) (placeCV, error) {
	var cv placeCV
	for _, s := range sets {
		var train []placedEvent
		for _, e := range evs {
			if e.set != s.name && hasPrefix(e.set, from) {
				train = append(train, e)
			}
		}
		m, err := learn.Train(placeExamples(train), learn.Config{L2: l2})
		if err != nil {
			return cv, fmt.Errorf("fold %s: %w", s.name, err)
		}
		cv.folds = append(cv.folds, placeFold(s.name, m, evs))
		if real {
			n, right, err := reextract(ctx, s, m)
			if err != nil {
				return cv, fmt.Errorf("fold %s: %w", s.name, err)
			}
			f := cv.folds[len(cv.folds)-1]
			cv.real = append(cv.real, dateFold{set: s.name, events: n, cascade: f.cascade, ranker: right, any: f.any})
		}
		for _, e := range evs {
			if e.set != s.name || !e.rankable() {
				continue
			}
			if k := placePick(m, e.cands); !e.cands[k].Cascade {
				cv.moved++
				switch {
				case e.labels[k]:
					cv.fixed++
				case e.right:
					cv.broke++
				}
			}
		}
	}
	return cv, nil
}

// hasPrefix: s starts with one of prefixes, or prefixes is empty.
func hasPrefix(s string, prefixes []string) bool {
	if len(prefixes) == 0 {
		return true
	}
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// placeFold counts set's events: all, right by the cascade, right by
// model m, with the gold's place among their candidates.
func placeFold(set string, m *learn.Model, evs []placedEvent) dateFold {
	f := dateFold{set: set}
	for _, e := range evs {
		if e.set != set {
			continue
		}
		f.events++
		if e.right {
			f.cascade++
		}
		if placeRightWith(m, e) {
			f.ranker++
		}
		if e.right || anyTrue(e.labels) {
			f.any++
		}
	}
	return f
}

// placeMeaning says what a feature of place_rank.tsv means, by its
// template (extract/place_rank.go placeTemplates).
func placeMeaning(f string) string {
	name, _, _ := strings.Cut(f, ":")
	if i := strings.IndexByte(f, '&'); i >= 0 {
		return "conjunction"
	}
	switch name {
	case "bias":
		return "intercept"
	case "rule":
		return "a rule proposed it"
	case "first":
		return "the earliest rule that proposed it"
	case "cascade":
		return "the cascade's own choice"
	case "agree":
		return "how many rules proposed it"
	case "kind":
		return "its kind"
	case "dateline":
		return "the dateline's city, a place holding it, another"
	case "nest":
		return "inside or holding another candidate"
	case "mentions":
		return "how often the story names it"
	case "where":
		return "where its nearest mention stands"
	case "event":
		return "the event: type, planned, title line, by telephone"
	case "count":
		return "how many places compete"
	case "versus":
		return "against the cascade's choice"
	}
	return ""
}

// writePlaceTable writes place_rank.tsv: a header with the command, the
// sets and the cross-validation, the switch (placeBeats), the bias and the
// weights.
func writePlaceTable(w io.Writer, m *learn.Model, sets []trainSet, cv placeCV, l2 float64) error {
	on := 0
	if placeBeats(cv) {
		on = 1
	}
	var names []string
	for _, s := range sets {
		names = append(names, s.name)
	}
	var b strings.Builder
	b.WriteString("# Place ranker weights (extract/place_rank.go): a logistic regression over the\n")
	b.WriteString("# features of each place an event's place rules propose; the best-scoring place\n")
	b.WriteString("# is the event's when the row \"enabled\" is 1 (the cascade's on a tie).\n")
	b.WriteString("# Made by: go run ./cmd/newswire-train place -write (internal/learn, L2 " + fmt.Sprint(l2) + ")\n")
	b.WriteString("# Trained on: " + strings.Join(names, ", ") + " (never final, blind, ../shared, BBC or Reuters text)\n")
	b.WriteString("# Leave-one-set-out cross-validation, matched events with a gold location, right place:\n")
	cvTable(&b, "#   ", cv.folds)
	b.WriteString("#   " + placeSummary(cv) + "\n")
	b.WriteString("# Each held-out set extracted again with the ranker on and its fold's weights:\n")
	cvTable(&b, "#   ", cv.real)
	fmt.Fprintf(&b, "# enabled: %d (1 only when the ranker beats the cascade in total over the held-out\n", on)
	b.WriteString("# sets and over the testdata/train sets, and fixes more events than it breaks with a\n")
	b.WriteString("# one-sided sign test p < 0.05)\n")
	b.WriteString("# columns: feature<TAB>weight<TAB>meaning\n")
	fmt.Fprintf(&b, "enabled\t%d\tthe ranker chooses the place (1) or the cascade does (0)\n", on)
	if _, err := io.WriteString(w, b.String()); err != nil {
		return err
	}
	return m.WriteTable(w, "bias", placeMeaning, false)
}

// placeTrainFolds are the folds of testdata/train: the other writers'
// sets (not articles, heldout, forms).
func placeTrainFolds(folds []dateFold) []dateFold {
	var out []dateFold
	for _, f := range folds {
		switch f.set {
		case "articles", "heldout", "forms":
		default:
			out = append(out, f)
		}
	}
	return out
}

// placeSummary is the cross-validation's line under its table: the
// testdata/train sets' total, the moves, the sign test.
func placeSummary(cv placeCV) string {
	t := foldTotal(placeTrainFolds(cv.folds))
	return fmt.Sprintf("train/*: %d events, cascade %d, ranker %d; the ranker moved %d events: fixed %d, broke %d (sign test p = %.3f)",
		t.events, t.cascade, t.ranker, cv.moved, cv.fixed, cv.broke, signTest(cv.fixed, cv.broke))
}

// placeBeats: the ranker places more events right than the cascade in
// total over the held-out sets and over the testdata/train sets alone,
// both choosing among the collected candidates and extracting the sets
// again with it on, and the events it fixes outnumber those it breaks by
// more than chance (one-sided sign test, p < 0.05): a lead of one or two
// events among a thousand is noise, not a ranker worth its weights.
func placeBeats(cv placeCV) bool {
	t, tr := foldTotal(cv.folds), foldTotal(placeTrainFolds(cv.folds))
	rt, rtr := foldTotal(cv.real), foldTotal(placeTrainFolds(cv.real))
	return t.ranker > t.cascade && tr.ranker > tr.cascade && rt.ranker > rt.cascade && rtr.ranker > rtr.cascade &&
		signTest(cv.fixed, cv.broke) < 0.05
}

// signTest is the one-sided sign test's p: the chance of at least wins
// successes in wins+losses fair coin flips.
func signTest(wins, losses int) float64 {
	n := wins + losses
	if n == 0 {
		return 1
	}
	p := 0.0
	for k := wins; k <= n; k++ {
		p += math.Exp(lgammaInt(n+1) - lgammaInt(k+1) - lgammaInt(n-k+1) - float64(n)*math.Ln2)
	}
	return math.Min(p, 1)
}

func lgammaInt(n int) float64 {
	v, _ := math.Lgamma(float64(n))
	return v
}

func runPlace(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("place", flag.ContinueOnError)
	root := fs.String("root", ".", "the repository's root")
	write := fs.Bool("write", false, "write extract/tables/place_rank.tsv")
	l2 := fs.Float64("l2", placeL2, "the trainer's L2 penalty")
	dump := fs.String("dump", "", "write each matched event's candidates and labels to this file (JSON lines), for reading")
	from := fs.String("from", "", "train only on these sets (comma-separated name prefixes); every set is still held out in turn")
	narrow := fs.Bool("narrow", false, "only the candidates a rule of the cascade proposes (not the wider places alone)")
	drop := fs.String("drop", "", "leave out the features of these templates (comma-separated: cascade,event)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	sets, err := trainSets(*root)
	if err != nil {
		return err
	}
	evs, err := collectPlaces(ctx, sets)
	if err != nil {
		return err
	}
	dropTemplates(evs, strings.Split(*drop, ","))
	if *narrow {
		narrowCandidates(evs)
	}
	if *dump != "" {
		if err := dumpPlaces(*dump, evs); err != nil {
			return err
		}
	}
	var fromSets []string
	if *from != "" {
		fromSets = strings.Split(*from, ",")
	}
	cv, err := crossValidatePlaces(ctx, evs, sets, *l2, fromSets, true)
	if err != nil {
		return err
	}
	cvTable(os.Stdout, "", cv.folds)
	fmt.Println(placeSummary(cv))
	fmt.Println("extracted again with the ranker on (events: matched with a gold place then; cascade: right without the ranker):")
	cvTable(os.Stdout, "", cv.real)
	m, err := learn.Train(placeExamples(evs), learn.Config{L2: *l2})
	if err != nil {
		return err
	}
	if !*write {
		return writePlaceTable(io.Discard, m, sets, cv, *l2)
	}
	path := filepath.Join(*root, "extract", "tables", "place_rank.tsv")
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := writePlaceTable(f, m, sets, cv, *l2); err != nil {
		f.Close()
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return f.Close()
}

// dropTemplates removes the features of the named templates (the name
// before ":" of a feature, or of either side of a conjunction) from every
// candidate.
func dropTemplates(evs []placedEvent, names []string) {
	gone := map[string]bool{}
	for _, n := range names {
		if n = strings.TrimSpace(n); n != "" {
			gone[n] = true
		}
	}
	if len(gone) == 0 {
		return
	}
	for i := range evs {
		for j := range evs[i].cands {
			c := &evs[i].cands[j]
			var kept []string
			for _, f := range c.Features {
				keep := true
				for _, part := range strings.Split(f, "&") {
					name, _, _ := strings.Cut(part, ":")
					keep = keep && !gone[name]
				}
				if keep {
					kept = append(kept, f)
				}
			}
			c.Features = kept
		}
	}
}

// widerRules are the proposals of extract's widerPlaces: places no rule of
// the cascade gives.
var widerRules = map[string]bool{"sentence-place": true, "dateline-city": true, "story-city": true, "story-country": true}

// narrowCandidates drops the candidates only the wider proposals gave.
func narrowCandidates(evs []placedEvent) {
	for i := range evs {
		e := &evs[i]
		var cs []extract.PlaceCandidate
		var ls []bool
		for j, c := range e.cands {
			wide := true
			for _, r := range c.Rules {
				wide = wide && widerRules[r]
			}
			if !wide || c.Cascade {
				cs, ls = append(cs, c), append(ls, e.labels[j])
			}
		}
		e.cands, e.labels = cs, ls
	}
}

// dumpPlaces writes the events' candidates, one JSON line an event.
func dumpPlaces(path string, evs []placedEvent) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(f)
	for _, e := range evs {
		if err := enc.Encode(map[string]any{"set": e.set, "article": e.article, "gold": e.gold, "place": e.place, "right": e.right, "cands": e.cands, "labels": e.labels}); err != nil {
			f.Close()
			return err
		}
	}
	return f.Close()
}
