package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestForeignCompanyNames: a name in another language with a lower-case
// particle inside it (do, de la, des) told with its own acronym in
// brackets is an organization (rule acronym-defined), and its acronym is
// its alias; a company's two trade words joined by "and" end one name.
// Traps: a person or place with a particle and an acronym keeps its
// reading, an English technology defined by its acronym is no
// organization, and two companies joined by "and" stay two. Every sentence
// is our own.
func TestForeignCompanyNames(t *testing.T) {
	checkOrgCases(t, []orgCase{
		{"portuguese connector", "Transportes do Sul (TDS) signed a freight contract with a Czech railway on Tuesday.", "Transportes do Sul", extract.Organization},
		{"its acronym is its alias", "Transportes do Sul (TDS) signed a freight contract on Tuesday. TDS said the line would open in May.", "TDS", extract.Organization},
		{"a mixed-case initialism after a leading word", "State-owned Petróleos do Leste (PdL) and a Spanish utility agreed on Tuesday to study a new terminal.", "Petróleos do Leste", extract.Organization},
		{"spanish connector and article", "The state lender Banco de la Provincia (BDP) cut its rates on Monday.", "Banco de la Provincia", extract.Organization},
		{"french connector", "Shares in Compagnie des Ports (CDP) rose after the results.", "Compagnie des Ports", extract.Organization},
		{"italian connector", "Cassa di Risparmio Veneta (CRV) agreed to buy two branches.", "Cassa di Risparmio Veneta", extract.Organization},
		{"trade words joined", "Ironvale Oil and Gas said on Monday it had found a new field.", "Ironvale Oil and Gas", extract.Organization},
		{"a trade word alone is no company (trap)", "Ironvale Oil and Gas said on Monday it had found a new field.", "Gas", ""},
		{"a place with a particle (trap)", "Flights to Rio de Janeiro (RJ) were cancelled on Monday.", "Rio de Janeiro", extract.Location},
		{"an English technology (trap)", "The plant will make Solid Oxide Fuel Cell (SOFC) stacks for buses.", "Solid Oxide Fuel Cell", ""},
		{"a body and a council are two", "Police and Tarnby Borough Council have agreed to pay for two more officers.", "Tarnby Borough Council", extract.Organization},
		{"the body before and is no joined name (trap)", "Police and Tarnby Borough Council have agreed to pay for two more officers.", "Police and Tarnby Borough Council", ""},
		{"a title's office with one word before its cue stays whole (trap)", "The Food and Drug Administration approved the drug on Monday.", "Food and Drug Administration", extract.Organization},
		{"a trade word before and names no body (trap)", "The Oil and Natural Gas Corporation said on Monday it had found a new field.", "Oil and Natural Gas Corporation", extract.Organization},
		{"a capitalized particle before a surname (trap)", "Immigration minister Des Nolan met the mayor on Monday.", "Des Nolan", extract.Person},
	})
}

// TestCompanyTradeWords: a trade's word ends a company's name, at the start
// of a sentence too (org_cues.tsv rows Finance, Credit, Leasing, Solar,
// Gas, Oil, Snacks...), and the company's first word alone later is the
// same company.
func TestCompanyTradeWords(t *testing.T) {
	checkOrgCases(t, []orgCase{
		{"finance at the start", "Brackwater Consumer Finance will pay $40 million to end a regulator's inquiry into its lending.", "Brackwater Consumer Finance", extract.Organization},
		{"its first word later", "Brackwater Consumer Finance has agreed to pay $40 million. Separately, Brackwater said its profit fell.", "Brackwater", extract.Organization},
		{"solar", "The council leased the land to Tidewater Solar for 25 years.", "Tidewater Solar", extract.Organization},
		{"snacks", "Marlow Snacks will close its plant in the town, the union said.", "Marlow Snacks", extract.Organization},
		{"credit", "Lakeshore Credit cut its mortgage rates on Monday.", "Lakeshore Credit", extract.Organization},
	})
}

// TestAbbreviatedTitles: a title abbreviated before a surname ("Cr Marsh",
// "Cllr Osei", "Supt Alcott", "Insp. Cole", "Det Moran") is a title, so
// the short name is the person named before and the event is theirs;
// "Rev" is an honorific. Traps: a bare surname after the abbreviation
// stays one person, not a new one named "Cr Marsh".
func TestAbbreviatedTitles(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string // the one meeting's participants
	}{
		{"councillor, australian style", "Mayor Helen Marsh said the deal was fair. Cr Marsh met Southgate Energy managing director Ewan Pryce at the council chambers on Monday.", []string{"Helen Marsh", "Ewan Pryce"}},
		{"councillor, british style", "Councillor Mira Osei opened the depot. Cllr Osei met Harland Buses chief executive Tom Reyes at the town hall on Friday.", []string{"Mira Osei", "Tom Reyes"}},
		{"superintendent", "Detective Superintendent Ruth Alcott leads the inquiry. Supt Alcott met Mayor Dan Hale in Dunmore on Tuesday.", []string{"Ruth Alcott", "Dan Hale"}},
		{"inspector with a full stop", "Inspector Dana Cole said patrols would rise. Insp. Cole met shop owner Priya Shah on Tuesday.", []string{"Dana Cole", "Priya Shah"}},
		{"reverend", "The Rev. Ann Hale leads the parish. Rev Hale met Bishop Tom Grey on Sunday.", []string{"Ann Hale", "Tom Grey"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec := extractText(t, "titles", "2026-03-11", c.text)
			for _, e := range rec.Entities {
				if e.Type == extract.Person && (strings.HasPrefix(e.Text, "Cr ") || strings.HasPrefix(e.Text, "Cllr ") || strings.HasPrefix(e.Text, "Supt ") || strings.HasPrefix(e.Text, "Insp")) {
					t.Fatalf("a title read as part of a name, %q: %s", e.Text, show(rec))
				}
			}
			for _, ev := range rec.Events {
				if ev.Type != extract.Meeting {
					continue
				}
				var got []string
				for _, p := range ev.Participants {
					got = append(got, p.Name)
				}
				slices.Sort(got)
				want := slices.Clone(c.want)
				slices.Sort(want)
				if slices.Equal(got, want) {
					return
				}
			}
			t.Fatalf("no meeting of %v: %s", c.want, show(rec))
		})
	}
}

// TestDatelinePlaces: the name a dateline opens with is a place even when
// the gazetteer lacks it (rule dateline-place), written as prose would
// write it; "this border town" after a locative is the dateline's place,
// for a visit and a meeting told there, as "here" is. Traps: a named
// place after "this" ("this Kenyan town" names Kenya's), no dateline (no
// place), and a body in the dateline's agency brackets stays no place.
func TestDatelinePlaces(t *testing.T) {
	cases := []struct {
		name, text string
		place      string // the unknown dateline place, "" for none
		evType     string // an event of this type placed at evPlace
		evPlace    string
	}{
		{"an unknown town before a country", "TALVERA, Chad, March 9 (Sahel Wire) -- Foreign Minister Ana Soto traveled to this border town on Monday.", "Talvera", extract.Visit, "Talvera"},
		{"an unknown town in capitals before a date", "DUNMORE HEADS, April 9 -- Mayor Tom Reyes met Harland Buses chief executive Kim Lowe in this harbour town on Monday.", "Dunmore Heads", extract.Meeting, "Dunmore Heads"},
		{"here", "TALVERA, Chad, March 9 (Sahel Wire) -- Foreign Minister Ana Soto met Governor Idris Musa here on Monday.", "Talvera", extract.Meeting, "Talvera"},
		{"a named town after this is its own (trap)", "TALVERA, Chad, March 9 (Sahel Wire) -- Ana Soto met Idris Musa in Kano, a northern town, on Monday.", "Talvera", extract.Meeting, "Kano"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec := extractText(t, "dateline", "2026-03-09", c.text)
			found := false
			for _, e := range rec.Entities {
				if e.Type == extract.Location && e.Text == c.place {
					found = true
				}
				if e.Type != extract.Location && strings.EqualFold(e.Text, c.place) {
					t.Fatalf("the dateline's place %q is a %s: %s", c.place, e.Type, show(rec))
				}
			}
			if !found {
				t.Fatalf("no place %q: %s", c.place, show(rec))
			}
			for _, ev := range rec.Events {
				if ev.Type == c.evType && ev.Location == c.evPlace {
					return
				}
			}
			t.Fatalf("no %s at %q: %s", c.evType, c.evPlace, show(rec))
		})
	}
	t.Run("a heading in capitals before a dash is no place (trap)", func(t *testing.T) {
		rec := extractText(t, "dateline", "2026-03-09", "SOCCER - TALVERA WIN AGAIN\n\nTalvera beat Kano 24-10 on Saturday.")
		for _, e := range rec.Entities {
			if e.Type == extract.Location && strings.EqualFold(e.Text, "SOCCER") {
				t.Fatalf("a heading read as a place: %s", show(rec))
			}
		}
	})
	t.Run("the outlet in the dateline's brackets is no place", func(t *testing.T) {
		rec := extractText(t, "dateline", "2026-03-09", "TALVERA, Chad, March 9 (Sahel Wire) -- Foreign Minister Ana Soto met Governor Idris Musa here on Monday.")
		for _, e := range rec.Entities {
			if e.Type == extract.Location && strings.EqualFold(e.Text, "Sahel") {
				t.Fatalf("the outlet's first word read as a place: %s", show(rec))
			}
		}
	})
	t.Run("a town named for its water", func(t *testing.T) {
		rec := extractText(t, "dateline", "2026-03-09", "Mayor Helen Marsh met Southgate Energy chief executive Ewan Pryce at the town hall in Tarrant Bay on Monday.")
		for _, ev := range rec.Events {
			if ev.Type == extract.Meeting && ev.Location == "Tarrant Bay" {
				return
			}
		}
		t.Fatalf("no meeting in Tarrant Bay: %s", show(rec))
	})
	t.Run("a body of water with its article is no meeting place (trap)", func(t *testing.T) {
		rec := extractText(t, "dateline", "2026-03-09", "Mayor Helen Marsh met Ewan Pryce on Monday to discuss fishing in the Bay of Biscay.")
		for _, ev := range rec.Events {
			if ev.Location == "Bay of Biscay" {
				t.Fatalf("a sea as a meeting place: %s", show(rec))
			}
		}
	})
	t.Run("no dateline: this town is no place (trap)", func(t *testing.T) {
		rec := extractText(t, "dateline", "2026-03-09", "Foreign Minister Ana Soto met Governor Idris Musa in this border town on Monday, officials said.")
		for _, ev := range rec.Events {
			if ev.Location != "" {
				t.Fatalf("a place with no dateline: %s", show(rec))
			}
		}
	})
}

// TestGovernmentsAndBasedNames: a region's government ("The Kerala
// government signed ...") is an organization and the party of its
// agreement, the region staying a place; a name after "X-based" that no
// rule typed is an organization; a capitalized common noun alone ("the
// State", "a State delegation") is no name and does not break the
// delegation reading. Traps: a country's government is the country's
// (no new organization), "Tunisian-born X" stays a person, "Secretary of
// State" keeps its title.
func TestGovernmentsAndBasedNames(t *testing.T) {
	checkOrgCases(t, []orgCase{
		{"a region's government", "The Kerala government on Wednesday signed an agreement with Bengaluru-based Suryavayu Power for a wind farm.", "Kerala government", extract.Organization},
		{"the region stays a place", "The Kerala government on Wednesday signed an agreement with a wind developer.", "Kerala", extract.Location},
		{"a based name", "The Kerala government on Wednesday signed an agreement with Bengaluru-based Suryavayu Power for a wind farm.", "Suryavayu Power", extract.Organization},
		{"a listed name", "Shares in Oslo-listed Tarnvik rose 4% on Monday.", "Tarnvik", extract.Organization},
		{"a country's government is no new organization (trap)", "The Kenya government signed an agreement with Vellore Batteries on Tuesday.", "Kenya government", ""},
		{"born leads a person (trap)", "Tunisian-born Karim Belhadj won the award on Monday.", "Karim Belhadj", extract.Person},
		{"a name led by no place is no organization (trap)", "Sales of tablets such as the Linux-based Corvo Slate rose in March.", "Corvo Slate", ""},
		{"the State alone is no organization (trap)", "The plant is the first in the State, officials said. The State's power minister met fishing unions.", "State", ""},
	})
	cases := []struct {
		name, text string
		typ        string
		parts      []string
	}{
		{"a region's government is the party", "The Kerala government on Wednesday signed an agreement with Bengaluru-based Suryavayu Power for a wind farm.", extract.Agreement, []string{"Kerala government", "Suryavayu Power"}},
		{"a State delegation", "Industries Minister Kofi Adu will lead a State delegation to Osaka on Monday.", extract.Visit, []string{"Kofi Adu"}},
		{"a nationality's delegation", "Trade Minister Ama Osei will lead a Ghanaian trade delegation to Seoul on Monday.", extract.Visit, []string{"Ama Osei"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec := extractText(t, "gov", "2026-03-10", c.text)
			for _, ev := range rec.Events {
				if ev.Type != c.typ {
					continue
				}
				var got []string
				for _, p := range ev.Participants {
					got = append(got, p.Name)
				}
				slices.Sort(got)
				want := slices.Clone(c.parts)
				slices.Sort(want)
				if slices.Equal(got, want) {
					return
				}
			}
			t.Fatalf("no %s of %v: %s", c.typ, c.parts, show(rec))
		})
	}
	t.Run("secretary of state keeps its title (trap)", func(t *testing.T) {
		rec := extractText(t, "gov", "2026-03-10", "Secretary of State Dana Moore met Foreign Minister Li Wei on Monday.")
		for _, e := range rec.Entities {
			if e.Type == extract.Title && e.Text == "Secretary of State" {
				return
			}
		}
		t.Fatalf("no title Secretary of State: %s", show(rec))
	})
}

// TestDatelineNamesakes: the dateline's town named again in the story is
// the same place, even where a given name or the tagger would read a
// person ("HELENA, Mont." then "in Helena"); an abbreviated state after
// the comma marks the dateline. Trap: a person whose name is a town that
// is not the dateline's stays a person.
func TestDatelineNamesakes(t *testing.T) {
	rec := extractText(t, "namesake", "2026-10-08", "HELENA, Mont., Oct. 8, 2026 (Capitol Wire) -- Gov. Marcy Delane met executives of Hanul Cells in Helena on Tuesday, her office said.")
	for _, e := range rec.Entities {
		if strings.EqualFold(e.Text, "Helena") && e.Type != extract.Location {
			t.Fatalf("the dateline's town read as %s: %s", e.Type, show(rec))
		}
	}
	placed := false
	for _, ev := range rec.Events {
		if ev.Type == extract.Meeting && ev.Location == "Helena" {
			placed = true
		}
	}
	if !placed {
		t.Fatalf("no meeting in Helena: %s", show(rec))
	}
	rec = extractText(t, "namesake", "2026-10-08", "TALVERA, Chad, Oct. 8, 2026 (Sahel Wire) -- Governor Idris Musa met Helena Barros, an aid worker, on Tuesday.")
	for _, e := range rec.Entities {
		if e.Text == "Helena Barros" && e.Type == extract.Person {
			return
		}
	}
	t.Fatalf("a person named like a town lost: %s", show(rec))
}
