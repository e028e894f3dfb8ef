package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"regexp"
	"strings"
	"testing"
	"time"

	"gopkg.in/yaml.v3"
)

// TestMain lets tests run the binary in a child process: the test binary
// itself, with NEWSWIRE_TEST_MAIN=1, is newswire; with chaosBrokerEnv set,
// it is the chaos test's broker.
func TestMain(m *testing.M) {
	if os.Getenv("NEWSWIRE_TEST_MAIN") == "1" {
		os.Exit(mainCode(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
	}
	if os.Getenv(chaosBrokerEnv) != "" {
		os.Exit(chaosBrokerMain())
	}
	// The embedded broker's default data directory is under
	// $XDG_STATE_HOME: keep the tests' apart from the user's (and from
	// other test runs on the machine).
	state, err := os.MkdirTemp("", "newswire-state-")
	if err != nil {
		panic(err)
	}
	os.Setenv("XDG_STATE_HOME", state)
	code := m.Run()
	os.RemoveAll(state)
	os.Exit(code)
}

func TestEnvAndFlags(t *testing.T) {
	tests := []struct {
		name string
		env  map[string]string
		args []string
		want func(c runConfig) bool
	}{
		{"defaults", nil, nil, func(c runConfig) bool {
			return c.Brokers == "" && c.InputTopic == "news.raw" && c.MaxBytes == 1<<20 && c.Workers > 0
		}},
		{"env", map[string]string{"KAFKA_BROKERS": "k:9092", "NEWSWIRE_WORKERS": "7", "NEWSWIRE_BATCH_TIMEOUT": "3ms"}, nil,
			func(c runConfig) bool {
				return c.Brokers == "k:9092" && c.Workers == 7 && c.BatchTimeout == 3*time.Millisecond
			}},
		{"flag wins over env", map[string]string{"NEWSWIRE_WORKERS": "7"}, []string{"--workers", "3"},
			func(c runConfig) bool { return c.Workers == 3 }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var c runConfig
			f := runFlags(&c)
			if err := f.parse(tt.args, func(k string) string { return tt.env[k] }); err != nil {
				t.Fatal(err)
			}
			if !tt.want(c) {
				t.Errorf("config %+v", c)
			}
		})
	}
	var c runConfig
	if err := runFlags(&c).parse(nil, func(k string) string {
		if k == "NEWSWIRE_WORKERS" {
			return "many"
		}
		return ""
	}); err == nil || !strings.Contains(err.Error(), "NEWSWIRE_WORKERS") {
		t.Errorf("bad env value: err %v, want one naming NEWSWIRE_WORKERS", err)
	}
}

// README.md's table lists every flag with its variable and default.
func TestFlagTableInDocs(t *testing.T) {
	doc, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	var rc runConfig
	f := runFlags(&rc)
	var table bytes.Buffer
	f.VisitAll(func(fl *flag.Flag) {
		usage := strings.TrimSuffix(fl.Usage, " (env "+f.env[fl.Name]+")")
		def := "`" + fl.DefValue + "`"
		switch {
		case fl.Name == "workers":
			def = "number of CPUs"
		case fl.DefValue == "":
			def = "(empty)"
		}
		fmt.Fprintf(&table, "| `--%s` | `%s` | %s | %s |\n", fl.Name, f.env[fl.Name], def, usage)
	})
	for _, line := range strings.Split(strings.TrimSpace(table.String()), "\n") {
		if !strings.Contains(string(doc), line) {
			t.Errorf("README.md lacks the row\n%s\n(the whole table for `newswire run`:)\n%s", line, table.String())
			break
		}
	}
}

type compose struct {
	Services map[string]struct {
		Image       string            `yaml:"image"`
		Build       map[string]string `yaml:"build"`
		Command     any               `yaml:"command"`
		Environment map[string]string `yaml:"environment"`
		Ports       []string          `yaml:"ports"`
		Container   string            `yaml:"container_name"`
		DependsOn   map[string]struct {
			Condition string `yaml:"condition"`
		} `yaml:"depends_on"`
	} `yaml:"services"`
}

// docker-compose.yml matches the binary: KRaft Kafka from the official
// image, a topics job creating every topic newswire uses with several
// partitions, and a newswire service built from the Dockerfile whose
// environment only names variables the binary reads, scalable (no fixed
// container name, no host port).
func TestComposeMatchesFlags(t *testing.T) {
	data, err := os.ReadFile("../../docker-compose.yml")
	if err != nil {
		t.Fatal(err)
	}
	var c compose
	if err := yaml.Unmarshal(data, &c); err != nil {
		t.Fatalf("docker-compose.yml: %v", err)
	}
	kafka, ok := c.Services["kafka"]
	if !ok || !strings.HasPrefix(kafka.Image, "apache/kafka:") {
		t.Fatalf("kafka service: image %q, want apache/kafka", kafka.Image)
	}
	if !strings.Contains(kafka.Environment["KAFKA_PROCESS_ROLES"], "controller") || kafka.Environment["KAFKA_CONTROLLER_QUORUM_VOTERS"] == "" {
		t.Errorf("kafka is not in KRaft mode: %v", kafka.Environment)
	}
	for k := range kafka.Environment {
		if strings.Contains(k, "ZOOKEEPER") {
			t.Errorf("kafka has %s", k)
		}
	}
	topicsJob, ok := c.Services["kafka-topics"]
	if !ok {
		t.Fatal("no kafka-topics service")
	}
	if cond := topicsJob.DependsOn["kafka"].Condition; cond != "service_healthy" {
		t.Errorf("topics job depends on kafka with %q", cond)
	}
	created := strings.Fields(topicsJob.Environment["TOPICS"])
	var parts int
	fmt.Sscan(topicsJob.Environment["PARTITIONS"], &parts)
	if parts < 3 {
		t.Errorf("topics created with %d partitions, want several", parts)
	}
	if cmd := fmt.Sprint(topicsJob.Command); !strings.Contains(cmd, "--create") || !strings.Contains(cmd, "$$TOPICS") {
		t.Errorf("topics job command does not create $TOPICS: %s", cmd)
	}

	nw, ok := c.Services["newswire"]
	if !ok {
		t.Fatal("no newswire service")
	}
	if nw.Build["dockerfile"] != "Dockerfile" || nw.Build["context"] != "." {
		t.Errorf("newswire build %v", nw.Build)
	}
	if nw.Container != "" || len(nw.Ports) > 0 {
		t.Errorf("newswire cannot scale: container_name %q, ports %v", nw.Container, nw.Ports)
	}
	if cond := nw.DependsOn["kafka-topics"].Condition; cond != "service_completed_successfully" {
		t.Errorf("newswire depends on the topics job with %q", cond)
	}
	if fmt.Sprint(nw.Command) != "[run]" {
		t.Errorf("newswire command %v, want [run]", nw.Command)
	}
	// Every variable is one the binary reads, and parses.
	var rc runConfig
	f := runFlags(&rc)
	known := map[string]bool{}
	for _, v := range f.env {
		known[v] = true
	}
	for k := range nw.Environment {
		if !known[k] {
			t.Errorf("newswire environment %s is not a variable of `newswire run`", k)
		}
	}
	if err := f.parse(nil, func(k string) string { return nw.Environment[k] }); err != nil {
		t.Fatalf("newswire environment does not parse: %v", err)
	}
	if rc.Brokers != "kafka:9092" || rc.Group == "" {
		t.Errorf("brokers %q group %q", rc.Brokers, rc.Group)
	}
	if !strings.Contains(kafka.Environment["KAFKA_ADVERTISED_LISTENERS"], "//"+rc.Brokers) {
		t.Errorf("brokers %s not advertised by kafka: %s", rc.Brokers, kafka.Environment["KAFKA_ADVERTISED_LISTENERS"])
	}
	for _, topic := range []string{rc.InputTopic, rc.EventsTopic, rc.ArticlesTopic, rc.DeadLetterTopic} {
		found := false
		for _, c := range created {
			found = found || c == topic
		}
		if !found {
			t.Errorf("topic %q used by newswire is not created by the topics job (%v)", topic, created)
		}
	}
	// The Dockerfile is multi-stage and builds a static binary.
	df, err := os.ReadFile("../../Dockerfile")
	if err != nil {
		t.Fatal(err)
	}
	if n := len(regexp.MustCompile(`(?m)^FROM `).FindAll(df, -1)); n < 2 {
		t.Errorf("Dockerfile has %d stages, want a multi-stage build", n)
	}
	if !bytes.Contains(df, []byte("CGO_ENABLED=0")) || !bytes.Contains(df, []byte("static")) {
		t.Error("Dockerfile does not build a static binary into a static base image")
	}
}

func TestUnknownFlagsAndSinks(t *testing.T) {
	var out, errb bytes.Buffer
	if code := mainCode([]string{"run", "--no-such-flag"}, nil, &out, &errb); code != 2 {
		t.Errorf("unknown flag: exit %d", code)
	}
	errb.Reset()
	code := mainCode([]string{"run", "--sinks", "kafka,carrier-pigeon", "--metrics-addr", "", "--embedded-addr", "127.0.0.1:0"}, nil, &out, &errb)
	if code != 1 || !strings.Contains(errb.String(), "carrier-pigeon") {
		t.Errorf("unknown sink: exit %d, stderr %s", code, errb.String())
	}
}
