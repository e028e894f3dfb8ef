package extract

import (
	"fmt"
	"os"
	"strconv"
	"strings"
)

// lexicon holds every rule table, loaded once and read concurrently.
type lexicon struct {
	abbr       map[string]abbrKind
	abbrAny    map[string]abbrKind // abbr and its lower-case forms, for table phrases
	locEnd     map[string]string   // place cue word (lower case) -> kind
	venue      map[string]string   // venues.tsv: word or name (lower case) -> form (head, number, name)
	orgContext *trie               // words just before an organization's name
	personNoun map[string]bool     // words just before a person's name
	stop       map[string]bool
	honorific  map[string]bool // without the period
	// honorifics written before the given name ("Sir Cliff", "Dame Judi"):
	// column "given" of honorifics.tsv
	givenHonorific map[string]bool
	// titleWord: one-word heads and pre-words of titles.tsv and the
	// honorifics, lower case without a period: the words that may stand
	// before a given name written short (document.go givenAbbrAfter)
	titleWord     map[string]bool
	titles        *trie // payload: titleKind
	titleStrip    map[string]bool
	orgEnd        map[string]string // cue word (lower case) -> class
	orgStart      map[string]string
	orgs          *trie // payload: index into orgNames
	orgNames      []knownOrg
	locs          *trie // payload: index into places
	places        []place
	placeNames    map[string][]int  // lower-case name or alias -> every place so called
	demonyms      map[string]string // lower-case demonym -> country
	seats         map[string]string // seats.tsv: a seat of government as written -> the party it stands for
	capitals      map[string]string // capitals.tsv: country -> its capital city (capitals.go)
	given         map[string]bool   // given names
	givenAmb      map[string]bool
	familyKey     map[string]bool   // family-name-first surnames (Chinese, Korean...)
	givenGender   map[string]string // given_gender.tsv: "female" or "male" (gender.go)
	triggers      *trie             // payload: index into formSets
	frames        []frame
	learnedFrames learnedFrames // frames_learned.tsv (frames_learned.go)
	formSets      [][]formRef   // the frames a surface form may belong to
	support       *trie         // support verbs ("struck a deal"); payload supportAny or supportObject
	irregular     map[string]irregular
	cues          *trie                   // payload: cueEffect
	class         map[string]classSet     // word_classes.tsv (and org_context.tsv's orgnoun rows)
	weights       map[string]float64      // confidence.tsv
	placeRank     linearTable             // place_rank.tsv (place_rank.go)
	partyRank     linearTable             // party_rank.tsv (party_rank.go)
	args          linearTable             // args.tsv (args.go)
	dateRank      linearTable             // date_rank.tsv (date_rank.go)
	reader        pairReader              // reader.tsv (reader.go)
	lemmas        *lemmaCache             // the pair reader's lemmas, found once (reader_features.go)
	dateWords     map[string]dateWordInfo // date_words.tsv, by word
	// chunk_words.tsv
	nameParticle    map[string]bool // de, van, bin
	connector       map[string]bool // of, and, &
	compass         map[string]bool // north, western
	placeSuffix     map[string]bool // based, born, listed
	placeSuffixLead map[string]bool // the suffixes that lead a name: Mumbai-based Raghavan Group
	placeSuffixOrg  map[string]bool // the suffixes whose name is an organization's (flag lead-org): Bengaluru-based Suryavayu Power
	orgAfter        map[string]bool // org_context.tsv rows "after": a region's "government"

	releaseHeads []releaseHead // release_sections.tsv: a press release's closing sections (events_release.go)
}

// wordClass names one closed class of word_classes.tsv (aux, report,
// defeat...); a word's classes are a classSet. Ask with lx.is(word, wcA,
// wcB): a word of any of the classes. Classes are numbers, not bits: never
// combine them with | (TestNoWordClassMasks fails on it).
type wordClass uint8

const (
	wcAux wordClass = iota
	wcModal
	wcFuture
	wcNegation
	wcReport
	wcRelative
	wcPronoun
	wcGroup
	wcBody
	wcPeople
	wcDefinite
	wcClause
	wcProspective
	wcPrep
	wcBe
	wcDelegation
	wcCompanion
	wcLocative
	wcPersonal
	wcFirst
	wcPastRef
	wcLast
	wcHold
	wcBodyWord
	wcTemporal
	wcInfinitive
	wcGroupOrg
	wcGroupCountry
	wcGroupPerson
	wcOrgNoun
	wcDepart
	wcPlaceNoun
	wcRemote
	wcHere
	wcCommonCap // a common noun some styles capitalise alone, no name by itself: "the State", "a State delegation" (entities_acronymorg.go)
	wcDeictic   // a demonstrative before a place noun that points at the dateline's place: "to this border town" (place.go)
	wcTownNoun  // a noun for a town whose possessive points back at the last town named: "in the city's cathedral" (place.go)
	wcWorksite  // a noun for a works run in a town: "the plant in Varnholm" (entities_placeframe.go)
	wcBound
	wcLateDay  // a travel verb's day, late in it: "arrived on Wednesday night" (time.go, tripSpans)
	wcTripStay // a trip's time in one place after its length: "for a three-day stay" (time.go, forTripDays)
	wcNeuter
	wcPress
	wcSession
	wcGathering
	wcTarget
	wcDocument
	wcTopic
	wcTimezone
	wcRoman
	wcPostnominal
	wcMinor
	wcPlacePrep
	wcOrgPrep
	wcBare
	wcComplement
	wcArticle
	wcNameJoin
	wcEmployer
	wcPerfect
	wcHeadlineIn
	wcTrade
	wcApprove
	wcStay        // visit readings (events_visit.go): a trip cue after "is in Lima"
	wcLeader      // visit readings: "led", "headed" before "by" and a delegation's leader
	wcVenuePrep   // before a venue an event is held in (place.go; place_venue_town.go reads the narrower buildingat)
	wcBuildingAt  // before "the" and a name no gazetteer knows, a building's: "met at the Marriott" (place_venue_town.go)
	wcPayment     // settlements (events_settle.go): "paying the regulator $5m to settle"
	wcTravel      // visit readings: "flying", "returned" before "from X, where"
	wcSport       // senses (senses.go): a contest's words after "met": a fixture
	wcCounterpart // discourse (events_discourse.go): "his counterpart" is the other side's holder of the office
	wcThere       // discourse: "there" as a place adverb, the place told just before ("There she met X")
	wcPlacePart   // a part of a place whose name follows "of": "on the eastern edge of Leeds" is Leeds (place.go, placeNounOf)
	wcPartPrep    // the preposition before such a part: "on", "in", "at" (place.go, placeNounOf)
	wcVersus      // teams (teams.go): "v", "vs" between a fixture's two sides
	wcSportRole   // teams: "captain", "coach" after a team's name
	wcDefeat      // teams: "beat", "drew" between two sides
	wcDistrib     // deals (events_deal_describe.go): "Both X and Y held talks with Z" is two meetings
	wcTargetDet   // events (events.go): before a noun after "meet", let a thing follow ("meet the demand", "meet rising costs")
	wcPossessive  // his, her, their, its: a party's possessive (clause.go, titles.go)
	wcBePresent   // is, are, am and their contractions (senses.go)
	wcDecision    // would, will, should, shall: a decision's modal (events_clausefirst.go)
	wcOther       // other, others: people besides the parties (senses.go)
	wcBodyDet     // the, its, their before a body of an organization told (bodies.go)
	wcRound       // rounds (events_rounds.go): "round" of "the next round of talks"
	wcSequel      // rounds: "next", "second" before a round: a later meeting of the same parties
	wcSitting     // a body's meeting noun that after a sequel word is a round: "a second session"
	wcBallot      // rounds: "election", "vote" in a round's sentence: a round of voting, no meeting
	wcLeadIn      // rounds: "after", "following" before fronted talks ("After two days of talks, ...")
	wcSide        // discourse (events_discourse_next.go): "The buyer, X": the other side told next
	wcSideNoun    // discourse: "The lawsuit was filed by X": the matter's other side told next
	wcSideVerb    // discourse: "filed", "negotiated" before by/with and that side
	wcSubordinate // clauses (clause_conjunct.go): "after", "when", "because" open a subordinate clause
	wcOfficeNoun  // entities (entities_offices.go): "office" of "the Manhattan district attorney's office"
	wcLegalForm   // Co., Ltd., Inc., GmbH: a company's legal form (orgforms.go)
	wcClubSuffix  // clubs (teams_clubs.go): "City", "Rovers" after a town's name in a sports story
	wcClubPrefix  // clubs: "Real", "Deportivo" before a town's name in a sports story
	wcOrgPart     // subsidiary, unit, affiliate: a part of a company, named in apposition (clause.go)
	wcFemale      // gender evidence (gender.go): she, her, herself, Ms, Mrs
	wcMale        // gender evidence (gender.go): he, him, his, himself, Mr
	wcGovOffice   // officials (events_officials.go): a title that speaks for a country's government (minister, president)
	wcInside      // places (events_visit.go duringVisitPlace): "during" sets an event inside a visit told
	wcHeldAt      // dates (time.go attributiveDate): "at", "during" before a dated occasion the event is held at; also the occasion phrase of a deal (events_deal_occasion.go), and the meeting a deal told before it was done at (place_dealtalks.go)
	wcCompanyHead // employers (events_deal_names.go): "executive", "chairman" end a company head's title
	wcSeparately  // coordination (events_distribute.go): "met A and B separately" is one meeting each
	wcFixtureSide // fixtures (participants_fixture.go): "The sides meet again" in a sports story is a contest
	wcDomainEnd   // titles (titles_domain.go): "Affairs" ends a title's field after "for"/"of" whatever capitalized words stand before it
	wcPreverb     // clauses (clause.go verbGroupStart): "last", "once" between a subject and its verb ("He last visited Riga")
	wcSetDet      // participants (participants_unnamed.go): "both", "these", "those" pick out a set told, no unnamed group
	wcGroupOpen   // resolution (resolve_description.go): "they", "both" alone open a subject standing for the parties told
	wcMatter      // places (place_embedded.go): "on", "for" open what an event is about or for ("a deal for the building of a plant in X")
	wcItinerary   // trips (events_trips.go): "then", "before", "leg", "tour" carry a trip on to its next stop
	wcNationNoun  // trips (events_trips.go): "the country" after a travel verb is the dateline's country
	wcIncludes    // trips (events_trips.go): "includes", "comprise" name a delegation's members
	wcTravelGroup // trips (events_trips.go): "delegation", "group", "party" travel with the one who leads them
	wcRank        // resolution (resolve_rules.go): "vice", "deputy" in a title: "the president" is not its holder
	wcLeaderTitle // resolution (resolve_rules.go): "president", "prime" in a title: its holder is one of "the two leaders"
	wcPast        // resolution (resolve_rules.go): "former" in a title: no office held now
	wcOffice      // resolution (resolve_rules.go): "president", "minister" head a description of one office only
	wcStyle       // entities (entities_style.go): "Highness", "Excellency" of a style of address ("His Royal Highness")
	wcStyleAdj    // entities: "royal", "serene" between the possessive and the style noun
	wcMotion      // trips (events_trips.go): "moving", "headed", "take" carry a traveller on; another verb ends a trip's legs
	wcDestPrep    // trips (events_trips.go): "to", "in", "for" before a place a trip goes to
	wcCoordinator // clauses (clause_shift.go): "and" joins, opens no object
	wcDayPrep     // clauses (clause_shift.go): "on" opens a day ("on Tuesday"), never a place
	wcYearSpan    // dates (dates_fronted.go): "in", "during": a year after them holds the days of its clause
	wcNotDest     // trips (events_trips.go): "from", "of", "with" before a place: no stop of the trip
	wcStayPrep    // arrivals (events_arrival.go): "in", "at", "near", "outside" before the named place (or venue) of what a span was spent doing
	wcOnSite      // arrivals (events_arrival.go): gerunds of being on site ("inspecting", "touring") whose place is a span's stay
	wcReturn      // trips (events_trips.go): "home", "back" before a place: a return, no leg
	wcGoBack      // dates (dates_departure.go): "returns to Y on Sunday" ends a visit told before
	wcLocRelative // dates (dates_where.go): "where" opens a clause told at the place before it
	wcCapitalNoun // trips (events_trips.go): "the capital" alone is the dateline country's capital
	wcOnward      // trips (events_visit.go headingWord): "on", "onward" between a travel verb and its preposition ("went on to X")
	wcRelational  // trips (events_trips.go): "the neighbouring country", "her home country" are no dateline's place
	wcGenitive    // trips (events_trips.go): "'s" after "the country" makes a place of it, not it
	wcSpeech      // clauses (clause_participle.go): "speaking to X, Y said" frames a statement, no meeting
	wcBackground  // dates (dates_weekday.go, dates_age.go): "had", "having" before a participle: a background verb group, a completed past
	wcRelPerson   // places (place_embedded.go): "who", "whom": a relative clause of a person, whose trip "to" a place goes there
	wcGoalPrep    // places (place_embedded.go): "to", "into" before the place a motion goes to
	wcTheme       // places (place_embedded.go): "about", "regarding" open what an event is about and nothing else
	wcAnyGroup    // resolution (resolve_rules.go groupLeader): "visitors", "group" restate any group of people told
	wcHonorAdj    // entities (entities_style.go): "Most", "Right", "Very" before an honorific ("Most Rev. X", "Right Hon. Y")
	wcAim         // factuality (factuality_aim.go): "settle", "agree" in the infinitive of a meeting's purpose tell its aim, no agreement
	wcWholeVisit  // merges (merge.go finerPlace): "visit" is at the country it names, a city of it told later no narrower place
	wcFacility    // entities (entities_feature.go): "airport", "stadium" after a name make it a facility, no person
	wcFeatureHead // entities (entities_feature.go): "Lake", "Mount" before a name make it a place, no person
	wcFacilityMod // entities (entities_feature.go): "international", "national" between a name and its facility noun
	wcWhereabouts // entities (entities_destination.go): "at home", "in hospital" after a visited name make it a person's
	wcRoleNoun    // entities (entities.go roleBeforeName): "Lifeguard", "Beekeeper" opening a sentence before a name are the role
	wcPresentAt   // officials (events_officials.go): "for", "at" before an act told back place the clause's subject at it
	wcReflexive   // gender (gender.go pronounGender): "herself", "himself" say the gender a personal pronoun does
	wcPlural      // participants, resolution (participants.go, resolve_rules.go): "they", "their" stand for the persons or group told before
	wcRepresent   // parties (events_represented.go): "represented" before "by" and the person who spoke for a side
	wcCapacity    // places (place.go arrivedAt): "as" before "a"/"an" tells the capacity someone came in ("arrived as a student"): a life story, no trip
	wcStage       // verbs that put an occasion somewhere ("host", "hold"): in a relative clause on the event's own noun, the place is the event's (place_embedded.go)
	wcBackshift   // dates (dates_reported_plan.go): "would", a future word shifted back by reported speech
	wcContrast    // dates (dates_reported_plan.go): "but" after a plan's weekday: the plan did not hold; factuality.go: "but" ends a denial's reach
	wcSpeaking    // dates (dates_fronted.go): "speaking", "addressing" open a phrase that takes the tense of the clause after its comma
	wcChamber     // titles (titles.go titleBody): "House", "Senate" opening a head of titles.tsv ("Senate President X") are an organization there
	wcSoloMedium  // mutual (events_mutual.go): "in editorials", "in statements": each side spoke alone
	wcTalkPitch   // mutual (events_mutual.go): "talked up", "talked tough": commentary, no talk together
	wcHostMeal    // guest (events_guest.go): "hosted", "gave" a meal whose "for" names its guest
	wcAdverbNoun  // senses (senses.go): "midweek", "home" after an event noun are no head it modifies
	wcHearsay     // factuality (factuality.go): a denial cue ending on one covers only what "that" opens
	wcReportTopic // factuality (factuality.go): "of", "about", "over" after a denied report open its topic
	wcExemplify   // mutual (events_mutual.go): "including", "such as" before a subject's names: examples of a group
	wcSumWord     // parties (placeparty.go investedIn): "million", "percent", "euros" between an investin word and its "in"
	wcInvestIn    // parties (placeparty.go venueNotParty): "invest", "stake" before "in" and a hotel: the hotel is what is bought into, a side
	wcCompare     // clause (clause.go comparedConjunct): "like", "unlike", "besides" before a name set off by a comma: no conjunct of the subject
	wcAgentBy     // visit readings (events_visit.go ledBy, groupVisitBy): "by" before the agent: "led by X", "a visit by a team"
	wcOrgNamed    // resolution (events_deal_describe.go): an orgnoun flagged named ("the ministry") stands only for an organization whose name holds it
	wcWithNoun    // mutual (events_mutual.go withInClause, withAfterTopic): "dispute", "friendship" take a "with" of their own
	wcSignedPaper // merge_standins.go signedBack: "the memorandum was signed by X and Y"
	wcOrgSide     // parties (events_ledsides.go): "team", a side noun of an organization's side only ("Orvia Motors' team was led by A")
	wcTalkSide    // parties (events_ledsides.go): "delegation", "side" heading a clause "the X delegation was led by A, and the Y side by B"
	wcFacing      // withnamed (events_mutual.go): "face to face", "together" between a bare "sit down" and its "with"
	wcGroupOf     // visit readings (events_visit.go groupVisitBy): "of" inside a group's own phrase: "by a party of surveyors headed by X"
	wcReciprocal  // mutual (events_mutual.go pairToTalk): the last word of "each other", "one another"
	numWordClasses
)

// classSet is the set of word classes of one word: bit c for class c.
// Three words hold 192 classes; the constant below stops the build when
// numWordClasses outgrows them (widen the array then).
type classSet [3]uint64

const _ = uint8(len(classSet{})*64 - int(numWordClasses)) // compile error once numWordClasses > 192

// Has reports whether class c is in the set.
func (s classSet) Has(c wordClass) bool { return s[c>>6]&(1<<(c&63)) != 0 }

// Set adds class c to the set.
func (s *classSet) Set(c wordClass) { s[c>>6] |= 1 << (c & 63) }

var wordClassNames = map[string]wordClass{"aux": wcAux, "modal": wcModal, "future": wcFuture, "negation": wcNegation,
	"report": wcReport, "relative": wcRelative, "pronoun": wcPronoun, "group": wcGroup, "body": wcBody,
	"people": wcPeople, "definite": wcDefinite, "clause": wcClause, "prospective": wcProspective, "prep": wcPrep, "be": wcBe,
	"delegation": wcDelegation, "companion": wcCompanion, "locative": wcLocative, "personal": wcPersonal,
	"first": wcFirst, "pastref": wcPastRef, "last": wcLast, "hold": wcHold, "bodyword": wcBodyWord,
	"temporal": wcTemporal, "infinitive": wcInfinitive,
	"group-org": wcGroupOrg, "group-country": wcGroupCountry, "group-person": wcGroupPerson, "depart": wcDepart,
	"female": wcFemale, "male": wcMale,
	"placenoun": wcPlaceNoun, "remote": wcRemote, "here": wcHere, "deictic": wcDeictic, "townnoun": wcTownNoun, "worksite": wcWorksite, "commoncap": wcCommonCap, "bound": wcBound, "lateday": wcLateDay, "tripstay": wcTripStay,
	"neuter": wcNeuter, "press": wcPress, "session": wcSession, "gathering": wcGathering, "target": wcTarget,
	"document": wcDocument, "topic": wcTopic,
	"timezone": wcTimezone, "roman": wcRoman, "postnominal": wcPostnominal, "minor": wcMinor,
	"placeprep": wcPlacePrep, "orgprep": wcOrgPrep, "bare": wcBare, "complement": wcComplement, "article": wcArticle,
	"namejoin": wcNameJoin, "employer": wcEmployer, "perfect": wcPerfect, "background": wcBackground, "relperson": wcRelPerson, "goalprep": wcGoalPrep, "theme": wcTheme, "anygroup": wcAnyGroup, "headline-in": wcHeadlineIn, "trade": wcTrade, "approve": wcApprove,
	"stay": wcStay, "leader": wcLeader, "venueprep": wcVenuePrep, "buildingat": wcBuildingAt, "payment": wcPayment, "travel": wcTravel, "sport": wcSport,
	"counterpart": wcCounterpart, "there": wcThere, "placepart": wcPlacePart, "partprep": wcPartPrep, "versus": wcVersus, "sportrole": wcSportRole, "defeat": wcDefeat,
	"targetdet": wcTargetDet, "possessive": wcPossessive, "be-present": wcBePresent, "decision": wcDecision,
	"distributive": wcDistrib, "other": wcOther, "bodydet": wcBodyDet,
	"side": wcSide, "sidenoun": wcSideNoun, "sideverb": wcSideVerb,
	"round": wcRound, "sequel": wcSequel, "sitting": wcSitting, "ballot": wcBallot, "leadin": wcLeadIn, "officenoun": wcOfficeNoun, "legalform": wcLegalForm,
	"subordinate": wcSubordinate, "clubsuffix": wcClubSuffix, "clubprefix": wcClubPrefix, "orgpart": wcOrgPart,
	"govoffice": wcGovOffice, "inside": wcInside, "heldat": wcHeldAt, "companyhead": wcCompanyHead,
	"separately": wcSeparately, "fixtureside": wcFixtureSide,
	"domainend": wcDomainEnd, "preverb": wcPreverb, "setdet": wcSetDet, "groupopen": wcGroupOpen,
	"matter":    wcMatter,
	"itinerary": wcItinerary, "nationnoun": wcNationNoun, "includes": wcIncludes, "travelgroup": wcTravelGroup,
	"rank": wcRank, "leadertitle": wcLeaderTitle, "office": wcOffice, "past": wcPast,
	"style": wcStyle, "styleadj": wcStyleAdj, "honoradj": wcHonorAdj, "speech": wcSpeech, "aim": wcAim, "wholevisit": wcWholeVisit, "facility": wcFacility, "facilitymod": wcFacilityMod, "featurehead": wcFeatureHead, "whereabouts": wcWhereabouts, "rolenoun": wcRoleNoun, "represent": wcRepresent, "stage": wcStage, "capacity": wcCapacity, "speaking": wcSpeaking, "backshift": wcBackshift, "contrast": wcContrast,
	"motion": wcMotion, "destprep": wcDestPrep, "coordinator": wcCoordinator, "dayprep": wcDayPrep, "yearspan": wcYearSpan,
	"notdest": wcNotDest, "stayprep": wcStayPrep, "onsite": wcOnSite, "return": wcReturn, "goback": wcGoBack, "agentby": wcAgentBy, "locrelative": wcLocRelative,
	"capitalnoun": wcCapitalNoun, "onward": wcOnward, "relational": wcRelational, "genitive": wcGenitive, "presentat": wcPresentAt, "reflexive": wcReflexive, "plural": wcPlural, "chamber": wcChamber,
	"solomedium": wcSoloMedium, "talkpitch": wcTalkPitch, "exemplify": wcExemplify, "compare": wcCompare, "investin": wcInvestIn, "sumword": wcSumWord, "hostmeal": wcHostMeal, "hearsay": wcHearsay, "reporttopic": wcReportTopic, "adverbnoun": wcAdverbNoun, "facing": wcFacing, "withnoun": wcWithNoun, "groupof": wcGroupOf, "reciprocal": wcReciprocal, "signedpaper": wcSignedPaper, "talkside": wcTalkSide, "orgside": wcOrgSide}

// is reports whether a lower-case word belongs to any of the classes.
func (lx *lexicon) is(word string, cs ...wordClass) bool {
	s := lx.class[word]
	for _, c := range cs {
		if s.Has(c) {
			return true
		}
	}
	return false
}

// indefiniteArticle reports whether a lower-case word is an article that
// is not definite ("a", "an"): class article less class definite.
func (lx *lexicon) indefiniteArticle(word string) bool {
	return lx.is(word, wcArticle) && !lx.is(word, wcDefinite)
}

type abbrKind int

const (
	abbrInner abbrKind = iota
	abbrFinal
	abbrGiven // a given name written short ("Ma.", "Mohd."): keeps its period only before a name (document.go givenAbbrBeforeName)
)

type titleKind int

const (
	titleHead titleKind = iota + 1
	titlePre
	titleDomain
	titleOffice
	titlePost
	titleCivic
	titleAcademic
	titleUnit
)

type knownOrg struct {
	name  string
	class string
}

type place struct {
	name    string
	kind    string // country, city, region, continent, water
	country string
	amb     bool      // also a common word or person's name
	capital bool      // a national capital (flag capital)
	geo     *placeGeo // from geo.tsv; nil when the place has no coordinates
}

// frame is one row of frames.tsv: a trigger lemma and what it means.
type frame struct {
	lemma string
	typ   string // meeting, visit, agreement...
	verb  bool
	roles []string // subj, obj, with, between, by, poss, of, dest:to...
	needs string   // "body": only a council or board meeting alone ("the council voted");
	// "with": only with "with" or "between" after it ("dinner with X");
	// "withnamed": "with" right after it (past words of class facing) and a
	// named party right after "with" ("will sit down one-on-one with X");
	// "mutual": the same, or a subject naming both sides ("Soto and Li discussed");
	// "guest": the same, or "for" and a named person ("a dinner for Minister X");
	// "object": only with a person right after it ("hosted X", not "hosted a show");
	// "support": only after a support verb ("struck a deal");
	// "accept": only after a support verb of class approve ("accepted the offer");
	// "event": only with an event noun for its object ("chaired the talks");
	// "gathering": the same, and nothing else ("addressed a meeting");
	// "resumed": only after an event of its type told before ("return to
	// the table" after talks, "put pen to paper" after a deal)
	// "round": one of a series of talks the story told ("a second round
	// followed in Lusaka"; not "a funding round", "a round of layoffs")
	learned string // a learned frame's provenance ("3 sets, precision 0.64"; frames_learned.tsv)
}

// hasRole reports whether the frame takes participants or a destination
// from the given place.
func (f *frame) hasRole(r string) bool {
	for _, x := range f.roles {
		if x == r {
			return true
		}
	}
	return false
}

// formRef is one reading of a surface form: the frame and which form of
// its lemma it is.
type formRef struct {
	frame int
	kind  formKind
}

type cueEffect int

const (
	cueNegate cueEffect = iota + 1
	cueHope
	cueFuture
	cueDeny
	cueCondition
	cueReport
	cueTripStart
	cueTripEnd
	cueDistinct
	cuePostpone
	cueRepeat
	cueDropped
)

// loadLexicon reads the embedded tables and the user's folder (may be "").
func loadLexicon(dir string) (*lexicon, error) {
	if dir != "" {
		// a folder named but missing is a mistake, not "no extensions"
		st, err := os.Stat(dir)
		if err != nil {
			return nil, fmt.Errorf("tables folder: %w", err)
		}
		if !st.IsDir() {
			return nil, fmt.Errorf("tables folder %s: not a directory", dir)
		}
	}
	lx := &lexicon{lemmas: &lemmaCache{},
		abbr: map[string]abbrKind{}, stop: map[string]bool{}, honorific: map[string]bool{}, givenHonorific: map[string]bool{}, titleWord: map[string]bool{},
		titleStrip: map[string]bool{}, orgEnd: map[string]string{}, orgStart: map[string]string{},
		demonyms: map[string]string{}, given: map[string]bool{}, givenAmb: map[string]bool{},
		familyKey: map[string]bool{}, givenGender: map[string]string{}, seats: map[string]string{}, capitals: map[string]string{}, locEnd: map[string]string{}, venue: map[string]string{}, personNoun: map[string]bool{},
		placeNames: map[string][]int{}, dateWords: map[string]dateWordInfo{},
		titles: newTrie(), orgContext: newTrie(), orgs: newTrie(), locs: newTrie(), triggers: newTrie(), cues: newTrie(),
		support: newTrie(), irregular: map[string]irregular{}, class: map[string]classSet{},
		weights:      map[string]float64{},
		nameParticle: map[string]bool{}, connector: map[string]bool{}, compass: map[string]bool{},
		placeSuffix: map[string]bool{}, placeSuffixLead: map[string]bool{}, placeSuffixOrg: map[string]bool{}, orgAfter: map[string]bool{},
	}
	formSet := map[string]int{} // surface form -> index into formSets
	addForms := func(forms map[string]formKind, fi int) {
		for f, k := range forms {
			i, ok := formSet[f]
			if !ok {
				i = len(lx.formSets)
				formSet[f] = i
				lx.formSets = append(lx.formSets, nil)
				lx.triggers.add(lx, f, i)
			}
			lx.formSets[i] = append(lx.formSets[i], formRef{frame: fi, kind: k})
		}
	}
	// addFrame makes a frame and its forms triggers
	addFrame := func(f frame) {
		fi := len(lx.frames)
		lx.frames = append(lx.frames, f)
		if f.verb {
			addForms(inflectVerb(f.lemma, lx.irregular), fi)
		} else {
			addForms(inflectNoun(f.lemma), fi)
		}
	}
	load := func(name string, min int, each func(r row) error) error {
		rows, err := loadTable(dir, name)
		if err != nil {
			return err
		}
		for _, r := range rows {
			if len(r.cols) < min {
				return fmt.Errorf("%s line %d: want %d tab-separated columns, got %d", r.file, r.line, min, len(r.cols))
			}
			if err := each(r); err != nil {
				return fmt.Errorf("%s line %d: %w", r.file, r.line, err)
			}
		}
		return nil
	}
	steps := []struct {
		name string
		min  int
		each func(r row) error
	}{
		{"abbreviations.tsv", 2, func(r row) error {
			switch r.col(1) {
			case "inner":
				lx.abbr[r.col(0)] = abbrInner
			case "final":
				lx.abbr[r.col(0)] = abbrFinal
			case "given":
				lx.abbr[r.col(0)] = abbrGiven
			default:
				return fmt.Errorf("kind %q: want inner, final or given", r.col(1))
			}
			return nil
		}},
		// the morphology's exceptions before any table with lemma rows
		{"irregular_verbs.tsv", 3, func(r row) error {
			lx.irregular[strings.ToLower(r.col(0))] = irregular{past: splitList(strings.ToLower(r.col(1))),
				part: splitList(strings.ToLower(r.col(2))), third: splitList(strings.ToLower(r.col(3)))}
			return nil
		}},
		{"chunk_words.tsv", 2, func(r row) error {
			w := strings.ToLower(r.col(0))
			for _, class := range splitList(r.col(1)) {
				switch class {
				case "particle":
					lx.nameParticle[w] = true
				case "connector":
					lx.connector[w] = true
				case "compass":
					lx.compass[w] = true
				case "place-suffix":
					lx.placeSuffix[w] = true
					lx.placeSuffixLead[w] = r.col(2) == "lead" || r.col(2) == "lead-org"
					lx.placeSuffixOrg[w] = r.col(2) == "lead-org"
				default:
					return fmt.Errorf("class %q: want particle, connector, compass or place-suffix", class)
				}
			}
			return nil
		}},
		{"stopwords.tsv", 1, func(r row) error { lx.stop[r.col(0)] = true; return nil }},
		{"honorifics.tsv", 1, func(r row) error {
			lx.honorific[strings.TrimSuffix(r.col(0), ".")] = true
			lx.titleWord[strings.ToLower(strings.TrimSuffix(r.col(0), "."))] = true
			switch r.col(1) {
			case "given":
				lx.givenHonorific[strings.TrimSuffix(r.col(0), ".")] = true
			case "":
			default:
				return fmt.Errorf("honorific %q: column 2 %q: want given or nothing", r.col(0), r.col(1))
			}
			return nil
		}},
		{"titles.tsv", 2, func(r row) error {
			var k titleKind
			switch r.col(1) {
			case "head":
				k = titleHead
			case "pre":
				k = titlePre
			case "domain":
				k = titleDomain
			case "post":
				lx.titles.addKind(lx, r.col(0), int(titlePost))
				return nil
			case "office":
				lx.titles.addKind(lx, r.col(0), int(titleOffice))
				return nil
			case "civic":
				lx.titles.addKind(lx, r.col(0), int(titleCivic))
				return nil
			case "academic":
				lx.titles.addKind(lx, r.col(0), int(titleAcademic))
				return nil
			case "unit":
				lx.titles.addKind(lx, r.col(0), int(titleUnit))
				return nil
			case "strip":
				lx.titleStrip[strings.ToLower(r.col(0))] = true
				return nil
			default:
				return fmt.Errorf("kind %q: want head, office, civic, academic, unit, pre, domain, post or strip", r.col(1))
			}
			if (k == titleHead || k == titlePre) && !strings.Contains(r.col(0), " ") {
				lx.titleWord[strings.ToLower(strings.TrimSuffix(r.col(0), "."))] = true
			}
			lx.titles.addKind(lx, r.col(0), int(k))
			return nil
		}},
		{"org_cues.tsv", 3, func(r row) error {
			w := strings.ToLower(r.col(0))
			switch r.col(1) {
			case "end":
				lx.orgEnd[w] = r.col(2)
			case "start":
				lx.orgStart[w] = r.col(2)
			case "any":
				lx.orgEnd[w] = r.col(2)
				lx.orgStart[w] = r.col(2)
			default:
				return fmt.Errorf("where %q: want end, start or any", r.col(1))
			}
			return nil
		}},
		{"organizations.tsv", 1, func(r row) error {
			i := len(lx.orgNames)
			lx.orgNames = append(lx.orgNames, knownOrg{name: r.col(0), class: r.col(2)})
			lx.orgs.add(lx, r.col(0), i)
			for _, a := range splitList(r.col(1)) {
				lx.orgs.add(lx, a, i)
			}
			return nil
		}},
		{"locations.tsv", 2, func(r row) error {
			i := len(lx.places)
			lx.places = append(lx.places, place{name: r.col(0), kind: r.col(1), country: r.col(2),
				amb: strings.Contains(r.col(4), "amb"), capital: strings.Contains(r.col(4), "capital")})
			add := lx.locs.addFirst
			if r.user {
				add = lx.locs.add
			}
			add(lx, r.col(0), i)
			lx.namePlace(r.col(0), i)
			for _, a := range splitList(r.col(3)) {
				add(lx, a, i)
				lx.namePlace(a, i)
			}
			return nil
		}},
		{"geo.tsv", 7, lx.loadGeo},
		{"capitals.tsv", 2, lx.loadCapital}, // after locations.tsv: a row names its lines (capitals.go)
		{"org_context.tsv", 2, func(r row) error {
			switch r.col(1) {
			case "before", "at":
				lx.orgContext.add(lx, strings.ToLower(r.col(0)), 0)
			case "back": // "the university": only an organization named before
			case "after": // "the Kerala government": a region's government (entities_government.go)
				lx.orgAfter[strings.ToLower(r.col(0))] = true
			default:
				return fmt.Errorf("where %q: want before, at, back or after", r.col(1))
			}
			switch r.col(2) {
			case "":
			case "orgnoun": // "the company": the word class orgnoun
				lx.addClass(strings.ToLower(r.col(0)), wcOrgNoun)
			case "named": // "the ministry": orgnoun, only for a name it fits
				lx.addClass(strings.ToLower(r.col(0)), wcOrgNoun)
				lx.addClass(strings.ToLower(r.col(0)), wcOrgNamed)
			default:
				return fmt.Errorf("flag %q: want orgnoun, named or nothing", r.col(2))
			}
			return nil
		}},
		{"person_nouns.tsv", 1, func(r row) error {
			return lx.eachWord(r.col(0), func(w string) { lx.personNoun[w] = true })
		}},
		{"location_cues.tsv", 2, func(r row) error {
			switch r.col(2) {
			case "", "lower": // lower: also a facility noun ("the Tarno river")
			default:
				return fmt.Errorf("flag %q: want lower or nothing", r.col(2))
			}
			return lx.eachWord(r.col(0), func(w string) {
				lx.locEnd[w] = r.col(1)
				if r.col(2) == "lower" {
					lx.addClass(w, wcFacility)
				}
			})
		}},
		{"venues.tsv", 2, func(r row) error {
			switch r.col(1) {
			case "head", "number", "name":
				lx.venue[strings.ToLower(r.col(0))] = r.col(1)
				return nil
			}
			return fmt.Errorf("form %q: want head, number or name", r.col(1))
		}},
		{"demonyms.tsv", 2, func(r row) error { lx.demonyms[strings.ToLower(r.col(0))] = r.col(1); return nil }},
		{"seats.tsv", 2, func(r row) error { lx.seats[r.col(0)] = r.col(1); return nil }},
		{"given_names.tsv", 1, func(r row) error {
			lx.given[r.col(0)] = true
			if strings.Contains(r.col(1), "amb") {
				lx.givenAmb[r.col(0)] = true
			}
			return nil
		}},
		{"given_gender.tsv", 2, func(r row) error {
			switch g := r.col(1); g {
			case "female", "male":
				lx.givenGender[r.col(0)] = g
				return nil
			}
			return fmt.Errorf("gender %q of %s: want female or male", r.col(1), r.col(0))
		}},
		{"surnames_family_first.tsv", 1, func(r row) error {
			if r.col(1) != "ja" {
				lx.familyKey[r.col(0)] = true
			}
			return nil
		}},
		{"word_classes.tsv", 2, func(r row) error {
			c, err := wordClassNamed(r.col(1))
			if err != nil {
				return err
			}
			return lx.eachWord(r.col(0), func(w string) { lx.addClass(w, c) })
		}},
		{"confidence.tsv", 2, func(r row) error {
			w, err := strconv.ParseFloat(r.col(1), 64)
			if err != nil {
				return fmt.Errorf("weight %q of %s: want a number", r.col(1), r.col(0))
			}
			lx.weights[r.col(0)] = w
			return nil
		}},
		{"place_rank.tsv", 2, lx.placeRankRow},
		{"party_rank.tsv", 2, lx.partyRankRow},
		{"args.tsv", 2, lx.argsRow},
		{"date_rank.tsv", 2, lx.loadDateRank},
		{"reader.tsv", 2, lx.loadReader},
		{"frames.tsv", 3, func(r row) error {
			f, err := parseFrame(r)
			if err != nil {
				return err
			}
			addFrame(f)
			return nil
		}},
		{"frames_learned.tsv", 2, lx.loadLearnedFrame}, // frames_learned.go
		{"support_verbs.tsv", 2, func(r row) error {
			v := supportAny
			switch r.col(2) {
			case "":
			case "object": // "renewed the deal", not "renewed its call for a deal"
				v = supportObject
			default:
				return fmt.Errorf("flag %q: want object or nothing", r.col(2))
			}
			for f := range inflectVerb(strings.ToLower(r.col(0)), lx.irregular) {
				lx.support.add(lx, f, v)
			}
			return nil
		}},
		{"date_words.tsv", 3, lx.loadDateWord},
		{"release_sections.tsv", 3, lx.loadReleaseHead},
		{"event_cues.tsv", 2, func(r row) error {
			var e cueEffect
			switch r.col(1) {
			case "negate":
				e = cueNegate
			case "hope":
				e = cueHope
			case "future":
				e = cueFuture
			case "deny":
				e = cueDeny
			case "condition":
				e = cueCondition
			case "report":
				e = cueReport
			case "start":
				e = cueTripStart
			case "end":
				e = cueTripEnd
			case "distinct":
				e = cueDistinct
			case "postpone":
				e = cuePostpone
			case "repeat":
				e = cueRepeat
			case "dropped":
				e = cueDropped
			default:
				return fmt.Errorf("effect %q: want negate, dropped, postpone, hope, future, deny, condition, report, start, end, distinct or repeat", r.col(1))
			}
			return lx.eachWord(r.col(0), func(w string) { lx.cues.add(lx, w, int(e)) })
		}},
	}
	// abbreviations first: the tokenizer that splits table phrases needs them
	for _, s := range steps {
		if err := load(s.name, s.min, s.each); err != nil {
			return nil, err
		}
	}
	// the learned frames come after the hand-written ones (a form of both
	// reads as the hand-written frame), and only when switched on
	if lx.learnedFrames.on {
		for _, f := range lx.learnedFrames.rows {
			addFrame(f)
		}
	}
	// event_cues.tsv's future effect also takes every word of the future
	// class of word_classes.tsv (will, shall, would): one word class, one
	// place; a row of event_cues.tsv for the same word wins.
	for w, s := range lx.class {
		if s.Has(wcFuture) {
			lx.cues.addFirst(lx, w, int(cueFuture))
		}
	}
	// an ordinal word past the first (date_words.tsv class ordinal:
	// "second", "sixth") is a word of class sequel ("a sixth round of
	// talks") and a distinct cue of event_cues.tsv ("a third meeting"): one
	// class of ordinals, one place; a row of event_cues.tsv for the word
	// wins. Figures ("3rd") are left out: mostly a day of a month.
	for w, i := range lx.dateWords {
		if i.classes&(1<<dwOrdinal) != 0 && i.values[dwOrdinal] >= 2 && w[0] >= 'a' && w[0] <= 'z' {
			lx.addClass(w, wcSequel)
			lx.cues.addFirst(lx, w, int(cueDistinct))
		}
	}
	for _, f := range []string{confBase, confThreshold} {
		if _, ok := lx.weights[f]; !ok {
			return nil, fmt.Errorf("confidence.tsv: no row %q", f)
		}
	}
	if t := lx.weights[confThreshold]; t < 0 || t > 1 {
		return nil, fmt.Errorf("confidence.tsv: %s %v is no probability (0 to 1)", confThreshold, t)
	}
	return lx, nil
}

// parseFrame reads a row of frames.tsv (or frames_learned.tsv): lemma,
// part of speech, type, roles, needs.
func parseFrame(r row) (frame, error) {
	lemma := strings.ToLower(r.col(0))
	f := frame{lemma: lemma, typ: r.col(2), roles: splitList(r.col(3)), needs: r.col(4)}
	switch r.col(1) {
	case "verb":
		f.verb = true
	case "noun":
	default:
		return f, fmt.Errorf("part of speech %q: want verb or noun", r.col(1))
	}
	if f.typ == "" {
		return f, fmt.Errorf("frame %q: no type", lemma)
	}
	switch f.needs {
	case "", "body", "with", "withnamed", "mutual", "guest", "object", "support", "accept", "event", "gathering", "stay", "span", "resumed", "round", "led", "return", "leg":
	default:
		return f, fmt.Errorf("needs %q: want body, with, withnamed, mutual, guest, object, support, accept, event, gathering, stay, span, resumed, round, led, return or leg", f.needs)
	}
	for _, x := range f.roles {
		switch x {
		case "subj", "obj", "with", "between", "by", "poss", "of", "from", "for", "dest:obj", "dest:to", "dest:in", "dest:of", "dest:for", "dest:at", "dest:into", "dest:through", "dest:from", "guest:obj", "host:by", "occasion":
		default:
			return f, fmt.Errorf("role %q: want subj, obj, with, between, by, poss, of, from, for, dest:obj|to|in|of|for|at|into|through|from, guest:obj, host:by or occasion", x)
		}
	}
	return f, nil
}

// addClass puts a lower-case word in a class.
func (lx *lexicon) addClass(word string, c wordClass) {
	s := lx.class[word]
	s.Set(c)
	lx.class[word] = s
}

// eachWord calls add with the lower-case word of a table cell, or with
// every form of the lemma it names ("verb:beat", "noun:visit",
// "verb:lead:part": lemmaForms).
func (lx *lexicon) eachWord(cell string, add func(w string)) error {
	forms, lemma, err := lemmaForms(cell, lx.irregular)
	if err != nil {
		return err
	}
	if !lemma {
		add(strings.ToLower(cell))
		return nil
	}
	for _, f := range forms {
		add(f)
	}
	return nil
}

// wordClassNamed returns the class of a name of word_classes.tsv's second
// column, or an error naming it.
func wordClassNamed(name string) (wordClass, error) {
	if name == "orgnoun" || name == "orgnamed" {
		return 0, fmt.Errorf("class %s: its words are the rows of org_context.tsv flagged orgnoun or named (third column)", name)
	}
	c, ok := wordClassNames[name]
	if !ok {
		return 0, fmt.Errorf("unknown word class %q: the classes are listed in the header of word_classes.tsv (extract/tables)", name)
	}
	return c, nil
}

// trie maps token sequences (lower case) to a payload.
type trie struct {
	next  map[string]*trie
	val   int // 0: none; else payload+1
	kinds uint16
}

func newTrie() *trie { return &trie{} }

func (t *trie) insert(words []string, v int, first bool) {
	n := t
	for _, w := range words {
		if n.next == nil {
			n.next = map[string]*trie{}
		}
		c := n.next[w]
		if c == nil {
			c = &trie{}
			n.next[w] = c
		}
		n = c
	}
	if first && n.val != 0 {
		return
	}
	n.val = v + 1
}

func phraseWords(lx *lexicon, phrase string) []string {
	if lx.abbrAny == nil {
		lx.abbrAny = map[string]abbrKind{}
		for k, v := range lx.abbr {
			lx.abbrAny[k] = v
			lx.abbrAny[strings.ToLower(k)] = v
		}
	}
	toks := tokenize(phrase, lx.abbrAny)
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.lower
	}
	return out
}

func (t *trie) add(lx *lexicon, phrase string, v int) {
	if w := phraseWords(lx, phrase); len(w) > 0 {
		t.insert(w, v, false)
	}
}

// addFirst keeps an earlier payload for the same phrase.
func (t *trie) addFirst(lx *lexicon, phrase string, v int) {
	if w := phraseWords(lx, phrase); len(w) > 0 {
		t.insert(w, v, true)
	}
}

// addKind records a title phrase; one phrase may be of several kinds
// (general is a head and a pre-word), kept as a bit set.
func (t *trie) addKind(lx *lexicon, phrase string, k int) {
	w := phraseWords(lx, strings.ToLower(phrase))
	if len(w) == 0 {
		return
	}
	t.insert(w, 0, true)
	n := t
	for _, x := range w {
		n = n.next[x]
	}
	n.kinds |= 1 << k
	n.val = 1
}

// longest returns the longest match starting at token i: its length and
// payload, or 0 and -1.
func (t *trie) longest(toks []token, i, limit int) (n int, v int) {
	node := t
	n, v = 0, -1
	for j := i; j < limit; j++ {
		c := node.next[toks[j].lower]
		if c == nil {
			break
		}
		node = c
		if c.val != 0 {
			n, v = j-i+1, c.val-1
		}
	}
	return n, v
}

// longestKind is longest for title tries: it returns the kinds bit set.
func (t *trie) longestKind(toks []token, i, limit int, want titleKind) int {
	node := t
	n := 0
	for j := i; j < limit; j++ {
		c := node.next[toks[j].lower]
		if c == nil {
			// "President-elect", "Minister-designate": a title word and a
			// post-word joined by a hyphen into one token; the post-word
			// ends the title
			if w, ok := t.beforeHyphenPost(toks[j]); ok {
				if c = node.next[w]; c != nil && c.kinds&(1<<want) != 0 {
					n = j - i + 1
				}
			}
			break
		}
		node = c
		if c.kinds&(1<<want) != 0 {
			n = j - i + 1
		}
	}
	return n
}

// beforeHyphenPost returns the part of a hyphened token before a post-word
// of the title table (kind post, "elect", "designate"): "president" for
// "president-elect". t is the root of the title trie.
func (t *trie) beforeHyphenPost(tok token) (string, bool) {
	if !tok.hyphen {
		return "", false
	}
	k := strings.LastIndexByte(tok.lower, '-')
	if k <= 0 {
		return "", false
	}
	if c := t.next[tok.lower[k+1:]]; c == nil || c.kinds&(1<<titlePost) == 0 {
		return "", false
	}
	return tok.lower[:k], true
}
