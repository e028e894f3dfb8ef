package extract

import (
	"fmt"
	"strings"
	"testing"
)

// TestFactualityRules: the named rule that stops a trigger is the one the
// trace reports; a trigger that tells an event passes every rule.
func TestFactualityRules(t *testing.T) {
	cases := []struct{ text, rule string }{
		{"Talks between Ana Soto and Rosa Salcedo collapsed on Monday.", "negated"},
		{"Ana Soto postponed her visit to Lima.", "postponed without a date"},
		// the date after a reporting verb is the report's, not the new one
		{"Ana Soto postponed her visit to Lima, her office said on Tuesday.", "postponed without a date"},
		{"The ministry denied a report that Ana Soto had met Rosa Salcedo.", "denied"},
		// "an" before a modifier reads as the cue's "a"; reports rejected,
		// or the report denied, are denials of what follows "that"
		{"Officials in Accra have denied an unsourced weekly report that Kofi Boateng and Elin Marsh held secret talks.", "denied"},
		{"Through a lawyer, Elin Marsh rejected reports that she was to visit Lomé before the vote.", "denied"},
		{"The embassy has denied the report in two Sunday papers that, late last month, Kofi Boateng quietly flew to Lomé.", "denied"},
		{"Aides to Elin Marsh dismissed reports of a private meeting with Kofi Boateng in Kumasi.", "denied"},
		// traps: a report rejected or denied with no "that" is its own
		// story; the meeting after it stands
		{"Councillors rejected the audit report on Thursday once Kofi Boateng had met Elin Marsh to go over it.", ""},
		{"Kofi Boateng denied the report at a rally, a week after he met Elin Marsh in Kumasi.", ""},
		{"Kofi Boateng rejected a report on pay, then met Elin Marsh in Kumasi on Friday.", ""},
		// traps: a preposition that is no topic's ("before", "at") opens
		// the denial's own occasion; "that" past a coordinator or a comma
		// opens another clause's content
		{"Elin Marsh rejected the report before talks in Tamale with Kofi Boateng on Friday.", ""},
		{"Kofi Boateng denied reports at a joint meeting with Elin Marsh in Tamale on Friday.", ""},
		{"Elin Marsh rejected the report but told a radio host that Kofi Boateng had met her in Tamale last week.", ""},
		{"Kofi Boateng denied the report, adding that he visited Tamale on Friday with Elin Marsh.", ""},
		{"Aides to Kofi Boateng rejected reports about his visit to Tamale.", "denied"},
		// a plan shelved is dropped; being open to talks is a willingness
		{"Over a budget row, the ministry has shelved Kofi Boateng's planned visit to Lomé.", "negated"},
		{"Talks between the port authority and Elin Marsh were shelved after the election.", "negated"},
		// a passive cue, or a date after it, takes no object of its own; a
		// date or a possessive noun before the trigger modifies the object
		{"Kofi Boateng's visit to Tamale has been shelved this week, a spokesman said.", "negated"},
		{"Negotiations between the dockers and Elin Marsh were abandoned Tuesday.", "negated"},
		{"The council has shelved next month's summit between Kofi Boateng and Elin Marsh.", "negated"},
		{"Organisers abandoned the mayor's meeting with Elin Marsh in Tamale.", "negated"},
		// a passive cue past the trigger's appositive still negates it
		{"A meeting with Elin Marsh, first set for Friday, was shelved Tuesday.", "negated"},
		{"The dockers' union says it is open to talks with Elin Marsh before the strike begins.", "hoped for, offered, invited or proposed"},
		{"Kofi Boateng met Elin Marsh on Monday in a hall open to the public.", ""},
		// traps: a shelving verb with an object or clause of its own, and
		// "open to" before a noun phrase the trigger does not head
		{"Senators shelved the tariff bill while Kofi Boateng met Elin Marsh in Accra on Monday.", ""},
		{"Kofi Boateng shelved the merger idea and met Elin Marsh in Accra on Monday.", ""},
		{"The library stayed open to students attending the summit of Kofi Boateng and Elin Marsh in Accra.", ""},
		// trap: a report that is not denied leaves the event standing
		{"A spokesman confirmed a radio report that Kofi Boateng had met Elin Marsh in Accra on Sunday.", ""},
		{"Ana Soto offered to host talks with Rosa Salcedo.", "hoped for, offered, invited or proposed"},
		{"A meeting between Ana Soto and Rosa Salcedo may take place in April.", "hypothetical"},
		{"Ana Soto will visit Lima on Friday unless the strike spreads.", "conditional"},
		{"Ana Soto should sign the accord with Rosa Salcedo.", "clause negated or modal"},
		{"Ana Soto praised the Lima Accord, signed with Rosa Salcedo in 2019.", "an existing agreement"},
		{"Ana Soto met Rosa Salcedo in Lima on Monday.", ""},
		// a negation that opens another event's noun phrase negates that
		// event: the talks were held, the deal was not reached
		{"Talks between Ana Soto and Rosa Salcedo ended without a deal on Monday.", ""},
		{"A meeting of Ana Soto and Rosa Salcedo in Lima closed with no agreement on fees.", ""},
		{"Ana Soto left Lima without meeting Rosa Salcedo.", "negated"},
		// a cue that is itself a verb negates the trigger, whatever follows it
		{"Negotiations between Ana Soto and Rosa Salcedo collapsed after midnight without a settlement.", "negated"},
		{"Talks between Ana Soto and Rosa Salcedo ended without any formal agreement.", ""},
		{"Talks between Ana Soto and Rosa Salcedo did not take place without preconditions.", "negated"},
		{"No deal was signed by Ana Soto and Rosa Salcedo on Monday.", "negated"},
		// a yes/no question asks whether an event happens; it states none
		{"Did Ana Soto meet Rosa Salcedo in Lima?", "asked, not stated"},
		{"Haven't Ana Soto and Rosa Salcedo signed an accord before?", "asked, not stated"},
		{"Will Ana Soto visit Lima next month?", "asked, not stated"},
		{"Won't Ana Soto visit Lima next month?", "asked, not stated"},
		{"Can't Ana Soto and Rosa Salcedo agree on fees?", "asked, not stated"},
		// a question about a stated event, or a statement, is no such question
		{"Why did Ana Soto meet Rosa Salcedo in Lima on Monday?", ""},
		{"Ana Soto met Rosa Salcedo in Lima on Monday, but to what end?", ""},
		{"Also on Monday, Ana Soto met Rosa Salcedo in Lima.", ""},
		{"Ana Soto's visit to Lima was postponed to March 20.", ""},
		{"Ana Soto's visit to Lima was postponed to March 20, her office said on Tuesday.", ""},
	}
	for _, c := range cases {
		d := analysed(t, "2026-03-04", c.text)
		var trace []string
		d.trace = func(format string, args ...any) { trace = append(trace, fmt.Sprintf(format, args...)) }
		r := d.newEventRun(d.lx)
		var drafts int
		for si := range d.sent {
			drafts += len(r.candidates(si, false))
		}
		all := strings.Join(trace, "\n")
		switch {
		case c.rule == "" && drafts == 0:
			t.Errorf("%q: no draft passed:\n%s", c.text, all)
		case c.rule != "" && drafts > 0:
			t.Errorf("%q: %d drafts passed, want none (%s)", c.text, drafts, c.rule)
		case c.rule != "" && !strings.Contains(all, ": "+c.rule):
			t.Errorf("%q: trace lacks rule %q:\n%s", c.text, c.rule, all)
		}
	}
}
