package main

import (
	"reflect"
	"strings"
	"testing"

	"github.com/newswire/newswire/extract/tables"
)

// What the learned components' cross-validation tests share: reading a
// table's rows, and holding a shipped table to a fresh retrain.

// tableRows are a table's rows without its comments.
func tableRows(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if l != "" && !strings.HasPrefix(l, "#") {
			out = append(out, l)
		}
	}
	return out
}

// tableRow is the value (second column) of the row named name of a
// table; the test fails when the table has no such row.
func tableRow(t *testing.T, table []byte, name string) string {
	t.Helper()
	for _, l := range tableRows(string(table)) {
		if v, ok := strings.CutPrefix(l, name+"\t"); ok {
			v, _, _ = strings.Cut(v, "\t")
			return strings.TrimSpace(v)
		}
	}
	t.Fatalf("no %s row", name)
	return ""
}

// shippedRow is the value of a row of the embedded table file.
func shippedRow(t *testing.T, file, name string) string {
	t.Helper()
	shipped, err := tables.FS.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	return tableRow(t, shipped, name)
}

// checkRetrained holds the embedded table file to a fresh retrain's table:
// the same switch row (why says what the cross-validation measured) and,
// comments aside, the same rows. how is the command that retrains it.
func checkRetrained(t *testing.T, file string, fresh []byte, switchRow, why, how string) {
	t.Helper()
	shipped, err := tables.FS.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := tableRow(t, shipped, switchRow), tableRow(t, fresh, switchRow); got != want {
		t.Errorf("extract/tables/%s has %s %s, retraining gives %s (%s): retrain with %s", file, switchRow, got, want, why, how)
	}
	if got, want := tableRows(string(shipped)), tableRows(string(fresh)); !reflect.DeepEqual(got, want) {
		t.Errorf("extract/tables/%s's rows (%d) differ from a fresh retrain's (%d): retrain with %s", file, len(got), len(want), how)
	}
}
