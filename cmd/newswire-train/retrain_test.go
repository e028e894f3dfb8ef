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

// checkSwitch holds the embedded table file's switch row to a fresh
// retrain's (why says what the cross-validation measured; how is the
// command that retrains the table).
func checkSwitch(t *testing.T, file string, fresh []byte, switchRow, why, how string) {
	t.Helper()
	if got, want := shippedRow(t, file, switchRow), tableRow(t, fresh, switchRow); got != want {
		t.Errorf("extract/tables/%s has %s %s, retraining gives %s (%s): retrain with %s", file, switchRow, got, want, why, how)
	}
}

// checkRetrained holds the embedded table file to a fresh retrain's
// table: the same switch row (checkSwitch) and, comments aside, the same
// rows: for the tables retrained whenever the rules' output changes
// (frames, reader, args); the others hold their switch only.
func checkRetrained(t *testing.T, file string, fresh []byte, switchRow, why, how string) {
	t.Helper()
	checkSwitch(t, file, fresh, switchRow, why, how)
	shipped, err := tables.FS.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := tableRows(string(shipped)), tableRows(string(fresh)); !reflect.DeepEqual(got, want) {
		t.Errorf("extract/tables/%s's rows (%d) differ from a fresh retrain's (%d): retrain with %s", file, len(got), len(want), how)
	}
}
