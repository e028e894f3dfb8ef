package extract

// clauseFirst: a verb whose subject is a pronoun or a description ("he met
// Bush", "the Pakistani president met Blair at Downing Street", "the two
// sides had agreed") has its parties in its clause when the sentence names
// fewer than two persons: the organizations and places elsewhere in the
// sentence ("at 10 Downing Street", "flying from the United States") are
// not its subject.
func (d *document) clauseFirst(c *eventDraft, persons []string) bool {
	if len(persons) >= 2 || !c.tr.verb || len(c.cl.subj) == 0 || c.cl.passive {
		return false
	}
	for _, a := range c.cl.subj {
		if a.pron == "" {
			return false
		}
	}
	return true
}
