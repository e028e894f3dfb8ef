package extract

import (
	"go/ast"
	"go/parser"
	gotoken "go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestClassSet: every class has its own bit, on both words of the set.
func TestClassSet(t *testing.T) {
	if numWordClasses <= 64 {
		t.Fatalf("numWordClasses = %d: the test wants a class beyond bit 64", numWordClasses)
	}
	for c := wordClass(0); c < numWordClasses; c++ {
		var s classSet
		s.Set(c)
		for d := wordClass(0); d < numWordClasses; d++ {
			if s.Has(d) != (c == d) {
				t.Fatalf("a set holding class %d: Has(%d) = %v", c, d, s.Has(d))
			}
		}
	}
	var s classSet
	for _, c := range []wordClass{0, 63, 64, 127} {
		s.Set(c)
	}
	for _, c := range []wordClass{0, 63, 64, 127} {
		if !s.Has(c) {
			t.Errorf("class %d set but not found", c)
		}
	}
	for _, c := range []wordClass{1, 62, 65, 126} {
		if s.Has(c) {
			t.Errorf("class %d found but never set", c)
		}
	}
	seen := map[wordClass]string{}
	for name, c := range wordClassNames {
		if c >= numWordClasses {
			t.Errorf("class %q: %d is not below numWordClasses", name, c)
		}
		if other, ok := seen[c]; ok {
			t.Errorf("classes %q and %q share the number %d", name, other, c)
		}
		seen[c] = name
	}
}

// TestClassBeyond64: classes numbered 64 and up (the teams pass's, which
// had a set of their own while the classes fitted one uint64) load from the
// embedded table and from a user's, and are told apart from the others.
func TestClassBeyond64(t *testing.T) {
	if wcDefeat < 64 || wcSportRole < 64 {
		t.Fatalf("wcDefeat = %d, wcSportRole = %d: the test wants classes beyond bit 64", wcDefeat, wcSportRole)
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "word_classes.tsv"), []byte("# user rows\nvanquished\tdefeat\nassistant-coach\tsportrole\nwere\tdefeat\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	lx, err := loadLexicon(dir)
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		word string
		cs   []wordClass
		want bool
	}{
		{"beat", []wordClass{wcDefeat}, true},               // embedded: the second word of the set
		{"vanquished", []wordClass{wcDefeat}, true},         // user row
		{"assistant-coach", []wordClass{wcSportRole}, true}, // user row
		{"vanquished", []wordClass{wcSportRole}, false},
		{"beat", []wordClass{wcAux}, false},   // class 0 of the same word
		{"were", []wordClass{wcDefeat}, true}, // a word of classes on both words of the set
		{"were", []wordClass{wcAux}, true},
		{"were", []wordClass{wcBe}, true},
		{"were", []wordClass{wcSportRole}, false},
		{"captain", []wordClass{wcVersus}, false},
		{"captain", []wordClass{wcVersus, wcSportRole}, true}, // any of several classes
		{"v", []wordClass{wcVersus}, true},
		{"unheard-of-word", []wordClass{wcDefeat, wcAux}, false},
	}
	for _, c := range cases {
		if got := lx.is(c.word, c.cs...); got != c.want {
			t.Errorf("is(%q, %v) = %v, want %v", c.word, c.cs, got, c.want)
		}
	}
}

// TestUnknownWordClass: a row naming a class the lexicon does not have
// fails the load with the file, the line and the class.
func TestUnknownWordClass(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "word_classes.tsv")
	if err := os.WriteFile(path, []byte("# user rows\nhuddled\tmeeting-verb\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := loadLexicon(dir)
	if err == nil {
		t.Fatal("a row of an unknown class loaded without error")
	}
	for _, want := range []string{path, "line 2", `"meeting-verb"`, "unknown word class"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not name %s", err, want)
		}
	}
}

// TestIsAllocationFree: asking a word's classes allocates nothing, however
// many classes are asked.
func TestIsAllocationFree(t *testing.T) {
	lx, err := loadLexicon("")
	if err != nil {
		t.Fatal(err)
	}
	words := []string{"said", "beat", "were", "zzz", "captain"}
	var n int
	allocs := testing.AllocsPerRun(100, func() {
		for _, w := range words {
			if lx.is(w, wcAux, wcRelative, wcClause, wcDefeat) {
				n++
			}
			if lx.is(w, wcSportRole) {
				n++
			}
		}
	})
	if allocs != 0 {
		t.Errorf("lx.is allocates %.1f times a run", allocs)
	}
	if n == 0 {
		t.Error("no word found in any class")
	}
}

// TestNoWordClassMasks: word classes are numbers, so the old bit-mask idiom
// (lx.is(w, wcAux|wcBe), s&wcFuture) would compile and silently ask for
// another class. No source file of the package may combine a class with |,
// &, ^ or a shift.
func TestNoWordClassMasks(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	isClass := func(e ast.Expr) bool {
		id, ok := e.(*ast.Ident)
		return ok && strings.HasPrefix(id.Name, "wc") && len(id.Name) > 2 && id.Name[2] >= 'A' && id.Name[2] <= 'Z'
	}
	fset := gotoken.NewFileSet()
	for _, f := range files {
		af, err := parser.ParseFile(fset, f, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(af, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.BinaryExpr:
				switch x.Op {
				case gotoken.OR, gotoken.AND, gotoken.XOR, gotoken.AND_NOT, gotoken.SHL:
					if isClass(x.X) || isClass(x.Y) {
						t.Errorf("%s: word class combined with %s: use lx.is(word, wcA, wcB) or classSet", fset.Position(x.Pos()), x.Op)
					}
				}
			case *ast.AssignStmt:
				switch x.Tok {
				case gotoken.OR_ASSIGN, gotoken.AND_ASSIGN, gotoken.XOR_ASSIGN:
					for _, r := range x.Rhs {
						if isClass(r) {
							t.Errorf("%s: word class combined with %s: use classSet.Set", fset.Position(x.Pos()), x.Tok)
						}
					}
				}
			}
			return true
		})
	}
}
