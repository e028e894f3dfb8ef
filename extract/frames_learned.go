package extract

import (
	"fmt"
	"strconv"
	"strings"
)

// The learned frames: rows of frames_learned.tsv that the frame induction
// (go run ./cmd/newswire-train frames) found on the training sets, in the
// format of frames.tsv plus their provenance. They are read after the
// hand-written frames, only when the table's switch row is "on 1"; an
// event a learned frame made says so in --explain.

// learnedFrames are frames_learned.tsv's rows and switch.
type learnedFrames struct {
	on   bool
	rows []frame
}

// loadLearnedFrame reads one row of frames_learned.tsv: "on 0|1", a
// "veto" row (a candidate the induction must not propose; read by the
// trainer only), or a frame row: lemma, pos, type, roles, needs, then
// sets, support and precision.
func (lx *lexicon) loadLearnedFrame(r row) error {
	switch strings.ToLower(r.col(0)) {
	case "on":
		switch r.col(1) {
		case "0", "1":
			lx.learnedFrames.on = r.col(1) == "1"
			return nil
		}
		return fmt.Errorf("on %q: want 1 (the learned frames read triggers) or 0 (they do not)", r.col(1))
	case "veto":
		return nil
	}
	if len(r.cols) < 3 {
		return fmt.Errorf("want lemma, pos, type, roles, needs, sets, support, precision")
	}
	f, err := parseFrame(r)
	if err != nil {
		return err
	}
	sets, err := strconv.Atoi(r.col(5))
	if err != nil {
		return fmt.Errorf("frame %q: sets %q: want a count", f.lemma, r.col(5))
	}
	prec, err := strconv.ParseFloat(r.col(7), 64)
	if err != nil || prec < 0 || prec > 1 {
		return fmt.Errorf("frame %q: precision %q: want a number from 0 to 1", f.lemma, r.col(7))
	}
	f.learned = fmt.Sprintf("%d sets, precision %.2f", sets, prec)
	lx.learnedFrames.rows = append(lx.learnedFrames.rows, f)
	return nil
}
