package extract

import (
	"context"
	"fmt"
	"strings"
)

// RemovedCandidate is a candidate event a named rule removed (the
// removed-candidates trace, rescue_trace.go): the event it would have
// been, the rule that removed it, the pass the rule belongs to and the
// features a learned rescue would weigh. For measuring what the rules
// remove (newswire-train rescue); never part of a published record.
type RemovedCandidate struct {
	Event    Event
	Rule     string   // the removing rule's name (RemovalRuleNamed holds for it)
	Pass     string   // the pass the rule belongs to
	Features []string // rule=, pass=, type=, frame=, party_rule=, parties=, persons= and the draft's flags
	Frame    string   // the trigger's frame: its lemma and part of speech ("discuss verb")
	Need     string   // for trigger-needs, what was missing: the frame's need (frames.tsv) or the lemma's own check (triggerFails)
	NoParty  bool     // no party rule found a valid set: the candidate carries the first set a rule found
}

// RemovedCandidates extracts a with the removed candidates kept and
// returns the record (the same as Extract's: keeping them changes no
// published event) and the candidates, in the order the passes removed
// them.
func (x *Extractor) RemovedCandidates(ctx context.Context, a Article) (*Record, []RemovedCandidate, error) {
	y := *x
	y.keepRemoved = true
	rec, err := y.Extract(ctx, a)
	if err != nil {
		return nil, nil, err
	}
	out := make([]RemovedCandidate, 0, len(rec.removed))
	for _, rm := range rec.removed {
		c := RemovedCandidate{Event: rm.ev, Rule: rm.rule, Pass: removalPass(rm.rule), Features: rescueFeatures(rm),
			Need: rm.draft.need, NoParty: strings.HasPrefix(rm.draft.partyRule, "invalid:")}
		if rm.draft.frame != "" {
			c.Frame = strings.TrimSpace(rm.draft.frame + " " + rm.draft.pos)
		}
		out = append(out, c)
	}
	rec.removed = nil
	return rec, out, nil
}

// removalRules are the removal rules by name, each with its pass: the
// rules rescue_trace.go lists, factualityRules' names and "sense: " with a
// sense's reason added to these.
var removalRules = map[string]string{
	"noun-role":             "trigger senses (triggersIn)",
	"trigger-needs":         "trigger senses (triggersIn)",
	"release-tail":          "candidates: quotation, past occasion, restatement, release tail",
	"quotation":             "candidates: quotation, past occasion, restatement, release tail",
	"past-occasion":         "candidates: quotation, past occasion, restatement, release tail",
	"occasion-of-verb":      "candidates: quotation, past occasion, restatement, release tail",
	"predicate-restatement": "candidates: quotation, past occasion, restatement, release tail",
	"no-parties":            "parties",
	"title-parties":         "parties",
	"undated-plan":          "time: a plan with no date",
	"visit-no-place":        "settle: place, restatement",
	"described-restates":    "settle: place, restatement",
	"merge":                 "merge",
	"trip-summary":          "merge: trip summaries (merge_tripsummary.go)",
}

// RemovalRuleNamed reports whether rule is the name of a removal rule:
// one of removalRules, a factuality rule's name, or "sense: " and a
// sense's reason.
func RemovalRuleNamed(rule string) bool {
	return removalPass(rule) != ""
}

// removalPass is the pass a removal rule belongs to; "" for a name no
// rule has.
func removalPass(rule string) string {
	if p, ok := removalRules[rule]; ok {
		return p
	}
	if strings.HasPrefix(rule, "sense: ") && len(rule) > len("sense: ") {
		return "trigger senses (triggersIn)"
	}
	for _, f := range factualityRules {
		if f.name == rule {
			return "factuality"
		}
	}
	return ""
}

// rescueFeatures are the features a learned rescue would weigh for a
// removed candidate: the removing rule and its pass, the event type, the
// frame, the party rule, how many parties and persons, whether they came
// from context, the tense and form of the trigger, a date or place of its
// own or inherited, a title line, a quotation.
func rescueFeatures(rm removedEvent) []string {
	dr := rm.draft
	f := []string{"rule=" + rm.rule, "pass=" + removalPass(rm.rule), "type=" + rm.ev.Type, "rule_type=" + rm.rule + "|" + rm.ev.Type,
		"frame=" + dr.frame, "party_rule=" + strings.SplitN(dr.partyRule, "+", 2)[0],
		fmt.Sprintf("parties=%d", min(dr.parties, 3)), fmt.Sprintf("persons=%d", min(dr.persons, 3))}
	if strings.HasPrefix(dr.partyRule, "invalid:") {
		f = append(f, "parties_invalid")
	}
	for _, b := range []struct {
		on   bool
		name string
	}{{dr.verb, "verb"}, {dr.future, "future"}, {dr.title, "title"}, {dr.quoted, "quoted"}, {dr.contextual, "contextual"},
		{dr.ownDate, "own_date"}, {dr.ownPlace, "own_place"}, {dr.date, "date"}, {dr.place, "place"}} {
		if b.on {
			f = append(f, b.name)
		}
	}
	return f
}
