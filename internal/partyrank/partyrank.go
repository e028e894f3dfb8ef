// Package partyrank trains and measures the learned party ranker of the
// extractor (extract/party_rank.go): it runs the extractor over the
// training sets, labels each candidate party set by the scorer's own
// matching (right when it matches a gold event of the same type in the
// article: participant Jaccard >= 0.5 on canonical names), fits
// internal/learn's logistic regression and measures the ranker by
// leave-one-set-out cross-validation — each set's event F1 re-extracted
// with the weights trained on the other sets, against the cascade's.
package partyrank

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/newswire/newswire/extract"
	"github.com/newswire/newswire/internal/learn"
	"github.com/newswire/newswire/internal/score"
	"github.com/newswire/newswire/internal/trainsets"
)

// Set is one training set: a cross-validation fold (internal/trainsets).
type Set = trainsets.Set

// Sets lists the training sets under root (internal/trainsets.List: never
// final, blind or unread, never ../shared).
func Sets(root string) ([]Set, error) { return trainsets.List(root) }

// Article is one training article with its gold.
type Article struct {
	Set     string
	Path    string
	Gold    score.Gold
	Article extract.Article
}

// Draft is one event draft with its candidates labelled.
type Draft struct {
	Article int // index into Data.Articles
	extract.PartyDraft
	Right []bool // per candidate: matches a gold event of the draft's type
}

// Data is what the cascade made of every training article.
type Data struct {
	Articles []Article
	Records  []score.Record // the cascade's records, per article
	Drafts   []Draft
}

// Load reads every article of the sets with its gold.
func Load(sets []Set) ([]Article, error) {
	var out []Article
	for _, s := range sets {
		n := 0
		for _, dir := range s.Dirs {
			arts, err := loadDir(s.Name, dir)
			if err != nil {
				return nil, err
			}
			out = append(out, arts...)
			n += len(arts)
		}
		if n == 0 {
			return nil, fmt.Errorf("partyrank: set %s: no articles", s.Name)
		}
	}
	return out, nil
}

// loadDir reads the articles of one folder (not its subfolders).
func loadDir(set, dir string) ([]Article, error) {
	golds, err := score.LoadGold(dir)
	if err != nil {
		return nil, err
	}
	byID := map[string]score.Gold{}
	for _, g := range golds {
		byID[g.ID] = g
	}
	files, err := score.ArticleFiles(dir)
	if err != nil {
		return nil, fmt.Errorf("partyrank: %w", err)
	}
	var out []Article
	for _, path := range files {
		data, err := os.ReadFile(path)
		if err != nil {
			return nil, fmt.Errorf("partyrank: %w", err)
		}
		a, err := extract.Decoder{}.Decode(path, data)
		if err != nil {
			return nil, fmt.Errorf("partyrank: decoding %s: %w", path, err)
		}
		g, ok := byID[a.ID]
		if !ok {
			return nil, fmt.Errorf("partyrank: %s: no gold for id %q", path, a.ID)
		}
		out = append(out, Article{Set: set, Path: path, Gold: g, Article: a})
	}
	return out, nil
}

// Collect extracts every article with x (the cascade deciding, or x's
// own ranker) and labels every draft's candidates.
func Collect(ctx context.Context, x *extract.Extractor, arts []Article) (*Data, error) {
	d := &Data{Articles: arts}
	for i, a := range arts {
		rec, drafts, err := x.PartyDrafts(ctx, a.Article)
		if err != nil {
			return nil, fmt.Errorf("partyrank: %s: %w", a.Path, err)
		}
		r, err := score.RecordOf(rec)
		if err != nil {
			return nil, err
		}
		d.Records = append(d.Records, r)
		for _, pd := range drafts {
			dr := Draft{Article: i, PartyDraft: pd}
			for _, k := range pd.Candidates {
				dr.Right = append(dr.Right, Matches(a.Gold, pd.Type, k.Names))
			}
			d.Drafts = append(d.Drafts, dr)
		}
	}
	return d, nil
}

// Matches says whether an event of the type with these participants
// matches a gold event of the article, the way the scorer matches.
func Matches(g score.Gold, typ string, names []string) bool {
	ev := score.Event{Type: typ}
	for _, n := range names {
		ev.Participants = append(ev.Participants, score.Participant{Name: n})
	}
	return score.MatchEvents(g, []score.Event{ev}).Verdicts[0] == score.Right
}

// Informative: a draft the ranker can change: two candidates or more,
// and one of them right.
func (dr Draft) Informative() bool {
	if len(dr.Candidates) < 2 {
		return false
	}
	for _, r := range dr.Right {
		if r {
			return true
		}
	}
	return false
}

// Examples are the training examples: every candidate of every
// informative draft, grouped by set.
func (d *Data) Examples() []learn.Example {
	var out []learn.Example
	for _, dr := range d.Drafts {
		if !dr.Informative() {
			continue
		}
		for i, k := range dr.Candidates {
			out = append(out, learn.Example{Features: k.Features, Label: dr.Right[i], Group: d.Articles[dr.Article].Set})
		}
	}
	return out
}

// Fold is one held-out set's figures.
type Fold struct {
	Set string
	// Drafts the ranker can change (Informative), and of those how many
	// get a right set from the cascade and from the ranker trained on the
	// other sets.
	Drafts, CascadeRight, RankerRight int
	// Event tallies of the set re-extracted: the cascade, the ranker, and
	// an oracle that takes a right candidate whenever a draft has one
	// (the most any choice among the rules' sets can give).
	Cascade, Ranker, Oracle score.Tally
	// Changed counts the drafts whose choice the ranker changed.
	Changed int
}

// CrossValidate holds each set out in turn: it trains on the other sets'
// examples, re-extracts the held-out set with those weights (the ranker
// deciding) and scores it against the cascade's records.
func CrossValidate(ctx context.Context, x *extract.Extractor, d *Data, cfg learn.Config) ([]Fold, error) {
	exs := d.Examples()
	var sets []string
	seen := map[string]bool{}
	for _, a := range d.Articles {
		if !seen[a.Set] {
			seen[a.Set] = true
			sets = append(sets, a.Set)
		}
	}
	var out []Fold
	for _, s := range sets {
		var train []learn.Example
		for _, e := range exs {
			if e.Group != s {
				train = append(train, e)
			}
		}
		m, err := learn.Train(train, cfg)
		if err != nil {
			return nil, fmt.Errorf("partyrank: fold %s: %w", s, err)
		}
		y, err := x.WithPartyRanker(true, m.Bias, m.Weights)
		if err != nil {
			return nil, err
		}
		f := Fold{Set: s}
		var golds []score.Gold
		var cascade, ranked, oracle []score.Record
		for i, a := range d.Articles {
			if a.Set != s {
				continue
			}
			golds = append(golds, a.Gold)
			cascade = append(cascade, d.Records[i])
			rec, err := y.Extract(ctx, a.Article)
			if err != nil {
				return nil, fmt.Errorf("partyrank: %s: %w", a.Path, err)
			}
			r, err := score.RecordOf(rec)
			if err != nil {
				return nil, err
			}
			ranked = append(ranked, r)
			if r, err = oracleRecord(ctx, x, a); err != nil {
				return nil, err
			}
			oracle = append(oracle, r)
		}
		for _, dr := range d.Drafts {
			if d.Articles[dr.Article].Set != s || !dr.Informative() {
				continue
			}
			f.Drafts++
			if dr.Right[0] {
				f.CascadeRight++
			}
			best := Pick(m, dr.Candidates)
			if dr.Right[best] {
				f.RankerRight++
			}
			if best != 0 {
				f.Changed++
			}
		}
		f.Cascade = score.Score(golds, cascade).EventTotal
		f.Ranker = score.Score(golds, ranked).EventTotal
		f.Oracle = score.Score(golds, oracle).EventTotal
		out = append(out, f)
	}
	return out, nil
}

// oracleRecord extracts an article taking, for each draft, its first
// candidate that matches a gold event (the cascade's own when none does).
func oracleRecord(ctx context.Context, x *extract.Extractor, a Article) (score.Record, error) {
	rec, _, err := x.PartyDraftsChoosing(ctx, a.Article, func(pd extract.PartyDraft) int {
		for i, k := range pd.Candidates {
			if Matches(a.Gold, pd.Type, k.Names) {
				return i
			}
		}
		return -1
	})
	if err != nil {
		return score.Record{}, fmt.Errorf("partyrank: %s: %w", a.Path, err)
	}
	return score.RecordOf(rec)
}

// Pick is the candidate the model ranks first (the earliest on a tie),
// the way the extractor picks.
func Pick(m *learn.Model, cands []extract.PartyCandidate) int {
	best, bs := 0, 0.0
	for i, k := range cands {
		s := m.Score(k.Features)
		if i == 0 || s > bs {
			best, bs = i, s
		}
	}
	return best
}

// Total sums the folds.
func Total(folds []Fold) Fold {
	t := Fold{Set: "total"}
	for _, f := range folds {
		t.Drafts += f.Drafts
		t.CascadeRight += f.CascadeRight
		t.RankerRight += f.RankerRight
		t.Changed += f.Changed
		t.Cascade.Add(f.Cascade)
		t.Ranker.Add(f.Ranker)
		t.Oracle.Add(f.Oracle)
	}
	return t
}

// Table renders the folds as a Markdown table.
func Table(folds []Fold) string {
	var b strings.Builder
	b.WriteString("| held-out set | drafts with a choice | right set: cascade / ranker | changed | event F1 cascade (TP FP FN) | event F1 ranker (TP FP FN) | event F1 oracle (TP FP FN) |\n| --- | --- | --- | --- | --- | --- | --- |\n")
	for _, f := range append(append([]Fold(nil), folds...), Total(folds)) {
		b.WriteString(f.Row() + "\n")
	}
	return b.String()
}

// Row is the fold as a row of Table.
func (f Fold) Row() string {
	return fmt.Sprintf("| %s | %d | %d / %d | %d | %.3f (%d %d %d) | %.3f (%d %d %d) | %.3f (%d %d %d) |", f.Set, f.Drafts, f.CascadeRight, f.RankerRight, f.Changed,
		f.Cascade.F1(), f.Cascade.TP, f.Cascade.FP, f.Cascade.FN, f.Ranker.F1(), f.Ranker.TP, f.Ranker.FP, f.Ranker.FN, f.Oracle.F1(), f.Oracle.TP, f.Oracle.FP, f.Oracle.FN)
}

// WriteTable writes party_rank.tsv: the header lines as comments, the
// use row, then the model's rows (feature<TAB>weight, the bias first).
func WriteTable(w io.Writer, m *learn.Model, use bool, header []string) error {
	var b bytes.Buffer
	for _, h := range header {
		fmt.Fprintf(&b, "# %s\n", h)
	}
	u := 0
	if use {
		u = 1
	}
	fmt.Fprintf(&b, "use\t%d\n", u)
	if err := m.WriteTable(&b, "bias", nil, false); err != nil {
		return err
	}
	// the rows carry no meaning column
	if _, err := w.Write(bytes.ReplaceAll(b.Bytes(), []byte("\t\n"), []byte("\n"))); err != nil {
		return fmt.Errorf("partyrank: writing table: %w", err)
	}
	return nil
}
