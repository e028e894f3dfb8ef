package ner

import (
	"math/rand"
	"testing"
)

// TestViterbiExact: on random scores, the decoder's sequence is the best
// one BILOU and the allowances permit (checked by enumerating every
// sequence of short sentences), and each margin is the best score minus the
// best score of a permitted sequence with another label at that word.
func TestViterbiExact(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	for trial := 0; trial < 300; trial++ {
		n := 1 + rng.Intn(4)
		allow := make([]uint8, n)
		for i := range allow {
			allow[i] = uint8(rng.Intn(3))
		}
		var lt lattice
		lt.reset(n)
		for i := 0; i < n; i++ {
			for l := 0; l < numLabels; l++ {
				lt.emit[i][l] = float32(rng.Intn(21) - 10)
				for p := 0; p <= numLabels; p++ {
					lt.trans[i][p][l] = float32(rng.Intn(11) - 5)
				}
			}
		}
		score := func(seq []int) (float32, bool) {
			var s float32
			for i, l := range seq {
				p := -1
				if i > 0 {
					p = seq[i-1]
				}
				if !allowed(allow[i], l) || !validAfter(p, l) {
					return 0, false
				}
				if allow[i] != allowO {
					s += lt.emit[i][l] + lt.trans[i][p+1][l]
				}
			}
			return s, validEnd(seq[n-1])
		}
		best := float32(negInf)
		// the best permitted score with label l at word i
		other := make([][numLabels]float32, n)
		for i := range other {
			for l := range other[i] {
				other[i][l] = negInf
			}
		}
		seq := make([]int, n)
		var walk func(i int)
		walk = func(i int) {
			if i == n {
				if s, ok := score(seq); ok {
					best = max(best, s)
					for k, l := range seq {
						other[k][l] = max(other[k][l], s)
					}
				}
				return
			}
			for l := 0; l < numLabels; l++ {
				seq[i] = l
				walk(i + 1)
			}
		}
		walk(0)
		lab, mar := make([]int, n), make([]float32, n)
		viterbi(&lt, allow, lab, mar)
		got, ok := score(lab)
		if !ok || got != best {
			t.Fatalf("trial %d: allow %v: viterbi %v scores %v (permitted %v), best is %v", trial, allow, lab, got, ok, best)
		}
		for i := range lab {
			second := float32(negInf)
			for l := range other[i] {
				if l != lab[i] {
					second = max(second, other[i][l])
				}
			}
			want := float32(100)
			if second != negInf && allow[i] != allowO {
				want = best - second
			}
			if mar[i] != want {
				t.Fatalf("trial %d: margin of word %d = %v, want %v", trial, i, mar[i], want)
			}
		}
	}
}

// TestFeasible: gold tags the decoder cannot produce are cut where a word
// may not be in a name.
func TestFeasible(t *testing.T) {
	tags := []string{"B-ORG", "I-ORG", "I-ORG", "O", "B-PER", "I-PER"}
	// Bank of England said Ana ana: "ana" (lower case, nothing capitalized after) may not be in a name
	allow := []uint8{allowAll, allowInside, allowAll, allowO, allowAll, allowO}
	var got []string
	for _, l := range feasible(tags, allow) {
		got = append(got, labelName(l))
	}
	want := []string{"B-ORG", "I-ORG", "L-ORG", "O", "U-PER", "O"}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("feasible = %v, want %v", got, want)
		}
	}
}

// TestAllowance: capitalized words may be anything, a linking word between
// capitalized ones may be inside a name, other lower-case words are O.
func TestAllowance(t *testing.T) {
	info, _ := prepare([]Sentence{{Words: []string{"the", "Bank", "of", "England", "said", "on", "Monday", "that", "it", "rose"}}})
	got := allowance(&info[0])
	want := []uint8{allowO, allowAll, allowInside, allowAll, allowInside, allowInside, allowAll, allowO, allowO, allowO}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("allowance = %v, want %v", got, want)
		}
	}
}
