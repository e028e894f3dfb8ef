package extract_test

import (
	"sort"
	"strings"
	"testing"
)

// TestLegalFormComma: a comma that closes a company's legal form ("Co.,
// Ltd.,", "Inc.,") before the verb opens no appositive, so the conjunct
// before the company stays in the subject; Irish heads of government
// ("Taoiseach", "Tánaiste") are titles, not part of a name or a place.
func TestLegalFormComma(t *testing.T) {
	cases := []struct {
		name, text, typ, want string // want: participants joined by "|", sorted; "" for no event of typ
	}{
		{"legal form comma after second conjunct",
			"Marlow Pharma, Inc., a drug maker, and Tenby Bio Co., Ltd., said on Monday that they had signed an agreement.",
			"agreement", "Marlow Pharma|Tenby Bio Co., Ltd."},
		{"legal form comma, entered into",
			"Calder Robotics AG, a Swiss maker of warehouse robots, and Nakada Systems Co., Ltd., said they had entered into a supply agreement.",
			"agreement", "Calder Robotics AG|Nakada Systems Co., Ltd."},
		{"no legal form: the appositive is still skipped",
			"Calder Robotics AG, a Swiss maker of warehouse robots, said it had entered into a supply agreement with Nakada Systems Co., Ltd.",
			"agreement", "Calder Robotics AG|Nakada Systems Co., Ltd."},
		{"legal form comma, then an appositive",
			"Marlow Pharma, Inc., a drug maker, said it had signed an agreement with Tenby Bio Co., Ltd.",
			"agreement", "Marlow Pharma|Tenby Bio Co., Ltd."},
		{"legal form comma before a date",
			"Tenby Bio Co., Ltd., on Monday said it had signed an agreement with Ostrava Steel.",
			"agreement", "Ostrava Steel|Tenby Bio Co., Ltd."},
		{"trap: a lone comma after a place is still an appositive's",
			"Ostrava Steel, a mill in Ostrava, and Tenby Bio Co., Ltd., said they would not sign the agreement.",
			"agreement", ""},
		{"Taoiseach is a title before a name",
			"Taoiseach Ciaran Walsh met Prime Minister Helen Cartwright in London on Monday.",
			"meeting", "Ciaran Walsh|Helen Cartwright"},
		{"Tánaiste between commas is a title",
			"The Tánaiste, Niamh Curran, will meet the Spanish foreign minister, Lucia Prieto, in Madrid on Friday.",
			"meeting", "Lucia Prieto|Niamh Curran"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec := extractText(t, "legalcomma", "2026-03-02", c.text)
			var got []string
			for _, e := range rec.Events {
				if e.Type != c.typ {
					continue
				}
				var ps []string
				for _, p := range e.Participants {
					ps = append(ps, p.Name)
				}
				sort.Strings(ps)
				got = append(got, strings.Join(ps, "|"))
			}
			if c.want == "" {
				if len(got) > 0 {
					t.Errorf("%s: want no %s, got %q", c.text, c.typ, got)
				}
				return
			}
			if len(got) != 1 || got[0] != c.want {
				t.Errorf("%s: want one %s of %q, got %q", c.text, c.typ, c.want, got)
			}
		})
	}
}
