package main

import (
	"strings"
	"testing"
)

// TestExtractJSONArray: a JSON array of envelopes is many articles, like a
// .jsonl file; a bad element is reported by its position and the others
// are printed; the size limit is per article, not per array; JSON that is
// not one envelope (trailing garbage, null, a number) is refused.
func TestExtractJSONArray(t *testing.T) {
	long := strings.Repeat(" Kenyan and Ugandan ministers met in Kampala on Tuesday.", 40)
	files := map[string]string{
		"feed.json": `[{"id":"arr-1","body":"Kenya and Ethiopia signed an agreement on power exports in Addis Ababa on Tuesday."},
 null,
 {"body":"Peru and Chile agreed to reopen a border crossing on Monday."},
 {"id":"arr-4","body":"` + long + `"}]`,
		"garbage.json": `{"id":"x","body":"Peru and Chile agreed to reopen a border crossing."}}`,
		"null.json":    `null`,
		"num.json":     `42`,
	}
	paths := writeFiles(t, files, "feed.json", "garbage.json", "null.json", "num.json")
	code, out, errs := runCLI(t, "", append([]string{"--max-bytes", "3000"}, paths...)...)
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	var ids []string
	for _, r := range records(t, out) {
		ids = append(ids, r.ID)
	}
	if strings.Join(ids, ",") != "arr-1,feed-3,arr-4" {
		t.Errorf("records %v, want arr-1, feed-3 (no id: name and position), arr-4", ids)
	}
	// each line names its input once, then the class, then the reason
	for _, want := range []string{"feed.json[2]: bad-json: a JSON null", "garbage.json: bad-json: envelope: invalid JSON at byte", "null.json: bad-json: a JSON null", "num.json: bad-json: a JSON number"} {
		if strings.Count(errs, want) != 1 {
			t.Errorf("stderr should say %q once:\n%s", want, errs)
		}
	}
	if n := strings.Count(errs, "bad-json"); n != 4 {
		t.Errorf("%d bad-json lines, want 4:\n%s", n, errs)
	}
}
