package extract

import "testing"

// TestRespell: a surface form is the article's spelling of a table name
// only when the two differ in diacritics alone; a capitals form takes the
// name's case.
func TestRespell(t *testing.T) {
	cases := []struct {
		surface, canon, want string
		ok                   bool
	}{
		{"Asunción", "Asuncion", "Asunción", true},
		{"ASUNCIÓN", "Asuncion", "Asunción", true},
		{"FOZ DO IGUAÇU", "Foz do Iguacu", "Foz do Iguaçu", true},
		{"Bogota", "Bogotá", "Bogota", true}, // the article without accents
		{"Asuncion", "Asuncion", "Asuncion", true},
		{"Uefa", "UEFA", "", false},                 // a house style's case
		{"Côte d'Ivoire", "Ivory Coast", "", false}, // another name
		{"Asunta", "Asuncion", "", false},
		// letters NFD leaves whole fold to the letters wires write for them
		{"Tromsø", "Tromso", "Tromsø", true},
		{"Wrocław", "Wroclaw", "Wrocław", true},
		{"Đakovo", "Djakovo", "", false}, // another transliteration, not a respelling
		{"ŁÓDŹ", "Lodz", "Łódź", true},
		{"Tromsa", "Tromso", "", false},
	}
	for _, c := range cases {
		got, ok := respell(c.surface, c.canon, accentKey(c.canon))
		if ok != c.ok || ok && got != c.want {
			t.Errorf("respell(%q, %q) = %q, %v; want %q, %v", c.surface, c.canon, got, ok, c.want, c.ok)
		}
	}
}

// TestFoldAccents: combining marks come off, and the letters NFD leaves
// whole become the ASCII letters English-language text writes for them.
func TestFoldAccents(t *testing.T) {
	for in, want := range map[string]string{
		"Lucía":       "Lucia",
		"Tromsø":      "Tromso",
		"Søren Dahl":  "Soren Dahl",
		"Wrocław":     "Wroclaw",
		"Đorđe":       "Dorde",
		"Straße":      "Strasse",
		"Ærøskøbing":  "Aeroskobing",
		"Istanbul":    "Istanbul",
		"Kırıkkale":   "Kirikkale",
		"Malmö Hall":  "Malmo Hall",
		"São Tomé":    "Sao Tome",
		"plain ASCII": "plain ASCII",
	} {
		if got := foldAccents(in); got != want {
			t.Errorf("foldAccents(%q) = %q, want %q", in, got, want)
		}
	}
}
