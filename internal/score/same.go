package score

// SamePlace: two place names are one place for the gold, the way the
// scorer checks a matched event's location (through the gold's names and
// aliases, after Norm). An empty name is no place.
func SamePlace(g Gold, a, b string) bool {
	return a != "" && b != "" && canonical(g, a) == canonical(g, b)
}

// Canonical is the gold's own name for a participant or place name
// (through its names and aliases, after Norm), the way the scorer
// compares participants; a name the gold does not know is its own Norm.
func Canonical(g Gold, name string) string { return canonical(g, name) }
