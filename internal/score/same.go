package score

// SamePlace: two place names are one place for the gold, the way the
// scorer checks a matched event's location (through the gold's names and
// aliases, after Norm). An empty name is no place.
func SamePlace(g Gold, a, b string) bool {
	return a != "" && b != "" && canonical(g, a) == canonical(g, b)
}
