package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// Accented names: the given-name table is written without diacritics
// (Jose, Lucia, Hernan, Joaquin), as most English-language wires write
// them; wires that keep them (José, Lucía, Hernán, Joaquín, François,
// Çağla) name the same people. A name with diacritics is looked up as
// written, then with its combining marks taken off. Letters that Unicode
// does not split into a letter and a mark (ø, ł, đ, ı, æ, ß...) are
// written in English-language wires as the letters ASCII gives them
// ("Tromsø" as "Tromso", "Wrocław" as "Wroclaw", "Søren" as "Soren"):
// they fold to those letters.

// foldAccents removes the combining marks of s ("Lucía" -> "Lucia") and
// writes the letters with a stroke or ligature in ASCII ("Tromsø" ->
// "Tromso").
func foldAccents(s string) string {
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	out, _, err := transform.String(t, s)
	if err != nil {
		return s
	}
	if !asciiOnly(out) {
		out = unmarkedLetters.Replace(out)
	}
	return out
}

// unmarkedLetters are the Latin letters NFD leaves whole, and the ASCII
// letters English-language text writes for them.
var unmarkedLetters = strings.NewReplacer(
	"ø", "o", "Ø", "O", "ł", "l", "Ł", "L", "đ", "d", "Đ", "D",
	"ħ", "h", "Ħ", "H", "ı", "i", "ŧ", "t", "Ŧ", "T",
	"ð", "d", "Ð", "D", "þ", "th", "Þ", "Th",
	"æ", "ae", "Æ", "Ae", "œ", "oe", "Œ", "Oe", "ß", "ss",
)

// asciiOnly: s has no byte outside ASCII (nothing to fold).
func asciiOnly(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// isGiven: w is a given name of the table, as written or without its
// diacritics.
func (lx *lexicon) isGiven(w string) bool {
	if lx.given[w] {
		return true
	}
	return !asciiOnly(w) && lx.given[foldAccents(w)]
}

// isGivenAmb: w is a given name that is also a common word or a place
// (given_names.tsv flag amb), as written or without its diacritics.
func (lx *lexicon) isGivenAmb(w string) bool {
	if lx.givenAmb[w] {
		return true
	}
	return !asciiOnly(w) && lx.givenAmb[foldAccents(w)]
}
