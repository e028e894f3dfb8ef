package extract

import (
	"slices"
	"testing"
)

// TestPartyRuleOrder: the cascade is a visible list of uniquely named
// rules; the clause's own persons come before any context or sentence-wide
// rule, and the whole clause reading (organizations, resolved pronouns)
// before the weakest one, a person with an unnamed group.
func TestPartyRuleOrder(t *testing.T) {
	var names []string
	for _, r := range partyRules {
		if slices.Contains(names, r.name) {
			t.Errorf("rule %q named twice", r.name)
		}
		names = append(names, r.name)
	}
	at := func(n string) int {
		i := slices.Index(names, n)
		if i < 0 {
			t.Fatalf("no rule %q in %v", n, names)
		}
		return i
	}
	for _, later := range []string{"sentence-subject", "last-event", "salient-person", "clause-span-persons", "focal-visitor", "clause-named", "clause-span-organizations", "person-and-organization", "body-alone"} {
		if at("clause-persons") > at(later) {
			t.Errorf("clause-persons after %s: %v", later, names)
		}
	}
	if at("sentence-subject") > at("salient-person") {
		t.Errorf("the sentence's own subject must come before the person spoken of: %v", names)
	}
	if at("clause-named") > at("clause-span-organizations") {
		t.Errorf("the clause's named parties must come before the bounded sentence reading: %v", names)
	}
	for _, old := range []string{"reach-persons", "reach-organizations"} {
		if slices.Contains(names, old) {
			t.Errorf("the sentence-wide rule %q is back: %v", old, names)
		}
	}
	if at("clause") > at("unnamed-group") {
		t.Errorf("the clause reading must come before unnamed-group: %v", names)
	}
}

// TestTriggerReach: a trigger of another type bounds a trigger's parties;
// one of its own type does not; date and place reach half-way.
func TestTriggerReach(t *testing.T) {
	s := sentence{t0: 0, t1: 30}
	trigs := []trigMatch{{t0: 3, t1: 4, typ: Meeting}, {t0: 10, t1: 11, typ: Meeting}, {t0: 20, t1: 22, typ: Visit}}
	cases := []struct {
		ti             int
		lo, hi         int
		attrLo, attrHi int
	}{
		{0, 0, 20, 0, 7},
		{1, 0, 20, 7, 15},
		{2, 11, 30, 15, 30},
	}
	for _, c := range cases {
		lo, hi := triggerReach(trigs, c.ti, s)
		a := attrReach(trigs, c.ti, s)
		if lo != c.lo || hi != c.hi || a.t0 != c.attrLo || a.t1 != c.attrHi {
			t.Errorf("trigger %d: reach [%d,%d) attrs [%d,%d), want [%d,%d) [%d,%d)", c.ti, lo, hi, a.t0, a.t1, c.lo, c.hi, c.attrLo, c.attrHi)
		}
	}
}
