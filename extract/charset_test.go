package extract_test

import (
	"strings"
	"testing"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/simplifiedchinese"

	"github.com/newswire/newswire/extract"
)

// encodeTo writes a UTF-8 page in another encoding.
func encodeTo(t *testing.T, e encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := e.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatalf("encoding test page: %v", err)
	}
	return b
}

func TestDecodeCharsets(t *testing.T) {
	const frenchBody = `<p>Les ministres réunis à Genève ont signé l'accord mercredi, a déclaré la porte-parole du Conseil fédéral.</p>`
	const japaneseBody = `<p>外務大臣は東京で記者会見を開き、来週ソウルを訪問すると発表した。</p>`
	const chineseBody = `<p>外交部长周二在北京会见了来访的法国外长。</p>`
	page := func(head, body string) string {
		return "<!DOCTYPE html><html><head>" + head + "<title>t</title></head><body><article>" + body + "</article></body></html>"
	}
	cases := []struct {
		name     string
		data     []byte
		want     string // in the body, "" when an error is wanted
		errClass string
		errText  string
	}{
		{"meta charset iso-8859-1", encodeTo(t, charmap.ISO8859_1, page(`<meta charset="iso-8859-1">`, frenchBody)),
			"réunis à Genève ont signé", "", ""},
		{"http-equiv windows-1252 with curly quotes", encodeTo(t, charmap.Windows1252, page(`<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">`, `<p>The minister said “we are close” at the talks in Genève on Tuesday – and left.</p>`)),
			"said “we are close” at the talks in Genève on Tuesday – and left", "", ""},
		{"unquoted label, upper case", encodeTo(t, charmap.ISO8859_1, page(`<META CHARSET=ISO-8859-1>`, frenchBody)),
			"réunis à Genève", "", ""},
		{"meta charset shift_jis", encodeTo(t, japanese.ShiftJIS, page(`<meta charset="shift_jis">`, japaneseBody)),
			"外務大臣は東京で記者会見を開き", "", ""},
		{"http-equiv gb2312", encodeTo(t, simplifiedchinese.GBK, page(`<meta http-equiv="content-type" content="text/html;charset=gb2312">`, chineseBody)),
			"外交部长周二在北京会见了来访的法国外长", "", ""},
		{"valid UTF-8 under an old label is read as UTF-8", []byte(page(`<meta charset="iso-8859-1">`, frenchBody)),
			"réunis à Genève ont signé", "", ""},
		{"undeclared latin-1", encodeTo(t, charmap.ISO8859_1, page(``, frenchBody)),
			"", extract.ClassNotUTF8, "declares no charset"},
		{"declares UTF-8 but is latin-1", encodeTo(t, charmap.ISO8859_1, page(`<meta charset="utf-8">`, frenchBody)),
			"", extract.ClassNotUTF8, "declares UTF-8 but is not valid UTF-8"},
		{"unknown charset", encodeTo(t, charmap.ISO8859_1, page(`<meta charset="x-martian">`, frenchBody)),
			"", extract.ClassNotUTF8, `"x-martian" is not one newswire knows`},
		{"latin-1 plain text is not guessed", encodeTo(t, charmap.ISO8859_1, "Les ministres réunis à Genève ont signé l'accord."),
			"", extract.ClassNotUTF8, "first bad byte at offset 15"},
		{"charset declared only after the body is not read", encodeTo(t, charmap.ISO8859_1, "<html><head></head><body>"+frenchBody+`<meta charset="iso-8859-1"></body></html>`),
			"", extract.ClassNotUTF8, "declares no charset"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a, err := extract.Decoder{}.Decode("page.html", c.data)
			if c.want == "" {
				if err == nil {
					t.Fatalf("Decode: no error, want %s", c.errClass)
				}
				if extract.ErrorClass(err) != c.errClass || !strings.Contains(err.Error(), c.errText) {
					t.Fatalf("Decode error %q (class %q), want class %s saying %q", err, extract.ErrorClass(err), c.errClass, c.errText)
				}
				if !strings.Contains(err.Error(), "page.html") {
					t.Errorf("error %q does not name the input", err)
				}
				return
			}
			if err != nil {
				t.Fatalf("Decode: %v", err)
			}
			if !strings.Contains(a.Body, c.want) {
				t.Errorf("body %q, want it to hold %q", a.Body, c.want)
			}
		})
	}
}
