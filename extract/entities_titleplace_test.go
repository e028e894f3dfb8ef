package extract_test

import (
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestTitleWordPlaces: a gazetteer place whose name starts with a title
// word ("Prince Edward Island", "General Santos") is the place, not a title
// and a person, when the words after the title end like a place's name, a
// place's context surrounds it, or another title follows it; the person
// after it keeps the second title. Traps: the same words with no such sign
// ("General Santos said") stay a general named Santos, and a title before a
// person's name is untouched.
func TestTitleWordPlaces(t *testing.T) {
	checkNameCases(t, []nameCase{
		{"a place's cue word ends it", "Prince Edward Island has asked Ottawa for more money for its hospitals.", "Prince Edward Island", extract.Location},
		{"no person named Edward Island (trap)", "Prince Edward Island has asked Ottawa for more money for its hospitals.", "Edward Island", ""},
		{"another title after the place", "\"We were left waiting,\" Prince Edward Island Premier Colin Tavish told reporters on Friday.", "Prince Edward Island", extract.Location},
		{"the person after the place", "\"We were left waiting,\" Prince Edward Island Premier Colin Tavish told reporters on Friday.", "Colin Tavish", extract.Person},
		{"after a locative preposition", "The tuna boats unloaded their catch in General Santos on Monday.", "General Santos", extract.Location},
		{"a place listed beside it", "The mayor of General Santos, Philippines, welcomed the new port.", "General Santos", extract.Location},
		{"a mayor after the city", "General Santos Mayor Rita Bayani opened the new fish port on Monday.", "Rita Bayani", extract.Person},
		{"a general named Santos (trap)", "General Santos said the army would stay in the north until spring.", "Santos", extract.Person},
		{"a title before a person (trap)", "Prince Edward opened the new hospital wing in Norwich on Tuesday.", "Edward", extract.Person},
	})
}

// TestPluralPossessiveNames: an organization whose name holds a plural's
// possessive, written with a straight or a curly apostrophe ("Dock
// Carpenters' Guild", "Junior Nurses’ Association"), is one organization,
// not cut at the apostrophe; a part never starts at the apostrophe. Traps:
// a person's "’s" before an organization stays the person's, and a title
// word at the start of such a name is no general called Workers.
func TestPluralPossessiveNames(t *testing.T) {
	checkNameCases(t, []nameCase{
		{"straight apostrophe", "The Dock Carpenters' Guild voted on Friday to accept the new rota.", "Dock Carpenters' Guild", extract.Organization},
		{"curly apostrophe", "Members of the Junior Nurses’ Association walked out in Leeds on Tuesday.", "Junior Nurses’ Association", extract.Organization},
		{"a forum", "A delegation from the Grain Shippers' Forum is expected in Rotterdam next week.", "Grain Shippers' Forum", extract.Organization},
		{"not cut short (trap)", "The Dock Carpenters' Guild voted on Friday to accept the new rota.", "Dock Carpenters", ""},
		{"a title word opens the name", "The General Workers' Union called the strike off on Friday.", "General Workers' Union", extract.Organization},
		{"no general called Workers (trap)", "The General Workers' Union called the strike off on Friday.", "Workers", ""},
		{"a person's possessive (trap)", "President Amara Bello's party won the vote, the commission said.", "Amara Bello", extract.Person},
	})
}

// TestTradeWordCompanies: a company named by a made-up word and a trade's
// word ("Talvern Grain", "Quillon Maritime", "Marsby Terminals") is an
// organization, whatever the tagger guesses; a chief of a Nigerian town
// ("Chief Lateef Balogun") is the person after the honorific (the whole an
// alias, as "Dr. Varga" is), and an honorific before a title alone ("Lord Chancellor", "Chief Justice") makes
// no person. Traps: a surname that is a trade word's namesake after a given
// name stays a person; "Chief Executive" before a name stays a title.
func TestTradeWordCompanies(t *testing.T) {
	checkNameCases(t, []nameCase{
		{"grain", "The fine was paid in full, said Talvern Grain, which sells feed to farms in three states.", "Talvern Grain", extract.Organization},
		{"maritime", "Quillon Maritime chartered the tanker for six months, the broker said.", "Quillon Maritime", extract.Organization},
		{"terminals", "Marsby Terminals said the berth would be free by Friday.", "Marsby Terminals", extract.Organization},
		{"markets", "Ashcombe Markets agreed to pay a $3 million penalty on Monday.", "Ashcombe Markets", extract.Organization},
		{"a given name and a surname (trap)", "Grace Farmer said the fine was too small.", "Grace Farmer", extract.Person},
		{"a chief", "The association's president, Chief Lateef Balogun, spoke first at the signing.", "Lateef Balogun", extract.Person},
		{"a title after an honorific, no name", "The Lord Chancellor said the bill would be changed before the vote.", "Chancellor", ""},
		{"chief justice, no name", "The Chief Justice said the court would sit in July.", "Justice", ""},
		{"a chief's title and no name (trap)", "Fergal Quinlan will join the board as Chief Technology Officer in May.", "Technology Officer", ""},
		{"chief executive before a name (trap)", "Chief Executive Anna Berg said profits rose by a tenth.", "Anna Berg", extract.Person},
	})
}
