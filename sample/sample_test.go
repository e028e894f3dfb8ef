package sample_test

import (
	"bytes"
	"os"
	"testing"

	"github.com/newswire/newswire/sample"
)

// The embedded copy is the testdata article the quality tests score.
func TestSampleIsTheTestdataArticle(t *testing.T) {
	want, err := os.ReadFile("../testdata/" + sample.Name)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(sample.Article, want) {
		t.Errorf("sample/%s differs from testdata/%s: copy it again", sample.Name, sample.Name)
	}
}
