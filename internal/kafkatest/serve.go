package kafkatest

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Serve runs a broker as a process of its own (the chaos test starts one,
// so that the consumers it kills share nothing with the broker but TCP).
// It prints "addr HOST:PORT" once listening, then answers commands, one a
// line on in, until in ends:
//
//	inject KEY CODE EVERY [TOPIC...]   fail one request of KEY in EVERY with
//	                                   error CODE (only requests touching a
//	                                   TOPIC, when given); EVERY 0 stops
//	report                             one line of JSON: the Report
//
// Each command is answered with one line ("ok", the JSON, or "error: …").
// It returns the process exit code.
func Serve(cfg Config, in io.Reader, out io.Writer) int {
	b, err := Start(cfg)
	if err != nil {
		fmt.Fprintln(out, "error:", err)
		return 1
	}
	defer b.Close()
	fmt.Fprintln(out, "addr", b.Addr())
	sc := bufio.NewScanner(in)
	for sc.Scan() {
		fs := strings.Fields(sc.Text())
		if len(fs) == 0 {
			continue
		}
		switch {
		case fs[0] == "report" && len(fs) == 1:
			js, _ := json.Marshal(b.Report())
			fmt.Fprintln(out, string(js))
		case fs[0] == "inject" && len(fs) >= 4:
			key, err1 := strconv.ParseInt(fs[1], 10, 16)
			code, err2 := strconv.ParseInt(fs[2], 10, 16)
			every, err3 := strconv.Atoi(fs[3])
			if err1 != nil || err2 != nil || err3 != nil {
				fmt.Fprintf(out, "error: bad numbers in %q\n", sc.Text())
				continue
			}
			if err := b.Inject(int16(key), int16(code), every, fs[4:]...); err != nil {
				fmt.Fprintln(out, "error:", err)
				continue
			}
			fmt.Fprintln(out, "ok")
		default:
			fmt.Fprintf(out, "error: unknown command %q\n", sc.Text())
		}
	}
	return 0
}
