package extract

import (
	"fmt"
	"sort"
	"strings"

	"github.com/newswire/newswire/internal/learn"
)

// The learned party ranker: a second way to choose among the party sets
// the cascade's rules propose (partyRules, events_parties.go).
//
// The cascade takes the first rule that yields a valid set. When the
// ranker is on (party_rank.tsv's "use" row is 1), every later rule is run
// too — on a copy of the draft, so that nothing a rule leaves behind
// reaches the event — and each distinct set (its parties as the event
// would publish them, after refinement) becomes a candidate with the
// features partyTemplates name. The candidate whose weights sum highest
// is applied; ties go to the cascade's order. A draft whose rules propose
// nothing stays as the cascade leaves it. The weights are a logistic
// regression trained by `go run ./cmd/newswire-train party` over the
// training sets (internal/partyrank); --explain names the choice.
//
// Side effects of the rules: all of them only read the run's context
// (r.ctx, r.focal, r.sentParts) and fill the document's memo caches;
// two write to the draft — salient-person narrows c.reach, and
// described-company sets c.split — which is why the later rules run on a
// copy and the chosen rule runs again on the draft itself.

// partyCand is one distinct party set the rules propose for a draft.
type partyCand struct {
	rules []int // the proposing rules (indices into partyRules), in cascade order
	ps    partySet
	names []string // the parties as the event would publish them
	feats []string
	score float64
}

// partyTemplate is one feature template of the ranker.
type partyTemplate struct {
	name, doc string
	feats     func(r *eventRun, c *eventDraft, k partyCand, first partyCand) []string
}

// partyTemplates is the one visible list of the ranker's feature
// templates; a feature is "name=value" (conjunctions join with "&").
var partyTemplates = []partyTemplate{
	{"cascade", "the cascade's own choice: its first valid set", func(r *eventRun, c *eventDraft, k, first partyCand) []string {
		if k.rules[0] == first.rules[0] {
			return []string{"cascade"}
		}
		return nil
	}},
	{"rule", "each rule that proposed the set (rule=NAME)", func(r *eventRun, c *eventDraft, k, first partyCand) []string {
		out := make([]string, len(k.rules))
		for i, j := range k.rules {
			out[i] = "rule=" + partyRules[j].name
		}
		return out
	}},
	{"type&top", "the event type and the highest-ranked rule that proposed the set", func(r *eventRun, c *eventDraft, k, first partyCand) []string {
		return []string{"type=" + c.tr.typ + "&top=" + partyRules[k.rules[0]].name}
	}},
	{"agree", "how many rules proposed it: 1, 2, 3+", func(r *eventRun, c *eventDraft, k, first partyCand) []string {
		return []string{"agree=" + bucket(len(k.rules), 3)}
	}},
	{"n", "how many parties it has: 1, 2, 3, 4+", func(r *eventRun, c *eventDraft, k, first partyCand) []string {
		return []string{"n=" + bucket(len(k.names), 4)}
	}},
	{"type&n", "the event type and the number of parties", func(r *eventRun, c *eventDraft, k, first partyCand) []string {
		return []string{"type=" + c.tr.typ + "&n=" + bucket(len(k.names), 3)}
	}},
	{"types", "the kinds of its parties: person, organization, location, unknown, joined with +", func(r *eventRun, c *eventDraft, k, first partyCand) []string {
		return []string{"types=" + partyKinds(r.d, k)}
	}},
	{"context", "some parties came from context (contextual), are named nowhere in the sentence (borrowed), or are one person with an unnamed group", func(r *eventRun, c *eventDraft, k, first partyCand) []string {
		var out []string
		if k.ps.contextual {
			out = append(out, "context=contextual")
		}
		if k.ps.borrowed {
			out = append(out, "context=borrowed")
		}
		if k.ps.unnamed {
			out = append(out, "context=unnamed")
		}
		return out
	}},
	{"sentence", "how many of its parties the event's sentence names: all, some, none", func(r *eventRun, c *eventDraft, k, first partyCand) []string {
		in := 0
		for _, n := range k.names {
			if r.d.namedIn(n, span{c.s.t0, c.s.t1}) {
				in++
			}
		}
		switch {
		case in == len(k.names):
			return []string{"sentence=all"}
		case in > 0:
			return []string{"sentence=some"}
		}
		return []string{"sentence=none"}
	}},
	{"vs", "the set against the cascade's: same, superset, subset, overlap, disjoint", func(r *eventRun, c *eventDraft, k, first partyCand) []string {
		return []string{"vs=" + setRelation(k.names, first.names)}
	}},
	{"refined", "a refinement (events_officials.go) replaced its countries by their officials", func(r *eventRun, c *eventDraft, k, first partyCand) []string {
		if len(k.names) != len(k.ps.parties) || !sameNames(k.names, namesOfParties(k.ps.parties)) {
			return []string{"refined"}
		}
		return nil
	}},
}

// bucket is n as a string, with n >= top as "top+".
func bucket(n, top int) string {
	if n >= top {
		return fmt.Sprintf("%d+", top)
	}
	return fmt.Sprint(n)
}

// partyKinds names the kinds of a candidate's parties, sorted and joined.
func partyKinds(d *document, k partyCand) string {
	kinds := map[string]bool{}
	for _, n := range k.names {
		typ := ""
		if e := d.byCanon[n]; e != nil {
			typ = e.typ
		} else {
			for _, p := range k.ps.parties {
				if p.name == n {
					typ = p.typ
				}
			}
		}
		if typ == "" {
			typ = "unknown"
		}
		kinds[strings.ToLower(typ)] = true
	}
	var out []string
	for t := range kinds {
		out = append(out, t)
	}
	sort.Strings(out)
	return strings.Join(out, "+")
}

func namesOfParties(ps []party) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.name
	}
	return out
}

// sameNames: the two lists hold the same names (as sets).
func sameNames(a, b []string) bool {
	return setRelation(a, b) == "same"
}

// setRelation says how set a stands to set b.
func setRelation(a, b []string) string {
	in := map[string]bool{}
	for _, x := range b {
		in[x] = true
	}
	common := 0
	seen := map[string]bool{}
	for _, x := range a {
		if !seen[x] && in[x] {
			common++
		}
		seen[x] = true
	}
	switch {
	case common == len(seen) && common == len(in):
		return "same"
	case common == len(in):
		return "superset"
	case common == len(seen):
		return "subset"
	case common > 0:
		return "overlap"
	}
	return "disjoint"
}

// rankingParties: the ranker decides, or a caller collects candidates.
func (r *eventRun) rankingParties() bool {
	return r.lx.partyRank.on || r.d.partyObs != nil
}

// rankParties collects every rule's valid set for the draft (first is the
// cascade's, found by rule i on the draft whose state before that rule
// is before), scores them and returns the rule and set to apply. The
// draft is left as before the cascade's rule ran when another wins, and
// that rule runs again on it.
func (r *eventRun) rankParties(c, before *eventDraft, first int, ps partySet) (partyRule, partySet) {
	d := r.d
	trace := d.trace
	d.trace = nil // the other rules' trace lines would only confuse
	cands := []partyCand{r.partyCandidate(c, first, ps)}
	for j := first + 1; j < len(partyRules); j++ {
		rule := partyRules[j]
		if c.tr.needs == "body" && !rule.bodyFrame {
			continue
		}
		cc := *before
		ps := rule.find(r, &cc)
		if !r.validParties(&cc, ps) {
			continue
		}
		k := r.partyCandidate(&cc, j, ps)
		if oneSided(c.tr.typ, k, cands[0]) {
			continue
		}
		dup := false
		for i := range cands {
			if sameNames(cands[i].names, k.names) {
				cands[i].rules = append(cands[i].rules, j)
				dup = true
				break
			}
		}
		if !dup {
			cands = append(cands, k)
		}
	}
	d.trace = trace
	best := 0
	for i := range cands {
		for _, t := range partyTemplates {
			cands[i].feats = append(cands[i].feats, t.feats(r, c, cands[i], cands[0])...)
		}
		cands[i].score = r.lx.partyRank.score(cands[i].feats)
		if r.lx.partyRank.on && cands[i].score > cands[best].score {
			best = i
		}
	}
	if d.partyObs != nil {
		if k := d.partyObs(r.partyDraftOf(c, cands, best)); k >= 0 && k < len(cands) {
			best = k // a measuring caller's choice (PartyDrafts)
		}
	}
	if best == 0 {
		if r.lx.partyRank.on && d.explain && len(cands) > 1 {
			c.partyWhy = "participants: the learned ranker kept the cascade's " + describeCand(cands[0]) + " over " + describeOthers(cands[1:])
		}
		return partyRules[first], ps
	}
	k := cands[best]
	*c = *before
	rule := partyRules[k.rules[0]]
	ps = rule.find(r, c)
	d.tracef("S%d %s: parties %v by learned ranker (rule %s, %.2f) over %v (rule %s, %.2f)", c.si, c.tr.typ, k.names, rule.name, k.score, cands[0].names, partyRules[first].name, cands[0].score)
	if d.explain {
		c.partyWhy = "participants: the learned ranker chose " + describeCand(k) + " over the cascade's " + describeCand(cands[0])
	}
	return rule, ps
}

// oneSided: a meeting or an agreement takes two sides (97 % of the
// training sets' gold meetings and 99 % of their agreements name two
// parties or more), so the ranker may not trade a cascade's set of two or
// more parties for a set of one. The side count is ArgsGuard's, the
// argument reader's same rule.
func oneSided(typ string, k, cascade partyCand) bool {
	return !ArgsGuard(typ, len(k.names)) && ArgsGuard(typ, len(cascade.names))
}

// partyCandidate applies a rule's set to a copy of the draft to see the
// parties the event would publish.
func (r *eventRun) partyCandidate(c *eventDraft, rule int, ps partySet) partyCand {
	cc := *c
	cc.persons, cc.parts, cc.vias = nil, nil, nil
	cc.unknown, cc.partTypes = map[string]bool{}, nil
	r.applyParties(&cc, partyRules[rule], ps)
	return partyCand{rules: []int{rule}, ps: ps, names: cc.parts}
}

// describeCand is a candidate for --explain: its parties, the rules
// that proposed it and its probability.
func describeCand(k partyCand) string {
	rules := make([]string, len(k.rules))
	for i, j := range k.rules {
		rules[i] = partyRules[j].name
	}
	return fmt.Sprintf("%s (rules %s; score %.2f)", strings.Join(k.names, ", "), strings.Join(rules, ", "), learn.Sigmoid(k.score))
}

func describeOthers(ks []partyCand) string {
	out := make([]string, len(ks))
	for i, k := range ks {
		out[i] = describeCand(k)
	}
	return strings.Join(out, "; ")
}

// PartyDraft is one event draft's party candidates, as the ranker saw
// them (Extractor.PartyDrafts): for training and measuring it.
type PartyDraft struct {
	Type     string // meeting, visit, agreement
	Sentence int    // the draft's sentence (0-based)
	Trigger  string
	// Candidates are the distinct party sets, the cascade's first.
	Candidates []PartyCandidate
	// Chosen is the candidate the extractor applied.
	Chosen int
}

// PartyCandidate is one party set the rules propose.
type PartyCandidate struct {
	Names    []string // the parties as the event would publish them
	Rules    []string // the rules that proposed it, in cascade order
	Features []string // the ranker's features (partyTemplates)
	Score    float64  // the ranker's log-odds under the loaded weights
}

func (r *eventRun) partyDraftOf(c *eventDraft, cands []partyCand, chosen int) PartyDraft {
	pd := PartyDraft{Type: c.tr.typ, Sentence: c.si, Trigger: r.d.textOf(span{c.tr.t0, c.tr.t1}), Chosen: chosen}
	for _, k := range cands {
		pc := PartyCandidate{Names: append([]string(nil), k.names...), Features: append([]string(nil), k.feats...), Score: k.score}
		for _, j := range k.rules {
			pc.Rules = append(pc.Rules, partyRules[j].name)
		}
		pd.Candidates = append(pd.Candidates, pc)
	}
	return pd
}

// PartyTemplate names one feature template of the party ranker.
type PartyTemplate struct{ Name, Doc string }

// PartyTemplates lists the party ranker's feature templates in order.
func PartyTemplates() []PartyTemplate {
	out := make([]PartyTemplate, len(partyTemplates))
	for i, t := range partyTemplates {
		out[i] = PartyTemplate{t.name, t.doc}
	}
	return out
}

// partyRankFormat is party_rank.tsv's format (tables/README.md,
// "Learned tables"): the switch "use" (1: the ranker decides; 0: the
// cascade does, and the weights only score the candidates PartyDrafts
// reports).
var partyRankFormat = linearFormat{
	model:     "party ranker",
	switchRow: "use",
	switchDoc: "1 (the ranker chooses among the rules' sets) or 0 (the cascade's first set stands)",
	known:     knownPartyFeature,
	templates: "partyTemplates",
}

// partyRankRow reads one row of party_rank.tsv.
func (lx *lexicon) partyRankRow(r row) error { return lx.partyRank.row(&partyRankFormat, r) }

// knownPartyFeature: a feature name some template of partyTemplates can
// make.
func knownPartyFeature(f string) bool {
	name := templateOf(f)
	for _, t := range partyTemplates {
		if t.name == name {
			return true
		}
	}
	return false
}
