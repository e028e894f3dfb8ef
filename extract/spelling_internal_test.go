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
	}
	for _, c := range cases {
		got, ok := respell(c.surface, c.canon, accentKey(c.canon))
		if ok != c.ok || ok && got != c.want {
			t.Errorf("respell(%q, %q) = %q, %v; want %q, %v", c.surface, c.canon, got, ok, c.want, c.ok)
		}
	}
}
