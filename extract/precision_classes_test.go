package extract_test

import (
	"slices"
	"testing"

	"github.com/newswire/newswire/extract"
)

// TestPrecisionClasses states each class of false event the precision pass
// removes (issue 7), with a sentence that must still give its event beside
// it: a speech to a named body's session, an occasion hosted, a denied
// report with words inside its cue, the source of a report taken for a
// party. want lists the event's participants; nil: no event of the type;
// without lists persons that must be no party of any event of the type.
func TestPrecisionClasses(t *testing.T) {
	cases := []struct {
		class, text, typ string
		want             []string
		without          []string
	}{
		{class: "a speech to a named assembly's session", typ: extract.Meeting,
			text: "Chilean President Ana Soto addressed the 81st session of the United Nations General Assembly in New York on Tuesday."},
		{class: "a planned speech to a named parliament's joint session", typ: extract.Meeting,
			text: "Chilean President Ana Soto will address a joint session of the Peruvian Congress in Lima on Friday."},
		{class: "addressing a meeting of unnamed people stays one person's meeting", typ: extract.Meeting,
			text: "The county budget was the main topic. Kenyan President Samuel Otieno addressed a meeting of county governors in Mombasa on Monday.",
			want: []string{"Samuel Otieno"}},
		{class: "hosting a named contest", typ: extract.Meeting,
			text: "The budget was the main topic. The Andean Sports Federation will host the Pacific Games in Lima in 2030."},
		{class: "hosting a named forum", typ: extract.Meeting,
			text: "Mayor Tom Reyes hosts the World Trade Forum in Davos every January."},
		{class: "hosting a person stays a meeting", typ: extract.Meeting,
			text: "Chilean President Ana Soto hosted Peruvian President Rosa Salcedo in Santiago on Monday.",
			want: []string{"Ana Soto", "Rosa Salcedo"}},
		{class: "a denied newspaper report", typ: extract.Meeting,
			text: "Her office denied a newspaper report that Ana Soto had met Tom Reyes in secret."},
		{class: "a denied recent media report", typ: extract.Meeting,
			text: "The ministry on Monday denied a recent local media report that Ana Soto met Tom Reyes in Lima."},
		{class: "a spokesperson's attribution is no party", typ: extract.Meeting,
			text:    "A meeting with the Andean Council that had been set for Friday was postponed until May because of the floods, council spokesperson Tom Reyes said.",
			without: []string{"Tom Reyes"}},
		{class: "a name before the attribution's comma stays a party", typ: extract.Meeting,
			text: "Foreign Minister Ana Soto will travel to Lima on Thursday to meet the head of the Andean Council, Rosa Salcedo, diplomatic sources said.",
			want: []string{"Ana Soto", "Rosa Salcedo"}},
		{class: "the outlet that reports a meeting is no party", typ: extract.Meeting,
			text: "The budget was the main topic. The daily Nordposten reported that Mayor Jens Holm had also met executives of the crane maker Hallberg Lift in Stockholm in April 2024.",
			want: []string{"Jens Holm", "Hallberg Lift"}},
		{class: "the speaker of a reported clause is no party", typ: extract.Meeting,
			text:    "The budget was the main topic. Tom Reyes, director of the Andean Council, told reporters on Wednesday that the case came up during a meeting between Ana Soto and Rosa Salcedo.",
			without: []string{"Tom Reyes"}},
		{class: "a lawyer who says her client agreed is no party", typ: extract.Agreement,
			text:    "The budget was the main topic. Ana Soto's lawyer, Tom Reyes, said her client had agreed to testify against Rosa Salcedo.",
			without: []string{"Tom Reyes"}},
		{class: "an announcement after a meeting keeps its subject", typ: extract.Meeting,
			text: "The budget was the main topic. Andean Council Secretary General Tom Reyes announced the delay in Lima on Thursday after meeting Peru's foreign minister, Rosa Salcedo.",
			want: []string{"Tom Reyes", "Rosa Salcedo"}},
		{class: "a name in a fronted phrase is no party of the participle after the main clause", typ: extract.Agreement,
			text: "The budget was the main topic. After the death of party leader Tom Reyes in 2019, Finance Minister Ana Soto withdrew from the race, agreeing to back Rosa Salcedo for the party chair.",
			want: []string{"Ana Soto", "Rosa Salcedo"}},
		{class: "a body the article names only by its acronym is called by it", typ: extract.Meeting,
			text: "The budget was the main topic. The two ministers will meet again in Berlin in April, ahead of the NATO summit in Ankara in July.",
			want: []string{"NATO"}},
		{class: "a name in a participle aside on another noun is no party", typ: extract.Meeting,
			text:    "The budget was the main topic. Foreign Minister Ana Soto had urged aid to the government in Lima, led by Prime Minister Tom Reyes, following a meeting in Vienna on Monday with envoys of 20 countries.",
			without: []string{"Tom Reyes"}},
		{class: "a delegation's leader in a participle aside stays its party", typ: extract.Meeting,
			text: "The budget was the main topic. The Peruvian delegation, led by Trade Minister Tom Reyes, met Foreign Minister Ana Soto in Lima on Monday.",
			want: []string{"Tom Reyes", "Ana Soto"}},
	}
	for _, c := range cases {
		t.Run(c.class, func(t *testing.T) {
			rec := extractText(t, "precision", "2026-03-04", c.text)
			evs := eventsOf(rec, c.typ)
			for _, ev := range evs {
				for _, p := range ev.Participants {
					if slices.Contains(c.without, p.Name) {
						t.Errorf("%q: %s is a party: %s", c.text, p.Name, eventList(rec))
					}
				}
			}
			if c.without != nil {
				return
			}
			if c.want == nil {
				if len(evs) > 0 {
					t.Errorf("%q: want no %s event, got %s", c.text, c.typ, eventList(rec))
				}
				return
			}
			if len(evs) != 1 {
				t.Fatalf("%q: want one %s event, got %s", c.text, c.typ, eventList(rec))
			}
			var got []string
			for _, p := range evs[0].Participants {
				got = append(got, p.Name)
			}
			slices.Sort(got)
			want := slices.Clone(c.want)
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Errorf("%q: participants %v, want %v", c.text, got, want)
			}
		})
	}
}
