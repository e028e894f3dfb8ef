package main

// The place ranker's table: extract/tables/place_rank.tsv.

import (
	"fmt"
	"io"
	"strings"

	"github.com/newswire/newswire/internal/learn"
	"github.com/newswire/newswire/internal/trainsets"
)

// placeMeaning says what a feature of place_rank.tsv means, by its
// template (extract/place_rank.go placeTemplates).
func placeMeaning(f string) string {
	name, _, _ := strings.Cut(f, ":")
	if i := strings.IndexByte(f, '&'); i >= 0 {
		return "conjunction"
	}
	switch name {
	case "bias":
		return "intercept"
	case "rule":
		return "a rule proposed it"
	case "first":
		return "the earliest rule that proposed it"
	case "cascade":
		return "the cascade's own choice"
	case "agree":
		return "how many rules proposed it"
	case "kind":
		return "its kind"
	case "dateline":
		return "the dateline's city, a place holding it, another"
	case "nest":
		return "inside or holding another candidate"
	case "mentions":
		return "how often the story names it"
	case "where":
		return "where its nearest mention stands"
	case "event":
		return "the event: type, planned, title line, by telephone"
	case "count":
		return "how many places compete"
	case "versus":
		return "against the cascade's choice"
	}
	return ""
}

// writePlaceTable writes place_rank.tsv: a header with the command, the
// sets and the cross-validation, the switch (placeBeats), the bias and the
// weights.
func writePlaceTable(w io.Writer, m *learn.Model, sets []trainsets.Set, cv placeCV, l2 float64) error {
	on := 0
	if placeBeats(cv) {
		on = 1
	}
	var names []string
	for _, s := range sets {
		names = append(names, s.Name)
	}
	var b strings.Builder
	b.WriteString("# Place ranker weights (extract/place_rank.go): a logistic regression over the\n")
	b.WriteString("# features of each place an event's place rules propose; the best-scoring place\n")
	b.WriteString("# is the event's when the row \"enabled\" is 1 (the cascade's on a tie).\n")
	b.WriteString("# Made by: go run ./cmd/newswire-train place -write (internal/learn, L2 " + fmt.Sprint(l2) + ")\n")
	b.WriteString("# Trained on: " + strings.Join(names, ", ") + " (never final, blind, ../shared, BBC or Reuters text)\n")
	b.WriteString("# Leave-one-set-out cross-validation, matched events with a gold location, right place:\n")
	cvTable(&b, "#   ", cv.folds)
	b.WriteString("#   " + placeSummary(cv) + "\n")
	b.WriteString("# Each held-out set extracted again with the ranker on and its fold's weights:\n")
	cvTable(&b, "#   ", cv.real)
	fmt.Fprintf(&b, "# enabled: %d (1 only when the ranker beats the cascade in total over the held-out\n", on)
	b.WriteString("# sets and over the testdata/train sets, and fixes more events than it breaks with a\n")
	b.WriteString("# one-sided sign test p < 0.05)\n")
	b.WriteString("# columns: feature<TAB>weight<TAB>meaning\n")
	fmt.Fprintf(&b, "enabled\t%d\tthe ranker chooses the place (1) or the cascade does (0)\n", on)
	if _, err := io.WriteString(w, b.String()); err != nil {
		return err
	}
	return m.WriteTable(w, "bias", placeMeaning, false)
}
