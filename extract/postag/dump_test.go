package postag

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"testing"

	"github.com/jdkato/prose/v2"
)

func TestDumpTags(t *testing.T) {
	out := os.Getenv("POSTAG_DUMP")
	if out == "" {
		t.Skip()
	}
	doc, _ := prose.NewDocument("Load.", prose.WithSegmentation(false))
	pt, err := FromProse(doc.Model)
	if err != nil {
		t.Fatal(err)
	}
	f, _ := os.Open("/work/shared/corpus/bbc/articles.jsonl")
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	w, _ := os.Create(out)
	defer w.Close()
	bw := bufio.NewWriter(w)
	defer bw.Flush()
	for sc.Scan() {
		var a struct{ Headline, Body string }
		json.Unmarshal(sc.Bytes(), &a)
		for _, text := range []string{a.Headline, a.Body} {
			pd, _ := prose.NewDocument(text, prose.UsingModel(doc.Model), prose.WithSegmentation(false), prose.WithTagging(false), prose.WithExtraction(false))
			toks := pd.Tokens()
			if !pt.Tag(text, toks) {
				t.Fatal("unplaced")
			}
			for _, tk := range toks {
				fmt.Fprintf(bw, "%s\t%s\n", tk.Text, tk.Tag)
			}
		}
	}
}
