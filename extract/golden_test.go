package extract_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/newswire/newswire/extract"
)

var updateGolden = flag.Bool("update", false, "rewrite the golden records in testdata/golden")

// TestGoldenRecords compares whole article records with the ones kept in
// testdata/golden: any change of output, wanted or not, shows up in review.
// After a deliberate change: go test ./extract -run GoldenRecords -update
func TestGoldenRecords(t *testing.T) {
	x, err := extract.New(extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{
		"../testdata/north-news-2025-05-31.txt",
		"../testdata/articles/prnewswire-tokyo-2026-06-02.txt",
		"../testdata/articles/lp-2026-0115-chile-spain.json",
		"../testdata/articles/coastline-ecowas-lome.html",
	} {
		t.Run(filepath.Base(path), func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			a, err := extract.Decoder{}.Decode(path, data)
			if err != nil {
				t.Fatal(err)
			}
			rec, err := x.Extract(t.Context(), a)
			if err != nil {
				t.Fatal(err)
			}
			got, err := json.MarshalIndent(rec, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden := filepath.Join("../testdata/golden", a.ID+".record.json")
			if *updateGolden {
				if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("record of %s differs from %s; diff them, and rerun with -update if the change is wanted\ngot:\n%s", path, golden, got)
			}
		})
	}
}
