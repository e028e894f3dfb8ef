package extract

import (
	"fmt"
	"math"
	"strings"
)

// The confidence pass: an event's confidence is the sum of the weights
// (confidence.tsv) of the features it has, clamped to [0.05, 0.99].

// confFeatures are the features confidence.tsv must weigh.
var confFeatures = []string{"base", "verb", "own_date", "two_persons", "contextual", "reported", "quoted"}

// confidence sums the weights of the features and says how.
func (lx *lexicon) confidence(features []string) (float64, string) {
	sum := 0.0
	var b strings.Builder
	for i, f := range features {
		w := lx.weights[f]
		sum += w
		if i > 0 {
			b.WriteString(" ")
		}
		fmt.Fprintf(&b, "%s %+.2f", f, w)
	}
	c := math.Round(clamp(sum, 0.05, 0.99)*100) / 100
	return c, fmt.Sprintf("confidence %.2f = %s", c, b.String())
}
