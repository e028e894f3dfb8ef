package extract_test

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestConcurrentExtract: one Extractor shared by 8 goroutines gives the same
// records as sequential calls (run with -race).
func TestConcurrentExtract(t *testing.T) {
	arts := []extract.Article{
		{ID: "s1", Published: "2025-10-09", Body: "Japanese Foreign Minister Kenji Mori met Australian Foreign Minister Claire Dunn in Canberra on Tuesday."},
		{ID: "s2", Published: "2026-03-04", Body: "Kenya and Ethiopia signed an agreement on power exports in Addis Ababa on Tuesday."},
		{ID: "s3", Published: "2025-08-19", Body: "German Chancellor Friedrich Merz travelled to Warsaw on Monday. Merz met Polish Prime Minister Donald Tusk."},
		{ID: "s4", Published: "2025-06-02", Body: "Pakistan's finance ministry said it would brief the Financial Action Task Force (FATF) in Paris from June 10 to June 12."},
		{ID: "s5", Published: "2025-06-02", Body: "Mei Tanaka, chief executive of Kirin Freight, told reporters in Osaka that orders had doubled. Ms. Tanaka said China was weak."},
		{ID: "s6", Published: "2026-01-14", Body: "Chilean Foreign Minister Ana Soto is scheduled to meet Spanish Foreign Minister José Manuel Albares in Madrid on Friday."},
		{ID: "s7", Published: "2025-11-18", Body: "South Korean lawmaker Park Ji-won visited Tokyo on Monday. Park met Japanese legislators in the fourth quarter of 2025."},
		{ID: "s8", Published: "2025-06-13", Body: "Negotiators met in Doha from Tuesday to Thursday, Qatar's foreign ministry said."},
	}
	for _, pat := range []string{"../testdata/*.txt", "../testdata/articles/*"} {
		m, _ := filepath.Glob(pat)
		for _, p := range m {
			if strings.HasSuffix(p, ".gold.json") || strings.HasSuffix(p, ".md") {
				continue
			}
			data, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			a, err := extract.Decoder{}.Decode(p, data)
			if err != nil {
				t.Fatalf("%s: %v", p, err)
			}
			arts = append(arts, a)
		}
	}
	x, err := extract.New(extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	want := make([]string, len(arts))
	for i, a := range arts {
		rec, err := x.Extract(ctx, a)
		if err != nil {
			t.Fatalf("%s: %v", a.ID, err)
		}
		b, _ := json.Marshal(rec)
		want[i] = string(b)
	}
	const workers = 8
	got := make([][]string, workers)
	var wg sync.WaitGroup
	for w := range workers {
		got[w] = make([]string, len(arts))
		wg.Go(func() {
			// each worker walks the articles from a different start
			for k := range arts {
				i := (k + w*len(arts)/workers) % len(arts)
				rec, err := x.Extract(ctx, arts[i])
				if err != nil {
					t.Errorf("worker %d, %s: %v", w, arts[i].ID, err)
					return
				}
				b, _ := json.Marshal(rec)
				got[w][i] = string(b)
			}
		})
	}
	wg.Wait()
	for w := range workers {
		for i := range arts {
			if got[w][i] != want[i] {
				t.Errorf("worker %d, article %s: concurrent record differs from sequential\n got: %s\nwant: %s", w, arts[i].ID, got[w][i], want[i])
			}
		}
	}
}
