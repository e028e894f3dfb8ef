package extract_test

import (
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestReportedPlan: a bare weekday of a plan told on a day (reading
// reported-plan) is the first such weekday after the saying's day, when
// the published date's reading puts it on or before that day, or, in
// reported speech ("would", "is to"), a week beyond it; a past clause
// with no "would" and no plan word before "to", a plan word told as
// past or after a determiner, a plan "but" says did not hold, a "will"
// told days ago, another clause of the sentence keep the published
// date's reading.
// Every sentence is invented.
func TestReportedPlan(t *testing.T) {
	checkDayValues(t, "reportedplan", []dayCase{
		{"past-tense plan told before its day", "2026-10-24",
			"Harbour officials said on Thursday that the port authority chief, Anouk Verhaegen, intended to sail for Rotterdam on Wednesday to inspect the new ferry terminal.", "Wednesday", "2026-10-28"},
		{"reported 'would' not a week beyond the saying", "2026-03-14",
			"The cabinet office announced on Monday that the premier would open the new railway line in Tromso on Thursday.", "Thursday", "2026-03-12"},
		{"a saying after the plan", "2026-08-13",
			"The delegation is due to reach Windhoek on Wednesday, a government spokesman said on Monday.", "Wednesday", "2026-08-12"},
		{"a plan told with 'is to' before a later saying", "2026-05-16",
			"The premier is to open the new bridge in Kisumu on Friday, cabinet officials announced on Wednesday.", "Friday", "2026-05-15"},
		// traps
		{"trap: a word of class ahead told as past, 'was set'", "2026-05-14",
			"The electoral board said on Wednesday that the date of the runoff was set on Monday after a long meeting.", "Monday", "2026-05-11"},
		{"trap: a word of class ahead told as past, 'postponed'", "2026-05-14",
			"The football association said on Wednesday that it postponed the cup draw on Monday because of the storm.", "Monday", "2026-05-11"},
		{"trap: a plan that 'but' says did not hold", "2026-05-14",
			"The rescue service said on Wednesday that the two sailors had intended to reach harbour on Monday but were stranded by a gale.", "Monday", "2026-05-11"},
		{"trap: a schedule that 'but' says did not hold", "2026-05-14",
			"The airport operator said on Wednesday that the old terminal was scheduled to shut on Monday but stayed open for cargo flights.", "Monday", "2026-05-11"},
		{"trap: a word of class ahead after a determiner", "2026-05-14",
			"The carrier said on Wednesday that the next flight from Lagos had landed safely on Monday.", "Monday", "2026-05-11"},
		{"trap: a participle of plan after a determiner", "2026-05-14",
			"The aid agency said on Wednesday that the planned convoy of trucks reached Goma on Monday.", "Monday", "2026-05-11"},
		{"trap: a past clause keeps its day", "2026-05-15",
			"The governor's press office said on Wednesday that he had flown to Kisumu on Monday.", "Monday", "2026-05-11"},
		{"trap: 'will' keeps the published date's future", "2026-03-14",
			"The museum said on Monday that its new wing will open to visitors on Thursday.", "Thursday", "2026-03-19"},
		{"trap: a weekday of an after-clause", "2026-09-11",
			"The league will stage its final in Kumasi after the two federations settled terms on Thursday, the organisers said on Friday.", "Thursday", "2026-09-10"},
		{"trap: a forward verb alone in a past clause", "2026-05-15",
			"The regulator said on Wednesday that the company had agreed to sell the plant on Monday.", "Monday", "2026-05-11"},
	})
}

// TestPurposeReach: a day between a trigger and the infinitive or noun of
// purpose after it dates the trigger too, not a saying's day before it
// (every sentence invented).
func TestPurposeReach(t *testing.T) {
	checkEventDates(t, []eventDateCase{
		{name: "an infinitive of purpose after the day",
			published: "2026-05-15",
			text:      "The foreign ministry announced on Monday that Ines Albuquerque planned to visit Maputo on Thursday to meet President Tomas Nhaca.",
			typ:       extract.Visit, who: "Ines Albuquerque", date: "2026-05-14"},
		{name: "a noun of purpose after the day",
			published: "2026-11-06",
			text:      "The port authority said on Tuesday that Kaito Moriyama intended to head to Haiphong on Thursday for talks about a berth lease, led on the Vietnamese side by Le Van Thanh.",
			typ:       extract.Visit, who: "Kaito Moriyama", date: "2026-11-05"},
	})
}

// TestFrontedParticipleTense: a phrase of a participle of speaking (class
// speaking) set off by a comma takes the tense of the main clause after
// it, not of a plan told in that clause; another participle keeps its
// own reading (every sentence invented).
func TestFrontedParticipleTense(t *testing.T) {
	checkDayValues(t, "frontedparticiple", []dayCase{
		{"a saying after the phrase, a plan in its content", "2026-09-10",
			"Speaking at a business forum in Durban on Tuesday, Trade Minister Sipho Ndlovu said his ministry would send a trade mission to Gaborone in October.", "Tuesday", "2026-09-08"},
		{"a participle phrase set off inside the sentence", "2026-09-10",
			"Sipho Ndlovu, speaking in Durban on Tuesday, said his ministry would send a trade mission to Gaborone in October.", "Tuesday", "2026-09-08"},
		{"a participle of testifying", "2026-05-13",
			"Testifying before a senate panel on Tuesday, the auditor-general said the ministry would overspend its budget.", "Tuesday", "2026-05-12"},
		{"a participle of addressing set off inside the sentence", "2026-05-13",
			"Kofi Mensah, addressing a rally in Tamale on Tuesday, said his party would contest every seat.", "Tuesday", "2026-05-12"},
		// traps
		{"trap: a future main clause", "2026-06-10",
			"Arriving in Lusaka on Friday, the envoy will meet the speaker of parliament.", "Friday", "2026-06-12"},
		{"trap: a participle of facing keeps the vote ahead", "2026-05-13",
			"Facing a confidence vote in the assembly on Friday, the premier told reporters she would stay on.", "Friday", "2026-05-15"},
		{"trap: a participle of bracing keeps the strike ahead", "2026-05-13",
			"Bracing for a strike by dock workers on Friday, the port authority said it would divert ships to Walvis Bay.", "Friday", "2026-05-15"},
	})
}

// TestWeekdayAfterNextWeek: a trip or a step named for "next week" does not
// carry the bare weekdays told after it into that week (reading
// schedule-week-ahead was dropped: a writer names this week's business
// beside next week's as often as the next week's itinerary). Every
// sentence is invented.
func TestWeekdayAfterNextWeek(t *testing.T) {
	checkDayValues(t, "nextweek", []dayCase{
		{"trap: a bill heading to the upper house next week", "2026-03-09",
			"The fuel levy heads to the upper chamber next week. Its budget panel will question the energy regulator on Wednesday.", "Wednesday", "2026-03-11"},
		{"trap: a minister's trip next week, a vote this week", "2026-03-09",
			"Trade Minister Olu Adebayo flies to Nairobi next week to open a textile fair. Lawmakers are expected to approve the port concession on Thursday.", "Thursday", "2026-03-12"},
	})
}
