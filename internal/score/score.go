// Package score compares article records with gold files and counts true
// positives, false positives and false negatives per entity type and per
// event type. It is an importable port of /work/shared/eval/score.go and
// follows the same rules (see GUIDELINES.md there):
//
//   - strings are compared after Norm: case, punctuation, a leading "the"
//     and repeated spaces are folded away;
//   - PERSON, ORGANIZATION and LOCATION predictions hit a gold entry when
//     their text or an alias equals its name or an alias; several hits on
//     one gold entry count once; a hit on an optional entry counts nothing;
//   - TITLE is scored on (holder, title) pairs, read from PERSON.title and
//     from TITLE.holder/text alike;
//   - DATE is scored on value, ACRONYM on the short form (expansions are
//     counted separately);
//   - an event matches a gold event of the same type when their participant
//     sets, resolved through the gold's aliases, have a Jaccard overlap of at
//     least 0.5; each gold event matches at most one prediction, and matched
//     events are checked for date and location.
//
// The package does not import extract: Record reads only the fields the
// scorer needs from the JSON form of an article record.
package score

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"
)

// EntityTypes are the scored entity types, in report order.
var EntityTypes = []string{"PERSON", "TITLE", "ORGANIZATION", "LOCATION", "DATE", "ACRONYM"}

// EventTypes are the scored event types, in report order.
var EventTypes = []string{"meeting", "visit", "agreement"}

// ---- gold ----

// GoldEntity is one gold entry. Which fields are set depends on its type:
// Name and Aliases for PERSON, ORGANIZATION and LOCATION; Holder and Title
// for TITLE; Text and Value for DATE; Short and Long for ACRONYM.
type GoldEntity struct {
	Name    string   `json:"name,omitempty"`
	Aliases []string `json:"aliases,omitempty"`
	Holder  string   `json:"holder,omitempty"`
	Title   string   `json:"title,omitempty"`
	Text    string   `json:"text,omitempty"`
	Value   string   `json:"value,omitempty"`
	Short   string   `json:"short,omitempty"`
	Long    string   `json:"long,omitempty"`
}

// GoldEvent is one gold event; participants are names the gold knows.
type GoldEvent struct {
	Type         string   `json:"type"`
	Participants []string `json:"participants"`
	Date         string   `json:"date,omitempty"`
	Location     string   `json:"location,omitempty"`
}

// Gold is the content of one <id>.gold.json file.
type Gold struct {
	ID             string                  `json:"id"`
	Entities       map[string][]GoldEntity `json:"entities"`
	Optional       map[string][]GoldEntity `json:"optional,omitempty"`
	Events         []GoldEvent             `json:"events"`
	OptionalEvents []GoldEvent             `json:"optional_events,omitempty"`
}

// LoadGold reads every *.gold.json file of dir, sorted by file name. A gold
// without an id takes the file name without ".gold.json".
func LoadGold(dir string) ([]Gold, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.gold.json"))
	if err != nil {
		return nil, fmt.Errorf("score: listing golds in %s: %w", dir, err)
	}
	if len(paths) == 0 {
		return nil, fmt.Errorf("score: no *.gold.json in %s", dir)
	}
	sort.Strings(paths)
	out := make([]Gold, 0, len(paths))
	for _, p := range paths {
		g, err := LoadGoldFile(p)
		if err != nil {
			return nil, err
		}
		out = append(out, g)
	}
	return out, nil
}

// LoadGoldFile reads one gold file.
func LoadGoldFile(path string) (Gold, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return Gold{}, fmt.Errorf("score: reading gold: %w", err)
	}
	var g Gold
	if err := json.Unmarshal(b, &g); err != nil {
		return Gold{}, fmt.Errorf("score: decoding gold %s: %w", path, err)
	}
	if g.ID == "" {
		g.ID = strings.TrimSuffix(filepath.Base(path), ".gold.json")
	}
	return g, nil
}

// ---- records ----

// Entity is the part of a record's entity the scorer reads.
type Entity struct {
	Type         string   `json:"type"`
	Text         string   `json:"text"`
	Aliases      []string `json:"aliases,omitempty"`
	Title        string   `json:"title,omitempty"`
	Holder       string   `json:"holder,omitempty"`
	Value        string   `json:"value,omitempty"`
	Expansion    string   `json:"expansion,omitempty"`
	Organization string   `json:"organization,omitempty"`
}

// Participant is one party of a record's event.
type Participant struct {
	Name string `json:"name"`
}

// Event is the part of a record's event the scorer reads.
type Event struct {
	Type         string        `json:"type"`
	Participants []Participant `json:"participants"`
	Date         string        `json:"date,omitempty"`
	Location     string        `json:"location,omitempty"`
}

// Record is the part of an article record the scorer reads.
type Record struct {
	ID       string   `json:"id"`
	Entities []Entity `json:"entities"`
	Events   []Event  `json:"events"`
}

// ReadRecords decodes article records, one JSON object a line, as printed by
// `newswire extract`. Blank lines are skipped.
func ReadRecords(r io.Reader) ([]Record, error) {
	var out []Record
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimSpace(sc.Text())
		if text == "" {
			continue
		}
		var rec Record
		if err := json.Unmarshal([]byte(text), &rec); err != nil {
			return nil, fmt.Errorf("score: record on line %d: %w", line, err)
		}
		out = append(out, rec)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("score: reading records: %w", err)
	}
	return out, nil
}

// ---- normalisation ----

// Norm folds case, punctuation, a leading "the" and repeated spaces, the way
// every string is compared. Hyphens, slashes and ampersands count as spaces.
func Norm(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
			space = false
		case unicode.IsSpace(r) || r == '-' || r == '/' || r == '&':
			if !space && b.Len() > 0 {
				b.WriteByte(' ')
				space = true
			}
		default: // drop . , ' ’ ( ) and the like
		}
	}
	out := strings.TrimSpace(b.String())
	return strings.TrimPrefix(out, "the ")
}

func keys(names ...string) map[string]bool {
	m := map[string]bool{}
	for _, n := range names {
		if k := Norm(n); k != "" {
			m[k] = true
		}
	}
	return m
}

func intersects(a, b map[string]bool) bool {
	for k := range a {
		if b[k] {
			return true
		}
	}
	return false
}

func nameKeys(e GoldEntity) map[string]bool {
	return keys(append([]string{e.Name}, e.Aliases...)...)
}

// ---- results ----

// Tally counts true positives, false positives and false negatives.
type Tally struct{ TP, FP, FN int }

// Add adds o to t.
func (t *Tally) Add(o Tally) { t.TP += o.TP; t.FP += o.FP; t.FN += o.FN }

// PRF returns precision, recall and F1. A tally with nothing in it (no gold
// and no prediction) scores 1 on all three, as score.go does.
func (t Tally) PRF() (p, r, f float64) {
	if t.TP+t.FP+t.FN == 0 {
		return 1, 1, 1
	}
	if t.TP+t.FP > 0 {
		p = float64(t.TP) / float64(t.TP+t.FP)
	}
	if t.TP+t.FN > 0 {
		r = float64(t.TP) / float64(t.TP+t.FN)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// F1 returns the F1 of t.
func (t Tally) F1() float64 { _, _, f := t.PRF(); return f }

// Miss is one error: Kind is "FP PERSON", "FN EVENT", "EVENT DATE",
// "BAD EXPANSION", "NO RECORD" and the like.
type Miss struct {
	Article string
	Kind    string
	What    string
}

func (m Miss) String() string { return fmt.Sprintf("%-28s %-20s %s", m.Article, m.Kind, m.What) }

// Result is the outcome of Score.
type Result struct {
	Articles       int // golds scored
	MissingRecords int // golds without a record
	// Entities holds one tally per entity type (EntityTypes), Events one per
	// event type (EventTypes).
	Entities map[string]Tally
	Events   map[string]Tally
	// EntityTotal and EventTotal are the micro totals.
	EntityTotal Tally
	EventTotal  Tally
	// Acronym expansions: right of gold acronyms with a long form that were
	// hit, and expansions given where the article gives none.
	ExpansionsRight, ExpansionsGold, SpuriousExpansions int
	// Matched events with the right date (of those whose gold has a date),
	// and with the right location (likewise).
	EventDatesRight, EventDatesGold         int
	EventLocationsRight, EventLocationsGold int
	// The same two counts under MatchEventsTied, a reading aid: how many
	// date and place misses are only pairings across legs of the same
	// parties. The official counts above stay the measure; Misses and the
	// tallies follow MatchEvents alone.
	TiedDatesRight, TiedDatesGold         int
	TiedLocationsRight, TiedLocationsGold int
	// Misses lists every error, article by article.
	Misses []Miss
}

// Table renders the result like score.go's summary.
func (r Result) Table() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d articles scored, %d without a record\n\n", r.Articles, r.MissingRecords)
	fmt.Fprintf(&b, "%-16s %5s %5s %5s %6s %6s %6s\n", "", "tp", "fp", "fn", "P", "R", "F1")
	line := func(name string, t Tally) {
		p, rc, f := t.PRF()
		fmt.Fprintf(&b, "%-16s %5d %5d %5d %6.3f %6.3f %6.3f\n", name, t.TP, t.FP, t.FN, p, rc, f)
	}
	for _, t := range EntityTypes {
		line(t, r.Entities[t])
	}
	line("entities", r.EntityTotal)
	b.WriteString("\n")
	for _, t := range EventTypes {
		line("event "+t, r.Events[t])
	}
	line("events", r.EventTotal)
	b.WriteString("\n")
	fmt.Fprintf(&b, "acronym expansions right: %d of %d (%d given where the article gives none)\n",
		r.ExpansionsRight, r.ExpansionsGold, r.SpuriousExpansions)
	fmt.Fprintf(&b, "matched events with the right date: %d of %d, right location: %d of %d\n",
		r.EventDatesRight, r.EventDatesGold, r.EventLocationsRight, r.EventLocationsGold)
	fmt.Fprintf(&b, "tie-aware pairing (reading aid, not the measure): date %d of %d, location %d of %d\n",
		r.TiedDatesRight, r.TiedDatesGold, r.TiedLocationsRight, r.TiedLocationsGold)
	fmt.Fprintf(&b, "entity F1 %.3f event F1 %.3f\n", r.EntityTotal.F1(), r.EventTotal.F1())
	return b.String()
}

// ---- scoring ----

type scorer struct {
	ent  map[string]*Tally
	ev   map[string]*Tally
	res  *Result
	miss []Miss
}

func (s *scorer) note(article, kind, what string) {
	s.miss = append(s.miss, Miss{article, kind, what})
}

// Score scores records against golds. Records are matched to golds by id;
// several records with one id are merged; records without a gold are
// ignored, golds without a record count every gold entry as missed.
func Score(golds []Gold, records []Record) Result {
	byID := map[string]Record{}
	for _, r := range records {
		if prev, ok := byID[r.ID]; ok {
			prev.Entities = append(append([]Entity(nil), prev.Entities...), r.Entities...)
			prev.Events = append(append([]Event(nil), prev.Events...), r.Events...)
			r = prev
		}
		byID[r.ID] = r
	}
	res := Result{Entities: map[string]Tally{}, Events: map[string]Tally{}}
	s := &scorer{ent: map[string]*Tally{}, ev: map[string]*Tally{}, res: &res}
	for _, t := range EntityTypes {
		s.ent[t] = &Tally{}
	}
	for _, t := range EventTypes {
		s.ev[t] = &Tally{}
	}
	for _, g := range golds {
		r, ok := byID[g.ID]
		if !ok {
			res.MissingRecords++
			s.note(g.ID, "NO RECORD", "no article record with this id")
		}
		s.article(g, r)
	}
	res.Articles = len(golds)
	for _, t := range EntityTypes {
		res.Entities[t] = *s.ent[t]
		res.EntityTotal.Add(*s.ent[t])
	}
	for _, t := range EventTypes {
		res.Events[t] = *s.ev[t]
		res.EventTotal.Add(*s.ev[t])
	}
	res.Misses = s.miss
	return res
}

func (s *scorer) article(g Gold, r Record) {
	byType := map[string][]Entity{}
	for _, e := range r.Entities {
		t := strings.ToUpper(e.Type)
		byType[t] = append(byType[t], e)
	}
	s.named(g, "PERSON", byType["PERSON"])
	s.titles(g, r.Entities)
	s.named(g, "ORGANIZATION", byType["ORGANIZATION"])
	s.named(g, "LOCATION", byType["LOCATION"])
	s.dates(g, byType["DATE"])
	s.acronyms(g, byType["ACRONYM"])
	s.events(g, r.Events)
}

// named scores PERSON, ORGANIZATION and LOCATION.
func (s *scorer) named(g Gold, typ string, preds []Entity) {
	req, opt := g.Entities[typ], g.Optional[typ]
	hit := make([]bool, len(req))
	t := s.ent[typ]
	for _, p := range preds {
		pk := keys(append([]string{p.Text}, p.Aliases...)...)
		matched := false
		for i, e := range req {
			if intersects(pk, nameKeys(e)) {
				if !hit[i] {
					hit[i] = true
					t.TP++
				}
				matched = true
				break
			}
		}
		if !matched {
			for _, e := range opt {
				if intersects(pk, nameKeys(e)) {
					matched = true
					break
				}
			}
		}
		if !matched {
			t.FP++
			s.note(g.ID, "FP "+typ, p.Text)
		}
	}
	for i, e := range req {
		if !hit[i] {
			t.FN++
			s.note(g.ID, "FN "+typ, e.Name)
		}
	}
}

var nameTypes = []string{"PERSON", "ORGANIZATION", "LOCATION"}

// entryKeys returns every name the gold knows an entity by (the first
// PERSON, ORGANIZATION or LOCATION entry, required or optional, sharing a
// name with it), or the name's own key when the gold does not know it.
func entryKeys(g Gold, name string) map[string]bool {
	k := keys(name)
	for _, sect := range []map[string][]GoldEntity{g.Entities, g.Optional} {
		for _, typ := range nameTypes {
			for _, e := range sect[typ] {
				if ek := nameKeys(e); intersects(k, ek) {
					return ek
				}
			}
		}
	}
	return k
}

// canonical maps a participant or place name onto the gold's own name for it.
func canonical(g Gold, name string) string {
	k := keys(name)
	for _, sect := range []map[string][]GoldEntity{g.Entities, g.Optional} {
		for _, typ := range nameTypes {
			for _, e := range sect[typ] {
				if intersects(k, nameKeys(e)) {
					return Norm(e.Name)
				}
			}
		}
	}
	return Norm(name)
}

func (s *scorer) titles(g Gold, preds []Entity) {
	type pair struct {
		holder map[string]bool
		title  string
		show   string
	}
	var ps []pair
	seen := map[string]bool{}
	add := func(holder []string, title string) {
		if Norm(title) == "" || len(holder) == 0 || Norm(holder[0]) == "" {
			return
		}
		key := canonical(g, holder[0]) + "|" + Norm(title)
		if seen[key] {
			return
		}
		seen[key] = true
		ps = append(ps, pair{keys(holder...), Norm(title), holder[0] + " = " + title})
	}
	for _, p := range preds {
		switch strings.ToUpper(p.Type) {
		case "PERSON":
			add(append([]string{p.Text}, p.Aliases...), p.Title)
		case "TITLE":
			add([]string{p.Holder}, p.Text)
		}
	}
	req, opt := g.Entities["TITLE"], g.Optional["TITLE"]
	hit := make([]bool, len(req))
	t := s.ent["TITLE"]
	for _, p := range ps {
		matched := false
		for i, e := range req {
			if Norm(e.Title) == p.title && intersects(p.holder, entryKeys(g, e.Holder)) {
				if !hit[i] {
					hit[i] = true
					t.TP++
				}
				matched = true
				break
			}
		}
		if !matched {
			for _, e := range opt {
				if Norm(e.Title) == p.title && intersects(p.holder, entryKeys(g, e.Holder)) {
					matched = true
					break
				}
			}
		}
		if !matched {
			t.FP++
			s.note(g.ID, "FP TITLE", p.show)
		}
	}
	for i, e := range req {
		if !hit[i] {
			t.FN++
			s.note(g.ID, "FN TITLE", e.Holder+" = "+e.Title)
		}
	}
}

func (s *scorer) dates(g Gold, preds []Entity) {
	req, opt := g.Entities["DATE"], g.Optional["DATE"]
	hit := make([]bool, len(req))
	seen := map[string]bool{}
	t := s.ent["DATE"]
	for _, p := range preds {
		v := strings.TrimSpace(p.Value)
		if seen[v+"|"+Norm(p.Text)] {
			continue
		}
		seen[v+"|"+Norm(p.Text)] = true
		matched := false
		for i, e := range req {
			if v != "" && v == strings.TrimSpace(e.Value) {
				if !hit[i] {
					hit[i] = true
					t.TP++
				}
				matched = true
				break
			}
		}
		if !matched {
			for _, e := range opt {
				if (v != "" && v == strings.TrimSpace(e.Value)) || (Norm(p.Text) != "" && Norm(p.Text) == Norm(e.Text)) {
					matched = true
					break
				}
			}
		}
		if !matched {
			t.FP++
			s.note(g.ID, "FP DATE", fmt.Sprintf("%q = %s", p.Text, v))
		}
	}
	for i, e := range req {
		if !hit[i] {
			t.FN++
			s.note(g.ID, "FN DATE", fmt.Sprintf("%q = %s", e.Text, e.Value))
		}
	}
}

func (s *scorer) acronyms(g Gold, preds []Entity) {
	req, opt := g.Entities["ACRONYM"], g.Optional["ACRONYM"]
	hit := make([]bool, len(req))
	t := s.ent["ACRONYM"]
	for _, p := range preds {
		k := Norm(p.Text)
		matched := false
		for i, e := range req {
			if k != "" && k == Norm(e.Short) {
				if !hit[i] {
					hit[i] = true
					t.TP++
					if Norm(e.Long) != "" {
						s.res.ExpansionsGold++
						if Norm(p.Expansion) == Norm(e.Long) {
							s.res.ExpansionsRight++
						} else {
							s.note(g.ID, "BAD EXPANSION", fmt.Sprintf("%s = %q, want %q", e.Short, p.Expansion, e.Long))
						}
					} else if Norm(p.Expansion) != "" {
						s.res.SpuriousExpansions++
						s.note(g.ID, "SPURIOUS EXPANSION", fmt.Sprintf("%s = %q", e.Short, p.Expansion))
					}
				}
				matched = true
				break
			}
		}
		if !matched {
			for _, e := range opt {
				if k != "" && k == Norm(e.Short) {
					matched = true
					break
				}
			}
		}
		if !matched {
			t.FP++
			s.note(g.ID, "FP ACRONYM", p.Text)
		}
	}
	for i, e := range req {
		if !hit[i] {
			t.FN++
			s.note(g.ID, "FN ACRONYM", e.Short)
		}
	}
}

// Jaccard returns |a∩b| / |a∪b|, and 0 for two empty sets.
func Jaccard(a, b map[string]bool) float64 {
	if len(a) == 0 && len(b) == 0 {
		return 0
	}
	inter := 0
	for k := range a {
		if b[k] {
			inter++
		}
	}
	return float64(inter) / float64(len(a)+len(b)-inter)
}

// EventThreshold is the least participant Jaccard overlap of a match.
const EventThreshold = 0.5

// Verdict is what the scorer made of one predicted event.
type Verdict int

const (
	// Unscored: an event type the scorer does not score.
	Unscored Verdict = iota
	// Right: matched a gold event (a true positive).
	Right
	// Wrong: matched nothing (a false positive), a duplicate of a matched
	// one included.
	Wrong
	// Optional: matched only an optional gold event; it counts nothing.
	Optional
)

// EventMatch is the matching of one article's predicted events against its
// gold: for each prediction its verdict and the gold event it matched (-1
// for none), and for each gold event whether a prediction matched it.
type EventMatch struct {
	Verdicts []Verdict
	Gold     []int
	Matched  []bool
}

// MatchEvents matches an article's predicted events to its gold events the
// way Score does: same type, participant Jaccard overlap >= EventThreshold
// after resolving names through the gold's aliases, best overlaps first,
// each gold event matched once.
func MatchEvents(g Gold, preds []Event) EventMatch {
	return matchEvents(g, preds, false)
}

// MatchEventsTied is a reading aid, not the measure: it matches like
// MatchEvents, but among candidate pairs of equal participant overlap it
// prefers the pair whose date and place agree (same date: 2, same place:
// 1, each checked the way Score checks a matched event's), where
// MatchEvents keeps their order. When gold events share their parties
// (stops of one trip, sessions of one negotiation), the official
// matching pairs a prediction with the first such gold event whatever
// its date and place; this one pairs each leg with its own.
// Overlap still decides first: agreement never beats a better overlap.
func MatchEventsTied(g Gold, preds []Event) EventMatch {
	return matchEvents(g, preds, true)
}

// agreement is how well a predicted event's date and place agree with a
// gold event's: 2 for the same date, 1 for the same place.
func agreement(g Gold, p Event, ge GoldEvent) int {
	n := 0
	if ge.Date != "" && strings.TrimSpace(p.Date) == ge.Date {
		n += 2
	}
	if ge.Location != "" && canonical(g, p.Location) == canonical(g, ge.Location) {
		n++
	}
	return n
}

func matchEvents(g Gold, preds []Event, tied bool) EventMatch {
	scored := map[string]bool{}
	for _, t := range EventTypes {
		scored[t] = true
	}
	set := func(names []string) map[string]bool {
		m := map[string]bool{}
		for _, n := range names {
			if c := canonical(g, n); c != "" {
				m[c] = true
			}
		}
		return m
	}
	psets := make([]map[string]bool, len(preds))
	for i, p := range preds {
		var names []string
		for _, x := range p.Participants {
			names = append(names, x.Name)
		}
		psets[i] = set(names)
	}
	type cand struct {
		p, g  int
		j     float64
		agree int // agreement, read only when tied
	}
	var cs []cand
	for i, p := range preds {
		if !scored[strings.ToLower(p.Type)] {
			continue
		}
		for j, ge := range g.Events {
			if strings.EqualFold(p.Type, ge.Type) {
				if jj := Jaccard(psets[i], set(ge.Participants)); jj >= EventThreshold {
					c := cand{p: i, g: j, j: jj}
					if tied {
						c.agree = agreement(g, p, ge)
					}
					cs = append(cs, c)
				}
			}
		}
	}
	sort.SliceStable(cs, func(a, b int) bool {
		if cs[a].j != cs[b].j || !tied {
			return cs[a].j > cs[b].j
		}
		return cs[a].agree > cs[b].agree
	})
	m := EventMatch{Verdicts: make([]Verdict, len(preds)), Gold: make([]int, len(preds)), Matched: make([]bool, len(g.Events))}
	for i := range m.Gold {
		m.Gold[i] = -1
	}
	for _, c := range cs {
		if m.Gold[c.p] >= 0 || m.Matched[c.g] {
			continue
		}
		m.Gold[c.p] = c.g
		m.Matched[c.g] = true
	}
	for i, p := range preds {
		switch {
		case !scored[strings.ToLower(p.Type)]:
			m.Verdicts[i] = Unscored
		case m.Gold[i] >= 0:
			m.Verdicts[i] = Right
		default:
			m.Verdicts[i] = Wrong
			for _, oe := range g.OptionalEvents {
				if strings.EqualFold(p.Type, oe.Type) && Jaccard(psets[i], set(oe.Participants)) >= EventThreshold {
					m.Verdicts[i] = Optional
					break
				}
			}
		}
	}
	return m
}

func (s *scorer) events(g Gold, preds []Event) {
	scored := map[string]bool{}
	for _, t := range EventTypes {
		scored[t] = true
	}
	var ps []Event
	for _, p := range preds {
		if scored[strings.ToLower(p.Type)] {
			ps = append(ps, p)
		}
	}
	pnames := make([][]string, len(ps))
	for i, p := range ps {
		for _, x := range p.Participants {
			pnames[i] = append(pnames[i], x.Name)
		}
	}
	m := MatchEvents(g, ps)
	pm, gm := m.Gold, m.Matched
	for i, p := range ps {
		typ := strings.ToLower(p.Type)
		if pm[i] >= 0 {
			s.ev[typ].TP++
			ge := g.Events[pm[i]]
			if ge.Date != "" {
				s.res.EventDatesGold++
				if strings.TrimSpace(p.Date) == ge.Date {
					s.res.EventDatesRight++
				} else {
					s.note(g.ID, "EVENT DATE", fmt.Sprintf("%s %v: %q, want %q", ge.Type, ge.Participants, p.Date, ge.Date))
				}
			}
			if ge.Location != "" {
				s.res.EventLocationsGold++
				if canonical(g, p.Location) == canonical(g, ge.Location) {
					s.res.EventLocationsRight++
				} else {
					s.note(g.ID, "EVENT LOCATION", fmt.Sprintf("%s %v: %q, want %q", ge.Type, ge.Participants, p.Location, ge.Location))
				}
			}
			continue
		}
		if m.Verdicts[i] == Wrong {
			s.ev[typ].FP++
			s.note(g.ID, "FP EVENT", fmt.Sprintf("%s %v", typ, pnames[i]))
		}
	}
	s.tied(g, ps)
	for j, ge := range g.Events {
		if !gm[j] && scored[ge.Type] {
			s.ev[ge.Type].FN++
			s.note(g.ID, "FN EVENT", fmt.Sprintf("%s %v", ge.Type, ge.Participants))
		}
	}
}

// tied counts the matched events' right dates and places under
// MatchEventsTied (Result.TiedDatesRight and the like).
func (s *scorer) tied(g Gold, ps []Event) {
	m := MatchEventsTied(g, ps)
	for i, p := range ps {
		if m.Gold[i] < 0 {
			continue
		}
		ge := g.Events[m.Gold[i]]
		if ge.Date != "" {
			s.res.TiedDatesGold++
			if strings.TrimSpace(p.Date) == ge.Date {
				s.res.TiedDatesRight++
			}
		}
		if ge.Location != "" {
			s.res.TiedLocationsGold++
			if canonical(g, p.Location) == canonical(g, ge.Location) {
				s.res.TiedLocationsRight++
			}
		}
	}
}
