package extract

import "strings"

// A company named in full once ("Haldor Steel Corp") is named by its
// leading words elsewhere ("Haldor"). Three passes read such short names,
// each for its own job, and share the two tests below:
//
//   - orgShortNames (resolve.go) types an untyped chunk as the one company,
//     of those whose name ends in a company cue, that it leads ("Haldor",
//     "Haldor Steel" of "Haldor Steel Corp"), unless the chunk itself ends
//     in a cue ("Steel Corp");
//   - shortOrgNames (events_deal_names.go) merges two organization
//     entities when the short one is the full one's name cut before company
//     cues only ("Korvell" of "Korvell Pharma AG"; not a nationality, a stop
//     word or a person's name), unless another organization of the story
//     starts with the same words;
//   - fullerOrg (employer.go) widens a one-word employer to the one
//     organization of the story it leads, cue or none ("Molvane" of
//     "Molvane Ports").
//
// They differ in the organizations they look among, the short names they
// allow and what they change. Reading them alike changes records (letting
// orgShortNames take only shortOrgNames's names cut before company cues
// changed records of the articles, final and CoNLL dev sets), so they stay
// three passes; what they share is here.

// leadsName: short is the leading whole words of the longer name full
// ("Haldor" and "Haldor Steel" of "Haldor Steel Corp"), case aside.
func leadsName(full, short string) bool {
	return strings.HasPrefix(strings.ToLower(full), strings.ToLower(short)+" ")
}

// soleOrgLedBy: the one organization of orgs whose longer name short
// leads; nil when none or several are.
func soleOrgLedBy(orgs []*entity, short string) *entity {
	var found *entity
	for _, e := range orgs {
		if !leadsName(e.canon, short) {
			continue
		}
		if found != nil {
			return nil
		}
		found = e
	}
	return found
}
