package main

import (
	"testing"

	"github.com/newswire/newswire/internal/score"
)

// TestGainsReach: the bars' switch decision. From 80 right, 20 false and
// 20 missed (F1 0.800), one more right and one fewer missed is 0.806
// (+0.006), one false fewer alone 0.804 (+0.004); every gain must reach
// the margin.
func TestGainsReach(t *testing.T) {
	base := score.Tally{TP: 80, FP: 20, FN: 20}
	plus1 := score.Tally{TP: 81, FP: 20, FN: 19}
	small := score.Tally{TP: 80, FP: 19, FN: 20}
	cases := []struct {
		name  string
		gains []f1Gain
		want  bool
	}{
		{"one gain over the margin", []f1Gain{{base, plus1}}, true},
		{"one gain under it", []f1Gain{{base, small}}, false},
		{"a loss", []f1Gain{{plus1, base}}, false},
		{"both over", []f1Gain{{base, plus1}, {base, plus1}}, true},
		{"the second under", []f1Gain{{base, plus1}, {base, small}}, false},
		{"no change", []f1Gain{{base, base}}, false},
	}
	for _, c := range cases {
		if got := gainsReach(0.005, c.gains...); got != c.want {
			t.Errorf("%s: %v, want %v", c.name, got, c.want)
		}
	}
	if !isTr("train/tr12") || isTr("train/fresh3") || isTr("forms") {
		t.Error("isTr: the tr* folders of testdata/train and no other set")
	}
}
