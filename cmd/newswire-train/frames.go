package main

// The frames subcommand induces event frames from the training sets
// (extract/tables/frames_learned.tsv, read by extract/frames_learned.go):
//
//  1. Propose. Every training article is extracted with the rules alone.
//     For each gold event the output misses (type and participant Jaccard
//     >= 0.5, score.MatchEvents), each verb or common noun no frame reads
//     (extract.FrameReadings) is a proposal when its clause reading puts
//     two of the event's parties in its roles (through the gold's names
//     and aliases), or for a visit a visitor and the destination. The
//     proposal is the word's lemma (the project's morphology), its part
//     of speech, the event's type and the roles the parties stood in.
//  2. Count. The proposals are added to the frames all at once and the
//     sets extracted again: every event a proposed frame makes (the frame
//     its --explain names) finds a gold event the rules alone missed, or
//     is other: false, or a gold event the rules already had.
//  3. Keep a proposal when its events found missed gold events in at least
//     framesMinSets sets and its estimated precision,
//     (found+1)/(found+other+2), is at least framesMinPrecision.
//
// Cross-validation: each set is held out in turn; steps 1-3 run on the
// other sets only, the held-out set is extracted with the frames kept and
// compared with the rules alone. The switch row is "on 1" only when the
// pooled event F1 gains at least framesMargin in total and on the
// testdata/train/tr* sets (never tuned on).

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/newswire/newswire/extract"
	"github.com/newswire/newswire/extract/tables"
	"github.com/newswire/newswire/internal/score"
	"github.com/newswire/newswire/internal/trainsets"
)

func init() {
	commands["frames"] = command{"induce event frames (extract/tables/frames_learned.tsv) and cross-validate them", runFrames}
}

// The bars, fixed before the first cross-validation.
const (
	framesMinSets      = 2     // a frame's events find missed gold events in this many sets at least
	framesMinPrecision = 0.5   // (found+1)/(found+other+2)
	framesMargin       = 0.005 // event F1 gain, in total and on tr*, to switch on
	// negative evidence: a hand-written frame whose events are right
	// under this share, in this many sets at least, is reported
	framesBadPrecision = 0.3
	framesBadSets      = 3
)

func runFrames(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("frames", flag.ContinueOnError)
	root := fs.String("root", ".", "the repository's root: the sets are read from ROOT/testdata")
	write := fs.Bool("write", false, "write ROOT/extract/tables/frames_learned.tsv")
	var opt framesOptions
	fs.BoolVar(&opt.creditAll, "credit-all", false, "a variant: credit a frame with every right event it makes, a gold event the rules already had included (the shipped table counts only those it finds anew)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	rep, err := induceFrames(ctx, *root, opt)
	if err != nil {
		return err
	}
	fmt.Fprint(os.Stderr, rep.report)
	if !*write {
		_, err = os.Stdout.Write(rep.table)
		return err
	}
	return os.WriteFile(filepath.Join(*root, "extract", "tables", "frames_learned.tsv"), rep.table, 0o644)
}

// frameArt is one training article with what the rules alone made of it.
type frameArt struct {
	set      string
	art      extract.Article
	gold     score.Gold
	events   []extract.Event // the rules' alone
	match    score.EventMatch
	readings []extract.FrameReading
	sents    []string   // the article's sentences
	types    [][]string // per sentence, the types of the frame forms in it
}

// proposal is a candidate frame: lemma, part of speech, type, the roles
// its parties stood in, and where it was proposed.
type proposal struct {
	lemma, pos, typ string
	roles           map[string]bool
	support, total  int            // observations with a support verb (nouns), and all
	sets            map[string]int // set -> observations
}

func (p *proposal) key() string { return p.lemma + "\t" + p.pos }

// row is the proposal as a frames table's first five columns.
func (p *proposal) row() string {
	needs := ""
	if p.pos == "noun" && p.typ == "agreement" && 2*p.support > p.total {
		needs = "support" // "signed a treaty", as the hand-written agreement nouns
	}
	return strings.Join([]string{p.lemma, p.pos, p.typ, strings.Join(roleOrder(p.roles), "|"), needs}, "\t")
}

// roleOrder puts roles in the frames table's order.
func roleOrder(rs map[string]bool) []string {
	order := []string{"subj", "obj", "with", "between", "by", "poss", "of", "from", "dest:obj", "dest:to", "dest:in", "dest:at", "dest:for", "dest:into", "dest:through", "dest:of", "dest:from"}
	var out []string
	for _, r := range order {
		if rs[r] {
			out = append(out, r)
		}
	}
	return out
}

// frameTally is what a frame's events were in one set.
type frameTally struct{ right, wrong, added int }

// frameCounts are a counting run's tallies: frame row key -> set -> tally.
type frameCounts map[string]map[string]*frameTally

// learnedRow is a kept frame: its row and provenance.
type learnedRow struct {
	p           *proposal
	sets, right int // sets and gold events where its events found a missed gold event
	wrong       int // its other events: false, or a gold event the rules had
	precision   float64
}

// framesReport is what an induction measured.
type framesReport struct {
	rows   []learnedRow // from every set
	folds  []frameFold
	on     bool
	table  []byte
	report string // the CV table and the negative evidence, Markdown
}

// frameFold is one held-out set's figures.
type frameFold struct {
	set                     string
	rows                    int
	before, after           score.Tally
	addedRight, date, place int // gold events matched after and not before; with the gold's date, place
	dated, placed           int // of those, how many have a gold date, place
}

// framesVetoes reads the veto rows of the shipped table: lemma and pos
// of candidates that are plainly no trigger (a name, a place, a function
// word), vetoed by hand with a reason.
func framesVetoes() (map[string]bool, error) {
	b, err := tables.FS.ReadFile("frames_learned.tsv")
	if err != nil {
		return nil, err
	}
	out := map[string]bool{}
	for _, line := range strings.Split(string(b), "\n") {
		c := strings.Split(line, "\t")
		if len(c) >= 3 && c[0] == "veto" {
			out[c[1]+"\t"+c[2]] = true
		}
	}
	return out, nil
}

// shippedLearnedLemmas are the first columns of the shipped table's frame
// rows (removed with "!" rows when a run sets its own).
func shippedLearnedLemmas() ([]string, error) {
	b, err := tables.FS.ReadFile("frames_learned.tsv")
	if err != nil {
		return nil, err
	}
	var out []string
	for _, line := range strings.Split(string(b), "\n") {
		c := strings.Split(line, "\t")
		if len(c) >= 3 && c[0] != "veto" && !strings.HasPrefix(c[0], "#") {
			out = append(out, c[0])
		}
	}
	return out, nil
}

// learnedExtractor is an extractor whose learned frames are rows (each a
// frames_learned.tsv row), switched on when rows is not empty, in a
// tables folder of its own under tmp.
func learnedExtractor(tmp string, n int, rows []string) (*extract.Extractor, error) {
	dir := filepath.Join(tmp, fmt.Sprintf("run%d", n))
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	lemmas, err := shippedLearnedLemmas()
	if err != nil {
		return nil, err
	}
	var b strings.Builder
	for _, l := range lemmas {
		b.WriteString("!" + l + "\n")
	}
	if len(rows) == 0 {
		b.WriteString("on\t0\n")
	} else {
		b.WriteString("on\t1\n")
	}
	for _, r := range rows {
		b.WriteString(r + "\n")
	}
	if err := os.WriteFile(filepath.Join(dir, "frames_learned.tsv"), []byte(b.String()), 0o644); err != nil {
		return nil, err
	}
	return extract.New(extract.Options{TablesDir: dir, Explain: true})
}

// loadFrameArts extracts every training article with the rules alone.
func loadFrameArts(ctx context.Context, x *extract.Extractor, sets []trainsets.Set) ([]*frameArt, error) {
	var out []*frameArt
	for _, s := range sets {
		err := eachGoldArticle(s.Dirs, func(path string, a extract.Article, g score.Gold) error {
			rec, doc, err := x.FrameReadings(ctx, a)
			if err != nil {
				return fmt.Errorf("frames: %s: %w", path, err)
			}
			out = append(out, &frameArt{set: s.Name, art: a, gold: g, events: rec.Events, match: score.MatchEvents(g, scoredEvents(rec.Events)), readings: doc.Readings, sents: doc.Sentences, types: doc.Types})
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

// destRoles are the clause roles a visit's destination may stand in.
var destRoles = map[string]string{"obj": "dest:obj", "to": "dest:to", "in": "dest:in", "at": "dest:at", "for": "dest:for", "into": "dest:into", "through": "dest:through", "of": "dest:of", "from": "dest:from"}

// partyRoles are the clause roles a frame may take parties from.
var partyRoles = map[string]bool{"subj": true, "obj": true, "with": true, "between": true, "by": true, "poss": true, "of": true, "from": true}

// propose lists the proposals of the articles of the sets in use,
// keyed by lemma and pos (one type each: the type most often proposed).
func propose(arts []*frameArt, use func(set string) bool, vetoed map[string]bool) []*proposal {
	vocab := map[string]int{}
	for _, a := range arts {
		for _, w := range strings.FieldsFunc(strings.ToLower(a.art.Headline+" "+a.art.Body), func(r rune) bool { return r < 'a' || r > 'z' }) {
			vocab[w]++
		}
	}
	byType := map[string]*proposal{} // lemma pos type
	for _, a := range arts {
		if !use(a.set) {
			continue
		}
		for j, ge := range a.gold.Events {
			if a.match.Matched[j] {
				continue
			}
			for _, r := range a.readings {
				roles, ok := layout(a.gold, ge, r)
				if !ok {
					continue
				}
				lemma := pickLemma(r.Lemmas, vocab)
				pos := "noun"
				if r.Verb {
					pos = "verb"
				}
				k := lemma + "\t" + pos + "\t" + ge.Type
				p := byType[k]
				if p == nil {
					p = &proposal{lemma: lemma, pos: pos, typ: ge.Type, roles: map[string]bool{}, sets: map[string]int{}}
					byType[k] = p
				}
				for _, x := range roles {
					p.roles[x] = true
				}
				p.total++
				if r.Support {
					p.support++
				}
				p.sets[a.set]++
			}
		}
	}
	best := map[string]*proposal{}
	for _, p := range byType {
		if vetoed[p.key()] {
			continue
		}
		if q := best[p.key()]; q == nil || p.total > q.total || p.total == q.total && p.typ < q.typ {
			best[p.key()] = p
		}
	}
	out := make([]*proposal, 0, len(best))
	for _, p := range best {
		out = append(out, p)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].key() < out[j].key() })
	return out
}

// pickLemma chooses among a word's lemmas (a past "huddled" is of
// huddle or huddl for the morphology): the one whose own forms (base and
// third person, which no other lemma shares) the training texts use most;
// with none used, the one English spelling allows to end a word
// (spellable); else the shortest.
func pickLemma(lemmas []string, vocab map[string]int) string {
	best, bs := lemmas[0], -1
	for _, l := range lemmas {
		n := vocab[l] + vocab[l+"s"] + vocab[l+"es"]
		if n > bs || n == bs && !spellable(best) && spellable(l) {
			best, bs = l, n
		}
	}
	return best
}

// spellable reports whether an English word may end as the lemma does:
// not in "v", "u", a consonant and "l" or "dg" or "c" ("huddl", "arriv",
// "judg"), nor a vowel but "u" and "s" or "z" ("prais", "seiz"; "focus").
func spellable(l string) bool {
	n := len(l)
	if n < 2 {
		return true
	}
	last, prev := l[n-1], l[n-2]
	vowel := func(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }
	switch {
	case last == 'v' || last == 'u':
		return false
	case last == 'l' && !vowel(prev) && prev != 'l' && prev != 'r':
		return false
	case last == 'g' && prev == 'd', last == 'c' && !vowel(prev):
		return false
	case (last == 's' || last == 'z') && vowel(prev) && prev != 'u':
		return false
	}
	return true
}

// layout reports the roles a reading holds a gold event's parties in:
// two parties or more, or for a visit a visitor and the destination.
func layout(g score.Gold, ge score.GoldEvent, r extract.FrameReading) ([]string, bool) {
	parties := map[int]bool{}
	roles := map[string]bool{}
	dest := false
	for role, names := range r.Roles {
		for _, n := range names {
			for i, p := range ge.Participants {
				if partyRoles[role] && score.SamePlace(g, n, p) {
					parties[i] = true
					roles[role] = true
				}
			}
			if ge.Type == "visit" && destRoles[role] != "" && score.SamePlace(g, n, ge.Location) {
				dest = true
				roles[destRoles[role]] = true
			}
		}
	}
	if len(parties) >= 2 || ge.Type == "visit" && dest && len(parties) >= 1 {
		return roleOrder(roles), true
	}
	return nil, false
}

// countFrames extracts the articles of the sets in use with the rows on
// and tallies each learned frame's events per set; it returns the
// tallies and each article's events.
func countFrames(ctx context.Context, x *extract.Extractor, arts []*frameArt, use func(set string) bool) (frameCounts, map[*frameArt][]extract.Event, error) {
	counts := frameCounts{}
	evs := map[*frameArt][]extract.Event{}
	for _, a := range arts {
		if !use(a.set) {
			continue
		}
		rec, err := x.Extract(ctx, a.art)
		if err != nil {
			return nil, nil, fmt.Errorf("frames: %s (%s): %w", a.art.ID, a.set, err)
		}
		evs[a] = rec.Events
		se := scoredEvents(rec.Events)
		m := score.MatchEvents(a.gold, se)
		for i, e := range rec.Events {
			k, ok := learnedFrameOf(e)
			if !ok {
				continue
			}
			if counts[k] == nil {
				counts[k] = map[string]*frameTally{}
			}
			t := counts[k][a.set]
			if t == nil {
				t = &frameTally{}
				counts[k][a.set] = t
			}
			switch m.Verdicts[i] {
			case score.Right:
				t.right++
				if !a.match.Matched[m.Gold[i]] {
					t.added++
				}
			case score.Wrong:
				t.wrong++
			}
		}
	}
	return counts, evs, nil
}

// learnedFrameOf is the lemma and pos of the learned frame an event's
// explanation names first, when it is one.
func learnedFrameOf(e extract.Event) (string, bool) {
	return frameOf(e, true)
}

// frameOf reads the frame an event's --explain names: `frame "meet"
// (verb, meeting; roles ...; learned, ...)`; learned asks for a learned
// frame only.
func frameOf(e extract.Event, learned bool) (string, bool) {
	if len(e.Explain) == 0 {
		return "", false
	}
	l := e.Explain[0]
	if learned && !strings.Contains(l, "; learned, ") {
		return "", false
	}
	rest, ok := strings.CutPrefix(l, "frame ")
	if !ok {
		return "", false
	}
	q, err := strconv.QuotedPrefix(rest)
	if err != nil {
		return "", false
	}
	lemma, _ := strconv.Unquote(q)
	pos, _, _ := strings.Cut(strings.TrimPrefix(rest[len(q):], " ("), ",")
	return lemma + "\t" + pos, true
}

// framesOptions are the command's variants; the zero value is what
// ships.
type framesOptions struct {
	creditAll bool // a frame's right events all count for it, not only those it finds anew
}

// keep selects the proposals whose counts pass the bars.
func keep(props []*proposal, counts frameCounts, opt framesOptions) []learnedRow {
	var out []learnedRow
	for _, p := range props {
		var r learnedRow
		r.p = p
		for _, t := range counts[p.key()] {
			found := t.added
			if opt.creditAll {
				found = t.right
			}
			r.right += found
			r.wrong += t.wrong + t.right - found
			if found > 0 {
				r.sets++
			}
		}
		r.precision = float64(r.right+1) / float64(r.right+r.wrong+2)
		if r.sets >= framesMinSets && r.precision >= framesMinPrecision {
			out = append(out, r)
		}
	}
	return out
}

func rowsOf(props []*proposal) []string {
	out := make([]string, len(props))
	for i, p := range props {
		out[i] = p.row() + "\t0\t0\t0"
	}
	return out
}

func keptRows(rows []learnedRow) []string {
	out := make([]string, len(rows))
	for i, r := range rows {
		out[i] = fmt.Sprintf("%s\t%d\t%d\t%.2f", r.p.row(), r.sets, r.right, r.precision)
	}
	return out
}

// induceFrames proposes, counts and keeps frames from every set, and
// cross-validates the induction with each set held out in turn.
func induceFrames(ctx context.Context, root string, opt framesOptions) (*framesReport, error) {
	sets, err := trainsets.List(root)
	if err != nil {
		return nil, err
	}
	vetoed, err := framesVetoes()
	if err != nil {
		return nil, err
	}
	tmp, err := os.MkdirTemp("", "frames-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(tmp)
	runs := 0
	x0, err := learnedExtractor(tmp, runs, nil)
	if err != nil {
		return nil, err
	}
	arts, err := loadFrameArts(ctx, x0, sets)
	if err != nil {
		return nil, err
	}
	all := func(string) bool { return true }
	// induce: propose, count, keep over the sets in use
	var lastProps []*proposal
	var lastCounts frameCounts
	induce := func(use func(string) bool) ([]learnedRow, error) {
		props := propose(arts, use, vetoed)
		lastProps, lastCounts = props, nil
		if len(props) == 0 {
			return nil, nil
		}
		runs++
		x, err := learnedExtractor(tmp, runs, rowsOf(props))
		if err != nil {
			return nil, err
		}
		counts, _, err := countFrames(ctx, x, arts, use)
		if err != nil {
			return nil, err
		}
		lastCounts = counts
		return keep(props, counts, opt), nil
	}
	rep := &framesReport{}
	for _, s := range sets {
		held := s.Name
		rows, err := induce(func(set string) bool { return set != held })
		if err != nil {
			return nil, err
		}
		f := frameFold{set: held, rows: len(rows)}
		runs++
		x, err := learnedExtractor(tmp, runs, keptRows(rows))
		if err != nil {
			return nil, err
		}
		_, evs, err := countFrames(ctx, x, arts, func(set string) bool { return set == held })
		if err != nil {
			return nil, err
		}
		for _, a := range arts {
			if a.set != held {
				continue
			}
			f.before.Add(eventTally(a.gold, a.events))
			f.after.Add(eventTally(a.gold, evs[a]))
			after := scoredEvents(evs[a])
			m := score.MatchEvents(a.gold, after)
			for i, gi := range m.Gold {
				if gi < 0 || a.match.Matched[gi] {
					continue
				}
				f.addedRight++
				ge := a.gold.Events[gi]
				if ge.Date != "" {
					f.dated++
					if after[i].Date == ge.Date {
						f.date++
					}
				}
				if ge.Location != "" {
					f.placed++
					if score.SamePlace(a.gold, after[i].Location, ge.Location) {
						f.place++
					}
				}
			}
		}
		rep.folds = append(rep.folds, f)
	}
	if rep.rows, err = induce(all); err != nil {
		return nil, err
	}
	total, tr := framesTotal(rep.folds, all), framesTotal(rep.folds, isTr)
	rep.on = gainsReach(framesMargin, f1Gain{total.before, total.after}, f1Gain{tr.before, tr.after})
	bad := badFrames(arts)
	rep.report = framesCVTable(rep.folds, total, tr) + proposalReport(arts, lastProps, lastCounts) + bad
	rep.table = framesTable(rep, sets, total, tr)
	return rep, nil
}

// isTr: the writers' sets nobody tuned on (testdata/train/tr*).

func framesTotal(folds []frameFold, use func(string) bool) frameFold {
	var t frameFold
	for _, f := range folds {
		if !use(f.set) {
			continue
		}
		t.before.Add(f.before)
		t.after.Add(f.after)
		t.addedRight += f.addedRight
		t.date += f.date
		t.place += f.place
		t.dated += f.dated
		t.placed += f.placed
	}
	return t
}

func (f frameFold) line(name string) string {
	p0, r0, f0 := f.before.PRF()
	p1, r1, f1 := f.after.PRF()
	return fmt.Sprintf("| %s | %d | %.3f (P %.3f R %.3f; %d %d %d) | %.3f (P %.3f R %.3f; %d %d %d) | %+.3f | %d | %d/%d | %d/%d |\n",
		name, f.rows, f0, p0, r0, f.before.TP, f.before.FP, f.before.FN, f1, p1, r1, f.after.TP, f.after.FP, f.after.FN, f1-f0, f.addedRight, f.date, f.dated, f.place, f.placed)
}

func framesCVTable(folds []frameFold, total, tr frameFold) string {
	var b strings.Builder
	b.WriteString("| held out | rows | event F1 before (TP FP FN) | after | gain | added right | date right | place right |\n| --- | --- | --- | --- | --- | --- | --- | --- |\n")
	for _, f := range folds {
		b.WriteString(f.line(f.set))
	}
	b.WriteString(tr.line("**tr\\* pooled**"))
	b.WriteString(total.line("**total**"))
	return b.String()
}

// proposalReport says how many missed gold events had a proposal, and
// the proposals whose events found most, with what else they made (over
// every set).
func proposalReport(arts []*frameArt, props []*proposal, counts frameCounts) string {
	missed, named, typed, with := 0, 0, 0, 0
	for _, a := range arts {
		for j, ge := range a.gold.Events {
			if a.match.Matched[j] || !scoredType(ge.Type) {
				continue
			}
			missed++
			n, ty := false, false
			for si, s := range a.sents {
				if namesParties(a.gold, ge, s) {
					n = true
					ty = ty || contains(a.types[si], ge.Type)
				}
			}
			if n {
				named++
			}
			if ty {
				typed++
			}
			for _, r := range a.readings {
				if _, ok := layout(a.gold, ge, r); ok {
					with++
					break
				}
			}
		}
	}
	type line struct {
		p                  *proposal
		found, other, sets int
	}
	var ls []line
	for _, p := range props {
		l := line{p: p}
		for _, t := range counts[p.key()] {
			l.found += t.added
			l.other += t.wrong + t.right - t.added
			if t.added > 0 {
				l.sets++
			}
		}
		ls = append(ls, l)
	}
	sort.SliceStable(ls, func(i, j int) bool {
		if ls[i].found != ls[j].found {
			return ls[i].found > ls[j].found
		}
		return ls[i].other < ls[j].other
	})
	var b strings.Builder
	fmt.Fprintf(&b, "\nOver every set: %d gold events missed by the rules; %d with a sentence that names two of their parties (or a visitor and the destination) through the gold's names, %d of them with a form of a frame of their type in such a sentence; %d with a reading of a word no frame reads that holds them in its roles (a proposal); %d proposals. Those whose events found most (found in sets / found / other):\n\n", missed, named, typed, with, len(props))
	for i, l := range ls {
		if i == 25 || l.found == 0 {
			break
		}
		fmt.Fprintf(&b, "- %s %s %s (%s): %d / %d / %d\n", l.p.lemma, l.p.pos, l.p.typ, strings.Join(roleOrder(l.p.roles), "|"), l.sets, l.found, l.other)
	}
	return b.String()
}

// namesParties reports whether a sentence names two of a gold event's
// parties, or for a visit a visitor and the destination, through the
// gold's names and aliases.
func namesParties(g score.Gold, ge score.GoldEvent, sent string) bool {
	text := " " + score.Norm(sent) + " "
	has := func(name string) bool {
		for _, typ := range []string{"PERSON", "ORGANIZATION", "LOCATION"} {
			for _, e := range append(g.Entities[typ], g.Optional[typ]...) {
				if !score.SamePlace(g, e.Name, name) {
					continue
				}
				for _, n := range append([]string{e.Name}, e.Aliases...) {
					if k := score.Norm(n); k != "" && strings.Contains(text, " "+k+" ") {
						return true
					}
				}
			}
		}
		k := score.Norm(name)
		return k != "" && strings.Contains(text, " "+k+" ")
	}
	n := 0
	for _, p := range ge.Participants {
		if has(p) {
			n++
		}
	}
	return n >= 2 || ge.Type == "visit" && n >= 1 && ge.Location != "" && has(ge.Location)
}

// badFrames reports the hand-written frames whose events are mostly wrong
// across sets (negative evidence; the rows stay): events in at least
// framesBadSets sets, right under framesBadPrecision of the time.
func badFrames(arts []*frameArt) string {
	type tally struct {
		right, wrong int
		sets         map[string]bool
	}
	by := map[string]*tally{}
	for _, a := range arts {
		for i, e := range a.events {
			k, ok := frameOf(e, false)
			if !ok {
				continue
			}
			t := by[k]
			if t == nil {
				t = &tally{sets: map[string]bool{}}
				by[k] = t
			}
			switch a.match.Verdicts[i] {
			case score.Right:
				t.right++
			case score.Wrong:
				t.wrong++
			default:
				continue
			}
			t.sets[a.set] = true
		}
	}
	keys := make([]string, 0, len(by))
	for k := range by {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for _, k := range keys {
		t := by[k]
		p := float64(t.right) / float64(t.right+t.wrong)
		if len(t.sets) >= framesBadSets && p < framesBadPrecision {
			fmt.Fprintf(&b, "| %s | %d | %d | %d | %.2f |\n", strings.ReplaceAll(k, "\t", " "), len(t.sets), t.right, t.wrong, p)
		}
	}
	if b.Len() == 0 {
		return fmt.Sprintf("\nNo hand-written frame's events are right under %.0f %% of the time in %d sets or more.\n", 100*framesBadPrecision, framesBadSets)
	}
	return fmt.Sprintf("\nHand-written frames whose events are right under %.0f %% of the time, in %d sets or more (reported, not removed):\n\n| frame | sets | right | wrong | precision |\n| --- | --- | --- | --- | --- |\n", 100*framesBadPrecision, framesBadSets) + b.String()
}

func framesTable(rep *framesReport, sets []trainsets.Set, total, tr frameFold) []byte {
	var b bytes.Buffer
	var names []string
	for _, s := range sets {
		names = append(names, s.Name)
	}
	on := 0
	if rep.on {
		on = 1
	}
	fmt.Fprintf(&b, `# Learned event frames (extract/frames_learned.go): frames the frame
# induction found on the training sets, read after frames.tsv (a form of
# both reads as the hand-written frame) only when the switch row is "on 1".
# columns: lemma<TAB>pos<TAB>type<TAB>roles<TAB>needs (as frames.tsv), then
#   sets:      how many training sets' missed gold events its events found
#   support:   how many missed gold events its events found (found)
#   precision: (found+1)/(found+other+2), other: its events that were
#              false or a gold event the rules already had
# Special rows: on<TAB>0|1 (the switch); veto<TAB>lemma<TAB>pos<TAB>type<TAB>why:
#   a proposal that is plainly no trigger (a name, a place, a function word),
#   never proposed again (read by the trainer only).
# Made by: go run ./cmd/newswire-train frames -write
# Trained on: %s.
# Kept: found in >= %d sets and precision >= %.2f. Leave-one-set-out event F1
# (each set held out, frames induced from the others): total %.3f -> %.3f,
# testdata/train/tr* %.3f -> %.3f; on is 1 only when both gain >= %.3f.
on	%d
`, strings.Join(names, ", "), framesMinSets, framesMinPrecision, total.before.F1(), total.after.F1(), tr.before.F1(), tr.after.F1(), framesMargin, on)
	vb, _ := tables.FS.ReadFile("frames_learned.tsv")
	for _, line := range strings.Split(string(vb), "\n") {
		if strings.HasPrefix(line, "veto\t") {
			b.WriteString(line + "\n")
		}
	}
	for _, r := range keptRows(rep.rows) {
		b.WriteString(r + "\n")
	}
	return b.Bytes()
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

// scoredType: an event type the scorer scores.
func scoredType(t string) bool {
	for _, x := range score.EventTypes {
		if x == t {
			return true
		}
	}
	return false
}
