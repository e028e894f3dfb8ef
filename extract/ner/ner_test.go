package ner

import (
	"bytes"
	"reflect"
	"strings"
	"sync"
	"testing"
)

func TestReadTSV(t *testing.T) {
	in := "# doc a\nAnna\tB-PER\nKoss\tI-PER\nspoke\tO\n\nIn\tO\nOslo\tB-LOC\n\n# doc b\nX\tO\n"
	docs, err := ReadTSV(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 2 || docs[0].ID != "a" || docs[1].ID != "b" {
		t.Fatalf("docs = %+v", docs)
	}
	if got := docs[0].Sents[1].Words; !reflect.DeepEqual(got, []string{"In", "Oslo"}) {
		t.Errorf("second sentence = %v", got)
	}
	for _, bad := range []string{"word without tag\n", "Oslo\tLOC\n"} {
		if _, err := ReadTSV(strings.NewReader(bad)); err == nil || !strings.Contains(err.Error(), "line 1") {
			t.Errorf("ReadTSV(%q): err = %v, want one naming line 1", bad, err)
		}
	}
}

func TestBILOU(t *testing.T) {
	for _, c := range []struct {
		tags []string
		want []string
	}{
		{[]string{"B-PER", "I-PER", "O", "B-LOC"}, []string{"B-PER", "L-PER", "O", "U-LOC"}},
		{[]string{"B-ORG", "I-ORG", "I-ORG"}, []string{"B-ORG", "I-ORG", "L-ORG"}},
		{[]string{"B-LOC", "B-LOC"}, []string{"U-LOC", "U-LOC"}},
		{[]string{"I-MISC", "O", "B-XYZ"}, []string{"U-MISC", "O", "O"}},
	} {
		var got []string
		for _, l := range bilou(c.tags) {
			got = append(got, labelName(l))
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("bilou(%v) = %v, want %v", c.tags, got, c.want)
		}
	}
}

func TestSpansLenient(t *testing.T) {
	B, I, L, U := func(x int) int { return label(x, partB) }, func(x int) int { return label(x, partI) },
		func(x int) int { return label(x, partL) }, func(x int) int { return label(x, partU) }
	for _, c := range []struct {
		labels []int
		want   string
	}{
		{[]int{B(0), L(0), 0, U(2)}, "PER 0-2|LOC 3-4"},
		{[]int{B(1), I(1), 0}, "ORG 0-2"},            // left open: closed at the O
		{[]int{B(1), I(1)}, "ORG 0-2"},               // open at the end
		{[]int{I(2), L(2), B(0)}, "LOC 0-2|PER 2-3"}, // no start: starts at I
		{[]int{B(0), U(1)}, "PER 0-1|ORG 1-2"},       // a new start closes
		{[]int{B(0), L(1)}, "PER 0-1|ORG 1-2"},       // another type closes
	} {
		var got []string
		for _, s := range spans([][]int{c.labels}, [][]float32{make([]float32, len(c.labels))}) {
			got = append(got, s.Type+" "+string(rune('0'+s.Start))+"-"+string(rune('0'+s.End)))
		}
		if g := strings.Join(got, "|"); g != c.want {
			t.Errorf("spans(%v) = %s, want %s", c.labels, g, c.want)
		}
	}
}

// toy builds a small corpus written for this test: people who "said",
// places after "in", teams beside scores.
func toy() []Labeled {
	var docs []Labeled
	people := [][2]string{{"Anna", "Koss"}, {"Jan", "Brel"}, {"Ola", "Vik"}, {"Mia", "Lund"}, {"Per", "Holm"}}
	places := []string{"Oslo", "Lima", "Quito", "Baku", "Riga"}
	for i := 0; i < 40; i++ {
		p, q := people[i%len(people)], places[(i*3)%len(places)]
		docs = append(docs, Labeled{ID: "toy",
			Sents: []Sentence{
				{Words: []string{p[0], p[1], "said", "in", q, "that", "prices", "rose", "."}},
				{Words: []string{q, "Rovers", "3", places[(i+1)%len(places)], "Rovers", "1"}},
			},
			Tags: [][]string{
				{"B-PER", "I-PER", "O", "O", "B-LOC", "O", "O", "O", "O"},
				{"B-ORG", "I-ORG", "O", "B-ORG", "I-ORG", "O"},
			}})
	}
	return docs
}

func TestTrainLearnsAndRoundTrips(t *testing.T) {
	m := Train(toy(), TrainOptions{Epochs: 5, Seed: 1})
	doc := []Sentence{
		{Words: []string{"Eva", "Dahl", "said", "in", "Minsk", "that", "prices", "rose", "."}},
		{Words: []string{"Minsk", "Rovers", "2", "Oslo", "Rovers", "0"}},
	}
	want := []Span{{0, 0, 2, "PER", 0, false}, {0, 4, 5, "LOC", 0, false}, {1, 0, 2, "ORG", 0, true}, {1, 3, 5, "ORG", 0, true}}
	got := m.Tag(doc)
	strip := func(s []Span) []Span {
		out := make([]Span, len(s))
		for i, x := range s {
			x.Score = 0
			out[i] = x
		}
		return out
	}
	if !reflect.DeepEqual(strip(got), want) {
		t.Fatalf("Tag = %+v, want %+v", got, want)
	}
	var buf bytes.Buffer
	if err := m.Write(&buf); err != nil {
		t.Fatal(err)
	}
	m2, err := Read(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if m2.Features() != m.Features() || !reflect.DeepEqual(m2.Tag(doc), got) {
		t.Errorf("the model read back tags differently")
	}
	sc := Evaluate(m, toy()[:5])
	if sc[""].F1() != 1 || sc["ORG"].Gold != 10 {
		t.Errorf("Evaluate on training docs = %+v", *sc[""])
	}
}

func TestReadErrors(t *testing.T) {
	var buf bytes.Buffer
	if err := Train(toy()[:2], TrainOptions{Epochs: 1}).Write(&buf); err != nil {
		t.Fatal(err)
	}
	good := buf.Bytes()
	for name, data := range map[string][]byte{
		"not gzip":  []byte("hello"),
		"truncated": good[:len(good)/2],
	} {
		if _, err := Read(bytes.NewReader(data)); err == nil || !strings.HasPrefix(err.Error(), "ner model") {
			t.Errorf("%s: err = %v, want a ner model error", name, err)
		}
	}
}

// TestConcurrentTag: one model, many goroutines, the same answers (run
// with -race).
func TestConcurrentTag(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	docs := toy()[:8]
	want := make([][]Span, len(docs))
	for i, d := range docs {
		want[i] = m.Tag(d.Sents)
	}
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for k := 0; k < 20; k++ {
				i := (g + k) % len(docs)
				if got := m.Tag(docs[i].Sents); !reflect.DeepEqual(got, want[i]) {
					t.Errorf("goroutine %d: doc %d tagged differently", g, i)
					return
				}
			}
		}(g)
	}
	wg.Wait()
}

func BenchmarkLoad(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := Read(bytes.NewReader(embedded)); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkTag(b *testing.B) {
	m, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	docs := toy()
	words := 0
	for _, d := range docs {
		for _, s := range d.Sents {
			words += len(s.Words)
		}
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			m.Tag(d.Sents)
		}
	}
	b.ReportMetric(float64(words*b.N)/b.Elapsed().Seconds(), "words/s")
}

func TestShape(t *testing.T) {
	for _, c := range []struct{ w, full, short string }{
		{"oslo", "xxxx", "x"}, {"Oslo", "Xxxx", "Xx"}, {"O", "X", "X"}, {"1996", "dddd", "d"},
		{"Internationalization", "Xxxxxxxx", "Xx"}, {"U.S.", "X.X.", "X.X."}, {"4-38", "d-dd", "d-d"},
		{"McCague", "XxXxxxx", "XxXx"}, {"Zürich", "Xxxxxx", "Xx"}, {"", "", ""},
	} {
		full, short := shape(c.w)
		sf, ss := slowShape(c.w)
		if full != c.full || short != c.short || (c.w != "" && (sf != full || ss != short)) {
			t.Errorf("shape(%q) = %q %q (slow %q %q), want %q %q", c.w, full, short, sf, ss, c.full, c.short)
		}
	}
}
